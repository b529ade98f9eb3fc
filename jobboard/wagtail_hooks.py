"""The Wagtail admin of the job domain: organizers edit the taxonomy's wording and agencies
as snippets, and the dashboard shows the ingest sources (the moderators' screens for postings
are ``postings/wagtail_hooks.py``)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from jobboard.dashboard import SourcesPanel, add_panels
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


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    add_panels(request, panels, [SourcesPanel])
