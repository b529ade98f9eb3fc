"""What organizers learn of hires: aggregates only (hires by level of government and role
family, by month, and the days from saving a job to being hired), never a person or a job.
The level and family count only where the person chose to give them."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncMonth

from applications.models import Progress, SavedJob
from jobboard.models import GovernmentLevel


@dataclass(frozen=True)
class Hires:
    total: int
    by_level_and_family: list[tuple[str, str, int]]  # level's label, family's name, hires
    by_month: list[tuple[str, int]]  # "2026-11", hires
    median_days_to_hire: float | None


def hires() -> Hires:
    hired = SavedJob.objects.filter(progress=Progress.HIRED, hired_on__isnull=False)
    levels = dict(GovernmentLevel.choices)
    grouped = (
        hired.values("hired_level", "hired_family__name")
        .annotate(count=Count("pk"))
        .order_by("-count", "hired_level", "hired_family__name")
    )
    by_month = (
        hired.annotate(month=TruncMonth("hired_on"))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("month")
    )
    days = [
        (hired_on - saved_at.date()).days
        for hired_on, saved_at in hired.values_list("hired_on", "created_at")
    ]
    return Hires(
        total=len(days),
        by_level_and_family=[
            (
                str(levels.get(row["hired_level"], "")) or "Not given",
                row["hired_family__name"] or "Not given",
                row["count"],
            )
            for row in grouped
        ],
        by_month=[(row["month"].strftime("%Y-%m"), row["count"]) for row in by_month],
        median_days_to_hire=statistics.median(days) if days else None,
    )
