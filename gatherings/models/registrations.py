"""A registration: a person's seat (or place on the waitlist, or application) at an event,
without an account. The signed link in their emails is its only credential (``tokens``)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gatherings.choices import ACTIVE, HOLDS_SEAT, Status, Who


class RegistrationQuerySet(models.QuerySet):
    def holding_seats(self) -> RegistrationQuerySet:
        return self.filter(status__in=HOLDS_SEAT)

    def active(self) -> RegistrationQuerySet:
        return self.filter(status__in=ACTIVE)

    def waiting(self) -> RegistrationQuerySet:
        """The waitlist, first come first."""
        return self.filter(status=Status.WAITLISTED).order_by("created_at", "pk")


class Registration(models.Model):
    event = models.ForeignKey(
        "gatherings.EventPage",
        on_delete=models.CASCADE,
        related_name="registrations",
        help_text="The event's version in the default language (EventPage.seat_page).",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), max_length=254)
    who = models.CharField(_("who they are"), max_length=20, choices=Who.choices, blank=True)
    role_families = models.ManyToManyField(
        "jobboard.RoleFamily", blank=True, related_name="+", verbose_name=_("role families")
    )
    access_needs = models.JSONField(_("access needs"), default=list, blank=True)
    access_notes = models.TextField(_("other access needs"), blank=True)
    language = models.CharField(_("language"), max_length=8, default="en")
    follow_up = models.BooleanField(_("agrees to follow-up"), default=False)
    confidence = models.PositiveSmallIntegerField(
        _("confidence before"), null=True, blank=True, choices=[(n, str(n)) for n in range(1, 6)]
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    offer_expires_at = models.DateTimeField(_("offer expires"), null=True, blank=True)
    organizer_note = models.TextField(_("organizers' note"), blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    # The reminders sent (send_event_mail), so that a second run sends none again.
    reminded_week_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_day_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("registered"), default=timezone.now)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_status_display()})"

    @property
    def holds_seat(self) -> bool:
        return self.status in HOLDS_SEAT


class Proposal(models.Model):
    """Who proposed a community gathering (kept apart from its page, which is public once
    approved): the moderators' decisions are emailed to them in their language."""

    page = models.OneToOneField(
        "gatherings.EventPage", on_delete=models.CASCADE, related_name="proposal"
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), max_length=254)
    language = models.CharField(_("language"), max_length=8, default="en")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("proposal")

    def __str__(self) -> str:
        return f"{self.name}: {self.page}"


class SurveyWave(models.TextChoices):
    """When after the event a follow-up survey is sent (``services.SURVEY_AFTER``)."""

    WEEK = "week", _("A week after")
    THREE_MONTHS = "3-months", _("Three months after")
    SIX_MONTHS = "6-months", _("Six months after")


class SurveyAnswer(models.Model):
    """One follow-up survey: made when its email is sent (so each goes once), filled in when
    the person answers. Only aggregates of these are ever shown (``impact``)."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="surveys")
    wave = models.CharField(max_length=10, choices=SurveyWave.choices)
    sent_at = models.DateTimeField(default=timezone.now)
    answered_at = models.DateTimeField(null=True, blank=True)
    confidence = models.PositiveSmallIntegerField(null=True, blank=True)
    new_job = models.BooleanField(null=True)
    government_level = models.CharField(max_length=20, blank=True)
    role_family = models.ForeignKey(
        "jobboard.RoleFamily", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "wave"], name="one_survey_per_wave")
        ]

    def __str__(self) -> str:
        return f"{self.registration} ({self.wave})"
