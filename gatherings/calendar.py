"""Events as iCalendar (RFC 5545), written with the ``icalendar`` library: one ``VEVENT`` per
event, with its times in Los Angeles (the ``VTIMEZONE`` is added from the zone database), its
place and its page's address. ``calendar.ics`` holds every upcoming event; each event has its
own ``event.ics``, which the confirmation email attaches."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from gatherings.choices import LOS_ANGELES

PRODUCT = "-//Public Tech Pathways//Events//EN"


def calendar_bytes(events: Iterable[Any], request: HttpRequest | None = None) -> bytes:
    """The iCalendar document for ``events`` (event pages), with their page addresses made
    absolute for ``request``'s site."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Public Tech Pathways")
    calendar.add("x-wr-timezone", str(LOS_ANGELES))
    for page in events:
        calendar.add_component(vevent(page, request))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def vevent(page: Any, request: HttpRequest | None = None) -> Event:
    """One event as a ``VEVENT``; its UID is the page's translation key, so every language's
    version is the same event in a calendar."""
    event = Event()
    event.add("uid", f"{page.translation_key}@publictechpathways.org")
    event.add("dtstamp", timezone.now())
    event.add("last-modified", page.last_published_at or timezone.now())
    event.add("summary", page.title)
    event.add("dtstart", timezone.localtime(page.start, LOS_ANGELES))
    event.add("dtend", timezone.localtime(page.end, LOS_ANGELES))
    event.add("description", page.summary)
    location = ", ".join(part for part in (page.venue, page.address) if part)
    event.add("location", location or page.where)
    event.add("url", page.get_full_url(request))
    event.add("status", "CONFIRMED")
    return event


def calendar_response(events: Iterable[Any], request: HttpRequest, filename: str) -> HttpResponse:
    response = HttpResponse(
        calendar_bytes(events, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
