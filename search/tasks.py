"""Background indexing: jobs that changed are re-indexed after commit, in a task, so a request
or an ingest never waits for the search engine (and never fails because it is down: the
database stays the truth and ``search_index rebuild`` restores the index)."""

from __future__ import annotations

import logging

from django.conf import settings
from django_tasks import task

from search.engines import SearchEngineError
from search.service import index_jobs
from search.signals import results_changed

logger = logging.getLogger(__name__)


@task()
def index_jobs_task(job_ids: list[int]) -> int:
    """Index these jobs; return how many were sent."""
    try:
        index_jobs(job_ids)
    except SearchEngineError as exc:
        logger.warning(
            "indexing postponed: the search engine failed",
            extra={"jobs": len(job_ids), "error": str(exc)},
        )
        return 0
    return len(job_ids)


def on_jobs_changed(sender, job_ids, **kwargs) -> None:
    """Receiver of jobboard.signals.jobs_changed: queue the indexing in chunks."""
    if not settings.SEARCH["URL"]:
        # The database backend reads the jobs table itself: its answers changed already.
        results_changed.send(sender=on_jobs_changed, job_ids=list(job_ids))
        return
    ids = list(job_ids)
    for start in range(0, len(ids), 1000):
        index_jobs_task.enqueue(ids[start : start + 1000])
