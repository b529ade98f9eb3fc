"""The market's part of the organizers' dashboard (new and closed jobs per week, the same chart
as on /insights/, as last drawn in the background), and the guides' market charts
(``search.plugins``)."""

from wagtail import hooks

from insights.charts import Chart
from insights.services import family_chart, new_jobs_chart
from jobboard.dashboard import DashboardPanel, add_panels
from search.plugins import MARKET_CHART


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
    """A guide's chart block: the chart as last drawn, or None when it could not be drawn or
    is still being prepared (the block then says so and the guide still renders)."""
    return family_chart(role_family, measure)
