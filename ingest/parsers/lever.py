"""Lever postings API (``GET /v0/postings/{company}?mode=json``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ingest.parsers.common import collect, load_json, text
from ingest.records import ParseError, ParseResult, RawListing

WORKPLACE = {"remote": "remote", "hybrid": "hybrid", "on-site": "onsite", "onsite": "onsite"}


def _read(posting: dict[str, Any]) -> RawListing:
    categories = posting.get("categories") or {}
    salary = posting.get("salaryRange") or {}
    created = posting.get("createdAt")
    posted = (
        datetime.fromtimestamp(created / 1000, tz=UTC).isoformat()
        if isinstance(created, int | float)
        else ""
    )
    description = posting.get("description") or ""
    if not description and posting.get("descriptionPlain"):
        description = posting["descriptionPlain"]
    for block in posting.get("lists") or []:
        description += f"<h3>{text(block.get('text'))}</h3><ul>{block.get('content', '')}</ul>"
    return RawListing(
        external_id=text(posting["id"]),
        title=text(posting["text"]),
        description=description,
        team=text(categories.get("department") or categories.get("team")),
        location=text(categories.get("location")),
        remote=WORKPLACE.get(text(posting.get("workplaceType")).lower(), ""),
        employment_type=text(categories.get("commitment")),
        pay_min=text(salary.get("min")),
        pay_max=text(salary.get("max")),
        pay_interval=text(salary.get("interval")),
        pay_currency=text(salary.get("currency")),
        posted_at=posted,
        apply_url=text(posting.get("applyUrl") or posting.get("hostedUrl")),
        url=text(posting.get("hostedUrl")),
    )


def is_lever_item(item: Any) -> bool:
    """Whether an array item is a Lever posting, or a group of them (``?group=team`` answers
    ``[{"title": "Engineering", "postings": [...]}]``)."""
    return isinstance(item, dict) and (
        "hostedUrl" in item or isinstance(item.get("postings"), list)
    )


def parse(data: bytes) -> ParseResult:
    """Parse a Lever company's postings list, flat or grouped."""
    document = load_json(data, "Lever postings list")
    if not isinstance(document, list):
        raise ParseError("This JSON is not a Lever postings list (expected a JSON array).")
    postings = []
    for item in document:
        if isinstance(item, dict) and isinstance(item.get("postings"), list):
            postings.extend(item["postings"])
        else:
            postings.append(item)
    return collect(postings, _read, "Lever")
