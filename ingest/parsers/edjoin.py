"""EdJoin's job search (``https://www.edjoin.org/Home/LoadJobs?rows=..&page=..&...``), the JSON
its search page loads: ``{"search": {...}, "totalPages", "totalRecords", "displayRecords",
"data": [...]}``, one page of postings. Each posting has ``postingID`` (its public page is
``https://www.edjoin.org/Home/JobPosting/<postingID>``), ``positionTitle``, ``districtName`` (the
employer), ``city``, ``countyName``, ``stateName``, ``jobType`` ("Information Tech. / Computer
Svcs."), ``FullTimePartTime``, ``postingDate`` and ``displayUntil`` as ``/Date(ms)/`` (the
minimum date ``/Date(-62135568000000)/`` means none), ``displayFlag`` ("By Date" or "Until
Filled": then the posting stays open and ``displayUntil`` is only how long it is shown).

Pay is free text chosen by ``SalaryInfoSelect``: "Pay Range" (``PayRangeFrom``, ``PayRangeTo``,
``PayRangeDropdown``: "Monthly", "Annually", "Per Hour"), "Single Rate" (``SingleRate``, which
may itself be a range, and ``SingleRateDropdown``) or "Dependent" (nothing to read there). The
figures carry labels ("Step 1: $6,586", "(Range 38) $4,544.00", "$5,811.00 (6 Steps)"): the
dollar amount is read, never the step or range number. ``salaryInfo`` is prose ("Yearly: $94,824
- $115,369"); it and the pay fields as written are kept in the description, where the
normaliser looks for a range when the fields give none.

A source keeps only one county's postings with a ``#county=Los Angeles`` fragment on its
address (several joined by commas), matched against ``countyName``; EdJoin itself filters by
county with its ``regions`` parameter (county ids, Los Angeles is 19), which a source's URL may
carry too. A fragment is never sent to the server."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import escape
from typing import Any

from ingest.parsers.common import collect, kept_names, load_json, text
from ingest.records import ParseError, ParseResult, RawListing

POSTING_URL = "https://www.edjoin.org/Home/JobPosting/{}"
MS_DATE = re.compile(r"^/Date\((-?\d+)([+-]\d{4})?\)/$")
DOLLARS = re.compile(r"\$\s*(\d[\d,]*(?:\.\d{1,2})?)")
BARE_NUMBER = re.compile(r"^\s*(\d[\d,]*(?:\.\d{1,2})?)\s*$")
UNITS = {"monthly": "month", "month": "month", "annually": "year", "annual": "year",
         "yearly": "year", "per year": "year", "per hour": "hour", "hourly": "hour",
         "hour": "hour", "daily": "day", "per day": "day", "weekly": "week",
         "per month": "month", "bi-weekly": "biweekly", "biweekly": "biweekly"}  # fmt: skip


def ms_date(value: Any) -> str:
    """``/Date(1790726400000)/`` as ISO 8601 (UTC); '' for blanks, the minimum-date sentinel
    and anything else before 1970."""
    match = MS_DATE.match(text(value))
    if not match or int(match.group(1)) <= 0:
        return ""
    return datetime.fromtimestamp(int(match.group(1)) / 1000, tz=UTC).isoformat()


def figures(value: str) -> list[str]:
    """The dollar amounts written in a pay field ('Step 1: $6,586' -> ['6586']); a field that
    is only a number ('39.41') is that number."""
    found = DOLLARS.findall(value)
    if not found:
        bare = BARE_NUMBER.match(value)
        found = [bare.group(1)] if bare else []
    return [f.replace(",", "") for f in found]


def pay(posting: dict[str, Any]) -> tuple[str, str, str]:
    """(low, high, interval) from the pay fields its ``SalaryInfoSelect`` names; empty when
    they hold no figure."""
    choice = text(posting.get("SalaryInfoSelect")).casefold()
    if choice == "pay range":
        amounts = figures(text(posting.get("PayRangeFrom"))) + figures(
            text(posting.get("PayRangeTo"))
        )
        unit = text(posting.get("PayRangeDropdown"))
    elif choice == "single rate":
        amounts = figures(text(posting.get("SingleRate")))
        unit = text(posting.get("SingleRateDropdown"))
    else:
        return "", "", ""
    if not amounts:
        return "", "", ""
    return amounts[0], amounts[-1], UNITS.get(unit.casefold(), "")


def _stated_pay(posting: dict[str, Any]) -> str:
    choice = text(posting.get("SalaryInfoSelect")).casefold()
    if choice == "pay range":
        low, high = text(posting.get("PayRangeFrom")), text(posting.get("PayRangeTo"))
        words = " - ".join(w for w in (low, high) if w)
        unit = text(posting.get("PayRangeDropdown"))
    elif choice == "single rate":
        words, unit = text(posting.get("SingleRate")), text(posting.get("SingleRateDropdown"))
    else:
        return ""
    return f"{words} {unit}".strip() if words else ""


def _description(posting: dict[str, Any]) -> str:
    lines = [
        ("Salary", _stated_pay(posting)),
        ("Salary information", text(posting.get("salaryInfo"))),
        ("Job type", text(posting.get("jobType"))),
        ("Employment type", text(posting.get("FullTimePartTime"))),
        ("Summary", text(posting.get("JobSummary"))),
    ]
    return "".join(f"<p>{label}: {escape(value)}</p>" for label, value in lines if value)


def _read(posting: dict[str, Any]) -> RawListing:
    number = text(posting["postingID"])
    low, high, interval = pay(posting)
    until_filled = text(posting.get("displayFlag")).casefold() == "until filled"
    city, state = text(posting.get("city")), text(posting.get("stateName"))
    url = POSTING_URL.format(number) if number else ""
    return RawListing(
        external_id=number,
        title=text(posting["positionTitle"]),
        description=_description(posting),
        employer=text(posting.get("districtName")),
        category=text(posting.get("jobType")),
        location=", ".join(p for p in (city, state) if p),
        city=city,
        state=state,
        employment_type=text(posting.get("FullTimePartTime")),
        pay_min=low,
        pay_max=high,
        pay_interval=interval,
        pay_currency="USD" if low else "",
        posted_at=ms_date(posting.get("postingDate")),
        closes_at="Continuous" if until_filled else ms_date(posting.get("displayUntil")),
        apply_url=url,
        url=url,
    )


def county_filter(location: str) -> set[str]:
    """The county names a source keeps (``#county=A,B`` on its address), case-folded."""
    return kept_names(location, "county")


def is_edjoin(document: Any) -> bool:
    """Whether decoded JSON looks like an EdJoin search page."""
    return (
        isinstance(document, dict)
        and isinstance(document.get("data"), list)
        and "totalPages" in document
    )


def parse(data: bytes, *, location: str = "") -> ParseResult:
    """Parse one page of an EdJoin search, keeping only the counties the fragment names."""
    document = load_json(data, "EdJoin search page")
    if not is_edjoin(document):
        raise ParseError("This JSON is not an EdJoin search page (no data list and totalPages).")
    postings = document["data"]
    wanted = county_filter(location)
    if wanted:
        postings = [
            p
            for p in postings
            if not isinstance(p, dict) or text(p.get("countyName")).casefold() in wanted
        ]
    return collect(postings, _read, "EdJoin")
