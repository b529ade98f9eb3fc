"""``manage.py send_alerts [--frequency daily|weekly] [--json] [--enqueue]``: email each due
alert the jobs that became visible since its last digest and match its search."""

from __future__ import annotations

import json
import sys

from django.core.mail import get_connection
from django.core.management.base import BaseCommand

from alerts.models import Frequency
from alerts.services import send_digests
from alerts.tasks import send_alerts_task


class Command(BaseCommand):
    help = "Send job alert digests that are due (run it hourly or daily from cron)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--frequency", choices=list(Frequency.values))
        parser.add_argument(
            "--json",
            action="store_true",
            dest="as_json",
            help='Print {"alerts", "emails", "jobs"}.',
        )
        parser.add_argument(
            "--enqueue", action="store_true", help="Queue the run for the task worker instead."
        )

    def handle(self, *args, frequency=None, as_json=False, enqueue=False, **options):
        if enqueue:
            send_alerts_task.enqueue(frequency or "")
            self.stdout.write("Queued the alert digests.")
            return
        # With --json, stdout holds the JSON alone: emails the console backend prints (the
        # embedded mode) go to stderr.
        connection = get_connection(stream=sys.stderr) if as_json else None
        report = send_digests(frequency=frequency, connection=connection)
        if report.failed:
            self.stderr.write(f"{report.failed} digest(s) could not be sent; see the log.")
        if as_json:
            self.stdout.write(json.dumps(report.as_json()))
            return
        self.stdout.write(
            f"{report.alerts} alert(s) due, {report.emails} email(s) sent listing {report.jobs} "
            f"job(s){f', {report.failed} failed (tried again next run)' if report.failed else ''}."
        )
