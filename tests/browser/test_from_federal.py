"""A displaced federal technologist uses /from-federal/ in a real browser: from the home page,
keyboard only, without JavaScript, on a 360-pixel phone, and the pages pass axe-core."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

INFOSEC = "/from-federal/?series=2210&grade=GS-12&title=IT+Specialist+%28INFOSEC%29"


def test_a_newcomer_goes_from_the_home_page_to_a_plan_with_the_keyboard(live_server, page):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Translate your federal job").click()
    page.wait_for_url("**/from-federal/")
    page.get_by_label("Occupational series").focus()
    page.keyboard.type("2210")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_grade"
    page.keyboard.type("GS-12")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_title"
    page.keyboard.type("IT Specialist (INFOSEC)")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(INFOSEC + "&text=")
    expect(page.locator("#result-heading")).to_have_text(
        "Your work matches Cybersecurity & Privacy at the “Senior” level in local public service."
    )
    table = page.get_by_role("region", name="Your position next to local classes")
    expect(table).to_contain_text("$104,349 to $135,657")
    expect(table).to_contain_text("Information Systems Analyst II")
    expect(table).to_contain_text("Information Technology Specialist II")
    expect(table).to_contain_text("Senior Systems Analyst I")
    expect(page.get_by_role("link", name="Cybersecurity in public service")).to_be_visible()
    expect(page.locator(".job-card").first).to_be_visible()


def test_the_form_and_a_result_work_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/from-federal/")
        page.get_by_label("Occupational series").fill("1560")
        page.get_by_label("Grade").fill("13")
        page.get_by_role("button", name="Show my pathway").click()
        page.wait_for_url("**/from-federal/?series=1560&grade=13&title=&text=")
        expect(page.locator("#result-heading")).to_contain_text("Data, Analytics & AI")
        page.get_by_label("Grade").fill("GS-16")
        page.get_by_role("button", name="Show my pathway").click()
        expect(page.locator("#id_grade-error")).to_have_text(
            "GS grades run from 1 to 15; GS-16 is not one."
        )
    finally:
        context.close()


def test_the_pages_have_no_accessibility_violations(live_server, page, axe_violations):
    for path in [
        "/from-federal/",
        INFOSEC,
        INFOSEC + "&view=print",
        "/from-federal/?series=0610&grade=11&title=Nurse",
        "/from-federal/?series=221",
    ]:
        page.goto(live_server.url + path)
        violations = axe_violations(page)
        assert violations == [], (path, [(v["id"], v["help"]) for v in violations])


def test_the_result_fits_a_360_pixel_phone(live_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(live_server.url + INFOSEC)
        expect(page.locator("#result-heading")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        first_row = page.locator(".compare tbody tr").first
        assert first_row.bounding_box()["width"] <= 360
    finally:
        context.close()
