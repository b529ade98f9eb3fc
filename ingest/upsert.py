"""Writing listings into the database: one canonical Job per opening, linked to every source
listing that carries it (JobSource), keyed on (source, external id).

- A listing whose raw content is unchanged since the last read is recognised by its hash and
  touched, not re-normalised: a second run of the same input changes nothing.
- A new listing that is the same opening as an existing job (same employer and title, and the
  same apply URL or near-identical description) is linked to that job instead of duplicating it.
- After a complete, successful read, listings the source no longer carries are marked absent,
  and a job that no source carries any more is closed (never deleted).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields

from django.db import transaction
from django.utils import timezone

from ingest.agencies import AgencyResolver
from ingest.classifier import Classifier
from ingest.normalise import JobFields, normalise
from ingest.records import RawListing
from ingest.sanitise import plain_text
from jobboard.models import Job, JobSource, JobStatus, RoleFamily, SeniorityLevel, Source
from jobboard.services import close_job, reopen_job

# Bump when normalisation changes, so every listing is normalised again on the next run.
NORMALISER_VERSION = "2026-11-29.1"
TAXONOMY_FIELDS = {"role_family", "seniority", "top_seniority"}
FILLABLE = [
    "salary_min",
    "salary_max",
    "pay_min",
    "pay_max",
    "pay_interval",
    "pay_currency",
    "closes_at",
    "latitude",
    "longitude",
    "city",
    "state",
    "apply_url",
]


def listing_hash(listing: RawListing, agency_default: str) -> str:
    """A fingerprint of a raw listing as the source gave it."""
    payload = json.dumps([NORMALISER_VERSION, agency_default, asdict(listing)], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def _title_key(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


def _similar(a: str, b: str) -> bool:
    """Near-identical descriptions: the same words, allowing small edits (Jaccard >= 0.9)."""
    words_a, words_b = set(plain_text(a).lower().split()), set(plain_text(b).lower().split())
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / len(words_a | words_b) >= 0.9


@dataclass
class UpsertCounts:
    """What an upsert did, listing by listing."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    closed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: UpsertCounts) -> None:
        for name in ("created", "updated", "unchanged", "merged", "closed", "skipped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


class Upserter:
    """Upserts the listings of one source read. Create one per read; call ``upsert`` for each
    batch (page) of listings and ``close_vanished`` once after a complete read."""

    def __init__(self, source: Source, *, classifier: Classifier | None = None) -> None:
        self.source = source
        self.classifier = classifier or Classifier.from_database()
        self.agencies = AgencyResolver()
        self.now = timezone.now()
        self.seen: set[str] = set()
        self.families = {f.slug: f for f in RoleFamily.objects.all()}
        self.levels = {s.slug: s for s in SeniorityLevel.objects.all()}

    def upsert(self, listings: Iterable[RawListing]) -> UpsertCounts:
        """Write one batch in one transaction."""
        counts = UpsertCounts()
        batch = []
        for listing in listings:
            if listing.external_id[:300] in self.seen:
                counts.skipped += 1
                counts.errors.append(
                    f"Listing {listing.external_id!r} appears twice; kept the first."
                )
            else:
                batch.append(listing)
                self.seen.add(listing.external_id[:300])
        ids = [listing.external_id[:300] for listing in batch]
        with transaction.atomic():
            existing = {
                link.external_id: link
                for link in JobSource.objects.filter(
                    source=self.source, external_id__in=ids
                ).select_related("job")
            }
            touched: list[int] = []
            for listing in batch:
                external_id = listing.external_id[:300]
                digest = listing_hash(listing, self.source.agency_default)
                link = existing.get(external_id)
                if link is not None and link.content_hash == digest:
                    touched.append(link.pk)
                    if self._reappeared(link.job):
                        counts.updated += 1
                    else:
                        counts.unchanged += 1
                    continue
                try:
                    job_fields = normalise(
                        listing,
                        classifier=self.classifier,
                        agencies=self.agencies,
                        agency_default=self.source.agency_default,
                    )
                except (ValueError, TypeError, ArithmeticError) as exc:
                    counts.skipped += 1
                    counts.errors.append(f"Listing {external_id!r} skipped: {exc}")
                    continue
                if link is not None:
                    self._update(link, job_fields, digest)
                    counts.updated += 1
                else:
                    merged = self._create(external_id, job_fields, digest, listing.url)
                    if merged:
                        counts.merged += 1
                    else:
                        counts.created += 1
            if touched:
                JobSource.objects.filter(pk__in=touched).update(last_seen_at=self.now, present=True)
                Job.objects.filter(listings__pk__in=touched).update(last_seen_at=self.now)
        return counts

    # -- writing ---------------------------------------------------------------------------

    def _values(self, job_fields: JobFields) -> dict:
        values = {f.name: getattr(job_fields, f.name) for f in fields(job_fields)}
        for name in TAXONOMY_FIELDS:
            slug = values.pop(name)
            lookup = self.families if name == "role_family" else self.levels
            values[name] = lookup.get(slug) if slug else None
        return values

    def _create(self, external_id: str, job_fields: JobFields, digest: str, url: str) -> bool:
        """Create the job, or link the listing to the same opening; True when linked."""
        values = self._values(job_fields)
        job = self._same_opening(job_fields)
        merged = job is not None
        if job is None:
            job = Job.objects.create(
                **values,
                content_hash=digest,
                first_seen_at=self.now,
                last_seen_at=self.now,
            )
        else:
            self._fill_gaps(job, values)
        JobSource.objects.create(
            job=job,
            source=self.source,
            external_id=external_id,
            url=url[:1000],
            content_hash=digest,
            last_seen_at=self.now,
        )
        return merged

    def _update(self, link: JobSource, job_fields: JobFields, digest: str) -> None:
        job = link.job
        values = self._values(job_fields)
        owns_job = job.content_hash == link.content_hash or job.listings.count() == 1
        if owns_job:
            for name, value in values.items():
                setattr(job, name, value)
            job.content_hash = digest
            job.last_seen_at = self.now
            job.save()
        else:
            self._fill_gaps(job, values)
        link.content_hash = digest
        link.present = True
        link.last_seen_at = self.now
        link.save(update_fields=["content_hash", "present", "last_seen_at"])
        self._reappeared(job)

    def _fill_gaps(self, job: Job, values: dict) -> None:
        """A second source fills what the first left blank, never overwriting it."""
        changed = [name for name in FILLABLE if not getattr(job, name) and values.get(name)]
        for name in changed:
            setattr(job, name, values[name])
        job.last_seen_at = self.now
        job.save(update_fields=[*changed, "last_seen_at", "updated_at"])

    def _same_opening(self, job_fields: JobFields) -> Job | None:
        candidates = Job.objects.filter(agency=job_fields.agency, status=JobStatus.OPEN)
        key = _title_key(job_fields.title)
        for job in candidates.filter(title__iexact=job_fields.title)[:20]:
            if _title_key(job.title) != key:
                continue
            if job_fields.apply_url and job.apply_url == job_fields.apply_url:
                return job
            if _similar(job.description, job_fields.description):
                return job
        return None

    def _reappeared(self, job: Job) -> bool:
        """Reopen a job closed because it vanished, now that its source lists it again."""
        if job.status != JobStatus.CLOSED or not job.closed_reason.startswith("No longer listed"):
            return False
        if job.closes_at and job.closes_at < self.now:
            return False
        reopen_job(job=job)
        return True

    # -- closing ----------------------------------------------------------------------------

    def close_vanished(self) -> int:
        """After a complete read: mark listings the source dropped as absent, and close jobs
        that no source lists any more. Returns how many jobs were closed."""
        closed = 0
        with transaction.atomic():
            present = JobSource.objects.filter(source=self.source, present=True)
            gone_ids = [
                pk
                for pk, external_id in present.values_list("pk", "external_id").iterator()
                if external_id not in self.seen
            ]
            for start in range(0, len(gone_ids), 500):
                chunk = gone_ids[start : start + 500]
                JobSource.objects.filter(pk__in=chunk).update(present=False)
                for job in Job.objects.filter(listings__pk__in=chunk, status=JobStatus.OPEN):
                    if not job.listings.filter(present=True).exists():
                        reason = f"No longer listed by {self.source.name}"
                        close_job(job=job, reason=reason, now=self.now)
                        closed += 1
        return closed
