"""Every change of a job's status goes through these functions, so side effects (re-indexing,
logs) are never skipped. Keyword-only arguments; each runs in a transaction."""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from jobboard.models import (
    ClassificationReview,
    ClosedBecause,
    Job,
    JobStatus,
    ReviewDecision,
    RoleFamily,
    SeniorityLevel,
)
from jobboard.signals import jobs_changed

logger = logging.getLogger(__name__)


class IllegalTransition(Exception):
    """A status change that the job's current state does not allow."""


@transaction.atomic
def close_job(*, job: Job, because: ClosedBecause, reason: str, now: datetime | None = None) -> Job:
    """Mark an open job closed (never deleted), recording when and why: ``because`` for the
    code (ingest reopens only a job that vanished), ``reason`` a sentence for people."""
    if job.status == JobStatus.CLOSED:
        raise IllegalTransition(f"Job {job.pk} is already closed.")
    job.status = JobStatus.CLOSED
    job.closed_at = now or timezone.now()
    job.closed_because = ClosedBecause(because)
    job.closed_reason = reason[:200]
    job.save(update_fields=["status", "closed_at", "closed_because", "closed_reason", "updated_at"])
    logger.info("job closed", extra={"job_id": job.pk, "because": because, "reason": reason})
    transaction.on_commit(lambda: jobs_changed.send(sender=Job, job_ids=[job.pk]))
    return job


@transaction.atomic
def reopen_job(*, job: Job) -> Job:
    """Reopen a closed job that reappeared in its source with a future closing date."""
    if job.status == JobStatus.OPEN:
        raise IllegalTransition(f"Job {job.pk} is already open.")
    job.status = JobStatus.OPEN
    job.closed_at = None
    job.closed_because = job.closed_reason = ""
    job.visible_since = timezone.now()
    job.save(
        update_fields=[
            "status",
            "closed_at",
            "closed_because",
            "closed_reason",
            "visible_since",
            "updated_at",
        ]
    )
    transaction.on_commit(lambda: jobs_changed.send(sender=Job, job_ids=[job.pk]))
    return job


def expire_jobs(*, now: datetime | None = None) -> int:
    """Close every open job whose closing date has passed; return how many."""
    now = now or timezone.now()
    count = 0
    for job in Job.objects.past_closing(now).iterator():
        close_job(
            job=job, because=ClosedBecause.EXPIRED, reason="The closing date passed.", now=now
        )
        count += 1
    return count


@transaction.atomic
def review_classification(
    *,
    job: Job,
    decision: ReviewDecision,
    role_family: RoleFamily | None = None,
    seniority: SeniorityLevel | None = None,
    by=None,
) -> Job:
    """An organizer's decision on a job's classification (the review queue): assign a family
    and seniority, confirm it is not technology (no family, no seniority), or confirm what the
    classifier gave. The job changes at once and is indexed again after commit; the review
    takes it off the queue (ingest classifies the job again only when its listing changes)."""
    if decision == ReviewDecision.ASSIGNED:
        if role_family is None or seniority is None:
            raise ValueError("Choose both a role family and a seniority.")
        job.role_family, job.seniority, job.top_seniority = role_family, seniority, seniority
    elif decision == ReviewDecision.NOT_TECHNOLOGY:
        job.role_family = job.seniority = job.top_seniority = None
        job.is_people_manager = False
    job.save(
        update_fields=[
            "role_family",
            "seniority",
            "top_seniority",
            "is_people_manager",
            "updated_at",
        ]
    )
    ClassificationReview.objects.update_or_create(
        job=job,
        defaults={"decision": decision, "reviewed_by": by, "reviewed_at": timezone.now()},
    )
    logger.info("job classification reviewed", extra={"job_id": job.pk, "decision": decision})
    transaction.on_commit(lambda: jobs_changed.send(sender=Job, job_ids=[job.pk]))
    return job
