from django.apps import AppConfig


class JobboardConfig(AppConfig):
    """The job domain: taxonomy, agencies, jobs and their moderation."""

    name = "jobboard"
    verbose_name = "Job board"
