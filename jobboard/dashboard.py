"""The organizers' dashboard: panels on the Wagtail admin home for the Organizers and
Moderators groups (and superusers), never for employers or other admin users.

Each app puts up the panels about what it owns, from its own ``wagtail_hooks`` (guides and pages
in review from ``cms``, postings from ``postings``, the sources' health from ``ingest``, the
weekly chart from ``insights``); this module gives them one look and one rule for who sees them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.http import HttpRequest
from wagtail.admin.ui.components import Component

from jobboard.permissions import MODERATORS, ORGANIZERS

DASHBOARD_GROUPS = (ORGANIZERS, MODERATORS)
LISTED = 8  # rows a panel lists before "and N more"


def sees_dashboard(user) -> bool:
    """Organizers, moderators and superusers see the dashboard panels."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=DASHBOARD_GROUPS).exists()


class DashboardPanel(Component):
    """A titled panel whose body is the subclass's template, given ``body_context()`` (its
    ``rows`` when it lists some: ``listed`` gives the first of them and how many more)."""

    template_name = "jobboard/dashboard/panel.html"
    name = ""  # the panel's HTML id
    heading = ""
    order = 100  # Wagtail's own panels start at 210
    body_template = ""
    empty_text = ""  # shown instead of the body when it lists no rows (none: always the body)

    def __init__(self, request: HttpRequest):
        self.request = request

    def body_context(self) -> dict[str, Any]:
        return {}

    def get_context_data(self, parent_context=None) -> dict[str, Any]:
        return {"panel": self, "request": self.request, **self.body_context()}


def add_panels(
    request: HttpRequest, panels: list[Component], kinds: Iterable[type[DashboardPanel]]
) -> None:
    """For ``construct_homepage_panels`` hooks: add these panels for those who see them."""
    if sees_dashboard(request.user):
        panels.extend(kind(request) for kind in kinds)


def listed(rows: list, total: int | None = None) -> dict[str, Any]:
    """The first rows of a list and how many more there are."""
    total = len(rows) if total is None else total
    return {"rows": rows[:LISTED], "more": max(total - LISTED, 0), "total": total}
