"""Search benchmark on N synthetic jobs (default 100,000) from the ingest generator.

    scripts/search-engine start
    .venv/bin/python bench/search.py --search-url http://127.0.0.1:9201 [--jobs 100000] [--dir D]

Measures, in a fresh SQLite database in a temporary folder (or the one kept in ``--dir``):
1. indexing: ``search_index rebuild`` through the project vs a raw bulk of the same documents
   through the client alone (same mapping, same chunk size);
2. a fixed mix of queries (text with filters and facets, facets only, a deep page):
   p50/p95/p99 for the public function ``search_jobs``, for the raw engine query with the
   same body and the HTTP API under gunicorn with one client (side by side, query by query:
   the API's own time is the difference of their p50s), for the API with the engine's request
   cache emptied before each request, and for the database backend
   (with its counts cache emptied before each query, then as served);
3. throughput of the API under concurrent clients, with the error count: after the one-client
   pass (the request cache holding the mix's responses) and again from an empty cache.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXTS = ["data", "engineer", "security analyst", "help desk", "gis", "SWE", "cloud", "product"]
FACET_CHOICES = {
    "government_level": ["federal", "state", "county", "city", "nonprofit", "private"],
    "remote": ["remote", "hybrid", "onsite"],
    "seniority": ["entry", "mid", "senior", "lead"],
    "role_family": ["software-engineering", "data-analytics", "cybersecurity", "it-support"],
}


def query_mix(count: int, seed: int = 3) -> list[str]:
    """Query strings: 50% text with filters, 35% facets only, 15% deep pages."""
    rng = random.Random(seed)
    mix = []
    for number in range(count):
        params = []
        kind = number % 20
        if kind < 10:
            params.append(("q", rng.choice(TEXTS)))
        if kind < 17:
            for facet in rng.sample(list(FACET_CHOICES), k=rng.randint(1, 2)):
                for value in rng.sample(FACET_CHOICES[facet], k=rng.randint(1, 2)):
                    params.append((facet, value))
        else:
            params += [("sort", "newest"), ("page", str(rng.randint(100, 400)))]
        mix.append("&".join(f"{k}={urllib.request.quote(v)}" for k, v in params))
    return mix


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1)

    return {"p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99), "n": len(ordered)}


def timed(call, items) -> list[float]:
    samples = []
    for item in items:
        start = time.perf_counter()
        call(item)
        samples.append(time.perf_counter() - start)
    return samples


def load_jobs(n: int, directory: Path) -> float:
    from bench.generator import write_sources
    from ingest.classifier import Classifier
    from ingest.pipeline import ingest_source, source_for_location

    files = write_sources(n, directory / "sources")
    classifier = Classifier.from_database()
    start = time.perf_counter()
    for path, fmt, agency in files:
        ingest_source(source_for_location(str(path), fmt=fmt, agency=agency), classifier=classifier)
    return time.perf_counter() - start


def bench_environment(directory: str | None, temp_prefix: str, **search: str) -> tuple[Path, dict]:
    """The benchmark's folder (``directory``, kept between runs, else a new temporary one)
    and the environment of its Django processes (SQLite in that folder, these ``SEARCH_*``
    settings, no seed sources, quiet logs, loopback hosts), applied to this process, with
    Django set up."""
    tmp = Path(directory) if directory else Path(tempfile.mkdtemp(prefix=temp_prefix))
    tmp.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "PTP_VAR_DIR": str(tmp),
        **search,
        "INGEST_SEED_SOURCES_ENABLED": "0",
        "LOG_LEVEL": "ERROR",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    env.pop("DATABASE_URL", None)
    os.environ.update(env)
    import django

    django.setup()
    return tmp, env


def ensure_jobs(n: int, directory: Path, results: dict) -> None:
    """Migrate, and ingest ``n`` synthetic jobs unless the database already holds them
    (recording the ingest's seconds in ``results``)."""
    from django.core.management import call_command

    from jobboard.models import Job

    call_command("migrate", verbosity=0)
    if Job.objects.count() < n:
        print(f"loading {n:,} jobs through ingest...", flush=True)
        results["ingest_seconds"] = round(load_jobs(n, directory), 1)
    else:
        print(f"reusing the {Job.objects.count():,} jobs in {directory}", flush=True)


def raw_bulk(adapter, documents: list[dict], name: str) -> float:
    from opensearchpy import helpers

    from search.backends.engine.mapping import index_body

    body = index_body()
    body["settings"]["index"]["refresh_interval"] = "-1"
    adapter.client.indices.create(index=name, body=body)
    start = time.perf_counter()
    for ok, item in helpers.streaming_bulk(
        adapter.client,
        ({"_index": name, "_id": str(d["id"]), "_source": d} for d in documents),
        chunk_size=1000,
        request_timeout=60,
    ):
        if not ok:
            raise SystemExit(f"raw bulk refused a document: {item}")
    adapter.client.indices.refresh(index=name)
    elapsed = time.perf_counter() - start
    adapter.client.indices.delete(index=name)
    return elapsed


def start_gunicorn(env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "config.wsgi",
            "--workers",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def api_get(port: int, params: str) -> None:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/jobs/?{params}", timeout=10) as r:
        if r.status != 200:
            raise RuntimeError(r.status)
        r.read()


def concurrent_load(port: int, mix: list[str], clients: int, requests: int) -> dict:
    errors, latencies, lock = [], [], threading.Lock()
    per_client = requests // clients

    def client(offset: int) -> None:
        for number in range(per_client):
            params = mix[(offset * per_client + number) % len(mix)]
            start = time.perf_counter()
            try:
                api_get(port, params)
            except Exception as exc:
                errors.append(repr(exc))
                continue
            with lock:
                latencies.append(time.perf_counter() - start)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return {
        "clients": clients,
        "requests": per_client * clients,
        "errors": len(errors),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        **percentiles(latencies),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--search-url", default=os.environ.get("SEARCH_URL", "http://127.0.0.1:9201")
    )
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--port", type=int, default=8077)
    parser.add_argument(
        "--dir",
        help="keep the SQLite database here and reuse its jobs on later runs "
        "(default: a fresh temporary folder)",
    )
    args = parser.parse_args()

    tmp, env = bench_environment(
        args.dir,
        "ptp-search-bench-",
        SEARCH_URL=args.search_url,
        SEARCH_INDEX_PREFIX="bench_",
        SEARCH_TIMEOUT="10",
    )
    from django.core.cache import cache
    from django.http import QueryDict

    from jobboard.models import Job
    from search.backends.database import DatabaseBackend
    from search.backends.engine.bodies import search_body
    from search.documents import facet_sizes, job_documents
    from search.query import JobQuery
    from search.service import engine_backend, search_jobs

    results: dict = {"jobs": args.jobs}
    ensure_jobs(args.jobs, tmp, results)

    backend = engine_backend()
    start = time.perf_counter()
    rebuilt = backend.rebuild()
    project_seconds = time.perf_counter() - start
    documents = list(job_documents(Job.objects.order_by("pk")))
    raw_seconds = raw_bulk(backend.adapter, documents, "bench_raw_bulk")
    results["indexing"] = {
        "documents": rebuilt["documents"],
        "project_jobs_per_second": round(rebuilt["documents"] / project_seconds),
        "raw_bulk_jobs_per_second": round(len(documents) / raw_seconds),
    }
    print("indexing", results["indexing"], flush=True)

    mix = query_mix(args.queries)
    queries = [JobQuery.from_params(QueryDict(params)) for params in mix]
    for q in queries[:20]:  # warm caches
        search_jobs(q)
    from search.backends.base import search_clock

    sizes = facet_sizes()

    def raw(q, cache):
        return backend.adapter.client.search(
            index=backend.alias, body=search_body(q, search_clock(), sizes), request_cache=cache
        )

    # Cold: the engine's request cache bypassed, so every query is computed.
    results["raw_engine_query_uncached"] = percentiles(timed(lambda q: raw(q, "false"), queries))
    print("raw engine query, uncached", results["raw_engine_query_uncached"], flush=True)
    # The same request the project sends (request cache on): one pass fills the cache, the
    # measured passes are served as repeated searches are in production.
    timed(lambda q: raw(q, "true"), queries)
    results["public_search_function"] = percentiles(timed(search_jobs, queries))
    print("public function", results["public_search_function"], flush=True)
    gunicorn = start_gunicorn(env, args.port)
    try:
        for params in mix:
            api_get(args.port, params)
        # The raw query and the API side by side, query by query, so that both meet the
        # engine and the machine in the same state: the API's own time is the difference.
        raw_samples, api_samples = [], []
        for q, params in zip(queries, mix, strict=True):
            raw_samples += timed(lambda q: raw(q, "true"), [q])
            api_samples += timed(lambda p: api_get(args.port, p), [params])
        results["raw_engine_query"] = percentiles(raw_samples)
        results["http_api_one_client"] = percentiles(api_samples)
        print("raw engine query", results["raw_engine_query"], flush=True)
        print("http api, one client", results["http_api_one_client"], flush=True)

        def computed(params: str) -> float:
            """The API with the engine's request cache emptied first (not timed): every
            response computed, as for a search nobody made in the last minute."""
            backend.adapter.client.indices.clear_cache(index=backend.alias, request=True)
            return timed(lambda p: api_get(args.port, p), [params])[0]

        # The concurrent clients find the request cache as the one-client pass left it; the
        # pass with the cache emptied comes last, since it leaves the cache empty.
        results["http_api_concurrent"] = concurrent_load(
            args.port, mix, args.clients, args.requests
        )
        results["http_api_one_client_request_cache_emptied"] = percentiles(
            [computed(params) for params in mix]
        )
        # And the concurrent clients again, starting from an empty request cache: each of the
        # mix's 400 searches is computed once, then served from the cache.
        backend.adapter.client.indices.clear_cache(index=backend.alias, request=True)
        results["http_api_concurrent_from_empty_cache"] = concurrent_load(
            args.port, mix, args.clients, args.requests
        )
    finally:
        gunicorn.terminate()
        gunicorn.wait()
    database = DatabaseBackend()
    results["database_backend_counts_uncached"] = percentiles(
        timed(lambda q: (cache.clear(), database.search(q)), queries[:200])
    )
    results["database_backend"] = percentiles(timed(database.search, queries[:200]))
    results["api_overhead_p50_ms"] = round(
        results["http_api_one_client"]["p50_ms"] - results["raw_engine_query"]["p50_ms"], 1
    )
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
