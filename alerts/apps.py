from django.apps import AppConfig


class AlertsConfig(AppConfig):
    """Job alerts: any search, emailed daily or weekly, with no account."""

    name = "alerts"
    verbose_name = "Job alerts"

    def ready(self) -> None:
        # The saved-searches index is rebuilt with the job index; it asks each app for its
        # saved searches. (Imported here: models are ready only now.)
        from alerts.services import saved_searches
        from search.service import register_saved_searches

        register_saved_searches(saved_searches)
