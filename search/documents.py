"""One serialisation of a job for search: the index document (engine backend), and the Hit
both backends return, built from that same document so their answers cannot drift apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from django.utils import timezone, translation

from jobboard.announcements import ordered
from jobboard.models import (
    Agency,
    EmploymentType,
    GovernmentLevel,
    HiringPath,
    Job,
    JobSource,
    RoleFamily,
    SeniorityLevel,
    WorkArrangement,
)
from jobboard.models.jobs import hiring_path_codes
from search.links import job_path_pattern
from search.query import Announcement, Hit

# The job columns a search document is made of, read as plain values.
DOCUMENT_COLUMNS = (
    "pk",
    "title",
    "raw_title",
    "description_text",
    "search_keywords",
    "slug",
    "apply_url",
    "agency_id",
    "role_family_id",
    "seniority_id",
    "employment_type",
    "work_arrangement",
    "location",
    "city",
    "salary_min",
    "salary_max",
    "posted_at",
    "closes_at",
    "open_until_filled",
    "status",
    "first_seen_at",
    "closed_at",
    "hiring_paths",
)


def _slug_names(model) -> QuerySet:
    return model.objects.values_list("pk", "slug", "name")


def job_documents(jobs: QuerySet[Job]) -> Iterator[dict[str, Any]]:
    """The search documents of these jobs, in the queryset's order: their columns read as
    plain values, and the agency, role family and seniority looked up in three small tables
    read once. (Building a model instance for each job and its three relations was 44% of the
    time of a rebuild, and the wide rows' unused columns another part.)"""
    agencies = {
        pk: (slug, name, level or None)
        for pk, slug, name, level in Agency.objects.values_list("pk", "slug", "name", "level")
    }
    families = {pk: (slug, name) for pk, slug, name in _slug_names(RoleFamily)}
    levels = {pk: (slug, name) for pk, slug, name in _slug_names(SeniorityLevel)}
    none = (None, None)
    job_url = job_path_pattern()  # the site's language, as the index and the API give it
    doors = _announcements(jobs)
    for row in jobs.values(*DOCUMENT_COLUMNS).iterator(chunk_size=2000):
        agency, agency_name, government_level = agencies[row["agency_id"]]
        family, family_name = families.get(row["role_family_id"], none)
        seniority, seniority_name = levels.get(row["seniority_id"], none)
        low, high = row["salary_min"], row["salary_max"]
        yield {
            "id": row["pk"],
            "title": row["title"],
            "title_raw": row["raw_title"],
            "description_text": row["description_text"],
            "search_keywords": row["search_keywords"],
            "url": job_url.format(pk=row["pk"], slug=row["slug"]),
            "apply_url": row["apply_url"],
            "agency": agency,
            "agency_name": agency_name,
            "role_family": family,
            "role_family_name": family_name,
            "seniority": seniority,
            "seniority_name": seniority_name,
            "government_level": government_level,
            "employment_type": row["employment_type"],
            "remote": row["work_arrangement"],
            "location": row["location"],
            "city": row["city"],
            "salary_min": low,
            "salary_max": high,
            "salary_top": high or low,
            "salary_low": low or high,
            "salary_mid": pay_midpoint(low, high),
            "posted_at": _iso(row["posted_at"]),
            "closes_at": _iso(row["closes_at"]),
            "open_until_filled": row["open_until_filled"],
            "status": row["status"],
            "first_seen_at": _iso(row["first_seen_at"]),
            "closed_at": _iso(row["closed_at"]),
            "hiring_path": list(hiring_path_codes(row["hiring_paths"])),
            "announcements": doors.get(row["pk"], []),
        }


def _announcements(jobs: QuerySet[Job]) -> dict[int, list[dict[str, Any]]]:
    """The announcements (listings with an announcement number) of these jobs, by job, in the
    order a job shows them (``jobboard.announcements.ordered``), as stored in documents:
    ``listed`` says whether the source still lists it; its status is decided when read."""
    listings = JobSource.objects.filter(job__in=jobs.order_by().values("pk")).exclude(
        announcement=""
    )
    by_job: dict[int, list[JobSource]] = {}
    for listing in listings:
        by_job.setdefault(listing.job_id, []).append(listing)
    now = timezone.now()
    return {
        job_id: [
            {
                "number": door.announcement,
                "hiring_paths": list(hiring_path_codes(door.hiring_paths)),
                "who_may_apply": door.who_may_apply,
                "opens_at": _iso(door.opens_at),
                "closes_at": _iso(door.closes_at),
                "apply_url": door.apply_url,
                "listed": door.present,
            }
            for door in ordered(doors, now)
        ]
        for job_id, doors in by_job.items()
    }


def pay_midpoint(low: int | None, high: int | None) -> int | None:
    """The middle of a job's advertised annual pay (either end alone when only one is given):
    the one figure per job that pay statistics (medians) are taken over, on both backends."""
    if low and high:
        return (low + high) // 2
    return low or high or None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def hit_from_document(doc: dict[str, Any], highlight: dict[str, list[str]] | None = None) -> Hit:
    """The API's view of a search document."""
    return Hit(
        id=doc["id"],
        title=doc["title"],
        url=doc["url"],
        apply_url=doc["apply_url"],
        agency={"slug": doc["agency"], "name": doc["agency_name"]},
        role_family=(
            {"slug": doc["role_family"], "name": doc["role_family_name"]}
            if doc.get("role_family")
            else None
        ),
        seniority=(
            {"slug": doc["seniority"], "name": doc["seniority_name"]}
            if doc.get("seniority")
            else None
        ),
        government_level=doc.get("government_level") or "",
        employment_type=doc["employment_type"],
        remote=doc["remote"],
        location=doc["location"],
        salary_min=doc["salary_min"],
        salary_max=doc["salary_max"],
        posted_at=_datetime(doc["posted_at"]),
        closes_at=_datetime(doc["closes_at"]),
        status=doc["status"],
        highlight=highlight or {},
        hiring_paths=doc.get("hiring_path", []),
        announcements=[_announcement(door) for door in doc.get("announcements", [])],
        open_until_filled=doc.get("open_until_filled", False),
    )


def _announcement(door: dict[str, Any]) -> Announcement:
    """An announcement of a document as results show it: open while its source lists it and
    its closing date has not passed."""
    closes_at = _datetime(door["closes_at"])
    is_open = door["listed"] and (closes_at is None or closes_at >= timezone.now())
    return Announcement(
        number=door["number"],
        hiring_paths=door["hiring_paths"],
        who_may_apply=door["who_may_apply"],
        opens_at=_datetime(door["opens_at"]),
        closes_at=closes_at,
        apply_url=door["apply_url"],
        status="open" if is_open else "closed",
    )


FIXED_LABELS = {
    "government_level": dict(GovernmentLevel.choices),
    "employment_type": dict(EmploymentType.choices),
    "remote": dict(WorkArrangement.choices),
    "hiring_path": dict(HiringPath.choices),
}


# The data-backed facets, whose names are read from these models (and their translations).
NAMED_FACETS = {"agency": Agency, "role_family": RoleFamily, "seniority": SeniorityLevel}


def _language() -> str:
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _names_key(facet: str, language: str) -> str:
    return f"search:facet-names:{facet}:{language}"


def _names(facet: str) -> dict[str, str]:
    """slug -> name for a data-backed facet in the active language (a term without a name in
    it keeps its default name), kept in the default cache for SEARCH_LABEL_CACHE_SECONDS
    (names change rarely; a search should not cost three extra queries)."""
    language = _language()
    key = _names_key(facet, language)
    names = cache.get(key)
    if names is None:
        model = NAMED_FACETS[facet]
        names = dict(model.objects.values_list("slug", "name"))
        if facet != "agency" and language != settings.LANGUAGE_CODE.split("-")[0]:
            translated = model.objects.filter(translations__language=language)
            names.update(translated.values_list("slug", "translations__name"))
        cache.set(key, names, settings.SEARCH_LABEL_CACHE_SECONDS)
    return names


def clear_label_cache() -> None:
    """Forget the cached names of every data-backed facet in every language (a name changed,
    or a value appeared that the cached names do not have)."""
    languages = {code.split("-")[0] for code, _ in settings.LANGUAGES} | {_language()}
    cache.delete_many(
        [_names_key(facet, language) for facet in NAMED_FACETS for language in languages]
    )


def facet_sizes() -> dict[str, int]:
    """How many values each facet can have, with room for a few added since the names were
    cached: the engine's terms aggregations are sized to it, so no value is ever cut off."""
    return {
        facet: len(FIXED_LABELS[facet]) if facet in FIXED_LABELS else len(_names(facet)) + 20
        for facet in ("agency", "role_family", "seniority", *FIXED_LABELS)
    }


def facet_labels(facet: str, values: list[str]) -> dict[str, str]:
    """Human labels for facet values (agency names, taxonomy names, choice labels)."""
    if facet in FIXED_LABELS:  # in the active language
        return {v: str(FIXED_LABELS[facet].get(v, v)) for v in values}
    names = _names(facet)
    if any(v not in names for v in values):  # a new agency since the cache was filled
        clear_label_cache()
        names = _names(facet)
    return {v: names.get(v, v) for v in values}
