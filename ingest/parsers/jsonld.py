"""schema.org JobPosting as JSON-LD inside HTML pages (beautifulsoup4).

A page may hold several ``<script type="application/ld+json">`` blocks, each an object, a list
or a ``@graph``; organisations and places may be given once and referenced by ``@id``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup

from ingest.parsers.common import collect, text
from ingest.records import ParseError, ParseResult, RawListing


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD value, descending into lists and ``@graph``."""
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _nodes(value["@graph"])


def _is_posting(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return "JobPosting" in kinds


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """Follow an ``{"@id": ...}`` reference to the node it names."""
    if isinstance(value, dict) and set(value) == {"@id"}:
        return by_id.get(value["@id"], value)
    return value


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _identifier(value: Any) -> str:
    """``identifier`` as text: a plain value, a PropertyValue's ``value`` (a PropertyValue with
    a name and no value identifies nothing), or the first of a list."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("value")
    return text(value) if isinstance(value, str | int | float) else ""


def _listing_id(node: dict[str, Any], org: Any, page_url: str, position: int) -> str:
    """A stable id for a posting: its ``identifier``, else its ``@id`` or ``url``, else the
    page's URL and its position on the page, else a hash of title, employer and date posted
    (many real pages, large job sites among them, give no identifier at all)."""
    found = _identifier(node.get("identifier")) or text(node.get("@id")) or text(node.get("url"))
    if found:
        return found
    if page_url:
        return f"{page_url}#jobposting-{position}"
    employer = org.get("name") if isinstance(org, dict) else org
    fingerprint = "\x1f".join(
        text(v) for v in (node.get("title"), employer, node.get("datePosted"))
    )
    return "sha256:" + hashlib.sha256(fingerprint.encode()).hexdigest()[:32]


def _reader(by_id: dict[str, dict[str, Any]], page_url: str):
    def read(numbered: tuple[int, dict[str, Any]]) -> RawListing:
        position, node = numbered
        org = _resolve(_first(node.get("hiringOrganization")), by_id) or {}
        place = _resolve(_first(node.get("jobLocation")), by_id) or {}
        address = _resolve(place.get("address"), by_id) if isinstance(place, dict) else {}
        address = address if isinstance(address, dict) else {}
        geo = place.get("geo") if isinstance(place, dict) else None
        salary = _resolve(node.get("baseSalary"), by_id) or {}
        amount = salary.get("value") if isinstance(salary, dict) else None
        if not isinstance(amount, dict):
            amount = {"value": amount}
        remote = "remote" if text(node.get("jobLocationType")).upper() == "TELECOMMUTE" else ""
        locality = text(address.get("addressLocality"))
        region = text(address.get("addressRegion"))
        return RawListing(
            external_id=_listing_id(node, org, page_url, position),
            title=text(node.get("title")),
            description=text(node.get("description")),
            employer=text(org.get("name") if isinstance(org, dict) else org),
            location=", ".join(part for part in (locality, region) if part),
            city=locality,
            state=region,
            latitude=(geo or {}).get("latitude") if isinstance(geo, dict) else None,
            longitude=(geo or {}).get("longitude") if isinstance(geo, dict) else None,
            remote=remote,
            employment_type=text(_first(node.get("employmentType"))),
            pay_min=text(amount.get("minValue") or amount.get("value")),
            pay_max=text(amount.get("maxValue") or amount.get("value")),
            pay_interval=text(amount.get("unitText")),
            pay_currency=text(salary.get("currency")) if isinstance(salary, dict) else "",
            posted_at=text(node.get("datePosted")),
            closes_at=text(node.get("validThrough")),
            apply_url=text(node.get("url")),
            url=text(node.get("url")),
        )

    return read


def parse(data: bytes, *, page_url: str = "") -> ParseResult:
    """Parse every JobPosting on an HTML page (``page_url``, where it was read, identifies
    postings that carry no id of their own)."""
    soup = BeautifulSoup(data, "lxml")
    blocks = soup.find_all("script", attrs={"type": "application/ld+json"})
    if not blocks:
        raise ParseError('This page has no JSON-LD (no <script type="application/ld+json">).')
    nodes: list[dict[str, Any]] = []
    errors: list[str] = []
    for number, block in enumerate(blocks, start=1):
        try:
            nodes.extend(_nodes(json.loads(block.string or "", strict=False)))
        except ValueError as exc:
            errors.append(f"JSON-LD block {number} skipped: not valid JSON ({exc}).")
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    postings = [node for node in nodes if _is_posting(node)]
    if not postings and not errors:
        raise ParseError("This page's JSON-LD has no JobPosting.")
    result = collect(enumerate(postings, start=1), _reader(by_id, page_url), "JobPosting")
    result.errors[:0] = errors
    return result
