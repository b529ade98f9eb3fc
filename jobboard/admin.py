"""Jobs in the Django admin, for operators (organizers use the Wagtail admin). Status is
read-only here: it changes only through the services, so side effects are never skipped."""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from jobboard.models import ClosedBecause, Job, JobStatus
from jobboard.services import close_job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["title", "agency", "role_family", "seniority", "status", "closes_at"]
    list_filter = [
        "status",
        "closed_because",
        "role_family",
        "seniority",
        "work_arrangement",
        "agency__level",
    ]
    search_fields = ["title", "raw_title", "agency__name"]
    raw_id_fields = ["agency"]
    readonly_fields = [
        "status",
        "closed_at",
        "closed_because",
        "closed_reason",
        "content_hash",
        "first_seen_at",
        "last_seen_at",
    ]
    actions = ["close_selected"]

    @admin.action(description="Close the selected jobs (filled or withdrawn)")
    def close_selected(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        jobs = list(queryset.filter(status=JobStatus.OPEN))
        for job in jobs:
            close_job(
                job=job,
                because=ClosedBecause.FILLED,
                reason=f"Closed by {request.user} in the admin.",
            )
        self.message_user(request, f"Closed {len(jobs)} job(s).", messages.SUCCESS)
