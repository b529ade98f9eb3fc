"""Anyone may propose a community gathering. It waits, unpublished, in the same review as every
page; moderators approve it (it is listed, marked "community") or ask for changes, and the
person who proposed it is emailed each decision in their language."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail

from gatherings import services
from gatherings.models import EventPage, Proposal
from tests.test_events_registration import an_event

pytestmark = pytest.mark.django_db

GATHERING = {
    "title": "Study night: the County IT exam",
    "summary": "We practise for the County of Los Angeles IT exam together.",
    "start": "2027-04-08T18:00",
    "end": "2027-04-08T20:00",
    "attendance": "online",
    "language": "es",
    "organizer_name": "Rosa",
    "organizer_email": "rosa@example.org",
}


@pytest.fixture
def proposed(client, django_capture_on_commit_callbacks):
    an_event()  # the events index, with one event
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/events/propose/", GATHERING)
    assert response.status_code == 200
    assert "Moderators review every gathering" in response.content.decode()
    return EventPage.objects.get(title=GATHERING["title"])


def moderator() -> User:
    user = User.objects.create_user("mo", "mo@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_a_proposal_waits_unpublished_in_review(client, proposed):
    assert not proposed.live
    assert proposed.community
    assert proposed.current_workflow_state.status == "in_progress"
    assert Proposal.objects.get().email == "rosa@example.org"
    assert mail.outbox[-1].subject == "We received your gathering: Study night: the County IT exam"
    assert GATHERING["title"] not in client.get("/events/").content.decode()


def test_an_approved_gathering_is_listed_as_community_and_its_proposer_told(
    client, proposed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        proposed.current_workflow_state.current_task_state.approve(user=moderator())
    proposed.refresh_from_db()
    assert proposed.live
    html = client.get("/events/").content.decode()
    assert GATHERING["title"] in html
    assert mail.outbox[-1].to == ["rosa@example.org"]
    assert mail.outbox[-1].subject == "Your gathering is listed: Study night: the County IT exam"
    assert proposed.full_url in mail.outbox[-1].body


def test_moderators_asking_for_changes_sends_their_comment(
    proposed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        proposed.current_workflow_state.current_task_state.reject(
            user=moderator(), comment="Please add a link for people to join."
        )
    proposed.refresh_from_db()
    assert not proposed.live
    assert "Please add a link for people to join." in mail.outbox[-1].body


def test_a_moderator_who_deletes_a_proposal_declines_it_and_its_proposer_is_told(
    proposed, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        proposed.delete()
    assert not Proposal.objects.exists()
    assert [m.subject for m in mail.outbox] == [
        "Your gathering was not listed: Study night: the County IT exam"
    ]
    assert mail.outbox[0].to == ["rosa@example.org"]


def test_deleting_a_published_event_emails_nobody(proposed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        proposed.current_workflow_state.current_task_state.approve(user=moderator())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=proposed.pk).delete()
    assert mail.outbox == []


def test_a_proposal_in_person_without_an_address_is_refused_with_a_reason(client):
    an_event()
    response = client.post("/events/propose/", {**GATHERING, "attendance": "in_person"})
    assert response.status_code == 400
    assert "needs a venue and an address" in response.content.decode()
    assert not Proposal.objects.exists()


def test_proposals_are_rate_limited_and_bots_are_refused(client):
    an_event()
    assert client.post("/events/propose/", {**GATHERING, "fax_number": "1"}).status_code == 400
    for _number in range(services.PROPOSALS_PER_HOUR):
        assert client.post("/events/propose/", GATHERING).status_code == 200
    assert client.post("/events/propose/", GATHERING).status_code == 429
    assert Proposal.objects.count() == services.PROPOSALS_PER_HOUR
