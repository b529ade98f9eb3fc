"""Site map benchmark: N open technology jobs (default 100,000), then the time and size of
``/sitemap.xml`` (the index) and of a page of a jobs section, uncached and from the cache.

    .venv/bin/python bench/sitemap.py [--jobs 100000] [--dir var/bench-sitemap]

In a fresh SQLite database in a temporary folder (or ``--dir``, whose jobs are reused), on the
default settings (the shared cache is the database cache). The jobs are written in bulk
(``jobboard.bulk.insert_rows``; the site map reads only their ids, slugs and dates, so ingest's
realism would add nothing but time). Requests go through Django's test client, so the figures
are the application's own time, without a web server.

The baseline, measured in the same run on the same jobs: the site map before issue 27, one
uncached response of Django's ``i18n`` sitemap over every job (which builds the list of every
job in every language on each request, and reverses three addresses per job and language).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search import bench_environment  # noqa: E402

HOST = "localhost"


def make_jobs(n: int) -> int:
    """Add open technology jobs until there are ``n`` visible ones; return how many were added."""
    from datetime import timedelta

    from django.utils import timezone

    from jobboard.bulk import insert_rows
    from jobboard.models import Agency, Job, RoleFamily

    have = Job.objects.visible().technology().count()
    if have >= n:
        return 0
    agency, _ = Agency.objects.get_or_create(
        slug="bench-county", defaults={"name": "Bench County", "level": "county"}
    )
    families = list(RoleFamily.objects.order_by("pk"))
    closes = timezone.now() + timedelta(days=365)
    batch = 5_000
    for start in range(have, n, batch):
        insert_rows(
            [
                Job(
                    raw_title=f"Data Analyst {number}",
                    title=f"Data Analyst {number}",
                    slug=f"data-analyst-{number}",
                    agency=agency,
                    role_family=families[number % len(families)],
                    status="open",
                    closes_at=closes,
                )
                for number in range(start, min(start + batch, n))
            ]
        )
    return n - have


def timed_get(client, path: str, repeat: int, *, drop_cache: bool) -> dict:
    """The median seconds of ``repeat`` requests for ``path`` (with the site map's cache
    dropped before each one, or not), and its size in bytes."""
    from config import sitemaps

    samples, size = [], 0
    for _ in range(repeat):
        if drop_cache:
            sitemaps.forget()
        start = time.perf_counter()
        response = client.get(path, HTTP_HOST=HOST)
        samples.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        size = len(response.content)
    return {"median_ms": round(statistics.median(samples) * 1000, 1), "bytes": size}


def queries_of(client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from config import sitemaps

    sitemaps.forget()
    with CaptureQueriesContext(connection) as captured:
        client.get(path, HTTP_HOST=HOST)
    return len(captured.captured_queries)


def baseline(repeat: int) -> dict:
    """The site map before issue 27: Django's i18n sitemap of every job, uncached."""
    from django.contrib.sitemaps import Sitemap
    from django.contrib.sitemaps.views import sitemap
    from django.test import RequestFactory
    from django.urls import reverse

    from jobboard.models import Job

    class OldJobSitemap(Sitemap):
        changefreq = "daily"
        limit = 10_000
        i18n = True
        alternates = True
        x_default = True

        def items(self):
            return (
                Job.objects.visible().technology().order_by("pk").only("pk", "slug", "updated_at")
            )

        def lastmod(self, job):
            return job.updated_at

        def location(self, job):
            return reverse("search:job", args=[job.pk, job.slug])

    samples, size = [], 0
    for _ in range(repeat):
        request = RequestFactory().get("/sitemap.xml", HTTP_HOST=HOST)
        start = time.perf_counter()
        response = sitemap(request, {"jobs": OldJobSitemap})
        response.render()
        samples.append(time.perf_counter() - start)
        size = len(response.content)
    return {"median_ms": round(statistics.median(samples) * 1000, 1), "bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--dir",
        help="keep the SQLite database here and reuse its jobs on later runs "
        "(default: a fresh temporary folder)",
    )
    args = parser.parse_args()

    bench_environment(args.dir, "ptp-sitemap-bench-", SEARCH_URL="")
    from django.core.management import call_command
    from django.test import Client

    from search.sitemaps import SECTION_LIMIT

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    added = make_jobs(args.jobs)
    results: dict = {
        "jobs": args.jobs,
        "jobs_written_seconds": round(time.perf_counter() - start, 1),
        "jobs_written": added,
        "section_limit": SECTION_LIMIT,
    }
    client = Client()
    last = -(-args.jobs // SECTION_LIMIT)
    paths = {
        "index": "/sitemap.xml",
        "jobs_first_page": "/sitemap-jobs-es.xml",
        "jobs_last_page": f"/sitemap-jobs-es.xml?p={last}",
    }
    for name, path in paths.items():
        results[name] = {
            "path": path,
            "queries": queries_of(client, path),
            "uncached": timed_get(client, path, args.repeat, drop_cache=True),
            "cached": timed_get(client, path, args.repeat, drop_cache=False),
        }
        print(name, results[name], flush=True)
    results["baseline_one_uncached_sitemap_of_every_job"] = baseline(max(1, args.repeat // 2))
    print("baseline", results["baseline_one_uncached_sitemap_of_every_job"], flush=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
