"""Same-opening matching: whether a new listing is another copy of an open job (the same
employer and title, and the same apply URL, the same identifier in another source, or a
near-identical description), so one opening carried by several sources is one job."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from jobboard.models import Job, JobSource, JobStatus

SQL_CHUNK = 400  # stay under SQLite's limit on query parameters
SIMILAR = 0.9  # Jaccard similarity of description words that makes two copies one opening


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


@dataclass(frozen=True)
class Listing:
    """What matching needs to know of a new listing."""

    agency_id: int
    title: str
    apply_url: str
    external_id: str
    description_text: str


class _Candidate:
    """An open job a listing may be a copy of; its description's words are read the first
    time a listing is compared with it (most candidates are never compared)."""

    def __init__(self, job: Job) -> None:
        self.job = job

    @cached_property
    def words(self) -> frozenset[str]:
        return words(self.job.description_text)


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
        for chunk in chunks(titles):
            jobs = Job.objects.filter(
                status=JobStatus.OPEN, agency_id__in=agencies, title__in=chunk
            ).only("pk", "agency_id", "title", "apply_url", "description_text", *fields)
            for job in jobs.order_by():
                matcher.add(job)
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
        """Make a job a candidate for the listings that follow."""
        key = (job.agency_id, title_key(job.title))
        self._candidates.setdefault(key, []).append(_Candidate(job))

    def same_opening(self, listing: Listing) -> Job | None:
        """The open job this listing is another copy of, or None."""
        listing_words = None
        for candidate in self._candidates.get((listing.agency_id, title_key(listing.title)), []):
            job = candidate.job
            if listing.apply_url and job.apply_url == listing.apply_url:
                return job
            if job.pk in self._shared_ids.get(listing.external_id, ()):
                return job
            if listing_words is None:
                listing_words = words(listing.description_text)
            if similar(candidate.words, listing_words):
                return job
        return None
