"""``manage.py search_index rebuild|update|status`` (docs/architecture.md, "Contracts")."""

from __future__ import annotations

import json
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from jobboard.models import Job
from search.engines import SearchEngineError
from search.service import index_jobs, index_status, rebuild_index


class Command(BaseCommand):
    help = (
        "rebuild: build a new index from the database and swap the alias to it (no window "
        "without results); update: re-index jobs changed recently (--since HOURS) or all; "
        "status: the backend, document count and health."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"])
        parser.add_argument("--since", type=float, help="update: only jobs changed in N hours")

    def handle(self, *args, action: str, since: float | None, **options):
        try:
            if action == "rebuild":
                result = rebuild_index()
                self.stdout.write(
                    f"Rebuilt {result.get('index', 'the database backend')}: "
                    f"{result['documents']} documents."
                )
            elif action == "update":
                jobs = Job.objects.all()
                if since:
                    jobs = jobs.filter(updated_at__gte=timezone.now() - timedelta(hours=since))
                ids = list(jobs.values_list("pk", flat=True))
                for start in range(0, len(ids), 2000):
                    index_jobs(ids[start : start + 2000])
                self.stdout.write(f"Indexed {len(ids)} jobs.")
            else:
                status = index_status()
                self.stdout.write(json.dumps(status))
                if status.get("health") in {"down", "red"}:
                    raise CommandError(f"The search backend is {status['health']}.")
        except SearchEngineError as exc:
            raise CommandError(str(exc)) from exc
