"""``manage.py enqueue_ingest``: queue a background ingest of every enabled source."""

from django.core.management.base import BaseCommand

from ingest.tasks import enqueue_enabled_sources


class Command(BaseCommand):
    help = (
        "Queue an ingest of every enabled source and the expiry of past-closing jobs, for the "
        "task worker (manage.py db_worker). Schedule it, e.g. every 6 hours from cron."
    )

    def handle(self, *args, **options):
        count = enqueue_enabled_sources()
        self.stdout.write(f"Queued {count} source(s) and the expiry of past-closing jobs.")
