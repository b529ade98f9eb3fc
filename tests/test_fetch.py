"""The fetcher against a real local HTTP server: polite, bounded, and never turned inward."""

from __future__ import annotations

import ipaddress
import socket
import time

import pytest
from werkzeug import Response

from ingest.fetch import Fetcher, FetchError, internal_address


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


def test_a_json_body_is_posted_and_a_307_repeats_the_post_while_a_302_turns_into_a_get(
    httpserver,
):
    search = {"appliedFacets": {}, "limit": 20, "offset": 40, "searchText": ""}
    httpserver.expect_request("/jobs", method="POST", json=search).respond_with_data(
        "", status=307, headers={"Location": "/jobs2"}
    )
    httpserver.expect_request("/jobs2", method="POST", json=search).respond_with_data(
        "", status=302, headers={"Location": "/page"}
    )
    httpserver.expect_request("/page", method="GET").respond_with_data('{"total": 0}')
    result = fetcher().fetch(httpserver.url_for("/jobs"), json_body=search)
    assert result.body == b'{"total": 0}'
    first, second, third = (entry[0] for entry in httpserver.log)
    assert first.headers["Content-Type"] == "application/json"
    assert first.headers["User-Agent"].startswith("PublicTechPathwaysBot/1.0")
    assert (second.method, third.method, third.data) == ("POST", "GET", b"")
    assert "Content-Type" not in third.headers


def test_a_post_to_a_loopback_url_is_refused_without_a_request(httpserver):
    httpserver.expect_request("/jobs").respond_with_data("{}")
    with pytest.raises(FetchError, match="private, loopback or link-local"):
        Fetcher(allow_private=False).fetch(httpserver.url_for("/jobs"), json_body={"limit": 20})
    assert httpserver.log == []


def test_an_oversized_answer_to_a_post_is_refused(httpserver):
    httpserver.expect_request("/jobs", method="POST").respond_with_data(b"x" * 5000)
    with pytest.raises(FetchError, match="cap"):
        fetcher(max_bytes=1000).fetch(httpserver.url_for("/jobs"), json_body={})


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


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "169.254.169.254",
        "::1",
        "::ffff:127.0.0.1",  # IPv4-mapped
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a9fe:a9fe",  # NAT64 of the cloud metadata address
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "2002:a01:203::1",  # 6to4 of 10.1.2.3
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
    ],
)
def test_internal_addresses_are_recognised_in_every_form(address):
    assert internal_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::6810:85e5", "64:ff9b::5db8:d70e"])
def test_public_addresses_are_allowed(address):
    assert not internal_address(ipaddress.ip_address(address))


class Rebinding:
    """A resolver for one name that answers ``first`` on its first lookup and ``then`` after:
    the DNS-rebinding trick. Other names and address literals resolve as usual."""

    def __init__(self, name: str, first: str, then: str) -> None:
        self.name, self.answers, self.lookups = name, [first], 0
        self.then = then
        self.real = socket.getaddrinfo

    def __call__(self, host, port, *args, **kwargs):
        if host != self.name:
            return self.real(host, port, *args, **kwargs)
        self.lookups += 1
        address = self.answers.pop() if self.answers else self.then
        return self.real(address, port, *args, **kwargs)


def test_the_connection_goes_to_the_checked_address_not_a_second_lookup(httpserver, monkeypatch):
    """The name first resolves to an address the check lets through (127.0.0.2 stands in for
    a public one: no test may reach the internet) and then to the server's own loopback
    address. The fetcher must connect to the checked address, where nothing listens, so the
    server never sees the request."""
    httpserver.expect_request("/feed").respond_with_data("metadata secrets")
    monkeypatch.setattr(socket, "getaddrinfo", Rebinding("feeds.example", "127.0.0.2", "127.0.0.1"))
    monkeypatch.setattr(
        "ingest.fetch.internal_address", lambda address: str(address) != "127.0.0.2"
    )
    guarded = Fetcher(allow_private=False, retries=0)
    with pytest.raises(FetchError, match="did not answer"):
        guarded.fetch(f"http://feeds.example:{httpserver.port}/feed")
    assert httpserver.log == []


def test_a_pinned_connection_keeps_the_host_name_in_the_host_header(httpserver, monkeypatch):
    httpserver.expect_request("/feed").respond_with_data("<rss/>")
    resolver = Rebinding("feeds.example", "127.0.0.1", "127.0.0.2")
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    monkeypatch.setattr(
        "ingest.fetch.internal_address", lambda address: str(address) != "127.0.0.1"
    )
    result = Fetcher(allow_private=False, retries=0).fetch(
        f"http://feeds.example:{httpserver.port}/feed"
    )
    assert result.body == b"<rss/>"
    assert resolver.lookups == 1  # the check's lookup is the only one
    assert httpserver.log[0][0].headers["Host"] == f"feeds.example:{httpserver.port}"


def test_proxy_settings_from_the_environment_are_ignored(httpserver, monkeypatch, closed_port_url):
    httpserver.expect_request("/feed").respond_with_data("<rss/>")
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, closed_port_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert fetcher(retries=0).fetch(httpserver.url_for("/feed")).body == b"<rss/>"


def test_credentials_are_dropped_when_a_redirect_leaves_the_host(httpserver):
    elsewhere = f"http://127.0.0.1:{httpserver.port}/landing"
    httpserver.expect_request("/search").respond_with_data(
        "", status=302, headers={"Location": elsewhere}
    )
    httpserver.expect_request("/landing").respond_with_data("{}")
    start = httpserver.url_for("/search").replace("127.0.0.1", "localhost")
    fetcher().fetch(start, headers={"Authorization-Key": "secret", "Authorization": "Bearer x"})
    first, second = (entry[0] for entry in httpserver.log)
    assert first.headers["Authorization-Key"] == "secret"
    assert "Authorization-Key" not in second.headers
    assert "Authorization" not in second.headers


def test_credentials_stay_on_a_redirect_within_the_host(httpserver):
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    httpserver.expect_request("/new").respond_with_data("{}")
    fetcher().fetch(httpserver.url_for("/old"), headers={"Authorization-Key": "secret"})
    assert httpserver.log[1][0].headers["Authorization-Key"] == "secret"
