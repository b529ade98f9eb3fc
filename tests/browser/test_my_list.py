"""A job seeker saves a job with the keyboard only, gives an email, opens the list from the
emailed link and records progress; the list's pages pass axe-core in English and Spanish."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from applications.models import SavedJob
from jobboard.models import Job

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADINGS = {
    "": ("My saved jobs", "Check your email", "Open my list", "Save progress"),
    "/es": ("Mis empleos guardados", "Revise su correo", "Abrir mi lista", "Guardar el avance"),
}


def assert_accessible(page, axe_violations) -> None:
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_a_keyboard_user_saves_a_job_and_follows_it_on_their_list(
    live_server, page, axe_violations, prefix
):
    heading, check_email, open_list, save_progress = HEADINGS[prefix]
    job = Job.objects.visible().technology().order_by("pk").first()
    page.goto(f"{live_server.url}{prefix}{job.get_absolute_url()}")
    page.locator("form.save-job button").focus()  # reached by Tab after "Apply"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(heading)
    expect(page.locator(".saved-card h2")).to_have_text(job.title)
    assert_accessible(page, axe_violations)
    page.locator("#id_email").focus()
    page.keyboard.type("ana@example.org")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(check_email)
    link = re.search(r"/(?:es/)?my/sign-in/[^/\s]+/", mail.outbox[-1].body).group(0)
    page.goto(live_server.url + link)  # opening the link shows one button
    assert_accessible(page, axe_violations)
    page.get_by_role("button", name=open_list).press("Enter")
    expect(page.locator("h1")).to_have_text(heading)
    assert_accessible(page, axe_violations)
    saved = SavedJob.objects.get()
    page.locator(f"#id_{saved.pk}_progress").select_option("applied")
    page.locator(f"#id_{saved.pk}_note").fill("Sent with my resume")
    page.get_by_role("button", name=save_progress).press("Enter")
    expect(page.locator(".alert-notice")).to_contain_text(job.title)
    saved.refresh_from_db()
    assert (saved.progress, saved.note) == ("applied", "Sent with my resume")
    assert_accessible(page, axe_violations)
