from django.apps import AppConfig


class ProjectShellConfig(AppConfig):
    """The project shell: site-wide templates and static files, ``load_demo`` and
    ``create_local_admin``, and the site map's cache, dropped when jobs or pages change."""

    name = "config"
    verbose_name = "Project shell"

    def ready(self) -> None:
        from wagtail.signals import page_published, page_unpublished

        from config import sitemaps
        from search.signals import results_changed

        # What the site map lists changed: its cached parts are dropped.
        results_changed.connect(sitemaps.forget, dispatch_uid="sitemap-forget-jobs")
        page_published.connect(sitemaps.forget, dispatch_uid="sitemap-forget-published")
        page_unpublished.connect(sitemaps.forget, dispatch_uid="sitemap-forget-unpublished")
