from django.apps import AppConfig


class AlertsConfig(AppConfig):
    """Job alerts: any search, emailed daily or weekly, with no account."""

    name = "alerts"
    verbose_name = "Job alerts"
