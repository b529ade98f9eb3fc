"""Shared fixtures. Tests that need the search engine use ``opensearch_url``: with no node it
skips on a developer's machine and fails in CI (CI=true), never silently passing. Tests of the
engine adapters and of the backend contract use ``engine_url``, which is the OpenSearch node
and, when ``ELASTICSEARCH_TEST_URL`` names one, an Elasticsearch 8/9 node as well (none can be
assembled on the project's machines, so those tests run only where one is provided)."""

from __future__ import annotations

import json
import os
import socket
import urllib.request
import uuid
from collections.abc import Iterator

import pytest

from tests.clock import on_demo_day

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
ENGINES = ["opensearch"] + (["elasticsearch"] if os.environ.get("ELASTICSEARCH_TEST_URL") else [])
# The size of the indexes engine tests create: one shard and no replica on the single test
# node; the cluster pass of scripts/test sets SEARCH_SHARDS=3 and SEARCH_REPLICAS=1.
INDEX_SIZE = {
    "SHARDS": int(os.environ.get("SEARCH_SHARDS", "1")),
    "REPLICAS": int(os.environ.get("SEARCH_REPLICAS", "0")),
}
# The cluster tests (tests/cluster/) run only in that pass, which names the cluster.
collect_ignore = [] if os.environ.get("OPENSEARCH_CLUSTER_TEST_URL") else ["cluster"]


def _missing_engine(message: str) -> None:
    if IN_CI:
        pytest.fail(f"{message} (CI=true: search-engine tests must run, not skip)")
    pytest.skip(message)


@pytest.fixture(autouse=True)
def demo_today():
    """Every test runs on the demo day's clock (see tests/clock.py)."""
    with on_demo_day():
        yield


@pytest.fixture(autouse=True)
def closed_circuit():
    """Each test starts with search's circuit breaker closed: a test that points the settings
    at a dead engine must not send the next test's searches to the fallback. (Imported here:
    conftest loads before Django is set up.)"""
    from search.service import breaker

    breaker.reset()
    yield
    breaker.reset()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request under /es/ leaves Spanish active
    in the thread (LocaleMiddleware activates a language per request and never switches
    back), and code outside a request (a block rendered, the crosswalk loaded) reads it."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_caches(request):
    """Every test starts with empty caches, so no test reads what another cached (a search's
    counts, live openings cached under a test's own timeout, labels): this process's own cache
    always, and for tests that use the database the shared cache too (a database table, which a
    transactional test's flush leaves alone)."""
    from django.core.cache import caches

    caches["default"].clear()
    if request.node.get_closest_marker("django_db") is None:
        yield
        return
    request.getfixturevalue("django_db_setup")
    with request.getfixturevalue("django_db_blocker").unblock():
        caches["shared"].clear()
    yield


@pytest.fixture(scope="session")
def opensearch_url() -> str:
    """The URL of the real OpenSearch node started by scripts/search-engine, or the URLs of
    a cluster's nodes separated by commas (the cluster pass of scripts/test)."""
    url = os.environ.get("OPENSEARCH_TEST_URL", "").rstrip("/")
    if not url:
        _missing_engine(
            "OPENSEARCH_TEST_URL is not set: run `scripts/search-engine start` and export it"
        )
    try:
        first = url.split(",")[0].rstrip("/")
        with urllib.request.urlopen(first + "/_cluster/health", timeout=5) as response:
            response.read()
    except OSError as exc:
        _missing_engine(f"No OpenSearch node answers at {url}: {exc}")
    return url


@pytest.fixture(scope="session")
def elasticsearch_url() -> str:
    """The Elasticsearch node named by ELASTICSEARCH_TEST_URL (only requested when it is set:
    a node that was named but does not answer is a failure, not a skip)."""
    url = os.environ["ELASTICSEARCH_TEST_URL"].rstrip("/")
    try:
        with urllib.request.urlopen(url + "/_cluster/health", timeout=5) as response:
            response.read()
    except OSError as exc:
        pytest.fail(f"ELASTICSEARCH_TEST_URL={url} does not answer: {exc}")
    return url


@pytest.fixture(scope="session", params=ENGINES)
def engine_url(request) -> tuple[str, str]:
    """(engine name, URL) for each engine the adapter and contract tests run against."""
    return request.param, request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def index_prefix(request) -> Iterator[str]:
    """A prefix unique to one test, so tests never see each other's indexes; the indexes the
    test made on an engine are deleted after it, so the node never carries thousands."""
    prefix = f"test_{uuid.uuid4().hex[:10]}_"
    yield prefix
    urls = []
    if "opensearch_url" in request.fixturenames:
        urls.append(request.getfixturevalue("opensearch_url"))
    if "engine_url" in request.fixturenames:
        urls.append(request.getfixturevalue("engine_url")[1])
    for url in dict.fromkeys(urls):
        delete_indexes(url, prefix)


@pytest.fixture
def search_engine_settings(settings, opensearch_url, index_prefix):
    """Point ``settings.SEARCH`` at the real OpenSearch node (or cluster) for one test, with
    the index size the environment asks for (SEARCH_SHARDS, SEARCH_REPLICAS)."""
    settings.SEARCH = {
        "URL": opensearch_url,
        "ENGINE": "",
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": 5.0,
        **INDEX_SIZE,
    }
    return settings.SEARCH


def delete_indexes(urls: str, prefix: str) -> None:
    """Delete every index whose name starts with ``prefix``, through the first node of ``urls``
    that answers (a fault test may have stopped the others)."""
    for url in urls.split(","):
        url = url.rstrip("/")
        try:
            with urllib.request.urlopen(
                f"{url}/_cat/indices/{prefix}*?h=index&format=json", timeout=10
            ) as response:
                names = [row["index"] for row in json.load(response)]
            if names:
                request = urllib.request.Request(f"{url}/{','.join(names)}", method="DELETE")
                with urllib.request.urlopen(request, timeout=30) as response:
                    response.read()
            return
        except OSError:
            continue


@pytest.fixture
def closed_port_url() -> str:
    """A loopback URL on which nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
