"""DNS rebinding against the fetcher, whatever the URL looks like: a name that resolves to a
public address when it is checked and to a loopback one a moment later must never bring the
fetcher to the loopback address. Two local servers make every connection observable: one
plays the public host the check approved, the other the internal service a rebinding name
would reach. No test touches the real DNS or the internet."""

from __future__ import annotations

import socket

import pytest
from pytest_httpserver import HTTPServer

from ingest.fetch import Fetcher, FetchError

# Loopback addresses stand in for a public one and for an internal one.
PUBLIC_STAND_IN = "127.0.0.2"
INTERNAL = "127.0.0.1"
DEFAULT_PORTS = {80, 443, "80", "443", "http", "https", None}


def serve(host: str):
    server = HTTPServer(host=host, port=0)
    server.start()
    return server


@pytest.fixture
def public():
    """The host the check approved, listening where its default port is mapped to."""
    server = serve(PUBLIC_STAND_IN)
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def internal():
    """An internal service on loopback: any request it logs is a rebinding that worked."""
    server = serve(INTERNAL)
    server.expect_request("/feed").respond_with_data("metadata secrets")
    yield server
    server.clear()
    server.stop()


class RebindingResolver:
    """``socket.getaddrinfo`` for a name that answers the public stand-in on its first lookup
    and the internal address on every later one (the DNS-rebinding trick). A lookup of either
    address, or a second lookup of the name, at a default port is answered with the port the
    matching test server listens on, so a connection to "port 80" is a connection to it."""

    def __init__(self, names: set[str], public: HTTPServer, internal: HTTPServer) -> None:
        self.names, self.public, self.internal = names, public, internal
        self.lookups: list[str] = []
        self.real = socket.getaddrinfo

    def __call__(self, host, port, *args, **kwargs):
        if host in self.names:
            self.lookups.append(host)
            server = self.public if len(self.lookups) == 1 else self.internal
        elif host in {self.public.host, self.internal.host}:
            server = self.public if host == self.public.host else self.internal
        else:
            return self.real(host, port, *args, **kwargs)
        target_port = server.port if port in DEFAULT_PORTS else port
        return self.real(server.host, target_port, *args, **kwargs)


@pytest.fixture
def guarded(monkeypatch):
    """A fetcher that refuses internal addresses, for which the stand-in counts as public."""
    monkeypatch.setattr("ingest.fetch.internal_address", lambda a: str(a) != PUBLIC_STAND_IN)
    return Fetcher(allow_private=False, retries=0)


def rebind(monkeypatch, public, internal, *names: str) -> RebindingResolver:
    resolver = RebindingResolver(set(names), public, internal)
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    return resolver


def test_a_url_without_a_port_is_fetched_from_the_checked_address_not_a_second_lookup(
    public, internal, guarded, monkeypatch
):
    public.expect_request("/feed").respond_with_data("<rss/>")
    resolver = rebind(monkeypatch, public, internal, "feeds.example")

    result = guarded.fetch("http://feeds.example/feed")

    assert result.body == b"<rss/>"
    assert internal.log == []
    assert resolver.lookups == ["feeds.example"]  # the check's lookup is the only one
    assert public.log[0][0].headers["Host"] == "feeds.example"


def test_a_url_with_its_default_port_written_out_is_pinned_too(
    public, internal, guarded, monkeypatch
):
    public.expect_request("/feed").respond_with_data("<rss/>")
    resolver = rebind(monkeypatch, public, internal, "feeds.example")

    assert guarded.fetch("http://feeds.example:80/feed").body == b"<rss/>"
    assert internal.log == []
    assert resolver.lookups == ["feeds.example"]


def test_an_international_host_name_is_checked_and_pinned_as_it_goes_on_the_wire(
    public, internal, guarded, monkeypatch
):
    public.expect_request("/feed").respond_with_data("<rss/>")
    resolver = rebind(monkeypatch, public, internal, "bücher.example", "xn--bcher-kva.example")

    assert guarded.fetch("http://bücher.example/feed").body == b"<rss/>"
    assert internal.log == []
    assert resolver.lookups == ["xn--bcher-kva.example"]
    assert public.log[0][0].headers["Host"] == "xn--bcher-kva.example"


def test_every_redirect_hop_without_a_port_is_pinned(public, internal, guarded, monkeypatch):
    """The first hop is an address literal; the redirect names a host that then rebinds."""
    public.expect_request("/start").respond_with_data(
        "", status=302, headers={"Location": "http://feeds.example/feed"}
    )
    public.expect_request("/feed").respond_with_data("<rss/>")
    resolver = rebind(monkeypatch, public, internal, "feeds.example")

    result = guarded.fetch(f"http://{PUBLIC_STAND_IN}/start")

    assert result.body == b"<rss/>"
    assert internal.log == []
    assert resolver.lookups == ["feeds.example"]


def test_an_ipv6_literal_is_dialled_as_written_with_its_brackets_in_the_host_header(monkeypatch):
    try:
        server = serve("::1")
    except OSError:
        pytest.skip("no IPv6 loopback here")
    try:
        server.expect_request("/feed").respond_with_data("<rss/>")
        monkeypatch.setattr("ingest.fetch.internal_address", lambda address: False)
        result = Fetcher(allow_private=False, retries=0).fetch(f"http://[::1]:{server.port}/feed")
        assert result.body == b"<rss/>"
        assert server.log[0][0].headers["Host"] == f"[::1]:{server.port}"
    finally:
        server.clear()
        server.stop()


def test_a_request_the_fetcher_did_not_check_is_not_sent(internal):
    """The pinning session is no back door: sending through it directly is refused."""
    with pytest.raises(FetchError, match="not checked by the fetcher"):
        Fetcher(allow_private=False).session.get(internal.url_for("/feed"))
    assert internal.log == []


@pytest.mark.parametrize("url", ["http://[::1/feed", "http://feeds.example:99999/feed"])
def test_a_malformed_address_is_refused_in_a_sentence(url):
    with pytest.raises(FetchError, match="is not a valid address"):
        Fetcher(allow_private=False, retries=0).fetch(url)
