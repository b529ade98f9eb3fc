"""Every change of a submitted posting's state goes through these functions: keyword-only
arguments, one transaction each, an ``IllegalTransition`` for a move the state does not allow,
a history event, and the emails queued after commit.

    draft ──submit──> pending ──approve──> approved (a live Job, source "direct")
                        │  └──request_changes──> changes_requested ──submit──> pending
                        └──reject──> rejected (final)
    approved ──edit + submit──> pending (the Job stays live until the edit is approved)
    approved | pending | changes_requested ──close──> closed;  approved ──expire──> expired
"""

from __future__ import annotations

import hashlib
import html
import logging
from datetime import date, datetime, time, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ingest.agencies import AgencyResolver
from ingest.pay import annualise
from ingest.sanitise import plain_text
from jobboard import limits
from jobboard.models import (
    Agency,
    ClosedBecause,
    Job,
    JobSource,
    Source,
    Submission,
    SubmissionEvent,
    SubmissionStatus,
)
from jobboard.services import IllegalTransition, close_job, reopen_job
from jobboard.signals import jobs_changed
from postings import notifications

logger = logging.getLogger(__name__)
S = SubmissionStatus
MAX_DAYS_OPEN = 120  # a posting closes at most this many days after it is submitted
DIRECT_SOURCE = "direct"


# What a moderator reads of a posting; a change to any of these is a new version.
REVIEWED_FIELDS = (
    "title", "organisation", "role_family_id", "seniority_id", "description", "location",
    "work_arrangement", "employment_type", "salary_min", "salary_max", "pay_interval",
    "closes_on", "apply_url", "apply_email", "how_to_apply",
)  # fmt: skip


class StaleDecision(IllegalTransition):
    """The posting changed after the moderator opened it: the decision was about another text."""


def content_version(submission: Submission) -> str:
    """A short fingerprint of everything a moderator reads of a posting. The review form
    carries it, so a decision applies only to the version that was on the screen."""
    fields = [str(getattr(submission, name)) for name in REVIEWED_FIELDS]
    return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()[:16]


def can_edit(submission: Submission) -> bool:
    """Whether the employer may still change the posting."""
    return submission.status in {S.DRAFT, S.PENDING, S.CHANGES_REQUESTED, S.APPROVED}


@transaction.atomic
def submit(*, submission: Submission, by: AbstractBaseUser, ip: str | None = None) -> Submission:
    """Send a draft, a revised posting or an edit of a live posting to the moderators. An
    edit of a posting already waiting for review is recorded as such and goes to the back of
    the queue, so a moderator who opened the earlier text cannot approve this one unread."""
    _require_owner(submission, by, _("Only the employer who wrote a posting can submit it."))
    _require(
        submission,
        {S.DRAFT, S.CHANGES_REQUESTED, S.APPROVED, S.PENDING},
        _("A posting that is %(state)s cannot be submitted."),
    )
    action = "edited while waiting for review" if submission.status == S.PENDING else "submitted"
    submission.submitted_at = timezone.now()
    submission.submitted_ip = ip
    _move(submission, S.PENDING, by=by, action=action)
    # At most one email to the moderators per posting an hour, however often it is resubmitted.
    if limits.allow("moderator-email", str(submission.pk), limit=1):
        transaction.on_commit(lambda: notifications.new_submission(submission.pk))
    return submission


@transaction.atomic
def approve(
    *, submission: Submission, by: AbstractBaseUser, comment: str = "", version: str = ""
) -> Job:
    """Publish a pending posting: create its Job, or update the live one with the edit.
    ``version`` is the ``content_version`` the moderator read (checked when given)."""
    _decide(submission, by, "approved", comment, version=version)
    job = _publish_job(submission)
    submission.job = job
    _move(submission, S.APPROVED, by=by, action="approved", comment=comment)
    transaction.on_commit(lambda: jobs_changed.send(sender=Job, job_ids=[job.pk]))
    transaction.on_commit(lambda: notifications.decision(submission.pk))
    return job


@transaction.atomic
def request_changes(
    *, submission: Submission, by: AbstractBaseUser, comment: str, version: str = ""
) -> Submission:
    """Send a pending posting back to its employer with what to change."""
    _decide(
        submission,
        by,
        "sent back for changes",
        comment,
        "Say what the employer should change.",
        version=version,
    )
    _move(submission, S.CHANGES_REQUESTED, by=by, action="changes requested", comment=comment)
    transaction.on_commit(lambda: notifications.decision(submission.pk))
    return submission


