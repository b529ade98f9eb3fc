"""``manage.py expire_jobs``: close open jobs whose closing date has passed (run it daily)."""

from django.core.management.base import BaseCommand

from jobboard.services import expire_jobs


class Command(BaseCommand):
    help = "Close every open job whose closing date has passed."

    def handle(self, *args, **options):
        closed = expire_jobs()
        self.stdout.write(f"Closed {closed} job(s) past their closing date.")
