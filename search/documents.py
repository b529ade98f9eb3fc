"""One serialisation of a job for search: the index document (engine backend), and the Hit
both backends return, built from that same document so their answers cannot drift apart."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import QuerySet

from jobboard.models import (
    Agency,
    EmploymentType,
    GovernmentLevel,
    Job,
    RoleFamily,
    SeniorityLevel,
    WorkArrangement,
)
from search.query import Hit


def jobs_for_search() -> QuerySet[Job]:
    """Jobs with everything a search document needs, in one query."""
    return Job.objects.select_related("agency", "role_family", "seniority")


def job_document(job: Job) -> dict[str, Any]:
    """The search document of a job."""
    return {
        "id": job.pk,
        "title": job.title,
        "title_raw": job.raw_title,
        "description_text": job.description_text,
        "search_keywords": job.search_keywords,
        "url": job.get_absolute_url(),
        "apply_url": job.apply_url,
        "agency": job.agency.slug,
        "agency_name": job.agency.name,
        "role_family": job.role_family.slug if job.role_family_id else None,
        "role_family_name": job.role_family.name if job.role_family_id else None,
        "seniority": job.seniority.slug if job.seniority_id else None,
        "seniority_name": job.seniority.name if job.seniority_id else None,
        "government_level": job.agency.level or None,
        "employment_type": job.employment_type,
        "remote": job.work_arrangement,
        "location": job.location,
        "city": job.city,
        "salary_min": job.salary_min,
        "salary_max": job.salary_max,
        "salary_top": job.salary_max or job.salary_min,
        "salary_low": job.salary_min or job.salary_max,
        "salary_mid": pay_midpoint(job.salary_min, job.salary_max),
        "posted_at": _iso(job.posted_at),
        "closes_at": _iso(job.closes_at),
        "open_until_filled": job.open_until_filled,
        "status": job.status,
        "first_seen_at": _iso(job.first_seen_at),
        "closed_at": _iso(job.closed_at),
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
        open_until_filled=doc.get("open_until_filled", False),
    )


FIXED_LABELS = {
    "government_level": dict(GovernmentLevel.choices),
    "employment_type": dict(EmploymentType.choices),
    "remote": dict(WorkArrangement.choices),
}


_label_cache: dict[str, tuple[float, dict[str, str]]] = {}


def _names(facet: str) -> dict[str, str]:
    """slug -> name for a data-backed facet, cached briefly per process (names change rarely;
    a search should not cost three extra queries)."""
    ttl = getattr(settings, "SEARCH_LABEL_CACHE_SECONDS", 60)
    cached = _label_cache.get(facet)
    if cached and time.monotonic() - cached[0] < ttl:
        return cached[1]
    model = {"agency": Agency, "role_family": RoleFamily, "seniority": SeniorityLevel}[facet]
    names = dict(model.objects.values_list("slug", "name"))
    _label_cache[facet] = (time.monotonic(), names)
    return names


def clear_label_cache() -> None:
    _label_cache.clear()


def facet_sizes() -> dict[str, int]:
    """How many values each facet can have, with room for a few added since the names were
    cached: the engine's terms aggregations are sized to it, so no value is ever cut off."""
    return {
        facet: len(FIXED_LABELS[facet]) if facet in FIXED_LABELS else len(_names(facet)) + 20
        for facet in ("agency", "role_family", "seniority", *FIXED_LABELS)
    }


def facet_labels(facet: str, values: list[str]) -> dict[str, str]:
    """Human labels for facet values (agency names, taxonomy names, choice labels)."""
    if facet in FIXED_LABELS:
        return {v: FIXED_LABELS[facet].get(v, v) for v in values}
    names = _names(facet)
    if any(v not in names for v in values):  # a new agency since the cache was filled
        clear_label_cache()
        names = _names(facet)
    return {v: names.get(v, v) for v in values}
