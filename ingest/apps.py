from django.apps import AppConfig


class IngestConfig(AppConfig):
    """Ingest of public-sector job listings from outside sources."""

    name = "ingest"
    verbose_name = "Ingest"
