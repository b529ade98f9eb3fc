"""``manage.py classify``: titles in on stdin, one JSON classification per line out."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from ingest.classifier import Classifier
from ingest.management.stderr_logs import logs_to_stderr


class Command(BaseCommand):
    help = (
        "Read lines from stdin, each a plain title or a JSON object with title and optionally "
        "grade, series and employer; write one JSON object per line with role_family and "
        "seniority (null when it is not a technology job)."
    )

    def handle(self, *args, **options):
        with logs_to_stderr():
            self._classify()

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
