from django.apps import AppConfig


class InsightsConfig(AppConfig):
    """The job market at a glance: charts, tables, CSV and JSON of the open jobs."""

    name = "insights"
    verbose_name = "Insights"

    def ready(self) -> None:
        from insights.tasks import on_results_changed
        from search.signals import results_changed

        results_changed.connect(on_results_changed, dispatch_uid="insights-refresh-figures")
