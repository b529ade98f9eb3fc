"""Postings submitted by hiring managers, and the moderation that decides whether they go live.

A ``Submission`` is the employer's editable copy; approval copies it into a ``Job`` (source
"direct"), which is what search, feeds and the sitemap show. An edit to an approved posting
goes back to review while its ``Job`` stays live, unchanged, until the edit is approved.
Status changes go only through ``jobboard/submissions.py``."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from jobboard.models.choices import EmploymentType, GovernmentLevel, PayInterval, WorkArrangement


class EmployerProfile(models.Model):
    """Who a hiring manager posts for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer"
    )
    organisation = models.CharField(max_length=200)
    government_level = models.CharField(max_length=20, choices=GovernmentLevel.choices)
    website = models.URLField(blank=True)
    email_verified_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(
        max_length=10,
        default="en",
        help_text="The language the employer signed up in (settings.LANGUAGES): the emails "
        "about their account and postings are written in it.",
    )

    def __str__(self) -> str:
        return self.organisation


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Waiting for review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Live")
    REJECTED = "rejected", _("Rejected")
    EXPIRED = "expired", _("Expired")
    CLOSED = "closed", _("Closed by the employer")


class SubmissionQuerySet(models.QuerySet):
    def by(self, user) -> SubmissionQuerySet:
        """One employer's postings."""
        return self.filter(owner=user)

    def pending(self) -> SubmissionQuerySet:
        """The moderation queue, oldest first."""
        return self.filter(status=SubmissionStatus.PENDING).order_by("submitted_at", "pk")


class Submission(models.Model):
    """A posting as the employer wrote it, and where it stands in moderation."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions"
    )
    status = models.CharField(
        max_length=20, choices=SubmissionStatus.choices, default=SubmissionStatus.DRAFT
    )
    title = models.CharField(max_length=200)
    organisation = models.CharField(max_length=200)
    role_family = models.ForeignKey(
        "jobboard.RoleFamily", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    seniority = models.ForeignKey(
        "jobboard.SeniorityLevel",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(help_text="Sanitised HTML.")
    location = models.CharField(max_length=200)
    work_arrangement = models.CharField(max_length=10, choices=WorkArrangement.choices)
    employment_type = models.CharField(max_length=20, choices=EmploymentType.choices)
    salary_min = models.DecimalField(max_digits=12, decimal_places=2)
    salary_max = models.DecimalField(max_digits=12, decimal_places=2)
    pay_interval = models.CharField(max_length=10, choices=PayInterval.choices)
    closes_on = models.DateField()
    apply_url = models.URLField(max_length=1000, blank=True)
    apply_email = models.EmailField(blank=True)
    how_to_apply = models.TextField(max_length=2000, blank=True)
    moderator_comment = models.TextField(blank=True)
    job = models.OneToOneField(
        "jobboard.Job", null=True, blank=True, on_delete=models.SET_NULL, related_name="submission"
    )
    submitted_ip = models.GenericIPAddressField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        permissions = [("moderate_submission", "Can approve, reject and comment on postings")]

    def __str__(self) -> str:
        return f"{self.title} ({self.organisation})"

    @property
    def is_live(self) -> bool:
        """Whether an approved version is in search now (even while an edit waits)."""
        return self.job_id is not None and self.job.is_open


class SubmissionEvent(models.Model):
    """One step in a posting's history: who did what, and what they said."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=40)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.action} ({self.created_at:%Y-%m-%d %H:%M})"
