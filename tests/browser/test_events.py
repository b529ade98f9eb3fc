"""A reader finds an event, reads it and registers in a real browser: every events page
passes an automated accessibility check in both languages, and the Spanish form registers a
reader, whose registration page and follow-up survey (behind signed links) pass the check too."""

import pytest

from gatherings import tokens
from gatherings.models import Registration, SurveyAnswer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/events/",
    "/events/symposium-2027/",
    "/events/state-exam-study-group/",
    "/es/events/",
    "/es/events/symposium-2027/",
    "/es/events/state-exam-study-group/",
    "/events/propose/",
    "/es/events/propose/",
]


@pytest.mark.parametrize("path", PAGES)
def test_events_pages_have_no_accessibility_violations(live_server, page, axe_violations, path):
    response = page.goto(live_server.url + path)
    assert response.status == 200
    violations = axe_violations(page)
    assert violations == [], [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in violations
    ]


def test_a_reader_registers_and_manages_the_registration(live_server, page, axe_violations):
    page.goto(live_server.url + "/es/events/state-exam-study-group/")
    page.get_by_label("Su nombre").fill("Ana Díaz")
    page.get_by_label("Su correo electrónico").fill("ana@example.org")
    page.get_by_label("Una persona que perdió su empleo federal").check()
    page.get_by_label("Subtítulos en vivo").check()
    page.get_by_role("button", name="Inscribirse").click()
    assert page.locator("h1").inner_text() == "Revise su correo"
    registration = Registration.objects.get()
    assert (registration.status, registration.who, registration.language) == (
        "confirmed",
        "federal",
        "es",
    )
    assert registration.access_needs == ["captions"]
    page.goto(f"{live_server.url}/es/events/registration/{tokens.make(registration.pk)}/")
    assert "Confirmada" in page.locator(".registration-status").inner_text()
    assert page.get_by_label("Subtítulos en vivo").is_checked()
    assert axe_violations(page) == []
    survey = SurveyAnswer.objects.create(registration=registration, wave="week")
    page.goto(f"{live_server.url}/es/events/survey/{tokens.make(survey.pk, tokens.SURVEY)}/")
    assert page.locator("h1").inner_text() == "Tres preguntas"
    assert axe_violations(page) == []
