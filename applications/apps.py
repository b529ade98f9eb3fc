from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    """A person's list of saved jobs and their progress through hiring (``/my/``)."""

    name = "applications"
    verbose_name = "My applications"
