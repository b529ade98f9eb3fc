"""The events' part of the admin and of the site: the home page's list of upcoming events
(``search.plugins.UPCOMING_EVENTS``) and the organizers' registrations."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from gatherings import organizers
from gatherings.models.pages import upcoming_events
from jobboard.dashboard import add_panels
from search.plugins import UPCOMING_EVENTS

hooks.register(UPCOMING_EVENTS, upcoming_events)


@hooks.register("register_admin_urls")
def register_organizer_urls():
    urls = [
        path("", organizers.events, name="events"),
        path("<int:pk>/", organizers.registrations, name="registrations"),
        path("<int:pk>/export.csv", organizers.export, name="export"),
        path("<int:pk>/check-in/", organizers.check_in, name="check-in"),
    ]
    return [path("events/", include((urls, "gatherings_organizers")))]


class OrganizersMenuItem(MenuItem):
    """Shown only to people who may see registrations."""

    def is_shown(self, request) -> bool:
        return request.user.has_perm(organizers.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_organizers_menu_item():
    return OrganizersMenuItem(
        "Event registrations", reverse("gatherings_organizers:events"), icon_name="date", order=260
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    add_panels(request, panels, [organizers.UpcomingEventsPanel])
