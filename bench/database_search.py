"""The database search backend on N synthetic jobs (default 100,000), without a search engine.

    .venv/bin/python bench/database_search.py [--jobs 100000] [--dir var/bench-database]

Loads the jobs through ingest into SQLite in ``--dir`` (kept, and reused by later runs with the
same size), then runs the fixed query mix of ``bench/search.py`` through the database backend
(once with its counts cache emptied before every query, once as served: counts reused while
the jobs are unchanged) and through the public ``search_jobs`` (database mode), printing
p50/p95/p99 and the slowest queries. ``--dir`` on a fresh path measures from scratch.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search import load_jobs, percentiles, query_mix  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--dir", default=str(ROOT / "var" / "bench-database"))
    args = parser.parse_args()

    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "PTP_VAR_DIR": str(folder),
            "INGEST_SEED_SOURCES_ENABLED": "0",
            "LOG_LEVEL": "ERROR",
        }
    )
    for name in ("DATABASE_URL", "SEARCH_URL"):
        os.environ.pop(name, None)
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.http import QueryDict

    from jobboard.models import Job
    from search.backends.database import DatabaseBackend
    from search.query import JobQuery
    from search.service import search_jobs

    call_command("migrate", verbosity=0)
    if Job.objects.count() < args.jobs:
        print(f"loading {args.jobs:,} jobs through ingest...", flush=True)
        print(f"loaded in {load_jobs(args.jobs, folder):.0f} s", flush=True)
    mix = query_mix(args.queries)
    queries = [JobQuery.from_params(QueryDict(params)) for params in mix]
    backend = DatabaseBackend()
    for q in queries[:20]:  # warm SQLite's page cache
        backend.search(q)
    timings = []
    for params, q in zip(mix, queries, strict=True):
        cache.clear()
        start = time.perf_counter()
        backend.search(q)
        timings.append((time.perf_counter() - start, params))
    results = {
        "jobs": Job.objects.count(),
        "database_backend_counts_uncached": percentiles([t for t, _ in timings]),
        "database_backend": percentiles([_timed(backend.search, q) for q in queries]),
        "public_search_function": percentiles([_timed(search_jobs, q) for q in queries]),
        "slowest": [(round(t * 1000, 1), p) for t, p in sorted(timings, reverse=True)[:8]],
    }
    print(json.dumps(results, indent=1))


def _timed(call, item) -> float:
    start = time.perf_counter()
    call(item)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
