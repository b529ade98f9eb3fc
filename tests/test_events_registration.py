"""People register for an event without an account: a seat while there are seats, else the
waitlist, which moves by itself when someone cancels; one signed link to see, change or cancel;
never more seats taken than the event has, even when people sign up at the same moment."""

from __future__ import annotations

import re
import threading
from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from icalendar import Calendar
from wagtail.models import Locale, Page, Site

from gatherings import services
from gatherings.models import EventIndexPage, EventPage, Registration
from jobboard.models import RoleFamily

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")
START = datetime(2027, 2, 19, 9, tzinfo=LA)


@pytest.fixture(autouse=True)
def after_commit(django_capture_on_commit_callbacks):
    """Emails are queued after commit; inside a test's transaction, each step runs them."""
    global COMMITS
    COMMITS = django_capture_on_commit_callbacks


def post(client, path: str, data: dict):
    with COMMITS(execute=True):
        return client.post(path, data)


def committed(function, *args, **kwargs):
    """Run ``function`` and what it queued for after its commit."""
    with COMMITS(execute=True):
        return function(*args, **kwargs)


def site_home():
    """The default site's home page; made again (with the tree's root and the default language)
    when a transactional test's flush emptied the tables the migrations had filled."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        return site.root_page
    from cms.models import HomePage

    locale, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=locale))
    home = root.add_child(
        instance=HomePage(title="Public Tech Pathways", slug="home", locale=locale)
    )
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home


def an_event(capacity: int | None = 2, **fields) -> EventPage:
    """A published event under a fresh events index, on the site's home page."""
    home = site_home()
    index = home.get_children().type(EventIndexPage).first()
    if index is None:
        index = home.add_child(instance=EventIndexPage(title="Events", slug="events"))
    defaults = {
        "title": "Data workshop",
        "slug": f"data-workshop-{EventPage.objects.count()}",
        "summary": "A workshop on public-sector data jobs.",
        "start": START,
        "end": START + timedelta(hours=3),
        "venue": "Central Library",
        "address": "630 W 5th St, Los Angeles",
        "capacity": capacity,
    }
    event = index.add_child(instance=EventPage(**{**defaults, **fields}))
    event.save_revision().publish()
    return event


def register(client, event: EventPage, name: str, email: str, **fields):
    data = {"name": name, "email": email, "language": "en", **fields}
    return post(client, f"/events/register/{event.pk}/", data)


def link_in(message) -> str:
    """The path of the registration's signed link in an email."""
    return re.search(r"https?://[^/\s]+(/(?:es/)?events/registration/[^/\s]+/)", message.body)[1]


def test_registering_gives_a_seat_and_an_email_with_the_event_for_a_calendar(client):
    event = an_event()
    response = register(client, event, "Ana Díaz", "ana@example.org", who="federal")
    assert response.status_code == 302
    assert "An email is on its way" in client.get(response["Location"]).content.decode()
    [message] = mail.outbox
    assert message.to == ["ana@example.org"]
    assert message.subject == "Your seat at Data workshop"
    assert "You have a seat at Data workshop." in message.body
    [(filename, content, kind)] = message.attachments
    assert (filename, kind) == (f"{event.slug}.ics", "text/calendar")
    [vevent] = Calendar.from_ical(content).walk("VEVENT")
    assert vevent["DTSTART"].dt == START
    assert Registration.objects.get().status == "confirmed"


def test_when_every_seat_is_taken_people_join_the_waitlist(client):
    event = an_event(capacity=1)
    register(client, event, "Ana", "ana@example.org")
    register(client, event, "Bo", "bo@example.org")
    assert mail.outbox[1].subject == "You are on the waitlist for Data workshop"
    assert "the first person waiting is emailed and has 48 hours" in mail.outbox[1].body
    assert [r.status for r in Registration.objects.order_by("pk")] == ["confirmed", "waitlisted"]


def test_a_cancelled_seat_is_offered_to_the_first_waiting_who_may_take_it(client):
    event = an_event(capacity=1)
    register(client, event, "Ana", "ana@example.org")
    register(client, event, "Bo", "bo@example.org")
    register(client, event, "Cy", "cy@example.org")
    ana_link = link_in(mail.outbox[0])
    page = client.get(ana_link).content.decode()
    assert "Status:</strong> Confirmed" in page
    assert post(client, ana_link, {"action": "cancel"}).status_code == 302
    offer = mail.outbox[-1]
    assert offer.to == ["bo@example.org"]
    assert offer.subject == "A seat is free for you at Data workshop"
    assert "(Los Angeles time)" in offer.body
    assert mail.outbox[-2].subject == "Your registration for Data workshop is cancelled"
    bo_link = link_in(offer)
    assert "Take the seat" in client.get(bo_link).content.decode()
    post(client, bo_link, {"action": "accept"})
    assert mail.outbox[-1].subject == "Your seat at Data workshop"
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"Ana": "cancelled", "Bo": "confirmed", "Cy": "waitlisted"}


