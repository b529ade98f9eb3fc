from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CmsConfig(AppConfig):
    """Wagtail page types, blocks and their templates."""

    name = "cms"
    verbose_name = "Pages and guides"

    def ready(self) -> None:
        from cms import indexing

        indexing.connect()
        post_migrate.connect(add_locales, sender=self)


def add_locales(**kwargs) -> None:
    """A Wagtail locale for every content language after each migrate, so a language added
    to settings.LANGUAGES later can have pages without a step in the admin."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
