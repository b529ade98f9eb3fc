"""A job seeker uses the search page in a real browser: keyboard only, with and without
JavaScript, and the pages pass an automated accessibility check."""

import pytest
from playwright.sync_api import expect

from jobboard.models import Job

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_keyboard_only_faceting_updates_results_in_place_and_keeps_focus(live_server, page):
    page.goto(live_server.url + "/jobs/")
    heading = page.locator("#results-heading")
    total = int(heading.inner_text().split()[0])
    county = page.locator("#f-government_level-county")
    county.focus()  # reached by Tab in a real session; focus() keeps the test short
    page.keyboard.press("Space")
    page.wait_for_url("**/jobs/?government_level=county")
    expect(page.locator("#f-government_level-county")).to_be_checked()  # no eval under the CSP
    assert page.evaluate("document.activeElement.id") == "f-government_level-county"
    filtered = int(heading.inner_text().split()[0])
    assert 0 < filtered < total
    # Tab moves on to the next checkbox, and Space adds its level (values of a facet are ORed).
    page.keyboard.press("Tab")
    next_id = page.evaluate("document.activeElement.id")
    assert next_id.startswith("f-government_level-")
    page.keyboard.press("Space")
    page.wait_for_url(lambda url: url.count("government_level=") == 2)
    assert int(heading.inner_text().split()[0]) > filtered
    assert page.evaluate("document.activeElement.id") == next_id


def test_the_search_works_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/jobs/")
        page.get_by_label("Job title, skill or keyword").fill("data")
        page.locator("#f-remote-remote").check()
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url("**/jobs/?q=data&remote=remote")
        assert page.locator("#results-heading").inner_text() == "3 jobs for “data”"
        page.get_by_role("link", name="Clear all").click()
        page.wait_for_url("**/jobs/")
    finally:
        context.close()


def test_search_and_job_pages_have_no_accessibility_violations(live_server, page, axe_violations):
    for path in ["/jobs/", "/jobs/?q=data&government_level=county", "/jobs/?q=zzzz"]:
        page.goto(live_server.url + path)
        violations = axe_violations(page)
        assert violations == [], (path, [(v["id"], v["help"]) for v in violations])
    job = Job.objects.get(raw_title="IT Specialist (APPSW)")
    page.goto(live_server.url + job.get_absolute_url())
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]


def test_the_search_page_fits_a_360_pixel_phone(live_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(live_server.url + "/jobs/?q=data")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        jump = page.get_by_role("link", name="Filter jobs")
        assert jump.is_visible()
        assert jump.get_attribute("href") == "#filters-heading"
        assert page.locator("#filters-heading").inner_text() == "Filter jobs"
    finally:
        context.close()
