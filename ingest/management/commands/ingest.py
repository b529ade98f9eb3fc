"""``manage.py ingest``: the contract in docs/architecture.md, "Contracts"."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from ingest.classifier import Classifier
from ingest.management.stderr_logs import logs_to_stderr
from ingest.parsers import PARSERS
from ingest.pipeline import SourceReport, ingest_sources, source_for_location
from ingest.upsert import UpsertCounts
from jobboard.models import Source

FORMATS = [*PARSERS, "auto"]


class Command(BaseCommand):
    help = (
        "Ingest job listings from configured sources (all enabled ones, or those named), or from "
        "one --file or --url. Exit 1 when any source failed as a whole."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="*", metavar="SOURCE_SLUG")
        where = parser.add_mutually_exclusive_group()
        where.add_argument("--file", help="Read listings from a file.")
        where.add_argument("--url", help="Fetch listings from a URL.")
        parser.add_argument("--format", choices=FORMATS, default="auto")
        parser.add_argument("--agency", default="", help="Employer when listings name none.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")

    def handle(self, *args, **options):
        with logs_to_stderr():
            self._ingest(**options)

    def _ingest(self, *, sources, file, url, format, agency, json, **options):
        if (file or url) and sources:
            raise CommandError("Name sources, or give --file or --url, not both.")
        if file or url:
            targets = [source_for_location(file or url, fmt=format, agency=agency)]
        elif sources:
            found = {s.slug: s for s in Source.objects.filter(slug__in=sources)}
            missing = [slug for slug in sources if slug not in found]
            if missing:
                raise CommandError(f"No source with the slug {', '.join(missing)}.")
            targets = [found[slug] for slug in sources]
        else:
            targets = list(Source.objects.enabled())
        classifier = Classifier.from_database()
        fmt = "" if format == "auto" and not (file or url) else format
        reports = []
        # Several sources are read in worker processes while this one writes (INGEST_WORKERS).
        results = ingest_sources(targets, fmt=fmt, classifier=classifier, log_failure=False)
        for report in results:
            reports.append(report)
            if not report.ok:
                self.stderr.write(f"ingest: {report.source.slug}: {report.error}")
            elif not json:
                self.stdout.write(self._line(report))
        if json:
            self.stdout.write(_dumps(_summary(reports)))
        if any(not report.ok for report in reports):
            sys.exit(1)

    def _line(self, report: SourceReport) -> str:
        note = " (not modified)" if report.not_modified else ""
        note += "" if report.complete else " (incomplete read: nothing closed)"
        return f"{report.source.slug}: {report.counts.summary()}{note}"


def _summary(reports: list[SourceReport]) -> dict:
    """The ``--json`` object: every count summed over the sources, then errors and sources."""
    errors = []
    for report in reports:
        if report.error:
            errors.append({"source": report.source.slug, "message": report.error})
        errors.extend({"source": report.source.slug, "message": m} for m in report.counts.errors)
    return {
        **UpsertCounts.total(report.counts for report in reports).numbers(),
        "errors": errors,
        "sources": [{"source": r.source.slug, "ok": r.ok, "complete": r.complete} for r in reports],
    }


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False)
