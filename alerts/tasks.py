"""Digests as a background task (``manage.py db_worker`` runs it): ``manage.py send_alerts
--enqueue`` queues it, from cron or a systemd timer, as ``enqueue_ingest`` queues the ingest."""

from __future__ import annotations

from django_tasks import task

from alerts.services import send_digests


@task()
def send_alerts_task(frequency: str = "") -> dict[str, int]:
    """Send the due digests; the result is the run's counts."""
    return send_digests(frequency=frequency or None).as_json()
