"""PageUp career feeds (``https://careers.pageuppeople.com/<instance>/<site>/<locale>/rss``).

RSS 2.0 whose items carry PageUp's ``job:`` namespace (``http://pageuppeople.com/``):
``refNo`` (the posting's number), ``description`` (the whole posting, HTML escaped once),
``location`` ("Region|Campus", several joined by commas), ``closingDate`` (RFC 822, or empty
when open until filled), ``applyLink``, ``workType``, ``businessLayer1`` (the campus or unit) and
``category``: "Key|Value" pairs joined by commas ("Time Basis|Full Time,Workplace Type (Exclude
Inst Fac)|On-site (work in-person at business location)"). Pay is prose inside the description
("Anticipated Hiring Range: $5,274-5,597 monthly"); the hiring range is read before the
classification's wider range.

One feed may serve a whole system (the CSU's instance 873 lists all its campuses): a source keeps
only some campuses with a ``#campus=Los Angeles,Northridge`` fragment on its address, matched
against ``businessLayer1`` and the campus part of ``location``. A fragment is never sent to the
server, so the feed read is the same."""

from __future__ import annotations

import html
import re
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree

from ingest.parsers.common import collect, kept_names, text
from ingest.records import ParseError, ParseResult, RawListing

NAMESPACE = "http://pageuppeople.com/"
JOB = "{" + NAMESPACE + "}"
ATOM_UPDATED = "{http://www.w3.org/2005/Atom}updated"

# "Key|Value" pairs joined by commas; a value may itself hold a comma only when no "Key|"
# follows it, so split at commas that start a new key.
PAIR_SPLIT = re.compile(r",(?=[^,|]+\|)")
WORKPLACE = (("hybrid", "hybrid"), ("remote", "remote"), ("telework", "remote"),
             ("on-site", "onsite"), ("onsite", "onsite"), ("in-person", "onsite"))  # fmt: skip

NUMBER = r"\$?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?"
UNIT = (
    r"(?:\s*(?:/|per|a|an)?\s*"
    r"(monthly|month|mo|annualized|annually|annual|yearly|year|yr|hourly|hour|hr))?"
)
RANGE = NUMBER + r"\s*(?:-|\u2013|\u2014|to)\s*" + NUMBER + UNIT
# The range a campus means to pay, before the classification's wider one.
HIRING_RANGE = re.compile(
    r"(?:anticipated\s+hiring\s+range|hiring\s+(?:salary\s+)?range|not\s+anticipated\s+to\s+exceed"
    r"|hiring\s+salary|anticipated\s+salary(?:\s+range)?)[^$\d]{0,60}" + RANGE,
    re.IGNORECASE,
)
SALARY_RANGE = re.compile(
    r"(?:salary\s+range|salary|pay\s+range|compensation)[^$\d]{0,60}" + RANGE, re.IGNORECASE
)
UNITS = {"mo": "month", "monthly": "month", "month": "month", "annually": "year",
         "annualized": "year", "annual": "year", "yearly": "year", "year": "year", "yr": "year",
         "hourly": "hour", "hour": "hour", "hr": "hour"}  # fmt: skip
TAG = re.compile(r"<[^>]+>")


def categories(value: str) -> dict[str, list[str]]:
    """``job:category`` as {key: [values]}; a key may repeat ("Job Search Category/Discipline")."""
    pairs: dict[str, list[str]] = {}
    for part in PAIR_SPLIT.split(value):
        key, bar, item = part.partition("|")
        if bar and key.strip() and item.strip():
            pairs.setdefault(key.strip(), []).append(item.strip())
    return pairs


def _workplace(pairs: dict[str, list[str]]) -> str:
    for key, values in pairs.items():
        if key.lower().startswith(("workplace", "work arrangement")):
            folded = values[0].lower()
            for word, arrangement in WORKPLACE:
                if folded.startswith(word):
                    return arrangement
    return ""


