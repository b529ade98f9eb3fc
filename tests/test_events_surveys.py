"""With their consent, people who had a seat get a short survey a week, three and six months
after the event; organizers see only the totals: attendance, confidence before and after, and
new jobs by level of government and role family."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command

from gatherings.models import Registration, SurveyAnswer
from jobboard.models import RoleFamily
from tests.test_events_registration import an_event

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")
END = datetime(2027, 2, 19, 12, tzinfo=LA)  # an_event's end


def survey_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/(?:es/)?events/survey/[^/\s]+/)", message.body)[1]


def run_schedule(django_capture_on_commit_callbacks, moment) -> str:
    out = StringIO()
    with time_machine.travel(moment), django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_mail", "--json", stdout=out)
    return out.getvalue()


def test_surveys_go_a_week_three_and_six_months_after_only_with_consent(
    django_capture_on_commit_callbacks,
):
    event = an_event(capacity=None)
    for name, follow_up in (("Ana", True), ("Bo", False)):
        Registration.objects.create(
            event=event,
            name=name,
            email=f"{name}@example.org",
            status="confirmed",
            follow_up=follow_up,
            language="es" if name == "Ana" else "en",
        )
    expected = [
        (END + timedelta(days=3), 0),
        (END + timedelta(days=8), 1),
        (END + timedelta(days=9), 0),
        (END + timedelta(days=92), 1),
        (END + timedelta(days=183), 1),
        (END + timedelta(days=184), 0),
    ]
    for moment, sent in expected:
        mail.outbox.clear()
        assert f'"surveys": {sent}' in run_schedule(django_capture_on_commit_callbacks, moment)
        assert [message.to for message in mail.outbox] == [["Ana@example.org"]] * sent
    assert SurveyAnswer.objects.count() == 3


def test_answering_the_survey_and_the_organizers_impact_totals(
    client, django_capture_on_commit_callbacks
):
    event = an_event(capacity=None)
    ana = Registration.objects.create(
        event=event,
        name="Ana",
        email="ana@example.org",
        status="confirmed",
        follow_up=True,
        confidence=2,
        checked_in_at=END,
    )
    Registration.objects.create(
        event=event, name="Bo", email="bo@example.org", status="confirmed", confidence=4
    )
    run_schedule(django_capture_on_commit_callbacks, END + timedelta(days=8))
    [message] = mail.outbox
    assert message.subject == "Three questions about Data workshop"
    link = survey_link(message)
    assert "Have you started a new job since the event?" in client.get(link).content.decode()
    family = RoleFamily.objects.get(slug="data-analytics")
    answered = client.post(
        link,
        {
            "confidence": "5",
            "new_job": "yes",
            "government_level": "county",
            "role_family": family.pk,
        },
    )
    assert "Your answers help us plan the next gatherings." in answered.content.decode()
    survey = SurveyAnswer.objects.get(registration=ana)
    assert (survey.confidence, survey.new_job, survey.government_level) == (5, True, "county")

    organizer = User.objects.create_user("olga", "olga@example.org", "pw")
    organizer.groups.add(Group.objects.get(name="Organizers"))
    client.force_login(organizer)
    html = client.get(f"/admin/events/{event.pk}/").content.decode()
    impact = html.split("<h2>Impact</h2>")[1].split("<h2>")[0]
    assert "Attendance: 1 of 2 confirmed checked in (50%)." in impact
    assert "Confidence at registration: 3.0 of 5 (2 answers)." in impact
    assert "Confidence a week after: 5.0 of 5 (1 answer)." in impact
    assert "<li>County: 1</li>" in impact
    assert "<li>Data, Analytics &amp; AI: 1</li>" in impact
    assert "ana@example.org" not in impact


def test_a_forged_survey_link_explains_itself(client):
    response = client.get("/events/survey/1:forged/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
