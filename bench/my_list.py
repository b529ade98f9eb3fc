"""The daily reminder run at scale: P people (default 20,000) with S saved jobs (default
100,000) on the database backend, in a fresh SQLite database in a temporary folder.

    .venv/bin/python bench/my_list.py [--people 20000] [--saved 100000] [--jobs 5000]

Jobs close over the next 60 days; each person saves S/P of them, some applied to, some on an
eligible list ending over the next year, so a few percent are due on the day. Measures
``send_reminders`` end to end (find what is due, render and "send" every email through
Django's dummy backend, so no SMTP time is counted, record each reminder), then a second run
the same day, which must send nothing. Baseline: the one query that counts the saved jobs
closing soon and not yet applied to, on the same data, the floor any reminder run pays.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BATCH = 5_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--saved", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=5_000)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ptp-my-list-bench-"))
    os.environ.pop("DATABASE_URL", None)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "PTP_VAR_DIR": str(tmp),
            "INGEST_SEED_SOURCES_ENABLED": "0",
            "LOG_LEVEL": "ERROR",
            "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        }
    )
    import django

    django.setup()
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from applications.models import Person, Progress, SavedJob
    from applications.reminders import send_reminders
    from jobboard.models import Agency, Job

    call_command("migrate", verbosity=0)
    now = timezone.now()
    rng = random.Random(31)
    agency = Agency.objects.create(name="County of Los Angeles", slug="county-la", level="county")
    jobs = Job.objects.bulk_create(
        (
            Job(
                raw_title=f"Data Analyst {n}",
                title=f"Data Analyst {n}",
                slug=f"data-analyst-{n}",
                agency=agency,
                closes_at=now + timedelta(hours=rng.uniform(1, 60 * 24)),
            )
            for n in range(args.jobs)
        ),
        batch_size=BATCH,
    )
    people = Person.objects.bulk_create(
        (
            Person(
                address=f"person{n}@example.org",
                email=f"person{n}@example.org",
                language=rng.choice(["en", "es"]),
                calendar_key=f"calendar-{n}",
            )
            for n in range(args.people)
        ),
        batch_size=BATCH,
    )
    per_person = args.saved // args.people
    rows = []
    for person in people:
        for job in rng.sample(jobs, per_person):
            progress = rng.choices(
                [Progress.INTERESTED, Progress.APPLIED, Progress.ELIGIBLE], [6, 3, 1]
            )[0]
            rows.append(
                SavedJob(
                    person=person,
                    job=job,
                    title=job.title,
                    employer=agency.name,
                    url=f"/jobs/{job.pk}/{job.slug}/",
                    closes_at=job.closes_at,
                    progress=progress,
                    eligible_until=(now + timedelta(days=rng.randint(1, 365))).date()
                    if progress == Progress.ELIGIBLE
                    else None,
                )
            )
    SavedJob.objects.bulk_create(rows, batch_size=BATCH)

    started = time.perf_counter()
    floor = SavedJob.objects.filter(
        progress=Progress.INTERESTED,
        job__closes_at__gte=now,
        job__closes_at__lt=now + timedelta(days=3),
    ).count()
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    first = send_reminders(now=now)
    first_seconds = time.perf_counter() - started
    started = time.perf_counter()
    second = send_reminders(now=now)
    second_seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "people": args.people,
                "saved_jobs": SavedJob.objects.count(),
                "jobs": args.jobs,
                "baseline_due_count_query_seconds": round(baseline, 3),
                "closing_soon_not_applied": floor,
                "first_run": {**first.as_json(), "seconds": round(first_seconds, 2)},
                "second_run": {**second.as_json(), "seconds": round(second_seconds, 2)},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
