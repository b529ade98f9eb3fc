"""Faults on a real three-node OpenSearch cluster, each node in its own process (the cluster
pass of scripts/test starts it with ``SEARCH_NODES=3 scripts/search-engine start`` and names it
in OPENSEARCH_CLUSTER_TEST_URL; indexes of three shards and one replica). While searches run
through the site's API, a node is killed, the whole engine is frozen and then killed, and the
index is rebuilt: every request is answered, from the engine while it can answer (its replicas
stand in for a dead node), else from the database with the notice, never slower than the
search timeout plus a small margin, and back on the engine by itself when it returns.

The load is bounded and local: requests from this process, one after another or from two
threads, over loopback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import Client, override_settings

from config.demo import load_demo_content
from jobboard.models import Agency, IngestRun, Job, JobSource, Source
from search import service
from search.backends.engine import EngineBackend
from search.engines import connect, node_urls
from search.service import FALLBACK_NOTICE
from tests.clock import on_demo_day

pytestmark = [pytest.mark.django_db, pytest.mark.search_engine]

ROOT = Path(__file__).resolve().parents[2]
CLUSTER_URL = os.environ.get("OPENSEARCH_CLUSTER_TEST_URL", "")
NODES = node_urls(CLUSTER_URL)
HOME = Path(os.environ.get("SEARCH_ENGINE_HOME", ROOT / "var" / "search-engine"))
TIMEOUT = 1.5  # the search timeout in these tests (seconds)
MARGIN = 1.0  # what a request may take beyond it (the database's answer, the page)
SEARCHES = [
    "/api/v1/jobs/",
    "/api/v1/jobs/?q=data",
    "/api/v1/jobs/?q=engineer&seniority=senior",
    "/api/v1/jobs/?role_family=data-analytics&government_level=county",
]


def pid_of(url: str) -> int:
    return int((HOME / f"node-{urlsplit(url).port}.pid").read_text())


def signal_nodes(urls: list[str], signum: int) -> None:
    for url in urls:
        os.kill(pid_of(url), signum)


def start_cluster() -> None:
    """Start whichever nodes are not running (scripts/search-engine waits for green). The
    harness's restart, not the site under test: a start that fails (a node that exits while
    it rejoins) is tried once more, and a second failure fails the test with the launcher's
    words."""
    env = {
        **os.environ,
        "SEARCH_NODES": str(len(NODES)),
        "SEARCH_PORT": str(urlsplit(NODES[0]).port),
    }
    for attempt in (1, 2):
        started = subprocess.run(
            [str(ROOT / "scripts" / "search-engine"), "start"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if started.returncode == 0:
            return
        print(f"scripts/search-engine start, try {attempt}:\n{started.stderr}", file=sys.stderr)
    pytest.fail(f"scripts/search-engine start failed twice:\n{started.stderr}")


SEARCH = {
    "URL": CLUSTER_URL,
    "ENGINE": "opensearch",
    "INDEX_PREFIX": f"faults_{os.getpid()}_",
    "TIMEOUT": TIMEOUT,
    "SHARDS": 3,
    "REPLICAS": 1,
}


@pytest.fixture(scope="module")
def cluster_site(django_db_setup, django_db_blocker):
    """The demo jobs in the database and in the cluster's index."""
    if len(NODES) < 3:
        pytest.fail(f"OPENSEARCH_CLUSTER_TEST_URL must name three nodes, not {CLUSTER_URL!r}")
    with django_db_blocker.unblock(), on_demo_day(), override_settings(SEARCH=SEARCH):
        for _ in load_demo_content(pages=False):
            pass
        yield
        start_cluster()
        engine = EngineBackend(connect())
        for index in engine.adapter.aliased_indexes(engine.alias):
            engine.adapter.delete_index(index)
        JobSource.objects.all().delete()
        IngestRun.objects.all().delete()
        Job.objects.all().delete()
        Source.objects.exclude(url__startswith="http").delete()
        Agency.objects.all().delete()


@pytest.fixture
def site(cluster_site, monkeypatch):
    """Before each test: every node running, the index there (built from the database if a
    fault took it), the circuit breaker closed and set to retry the engine after one second
    (30 in production) so recovery is seen quickly. Yields the engine backend."""
    start_cluster()
    with override_settings(SEARCH=SEARCH):
        engine = EngineBackend(connect())
        if not engine.adapter.aliased_indexes(engine.alias):
            engine.rebuild()
        service.breaker.reset()
        monkeypatch.setattr(service.breaker, "cooldown", 1.0)
        yield engine
    service.breaker.reset()


def answers(client: Client) -> dict[str, tuple[int, dict]]:
    """Each search's total and facet counts as the API gives them now."""
    found = {}
    for url in SEARCHES:
        body = client.get(url).json()
        found[url] = (body["total"], body["facets"])
    return found