def test_an_offer_not_taken_in_time_goes_to_the_next_person(client):
    event = an_event(
        capacity=1, start=START + timedelta(days=30), end=START + timedelta(days=30, hours=2)
    )
    register(client, event, "Ana", "ana@example.org")
    register(client, event, "Bo", "bo@example.org")
    register(client, event, "Cy", "cy@example.org")
    post(client, link_in(mail.outbox[0]), {"action": "cancel"})
    bo_link = link_in(mail.outbox[-1])
    with time_machine.travel(timedelta(hours=49)):
        out = StringIO()
        committed(call_command, "send_event_mail", "--json", stdout=out)
        assert '"offers_expired": 1' in out.getvalue()
        post(client, bo_link, {"action": "accept"})  # too late: nothing changes
    assert mail.outbox[-2].subject == "Your seat offer for Data workshop expired"
    assert mail.outbox[-1].to == ["cy@example.org"]
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"Ana": "cancelled", "Bo": "offer-expired", "Cy": "offered"}


def test_people_change_their_details_from_their_link(client):
    event = an_event()
    register(client, event, "Ana", "ana@example.org")
    link = link_in(mail.outbox[0])
    family = RoleFamily.objects.get(slug="data-analytics")
    post(
        client,
        link,
        {
            "action": "change",
            "name": "Ana María",
            "language": "es",
            "role_families": [family.pk],
            "access_needs": ["captions"],
            "follow_up": "on",
        },
    )
    registration = Registration.objects.get()
    assert registration.name == "Ana María"
    assert registration.language == "es"
    assert registration.access_needs == ["captions"]
    assert list(registration.role_families.all()) == [family]
    assert registration.follow_up


def test_a_forged_link_shows_a_plain_explanation(client):
    response = client.get("/events/registration/1:forged/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()


def test_the_link_signs_the_registrations_id_and_no_address(client):
    register(client, an_event(), "Ana", "ana.quartz@example.org")
    assert "quartz" not in link_in(mail.outbox[0])


def test_registering_twice_sends_the_link_again_rather_than_a_second_seat(client):
    event = an_event()
    register(client, event, "Ana", "ana@example.org")
    register(client, event, "Ana", "ANA@example.org")
    assert Registration.objects.count() == 1
    assert mail.outbox[1].subject == "Your registration for Data workshop"
    assert "already registered" in mail.outbox[1].body


def test_people_registering_in_spanish_get_their_emails_in_spanish(client):
    event = an_event()
    register(client, event, "Ana", "ana@example.org", language="es")
    [message] = mail.outbox
    assert message.subject == "Su lugar en Data workshop"
    assert "/es/events/registration/" in message.body


def test_access_needs_reach_only_the_organizers(client):
    event = an_event()
    register(
        client,
        event,
        "Ana",
        "ana@example.org",
        access_needs=["asl"],
        access_notes="A chair near the door",
    )
    assert "A chair near the door" not in mail.outbox[0].body
    assert "A chair near the door" not in client.get(event.url).content.decode()
    registration = Registration.objects.get()
    assert registration.access_needs == ["asl"]
    assert registration.access_notes == "A chair near the door"


def test_an_invalid_form_is_shown_again_with_its_errors(client):
    event = an_event()
    response = register(client, event, "", "not an address")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please fix 2 problems" in html
    assert not Registration.objects.exists()


def test_a_bot_filling_the_hidden_field_is_not_registered(client):
    response = register(client, an_event(), "Bot", "bot@example.org", fax_number="123")
    assert response.status_code == 400
    assert not Registration.objects.exists()
    assert mail.outbox == []


def test_too_many_sign_ups_from_one_connection_are_refused(client):
    event = an_event(capacity=None)
    for number in range(services.SIGN_UPS_PER_HOUR):
        assert register(client, event, "A", f"a{number}@example.org").status_code == 302
    refused = register(client, event, "A", "one-more@example.org")
    assert refused.status_code == 429
    assert "Too many registrations" in refused.content.decode()


def test_registration_closes_when_the_organizers_say(client):
    event = an_event(registration_closes=datetime(2026, 11, 1, tzinfo=LA))
    assert "Registration is not open now." in client.get(event.url).content.decode()
    assert register(client, event, "Ana", "ana@example.org").status_code == 409
    assert not Registration.objects.exists()


def test_an_event_by_application_receives_applications_organizers_decide_on(client):
    event = an_event(registration_mode="application")
    register(client, event, "Ana", "ana@example.org", who="federal")
    assert mail.outbox[0].subject == "We received your application for Data workshop"
    registration = Registration.objects.get()
    assert registration.status == "applied"
    committed(services.decide, registration=registration, status="confirmed", note="Reserved seat")
    assert mail.outbox[-1].subject == "Your seat at Data workshop"
    registration.refresh_from_db()
    assert (registration.status, registration.organizer_note) == ("confirmed", "Reserved seat")


def test_organizers_cannot_confirm_past_capacity():
    event = an_event(capacity=1, registration_mode="application")
    first = Registration.objects.create(
        event=event, name="A", email="a@example.org", status="applied"
    )
    second = Registration.objects.create(
        event=event, name="B", email="b@example.org", status="applied"
    )
    services.decide(registration=first, status="confirmed")
    with pytest.raises(services.NoSeat):
        services.decide(registration=second, status="confirmed")


def test_a_registration_on_the_spanish_page_takes_a_seat_of_the_same_event(client):
    event = an_event(capacity=1)
    spanish = event.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=True)
    spanish.save_revision().publish()
    register(client, spanish, "Ana", "ana@example.org", language="es")
    register(client, event, "Bo", "bo@example.org")
    assert dict(Registration.objects.values_list("name", "event_id")) == {
        "Ana": event.pk,
        "Bo": event.pk,
    }
    assert Registration.objects.get(name="Bo").status == "waitlisted"


