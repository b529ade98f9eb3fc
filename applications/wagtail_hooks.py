"""The list's part of the organizers' dashboard: hires, as aggregates only."""

from wagtail import hooks

from applications.outcomes import hires
from jobboard.dashboard import DashboardPanel, add_panels


class HiresPanel(DashboardPanel):
    """Hires people reported from their lists: by level of government and role family (as
    far as they chose to say), by month, and the median days from saving a job to the hire."""

    name = "my-list-hires"
    heading = "Hires reported by job seekers"
    order = 130
    body_template = "applications/dashboard/hires.html"
    empty_text = "No one has reported a hire yet."

    def body_context(self) -> dict:
        found = hires()
        return {"rows": found.by_level_and_family, "hires": found}


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    add_panels(request, panels, [HiresPanel])