@transaction.atomic
def reject(
    *, submission: Submission, by: AbstractBaseUser, reason: str, version: str = ""
) -> Submission:
    """Refuse a pending posting for good, with the reason the employer will read. A live
    version (an edit was refused) is closed too: spam never stays up."""
    _decide(
        submission,
        by,
        "rejected",
        reason,
        "Give the employer the reason for the rejection.",
        version=version,
    )
    if submission.job_id and submission.job.is_open:
        close_job(
            job=submission.job, because=ClosedBecause.MODERATOR, reason="Removed by a moderator."
        )
    _move(submission, S.REJECTED, by=by, action="rejected", comment=reason)
    transaction.on_commit(lambda: notifications.decision(submission.pk))
    return submission


@transaction.atomic
def close(*, submission: Submission, by: AbstractBaseUser) -> Submission:
    """The employer closes the posting early (filled, or withdrawn)."""
    _require_owner(submission, by, _("Only the employer who wrote a posting can close it."))
    _require(
        submission,
        {S.DRAFT, S.PENDING, S.CHANGES_REQUESTED, S.APPROVED},
        _("A posting that is %(state)s cannot be closed."),
    )
    if submission.job_id and submission.job.is_open:
        close_job(
            job=submission.job,
            because=ClosedBecause.EMPLOYER,
            reason="Closed early by the employer.",
        )
    _move(submission, S.CLOSED, by=by, action="closed by the employer")
    return submission


@transaction.atomic
def extend(*, submission: Submission, by: AbstractBaseUser, closes_on: date) -> Submission:
    """Move a live posting's closing date. Within the rule (at most 120 days from the
    original submission) it takes effect at once; beyond it, the posting goes back to review."""
    _require_owner(submission, by, _("Only the employer who wrote a posting can extend it."))
    _require(submission, {S.APPROVED}, _("A posting that is %(state)s cannot be extended."))
    today = timezone.localdate()
    if closes_on <= today:
        raise IllegalTransition(_("The new closing date must be in the future."))
    if closes_on <= submission.closes_on:
        raise IllegalTransition(_("The new closing date must be later than the current one."))
    submission.closes_on = closes_on
    first_day = timezone.localdate(submission.submitted_at) if submission.submitted_at else today
    if closes_on > first_day + timedelta(days=MAX_DAYS_OPEN):
        submission.save(update_fields=["closes_on", "updated_at"])
        return submit(submission=submission, by=by, ip=submission.submitted_ip)
    submission.save(update_fields=["closes_on", "updated_at"])
    job = submission.job
    job.closes_at = closing_moment(closes_on)
    job.save(update_fields=["closes_at", "updated_at"])
    _log(submission, "extended", by, submission.status, submission.status, f"to {closes_on}")
    transaction.on_commit(lambda: jobs_changed.send(sender=Job, job_ids=[job.pk]))
    return submission


def expire_submissions(*, now: datetime | None = None) -> int:
    """Mark live postings past their closing date expired (their jobs close with
    ``expire_jobs``); return how many."""
    today = timezone.localdate(now or timezone.now())
    count = 0
    for submission in Submission.objects.filter(status=S.APPROVED, closes_on__lt=today):
        with transaction.atomic():
            if submission.job_id and submission.job.is_open:
                close_job(
                    job=submission.job,
                    because=ClosedBecause.EXPIRED,
                    reason="The closing date passed.",
                )
            _move(submission, S.EXPIRED, by=None, action="expired")
        count += 1
    return count


def send_expiry_reminders(*, days_ahead: int = 3, now: datetime | None = None) -> int:
    """Queue one reminder per live posting that closes within ``days_ahead`` days."""
    today = timezone.localdate(now or timezone.now())
    due = Submission.objects.filter(
        status=S.APPROVED,
        closes_on__gte=today,
        closes_on__lte=today + timedelta(days=days_ahead),
        reminder_sent_at__isnull=True,
    )
    count = 0
    for submission in due:
        Submission.objects.filter(pk=submission.pk).update(reminder_sent_at=timezone.now())
        notifications.expiry_reminder(submission.pk)
        count += 1
    return count


def closing_moment(day: date) -> datetime:
    """The end of a closing day in Los Angeles time."""
    return timezone.make_aware(datetime.combine(day, time(23, 59)))


