"""The reminders as a background task (``manage.py db_worker`` runs it): ``manage.py
send_reminders --enqueue`` queues it, from cron or a systemd timer."""

from __future__ import annotations

from django_tasks import task

from applications.reminders import send_reminders


@task()
def send_reminders_task() -> dict[str, int]:
    """Send the day's reminders; the result is the run's counts."""
    return send_reminders().as_json()
