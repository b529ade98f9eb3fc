"""The pages' part of the organizers' dashboard on the Wagtail admin home, their serving rule,
and the guides offered to the layers below (``search.plugins``)."""

from django.shortcuts import redirect
from wagtail import hooks
from wagtail.models import Locale

from cms.dashboard import FamiliesWithoutGuidePanel, GuidesDuePanel, PagesInReviewPanel
from cms.models.pages import guide_for
from jobboard.dashboard import add_panels
from search.plugins import GUIDE_FOR_ROLE_FAMILY

hooks.register(GUIDE_FOR_ROLE_FAMILY, guide_for)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    add_panels(request, panels, [GuidesDuePanel, FamiliesWithoutGuidePanel, PagesInReviewPanel])


@hooks.register("before_serve_page")
def serve_in_own_language(page, request, serve_args, serve_kwargs):
    """A page is served only at its own language's address: where a language has no page
    tree yet, Wagtail routes its paths through the default tree, and the reader is sent to
    the page where it lives rather than shown it under the wrong language's interface."""
    if page.locale_id != Locale.get_active().pk:
        return redirect(page.get_url(request))
    return None
