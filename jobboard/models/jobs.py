"""Jobs: one canonical row per opening, whatever number of sources carry it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

from jobboard.models.agencies import Agency
from jobboard.models.choices import (
    ClosedBecause,
    EmploymentType,
    HiringPath,
    JobStatus,
    PayInterval,
    WorkArrangement,
    english_labels,
)
from jobboard.models.taxonomy import RoleFamily, SeniorityLevel


def hiring_path_codes(stored: str) -> tuple[str, ...]:
    """The hiring paths a job (or a listing) stores comma-separated, as codes."""
    return tuple(code for code in stored.split(",") if code)


def joined_hiring_paths(codes: Iterable[str]) -> str:
    """Hiring path codes as stored: the known ones, once each, in ``HiringPath``'s order."""
    wanted = set(codes)
    return ",".join(code for code in HiringPath.values if code in wanted)


def open_to(paths: Iterable[str]) -> models.Q:
    """Jobs open to any of these hiring paths (a condition on the comma-separated column: a
    code alone, first, last or between two others)."""
    condition = models.Q(pk__in=[])
    for code in paths:
        condition |= (
            models.Q(hiring_paths=code)
            | models.Q(hiring_paths__startswith=f"{code},")
            | models.Q(hiring_paths__endswith=f",{code}")
            | models.Q(hiring_paths__contains=f",{code},")
        )
    return condition


class JobQuerySet(models.QuerySet):
    """Named reads of jobs; views and search use these instead of repeating filters."""

    def open(self) -> JobQuerySet:
        """Jobs whose status is open (closing dates are enforced by ``expire_jobs``)."""
        return self.filter(status=JobStatus.OPEN)

    def closed(self) -> JobQuerySet:
        return self.filter(status=JobStatus.CLOSED)

    def visible(self, now: datetime | None = None) -> JobQuerySet:
        """What job seekers may see by default: open and not past the closing date as of
        ``now`` (default: this instant; searches pass their minute clock). The one definition:
        the database backend, autocomplete, alerts and feeds call it, and the engine's query
        body (``search.backends.engine.bodies``) mirrors it, pinned by the contract suite."""
        return self.open().filter(
            models.Q(closes_at__isnull=True) | models.Q(closes_at__gte=now or timezone.now())
        )

    def technology(self) -> JobQuerySet:
        """Technology jobs: those the classifier placed in a role family. The others (a nurse,
        a custodian) are stored but left out of public lists and counts by default."""
        return self.filter(role_family__isnull=False)

    def closing_by(self, deadline: datetime) -> JobQuerySet:
        """Jobs with a closing date no later than ``deadline`` ("closing soon"; with
        ``visible``, those still open until then)."""
        return self.filter(closes_at__lte=deadline)

    def past_closing(self, now=None) -> JobQuerySet:
        """Open jobs whose closing date has passed."""
        return self.open().filter(closes_at__lt=now or timezone.now())