def searches_while(fault: Callable[[], None], *, seconds: float, threads: int = 2) -> list:
    """Run the searches in a loop from ``threads`` clients for ``seconds``, with ``fault``
    called once, a second in. Returns (url, status, body, elapsed) for every request."""
    done = time.monotonic() + seconds
    results: list = []
    lock = threading.Lock()
    failures: list[BaseException] = []

    def load() -> None:
        client = Client()
        number = 0
        try:
            while time.monotonic() < done:
                url = SEARCHES[number % len(SEARCHES)]
                number += 1
                start = time.perf_counter()
                response = client.get(url)
                elapsed = time.perf_counter() - start
                body = response.json() if response.status_code == 200 else {}
                with lock:
                    results.append((url, response.status_code, body, elapsed))
        except BaseException as exc:  # reported by the test, not lost in a thread
            failures.append(exc)
        finally:
            from django.db import connection

            connection.close()

    workers = [threading.Thread(target=load) for _ in range(threads)]
    for worker in workers:
        worker.start()
    time.sleep(1.0)
    fault()
    for worker in workers:
        worker.join()
    assert not failures, failures
    return results


def test_the_cluster_holds_three_shards_with_a_replica_each(site):
    health = site.adapter.client.cluster.health(index=site.alias)
    assert health["number_of_nodes"] == 3
    assert health["active_primary_shards"] == 3
    assert health["active_shards"] == 6
    assert health["status"] == "green"


def test_a_node_killed_while_searches_run_loses_no_request(site):
    client = Client()
    expected = answers(client)
    victim = NODES[1]
    results = searches_while(lambda: signal_nodes([victim], signal.SIGKILL), seconds=8)

    assert len(results) > 20
    for url, status, body, _ in results:
        assert status == 200, (url, status)
        assert body["backend"] == "opensearch", (url, body["notice"])
        assert (body["total"], body["facets"]) == expected[url]
    with pytest.raises(ProcessLookupError):
        os.kill(pid_of(victim), 0)  # the node really is gone


def test_a_frozen_engine_is_answered_by_the_database_within_the_timeout(site):
    expected = answers(Client())
    try:
        results = searches_while(lambda: signal_nodes(NODES, signal.SIGSTOP), seconds=7)
    finally:
        signal_nodes(NODES, signal.SIGCONT)

    frozen = [r for r in results if r[2].get("backend") == "database"]
    assert len(frozen) > 10
    for url, status, body, elapsed in results:
        assert status == 200, (url, status)
        assert elapsed < TIMEOUT + MARGIN, (url, round(elapsed, 2))
        assert (body["total"], body["facets"]) == expected[url]
    for _, _, body, _ in frozen:
        assert str(FALLBACK_NOTICE) in body["notice"]


def test_searches_return_to_the_engine_by_themselves_after_an_outage(site):
    client = Client()
    signal_nodes(NODES, signal.SIGSTOP)
    try:
        for _ in range(4):  # the breaker opens after three failures
            assert client.get(SEARCHES[0]).json()["backend"] == "database"
    finally:
        signal_nodes(NODES, signal.SIGCONT)
    deadline = time.monotonic() + 30
    backend = "database"
    while backend != "opensearch" and time.monotonic() < deadline:
        time.sleep(0.5)
        backend = client.get(SEARCHES[1]).json()["backend"]
    assert backend == "opensearch"
    assert str(FALLBACK_NOTICE) not in client.get(SEARCHES[1]).json()["notice"]


def test_a_killed_engine_is_answered_by_the_database(site):
    expected = answers(Client())
    results = searches_while(lambda: signal_nodes(NODES, signal.SIGKILL), seconds=5)

    assert any(body["backend"] == "database" for _, _, body, _ in results)
    for url, status, body, elapsed in results:
        assert status == 200, (url, status)
        assert elapsed < TIMEOUT + MARGIN, (url, round(elapsed, 2))
        assert (body["total"], body["facets"]) == expected[url]
    # The nodes come back without their data (a fresh cluster): the index is rebuilt from
    # the database, the truth, and searches return to the engine.
    start_cluster()
    site.rebuild()
    time.sleep(1.1)  # the breaker's cooldown
    assert Client().get(SEARCHES[0]).json()["backend"] == "opensearch"


def test_a_rebuild_while_searches_run_never_shows_an_empty_or_partial_index(site):
    client = Client()
    expected = answers(client)
    rebuilt: list[dict] = []

    def rebuild_three_times() -> None:
        for _ in range(3):
            rebuilt.append(site.rebuild())

    results = searches_while(rebuild_three_times, seconds=4)

    assert len(rebuilt) == 3
    assert len(results) > 20
    for url, status, body, _ in results:
        assert status == 200
        assert body["backend"] == "opensearch"
        assert (body["total"], body["facets"]) == expected[url]
