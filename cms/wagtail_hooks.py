"""The pages' part of the organizers' dashboard on the Wagtail admin home."""

from wagtail import hooks

from cms.dashboard import FamiliesWithoutGuidePanel, GuidesDuePanel, PagesInReviewPanel
from jobboard.dashboard import add_panels


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    add_panels(request, panels, [GuidesDuePanel, FamiliesWithoutGuidePanel, PagesInReviewPanel])
