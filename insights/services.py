"""The insights, computed once and shared by every worker: the figures (one market reading
through ``search.service.market``) and their charts, kept in the shared cache until the search
results change (``search.signals.results_changed``) or ten minutes pass (jobs close by date).

Invalidation is by generation: every key carries the current generation token, and a change
replaces the token, so all cached figures are dropped at once, in every process, without
listing them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.core.cache import caches
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy

from insights.charts import Chart, open_jobs_chart, page_charts, pay_chart, search_all
from insights.figures import Figures, figures_from
from search.query import JobQuery
from search.service import market

CACHE_SECONDS = 600
FALLBACK_CACHE_SECONDS = 30  # figures from the database while the engine is down
GENERATION = "insights:generation"
MEASURES = {
    "open": gettext_lazy("Open jobs by level of government"),
    "pay": gettext_lazy("Annual pay by level of government"),
}


def _cache():
    return caches["shared"]


def _key(name: str) -> str:
    """A figure's key in this generation and the active language (names, links and charts'
    words are the language's)."""
    generation = _cache().get_or_set(GENERATION, uuid.uuid4().hex, timeout=None)
    return f"insights:{generation}:{translation.get_language()}:{name}"


def _cached(name: str, compute, *, fell_back=lambda value: False):
    key = _key(name)
    value = _cache().get(key)
    if value is None:
        value = compute()
        seconds = FALLBACK_CACHE_SECONDS if fell_back(value) else CACHE_SECONDS
        _cache().set(key, value, seconds)
    return value


def forget() -> None:
    """Drop every cached figure and chart (a new generation)."""
    _cache().set(GENERATION, uuid.uuid4().hex, timeout=None)


def on_results_changed(sender, **kwargs) -> None:
    forget()


def current_figures() -> Figures:
    """The market now, for the page, the API and the CSV files."""
    return _cached("figures", lambda: figures_from(market()), fell_back=lambda f: f.fell_back)


@dataclass(frozen=True)
class Insights:
    figures: Figures
    charts: list[Chart]


def current_insights() -> Insights:
    """The figures and every chart of the page."""
    figures = current_figures()
    charts = _cached(f"charts:{figures.as_of.isoformat()}", lambda: page_charts(figures))
    return Insights(figures, charts)


def new_jobs_chart() -> Chart:
    """New and closed jobs per week (the organizers' dashboard)."""
    return next(chart for chart in current_insights().charts if chart.key == "weekly")


def family_chart(role_family: str, measure: str) -> Chart | None:
    """A guide's chart: open jobs or pay in one role family, by level of government. None for
    a role family or measure that does not exist."""
    if measure not in MEASURES:
        return None

    def compute() -> Chart | None:
        query = JobQuery(filters={"role_family": (role_family,)})
        figures = figures_from(market(query), query)
        family = next((row for row in figures.by_role_family if row.slug == role_family), None)
        if family is None:
            return None
        key = f"guide-{measure}-{role_family}"
        title = f"{family.name}: {str(MEASURES[measure]).lower()}"
        rows = [row for row in figures.by_government_level if row.open]
        heading = gettext("Level of government")
        if measure == "pay":
            return pay_chart(key, title, rows, heading=heading, link=figures.all_jobs_url)
        return open_jobs_chart(
            key,
            title,
            rows,
            figures,
            nothing=gettext("No level of government has open jobs right now."),
            heading=heading,
            link_text=search_all(family.open),
        )

    return _cached(f"family:{role_family}:{measure}", compute)
