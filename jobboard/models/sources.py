"""Where jobs come from: configured sources, the link of each job to its sources, and runs."""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.db.models import Q

from jobboard.models.choices import GovernmentLevel
from jobboard.models.jobs import Job

FORMATS = [
    ("usajobs", "USAJOBS search API (JSON)"),
    ("rss", "RSS or Atom feed"),
    ("jsonld", "schema.org JobPosting pages (JSON-LD)"),
    ("greenhouse", "Greenhouse job board API"),
    ("lever", "Lever postings API"),
    ("pageup", "PageUp career feed (RSS with job: fields)"),
    ("ashby", "Ashby job board API"),
    ("edjoin", "EdJoin job search (JSON, paged)"),
    ("smartrecruiters", "SmartRecruiters Posting API (list, then each posting)"),
    ("workday", "Workday career site (jobs endpoint, then each posting)"),
    ("successfactors", "SAP SuccessFactors career site (sitemap, then each job page)"),
    ("calcareers", "CalCareers (State of California search, then each posting)"),
    ("direct", "Posted by employers on this site (never fetched)"),
]

# The job platform a source's address belongs to (``ingest.platforms`` recognises it).
PLATFORMS = [
    ("usajobs", "USAJOBS"),
    ("neogov", "NEOGOV"),
    ("calcareers", "CalCareers"),
    ("pageup", "PageUp"),
    ("edjoin", "EdJoin"),
    ("successfactors", "SAP SuccessFactors"),
    ("workday", "Workday"),
    ("greenhouse", "Greenhouse"),
    ("lever", "Lever"),
    ("ashby", "Ashby"),
    ("smartrecruiters", "SmartRecruiters"),
    ("jobposting", "JobPosting pages"),
    ("feed", "RSS or Atom feed"),
]
# A source with no success for this long is stale; a failing one waits before its next
# scheduled read, twice as long after each failure in a row, up to the longest wait.
STALE_AFTER = timedelta(hours=48)
FIRST_RETRY_WAIT = timedelta(hours=1)
LONGEST_RETRY_WAIT = timedelta(hours=24)


class SourceQuerySet(models.QuerySet):
    def enabled(self) -> SourceQuerySet:
        return self.filter(enabled=True)

    def due(self, now) -> SourceQuerySet:
        """Enabled sources whose back-off, if any, has passed: the scheduled reads."""
        return self.enabled().filter(Q(retry_after__isnull=True) | Q(retry_after__lte=now))


class Source(models.Model):
    """An outside feed of jobs. Ad-hoc ``ingest --url/--file`` sources are rows too, keyed by
    their URL or absolute path, so vanished jobs close for them as well."""

    slug = models.SlugField(max_length=200, unique=True)
    name = models.CharField(max_length=200)
    format = models.CharField(max_length=20, choices=FORMATS, blank=True)
    url = models.CharField(max_length=1000, help_text="An http(s) URL or an absolute file path.")
    agency_default = models.CharField(
        max_length=200, blank=True, help_text="The employer when the feed does not name one."
    )
    enabled = models.BooleanField(default=True)
    # The directory: whose jobs these are, and whether the address is known to be right.
    government_level = models.CharField(
        "level of government", max_length=20, choices=GovernmentLevel.choices, blank=True
    )
    platform = models.CharField(max_length=20, choices=PLATFORMS, blank=True)
    confirmed = models.BooleanField(
        default=False,
        help_text="The address is known to answer with this employer's jobs (see evidence).",
    )
    evidence = models.TextField(
        blank=True, help_text="Why this address is believed right, or what is left to check."
    )
    last_checked = models.DateField(null=True, blank=True)
    # Health: set by every read.
    consecutive_failures = models.PositiveIntegerField(default=0)
    retry_after = models.DateTimeField(
        null=True, blank=True, help_text="A failing source is not read on schedule before this."
    )
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    document_hash = models.CharField(
        max_length=64, blank=True, help_text="Hash of the last complete document read."
    )

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def is_stale(self, now) -> bool:
        """Enabled, and nothing read successfully for STALE_AFTER (or ever)."""
        return self.enabled and (
            self.last_success_at is None or now - self.last_success_at > STALE_AFTER
        )

    def record_outcome(self, ok: bool, now, error: str = "") -> None:
        """Note one read's outcome (unsaved): a success clears the back-off, a failure waits
        twice as long as the one before before the next scheduled read."""
        if ok:
            self.last_success_at, self.last_error = now, ""
            self.consecutive_failures, self.retry_after = 0, None
            return
        self.last_error = error
        self.consecutive_failures += 1
        wait = FIRST_RETRY_WAIT * 2 ** min(self.consecutive_failures - 1, 10)
        self.retry_after = now + min(wait, LONGEST_RETRY_WAIT)


class JobSource(models.Model):
    """One source's listing of a job: the key of the upsert (source, external id). A listing
    is also one *door* of its job: its own announcement, who may apply through it, its dates
    and apply link (a federal vacancy is often announced twice, "-DE" open to the public and
    "-MP" to federal employees, and dedup folds both into one job)."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="listings")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="listings")
    external_id = models.CharField(max_length=300)
    url = models.CharField(max_length=1000, blank=True)
    content_hash = models.CharField(max_length=64)
    present = models.BooleanField(default=True, help_text="Seen in the source's latest read.")
    first_seen_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField()
    announcement = models.CharField(
        max_length=100, blank=True, help_text="The announcement number, where the source has one."
    )
    hiring_paths = models.CharField(
        max_length=300, blank=True, help_text="Who may apply: hiring path codes, comma-separated."
    )
    who_may_apply = models.CharField(
        max_length=300, blank=True, help_text="Who may apply, in the source's words."
    )
    opens_at = models.DateTimeField(null=True, blank=True)
    closes_at = models.DateTimeField(null=True, blank=True)
    open_until_filled = models.BooleanField(default=False)
    apply_url = models.URLField(max_length=1000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "external_id"], name="unique_listing")
        ]
        # Ingest's dedup asks which open jobs other sources list under a page's identifiers.
        indexes = [models.Index(fields=["external_id"], name="jobsource_external_id")]

    def __str__(self) -> str:
        return f"{self.source.slug}:{self.external_id}"

    def is_open(self, now) -> bool:
        """Still a way in: listed by its source's latest read and not past its closing date."""
        return self.present and (self.closes_at is None or self.closes_at >= now)


class IngestRun(models.Model):
    """One read of one source, with what it did: a column per count of
    ``ingest.upsert.UpsertCounts`` (the pipeline copies them by name)."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="runs")
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    ok = models.BooleanField(default=False)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    merged = models.PositiveIntegerField(
        default=0, help_text="New listings linked to a job another source already carried."
    )
    closed = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.source.slug} at {self.started_at:%Y-%m-%d %H:%M}"
