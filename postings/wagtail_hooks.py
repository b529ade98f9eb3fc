"""The moderators' place in the Wagtail admin: the postings queue and review screens
(``postings/moderation.py``), a menu item shown only to moderators, and the dashboard panel of
postings waiting for a decision."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from jobboard.dashboard import LISTED, DashboardPanel, add_panels, listed
from jobboard.models import Submission
from postings import moderation
from postings.moderation import PERMISSION


@hooks.register("register_admin_urls")
def register_moderation_urls():
    urls = [
        path("", moderation.queue, name="queue"),
        path("<int:pk>/", moderation.review, name="review"),
    ]
    return [path("postings/", include((urls, "postings_moderation")))]


class ModerationMenuItem(MenuItem):
    """Shown only to people who may moderate postings."""

    def is_shown(self, request) -> bool:
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        "Postings to review", reverse("postings_moderation:queue"), icon_name="doc-full", order=250
    )


class PendingPostingsPanel(DashboardPanel):
    """Postings waiting for a moderator, oldest first (links for those who may decide)."""

    name = "postings-pending"
    heading = "Postings waiting for moderation"
    order = 110
    body_template = "postings/dashboard/pending.html"
    empty_text = "No postings are waiting for moderation."

    def body_context(self) -> dict:
        pending = Submission.objects.pending()
        return {
            **listed(list(pending[:LISTED]), pending.count()),
            "can_moderate": self.request.user.has_perm(PERMISSION),
        }


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    add_panels(request, panels, [PendingPostingsPanel])