def _publish_job(submission: Submission) -> Job:
    agency = _agency_for(submission)
    description = submission.description
    if submission.how_to_apply.strip():
        steps = html.escape(submission.how_to_apply.strip()).replace("\n", "<br>")
        description += f"<h2>How to apply</h2><p>{steps}</p>"
    values = {
        "raw_title": submission.title,
        "title": submission.title,
        "slug": slugify(submission.title)[:120] or "job",
        "description": description,
        "description_text": plain_text(description),
        "agency": agency,
        "role_family": submission.role_family,
        "seniority": submission.seniority,
        "employment_type": submission.employment_type,
        "work_arrangement": submission.work_arrangement,
        "location": submission.location,
        "salary_min": annualise(submission.salary_min, submission.pay_interval),
        "salary_max": annualise(submission.salary_max, submission.pay_interval),
        "pay_min": submission.salary_min,
        "pay_max": submission.salary_max,
        "pay_interval": submission.pay_interval,
        "pay_currency": "USD",
        "closes_at": closing_moment(submission.closes_on),
        "apply_url": submission.apply_url or f"mailto:{submission.apply_email}",
    }
    job = submission.job
    if job is None:
        job = Job.objects.create(posted_at=timezone.now(), **values)
        JobSource.objects.create(
            job=job,
            source=_direct_source(),
            external_id=str(submission.public_id),
            last_seen_at=timezone.now(),
        )
        return job
    was_visible = Job.objects.visible().filter(pk=job.pk).exists()
    for name, value in values.items():
        setattr(job, name, value)
    job.last_seen_at = timezone.now()
    if not was_visible:
        job.visible_since = timezone.now()  # approved again after it had closed or lapsed
    job.save()
    if not job.is_open:
        reopen_job(job=job)
    return job


def _agency_for(submission: Submission) -> Agency:
    """The employer's agency, matched by name or alias the way ingest matches it (so a
    County department posting here and in the County's feed is one employer)."""
    profile = getattr(submission.owner, "employer", None)
    level = profile.government_level if profile is not None else ""
    return AgencyResolver().resolve(submission.organisation, level=level)


def _direct_source() -> Source:
    source, _ = Source.objects.get_or_create(
        slug=DIRECT_SOURCE,
        defaults={
            "name": "Posted by employers on this site",
            "format": "direct",
            "url": "direct",
            "enabled": False,
        },
    )
    return source


def _require_owner(submission: Submission, by: AbstractBaseUser, refusal: str) -> None:
    """Refuse a change by anyone but the employer who wrote the posting (the employer's
    actions: submit, close, extend), saying why."""
    if submission.owner_id != by.pk:
        raise IllegalTransition(refusal)


def _require(submission: Submission, allowed: set[str], refusal: str) -> None:
    """Refuse a change from any other state, saying why (``refusal`` names the %(state)s)."""
    if submission.status not in allowed:
        raise IllegalTransition(refusal % {"state": submission.get_status_display().lower()})


def _decide(
    submission: Submission,
    by: AbstractBaseUser,
    verb: str,
    comment: str,
    missing: str = "",
    *,
    version: str = "",
) -> None:
    """Check a moderator's decision on a pending posting and record its comment; ``missing``
    is the sentence for a comment that is required but empty; ``version`` the version the
    moderator read. The row is locked and ``submission`` reloaded from it, so an edit cannot
    slip in between check and decision, and what is published is what was checked."""
    if not by.has_perm("jobboard.moderate_submission"):
        raise IllegalTransition("Only moderators can decide on postings.")
    # The checks and the decision use the locked row, not the copy the moderator's page
    # loaded: another moderator's decision or the employer's edit may have come in since.
    submission.refresh_from_db(from_queryset=Submission.objects.select_for_update())
    if version and version != content_version(submission):
        raise StaleDecision(
            "The employer changed this posting after you opened it, so your decision was "
            "not saved. Read the new version below; it stays in the queue."
        )
    _require(submission, {S.PENDING}, f"A posting that is %(state)s cannot be {verb}.")
    if missing and not comment.strip():
        raise IllegalTransition(missing)
    submission.moderator_comment = comment.strip()
    submission.decided_at = timezone.now()


def _move(
    submission: Submission, to: str, *, by: AbstractBaseUser | None, action: str, comment: str = ""
) -> None:
    before = submission.status
    submission.status = to
    submission.save()
    _log(submission, action, by, before, to, comment)
    logger.info("posting %s", action, extra={"submission": str(submission.public_id), "to": to})


def _log(submission, action, by, before, to, comment) -> None:
    SubmissionEvent.objects.create(
        submission=submission,
        action=action,
        actor=by if by is not None and by.pk else None,
        from_status=before,
        to_status=to,
        comment=comment,
    )