def pay_in_prose(description: str) -> tuple[str, str, str]:
    """(low, high, interval) from a posting's text, the hiring range first; ('', '', '') when
    no range is stated. The second figure may omit its dollar sign ("$5,274-5,597 monthly")."""
    plain = re.sub(r"\s+", " ", html.unescape(TAG.sub(" ", description)))
    for pattern in (HIRING_RANGE, SALARY_RANGE):
        match = pattern.search(plain)
        if match:
            low, low_cents, high, high_cents, unit = match.groups()
            low = low.replace(",", "") + (f".{low_cents}" if low_cents else "")
            high = high.replace(",", "") + (f".{high_cents}" if high_cents else "")
            return low, high, UNITS.get((unit or "").lower(), "")
    return "", "", ""


def _date(value: str) -> str:
    """An RFC 822 date as ISO 8601 (PageUp writes "Thu, 08 Oct 2026 16:00:00 Z")."""
    if not value:
        return ""
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return value


def _child(item: Any, name: str) -> str:
    found = item.find(name)
    return text(found.text) if found is not None else ""


def _locations(item: Any) -> list[str]:
    """``job:location``: "Region|Campus" groups joined by commas, or one plain place name
    ("Providence, Rhode Island") whose comma is not a separator."""
    return PAIR_SPLIT.split(_child(item, JOB + "location"))


def _read(item: Any) -> RawListing:
    ref = _child(item, JOB + "refNo")
    link = _child(item, "link")
    # job:category appears twice in an item (the same pairs); read every one.
    pairs: dict[str, list[str]] = {}
    for element in item.findall(JOB + "category"):
        for key, values in categories(text(element.text)).items():
            known = pairs.setdefault(key, [])
            known.extend(v for v in values if v not in known)
    description = _child(item, JOB + "description") or _child(item, "description")
    low, high, interval = pay_in_prose(description)
    places = [p.rpartition("|")[2].strip() for p in _locations(item)]
    posted = _child(item, ATOM_UPDATED) or _date(_child(item, "pubDate"))
    return RawListing(
        external_id=ref or link,
        title=_child(item, "title"),
        description=description,
        department=_child(item, JOB + "businessLayer1"),
        # The discipline, not the bargaining unit: CSU's "Technical Support Services" unit
        # holds fiscal and administrative analysts.
        category="; ".join(pairs.get("Job Search Category/Discipline", [])),
        location="; ".join(p for p in places if p),
        remote=_workplace(pairs),
        employment_type=", ".join(pairs.get("Time Basis", [])) or _child(item, JOB + "workType"),
        pay_min=low,
        pay_max=high,
        pay_interval=interval,
        pay_currency="USD" if low else "",
        posted_at=posted,
        closes_at=_date(_child(item, JOB + "closingDate")),
        apply_url=_child(item, JOB + "applyLink") or link,
        url=link,
    )


def campus_filter(location: str) -> set[str]:
    """The campus names a source keeps (``#campus=A,B`` on its address), case-folded."""
    return kept_names(location, "campus")


def _campuses(item: Any) -> set[str]:
    names = {_child(item, JOB + "businessLayer1")}
    names.update(p.rpartition("|")[2] for p in _locations(item))
    return {n.strip().casefold() for n in names if n.strip()}


def parse(data: bytes, *, location: str = "") -> ParseResult:
    """Parse a PageUp feed, keeping only the campuses the address's fragment names, if any."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"This is not a readable PageUp feed: {str(exc).rstrip('.')}.") from exc
    channel = root.find("channel") if root.tag == "rss" else None
    if channel is None:
        raise ParseError("This XML is not a PageUp feed (no RSS channel).")
    items = channel.findall("item")
    if not items and NAMESPACE not in channel.nsmap.values():
        raise ParseError("This RSS feed is not a PageUp feed (no job: namespace, no items).")
    if items and not any(item.find(JOB + "refNo") is not None for item in items):
        raise ParseError("This RSS feed is not a PageUp feed (no job:refNo in its items).")
    wanted = campus_filter(location)
    if wanted:
        items = [item for item in items if _campuses(item) & wanted]
    return collect(items, _read, "PageUp")


def is_pageup(head: bytes) -> bool:
    """Whether a document's opening declares PageUp's namespace."""
    return b"pageuppeople.com/" in head and b"<rss" in head
