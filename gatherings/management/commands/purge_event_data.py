"""``manage.py purge_event_data [--json]``: delete the personal data of past events once each
event's retention period (``EventPage.retention_months``, 12 by default) has passed; run daily."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from gatherings import services


class Command(BaseCommand):
    help = "Delete the registrations of events whose retention period has passed."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="Print the counts as JSON.")

    def handle(self, *args, **options) -> None:
        counts = services.purge_personal_data()
        if options["json"]:
            self.stdout.write(json.dumps(counts))
        else:
            self.stdout.write(
                f"Deleted {counts['registrations']} registrations of {counts['events']} "
                "past events."
            )
