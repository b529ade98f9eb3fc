"""The market's part of the organizers' dashboard: new and closed jobs per week, the same chart
as on /insights/ (from the same cache)."""

from wagtail import hooks

from insights.services import new_jobs_chart
from jobboard.dashboard import DashboardPanel, add_panels


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
