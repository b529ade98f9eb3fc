"""Helpers the parsers share."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ingest.records import ParseError, ParseResult, RawListing


def load_json(data: bytes, what: str) -> Any:
    """Decode JSON (UTF-8, with or without BOM), or raise a ParseError naming the source kind."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"The {what} is not UTF-8 text: {exc.reason} at byte {exc.start}."
        ) from exc
    except ValueError as exc:
        raise ParseError(f"The {what} is not valid JSON: {exc}.") from exc


def text(value: Any) -> str:
    """A value as a stripped string ('' for None)."""
    return "" if value is None else str(value).strip()


def collect(items: Iterable[Any], read: Callable[[Any], RawListing], label: str) -> ParseResult:
    """Read each item; a bad item is reported and skipped, the rest go on."""
    result = ParseResult()
    for number, item in enumerate(items, start=1):
        try:
            listing = read(item)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            result.errors.append(f"{label} item {number} skipped: {type(exc).__name__}: {exc}")
            continue
        if not listing.external_id or not listing.title:
            result.errors.append(f"{label} item {number} skipped: no id or no title.")
            continue
        result.listings.append(listing)
    return result


def kept_names(location: str, key: str) -> set[str]:
    """The names a source keeps, from its address's ``#<key>=A,B`` fragment, case-folded (a
    PageUp feed's campuses, an EdJoin search's counties); empty keeps everything. A fragment is
    never sent to the server."""
    fragment = urlsplit(location).fragment if location else ""
    names = parse_qs(fragment).get(key, [])
    return {n.strip().casefold() for joined in names for n in joined.split(",") if n.strip()}