def test_reminders_go_a_week_and_a_day_before_once_each(client):
    event = an_event(capacity=None)
    register(client, event, "Ana", "ana@example.org")
    mail.outbox.clear()
    for moment, subjects in (
        (START - timedelta(days=10), []),
        (START - timedelta(days=6), ["In a week: Data workshop"]),
        (START - timedelta(days=5), []),
        (START - timedelta(hours=20), ["Tomorrow: Data workshop"]),
        (START - timedelta(hours=19), []),
    ):
        with time_machine.travel(moment):
            committed(call_command, "send_event_mail", stdout=StringIO())
        assert [m.subject for m in mail.outbox] == subjects
        mail.outbox.clear()


# Transactional (the threads need their own connections); pytest-django runs these after every
# test that rolls back, so the flush after them touches only other transactional tests.
@pytest.mark.django_db(transaction=True)
def test_two_registrations_for_the_last_seat_give_one_seat_and_one_waitlist():
    event = an_event(capacity=1)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def sign_up(number: int) -> None:
        try:
            start.wait()
            registration = services.register(
                event=event,
                details={"name": f"P{number}", "language": "en"},
                email=f"p{number}@example.org",
                client=f"192.0.2.{number}",
            )
            outcomes.append(registration.status)
        except Exception as error:  # shown in the assertion below
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes) == ["confirmed", "waitlisted"]
    assert Registration.objects.holding_seats().count() == 1


def test_registrations_are_deleted_when_the_events_retention_period_ends():
    kept = an_event(retention_months=12)
    short = an_event(retention_months=1)
    for event in (kept, short):
        Registration.objects.create(
            event=event, name="A", email="a@example.org", status="confirmed"
        )
    with time_machine.travel(datetime(2027, 3, 20, tzinfo=LA)):  # a month after both ended
        out = StringIO()
        call_command("purge_event_data", "--json", stdout=out)
    assert out.getvalue().strip() == '{"events": 1, "registrations": 1}'
    assert list(Registration.objects.values_list("event_id", flat=True)) == [kept.pk]
    assert short.purge_after() == datetime(2027, 3, 19, 12, tzinfo=LA)
    with time_machine.travel(datetime(2028, 2, 20, tzinfo=LA)):
        call_command("purge_event_data", stdout=StringIO())
    assert not Registration.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_parallel_requests_for_the_last_two_seats_never_overbook():
    event = an_event(capacity=2)
    start = threading.Barrier(6)
    statuses: list[int] = []

    def post_form(number: int) -> None:
        try:
            start.wait()
            response = Client().post(
                f"/events/register/{event.pk}/",
                {"name": f"P{number}", "email": f"p{number}@example.org", "language": "en"},
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post_form, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert statuses == [302] * 6
    assert Registration.objects.filter(status="confirmed").count() == 2
    assert Registration.objects.filter(status="waitlisted").count() == 4
    subjects = sorted(message.subject for message in mail.outbox)
    assert subjects.count("Your seat at Data workshop") == 2
