"""The fetcher against a real local HTTP server: polite, bounded, and never turned inward."""

from __future__ import annotations

import time

import pytest
from werkzeug import Response

from ingest.fetch import Fetcher, FetchError


def fetcher(**options) -> Fetcher:
    return Fetcher(**{"allow_private": True, "backoff": 0.01, "retries": 2, **options})


def test_a_feed_is_fetched_with_a_user_agent_naming_the_site(httpserver):
    httpserver.expect_request("/feed.xml").respond_with_data(
        "<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Nov 2026 08:00:00 GMT"}
    )
    result = fetcher().fetch(httpserver.url_for("/feed.xml"))
    assert result.body == b"<rss/>"
    assert (result.etag, result.last_modified) == ('"v1"', "Mon, 02 Nov 2026 08:00:00 GMT")
    request = httpserver.log[0][0]
    assert request.headers["User-Agent"].startswith("PublicTechPathwaysBot/1.0")


def test_conditional_get_turns_an_unchanged_feed_into_a_304(httpserver):
    httpserver.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    result = fetcher().fetch(httpserver.url_for("/feed.xml"), etag='"v1"')
    assert result.not_modified
    assert result.body == b""


def test_a_server_error_is_retried_with_backoff_then_succeeds(httpserver):
    httpserver.expect_ordered_request("/flaky").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/flaky").respond_with_data("oops", status=500)
    httpserver.expect_ordered_request("/flaky").respond_with_data("[]")
    result = fetcher().fetch(httpserver.url_for("/flaky"))
    assert (result.body, result.attempts) == (b"[]", 3)


def test_a_server_that_keeps_failing_is_a_clear_error(httpserver):
    httpserver.expect_request("/down").respond_with_data("no", status=502)
    with pytest.raises(FetchError, match=r"answered HTTP 502 after 3 attempts"):
        fetcher().fetch(httpserver.url_for("/down"))


def test_a_client_error_is_not_retried(httpserver):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    with pytest.raises(FetchError, match="answered HTTP 404"):
        fetcher().fetch(httpserver.url_for("/gone"))
    assert len(httpserver.log) == 1


def test_a_slow_server_times_out(httpserver):
    def slow(request):
        time.sleep(1.5)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(FetchError, match="did not answer after 1 attempts: timed out"):
        fetcher(timeout=0.3, retries=0).fetch(httpserver.url_for("/slow"))


def test_an_oversized_body_is_refused(httpserver):
    httpserver.expect_request("/huge").respond_with_data(b"x" * 5000)
    with pytest.raises(FetchError, match=r"larger than the 1,000-byte cap|over the 1,000 cap"):
        fetcher(max_bytes=1000).fetch(httpserver.url_for("/huge"))


def test_a_loopback_url_is_refused_without_a_request(httpserver):
    httpserver.expect_request("/feed").respond_with_data("secret")
    with pytest.raises(FetchError, match="private, loopback or link-local"):
        Fetcher(allow_private=False).fetch(httpserver.url_for("/feed"))
    assert httpserver.log == []


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(httpserver):
    internal = f"http://127.0.0.1:{httpserver.port}/internal"
    httpserver.expect_request("/moved").respond_with_data(
        "", status=302, headers={"Location": internal}
    )
    httpserver.expect_request("/internal").respond_with_data("metadata secrets")
    trusted = Fetcher(allow_private=False, trusted_hosts=frozenset({"localhost"}))
    with pytest.raises(FetchError, match=r"Refused to fetch http://127\.0\.0\.1"):
        trusted.fetch(httpserver.url_for("/moved").replace("127.0.0.1", "localhost"))
    assert [entry[0].path for entry in httpserver.log] == ["/moved"]


def test_redirects_are_followed_when_allowed(httpserver):
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    httpserver.expect_request("/new").respond_with_data("[]")
    result = fetcher().fetch(httpserver.url_for("/old"))
    assert result.url.endswith("/new")
    assert result.body == b"[]"


def test_robots_txt_is_respected_when_crawling_pages(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n"
    )
    httpserver.expect_request("/careers/1").respond_with_data("<html></html>")
    polite = fetcher()
    assert polite.fetch(httpserver.url_for("/careers/1"), respect_robots=True).body
    with pytest.raises(FetchError, match=r"robots\.txt"):
        polite.fetch(httpserver.url_for("/private/jobs"), respect_robots=True)


def test_only_http_and_https_are_fetched():
    with pytest.raises(FetchError, match="Only http and https"):
        fetcher().fetch("file:///etc/passwd")
