"""Load the demo content into the configured database, idempotently (docs/architecture.md,
"Contracts")."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from config.demo import load_demo_content
from insights.tasks import refresh


class Command(BaseCommand):
    help = "Load the demo content (taxonomy, pages and guides, fixture jobs). Safe to re-run."

    def handle(self, *args, **options):
        for line in load_demo_content():
            self.stdout.write(line)
        # Drawn here rather than left to the worker, so /insights/ has figures the moment
        # `make run` serves the site.
        self.stdout.write(f"Insights: {refresh()} figures and charts drawn.")
