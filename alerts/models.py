"""A job alert: a search a person wants emailed, daily or weekly (docs/architecture.md, "Job
alerts"). No account: the address is confirmed by a link, and every email carries signed links
to manage and to leave."""

from __future__ import annotations

import hashlib

from django.db import models
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

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


class Alert(models.Model):
    email = models.EmailField(db_index=True, help_text="Stored in lower case.")
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
            models.UniqueConstraint(fields=["email", "query"], name="one_alert_per_search")
        ]
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.email}: {self.query or 'all jobs'} ({self.frequency})"

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
            path = reverse("search:search")
        return path + (f"?{self.query}" if self.query else "")
