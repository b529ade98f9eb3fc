"""Ingest benchmark: N synthetic listings in the real formats, into a fresh SQLite database,
with classification, then the same input again.

    .venv/bin/python bench/ingest.py                 # N = 10,000 and 50,000
    .venv/bin/python bench/ingest.py --sizes 2000    # a quick run

Each N runs in its own process (so peak RSS is comparable) with its own database in a
temporary folder. Prints one line per N and a JSON summary."""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(n: int, directory: Path, per_source: int, workers: int) -> dict:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from bench.generator import write_sources
    from ingest.classifier import Classifier
    from ingest.pipeline import ingest_sources, source_for_location
    from ingest.upsert import UpsertCounts

    call_command("migrate", verbosity=0)
    files = write_sources(n, directory / "sources", per_source=per_source)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    classifier = Classifier.from_database()
    sources = [source_for_location(str(p), fmt=f, agency=a) for p, f, a in files]

    def run() -> tuple[float, dict]:
        start = time.perf_counter()
        reports = list(ingest_sources(sources, classifier=classifier, workers=workers))
        seconds = time.perf_counter() - start
        for report in reports:
            if not report.ok:
                raise SystemExit(f"{report.source.slug}: {report.error}")
        return seconds, UpsertCounts.total(report.counts for report in reports).numbers()

    first, first_counts = run()
    second, second_counts = run()
    # Third run: every document re-served with a trivial byte change (trailing whitespace), so
    # the whole-document check cannot skip it and each listing's own hash is checked.
    for path, _, _ in files:
        with path.open("ab") as handle:
            handle.write(b"\n")
    third, third_counts = run()
    return {
        "n": n,
        "workers": workers,
        "sources": len(sources),
        "first_seconds": round(first, 2),
        "listings_per_second": round(n / first),
        "second_seconds": round(second, 2),
        "second_run_speedup": round(first / second, 1),
        "first_counts": first_counts,
        "second_counts": second_counts,
        "third_seconds_per_listing_checks": round(third, 2),
        "third_run_speedup": round(first / third, 1),
        "third_counts": third_counts,
        "rss_before_ingest_mb": round(rss_before),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        # The largest reading worker (0 with one process).
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--per-source", type=int, default=500)
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="reading processes beside the writing one (INGEST_WORKERS; 1: read and write in turn)",
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.dir, args.per_source, args.workers)))
        return
    results = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="ptp-bench-") as tmp:
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "config.settings.base",
                "PTP_VAR_DIR": tmp,
                "INGEST_SEED_SOURCES_ENABLED": "0",
                "LOG_LEVEL": "ERROR",
            }
            env.pop("DATABASE_URL", None)
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    str(n),
                    "--dir",
                    tmp,
                    "--per-source",
                    str(args.per_source),
                    "--workers",
                    str(args.workers),
                ],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            result = json.loads(out.strip().splitlines()[-1])
        results.append(result)
        print(
            f"N={n:>6}, {result['workers']} worker(s): first run {result['first_seconds']:>7.2f} s "
            f"({result['listings_per_second']} listings/s), second run "
            f"{result['second_seconds']:.2f} s ({result['second_run_speedup']}x faster), "
            f"per-listing checks {result['third_seconds_per_listing_checks']:.2f} s "
            f"({result['third_run_speedup']}x faster), "
            f"peak RSS {result['peak_rss_mb']} MB (before ingest {result['rss_before_ingest_mb']} MB, "
            f"largest worker {result['worker_peak_rss_mb']} MB)"
        )
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
