"""Writing listings into the database: one canonical Job per opening, linked to every source
listing that carries it (JobSource), keyed on (source, external id).

- A listing whose raw content is unchanged since the last read is recognised by its hash and
  touched, not re-normalised: a second run of the same input changes nothing.
- A new listing that is the same opening as an open job (``dedup.py``: same employer and
  title, and the same apply URL, identifier or a near-identical description) is linked to that
  job instead of duplicating it.
- After a complete, successful read, listings the source no longer carries are marked absent,
  and a job that no source carries any more is closed (never deleted).

Work is done a batch (a page of up to a few hundred listings) at a time, in one transaction,
with one query for existing links, one for possible duplicates and bulk inserts, so memory and
time per listing stay flat however large the source. The ids of jobs that changed are sent
with ``jobboard.signals.jobs_changed`` after commit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache

import orjson
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from ingest.agencies import AgencyResolver
from ingest.classifier import Classifier
from ingest.dedup import Listing, OpeningMatcher, chunks
from ingest.normalise import JobFields, Prepared, normalise, prepare, with_agency
from ingest.records import RawListing
from jobboard.announcements import settle
from jobboard.bulk import insert_rows, new_object
from jobboard.models import (
    ClosedBecause,
    Job,
    JobSource,
    JobStatus,
    RoleFamily,
    SeniorityLevel,
    Source,
)
from jobboard.services import close_job, reopen_job
from jobboard.signals import jobs_changed

# Bump when normalisation changes, so every listing is normalised again on the next run.
NORMALISER_VERSION = "2026-12-03.1"
JOB_FIELD_NAMES = tuple(f.name for f in fields(JobFields))
TAXONOMY_FIELDS = {"role_family", "seniority", "top_seniority"}
FILLABLE = [
    "salary_min", "salary_max", "pay_min", "pay_max", "pay_interval", "pay_currency",
    "closes_at", "latitude", "longitude", "city", "state", "apply_url",
]  # fmt: skip


def listing_hash(listing: RawListing, agency_default: str, taxonomy: str = "") -> str:
    """A fingerprint of a raw listing as the source gave it, and of the classifier's taxonomy
    and rules (``Classifier.fingerprint``) it is classified with (orjson writes the dataclass
    directly: ``asdict`` deep-copied every listing first)."""
    payload = orjson.dumps(
        [NORMALISER_VERSION, agency_default, taxonomy, listing], option=orjson.OPT_SORT_KEYS
    )
    return hashlib.sha256(payload).hexdigest()


@lru_cache(maxsize=16_384)
def _slug(title: str) -> str:
    return slugify(title)[:120] or "job"


@dataclass
class UpsertCounts:
    """What an upsert did, listing by listing. Its numeric fields, in this order, are the one
    list of ingest's counts (``COUNT_NAMES``): the command's lines and ``--json`` object, the
    background task's result, the ``IngestRun`` record (a column each) and the benchmark are
    all derived from it, so a new count is added here and nowhere else."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    closed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: UpsertCounts) -> None:
        """Add another batch's (or source's) counts and errors to these."""
        for name in COUNT_NAMES:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @classmethod
    def total(cls, many: Iterable[UpsertCounts]) -> UpsertCounts:
        """The sum of several sources' counts."""
        total = cls()
        for counts in many:
            total.add(counts)
        return total

    def numbers(self) -> dict[str, int]:
        """Each count by its name, in the counts' order."""
        return {name: getattr(self, name) for name in COUNT_NAMES}

    def summary(self) -> str:
        """The counts in a line for people: "3 created, 0 updated, ..."."""
        return ", ".join(f"{value} {name}" for name, value in self.numbers().items())


COUNT_NAMES = tuple(f.name for f in fields(UpsertCounts) if f.name != "errors")


@dataclass
class _New:
    """A listing with no link yet: a new job, or a new source of an existing one."""

    external_id: str
    url: str
    digest: str
    fields: JobFields
    values: dict
    door: dict


