from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Job search: backends (search engine or database), indexing, the search page and API."""

    name = "search"
    verbose_name = "Job search"
