"""``manage.py send_event_mail [--json]``: the events' scheduled mail, safe to run as often as
the schedule likes (each email is sent once): seat offers not taken in time lapse and go to
the next people waiting, people holding a seat get a reminder a week and a day before, and
those who agreed to follow-up a short survey a week, three and six months after."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from gatherings import services


class Command(BaseCommand):
    help = "Expire seat offers, send the week and day reminders and the follow-up surveys."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="Print the counts as JSON.")

    def handle(self, *args, **options) -> None:
        counts = {
            "offers_expired": services.expire_offers(),
            **services.send_reminders(),
            "surveys": services.send_surveys(),
        }
        if options["json"]:
            self.stdout.write(json.dumps(counts))
        else:
            self.stdout.write(
                f"{counts['offers_expired']} offers expired, {counts['week']} week reminders, "
                f"{counts['day']} day reminders, {counts['surveys']} follow-up surveys."
            )
