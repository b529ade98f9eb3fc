"""Insights benchmark: /insights/ at N synthetic jobs (default 100,000) from the ingest generator.

    scripts/search-engine start
    .venv/bin/python bench/insights.py --search-url http://127.0.0.1:9201 [--jobs 100000] [--dir D]

In a fresh SQLite database in a temporary folder (or the one kept in ``--dir``, as
``bench/search.py`` keeps it): the jobs are ingested, given first-seen dates spread over the
last 200 days and a fifth of them closed on a later day (so the weekly series has history),
and indexed (``--search-url ""`` measures the database backend alone). Then, per backend:
- the background refresh (``insights.tasks.refresh``), timed: one market reading and one per
  role family, the figures and every chart (the page's eight and each role family's two guide
  charts) drawn in every language and stored in the shared cache (a database table in this
  configuration, as on one machine; Redis in production);
- the page's view, called in process (no HTTP; the project's middleware does not run) right
  after the results changed (``results_changed`` sent with the refresh held in a task queue,
  as the worker would have it): it serves the stored figures and draws nothing;
- the same call otherwise (the figures fresh).
The refresh is split into its parts once (the market read, the figures, the page's charts).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search import load_jobs, percentiles  # noqa: E402


def spread_history(days: int = 200, closed_share: int = 5) -> None:
    """First-seen dates over the last ``days`` days; one job in ``closed_share`` closed a
    few days to a few weeks after it was first seen (and before now)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE jobboard_job SET first_seen_at = "
            "datetime('now', '-' || (abs(random()) %% %s) || ' days', "
            "'-' || (abs(random()) %% 86400) || ' seconds')",
            [days],
        )
        cursor.execute(
            "UPDATE jobboard_job SET status = 'closed', closed_because = 'filled', "
            "closed_reason = 'Filled.', "
            "closed_at = min(datetime('now'), datetime(first_seen_at, '+' || "
            "(3 + abs(random()) %% 40) || ' days')) WHERE id %% %s = 0",
            [closed_share],
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--search-url", default=os.environ.get("SEARCH_URL", "http://127.0.0.1:9201")
    )
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15, help="refreshes per backend")
    parser.add_argument("--cached-runs", type=int, default=200, help="requests per backend")
    parser.add_argument("--dir", help="keep the SQLite database here and reuse its jobs")
    args = parser.parse_args()

    tmp = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="ptp-insights-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ.pop("DATABASE_URL", None)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "PTP_VAR_DIR": str(tmp),
            "SEARCH_URL": args.search_url,
            "SEARCH_INDEX_PREFIX": "bench_insights_",
            "SEARCH_TIMEOUT": "30",
            "INGEST_SEED_SOURCES_ENABLED": "0",
            "LOG_LEVEL": "ERROR",
        }
    )
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import RequestFactory, override_settings
    from django.utils import timezone

    from insights import services, tasks
    from insights.charts import page_charts
    from insights.figures import figures_from
    from insights.views import insights_page
    from jobboard.models import Job
    from search.query import JobQuery
    from search.service import configured_backend, engine_backend
    from search.signals import results_changed

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # the page's hashed names
    results: dict = {"jobs": args.jobs}
    if Job.objects.count() < args.jobs:
        print(f"loading {args.jobs:,} jobs through ingest...", flush=True)
        results["ingest_seconds"] = round(load_jobs(args.jobs, tmp), 1)
        spread_history()
    else:
        print(f"reusing the {Job.objects.count():,} jobs in {tmp}", flush=True)
    if args.search_url:
        engine_backend().rebuild()
    request = RequestFactory().get("/insights/", HTTP_HOST="localhost")

    def page() -> None:
        response = insights_page(request)
        if response.status_code != 200:
            raise SystemExit(f"/insights/ answered {response.status_code}")

    def refresh() -> None:
        cache.clear()  # the database backend's cached facet cube among it
        tasks.refresh()

    held = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    def after_a_change() -> None:
        with override_settings(TASKS=held):
            results_changed.send(sender=None, job_ids=None)  # the refresh queued, not run
            page()

    def timed(call, runs: int) -> list[float]:
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            call()
            samples.append(time.perf_counter() - start)
        return samples

    def parts() -> dict[str, float]:
        backend = configured_backend()
        start = time.perf_counter()
        market = backend.market(timezone.now(), JobQuery())
        read = time.perf_counter()
        figures = figures_from(market)
        built = time.perf_counter()
        page_charts(figures)
        drawn = time.perf_counter()
        return {
            "market_read_ms": round((read - start) * 1000, 1),
            "figures_ms": round((built - read) * 1000, 1),
            "eight_charts_ms": round((drawn - built) * 1000, 1),
            "open_jobs": market.open_jobs,
        }

    backends = [("database", {"URL": "", "ENGINE": "", "INDEX_PREFIX": "", "TIMEOUT": 5.0})]
    if args.search_url:
        backends.insert(0, ("engine", None))
    for name, search in backends:
        with override_settings(**({"SEARCH": search} if search else {})):
            refresh()  # the first call starts the chart renderer's JavaScript engine
            samples = timed(refresh, args.runs)
            results[f"{name}_refresh"] = {
                **percentiles(samples),
                "mean_ms": round(statistics.mean(samples) * 1000, 1),
                "max_ms": round(max(samples) * 1000, 1),
            }
            results[f"{name}_parts"] = parts()
            results[f"{name}_after_a_change"] = percentiles(timed(after_a_change, args.runs))
            results[f"{name}_request"] = percentiles(timed(page, args.cached_runs))
        print(name, results[f"{name}_refresh"], results[f"{name}_parts"], flush=True)
    weekly = services.current_figures().weekly
    results["weekly_new_per_week"] = [week.new for week in weekly[-4:]]
    results["weekly_closed_per_week"] = [week.closed for week in weekly[-4:]]
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
