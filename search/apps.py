from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Job search: backends (search engine or database), indexing, the search page and API."""

    name = "search"
    verbose_name = "Job search"

    def ready(self) -> None:
        from jobboard.signals import jobs_changed
        from search.tasks import on_jobs_changed

        jobs_changed.connect(on_jobs_changed, dispatch_uid="search-index-jobs")
