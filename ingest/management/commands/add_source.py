"""``manage.py add_source URL``: the contract in docs/architecture.md, "Contracts"."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from ingest.platforms import UnknownPlatform
from ingest.sources import add_source, redact
from jobboard.models import GovernmentLevel


class Command(BaseCommand):
    help = (
        "Add a source from a careers-page address: the platform is recognised from the address "
        "and the feed or API address derived. The source starts disabled until it is confirmed "
        "(Ingest now, in the admin). Exit 1 when the address is on no known platform."
    )

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--agency", default="", help="The employer whose jobs these are.")
        parser.add_argument("--level", default="", choices=["", *GovernmentLevel.values])
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print one JSON object."
        )

    def handle(self, *args, url, agency, level, as_json: bool, **options):
        try:
            source, created = add_source(url, agency=agency, level=level)
        except (UnknownPlatform, ValueError) as exc:
            self.stderr.write(f"add_source: {exc}")
            sys.exit(1)
        if as_json:
            self.stdout.write(_dumps(source))
            return
        verb = "Added" if created else "Already a source:"
        self.stdout.write(
            f"{verb} {source.slug} ({source.get_platform_display()}, format {source.format}) "
            f"reading {redact(source.url)}; it is disabled until confirmed with Ingest now."
        )


def _dumps(source) -> str:
    return json.dumps(
        {
            "slug": source.slug,
            "name": source.name,
            "format": source.format,
            "url": redact(source.url),
            "agency": source.agency_default,
            "government_level": source.government_level,
        }
    )
