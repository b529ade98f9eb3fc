"""Ashby's public job board API
(``GET https://api.ashbyhq.com/posting-api/job-board/<board>?includeCompensation=true``).

``{"apiVersion": "1", "jobs": [...]}``; each job has ``id``, ``title``, ``department``, ``team``,
``employmentType`` (``FullTime``, ``PartTime``, ``Intern``, ``Contract``, ``Temporary``),
``location``, ``secondaryLocations`` (objects with ``location``, or plain names), ``isRemote``,
``workplaceType`` (``OnSite``, ``Hybrid``, ``Remote``), ``isListed``, ``publishedAt``,
``jobUrl``, ``applyUrl``, ``descriptionHtml``/``descriptionPlain`` and ``compensation``:
``compensationTierSummary`` (the words a board shows, "$100K to $120K, Offers Equity") and
``summaryComponents`` (``compensationType``, ``interval`` such as ``1 YEAR``, ``currencyCode``,
``minValue``, ``maxValue``). The salary component is the pay; equity and bonus are not. A job
the board does not list (``isListed: false``) is not a listing."""

from __future__ import annotations

from html import escape
from typing import Any

from ingest.parsers.common import collect, load_json, text
from ingest.records import ParseError, ParseResult, RawListing

WORKPLACE = {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite", "on-site": "onsite"}
EMPLOYMENT = {"FullTime": "Full Time", "PartTime": "Part Time", "Intern": "Internship",
              "Contract": "Contract", "Temporary": "Temporary"}  # fmt: skip
# Ashby's intervals; "1 TIME" (a one-off stipend) and "NONE" have no yearly equivalent.
INTERVALS = {"1 YEAR": "year", "1 MONTH": "month", "2 WEEK": "biweekly", "1 WEEK": "week",
             "1 DAY": "day", "1 HOUR": "hour"}  # fmt: skip


def _salary(compensation: dict[str, Any]) -> dict[str, Any]:
    """The salary component of a job's compensation summary, or {} when none has an amount."""
    for component in compensation.get("summaryComponents") or []:
        if not isinstance(component, dict):
            continue
        if text(component.get("compensationType")).lower() != "salary":
            continue
        if component.get("minValue") is None and component.get("maxValue") is None:
            continue
        return component
    return {}


def _places(job: dict[str, Any]) -> list[str]:
    places = [text(job.get("location"))]
    for extra in job.get("secondaryLocations") or []:
        places.append(text(extra.get("location") if isinstance(extra, dict) else extra))
    return [p for p in dict.fromkeys(places) if p]


def _remote(job: dict[str, Any]) -> str:
    workplace = WORKPLACE.get(text(job.get("workplaceType")).lower().replace(" ", ""), "")
    if workplace:
        return workplace
    return "remote" if job.get("isRemote") is True else ""


def _read(job: dict[str, Any]) -> RawListing:
    compensation = job.get("compensation") or {}
    salary = _salary(compensation)
    interval = INTERVALS.get(text(salary.get("interval")).upper(), "")
    if salary and not interval:
        salary = {}  # a one-off amount is not a yearly range
    summary = text(compensation.get("compensationTierSummary"))
    description = job.get("descriptionHtml") or ""
    if summary and salary:
        # The board's own words for the pay stay with the posting. Only beside a salary read
        # from its components: a one-off "$40K - $80K once" in the text would be taken for a
        # yearly range by the search for pay in descriptions.
        description += f"<p>Compensation: {escape(summary)}</p>" if description else ""
    if not description:
        description = text(job.get("descriptionPlain"))
        if summary and salary:
            description += f"\n\nCompensation: {summary}"
    address = (job.get("address") or {}).get("postalAddress") or {}
    url = text(job.get("jobUrl"))
    return RawListing(
        external_id=text(job["id"]),
        title=text(job["title"]),
        description=description,
        team=" / ".join(dict.fromkeys(t for t in (text(job.get("department")),
                                                  text(job.get("team"))) if t)),
        location="; ".join(_places(job)),
        city=text(address.get("addressLocality")),
        state=text(address.get("addressRegion")),
        remote=_remote(job),
        employment_type=EMPLOYMENT.get(text(job.get("employmentType")),
                                       text(job.get("employmentType"))),
        pay_min=text(salary.get("minValue")),
        pay_max=text(salary.get("maxValue")),
        pay_interval=interval,
        pay_currency=text(salary.get("currencyCode")) if salary else "",
        posted_at=text(job.get("publishedAt")),
        apply_url=text(job.get("applyUrl")) or url,
        url=url,
    )  # fmt: skip


def is_ashby(document: Any) -> bool:
    """Whether a decoded JSON document is an Ashby job board (``apiVersion`` beside ``jobs``)."""
    return (
        isinstance(document, dict)
        and isinstance(document.get("jobs"), list)
        and "apiVersion" in document
    )


def parse(data: bytes) -> ParseResult:
    """Parse an Ashby job board; unlisted jobs are left out, a broken job is skipped."""
    document = load_json(data, "Ashby job board")
    if not isinstance(document, dict) or not isinstance(document.get("jobs"), list):
        raise ParseError("This JSON is not an Ashby job board (no 'jobs' list).")
    jobs = [
        job
        for job in document["jobs"]
        if not (isinstance(job, dict) and job.get("isListed") is False)
    ]
    return collect(jobs, _read, "Ashby")