def door_values(listing: RawListing, job_fields: JobFields) -> dict:
    """What a listing keeps of its own as one door of its job (``JobSource``): its
    announcement, who may apply, its dates and apply link."""
    return {
        "announcement": listing.announcement[:100],
        "who_may_apply": listing.who_may_apply[:300],
        "hiring_paths": job_fields.hiring_paths,
        "opens_at": job_fields.posted_at,
        "closes_at": job_fields.closes_at,
        "open_until_filled": job_fields.open_until_filled,
        "apply_url": job_fields.apply_url,
    }


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

    def upsert(
        self,
        listings: Iterable[RawListing],
        *,
        hashes: dict[str, str] | None = None,
        prepared: dict[str, Prepared | str] | None = None,
    ) -> UpsertCounts:
        """Write one batch in one transaction. A reading worker may have computed listings'
        hashes and prepared their fields (``Preparer``); the rest is done here."""
        hashes, prepared = hashes or {}, prepared or {}
        counts = UpsertCounts()
        batch = self._first_of_each(listings, counts)
        changed: set[int] = set()
        with transaction.atomic():
            existing: dict[str, JobSource] = {}
            for ids in chunks([listing.external_id[:300] for listing in batch]):
                links = JobSource.objects.filter(source=self.source, external_id__in=ids)
                existing.update((link.external_id, link) for link in links.select_related("job"))
            touched: list[int] = []
            new: list[_New] = []
            for listing in batch:
                external_id = listing.external_id[:300]
                digest = hashes.get(external_id) or listing_hash(
                    listing, self.source.agency_default, self.classifier.fingerprint
                )
                link = existing.get(external_id)
                if link is not None and link.content_hash == digest:
                    touched.append(link.pk)
                    if self._reappeared(link.job):
                        counts.updated += 1
                        changed.add(link.job_id)
                    else:
                        counts.unchanged += 1
                    continue
                try:
                    job_fields = self._normalised(listing, prepared.get(external_id))
                except (ValueError, TypeError, ArithmeticError) as exc:
                    counts.skipped += 1
                    counts.errors.append(f"Listing {external_id!r} skipped: {exc}")
                    continue
                door = door_values(listing, job_fields)
                if link is not None:
                    self._update(link, job_fields, digest, door)
                    counts.updated += 1
                    changed.add(link.job_id)
                else:
                    values = self._values(job_fields)
                    new.append(_New(external_id, listing.url, digest, job_fields, values, door))
            changed |= self._create(new, counts)
            for pks in chunks(touched):
                JobSource.objects.filter(pk__in=pks).update(last_seen_at=self.now, present=True)
                Job.objects.filter(listings__pk__in=pks).update(last_seen_at=self.now)
            if changed:
                ids = sorted(changed)
                transaction.on_commit(lambda: jobs_changed.send(sender=Job, job_ids=ids))
        return counts

    def _normalised(self, listing: RawListing, ready: Prepared | str | None) -> JobFields:
        """The listing's fields: as a reading worker prepared them, or normalised here."""
        if isinstance(ready, str):
            raise ValueError(ready)
        if ready is not None:
            return with_agency(ready, self.agencies, self.classifier)
        return normalise(
            listing,
            classifier=self.classifier,
            agencies=self.agencies,
            agency_default=self.source.agency_default,
            level_default=self.source.government_level,
        )

    def _first_of_each(self, listings: Iterable[RawListing], counts: UpsertCounts):
        """The listings not seen before in this read; a repeated id is reported and dropped."""
        batch = []
        for listing in listings:
            external_id = listing.external_id[:300]
            if external_id in self.seen:
                counts.skipped += 1
                counts.errors.append(f"Listing {external_id!r} appears twice; kept the first.")
                continue
            self.seen.add(external_id)
            batch.append(listing)
        return batch

    # -- writing ---------------------------------------------------------------------------

    def _values(self, job_fields: JobFields) -> dict:
        values = {name: getattr(job_fields, name) for name in JOB_FIELD_NAMES}
        for name in TAXONOMY_FIELDS:
            slug = values.pop(name)
            lookup = self.families if name == "role_family" else self.levels
            values[name] = lookup.get(slug) if slug else None
        return values

    def _create(self, new: list[_New], counts: UpsertCounts) -> set[int]:
        """Create jobs for new listings, or link them to the same opening; bulk inserts."""
        if not new:
            return set()
        listings = [self._listing(item) for item in new]
        matcher = OpeningMatcher.for_listings(listings, fields=FILLABLE)
        jobs: list[Job] = []
        link_targets: list[Job] = []
        merged: set[int] = set()
        several: list[Job] = []  # jobs that gain a door besides their first
        for item, listing in zip(new, listings, strict=True):
            job = matcher.same_opening(listing)
            if job is None:
                job = new_object(
                    Job,
                    {
                        **item.values,
                        "slug": _slug(item.fields.title),
                        "content_hash": item.digest,
                        "first_seen_at": self.now,
                        "visible_since": self.now,
                        "last_seen_at": self.now,
                    },
                )
                job.search_keywords = job.compute_search_keywords()  # bulk_create skips save()
                jobs.append(job)
                matcher.add(job)
                counts.created += 1
            else:
                if job.pk:
                    self._fill_gaps(job, item.values)
                    merged.add(job.pk)
                several.append(job)
                counts.merged += 1
            link_targets.append(job)
        insert_rows(jobs)
        insert_rows(
            [
                new_object(
                    JobSource,
                    {
                        "job": job,
                        "source": self.source,
                        "external_id": item.external_id,
                        "url": item.url[:1000],
                        "content_hash": item.digest,
                        "last_seen_at": self.now,
                        **item.door,
                    },
                )
                for item, job in zip(new, link_targets, strict=True)
            ]
        )
        for job in {job.pk: job for job in several}.values():
            settle(job, self.now)
        return {job.pk for job in jobs} | merged

    @staticmethod
    def _listing(item: _New) -> Listing:
        return Listing(
            agency_id=item.fields.agency.pk,
            title=item.fields.title,
            apply_url=item.fields.apply_url,
            external_id=item.external_id,
            description_text=item.fields.description_text,
        )

    def _update(self, link: JobSource, job_fields: JobFields, digest: str, door: dict) -> None:
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
        for name, value in door.items():
            setattr(link, name, value)
        link.save(update_fields=["content_hash", "present", "last_seen_at", *door])
        settle(job, self.now)  # a job of several doors takes what they say together
        self._reappeared(job)

    def _fill_gaps(self, job: Job, values: dict) -> None:
        """A second source fills what the first left blank, never overwriting it."""
        changed = [name for name in FILLABLE if not getattr(job, name) and values.get(name)]
        for name in changed:
            setattr(job, name, values[name])
        job.last_seen_at = self.now
        job.save(update_fields=[*changed, "last_seen_at", "updated_at"])

    def _reappeared(self, job: Job) -> bool:
        """Reopen a job closed because it vanished, now that its source lists it again (not
        one a moderator removed, its employer withdrew, or that expired or was filled)."""
        if job.status != JobStatus.CLOSED or job.closed_because != ClosedBecause.VANISHED:
            return False
        if job.closes_at and job.closes_at < self.now:
            return False
        reopen_job(job=job)
        return True

    def touch_present(self) -> int:
        """The source's document is unchanged since its last complete read: every listing it
        carried is still there. Mark them seen now; return how many."""
        present = JobSource.objects.filter(source=self.source, present=True)
        self.seen.update(present.values_list("external_id", flat=True))
        with transaction.atomic():
            count = present.update(last_seen_at=self.now)
            Job.objects.filter(listings__source=self.source, listings__present=True).update(
                last_seen_at=self.now
            )
        return count

    # -- closing ----------------------------------------------------------------------------

    def close_vanished(self) -> int:
        """After a complete read: mark listings the source dropped as absent, and close jobs
        that no source lists any more. Returns how many jobs were closed."""
        closed: list[int] = []
        with transaction.atomic():
            present = JobSource.objects.filter(source=self.source, present=True)
            gone_ids = [
                pk
                for pk, external_id in present.values_list("pk", "external_id").iterator()
                if external_id not in self.seen
            ]
            settled: list[int] = []
            for chunk in chunks(gone_ids):
                JobSource.objects.filter(pk__in=chunk).update(present=False)
                for job in Job.objects.filter(listings__pk__in=chunk, status=JobStatus.OPEN):
                    if job.listings.filter(present=True).exists():
                        # Another door is still open: the job stays, with what that one says.
                        if settle(job, self.now):
                            settled.append(job.pk)
                        continue
                    close_job(
                        job=job,
                        because=ClosedBecause.VANISHED,
                        reason=f"No longer listed by {self.source.name}",
                        now=self.now,
                    )
                    closed.append(job.pk)
            if settled:
                transaction.on_commit(lambda: jobs_changed.send(sender=Job, job_ids=settled))
        return len(closed)  # close_job announces each change itself


