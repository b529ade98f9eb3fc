from django.apps import AppConfig


class CmsConfig(AppConfig):
    """Wagtail page types, blocks and their templates."""

    name = "cms"
    verbose_name = "Pages and guides"

    def ready(self) -> None:
        from cms import indexing

        indexing.connect()
