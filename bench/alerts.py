"""Alert digests benchmark: N confirmed alerts (default 10,000) drawn from the search
benchmark's query mix, and M newly ingested jobs (default 1,000) through the real ingest.

    scripts/search-engine start
    .venv/bin/python bench/alerts.py --search-url http://127.0.0.1:9201 [--alerts 10000] [--jobs 1000]

In a fresh SQLite database in a temporary folder: measures ``send_digests`` end to end (find
every (alert, job) match, render every digest; the mail backend is Django's dummy one, so no
SMTP time is counted) with the engine's percolator, then again with the database backend, from
the same starting positions. Reports the seconds, the matches, the digests and the process's
peak memory before and after each pass.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search import load_jobs, query_mix  # noqa: E402


def peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--search-url", default=os.environ.get("SEARCH_URL", "http://127.0.0.1:9201")
    )
    parser.add_argument("--alerts", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=1_000)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ptp-alerts-bench-"))
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "PTP_VAR_DIR": str(tmp),
        "SEARCH_URL": args.search_url,
        "SEARCH_INDEX_PREFIX": "bench_alerts_",
        "SEARCH_TIMEOUT": "60",
        "INGEST_SEED_SOURCES_ENABLED": "0",
        "LOG_LEVEL": "ERROR",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    }
    os.environ.pop("DATABASE_URL", None)
    os.environ.update(env)
    import django

    django.setup()
    from datetime import timedelta

    from django.conf import settings
    from django.core.management import call_command
    from django.http import QueryDict
    from django.utils import timezone

    from alerts import services
    from alerts.models import Alert, Mailbox
    from search.query import JobQuery
    from search.service import engine_backend

    call_command("migrate", verbosity=0)
    start_position = timezone.now() - timedelta(minutes=1)
    mix = query_mix(args.alerts, seed=11)
    mailboxes = Mailbox.objects.bulk_create(
        Mailbox(address=f"person{number}@example.org") for number in range(len(mix))
    )
    Alert.objects.bulk_create(
        Alert(
            mailbox=mailboxes[number],
            email=f"person{number}@example.org",
            query=services.canonical(JobQuery.from_params(QueryDict(query))),
            frequency="daily",
            confirmed_at=start_position,
            expires_at=start_position + timedelta(days=365),
            matched_through=start_position,
        )
        for number, query in enumerate(mix)
    )
    print(f"{args.alerts:,} alerts; ingesting {args.jobs:,} new jobs...", flush=True)
    ingest_seconds = load_jobs(args.jobs, tmp)
    engine = engine_backend()
    engine.rebuild()  # the job index (the percolator reads documents from the database)
    results: dict = {
        "alerts": args.alerts,
        "new_jobs": args.jobs,
        "ingest_seconds": round(ingest_seconds, 1),
    }

    def run(name: str) -> None:
        Alert.objects.update(matched_through=start_position, last_sent_at=None)
        before = peak_mb()
        began = time.perf_counter()
        report = services.send_digests(now=timezone.now())
        seconds = time.perf_counter() - began
        results[name] = {
            "seconds": round(seconds, 1),
            "backend": report.backend,
            "digests": report.emails,
            "matches": report.jobs,
            "peak_mb_before": before,
            "peak_mb_after": peak_mb(),
        }
        print(name, json.dumps(results[name]), flush=True)

    run("engine")
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    run("database")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
