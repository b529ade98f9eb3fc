"""Sources and their runs in the Django admin (/django-admin/), for operators."""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from ingest.platforms import UnknownPlatform
from ingest.sources import add_source, confirm_by_reading, outcome, redact
from ingest.tasks import ingest_source_task
from ingest.upsert import COUNT_NAMES
from jobboard.models import GovernmentLevel, IngestRun, JobSource, Source

READ_NOW_AT_MOST = 5  # sources "Ingest now" reads in the request; more are queued


class SourceForm(forms.ModelForm):
    """A source saved here is fetched by the background worker, so it must be a web address:
    a file path would make the worker read a file on the server. Files are ingested from the
    command line (``manage.py ingest --file``) by someone who can read them anyway."""

    class Meta:
        model = Source
        fields = [
            "name",
            "slug",
            "format",
            "url",
            "agency_default",
            "government_level",
            "platform",
            "enabled",
            "confirmed",
            "evidence",
            "last_checked",
        ]

    def clean_url(self) -> str:
        url = self.cleaned_data["url"].strip()
        if not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(
                "Enter a web address starting with http:// or https://. Files can be ingested "
                "from the command line with manage.py ingest --file."
            )
        return url


class CareersPageForm(forms.Form):
    url = forms.URLField(
        label="Careers page address",
        max_length=1000,
        assume_scheme="https",
        help_text="The employer's page on its job platform, e.g. "
        "https://www.governmentjobs.com/careers/lacity",
    )
    agency = forms.CharField(label="Employer", max_length=200, required=False)
    level = forms.ChoiceField(
        label="Level of government",
        choices=[("", "Guess from the employer and platform"), *GovernmentLevel.choices],
        required=False,
    )


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    list_display = [
        "name",
        "government_level",
        "platform",
        "enabled",
        "confirmed",
        "last_success_at",
        "consecutive_failures",
        "short_error",
    ]
    list_filter = ["government_level", "platform", "enabled", "confirmed", "format"]
    search_fields = ["name", "slug", "agency_default"]
    readonly_fields = [
        "last_success_at",
        "shown_error",
        "consecutive_failures",
        "retry_after",
        "etag",
        "last_modified",
    ]
    exclude = ["last_error"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["ingest_now", "queue_ingest"]
    change_list_template = "ingest/admin/source_change_list.html"

    @admin.display(description="last error")
    def short_error(self, source: Source) -> str:
        return redact(source.last_error)[:80]

    @admin.display(description="last error")
    def shown_error(self, source: Source) -> str:
        return redact(source.last_error)

    @admin.action(description="Ingest now and show the outcome (confirms a source read whole)")
    def ingest_now(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        sources = list(queryset[: READ_NOW_AT_MOST + 1])
        if len(sources) > READ_NOW_AT_MOST:
            self.message_user(
                request,
                f"Choose at most {READ_NOW_AT_MOST} sources to read now, or queue them instead.",
                messages.WARNING,
            )
            return
        for source in sources:
            was_confirmed = source.confirmed
            report = confirm_by_reading(source, by=request.user.get_username())
            line = outcome(report)
            if report.source.confirmed and not was_confirmed:
                line += " The source is now confirmed and enabled."
            self.message_user(request, line, messages.SUCCESS if report.ok else messages.ERROR)

    @admin.action(description="Queue the selected sources for the background worker")
    def queue_ingest(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        for source in queryset:
            ingest_source_task.enqueue(source.pk)
        self.message_user(request, f"Queued {queryset.count()} source(s).", messages.SUCCESS)

    def get_urls(self):
        add = path(
            "from-careers-page/",
            self.admin_site.admin_view(self.from_careers_page),
            name="ingest_source_from_careers_page",
        )
        return [add, *super().get_urls()]

    def from_careers_page(self, request: HttpRequest) -> HttpResponse:
        """Add a source from a careers-page address, as ``manage.py add_source`` does."""
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = CareersPageForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                source, created = add_source(
                    form.cleaned_data["url"],
                    agency=form.cleaned_data["agency"],
                    level=form.cleaned_data["level"],
                )
            except (UnknownPlatform, ValueError) as exc:
                form.add_error("url", str(exc))
            else:
                verb = "Added" if created else "This address is already read by"
                self.message_user(
                    request,
                    f"{verb} {source.name} ({source.get_platform_display()}). It stays disabled "
                    "until Ingest now reads it whole.",
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:jobboard_source_change", args=[source.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Add a source from a careers page",
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "ingest/admin/from_careers_page.html", context)


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
