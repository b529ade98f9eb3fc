"""The Wagtail admin: organizers edit the taxonomy's wording and agencies as snippets, and
moderators review employers' postings (jobboard/moderation.py)."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from jobboard.models import Agency, RoleFamily, SeniorityLevel


class RoleFamilyViewSet(SnippetViewSet):
    model = RoleFamily
    icon = "tag"
    list_display = ["name", "slug", "order"]
    search_fields = ["name"]


class SeniorityLevelViewSet(SnippetViewSet):
    model = SeniorityLevel
    icon = "list-ol"
    list_display = ["name", "slug", "federal_grades", "order"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    items = (RoleFamilyViewSet, SeniorityLevelViewSet)


register_snippet(TaxonomyGroup)


class AgencyViewSet(SnippetViewSet):
    """Organizers fix employer names and aliases, so every source's spelling maps to one."""

    model = Agency
    icon = "site"
    menu_label = "Agencies"
    list_display = ["name", "level", "slug"]
    list_filter = ["level"]
    search_fields = ["name"]


register_snippet(AgencyViewSet)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    from jobboard import moderation

    urls = [
        path("", moderation.queue, name="queue"),
        path("<int:pk>/", moderation.review, name="review"),
    ]
    return [path("postings/", include((urls, "jobboard_moderation")))]


class ModerationMenuItem(MenuItem):
    """Shown only to people who may moderate postings."""

    def is_shown(self, request) -> bool:
        return request.user.has_perm("jobboard.moderate_submission")


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        "Postings to review", reverse("jobboard_moderation:queue"), icon_name="doc-full", order=250
    )
