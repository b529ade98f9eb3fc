"""The insights as requests read them: the figures and every chart, computed and drawn in the
background by ``insights.tasks.refresh`` and stored in the shared cache, one set per language.
A request never reads the market or draws a chart (drawing the page's charts inside the first
request after a change took 2.4 s): it serves the last stored ones.

The stored figures have no expiry: the next refresh replaces them. Figures older than ten
minutes (jobs close by date without any change being heard), or thirty seconds when they came
from the database while the engine was down, are still served, and the request queues a
refresh. When none are stored (a fresh install, or a cache that evicted them) the readers
answer None, queue a refresh, and the page says the figures are being prepared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import caches
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_lazy

from insights.charts import Chart
from insights.figures import Figures

MAX_AGE = timedelta(minutes=10)
FALLBACK_MAX_AGE = timedelta(seconds=30)  # figures from the database while the engine is down
MEASURES = {
    "open": gettext_lazy("Open jobs by level of government"),
    "pay": gettext_lazy("Annual pay by level of government"),
}
RETRY_SECONDS = 30  # a refresh takes seconds once the worker picks it up
FAILED = "failed"  # stored for a guide chart the renderer refused, so it is not asked again


def preparing() -> str:
    """What a request says before the first figures are stored."""
    return gettext("The figures are being prepared. Please try again in a minute.")


@dataclass(frozen=True)
class Insights:
    figures: Figures
    charts: list[Chart]


def cache():
    return caches["shared"]


def key(name: str, language: str | None = None) -> str:
    """A stored value's key in ``language`` (the active one by default): names, links and the
    charts' words are the language's."""
    return f"insights:{language or translation.get_language()}:{name}"


def guide_key(role_family: str, measure: str, language: str | None = None) -> str:
    return key(f"guide:{role_family}:{measure}", language)


def _stored(name: str):
    """A stored value, or None (and a refresh queued). Read again once queued: where tasks run
    at once (the immediate backend of the tests, or a site run without a worker) the refresh
    has stored it by then; with a worker it is stored in a few seconds."""
    value = cache().get(key(name))
    if value is None and _ask_for_refresh():
        value = cache().get(key(name))
    return value


def _ask_for_refresh() -> bool:
    from insights.tasks import request_refresh  # the task module reads these keys

    return request_refresh()


def _serve(figures: Figures) -> None:
    """Queue a refresh when ``figures`` are older than they should be served without one."""
    age = FALLBACK_MAX_AGE if figures.fell_back else MAX_AGE
    if timezone.now() - figures.as_of > age:
        _ask_for_refresh()


def current_figures() -> Figures | None:
    """The last figures (the API and the CSV files), or None while the first are prepared."""
    figures = _stored("figures")
    if figures is not None:
        _serve(figures)
    return figures


def current_insights() -> Insights | None:
    """The last figures and every chart of the page, or None while the first are prepared."""
    insights = _stored("page")
    if insights is not None:
        _serve(insights.figures)
    return insights


def new_jobs_chart() -> Chart | None:
    """New and closed jobs per week (the organizers' dashboard), or None while prepared."""
    insights = current_insights()
    if insights is None:
        return None
    return next(chart for chart in insights.charts if chart.key == "weekly")


def family_chart(role_family: str, measure: str) -> Chart | None:
    """A guide's chart: open jobs or pay in one role family, by level of government. None for
    a role family or measure that does not exist, a chart that could not be drawn, or while
    the first charts are prepared."""
    if measure not in MEASURES:
        return None
    chart = _stored(f"guide:{role_family}:{measure}")
    return None if chart == FAILED else chart
