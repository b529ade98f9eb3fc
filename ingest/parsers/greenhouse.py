"""Greenhouse job board API (``GET /v1/boards/{board}/jobs?content=true``)."""

from __future__ import annotations

import html
import re
from typing import Any

from ingest.parsers.common import collect, load_json, text
from ingest.records import ParseError, ParseResult, RawListing

# After one unescape, HTML that was escaped twice still shows its tags as entities.
STILL_ESCAPED = re.compile(r"&(?:lt;/?[a-zA-Z]|amp;(?:#?\w+);)")


def _unescaped(content: str) -> str:
    """Greenhouse's entity-escaped HTML as HTML. Some boards escape it twice
    (``&amp;lt;p&amp;gt;``, ``&amp;amp;nbsp;``): unescape once more when tags or entities
    are still escaped after the first pass, at most twice in all."""
    content = html.unescape(content)
    if STILL_ESCAPED.search(content):
        content = html.unescape(content)
    return content


def _read(job: dict[str, Any]) -> RawListing:
    location = text((job.get("location") or {}).get("name"))
    departments = [text(d.get("name")) for d in job.get("departments") or []]
    metadata = {text(m.get("name")).lower(): m.get("value") for m in job.get("metadata") or []}
    return RawListing(
        external_id=text(job["id"]),
        title=text(job["title"]),
        description=_unescaped(job.get("content") or ""),
        employer=text(metadata.get("employer")),
        team=", ".join(d for d in departments if d),
        location=location,
        remote="remote" if "remote" in location.lower() else "",
        employment_type=text(metadata.get("employment type")),
        posted_at=text(job.get("first_published") or job.get("updated_at")),
        apply_url=text(job.get("absolute_url")),
        url=text(job.get("absolute_url")),
    )


def parse(data: bytes) -> ParseResult:
    """Parse a Greenhouse board's job list."""
    document = load_json(data, "Greenhouse board")
    if not isinstance(document, dict) or not isinstance(document.get("jobs"), list):
        raise ParseError("This JSON is not a Greenhouse board (no 'jobs' list).")
    return collect(document["jobs"], _read, "Greenhouse")
