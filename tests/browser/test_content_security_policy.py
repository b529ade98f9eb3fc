"""The public pages work in a real browser under their Content-Security-Policy: nothing they
load or run is refused (the search page's script, the posting form's, the stylesheet)."""

import pytest

from jobboard.models import Job

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_pages_break_no_rule_of_their_policy(live_server, page):
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation',"
        " e => console.error('Content Security Policy violation: ' + e.violatedDirective));"
    )
    job = Job.objects.filter(status="open").first()
    for path in ["/", "/jobs/?q=data", job.get_absolute_url(), "/guides/", "/employers/signup/"]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
    # The search page's own script ran: it turned the facet form into live filtering.
    page.goto(live_server.url + "/jobs/")
    page.locator("#f-government_level-county").check()
    page.wait_for_url("**/jobs/?government_level=county")
    stylesheet_applied = page.evaluate(
        "getComputedStyle(document.querySelector('.skip-link')).position"
    )
    assert stylesheet_applied == "absolute"
    assert refused == []
