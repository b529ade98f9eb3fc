"""The insights' background refresh: one market reading, the figures and every chart drawn in
every language and stored for requests to read (``insights.services``). Queued when the search
results change (``search.signals.results_changed``) and when a request finds the figures stale
or missing; coalesced, so a burst of changes (an ingest sends one per batch) draws once."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import task

from insights.charts import Chart, open_jobs_chart, page_charts, pay_chart, search_all
from insights.figures import Figures, figures_from
from insights.services import FAILED, MEASURES, Insights, cache, guide_key, key
from jobboard.models import RoleFamily
from search.market import Market
from search.query import JobQuery
from search.service import market

logger = logging.getLogger(__name__)

# Set while a refresh is queued and not started: more changes then queue nothing. It expires,
# so a refresh lost with a stopped worker does not stop the next one being queued.
QUEUED = "insights:refresh-queued"
QUEUED_TIMEOUT = timedelta(minutes=10)


def request_refresh() -> bool:
    """Queue a refresh unless one is queued and not started yet; return whether it queued."""
    if not cache().add(QUEUED, True, timeout=QUEUED_TIMEOUT.total_seconds()):
        return False
    refresh_insights.enqueue()
    return True


def on_results_changed(sender, **kwargs) -> None:
    """Queue a refresh when the results change (``INSIGHTS_REFRESH_ON_CHANGE``: the test
    settings turn it off, since their tasks run at once and most tests change results; the
    insights' own tests turn it on)."""
    if settings.INSIGHTS_REFRESH_ON_CHANGE:
        request_refresh()


@task()
def refresh_insights() -> int:
    """Refresh the stored figures and charts; return how many values were stored."""
    return refresh()


def refresh() -> int:
    """Read the market, draw every chart in every language and store them; return how many
    values were stored. The queued flag is dropped first, so a change heard while this runs
    queues another refresh rather than being missed."""
    cache().delete(QUEUED)
    whole = market()
    families = list(RoleFamily.objects.values_list("slug", flat=True))
    by_family = {}
    for slug in families:
        query = JobQuery(filters={"role_family": (slug,)})
        by_family[slug] = (query, market(query))
    stored = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            figures = figures_from(whole)
            stored[key("figures", language)] = figures
            stored[key("page", language)] = Insights(figures, page_charts(figures))
            for slug, (query, reading) in by_family.items():
                for measure in MEASURES:
                    stored[guide_key(slug, measure, language)] = _guide_chart(
                        slug, measure, query, reading
                    )
    cache().set_many(stored, timeout=None)
    return len(stored)


def _guide_chart(role_family: str, measure: str, query: JobQuery, reading: Market) -> Chart | str:
    """A guide's chart of one role family by level of government, or ``FAILED`` when the
    renderer refuses it (the guide then says so)."""
    figures = figures_from(reading, query)
    family = next(row for row in figures.by_role_family if row.slug == role_family)
    try:
        return _draw_guide_chart(family, figures, role_family, measure)
    except ValueError:  # vl-convert refuses a spec it cannot draw
        logger.exception("market chart failed", extra={"role_family": role_family})
        return FAILED


def _draw_guide_chart(family, figures: Figures, role_family: str, measure: str) -> Chart:
    key_ = f"guide-{measure}-{role_family}"
    title = f"{family.name}: {str(MEASURES[measure]).lower()}"
    rows = [row for row in figures.by_government_level if row.open]
    heading = gettext("Level of government")
    if measure == "pay":
        return pay_chart(key_, title, rows, heading=heading, link=figures.all_jobs_url)
    return open_jobs_chart(
        key_,
        title,
        rows,
        figures,
        nothing=gettext("No level of government has open jobs right now."),
        heading=heading,
        link_text=search_all(family.open),
    )
