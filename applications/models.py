"""A person's list of saved jobs (docs/architecture.md, "My applications"). No password: a
person is an email address, signed in on a browser by a link sent to it; their list, its
calendar feed and its share link belong to them alone."""

from __future__ import annotations

import secrets
from datetime import date, datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jobboard.models import GovernmentLevel, Job, JobSource, RoleFamily


def new_key() -> str:
    """A secret for a URL (the calendar feed's, the share link's): 32 random bytes."""
    return secrets.token_urlsafe(32)


class Person(models.Model):
    """Someone with a list, known by the mailbox their address reaches. Signing in counts in
    ``sign_ins``, which every sign-in link signs: a link works once, and only until another
    one is used."""

    address = models.CharField(
        max_length=254, unique=True, help_text="The normalised address (normalise_address)."
    )
    email = models.EmailField(help_text="Where emails go: the address as last given.")
    language = models.CharField(
        max_length=10, default="en", help_text="The language of their emails and links."
    )
    created_at = models.DateTimeField(default=timezone.now)
    sign_ins = models.PositiveIntegerField(default=0)
    reminders = models.BooleanField(
        default=True, help_text="Off once they unsubscribe from the reminder emails."
    )
    last_reminded_on = models.DateField(
        null=True, blank=True, help_text="The day of their last reminder digest (one a day)."
    )
    active_at = models.DateTimeField(
        default=timezone.now,
        help_text="Their last sign-in or change: lists untouched for 18 "
        "months are deleted, after a warning.",
    )
    warned_at = models.DateTimeField(
        null=True, blank=True, help_text="When they were warned their list will be deleted."
    )
    calendar_key = models.CharField(max_length=64, unique=True, default=new_key)
    share_key = models.CharField(max_length=64, unique=True, null=True, blank=True)

    def __str__(self) -> str:
        return self.address


class Progress(models.TextChoices):
    """Where a person is with a job, in the order civil-service hiring goes."""

    INTERESTED = "interested", _("Interested")
    APPLIED = "applied", _("Applied")
    EXAM = "exam", _("Exam scheduled")
    ELIGIBLE = "eligible", _("On an eligible list")
    INTERVIEWING = "interviewing", _("Interviewing")
    OFFER = "offer", _("Offer")
    HIRED = "hired", _("Hired")
    NOT_SELECTED = "not-selected", _("Not selected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class SavedJobQuerySet(models.QuerySet):
    def with_jobs(self) -> SavedJobQuerySet:
        """Newest first, with what the list shows of each read in the same query, and each
        job's announcements (``job.doors``: its listings with an announcement number)."""
        doors = models.Prefetch(
            "job__listings",
            queryset=JobSource.objects.exclude(announcement="").order_by("announcement"),
            to_attr="doors",
        )
        return (
            self.select_related("job", "job__agency", "hired_family")
            .prefetch_related(doors)
            .order_by("-created_at", "-pk")
        )


class SavedJob(models.Model):
    """One job on a person's list, with what the site knew of it when saved (title,
    employer, page, closing date), so the entry keeps its meaning if the job closes or
    vanishes."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="saved_jobs")
    job = models.ForeignKey(
        Job, on_delete=models.SET_NULL, null=True, blank=True, related_name="saved_by"
    )
    title = models.CharField(max_length=300)
    employer = models.CharField(max_length=300)
    url = models.CharField(max_length=500, help_text="The job's page on this site.")
    apply_url = models.URLField(max_length=1000, blank=True)
    closes_at = models.DateTimeField(null=True, blank=True, help_text="As last known.")
    progress = models.CharField(
        max_length=20, choices=Progress.choices, default=Progress.INTERESTED
    )
    applied_on = models.DateField(null=True, blank=True)
    exam_on = models.DateField(null=True, blank=True)
    eligible_until = models.DateField(null=True, blank=True)
    note = models.TextField(blank=True, max_length=2000)
    hired_on = models.DateField(null=True, blank=True)
    hired_level = models.CharField(
        max_length=20,
        choices=GovernmentLevel.choices,
        blank=True,
        help_text="Given with consent when hired: counted in the organizers' aggregates only.",
    )
    hired_family = models.ForeignKey(
        RoleFamily, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = SavedJobQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "job"], name="one_save_per_job_per_person")
        ]
        indexes = [models.Index(fields=["progress", "eligible_until"], name="saved_job_list_ends")]

    def __str__(self) -> str:
        return f"{self.title} ({self.employer})"

    @property
    def closing(self) -> datetime | None:
        """The closing date: the job's own while it is on the site, else the last known."""
        return self.job.closes_at if self.job is not None else self.closes_at

    @property
    def is_closed(self) -> bool:
        """Closed, vanished from the site, or past its closing date."""
        if self.job is None or not self.job.is_open:
            return True
        return self.job.closes_at is not None and self.job.closes_at < timezone.now()

    def deadlines(self) -> list[tuple[str, date]]:
        """The dates a person acts on: the closing date while not yet applied, the exam, the
        end of an eligible list."""
        found = []
        if self.progress == Progress.INTERESTED and self.closing and not self.is_closed:
            found.append(("closing", timezone.localdate(self.closing)))
        if self.exam_on and self.progress == Progress.EXAM:
            found.append(("exam", self.exam_on))
        if self.eligible_until and self.progress == Progress.ELIGIBLE:
            found.append(("eligible", self.eligible_until))
        return found


class Reminder(models.TextChoices):
    CLOSING = "closing", _("Closes soon")
    ELIGIBLE_LIST = "eligible", _("Eligible list ends soon")


class ReminderSent(models.Model):
    """A reminder already sent: one per saved job, kind and date reminded of, so a second run
    (or a second day within the window) never sends it again, and a new date (a job reopened
    with another closing date) gets its own."""

    saved_job = models.ForeignKey(SavedJob, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=10, choices=Reminder.choices)
    for_date = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["saved_job", "kind", "for_date"], name="one_reminder_per_date"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.for_date} ({self.saved_job_id})"
