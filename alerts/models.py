"""A job alert: a search a person wants emailed, daily or weekly (docs/architecture.md, "Job
alerts"). No account: the address is confirmed by a link, and every email carries signed links
to manage and to leave."""

from __future__ import annotations

import hashlib

from django.db import models
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from jobboard.limits import normalise_address
from search.links import search_page
from search.query import JobQuery


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class AlertQuerySet(models.QuerySet):
    def confirmed(self) -> AlertQuerySet:
        return self.filter(confirmed_at__isnull=False)

    def live(self, now=None) -> AlertQuerySet:
        """Confirmed and not expired."""
        return self.confirmed().filter(expires_at__gt=now or timezone.now())


class Mailbox(models.Model):
    """Everyone's alerts at one mailbox, however its address was spelled. Its row is locked
    while its alerts are counted and changed (``services``), and its id, never the address,
    is what a manage link signs."""

    address = models.CharField(
        max_length=254, unique=True, help_text="The normalised address (normalise_address)."
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.address

    def reply_address(self) -> str | None:
        """Where to write to this mailbox: the address as its latest alert spelled it (the
        normalised form may not be deliverable everywhere), or None without alerts."""
        return self.alerts.order_by("-created_at", "-pk").values_list("email", flat=True).first()


class Alert(models.Model):
    mailbox = models.ForeignKey(Mailbox, on_delete=models.CASCADE, related_name="alerts")
    email = models.EmailField(
        db_index=True, help_text="Stored in lower case, as given; emails go to it."
    )
    query = models.CharField(
        max_length=2000, blank=True, help_text="The search's canonical query string, as in /jobs/."
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    matched_through = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Jobs that became visible up to this moment have been considered; the next "
        "digest lists only jobs visible since.",
    )
    last_sent_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(
        max_length=10,
        default="en",
        help_text="The language the person signed up in (settings.LANGUAGES): their emails, "
        "and the pages their links open, are in it.",
    )

    objects = AlertQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mailbox", "query"], name="one_alert_per_search_per_mailbox"
            )
        ]
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.email}: {self.query or 'all jobs'} ({self.frequency})"

    def save(self, *args, **kwargs) -> None:
        if self.mailbox_id is None:  # an alert made outside the services (admin, fixtures)
            self.email = self.email.strip().lower()
            self.mailbox, _ = Mailbox.objects.get_or_create(address=normalise_address(self.email))
        super().save(*args, **kwargs)

    @property
    def key(self) -> str:
        """Its search's name among the search app's saved searches: alerts with the same
        search (many people follow "data") share one stored query and one match."""
        return "alerts-" + hashlib.sha256(self.query.encode()).hexdigest()[:24]

    def job_query(self) -> JobQuery:
        return JobQuery.from_params(QueryDict(self.query))

    def search_path(self) -> str:
        """The alert's search page, in its language."""
        with translation.override(self.language):
            return search_page(self.query)


class RunLock(models.Model):
    """A lock held by one run of a job at a time (the alert digests), in the database, where
    no cache can evict it: the row names its holder and until when it holds it, so a run that
    died frees it when that time passes."""

    name = models.CharField(max_length=100, unique=True)
    holder = models.CharField(max_length=64, blank=True)
    held_until = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name
