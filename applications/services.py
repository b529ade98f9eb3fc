"""Every change to a person's list (docs/architecture.md, "My applications"): keyword-only
arguments, one transaction each, emails queued after commit.

Asking for a sign-in link answers the same whatever the address (no address enumeration), and
counts against two limits: the asking client's hour, and the mailbox's day of emails, so
nobody can make the site write to a stranger often."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone

from applications import emails
from applications.models import Person, Progress, SavedJob, new_key
from jobboard import limits
from jobboard.limits import normalise_address
from jobboard.models import Job, RoleFamily

DAY = 24 * 3600
SIGN_IN_EMAILS_PER_ADDRESS = 5  # a day, per mailbox
SIGN_IN_ASKS_PER_CLIENT = 20  # an hour, per client address
MAX_SAVED = 500  # jobs on one list


class TooManyRequests(Exception):
    """This client asked for sign-in links too often in the last hour."""


class ListFull(Exception):
    """The list already holds the most jobs allowed."""


def ask_sign_in(*, email: str, client: str, language: str) -> None:
    """Email a sign-in link to ``email``, making its person if new. Raises TooManyRequests for
    a client over its limit; over the mailbox's daily share, nothing is sent."""
    if not limits.allow("my-list-sign-in-client", client, limit=SIGN_IN_ASKS_PER_CLIENT):
        raise TooManyRequests
    email = email.strip().lower()
    address = normalise_address(email)
    if not limits.allow(
        "my-list-email-mailbox", address, limit=SIGN_IN_EMAILS_PER_ADDRESS, per=DAY
    ):
        return
    with transaction.atomic():
        person, created = Person.objects.get_or_create(
            address=address, defaults={"email": email, "language": language}
        )
        if not created:
            person.email, person.language = email, language
            person.save(update_fields=["email", "language"])
        pk = person.pk
        transaction.on_commit(lambda: emails.queue_sign_in(pk, language))


def sign_in(*, person: Person, guest_jobs: list[int]) -> Person:
    """Use a sign-in link: it stops working (as do older ones), and the jobs saved in this
    browser before join the person's list, as far as it has room."""
    with transaction.atomic():
        person.sign_ins += 1
        person.save(update_fields=["sign_ins"])
        touch(person=person)
        room = max(MAX_SAVED - person.saved_jobs.count(), 0)
        for job in Job.objects.filter(pk__in=guest_jobs).exclude(saved_by__person=person)[:room]:
            _save(person, job)
    return person


def save_job(*, person: Person, job: Job) -> SavedJob:
    """Put a job on the list (saving it again changes nothing). Raises ListFull past
    MAX_SAVED jobs."""
    with transaction.atomic():
        existing = person.saved_jobs.filter(job=job).first()
        if existing is not None:
            return existing
        if person.saved_jobs.count() >= MAX_SAVED:
            raise ListFull
        touch(person=person)
        return _save(person, job)


def touch(*, person: Person) -> None:
    """The person used their list: it is kept another 18 months, and a warning that it
    would be deleted no longer holds."""
    Person.objects.filter(pk=person.pk).update(active_at=timezone.now(), warned_at=None)


def _save(person: Person, job: Job) -> SavedJob:
    saved, _ = SavedJob.objects.get_or_create(
        person=person,
        job=job,
        defaults={
            "title": job.title,
            "employer": job.agency.name,
            "url": job.get_absolute_url(),
            "apply_url": job.apply_url,
            "closes_at": job.closes_at,
        },
    )
    return saved


@dataclass
class ProgressChange:
    """What a person says of their progress with one job (the progress form's data)."""

    progress: str
    applied_on: date | None = None
    exam_on: date | None = None
    eligible_until: date | None = None
    note: str = ""
    hired_level: str = ""
    hired_family: RoleFamily | None = None


def record_progress(*, saved: SavedJob, change: ProgressChange) -> SavedJob:
    """Record a step. "Applied" without a date means today; "hired" notes the day, and the
    level of government and role family only when the person chose to give them."""
    with transaction.atomic():
        today = timezone.localdate()
        saved.progress = change.progress
        saved.applied_on = change.applied_on or (
            saved.applied_on or today if change.progress == Progress.APPLIED else None
        )
        saved.exam_on = change.exam_on
        saved.eligible_until = change.eligible_until
        saved.note = change.note
        hired = change.progress == Progress.HIRED
        saved.hired_on = (saved.hired_on or today) if hired else None
        saved.hired_level = change.hired_level if hired else ""
        saved.hired_family = change.hired_family if hired else None
        saved.updated_at = timezone.now()
        saved.save()
        touch(person=saved.person)
        if saved.job is not None:  # the snapshot follows the job while it is on the site
            SavedJob.objects.filter(pk=saved.pk).update(closes_at=saved.job.closes_at)
    return saved


def remove(*, saved: SavedJob) -> None:
    with transaction.atomic():
        saved.delete()


def new_calendar_address(*, person: Person) -> Person:
    """Revoke the calendar feed's address: the old one stops working, a new one replaces it."""
    with transaction.atomic():
        person.calendar_key = new_key()
        person.save(update_fields=["calendar_key"])
    return person


def share(*, person: Person) -> Person:
    """Make a read-only link to the list (a new one each time: the old one stops working)."""
    with transaction.atomic():
        person.share_key = new_key()
        person.save(update_fields=["share_key"])
    return person


def stop_sharing(*, person: Person) -> Person:
    with transaction.atomic():
        person.share_key = None
        person.save(update_fields=["share_key"])
    return person


def stop_reminders(*, person: Person) -> None:
    with transaction.atomic():
        Person.objects.filter(pk=person.pk).update(reminders=False)


def start_reminders(*, person: Person) -> None:
    with transaction.atomic():
        Person.objects.filter(pk=person.pk).update(reminders=True)


def delete_everything(*, person: Person) -> None:
    """Delete the person, their list, notes, outcomes and the record of their reminders."""
    with transaction.atomic():
        person.delete()
