"""Dates as sources write them: ISO, RFC 822, US short dates, USAJOBS timestamps, the word
'Continuous'. Dates without a zone are Los Angeles time; a closing date without a time closes
at the end of that day."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
CONTINUOUS = re.compile(
    r"^\s*(continuous|open until filled|until filled|ongoing|open continuous)\s*$", re.I
)
# Zone abbreviations US sources write after a date (the hour offsets they stand for).
ZONE_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}  # fmt: skip
# Only the first space of a run may start a match, and the run is taken whole: the plain
# ``\s+([A-Za-z]{3,4})$`` tried every space of a long run again (#27 H1).
TRAILING_ZONE = re.compile(r"(?<!\s)\s++([A-Za-z]{3,4})$")
RFC_822 = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ", re.I)
US_FORMATS = ["%m/%d/%y %I:%M %p", "%m/%d/%Y %I:%M %p", "%m/%d/%y", "%m/%d/%Y", "%B %d, %Y"]


def is_continuous(text: str) -> bool:
    """Whether a closing date says the posting stays open until filled."""
    return bool(CONTINUOUS.match(text or ""))


def parse_datetime(text: str, *, end_of_day: bool = False) -> datetime | None:
    """An aware datetime from any of the source formats, or None when blank or unreadable."""
    text = (text or "").strip()
    if not text or is_continuous(text):
        return None
    parsed: datetime | None = None
    zone_offset = None
    zone = TRAILING_ZONE.search(text)
    if zone and zone.group(1).upper() in ZONE_ABBREVIATIONS and not text[:3].isalpha():
        # "2026-11-02 08:00:00 PST", "11/02/2026 8:00 AM PDT": a zone abbreviation after an
        # ISO or US date (RFC 822 dates, which start with a weekday, carry their own).
        zone_offset = timezone(timedelta(hours=ZONE_ABBREVIATIONS[zone.group(1).upper()]))
        text = text[: zone.start()]
    if RFC_822.match(text):  # "Mon, 02 Nov 2026 08:00:00 PST", as feeds write it
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=LOS_ANGELES)
    iso = re.sub(r"(\.\d{6})\d+", r"\1", text.replace("Z", "+00:00"))
    try:
        parsed = datetime.fromisoformat(iso)
        date_only = len(text) <= 10
    except ValueError:
        date_only = False
    if parsed is None:
        for fmt in US_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                date_only = "%I" not in fmt
                break
            except ValueError:
                continue
    if parsed is None:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if date_only and end_of_day:
        parsed = datetime.combine(parsed.date(), time(23, 59, 59))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone_offset or LOS_ANGELES)
    return parsed
