"""USAJOBS search API JSON (``SearchResult.SearchResultItems[].MatchedObjectDescriptor``)."""

from __future__ import annotations

from typing import Any

from ingest.parsers.common import collect, load_json, text
from ingest.records import ParseError, ParseResult, RawListing


def _read(item: dict[str, Any]) -> RawListing:
    job = item["MatchedObjectDescriptor"]
    details = (job.get("UserArea") or {}).get("Details") or {}
    locations = job.get("PositionLocation") or []
    first = locations[0] if locations else {}
    pay = (job.get("PositionRemuneration") or [{}])[0]
    remote = ""
    if str(details.get("RemoteIndicator")).lower() == "true":
        remote = "remote"
    elif str(details.get("TeleworkEligible")).lower() == "true":
        remote = "hybrid"
    description = "".join(
        f"<p>{part}</p>"
        for part in (details.get("JobSummary"), *(details.get("MajorDuties") or []))
        if part
    )
    schedule = (job.get("PositionSchedule") or [{}])[0].get("Name", "")
    apply = job.get("ApplyURI") or []
    return RawListing(
        external_id=text(job.get("PositionID") or item.get("MatchedObjectId")),
        title=text(job["PositionTitle"]),
        description=description,
        employer=text(details.get("SubAgencyName") or job.get("OrganizationName")),
        department=text(job.get("DepartmentName")),
        level="federal",
        location="; ".join(text(loc.get("LocationName")) for loc in locations if loc)
        or text(job.get("PositionLocationDisplay")),
        city=text(first.get("CityName")).split(",")[0],
        state=text(first.get("CountrySubDivisionCode")),
        latitude=first.get("Latitude"),
        longitude=first.get("Longitude"),
        remote=remote,
        employment_type=text(schedule),
        pay_min=text(pay.get("MinimumRange")),
        pay_max=text(pay.get("MaximumRange")),
        pay_interval=text(pay.get("RateIntervalCode")),
        pay_currency="USD",
        posted_at=text(job.get("PublicationStartDate")),
        closes_at=text(job.get("ApplicationCloseDate")),
        apply_url=text(apply[0]) if apply else text(job.get("PositionURI")),
        url=text(job.get("PositionURI")),
        series=[text(cat.get("Code")) for cat in job.get("JobCategory") or [] if cat.get("Code")],
        grade_low=text(details.get("LowGrade")),
        grade_high=text(details.get("HighGrade")),
        pay_plan=text((job.get("JobGrade") or [{}])[0].get("Code")),
        announcement=text(job.get("PositionID")),
        hiring_paths=_hiring_paths(details.get("HiringPath")),
        who_may_apply=text((details.get("WhoMayApply") or {}).get("Name")),
    )


def _hiring_paths(paths: Any) -> list[str]:
    """``HiringPath``: a list of codes ("public", "fed-transition"); some responses give each
    as an object with its ``Code``."""
    codes = [path.get("Code") if isinstance(path, dict) else path for path in paths or []]
    return [text(code).lower() for code in codes if text(code)]


def parse(data: bytes) -> ParseResult:
    """Parse one page of USAJOBS search results."""
    document = load_json(data, "USAJOBS response")
    try:
        items = document["SearchResult"]["SearchResultItems"]
    except (KeyError, TypeError):
        raise ParseError("This JSON is not a USAJOBS search response (no SearchResult).") from None
    result = collect(items, _read, "USAJOBS")
    declared = document["SearchResult"].get("SearchResultCountAll")
    count = document["SearchResult"].get("SearchResultCount")
    if isinstance(declared, int) and isinstance(count, int) and count < declared:
        result.complete = False  # one page of several: the caller pages, or closes nothing
    return result
