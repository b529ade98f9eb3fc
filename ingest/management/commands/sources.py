"""``manage.py sources``: every source's health (the contract in docs/architecture.md)."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand
from django.utils import timezone

from ingest.sources import health, redact


class Command(BaseCommand):
    help = (
        "Show every source's health: enabled, confirmed, last success, last error, failures in "
        "a row, listings carried, and stale when nothing succeeded for 48 hours."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print a JSON list."
        )

    def handle(self, *args, as_json: bool, **options):
        rows = health()
        if as_json:
            self.stdout.write(json.dumps([row.as_json() for row in rows]))
            return
        now = timezone.now()
        for row in rows:
            source = row.source
            state = "enabled" if source.enabled else "disabled"
            state += ", confirmed" if source.confirmed else ", not confirmed"
            if row.stale:
                state += ", STALE"
            success = (
                f"{source.last_success_at:%Y-%m-%d %H:%M}" if source.last_success_at else "never"
            )
            line = f"{source.slug} [{source.format or '?'}] {state}; last success {success}; "
            line += f"{row.listings} listing(s)"
            if source.consecutive_failures:
                line += f"; {source.consecutive_failures} failure(s) in a row"
                if source.retry_after and source.retry_after > now:
                    line += f", next try after {source.retry_after:%Y-%m-%d %H:%M}"
                line += f": {redact(source.last_error)}"
            self.stdout.write(line)
