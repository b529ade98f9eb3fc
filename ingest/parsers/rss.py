"""RSS 2.0 and Atom feeds (feedparser), with NEOGOV's (governmentjobs.com) ``joblisting:``
fields."""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

import feedparser
from feedparser import CharacterEncodingOverride

from ingest.parsers.common import collect, text
from ingest.records import ParseError, ParseResult, RawListing

# NEOGOV's ``...UTC`` dates name no zone ("Tue, 01 Feb 2022 04:59:00"); newer feeds add ":0"
# after the seconds.
ZONELESS_UTC = re.compile(r"^(\w{3}, \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2})(?::\d+)?$")
# Sections newer NEOGOV feeds give beside a short description, and the headings they get here.
SECTIONS = (
    ("examplesOfDuties", "Examples of duties"),
    ("qualifications", "Qualifications"),
    ("supplementalInformation", "Supplemental information"),
)


def _field(entry: dict[str, Any], name: str) -> str:
    """A ``joblisting:`` field; feedparser flattens it to ``joblisting_<lowercase name>``."""
    return text(entry.get(f"joblisting_{name.lower()}"))


def _utc(value: str) -> str:
    """A NEOGOV UTC date with its zone written in, so that it is not read as Los Angeles time
    (a Michigan posting closing at 23:59 Eastern is 04:59 UTC the next day). Anything else,
    such as "Continuous", is kept as given."""
    match = ZONELESS_UTC.match(value)
    return f"{match.group(1)} GMT" if match else value


def _description(entry: dict[str, Any]) -> str:
    """The item's description, followed by the NEOGOV sections the feed carries."""
    description = ""
    if entry.get("content"):
        description = entry["content"][0].get("value", "")
    parts = [description or entry.get("summary", "")]
    for name, heading in SECTIONS:
        section = _field(entry, name)
        if section:
            parts.append(f"<h3>{heading}</h3>{section}")
    return "\n".join(part for part in parts if part)


def _categories(entry: dict[str, Any]) -> str:
    """LA County's ``joblisting:categories``, else the item's ``<category>`` elements (NEOGOV
    writes "IT and Computers" there), joined by "; "."""
    named = _field(entry, "categories")
    terms = [text(tag.get("term")) for tag in entry.get("tags") or []]
    return named or "; ".join(dict.fromkeys(term for term in terms if term))


def _read(entry: dict[str, Any]) -> RawListing:
    minimum = _field(entry, "minimumSalary")
    return RawListing(
        external_id=_field(entry, "jobId") or text(entry.get("id") or entry.get("link")),
        title=text(entry.get("title")),
        description=_description(entry),
        employer=text(entry.get("author")),
        department=_field(entry, "department"),
        category=_categories(entry),
        location=_field(entry, "location"),
        state=_field(entry, "state"),
        employment_type=_field(entry, "jobType"),
        pay_min=minimum,
        pay_max=_field(entry, "maximumSalary"),
        pay_interval=_field(entry, "salaryInterval"),
        pay_currency=(_field(entry, "salaryCurrency") or "USD") if minimum else "",
        posted_at=_utc(_field(entry, "advertiseFromDateUTC"))
        or _field(entry, "advertiseFromDate")
        or text(entry.get("published") or entry.get("updated")),
        closes_at=_utc(_field(entry, "advertiseToDateTimeUTC"))
        or _field(entry, "advertiseToDateTime"),
        apply_url=text(entry.get("link")),
        url=text(entry.get("link")),
    )


def parse(data: bytes) -> ParseResult:
    """Parse a feed. A feed that breaks off part-way still yields the items read so far, but is
    marked incomplete so that no job is closed on its account."""
    # A file-like object, never the bytes themselves: given a string or bytes, feedparser opens
    # it as a path or URL when it can, so a source answering "/etc/passwd" would make the
    # worker read that file. nh3 sanitises descriptions during normalisation; feedparser's own
    # pass would be redundant.
    feed = feedparser.parse(BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    problem = feed.get("bozo_exception") if feed.get("bozo") else None
    if isinstance(problem, CharacterEncodingOverride):
        problem = None  # declared and actual encodings differ; feedparser recovered
    if problem is not None and not feed.entries:
        raise ParseError(f"This is not a readable RSS or Atom feed: {problem}.")
    if not feed.get("version") and not feed.entries:
        raise ParseError("This is not an RSS or Atom feed (no channel or feed element).")
    entries = list(feed.entries)
    if problem is not None and entries:
        # The last entry may have been cut off mid-item; upserting it would overwrite good
        # data with a partial copy.
        entries.pop()
    result = collect(entries, _read, "Feed")
    if problem is not None:
        result.complete = False
        result.errors.append(
            f"The feed is malformed or truncated ({problem}); its last item was not used."
        )
    return result
