"""Organizers run an event from the Wagtail admin: who registered (filtered, exported safely
to a spreadsheet), decisions on applications, the access needs to arrange, and a check-in page
a phone can use at the door. Nobody else sees any of it."""

from __future__ import annotations

import csv
import io

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail

from gatherings.models import Registration
from tests.test_events_registration import an_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizer(client):
    user = User.objects.create_user("olga", "olga@example.org", "pw")
    user.groups.add(Group.objects.get(name="Organizers"))
    client.force_login(user)
    return user


def registered(event, name: str, status: str = "confirmed", **fields) -> Registration:
    return Registration.objects.create(
        event=event, name=name, email=f"{name.lower()}@example.org", status=status, **fields
    )


def test_people_outside_the_organizers_cannot_see_registrations(client):
    event = an_event()
    user = User.objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    for path in (f"/admin/events/{event.pk}/", f"/admin/events/{event.pk}/export.csv"):
        assert client.get(path).status_code in (302, 403)


def test_the_attendee_list_filters_by_who_they_are(client, organizer):
    event = an_event(capacity=10)
    registered(event, "Ana", who="federal")
    registered(event, "Bo", who="hiring-manager")
    html = client.get(f"/admin/events/{event.pk}/?who=federal").content.decode()
    assert "ana@example.org" in html
    assert "bo@example.org" not in html
    assert "Event registrations" in client.get("/admin/events/").content.decode()


def test_organizers_decide_on_applications_and_the_person_is_told(
    client, organizer, django_capture_on_commit_callbacks
):
    event = an_event(capacity=1, registration_mode="application")
    ana = registered(event, "Ana", status="applied", who="federal")
    bo = registered(event, "Bo", status="applied")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/events/{event.pk}/",
            {"registration": ana.pk, "decision": "confirm", "note": "Reserved for federal"},
        )
    assert mail.outbox[-1].subject == "Your seat at Data workshop"
    response = client.post(
        f"/admin/events/{event.pk}/", {"registration": bo.pk, "decision": "confirm"}, follow=True
    )
    assert "Every seat is taken" in response.content.decode()
    ana.refresh_from_db()
    bo.refresh_from_db()
    assert (ana.status, ana.organizer_note, bo.status) == (
        "confirmed",
        "Reserved for federal",
        "applied",
    )


def test_the_csv_export_never_hands_a_spreadsheet_a_formula(client, organizer):
    event = an_event()
    registered(event, '=HYPERLINK("http://evil.example")', access_notes="@SUM(1+1)")
    registered(event, "Bo", access_needs=["asl", "quiet-room"])
    response = client.get(f"/admin/events/{event.pk}/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0]["Name"] == '\'=HYPERLINK("http://evil.example")'
    assert rows[0]["Other access needs"] == "'@SUM(1+1)"
    assert rows[1]["Access needs"] == "ASL interpretation, A quiet room"


def test_the_access_needs_summary_counts_people_holding_a_seat(client, organizer):
    event = an_event(capacity=10)
    registered(event, "Ana", access_needs=["asl"], access_notes="Large print")
    registered(event, "Bo", access_needs=["asl", "captions"])
    registered(event, "Cy", status="cancelled", access_needs=["asl"])
    html = client.get(f"/admin/events/{event.pk}/").content.decode()
    assert "ASL interpretation: 2" in html
    assert "Live captions: 1" in html
    assert "Large print" in html


def test_check_in_finds_people_by_name_and_takes_one_tap(client, organizer):
    event = an_event(capacity=10)
    ana = registered(event, "Ana Díaz")
    registered(event, "Bo Chen")
    registered(event, "Cy Waiting", status="waitlisted")
    page = client.get(f"/admin/events/{event.pk}/check-in/?q=ana").content.decode()
    assert "Ana Díaz" in page
    assert "Bo Chen" not in page
    client.post(f"/admin/events/{event.pk}/check-in/", {"registration": ana.pk})
    ana.refresh_from_db()
    assert ana.checked_in_at is not None
    assert "1 checked in." in client.get(f"/admin/events/{event.pk}/check-in/").content.decode()
    assert "Cy Waiting" not in client.get(f"/admin/events/{event.pk}/check-in/").content.decode()


def test_the_dashboard_counts_each_upcoming_events_registrations(client, organizer):
    event = an_event(capacity=10)
    registered(event, "Ana")
    registered(event, "Bo", status="waitlisted")
    html = client.get("/admin/").content.decode()
    panel = html.split('id="events-upcoming-content"')[1].split("</table>")[0]
    assert "Data workshop" in panel
    assert "<td>1 of 10</td>" in panel
