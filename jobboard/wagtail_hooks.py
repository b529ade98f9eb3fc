"""The Wagtail admin of the job domain: organizers edit the taxonomy's wording and agencies
as snippets (the moderators' screens for postings are ``postings/wagtail_hooks.py``, the
sources' health panel ``ingest/wagtail_hooks.py``)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from jobboard.models import Agency, ClassificationRule, RoleFamily, SeniorityLevel


class RoleFamilyViewSet(SnippetViewSet):
    model = RoleFamily
    icon = "tag"
    list_display = ["name", "slug", "order"]
    search_fields = ["name"]


class SeniorityLevelViewSet(SnippetViewSet):
    model = SeniorityLevel
    icon = "list-ol"
    list_display = ["name", "slug", "federal_grades", "order"]


class ClassificationRuleViewSet(SnippetViewSet):
    """Organizers' decisions the classifier reapplies at every ingest (issue #33)."""

    model = ClassificationRule
    icon = "tasks"
    menu_label = "Classification rules"
    list_display = ["__str__", "employer", "seniority", "created_at"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    items = (RoleFamilyViewSet, SeniorityLevelViewSet, ClassificationRuleViewSet)


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
