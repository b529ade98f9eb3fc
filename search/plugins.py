"""Where the apps above the search layer plug in: the one mechanism by which a lower layer uses
something an app above it provides, without importing it.

Each plug-in point is a named Wagtail hook (``wagtail.hooks``, the registry the project already
uses for the admin). An app above registers a function in its ``wagtail_hooks.py``; the layer
below calls the point's reader here, which asks every registered function in turn. The names
and their signatures are this module's contract, so a layer never needs to know which app
answers, and an app that is not installed simply leaves its point unanswered.

- ``GUIDE_FOR_ROLE_FAMILY``: ``fn(role_family) -> page or None``, the family's published
  pathway guide in the active language where translated (``cms``). The job page and the
  federal crosswalk link to it.
- ``MARKET_CHART``: ``fn(role_family_slug, measure) -> chart or None``, the job market chart a
  guide's chart block shows (``insights``).
- ``SAVED_SEARCHES``: ``fn() -> {key: JobQuery}``, every stored search to match against new
  jobs (``alerts``); ``rebuild_index`` rebuilds their index with the jobs'.
- ``UPCOMING_EVENTS``: ``fn(limit) -> [event page]``, the next events that have not ended,
  soonest first, in the reader's language where translated (``gatherings``); the home page lists
  them. An event page has ``title``, ``url``, ``summary``, ``where``, ``community``,
  ``local_start``, ``local_end`` and ``several_days``.

Other joins are not plug-ins: the project shell (``config``) assembles the URLs and the one
JSON API from each app's router, and apps meet in the layers below through their public
functions (``search.service``, ``search.api``'s HTTP helpers).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from wagtail import hooks

from search.query import JobQuery

logger = logging.getLogger(__name__)

GUIDE_FOR_ROLE_FAMILY = "ptp_guide_for_role_family"
MARKET_CHART = "ptp_market_chart"
SAVED_SEARCHES = "ptp_saved_searches"
UPCOMING_EVENTS = "ptp_upcoming_events"


def _answers(name: str) -> list[Callable[..., Any]]:
    return hooks.get_hooks(name)


def guide_for_role_family(role_family) -> Any | None:
    """The role family's published guide (in the reader's language where translated), or
    None when no app provides guides or the family has none."""
    for answer in _answers(GUIDE_FOR_ROLE_FAMILY):
        guide = answer(role_family)
        if guide is not None:
            return guide
    return None


def market_chart(role_family: str, measure: str) -> Any | None:
    """The market chart for a role family and measure, or None when no app draws charts."""
    for answer in _answers(MARKET_CHART):
        chart = answer(role_family, measure)
        if chart is not None:
            return chart
    return None


def saved_searches() -> dict[str, JobQuery]:
    """Every app's saved searches, by key."""
    searches: dict[str, JobQuery] = {}
    for answer in _answers(SAVED_SEARCHES):
        searches.update(answer())
    return searches


def upcoming_events(limit: int) -> list[Any]:
    """The next ``limit`` events, soonest first, from every app that has events."""
    events: list[Any] = []
    for answer in _answers(UPCOMING_EVENTS):
        events.extend(answer(limit))
    return sorted(events, key=lambda event: event.local_start)[:limit]
