"""One parser per source format: ``parse(data: bytes) -> ParseResult``. Pure functions."""

from __future__ import annotations

import json
from collections.abc import Callable

from ingest.parsers import (
    ashby,
    calcareers,
    edjoin,
    greenhouse,
    jsonld,
    lever,
    pageup,
    rss,
    smartrecruiters,
    successfactors,
    usajobs,
    workday,
)
from ingest.records import ParseError, ParseResult

PARSERS: dict[str, Callable[[bytes], ParseResult]] = {
    "usajobs": usajobs.parse,
    "rss": rss.parse,
    "jsonld": jsonld.parse,
    "greenhouse": greenhouse.parse,
    "lever": lever.parse,
    "pageup": pageup.parse,
    "ashby": ashby.parse,
    "edjoin": edjoin.parse,
    "smartrecruiters": smartrecruiters.parse,
    "workday": workday.parse,
    "calcareers": calcareers.parse,
    "successfactors": successfactors.parse,
}


def detect_format(data: bytes) -> str:
    """Guess the format from the document itself."""
    head = data.lstrip()[:2048].lower()
    if head.startswith(b"<"):
        if pageup.is_pageup(head):
            return "pageup"
        if successfactors.is_job_page(head):
            return "successfactors"
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "rss"
        if calcareers.is_calcareers(data):
            return "calcareers"
        return "jsonld"
    try:
        document = json.loads(data)
    except ValueError as exc:
        raise ParseError(f"Cannot tell the format: not XML, HTML or JSON ({exc}).") from exc
    if isinstance(document, dict) and "SearchResult" in document:
        return "usajobs"
    if ashby.is_ashby(document):
        return "ashby"
    if edjoin.is_edjoin(document):
        return "edjoin"
    if smartrecruiters.is_list(document) or smartrecruiters.is_detail(document):
        return "smartrecruiters"
    if workday.is_list(document) or workday.is_detail(document):
        return "workday"
    if isinstance(document, dict) and isinstance(document.get("jobs"), list):
        return "greenhouse"
    if isinstance(document, list) and (not document or lever.is_lever_item(document[0])):
        return "lever"
    raise ParseError("Cannot tell the format of this JSON: name it with --format.")


def parse(data: bytes, fmt: str = "auto", *, location: str = "") -> ParseResult:
    """Parse a document in a named format, or detect it. ``location`` is where it was read
    (a URL or a path): a web page's address identifies JSON-LD postings that have no id, and a
    PageUp feed's ``#campus=`` fragment names the campuses a source keeps, an EdJoin search's
    ``#county=`` fragment its counties (a CalCareers source's its county, or telework), a
    Workday search's address gives its postings' public links, and a SuccessFactors job
    page's address holds its number."""
    if fmt == "auto":
        fmt = detect_format(data)
    try:
        parser = PARSERS[fmt]
    except KeyError:
        raise ParseError(f"Unknown format {fmt!r}: use one of {', '.join(PARSERS)}.") from None
    if fmt == "jsonld":
        return jsonld.parse(data, page_url=location)
    if fmt == "pageup":
        return pageup.parse(data, location=location)
    if fmt == "edjoin":
        return edjoin.parse(data, location=location)
    if fmt == "workday":
        return workday.parse(data, location=location)
    if fmt == "calcareers":
        return calcareers.parse(data, location=location)
    if fmt == "successfactors":
        return successfactors.parse(data, location=location)
    return parser(data)
