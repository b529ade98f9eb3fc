"""The organizers' dashboard panel on the job sources' health (``ingest.sources.health``), and
the classification review queue's pages and menu item (``ingest.review_views``)."""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ingest import review_views
from ingest.sources import health
from jobboard.dashboard import DashboardPanel, add_panels, listed
from jobboard.models import Source


class SourcesPanel(DashboardPanel):
    """Enabled sources, failing and stale ones first: last success, listings, what the last
    read created and closed, and the last error in plain words (addresses' keys hidden)."""

    name = "ingest-sources"
    heading = "Job sources"
    order = 150
    body_template = "ingest/dashboard/sources.html"
    empty_text = "No job sources are enabled: add them in the Django admin or with add_source."

    def body_context(self) -> dict[str, Any]:
        rows = health(Source.objects.enabled())
        context = listed(rows)
        context["stale"] = sum(row.stale for row in rows)
        context["failing"] = sum(bool(row.source.consecutive_failures) for row in rows)
        return context


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    add_panels(request, panels, [SourcesPanel])


@hooks.register("register_admin_urls")
def register_review_urls():
    urls = [
        path("", review_views.queue, name="queue"),
        path("<int:pk>/", review_views.decide, name="decide"),
    ]
    return [path("classification/", include((urls, "classification_review")))]


class ReviewMenuItem(MenuItem):
    """Shown only to people who may review classifications."""

    def is_shown(self, request) -> bool:
        return request.user.has_perm(review_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(
        "Classification review",
        reverse("classification_review:queue"),
        icon_name="tag",
        order=260,
    )
