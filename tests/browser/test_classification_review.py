"""The classification review queue in Chromium: an organizer finds a job the technology search
left out, the page passes axe-core, and a decision from the keyboard-reachable form takes the
job off the queue (issue #33)."""

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from jobboard.models import Job

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Lead Warehouse Worker (Technology and Information Services)"


def left_out_job() -> Job:
    """A visible demo job turned into one the classifier leaves out, with an IT word."""
    job = Job.objects.visible().filter(role_family__isnull=False).first()
    job.pk = None
    job.raw_title = job.title = TITLE
    job.slug = ""
    job.role_family = job.seniority = job.top_seniority = None
    job.save()
    return job


def sign_in(page, live_server) -> None:
    organizer = User.objects.create_user("organizer", "organizer@ptp.example.org", "a long pw 42")
    organizer.groups.add(Group.objects.get(name="Organizers"))
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("organizer")
    page.get_by_label("Password").fill("a long pw 42")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def test_an_organizer_reviews_a_left_out_job_on_an_accessible_page(
    live_server, page, axe_violations
):
    job = left_out_job()
    sign_in(page, live_server)
    page.get_by_role("link", name="Classification review").click()
    page.wait_for_url("**/admin/classification/")
    entry = page.get_by_role("region", name=TITLE)
    expect(entry).to_contain_text("IT words in the title")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"], v["nodes"][0]["html"]) for v in violations]

    entry.get_by_role("button", name="Not technology").click()
    expect(page.get_by_text("confirmed not technology")).to_be_visible()
    expect(page.get_by_role("region", name=TITLE)).to_have_count(0)
    job.refresh_from_db()
    assert job.classification_review.decision == "not-technology"
