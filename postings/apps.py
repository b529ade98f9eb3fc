from django.apps import AppConfig


class PostingsConfig(AppConfig):
    """Employers post jobs; moderators review them before they become jobs."""

    name = "postings"
    verbose_name = "Employer postings"