class Preparer:
    """The CPU-bound half of an upsert, away from the database (in a reading worker process):
    each new or changed listing's hash and its fields but the Agency row. ``known`` is the
    source's listings' hashes before the read, so unchanged listings are not prepared;
    ``agencies`` a resolver loaded before the workers started, used only by name."""

    def __init__(
        self,
        source: Source,
        *,
        classifier: Classifier,
        agencies: AgencyResolver,
        known: dict[str, str],
    ) -> None:
        self.agency_default = source.agency_default
        self.level_default = source.government_level
        self.classifier, self.agencies, self.known = classifier, agencies, known
        self.seen: set[str] = set()

    def prepare(self, read) -> None:
        """Fill ``read.hashes`` and ``read.prepared`` for a parsed ``ReadDocument``."""
        for listing in read.parsed.listings:
            external_id = listing.external_id[:300]
            if external_id in self.seen:
                continue  # the writer keeps the first and reports the repeat
            self.seen.add(external_id)
            digest = listing_hash(listing, self.agency_default, self.classifier.fingerprint)
            read.hashes[external_id] = digest
            if self.known.get(external_id) == digest:
                continue
            try:
                read.prepared[external_id] = prepare(
                    listing,
                    classifier=self.classifier,
                    agency_name=self.agencies.name_for,
                    agency_default=self.agency_default,
                    level_default=self.level_default,
                )
            except (ValueError, TypeError, ArithmeticError) as exc:
                read.prepared[external_id] = str(exc)
                continue
            # The writer needs the prepared fields only: the raw text need not cross over.
            listing.description = ""
