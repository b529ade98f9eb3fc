"""Sources and their runs in the Django admin (/django-admin/), for operators."""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from ingest.tasks import ingest_source_task
from ingest.upsert import COUNT_NAMES
from jobboard.models import IngestRun, JobSource, Source


class SourceForm(forms.ModelForm):
    """A source saved here is fetched by the background worker, so it must be a web address:
    a file path would make the worker read a file on the server. Files are ingested from the
    command line (``manage.py ingest --file``) by someone who can read them anyway."""

    class Meta:
        model = Source
        fields = ["name", "slug", "format", "url", "agency_default", "enabled"]

    def clean_url(self) -> str:
        url = self.cleaned_data["url"].strip()
        if not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(
                "Enter a web address starting with http:// or https://. Files can be ingested "
                "from the command line with manage.py ingest --file."
            )
        return url


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
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
    list_display = ["source", "started_at", "ok", *COUNT_NAMES]
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
