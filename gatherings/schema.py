"""An event as schema.org ``Event`` JSON-LD, for search engines and calendars that read pages:
its times with their Los Angeles offset, how people attend, where, in which language, and the
seats left where there is a limit."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from gatherings.choices import LOS_ANGELES, Attendance, EventLanguage

MODES = {
    Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Attendance.MIXED: "https://schema.org/MixedEventAttendanceMode",
}
LANGUAGES = {
    EventLanguage.ENGLISH: ["en"],
    EventLanguage.SPANISH: ["es"],
    EventLanguage.BOTH: ["en", "es"],
    EventLanguage.INTERPRETED: ["en", "es"],
}


def event_jsonld(page: Any, request: HttpRequest | None = None) -> dict[str, Any]:
    """The page's event as a schema.org ``Event``."""
    url = page.get_full_url(request)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "startDate": timezone.localtime(page.start, LOS_ANGELES).isoformat(),
        "endDate": timezone.localtime(page.end, LOS_ANGELES).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": MODES[page.attendance],
        "inLanguage": LANGUAGES[page.language],
        "isAccessibleForFree": True,
        "organizer": {"@type": "Organization", "name": "Public Tech Pathways"},
        "location": locations(page, url),
    }
    if page.capacity:
        data["maximumAttendeeCapacity"] = page.capacity
    return data


def locations(page: Any, url: str) -> list[dict[str, Any]]:
    """Where: the venue and its address, the online event (its page), or both."""
    places = []
    if page.attendance != Attendance.ONLINE:
        places.append(
            {
                "@type": "Place",
                "name": page.venue,
                "address": {"@type": "PostalAddress", "streetAddress": page.address},
            }
        )
    if page.attendance != Attendance.IN_PERSON:
        places.append({"@type": "VirtualLocation", "url": url})
    return places
