"""The daily reminders (``manage.py send_reminders``): a saved job not yet applied to that
closes within two days, and an eligible list that ends within a month, at most one email per
person a day, in their language.

Idempotent: each reminder sent is recorded (``ReminderSent``: saved job, kind, the date it is
about), and a person's day is claimed before their email is sent (``last_reminded_on`` moves to
today only if it is still what this run read), so a second run, or two runs at once, send
nothing twice. A reminder due while today's email has gone waits for tomorrow's, as long as its
date is still ahead."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.core.mail import get_connection
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from applications import emails, retention
from applications.models import Person, Progress, Reminder, ReminderSent, SavedJob
from jobboard.models import JobStatus

logger = logging.getLogger(__name__)

CLOSING_WITHIN = timedelta(days=2)
LIST_ENDS_WITHIN = timedelta(days=30)


@dataclass(frozen=True)
class Due:
    """One reminder: which saved job, of what, and the date it is about."""

    saved: SavedJob
    kind: str
    on: date


@dataclass
class Report:
    people: int = 0  # people with reminders due
    emails: int = 0
    reminders: int = 0
    failed: int = 0
    warned: int = 0  # people told their untouched list will be deleted in a month
    deleted: int = 0  # untouched lists deleted

    def as_json(self) -> dict[str, int]:
        return {
            "people": self.people,
            "emails": self.emails,
            "reminders": self.reminders,
            "warned": self.warned,
            "deleted": self.deleted,
        }


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def due(now: datetime) -> list[Due]:
    """Every reminder not yet sent whose date is near, for people who take reminders and
    have had no reminder email today."""
    today = timezone.localdate(now)
    unsent = ReminderSent.objects.filter(saved_job=OuterRef("pk"))
    saved = (
        SavedJob.objects.select_related("person", "job", "job__agency")
        .filter(person__reminders=True)
        .exclude(person__last_reminded_on=today)
    )
    closing = saved.filter(
        progress=Progress.INTERESTED,
        job__status=JobStatus.OPEN,
        job__closes_at__gte=now,
        job__closes_at__lt=_start_of(today + CLOSING_WITHIN + timedelta(days=1)),
    )
    found = [Due(s, Reminder.CLOSING, timezone.localdate(s.job.closes_at)) for s in closing]
    # Told apart by the closing date in local time, which the database cannot compute alike
    # on every backend: the few jobs closing soon are checked here.
    sent = set(
        ReminderSent.objects.filter(
            kind=Reminder.CLOSING, saved_job__in=[d.saved.pk for d in found]
        ).values_list("saved_job", "for_date")
    )
    found = [d for d in found if (d.saved.pk, d.on) not in sent]
    ending = saved.filter(
        Q(progress=Progress.ELIGIBLE),
        eligible_until__gte=today,
        eligible_until__lte=today + LIST_ENDS_WITHIN,
    ).exclude(
        Exists(unsent.filter(kind=Reminder.ELIGIBLE_LIST, for_date=OuterRef("eligible_until")))
    )
    found += [Due(s, Reminder.ELIGIBLE_LIST, s.eligible_until) for s in ending]
    return found


def send_reminders(*, now: datetime | None = None, connection=None) -> Report:
    """Delete the lists untouched for 18 months (``retention``), then email each person with
    reminders due one digest of them, and record them."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    with connection or get_connection() as mailer:
        kept = retention.warn_and_delete(now=now, mailer=mailer)
        report = _send(now, today, mailer)
    report.warned, report.deleted = kept.warned, kept.deleted
    return report


def _send(now: datetime, today: date, mailer) -> Report:
    by_person: dict[int, list[Due]] = defaultdict(list)
    people: dict[int, Person] = {}
    for item in due(now):
        by_person[item.saved.person_id].append(item)
        people[item.saved.person_id] = item.saved.person
    report = Report(people=len(by_person))
    for pk, items in by_person.items():
        person = people[pk]
        if not _claim(person, today):
            continue  # another run sent today's email
        items.sort(key=lambda item: (item.on, item.saved.title))
        message = emails.reminder_digest(person, items)
        message.connection = mailer
        try:
            message.send()
        except Exception as exc:  # SMTP errors come in many classes; tomorrow tries again
            logger.warning("reminder not sent", extra={"person": pk, "error": str(exc)})
            Person.objects.filter(pk=pk).update(last_reminded_on=person.last_reminded_on)
            report.failed += 1
            continue
        ReminderSent.objects.bulk_create(
            [ReminderSent(saved_job=i.saved, kind=i.kind, for_date=i.on) for i in items],
            ignore_conflicts=True,
        )
        report.emails += 1
        report.reminders += len(items)
    return report


def _claim(person: Person, today: date) -> bool:
    """Take today's email of this person: of two runs, exactly one moves the day."""
    return bool(
        Person.objects.filter(pk=person.pk, last_reminded_on=person.last_reminded_on).update(
            last_reminded_on=today
        )
        if person.last_reminded_on is not None
        else Person.objects.filter(pk=person.pk, last_reminded_on__isnull=True).update(
            last_reminded_on=today
        )
    )
