"""The moderators' place in the Wagtail admin: the postings queue and review screens
(``postings/moderation.py``) and a menu item shown only to moderators."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

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
