"""Same-opening matching: whether a new listing is another copy of an open job (the same
employer and title, and the same apply URL, the same identifier in another source, or a
near-identical description), so one opening carried by several sources is one job."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial

from jobboard.models import Job, JobSource, JobStatus

SQL_CHUNK = 400  # stay under SQLite's limit on query parameters
SIMILAR = 0.9  # Jaccard similarity of description words that makes two copies one opening


@lru_cache(maxsize=16_384)  # titles repeat across a source and between sources
def title_key(title: str) -> str:
    """A title folded for comparison: lowercase words, punctuation ignored."""
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


def words(text: str) -> frozenset[str]:
    """The set of words of a description."""
    return frozenset(text.lower().split())


def similar(words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Near-identical descriptions: the same words, allowing small edits (Jaccard >= 0.9).
    Sets whose sizes differ by more than 10% cannot reach it, so they are not intersected."""
    if not words_a or not words_b:
        return False
    small, large = sorted((len(words_a), len(words_b)))
    if small < SIMILAR * large:
        return False
    return len(words_a & words_b) / len(words_a | words_b) >= SIMILAR


def chunks(items: list, size: int = SQL_CHUNK):
    """``items`` in slices small enough for one SQL ``IN`` list."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True, slots=True)
class Listing:
    """What matching needs to know of a new listing."""

    agency_id: int
    title: str
    apply_url: str
    external_id: str
    description_text: str


class _Candidate:
    """An open job a listing may be a copy of. Read as a row, not a model instance: a page's
    candidates run to a thousand, and only the job a listing turns out to copy is built
    (``load``). Its description's words are read the first time a listing is compared."""

    def __init__(self, pk: int | None, apply_url: str, description: str, load) -> None:
        self.pk = pk
        self.apply_url = apply_url
        self.description_text = description
        self._load = load

    @cached_property
    def job(self) -> Job:
        return self._load()

    @cached_property
    def words(self) -> frozenset[str]:
        return words(self.description_text)


class OpeningMatcher:
    """The open jobs that one batch of new listings may be copies of, read in two queries, and
    the jobs the batch itself creates (a source may list one opening twice)."""

    def __init__(self) -> None:
        self._candidates: dict[tuple[int, str], list[_Candidate]] = {}
        self._shared_ids: dict[str, set[int]] = {}

    @classmethod
    def for_listings(cls, listings: list[Listing], *, fields: Iterable[str] = ()) -> OpeningMatcher:
        """Open jobs of the same employers with the same titles (loading ``fields`` too), and
        which of them other sources list under the listings' identifiers."""
        matcher = cls()
        if not listings:
            return matcher
        agencies = {listing.agency_id for listing in listings}
        titles = list({listing.title for listing in listings})
        # In the model's field order, as ``Job.from_db`` reads a row.
        wanted = {"id", "agency_id", "title", "apply_url", "description_text", "status", *fields}
        names = [f.attname for f in Job._meta.concrete_fields if f.attname in wanted]
        pk, agency, title, url, text, status = (
            names.index(n)
            for n in ("id", "agency_id", "title", "apply_url", "description_text", "status")
        )
        for chunk in chunks(titles):
            # Status is checked here, not in SQL: given it, SQLite (without statistics) reads
            # every open job through a status index instead of the (agency, title) one.
            rows = Job.objects.filter(agency_id__in=agencies, title__in=chunk).order_by()
            for row in rows.values_list(*names):
                if row[status] == JobStatus.OPEN:
                    load = partial(Job.from_db, rows.db, names, row)
                    candidate = _Candidate(row[pk], row[url], row[text], load)
                    matcher._add(row[agency], row[title], candidate)
        if matcher._candidates:
            # Two plain lookups rather than one join: the listings under these identifiers (by
            # the external_id index), then which of their jobs are candidates (by key). Joined,
            # SQLite without statistics read every open job of the employers instead.
            shared: dict[str, set[int]] = {}
            for chunk in chunks([listing.external_id for listing in listings]):
                links = JobSource.objects.filter(external_id__in=chunk)
                for external_id, job_id in links.values_list("external_id", "job_id"):
                    shared.setdefault(external_id, set()).add(job_id)
            job_ids = list({job_id for ids in shared.values() for job_id in ids})
            candidates: set[int] = set()
            for chunk in chunks(job_ids):
                candidates.update(
                    Job.objects.filter(
                        pk__in=chunk, status=JobStatus.OPEN, agency_id__in=agencies
                    ).values_list("pk", flat=True)
                )
            for external_id, ids in shared.items():
                if ids & candidates:
                    matcher._shared_ids[external_id] = ids & candidates
        return matcher

    def add(self, job: Job) -> None:
        """Make a job (new in this batch) a candidate for the listings that follow."""
        candidate = _Candidate(job.pk, job.apply_url, job.description_text, lambda: job)
        self._add(job.agency_id, job.title, candidate)

    def _add(self, agency_id: int, title: str, candidate: _Candidate) -> None:
        self._candidates.setdefault((agency_id, title_key(title)), []).append(candidate)

    def same_opening(self, listing: Listing) -> Job | None:
        """The open job this listing is another copy of, or None."""
        listing_words = None
        shared = self._shared_ids.get(listing.external_id, ())
        for candidate in self._candidates.get((listing.agency_id, title_key(listing.title)), []):
            if listing.apply_url and candidate.apply_url == listing.apply_url:
                return candidate.job
            if candidate.pk in shared:
                return candidate.job
            if listing_words is None:
                listing_words = words(listing.description_text)
            if similar(candidate.words, listing_words):
                return candidate.job
        return None
