from django.apps import AppConfig


class PathwaysConfig(AppConfig):
    """From federal service: a federal position in; local roles, pay and live jobs out."""

    name = "pathways"
    verbose_name = "Pathways from federal service"
