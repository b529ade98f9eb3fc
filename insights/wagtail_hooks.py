"""The market's part of the organizers' dashboard (new and closed jobs per week, the same chart
as on /insights/, from the same cache), and the guides' market charts (``search.plugins``)."""

import logging

from wagtail import hooks

from insights.charts import Chart
from insights.services import family_chart, new_jobs_chart
from jobboard.dashboard import DashboardPanel, add_panels
from search.plugins import MARKET_CHART

logger = logging.getLogger(__name__)


class NewJobsPanel(DashboardPanel):
    name = "new-jobs-per-week"
    heading = "New jobs per week"
    order = 130
    body_template = "insights/dashboard/new_jobs.html"

    class Media:
        css = {"all": ["insights/dashboard.css"]}

    def body_context(self) -> dict:
        return {"chart": new_jobs_chart()}


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    add_panels(request, panels, [NewJobsPanel])


@hooks.register(MARKET_CHART)
def guide_chart(role_family: str, measure: str) -> Chart | None:
    """A guide's chart block: the chart, or None when it cannot be drawn (the block then says
    so and the guide still renders)."""
    try:
        return family_chart(role_family, measure)
    except ValueError:  # vl-convert refuses a spec it cannot draw
        logger.exception("market chart failed", extra={"role_family": role_family})
        return None