class Job(models.Model):
    """A job opening. Display fields are normalised; the originals are kept beside them."""

    raw_title = models.CharField(max_length=300)
    title = models.CharField(max_length=300, help_text="The title cleaned of HR codes.")
    slug = models.SlugField(max_length=120, blank=True)
    description = models.TextField(blank=True, help_text="Sanitised HTML.")
    description_text = models.TextField(blank=True, help_text="The description as plain text.")
    search_keywords = models.TextField(
        blank=True, help_text="Employer names, role and place: indexed for full-text search."
    )
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="jobs")
    role_family = models.ForeignKey(
        RoleFamily, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs"
    )
    seniority = models.ForeignKey(
        SeniorityLevel, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs"
    )
    top_seniority = models.ForeignKey(
        SeniorityLevel,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The highest level a multi-grade posting reaches.",
    )
    is_people_manager = models.BooleanField(default=False)
    employment_type = models.CharField(
        max_length=20, choices=EmploymentType.choices, default=EmploymentType.FULL_TIME
    )
    work_arrangement = models.CharField(
        max_length=10, choices=WorkArrangement.choices, default=WorkArrangement.ONSITE
    )
    location = models.CharField(max_length=300, blank=True)
    city = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=50, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    salary_min = models.PositiveIntegerField(null=True, blank=True, help_text="Annual USD.")
    salary_max = models.PositiveIntegerField(null=True, blank=True, help_text="Annual USD.")
    pay_min = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    pay_max = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    pay_interval = models.CharField(max_length=10, choices=PayInterval.choices, blank=True)
    pay_currency = models.CharField(max_length=3, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    closes_at = models.DateTimeField(null=True, blank=True)
    open_until_filled = models.BooleanField(
        default=False, help_text="'Continuous' postings with no fixed closing date."
    )
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.OPEN)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_reason = models.CharField(max_length=200, blank=True)  # the sentence for people
    closed_because = models.CharField(
        max_length=10,
        choices=ClosedBecause.choices,
        blank=True,
        help_text="Why the job closed, as a choice the code decides on (blank while open).",
    )
    apply_url = models.URLField(max_length=1000, blank=True)
    hiring_paths = models.CharField(
        max_length=300,
        blank=True,
        default=HiringPath.PUBLIC,
        help_text="Who may apply: hiring path codes, comma-separated (of the open "
        "announcements of a job merged from several).",
    )
    source_url = models.URLField(max_length=1000, blank=True)
    federal_series = models.CharField(max_length=60, blank=True)
    federal_grades = models.CharField(max_length=60, blank=True)
    source_category = models.CharField(
        max_length=300,
        blank=True,
        help_text="What the source files the job under besides its title: its category, "
        "department or team, as given. The review queue reads it.",
    )
    content_hash = models.CharField(max_length=64, blank=True)
    first_seen_at = models.DateTimeField(default=timezone.now)
    visible_since = models.DateTimeField(
        default=timezone.now,
        db_index=True,
        help_text="When the job last became visible: created open, reopened or approved. "
        "Alerts send the jobs that became visible since their last digest.",
    )
    last_seen_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["-posted_at", "-id"]
        indexes = [
            models.Index(fields=["status", "closes_at"]),
            # Ingest's dedup reads the open jobs of a page's employers and titles; with status
            # last, SQLite uses this index even before it has any statistics.
            models.Index(fields=["agency", "title", "status"], name="job_same_opening"),
            models.Index(fields=["apply_url"]),
            # Covering index of the database search backend's facet "cube" query and of its
            # market's read of pay (so neither touches the wide table rows).
            models.Index(
                # The grouped columns right after status, so the scan streams its GROUP BY
                # in index order (no temporary b-tree); closes_at is tested from the index.
                fields=[
                    "status",
                    "agency",
                    "role_family",
                    "seniority",
                    "employment_type",
                    "work_arrangement",
                    "hiring_paths",
                    "closes_at",
                    "salary_min",
                    "salary_max",
                ],
                name="job_search_market",
            ),
            # The market's new and closed jobs per week: a range count of each week, read
            # from these indexes alone.
            models.Index(fields=["first_seen_at", "role_family"], name="job_first_seen"),
            models.Index(fields=["status", "closed_at", "role_family"], name="job_closed"),
            # "Newest first" pages read open jobs in this index's order and stop at the page.
            models.Index(fields=["status", "posted_at", "id"], name="job_newest"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.agency})"

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.title)[:120] or "job"
        self.search_keywords = self.compute_search_keywords()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "search_keywords" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "search_keywords"]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        """The job's page in the site's language, reversed from its route (``search:job``, the
        one ``search.links`` names), as the index and the API give it."""
        with translation.override(settings.LANGUAGE_CODE):
            return reverse("search:job", args=[self.pk, self.slug])

    def compute_search_keywords(self) -> str:
        """The words a job seeker may type that are not in the title or description."""
        parts = [self.agency.name, *self.agency.alias_list(), self.location, self.city]
        if self.role_family_id:
            parts.append(self.role_family.name)
        if self.seniority_id:
            parts.append(self.seniority.name)
        parts += [self.federal_series, english_labels(WorkArrangement).get(self.work_arrangement)]
        return " ".join(part for part in parts if part)

    @property
    def is_open(self) -> bool:
        return self.status == JobStatus.OPEN
