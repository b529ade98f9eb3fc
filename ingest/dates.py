"""Dates as sources write them: ISO, RFC 822, US short dates, USAJOBS timestamps, the word
'Continuous'. Dates without a zone are Los Angeles time; a closing date without a time closes
at the end of that day."""

from __future__ import annotations

import re
from datetime import datetime, time
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
CONTINUOUS = re.compile(
    r"^\s*(continuous|open until filled|until filled|ongoing|open continuous)\s*$", re.I
)
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
        parsed = parsed.replace(tzinfo=LOS_ANGELES)
    return parsed
