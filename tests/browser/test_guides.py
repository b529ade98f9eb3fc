"""A reader opens the guides in a real browser: they render, pass an automated accessibility
check, work on a 360 px phone and on paper, and their live openings lead to the same jobs on
the search page."""

import re

import pytest

from jobboard.models import Job

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = ["/", "/guides/", "/guides/cybersecurity/", "/after-a-federal-layoff/", "/search/?q=exam"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_and_guides_have_no_accessibility_violations(live_server, page, axe_violations, path):
    response = page.goto(live_server.url + path)
    assert response.status == 200
    violations = axe_violations(page)
    assert violations == [], [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in violations
    ]


def test_a_guide_renders_its_sections_and_a_table_of_contents(live_server, page):
    page.goto(live_server.url + "/guides/data-and-analytics/")
    assert page.locator("h1").inner_text() == "Data and analytics in public service"
    toc = page.get_by_role("navigation", name="On this page")
    toc.get_by_role("link", name="How hiring works").click()
    assert page.url.endswith("#hiring")
    assert page.get_by_role(
        "heading", name="How hiring works at each level of government"
    ).is_visible()
    ladder = page.get_by_role("table", name="The career ladder", exact=False)
    assert ladder.locator("tbody tr").count() == 5
    # The guide's live market chart is followed by its numbers too.
    assert page.locator("figure.chart table.data-table").count() == 1
    assert "Last reviewed November 2, 2026" in page.locator(".last-reviewed").first.inner_text()


def test_a_live_opening_link_leads_to_the_same_jobs_on_the_search_page(live_server, page):
    page.goto(live_server.url + "/guides/cybersecurity/")
    total = Job.objects.visible().filter(role_family__slug="cybersecurity").count()
    openings = page.locator("section.live-openings")
    assert f"{total} open job" in openings.inner_text()
    first_job = openings.locator(".opening-list a").first.inner_text()
    openings.get_by_role("link", name=re.compile(r"See all \d+ jobs?")).click()
    page.wait_for_url("**/jobs/?role_family=cybersecurity")
    assert page.locator("#results-heading").inner_text().startswith(f"{total} job")
    assert page.locator("#f-role_family-cybersecurity").is_checked()
    assert page.get_by_role("link", name=first_job).first.is_visible()


def test_home_page_tiles_lead_to_guides_and_jobs(live_server, page):
    page.goto(live_server.url + "/")
    tiles = page.locator(".role-tiles")
    tiles.get_by_role("link", name="IT Support & Service", exact=True).click()
    page.wait_for_url("**/guides/it-support/")
    assert page.locator("h1").inner_text() == "IT support in public service"


@pytest.mark.parametrize("path", ["/", "/guides/software-engineering/", "/search/?q=data"])
def test_pages_fit_a_360_pixel_phone_without_sideways_scrolling(live_server, browser, path):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    phone = context.new_page()
    try:
        phone.goto(live_server.url + path)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_a_guide_prints_without_navigation_and_with_link_addresses(live_server, page):
    page.goto(live_server.url + "/guides/it-support/")
    page.emulate_media(media="print")
    assert not page.get_by_role("navigation", name="On this page").is_visible()
    assert not page.get_by_role("navigation", name="Main").is_visible()
    assert not page.get_by_role("navigation", name="Language").is_visible()  # it has a translation
    script = "getComputedStyle(document.querySelector('.resources a'), '::after').content"
    after = page.evaluate(script)
    assert "https://" in after
