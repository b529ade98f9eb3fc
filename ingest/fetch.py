"""One fetcher for every HTTP source: polite and defensive.

- a timeout per request and a cap on the body's size;
- retries with exponential backoff on connection errors, 429 and 5xx;
- conditional GET (ETag / Last-Modified), so an unchanged feed costs one 304;
- a POST with a JSON body for a search API that is queried that way (Workday), under the same
  checks; a 307 or 308 redirect repeats the POST, any other redirect is followed with a GET;
- a User-Agent naming the site and a contact;
- robots.txt respected when crawling HTML pages;
- no requests to loopback, private, link-local or otherwise internal addresses (including
  their NAT64, 6to4, Teredo and IPv4-mapped IPv6 forms) unless ``INGEST_ALLOW_PRIVATE_URLS``
  is on, checked on every redirect hop, and the connection made to the very address that was
  checked, whatever the URL looks like (default or explicit port, IDN host, IPv6 literal): a
  name that resolves to a public address and then to a loopback one, DNS rebinding, cannot
  slip through; proxies and ``.netrc`` from the environment are ignored;
- credentials (``Authorization``, USAJOBS' ``Authorization-Key``, cookies) are dropped when a
  redirect leaves the host they were meant for.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter

USER_AGENT = (
    "PublicTechPathwaysBot/1.0 (+https://publictechpathways.org/about; jobs@publictechpathways.org)"
)
MAX_REDIRECTS = 5
# Headers that carry a credential for one host: never sent on to another.
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "authorization-key", "cookie", "proxy-authorization"}
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """A source could not be fetched; the message says why in one sentence."""


def internal_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an address reaches this machine or a private network: loopback, private,
    link-local, reserved, multicast, or an IPv6 form that carries such an IPv4 address
    (IPv4-mapped, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``, Teredo)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = [address.ipv4_mapped, address.sixtofour, *(address.teredo or ())]
        if address in NAT64:
            embedded.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if any(inner is not None and internal_address(inner) for inner in embedded):
            return True
    return not address.is_global or address.is_multicast


class PinnedAddressAdapter(HTTPAdapter):
    """Connects to the address the fetcher checked for a request, never to whatever the name
    resolves to when the connection is made. The address travels on the request itself
    (``pinned_address``), so no second lookup keyed by host and port can miss it: the
    connection pool is made for the address, while TLS keeps the name (SNI and the
    certificate check) and the fetcher sends the name in the Host header. A request the
    fetcher did not check is refused."""

    def __init__(self) -> None:
        super().__init__(max_retries=0)

    def build_connection_pool_key_attributes(self, request, verify, cert=None):
        if not hasattr(request, "pinned_address"):
            raise FetchError(f"{request.url} was not checked by the fetcher, so it is not sent.")
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(
            request, verify, cert
        )
        pinned = request.pinned_address
        if pinned is not None:
            if host_params["scheme"] == "https":
                pool_kwargs["server_hostname"] = host_params["host"]
                pool_kwargs["assert_hostname"] = host_params["host"]
            host_params = {**host_params, "host": pinned}
        return host_params, pool_kwargs


def _session() -> requests.Session:
    """A session that ignores proxies and ``.netrc`` from the environment and pins addresses."""
    session = requests.Session()
    session.trust_env = False
    adapter = PinnedAddressAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@dataclass
class FetchResult:
    """A fetched body, or ``not_modified`` for a 304, with the validators to send next time."""

    url: str
    status: int
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    attempts: int = 1


@dataclass
class Fetcher:
    """Fetches URLs under the project's rules. The knobs exist for tests and slow sources."""

    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    retries: int = 3
    backoff: float = 1.0
    allow_private: bool | None = None
    # Hosts exempt from the address check (one intranet feed), while every other hop is checked.
    trusted_hosts: frozenset[str] = frozenset()
    session: requests.Session = field(default_factory=_session)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.allow_private is None:
            self.allow_private = settings.INGEST_ALLOW_PRIVATE_URLS

    def fetch(
        self,
        url: str,
        *,
        etag: str = "",
        last_modified: str = "",
        headers: dict[str, str] | None = None,
        respect_robots: bool = False,
        json_body: Any = None,
    ) -> FetchResult:
        """GET a URL, or POST ``json_body`` to it as JSON when given, following redirects one
        hop at a time, retrying what is worth it."""
        _split(url)  # a URL that cannot even be split is refused here, in a sentence
        request_headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
        payload = None
        if json_body is not None:
            payload = json.dumps(json_body).encode()
            request_headers["Content-Type"] = request_headers["Accept"] = "application/json"
        request_headers.update(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        if respect_robots and not self._robots_allow(url, request_headers["User-Agent"]):
            raise FetchError(f"robots.txt of {urlsplit(url).netloc} disallows fetching {url}.")
        attempt = 0
        while True:
            attempt += 1
            try:
                result = self._send_following_redirects(url, request_headers, payload)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt > self.retries:
                    raise FetchError(
                        f"{url} did not answer after {attempt} attempts: {_reason(exc)}."
                    ) from exc
            else:
                if result.status == 429 or result.status >= 500:
                    if attempt > self.retries:
                        raise FetchError(
                            f"{url} answered HTTP {result.status} after {attempt} attempts."
                        )
                elif result.status >= 400:
                    raise FetchError(f"{url} answered HTTP {result.status}.")
                else:
                    result.attempts = attempt
                    return result
            time.sleep(self.backoff * 2 ** (attempt - 1))

    def _send_following_redirects(
        self, url: str, headers: dict[str, str], payload: bytes | None = None
    ) -> FetchResult:
        origin = _split(url).netloc.lower()
        for _ in range(MAX_REDIRECTS + 1):
            response = self.session.send(
                self._prepare(url, headers, payload),
                timeout=self.timeout,
                allow_redirects=False,
                stream=True,
            )
            try:
                if response.is_redirect:
                    try:
                        url = urljoin(url, response.headers["Location"])
                    except ValueError as exc:
                        raise FetchError(f"{url} redirected to an invalid address: {exc}.") from exc
                    if _split(url).netloc.lower() != origin:
                        headers = {
                            name: value
                            for name, value in headers.items()
                            if name.lower() not in CREDENTIAL_HEADERS
                        }
                    if payload is not None and response.status_code not in (307, 308):
                        payload = None  # as browsers do: the POST becomes a GET
                        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
                    continue
                if response.status_code == 304:
                    return FetchResult(
                        url,
                        304,
                        not_modified=True,
                        etag=response.headers.get("ETag", ""),
                        last_modified=response.headers.get("Last-Modified", ""),
                    )
                body = self._read_capped(response, url) if response.status_code < 300 else b""
                return FetchResult(
                    url,
                    response.status_code,
                    body,
                    etag=response.headers.get("ETag", ""),
                    last_modified=response.headers.get("Last-Modified", ""),
                )
            finally:
                response.close()
        raise FetchError(f"{url} redirected more than {MAX_REDIRECTS} times.")

    def _read_capped(self, response: requests.Response, url: str) -> bytes:
        declared = response.headers.get("Content-Length")
        if (
            declared
            and declared.isascii()
            and declared.isdigit()
            and int(declared) > self.max_bytes
        ):
            raise FetchError(f"{url} is {int(declared):,} bytes, over the {self.max_bytes:,} cap.")
        chunks, size = [], 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url} is larger than the {self.max_bytes:,}-byte cap.")
            chunks.append(chunk)
        return b"".join(chunks)

    def _prepare(
        self, url: str, headers: dict[str, str], payload: bytes | None = None
    ) -> requests.PreparedRequest:
        """The request for one hop (a POST of ``payload`` when there is one, else a GET), its
        host's address checked and pinned on it. The host is
        taken from the prepared URL, as it goes on the wire (an IDN name IDNA-encoded, an
        IPv6 literal unbracketed), so the name checked is the name sent."""
        if _split(url).scheme not in {"http", "https"}:
            raise FetchError(f"Only http and https URLs can be fetched, not {url!r}.")
        try:
            method = "GET" if payload is None else "POST"
            request = self.session.prepare_request(
                requests.Request(method, url, headers=headers, data=payload)
            )
        except (requests.RequestException, ValueError) as exc:
            raise FetchError(f"{url!r} is not a valid address: {exc}.") from exc
        wire = urlsplit(request.url)
        request.pinned_address = self._check_address(url, wire)
        if request.pinned_address is not None:
            request.headers["Host"] = wire.netloc.rpartition("@")[2]
        return request

    def _check_address(self, url: str, wire: SplitResult) -> str | None:
        """Refuse a URL whose host resolves to an internal address; return the address to
        connect to (None when private addresses are allowed or the host is trusted: then the
        name is resolved as usual). ``wire`` is the URL as it will be sent, split."""
        if not wire.hostname:
            raise FetchError(f"{url!r} has no host.")
        trusted = {wire.hostname, urlsplit(url).hostname} & self.trusted_hosts
        if self.allow_private or trusted:
            return None
        port = wire.port or (443 if wire.scheme == "https" else 80)
        try:
            infos = socket.getaddrinfo(wire.hostname, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(f"The host of {url} could not be resolved: {exc}.") from exc
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        if not addresses or any(internal_address(address) for address in addresses):
            raise FetchError(
                f"Refused to fetch {url}: {wire.hostname} is a private, loopback or "
                "link-local address (set INGEST_ALLOW_PRIVATE_URLS=1 to allow it)."
            )
        return str(addresses[0])

    def _robots_allow(self, url: str, agent: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        parser = self._robots.get(origin)
        if parser is None:
            parser = urllib.robotparser.RobotFileParser()
            try:
                result = self._send_following_redirects(
                    origin + "/robots.txt", {"User-Agent": agent}
                )
            except (FetchError, requests.RequestException):
                result = None
            if result is None or result.status >= 400:
                parser.parse([])  # no robots.txt: everything is allowed
            else:
                parser.parse(result.body.decode("utf-8", "replace").splitlines())
            self._robots[origin] = parser
        return parser.can_fetch(agent, url)


def _split(url: str) -> SplitResult:
    """The URL split into its parts, or a FetchError saying it is not a valid address."""
    try:
        return urlsplit(url)
    except ValueError as exc:
        raise FetchError(f"{url!r} is not a valid address: {exc}.") from exc


def _reason(exc: Exception) -> str:
    if isinstance(exc, requests.Timeout):
        return "timed out"
    return str(exc).split(":")[-1].strip() or type(exc).__name__
