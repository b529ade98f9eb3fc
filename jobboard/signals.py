"""Signals of the job domain that other apps (search) listen to."""

from django.dispatch import Signal

# Sent after commit with ``job_ids``: jobs were created, changed, closed or reopened.
jobs_changed = Signal()
