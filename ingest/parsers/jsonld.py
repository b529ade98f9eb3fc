"""schema.org JobPosting inside HTML pages, as JSON-LD (beautifulsoup4) or as microdata
(extruct).

A page may hold several ``<script type="application/ld+json">`` blocks, each an object, a list
or a ``@graph``; organisations and places may be given once and referenced by ``@id``. Other
pages, SAP SuccessFactors career sites among them, write the posting as microdata instead
(``itemscope itemtype="http://schema.org/JobPosting"`` with ``itemprop`` elements and ``<meta
itemprop="datePosted" content="...">``): extruct reads it into the same shape as JSON-LD, and
the posting's description is taken as the HTML inside its ``itemprop="description"`` element
(extruct keeps only its text). ``read_page`` is the one reader of both, shared with the
``successfactors`` parser."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import extruct
from bs4 import BeautifulSoup, Tag

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


def _microdata_scopes(soup: BeautifulSoup) -> list[Tag]:
    """The page's top-level microdata JobPosting elements, in document order (as extruct
    lists its items)."""
    return [
        element
        for element in soup.find_all(attrs={"itemscope": True, "itemtype": True})
        if "JobPosting" in " ".join(element.get_attribute_list("itemtype"))
        and not element.has_attr("itemprop")
    ]


def _description_html(scope: Tag) -> str:
    """The HTML inside a posting's own ``itemprop="description"`` element ('' when it has none,
    or only a ``<meta>``, whose text extruct already read)."""
    for element in scope.find_all(attrs={"itemprop": True}):
        owner = element.find_parent(attrs={"itemscope": True})
        if "description" in element.get_attribute_list("itemprop") and owner is scope:
            return "" if element.name == "meta" else element.decode_contents().strip()
    return ""


def _microdata(data: bytes, soup: BeautifulSoup, page_url: str) -> list[dict[str, Any]]:
    """The page's microdata items, JobPostings carrying their description as HTML."""
    if not data.strip():
        return []  # lxml refuses an empty document
    items = extruct.extract(data, base_url=page_url or None, syntaxes=["microdata"], uniform=True)
    nodes = [item for item in items.get("microdata", []) if isinstance(item, dict)]
    postings = [node for node in nodes if _is_posting(node)]
    scopes = _microdata_scopes(soup)
    if len(scopes) == len(postings):
        for node, scope in zip(postings, scopes, strict=True):
            node["description"] = _description_html(scope) or node.get("description")
    return nodes


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
        locality = text(_first(address.get("addressLocality")))
        region = text(_first(address.get("addressRegion")))
        # SuccessFactors writes the whole place as streetAddress ("Singapore, SG").
        street = text(_first(address.get("streetAddress")))
        return RawListing(
            external_id=_listing_id(node, org, page_url, position),
            title=text(_first(node.get("title"))),
            description=text(_first(node.get("description"))),
            employer=text(org.get("name") if isinstance(org, dict) else org),
            location=", ".join(part for part in (locality, region) if part) or street,
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
            posted_at=text(_first(node.get("datePosted"))),
            closes_at=text(_first(node.get("validThrough"))),
            apply_url=text(_first(node.get("url"))),
            url=text(_first(node.get("url"))),
        )

    return read


def read_page(data: bytes, *, page_url: str = "") -> ParseResult:
    """Every JobPosting on an HTML page, in JSON-LD or microdata (``page_url``, where the page
    was read, identifies postings that carry no id of their own and resolves relative links);
    a page with none gives an empty result, a broken JSON-LD block an error."""
    soup = BeautifulSoup(data, "lxml")
    nodes: list[dict[str, Any]] = []
    errors: list[str] = []
    blocks = soup.find_all("script", attrs={"type": "application/ld+json"})
    for number, block in enumerate(blocks, start=1):
        try:
            nodes.extend(_nodes(json.loads(block.string or "", strict=False)))
        except ValueError as exc:
            errors.append(f"JSON-LD block {number} skipped: not valid JSON ({exc}).")
    nodes.extend(_microdata(data, soup, page_url))
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    postings = [node for node in nodes if _is_posting(node)]
    result = collect(enumerate(postings, start=1), _reader(by_id, page_url), "JobPosting")
    result.errors[:0] = errors
    return result


def parse(data: bytes, *, page_url: str = "") -> ParseResult:
    """Parse every JobPosting on an HTML page, in JSON-LD or microdata."""
    result = read_page(data, page_url=page_url)
    if not result.listings and not result.errors:
        raise ParseError("This page has no JSON-LD or microdata JobPosting.")
    return result
