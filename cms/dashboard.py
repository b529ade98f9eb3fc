"""The organizers' dashboard panels about pages (``jobboard/dashboard.py`` says who sees them):
guides whose facts are due for a check, role families with open jobs but no guide, and pages
waiting in the review workflow."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from cms.models import GuideIndexPage, PathwayGuidePage
from cms.openings import live_openings, openings_query
from jobboard.dashboard import LISTED, DashboardPanel, listed
from jobboard.models import RoleFamily
from search.links import search_url

REVIEW_AFTER = timedelta(days=180)


def review_due_before():
    """Guides last reviewed before this date are due for a check."""
    return timezone.localdate() - REVIEW_AFTER


class GuidesDuePanel(DashboardPanel):
    """Guides last reviewed more than 180 days ago, the longest-unchecked first."""

    name = "guides-due"
    heading = "Guides due for review"
    order = 100
    body_template = "cms/dashboard/guides_due.html"
    empty_text = f"Every guide was reviewed in the last {REVIEW_AFTER.days} days."

    def body_context(self) -> dict[str, Any]:
        due = PathwayGuidePage.objects.filter(last_reviewed__lt=review_due_before()).order_by(
            "last_reviewed", "title"
        )
        return {**listed(list(due[:LISTED]), due.count()), "days": REVIEW_AFTER.days}


class FamiliesWithoutGuidePanel(DashboardPanel):
    """Role families with no published guide, the most open jobs first."""

    name = "families-without-guide"
    heading = "Role families without a guide"
    order = 105
    body_template = "cms/dashboard/families_without_guide.html"
    empty_text = "Every role family has a published guide."

    def body_context(self) -> dict[str, Any]:
        overview = live_openings(openings_query(limit=1))
        counts = {value.value: value.count for value in overview.facets.get("role_family", [])}
        guided = PathwayGuidePage.objects.live().values_list("role_family_id", flat=True)
        families = [
            {
                "name": family.name,
                "open": counts.get(family.slug, 0),
                "jobs_url": search_url(openings_query(role_family=family.slug)),
            }
            for family in RoleFamily.objects.ordered().exclude(pk__in=guided)
        ]
        families.sort(key=lambda family: -family["open"])
        index = GuideIndexPage.objects.live().first()
        return {
            **listed(families),
            "counts_unavailable": overview.unavailable,
            "guide_index": index,
        }


class PagesInReviewPanel(DashboardPanel):
    """Every page in the review workflow (submitted, or sent back with changes requested),
    the longest-waiting first."""

    name = "pages-in-review"
    heading = "Pages waiting in review"
    order = 120
    body_template = "cms/dashboard/pages_in_review.html"
    empty_text = "No pages are waiting in review."

    def body_context(self) -> dict[str, Any]:
        states = (
            WorkflowState.objects.active()
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .select_related("current_task_state__task", "requested_by")
            .order_by("created_at")
        )
        rows = list(states[:LISTED])
        pages = Page.objects.in_bulk([int(state.object_id) for state in rows])
        waiting = [
            {"state": state, "page": pages[int(state.object_id)]}
            for state in rows
            if int(state.object_id) in pages
        ]
        return listed(waiting, states.count())
