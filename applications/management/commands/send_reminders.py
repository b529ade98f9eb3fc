"""``manage.py send_reminders [--json] [--enqueue]``: email each person their reminders of the
day (saved jobs closing within two days, eligible lists ending within a month), and warn then
delete lists untouched for 18 months. Idempotent: run it daily (or hourly); a second run sends
nothing already sent."""

from __future__ import annotations

import json
import sys

from django.core.mail import get_connection
from django.core.management.base import BaseCommand

from applications.reminders import send_reminders
from applications.tasks import send_reminders_task


class Command(BaseCommand):
    help = "Send the reminders of saved jobs that are due (run it daily from cron)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--json",
            action="store_true",
            dest="as_json",
            help='Print {"people", "emails", "reminders", "warned", "deleted"}.',
        )
        parser.add_argument(
            "--enqueue", action="store_true", help="Queue the run for the task worker instead."
        )

    def handle(self, *args, as_json=False, enqueue=False, **options):
        if enqueue:
            send_reminders_task.enqueue()
            self.stdout.write("Queued the reminders.")
            return
        # With --json, stdout holds the JSON alone: emails the console backend prints go to
        # stderr.
        connection = get_connection(stream=sys.stderr) if as_json else None
        report = send_reminders(connection=connection)
        if report.failed:
            self.stderr.write(f"{report.failed} reminder email(s) could not be sent; see the log.")
        if as_json:
            self.stdout.write(json.dumps(report.as_json()))
            return
        self.stdout.write(
            f"{report.emails} email(s) sent with {report.reminders} reminder(s) to "
            f"{report.people} people due; {report.warned} warned and {report.deleted} deleted "
            "untouched list(s)."
        )
