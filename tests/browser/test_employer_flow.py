"""End to end in Chromium: a hiring manager signs up, confirms the email by choosing a password
on the link's page and submits a posting; a moderator approves it in the Wagtail admin; a job
seeker finds it in search."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_posting_goes_from_sign_up_to_search(live_server, browser):
    employer = browser.new_context().new_page()
    employer.goto(live_server.url + "/employers/signup/")
    employer.get_by_label("Work email").fill("ana@pasadena.example.gov")
    employer.get_by_label("Organisation or agency").fill("City of Pasadena")
    employer.get_by_label("Level of government").select_option("city")
    employer.get_by_role("button", name="Create account").click()
    assert employer.get_by_role("heading", name="Check your email").is_visible()

    # The link's page asks for the password; only saving it confirms the address.
    link = re.search(r"https?://\S+/employers/verify/\S+/", mail.outbox[-1].body).group(0)
    employer.goto(link)
    assert employer.get_by_role("heading", name="Confirm your email").is_visible()
    assert not User.objects.get(username="ana@pasadena.example.gov").is_active
    employer.get_by_label("Choose a password").fill("seven correct horses")
    employer.get_by_label("The same password again").fill("seven correct horses")
    employer.get_by_role("button", name="Confirm and save password").click()
    employer.wait_for_url("**/employers/")
    employer.get_by_role("link", name="Post a job").click()
    employer.get_by_label("Job title").fill("Open Data Engineer")
    employer.get_by_label("Description").fill(
        "Build the pipelines that publish Pasadena's open data portal every night."
    )
    employer.get_by_label("Location").fill("Pasadena, CA")
    employer.get_by_label("Remote, hybrid or on-site").select_option("hybrid")
    employer.get_by_label("Job type").select_option("full-time")
    employer.get_by_label("Pay from").fill("110000")
    employer.get_by_label("Pay to").fill("140000")
    employer.get_by_label("Pay per").select_option("year")
    closes = timezone.localdate() + timedelta(days=30)
    employer.get_by_label("Closing date").fill(closes.isoformat())
    employer.get_by_label("Application link").fill("https://www.cityofpasadena.net/jobs/42")
    employer.get_by_role("button", name="Submit for review").click()
    employer.wait_for_url("**/employers/")
    assert "Waiting for review" in employer.locator(".posting-card").inner_text()

    reviewer = User.objects.create_user("rosa", "rosa@ptp.example.org", "moderate 2026 jobs")
    reviewer.groups.add(Group.objects.get(name="Moderators"))
    admin = browser.new_context().new_page()
    admin.goto(live_server.url + "/admin/login/")
    admin.locator("#id_username").fill("rosa")
    admin.locator("#id_password").fill("moderate 2026 jobs")
    admin.locator("button[type=submit]").click()
    admin.wait_for_url(re.compile(r".*/admin/$"))
    admin.goto(live_server.url + "/admin/postings/")
    admin.get_by_role("link", name="Open Data Engineer").click()
    admin.get_by_label("Approve: publish it now").check()
    admin.get_by_role("button", name="Save decision").click()
    admin.wait_for_url("**/admin/postings/")

    seeker = browser.new_context().new_page()
    seeker.goto(live_server.url + "/jobs/?q=open+data+engineer")
    card = seeker.locator(".job-card", has_text="Open Data Engineer")
    assert card.count() == 1
    assert "City of Pasadena" in card.inner_text()
    assert "$110,000 to $140,000 a year" in card.inner_text()
    assert any("is live" in message.body for message in mail.outbox)


def test_employer_pages_have_no_accessibility_violations(live_server, page, axe_violations):
    page.goto(live_server.url + "/employers/signup/")
    page.get_by_role("button", name="Create account").click()  # show the error summary
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    User.objects.create_user("sam@example.gov", "sam@example.gov", "seven correct horses")
    from jobboard.models import EmployerProfile

    EmployerProfile.objects.create(
        user=User.objects.get(username="sam@example.gov"), organisation="X", government_level="city"
    )
    page.goto(live_server.url + "/employers/login/")
    page.get_by_label("Email").fill("sam@example.gov")
    page.get_by_label("Password").fill("seven correct horses")
    page.get_by_role("button", name="Sign in").click()
    page.goto(live_server.url + "/employers/postings/new/")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]


def test_leaving_the_title_fills_in_the_suggested_role_and_level(live_server, page):
    from jobboard.models import EmployerProfile, RoleFamily

    user = User.objects.create_user("lee@example.gov", "lee@example.gov", "seven correct horses")
    EmployerProfile.objects.create(user=user, organisation="X", government_level="city")
    page.goto(live_server.url + "/employers/login/")
    page.get_by_label("Email").fill("lee@example.gov")
    page.get_by_label("Password").fill("seven correct horses")
    page.get_by_role("button", name="Sign in").click()
    page.goto(live_server.url + "/employers/postings/new/")
    page.get_by_label("Job title").fill("Information Security Analyst II")
    page.keyboard.press("Tab")
    security = str(RoleFamily.objects.get(slug="cybersecurity").pk)
    # A locator assertion, not wait_for_function: that polls with eval, which the page's
    # Content-Security-Policy (rightly) forbids.
    expect(page.locator("#id_role_family")).to_have_value(security)
    assert "We suggested a role and level" in page.locator("#suggestion-status").inner_text()
    assert page.locator("#id_seniority").input_value() != ""
