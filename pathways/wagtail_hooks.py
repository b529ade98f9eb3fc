"""The crosswalk in the Wagtail admin: organizers keep the series, specialties, pay and local
classes current, each row with its source and the date it was last checked."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pathways.models import FederalPay, FederalSeries, LocalClass, LocalEmployer, PayPlan, Specialty


class FederalSeriesViewSet(SnippetViewSet):
    model = FederalSeries
    icon = "list-ul"
    menu_label = "Federal series"
    list_display = ["code", "title", "technology", "role_family", "verified", "last_checked"]
    list_filter = ["technology", "verified"]
    search_fields = ["code", "title"]


class SpecialtyViewSet(SnippetViewSet):
    model = Specialty
    icon = "tag"
    list_display = ["name", "code", "role_family", "last_checked"]


class PayPlanViewSet(SnippetViewSet):
    model = PayPlan
    icon = "form"
    list_display = ["code", "name", "kind", "pay_table", "last_checked"]


class FederalPayViewSet(SnippetViewSet):
    model = FederalPay
    icon = "table"
    menu_label = "Federal pay"
    list_display = ["__str__", "locality", "annual_min", "annual_max", "last_checked"]
    list_filter = ["year", "table"]


class LocalEmployerViewSet(SnippetViewSet):
    model = LocalEmployer
    icon = "site"
    list_display = ["name", "government_level", "last_checked"]


class LocalClassViewSet(SnippetViewSet):
    model = LocalClass
    icon = "doc-full"
    list_display = [
        "title",
        "employer",
        "class_code",
        "seniority",
        "pay_min",
        "pay_max",
        "verified",
        "last_checked",
    ]
    list_filter = ["employer", "seniority", "role_families", "verified"]
    search_fields = ["title", "class_code"]


class CrosswalkGroup(SnippetViewSetGroup):
    menu_label = "Federal crosswalk"
    menu_icon = "resubmit"
    items = (
        FederalSeriesViewSet,
        SpecialtyViewSet,
        PayPlanViewSet,
        FederalPayViewSet,
        LocalEmployerViewSet,
        LocalClassViewSet,
    )


register_snippet(CrosswalkGroup)
