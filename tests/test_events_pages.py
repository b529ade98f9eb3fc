"""Events are Wagtail pages readers find on the events index, the home page, the site map and
in their calendars, in English and Spanish."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from icalendar import Calendar

from cms.models import ContentPage
from gatherings.demo import ensure_events
from gatherings.models import EventPage
from tests.demo import demo_for_module
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")

demo_site = demo_for_module(jobs=False)


def text_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def jsonld_of(html: str) -> dict:
    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


def symposium() -> EventPage:
    return EventPage.objects.get(slug="symposium-2027", locale__language_code="en")


def test_the_demo_has_the_symposium_and_a_community_follow_up_in_both_languages(demo_site):
    event = symposium()
    assert (event.capacity, event.registration_mode) == (200, "application")
    assert [len(day["sessions"]) for day in event.days()] == [5, 4]
    spanish = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="es"
    )
    assert spanish.title == "Simposio Public Tech Pathways"
    assert spanish.seat_page() == event
    community = EventPage.objects.filter(community=True, locale__language_code="en")
    assert {event.slug for event in community} == {
        "state-exam-study-group",
        "online-meetup-county-it",
    }


def test_the_index_lists_upcoming_events_in_the_readers_language(client, demo_site):
    english = text_of(client.get("/events/"))
    assert "Public Tech Pathways Symposium" in english
    assert "After the symposium: study group for the State IT exams" in english
    assert '<span class="badge">Community</span>' in english
    spanish = text_of(client.get("/es/events/"))
    assert "Simposio Public Tech Pathways" in spanish
    assert "Próximos eventos" in spanish
    assert "Public Tech Pathways Symposium" not in spanish


def test_the_index_filters_by_attendance_language_and_role(client, demo_site):
    online = text_of(client.get("/events/?attendance=online"))
    assert "study group" in online
    assert "Public Tech Pathways Symposium" not in online
    in_spanish = text_of(client.get("/events/?language=es"))
    assert "study group" in in_spanish
    assert "Public Tech Pathways Symposium" in in_spanish  # with interpretation
    no_event = text_of(client.get("/events/?role=architecture"))
    assert "No upcoming event matches these filters." in no_event
    ignored = text_of(client.get("/events/?role=<script>&attendance=teleport"))
    assert "Public Tech Pathways Symposium" in ignored


def test_an_event_that_ended_is_listed_under_past_events(client, demo_site):
    with time_machine.travel(datetime(2027, 3, 1, 12, tzinfo=LA)):
        html = text_of(client.get("/events/"))
        assert "This event has ended." in text_of(client.get(symposium().url))
    upcoming, past = html.split('id="past-heading"')
    assert "study group" in upcoming
    assert "Public Tech Pathways Symposium" in past


def test_the_event_page_shows_the_agenda_by_day_and_how_to_apply(client, demo_site):
    html = text_of(client.get("/events/symposium-2027/"))
    assert "Friday, February 19, 2027" in html
    assert "Saturday, February 20, 2027" in html
    assert (
        'Career-pathway discussions by role <span class="session-kind">(Small group)</span>' in html
    )
    assert "For: Software Engineering" in html
    assert "ASL interpretation, Live captions, Materials in advance" in html
    assert "English with Spanish interpretation" in html
    assert "Apply for a seat" in html
    spanish = text_of(client.get("/es/events/symposium-2027/"))
    assert "Solicitar un lugar" in spanish
    assert "viernes" in spanish


def test_the_event_page_carries_schema_org_event_markup(client, demo_site):
    data = jsonld_of(text_of(client.get("/events/symposium-2027/")))
    assert data["@type"] == "Event"
    assert data["startDate"] == "2027-02-19T09:00:00-08:00"
    assert data["endDate"] == "2027-02-20T16:00:00-08:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"][0]["@type"] == "Place"
    assert data["maximumAttendeeCapacity"] == 200
    assert data["inLanguage"] == ["en", "es"]
    mixed = jsonld_of(text_of(client.get("/events/state-exam-study-group/")))
    assert [place["@type"] for place in mixed["location"]] == ["Place", "VirtualLocation"]


def test_the_calendar_feed_holds_every_upcoming_event_and_parses(client, demo_site):
    response = client.get("/events/calendar.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert {str(event["SUMMARY"]) for event in events} == {
        "Public Tech Pathways Symposium",
        "After the symposium: study group for the State IT exams",
        "Online meetup in Spanish: from federal service to County IT",
    }
    [timezone] = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "America/Los_Angeles"
    for event in events:  # RFC 5545's required properties
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND"} <= set(event)
    first = next(e for e in events if str(e["SUMMARY"]).startswith("Public"))
    assert first["DTSTART"].dt == datetime(2027, 2, 19, 9, tzinfo=LA)
    assert first["URL"] == "http://localhost/events/symposium-2027/"


def test_each_event_has_its_own_ics_the_same_event_in_every_language(client, demo_site):
    english = Calendar.from_ical(client.get("/events/symposium-2027/event.ics").content)
    spanish = Calendar.from_ical(client.get("/es/events/symposium-2027/event.ics").content)
    [one], [other] = english.walk("VEVENT"), spanish.walk("VEVENT")
    assert one["UID"] == other["UID"]
    assert str(other["SUMMARY"]) == "Simposio Public Tech Pathways"


def test_the_home_page_lists_the_next_events_in_both_languages(client, demo_site):
    english = text_of(client.get("/"))
    section = english.split('id="events-heading"')[1].split("</section>")[0]
    assert 'href="/events/symposium-2027/"' in section
    spanish = text_of(client.get("/es/"))
    section = spanish.split('id="events-heading"')[1].split("</section>")[0]
    assert "Simposio Public Tech Pathways" in section
    assert 'href="/es/events/symposium-2027/"' in section


def test_the_site_map_lists_events_with_their_translations(client, demo_site):
    sitemap = whole_sitemap(client)
    assert "http://localhost/events/symposium-2027/" in sitemap
    assert "http://localhost/es/events/symposium-2027/" in sitemap


def test_an_event_in_person_needs_a_venue_and_ends_after_it_starts(demo_site):
    event = symposium()
    event.venue = ""
    event.end = event.start
    with pytest.raises(ValidationError) as raised:
        event.full_clean()
    assert set(raised.value.message_dict) >= {"venue", "end"}


def test_the_demo_leaves_an_older_events_content_page_alone(demo_site):
    english = EventPage.objects.get(slug="symposium-2027", locale__language_code="en")
    index = english.get_parent()
    home = index.get_parent()
    index.delete()
    home.add_child(instance=ContentPage(title="Events", slug="events"))
    [line] = ensure_events()
    assert "skipped, a page that is not an events index has the address /events/" in line
    assert not EventPage.objects.filter(locale__language_code="en").exists()
