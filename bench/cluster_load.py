"""Load on the HTTP API against a three-node cluster, with and without faults.

    SEARCH_NODES=3 SEARCH_PORT=9211 scripts/search-engine start
    .venv/bin/python bench/cluster_load.py \\
        --search-url http://127.0.0.1:9211,http://127.0.0.1:9212,http://127.0.0.1:9213 \\
        [--jobs 100000] [--dir D] [--clients 8] [--seconds 20]

The jobs are ingested into SQLite in a temporary folder (or the one kept in ``--dir``, shared
with ``bench/search.py`` and ``bench/insights.py``), indexed with three shards and one replica,
and served by gunicorn (the README's configuration for two cores: 4 sync workers) with the
production search timeout (2 s). ``--clients`` threads of this process send the fixed query mix
of ``bench/search.py`` (half text with filters, a third facets only, the rest deep pages) for
``--seconds`` in each phase:

- steady: the healthy cluster;
- node killed: one node of three killed with SIGKILL five seconds in (started again after
  the phase, and the cluster left to turn green);
- engine frozen: every node stopped with SIGSTOP five seconds in, and let go (SIGCONT) eight
  seconds later: the requests of those seconds are answered by the database backend, and the
  circuit breaker sends searches back to the engine within its cooldown (30 s) after that.

Each phase records requests per second, latency percentiles, the slowest request, errors (any
answer but 200, or none) and how many answers came from the database."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search import (  # noqa: E402
    bench_environment,
    ensure_jobs,
    percentiles,
    query_mix,
    start_gunicorn,
)

HOME = Path(os.environ.get("SEARCH_ENGINE_HOME", ROOT / "var" / "search-engine"))


def node_pid(url: str) -> int:
    return int((HOME / f"node-{urlsplit(url).port}.pid").read_text())


def phase(port: int, mix: list[str], clients: int, seconds: float, fault=None) -> dict:
    """``clients`` threads sending the mix for ``seconds``; ``fault`` (if any) is called five
    seconds in, from its own thread."""
    latencies: list[float] = []
    errors: list[str] = []
    from_database = 0
    lock = threading.Lock()
    done = time.monotonic() + seconds

    def client(offset: int) -> None:
        nonlocal from_database
        number = offset * 1000
        while time.monotonic() < done:
            params = mix[number % len(mix)]
            number += 1
            start = time.perf_counter()
            try:
                url = f"http://127.0.0.1:{port}/api/v1/jobs/?{params}"
                with urllib.request.urlopen(url, timeout=30) as response:
                    body = json.load(response)
            except Exception as exc:  # an error is a result here, counted and reported
                with lock:
                    errors.append(repr(exc)[:200])
                continue
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                from_database += body["backend"] == "database"

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    if fault is not None:
        threads.append(threading.Thread(target=lambda: (time.sleep(5), fault())))
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return {
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
        "answered_by_database": from_database,
        "requests_per_second": round(len(latencies) / elapsed, 1),
        **percentiles(latencies),
        "max_ms": round(max(latencies) * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--search-url", required=True, help="the cluster's nodes, comma-separated")
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--port", type=int, default=8078)
    parser.add_argument("--dir", help="keep the SQLite database here and reuse its jobs")
    args = parser.parse_args()
    nodes = args.search_url.split(",")

    tmp, env = bench_environment(
        args.dir,
        "ptp-cluster-bench-",
        SEARCH_URL=args.search_url,
        SEARCH_INDEX_PREFIX="bench_cluster_",
        SEARCH_SHARDS="3",
        SEARCH_REPLICAS="1",
        SEARCH_TIMEOUT="2",
    )
    from search.service import engine_backend

    results: dict = {"jobs": args.jobs, "clients": args.clients, "nodes": len(nodes)}
    ensure_jobs(args.jobs, tmp, results)
    backend = engine_backend()
    start = time.perf_counter()
    results["rebuild"] = {**backend.rebuild(), "seconds": round(time.perf_counter() - start, 1)}
    print("rebuilt", results["rebuild"], flush=True)
    mix = query_mix(400)

    def restart_nodes() -> None:
        subprocess.run(
            [str(ROOT / "scripts/search-engine"), "start"],
            env={
                **env,
                "SEARCH_NODES": str(len(nodes)),
                "SEARCH_PORT": str(urlsplit(nodes[0]).port),
            },
            check=True,
            capture_output=True,
            timeout=300,
        )

    def freeze_for_eight_seconds() -> None:
        pids = [node_pid(url) for url in nodes]
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        time.sleep(8)
        for pid in pids:
            os.kill(pid, signal.SIGCONT)

    gunicorn = start_gunicorn(env, args.port)
    try:
        # Warm the workers and the engine's request cache: the whole mix twice (each shard
        # has two copies, each with its own cache), as a board's repeated searches find it.
        for params in mix * 2:
            with urllib.request.urlopen(f"http://127.0.0.1:{args.port}/api/v1/jobs/?{params}"):
                pass
        results["steady"] = phase(args.port, mix, args.clients, args.seconds)
        print("steady", results["steady"], flush=True)
        victim = nodes[1]
        results["node_killed"] = phase(
            args.port,
            mix,
            args.clients,
            args.seconds,
            fault=lambda: os.kill(node_pid(victim), signal.SIGKILL),
        )
        print("node killed", results["node_killed"], flush=True)
        restart_nodes()
        results["engine_frozen"] = phase(
            args.port, mix, args.clients, args.seconds, fault=freeze_for_eight_seconds
        )
        print("engine frozen for 8 s", results["engine_frozen"], flush=True)
        time.sleep(31)  # the circuit breaker's cooldown: every worker back on the engine
        results["after_recovery"] = phase(args.port, mix, args.clients, 10)
        print("after recovery", results["after_recovery"], flush=True)
    finally:
        gunicorn.terminate()
        gunicorn.wait()
        for index in backend.adapter.aliased_indexes(backend.alias):
            backend.adapter.delete_index(index)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
