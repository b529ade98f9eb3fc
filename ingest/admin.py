"""Sources and their runs in the Django admin (/django-admin/), for operators."""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from ingest.tasks import ingest_source_task
from jobboard.models import IngestRun, JobSource, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "format", "enabled", "last_success_at", "short_error"]
    list_filter = ["format", "enabled"]
    search_fields = ["name", "slug", "url"]
    readonly_fields = ["last_success_at", "last_error", "etag", "last_modified"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["ingest_now"]

    @admin.display(description="last error")
    def short_error(self, source: Source) -> str:
        return source.last_error[:80]

    @admin.action(description="Ingest the selected sources now (in the background)")
    def ingest_now(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        for source in queryset:
            ingest_source_task.enqueue(source.pk)
        self.message_user(request, f"Queued {queryset.count()} source(s).", messages.SUCCESS)


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = ["source", "started_at", "ok", "created", "updated", "unchanged", "closed"]
    list_filter = ["ok", "source"]
    readonly_fields = [f.name for f in IngestRun._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(JobSource)
class JobSourceAdmin(admin.ModelAdmin):
    list_display = ["job", "source", "external_id", "present", "last_seen_at"]
    list_filter = ["present", "source"]
    search_fields = ["external_id", "job__title"]
    raw_id_fields = ["job"]
