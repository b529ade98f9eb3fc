"""``manage.py classify``: titles in on stdin, one JSON classification per line out; or, with
``--report``, the classifier's coverage of the visible jobs per source and the review queue's
size (``ingest.review``)."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from ingest.classifier import Classifier
from ingest.management.stderr_logs import logs_to_stderr
from ingest.review import build_queue, coverage


class Command(BaseCommand):
    help = (
        "Read lines from stdin, each a plain title or a JSON object with title and optionally "
        "grade, series, employer, category, department and description; write one JSON object "
        "per line with role_family and seniority (null when it is not a technology job). "
        "With --report, print per source the share of visible jobs classified and the "
        "commonest words of unclassified titles, and the review queue's size."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--report", action="store_true", help="Report coverage instead of classifying."
        )
        parser.add_argument("--json", action="store_true", help="The report as one JSON object.")

    def handle(self, *args, **options):
        with logs_to_stderr():
            if options["report"]:
                self._report(as_json=options["json"])
            else:
                self._classify()

    def _report(self, *, as_json: bool) -> None:
        rows = coverage()
        queue = build_queue(Classifier.from_database())
        if as_json:
            report = {
                "sources": [
                    {
                        "source": row.slug,
                        "name": row.name,
                        "jobs": row.jobs,
                        "classified": row.classified,
                        "share": round(row.share, 4),
                        "unclassified_words": [
                            {"word": word, "count": count} for word, count in row.unclassified_words
                        ],
                    }
                    for row in rows
                ],
                "queue": {
                    "left_out": len(queue.left_out),
                    "weak": len(queue.weak),
                    "size": queue.size,
                },
            }
            self.stdout.write(json.dumps(report, ensure_ascii=False))
            return
        for row in rows:
            words = ", ".join(f"{word} ({count})" for word, count in row.unclassified_words)
            self.stdout.write(
                f"{row.slug}: {row.classified}/{row.jobs} classified ({row.share:.0%})"
                + (f"; unclassified titles say: {words}" if words else "")
            )
        self.stdout.write(
            f"Review queue: {queue.size} jobs ({len(queue.left_out)} left out with technology "
            f"signals, {len(queue.weak)} included on weak evidence)."
        )

    def _classify(self) -> None:
        classifier = Classifier.from_database()
        failed = False
        for number, line in enumerate(sys.stdin, start=1):
            line = line.strip()
            if not line:
                continue
            request = {"title": line}
            if line.startswith("{"):
                try:
                    request = json.loads(line)
                    if not isinstance(request, dict) or not isinstance(request.get("title"), str):
                        raise ValueError("it has no string 'title'")
                except ValueError as exc:
                    self.stderr.write(f"classify: line {number} is not a valid request: {exc}")
                    failed = True
                    continue
            series = request.get("series") or []
            result = classifier.classify(
                request["title"],
                grade=str(request.get("grade") or ""),
                series=[series] if isinstance(series, str) else [str(s) for s in series],
                employer=str(request.get("employer") or ""),
                category=str(request.get("category") or ""),
                department=str(request.get("department") or ""),
                description=str(request.get("description") or ""),
            )
            self.stdout.write(
                json.dumps(
                    {
                        "title": request["title"],
                        "role_family": result.role_family,
                        "seniority": result.seniority,
                    },
                    ensure_ascii=False,
                )
            )
        if failed:
            sys.exit(1)
