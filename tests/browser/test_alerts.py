"""A job seeker starts an alert from a search page with the keyboard only, and the alert pages
pass axe-core."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from alerts.models import Alert

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_keyboard_user_signs_up_for_an_alert_from_a_search(live_server, page, axe_violations):
    page.goto(live_server.url + "/jobs/?q=data")
    email = page.get_by_label("Your email address")
    email.focus()  # reached by Tab past the results in a real session
    page.keyboard.type("ana@example.org")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "job-alert-frequency"
    page.keyboard.press("ArrowDown")  # weekly
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Check your email")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    alert = Alert.objects.get()
    assert (alert.email, alert.query, alert.frequency) == ("ana@example.org", "q=data", "weekly")
    confirm = re.search(r"/alerts/confirm/[^/\s]+/", mail.outbox[-1].body).group(0)
    page.goto(live_server.url + confirm)  # opening the link shows one button
    expect(page.locator("h1")).to_have_text("Confirm your job alert")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    assert Alert.objects.get().confirmed_at is None
    page.get_by_role("button", name="Confirm my job alert").click()
    expect(page.locator("h1")).to_have_text("Your job alert is on")
    page.get_by_role("link", name="Manage your alerts").click()
    expect(page.locator("h1")).to_have_text("Your job alerts")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]


def test_a_guide_offers_an_alert_for_its_openings(live_server, page, axe_violations):
    page.goto(live_server.url + "/guides/cybersecurity/")
    form = page.locator("form.alert-signup")
    expect(form).to_be_visible()
    expect(form.locator("input[name=query]")).to_have_value("role_family=cybersecurity")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]


def test_the_alert_follows_filters_changed_in_place(live_server, page):
    page.goto(live_server.url + "/jobs/?q=data")
    query = page.locator('.alert-signup input[name="query"]')
    expect(query).to_have_value("q=data")
    page.locator("#f-government_level-county").check()
    page.wait_for_url("**/jobs/?q=data&government_level=county")
    expect(query).to_have_value("q=data&government_level=county")
