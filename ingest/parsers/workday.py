"""Workday career sites, read through the JSON their own pages use (CXS). A source's address
is a site's search, ``https://<host>/wday/cxs/<tenant>/<site>/jobs``, asked by POST with
``{"appliedFacets": {}, "limit": 20, "offset": N, "searchText": ""}``; a page answers
``{"total", "jobPostings": [...]}``, each posting ``title``, ``externalPath``,
``locationsText`` ("Waterloo, Ontario, Canada", or "2 Locations" when there are several),
``postedOn`` (relative: "Posted Today", "Posted Yesterday", "Posted 3 Days Ago", "Posted 30+
Days Ago") and ``bulletFields`` (the requisition id first). Each posting's detail, a GET of
``https://<host>/wday/cxs/<tenant>/<site><externalPath>``, is ``{"jobPostingInfo": {...},
"hiringOrganization": {"name"}}``: ``title``, ``jobDescription`` (HTML), ``location`` and
``additionalLocations``, ``timeType``, ``startDate`` (the date posted), ``endDate`` where the
site sets one, ``jobReqId``, ``remoteType`` and ``externalUrl``, the public page
``https://<host>/<site><externalPath>``. Workday has no pay field; a range stated in the
description is found by the normaliser's reading of pay in text.

The reader (``ingest.pipeline._workday_pages``) fetches a search page and each of its postings'
details and hands the parser the page with each posting's detail merged into it (and the
details it could not fetch named in ``unread``, reported as skipped); so a document this parser
reads is a search page whose postings may carry their detail, or one detail on its own.

A posting's id is its requisition id (``jobReqId``, else the first of ``bulletFields``, else the
``externalPath``). Without a detail, the posting date is read from ``postedOn`` against the
time of reading, on the Los Angeles calendar; "30+ Days Ago" is read as 30 days ago, the
latest date it can mean, and "N Locations" as no place."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from ingest.dates import LOS_ANGELES
from ingest.parsers.common import collect, load_json, text
from ingest.records import ParseError, ParseResult, RawListing

POSTED = re.compile(r"^posted\s+(?:(today)|(yesterday)|(\d+)\+?\s+days?\s+ago)$", re.IGNORECASE)
SEVERAL_PLACES = re.compile(r"^\d+\s+locations?$", re.IGNORECASE)
SEARCH_PATH = re.compile(r"^/wday/cxs/[^/]+/([^/]+)/jobs/?$")
REMOTE = (("hybrid", "hybrid"), ("remote", "remote"), ("on-site", "onsite"),
          ("onsite", "onsite"), ("on site", "onsite"))  # fmt: skip


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def posted_date(label: str, now: datetime) -> str:
    """The ISO date a relative "Posted ..." label means, read at ``now`` on the Los Angeles
    calendar ('' when the label is not one Workday writes)."""
    match = POSTED.match(text(label))
    if not match:
        return ""
    today, yesterday, days = match.groups()
    ago = 0 if today else 1 if yesterday else int(days)
    return (now.astimezone(LOS_ANGELES).date() - timedelta(days=ago)).isoformat()


def public_url(location: str, external_path: str) -> str:
    """A posting's public page from the search address it was read from ('' when the address
    is not a Workday search, as for a file)."""
    parts = urlsplit(location) if location else None
    match = SEARCH_PATH.match(parts.path) if parts and parts.netloc else None
    if not match or not external_path:
        return ""
    return f"{parts.scheme}://{parts.netloc}/{match.group(1)}{external_path}"


def _places(posting: dict[str, Any], info: dict[str, Any]) -> str:
    if info.get("location"):
        extra = info.get("additionalLocations")
        places = [text(info["location"]), *(map(text, extra) if isinstance(extra, list) else ())]
        return "; ".join(dict.fromkeys(p for p in places if p))
    listed = text(posting.get("locationsText"))
    return "" if SEVERAL_PLACES.match(listed) else listed


def _remote(info: dict[str, Any]) -> str:
    folded = text(info.get("remoteType")).casefold()
    return next((value for word, value in REMOTE if word in folded), "")


def _reader(location: str, now: datetime):
    def read(posting: dict[str, Any]) -> RawListing:
        info = _object(posting.get("jobPostingInfo"))
        bullets = posting.get("bulletFields")
        first_bullet = text(bullets[0]) if isinstance(bullets, list) and bullets else ""
        path = text(posting.get("externalPath"))
        url = text(info.get("externalUrl")) or public_url(location, path)
        label = text(info.get("postedOn") or posting.get("postedOn"))
        return RawListing(
            external_id=text(info.get("jobReqId")) or first_bullet or path,
            title=text(info.get("title") or posting.get("title")),
            description=text(info.get("jobDescription")),
            employer=text(_object(posting.get("hiringOrganization")).get("name")),
            location=_places(posting, info),
            remote=_remote(info),
            employment_type=text(info.get("timeType") or posting.get("timeType")),
            posted_at=text(info.get("startDate")) or posted_date(label, now),
            closes_at=text(info.get("endDate")),
            apply_url=url,
            url=url,
        )

    return read


def is_list(document: Any) -> bool:
    """Whether decoded JSON looks like a Workday search page."""
    return isinstance(document, dict) and isinstance(document.get("jobPostings"), list)


def is_detail(document: Any) -> bool:
    """Whether decoded JSON looks like one Workday posting's detail."""
    return isinstance(document, dict) and isinstance(document.get("jobPostingInfo"), dict)


def parse(data: bytes, *, location: str = "", now: datetime | None = None) -> ParseResult:
    """Parse a search page (its postings with or without their detail) or one detail;
    ``location`` is the search address (for public links), ``now`` the time of reading."""
    document = load_json(data, "Workday job search")
    read = _reader(location, now or datetime.now(LOS_ANGELES))
    if is_list(document):
        result = collect(document["jobPostings"], read, "Workday")
        unread = document.get("unread")
        if isinstance(unread, list):
            result.errors.extend(text(u) for u in unread if u)
        return result
    if is_detail(document):
        return collect([document], read, "Workday")
    raise ParseError(
        "This JSON is not a Workday job search page or posting "
        "(no jobPostings list, nor a jobPostingInfo)."
    )
