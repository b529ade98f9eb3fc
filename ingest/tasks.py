"""Background ingest through django-tasks (database backend in production: run
``manage.py db_worker``). Tasks take ids and call the pipeline; ``manage.py enqueue_ingest``
(run it from cron or a systemd timer) queues one task per enabled source."""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from ingest.pipeline import ingest_source
from jobboard.models import Source
from jobboard.services import expire_jobs


@task()
def ingest_source_task(source_id: int) -> dict:
    """Ingest one source; the result records what it did."""
    source = Source.objects.get(pk=source_id)
    report = ingest_source(source)
    return {
        "source": source.slug,
        "ok": report.ok,
        "error": report.error,
        **report.counts.numbers(),
    }


@task()
def expire_jobs_task() -> int:
    """Close jobs past their closing date."""
    return expire_jobs()


def enqueue_enabled_sources() -> int:
    """Queue an ingest of every enabled source not backing off after failures (it is read
    again once its ``retry_after`` has passed), and the daily expiry; return how many."""
    sources = list(Source.objects.due(timezone.now()).values_list("pk", flat=True))
    for source_id in sources:
        ingest_source_task.enqueue(source_id)
    expire_jobs_task.enqueue()
    return len(sources)
