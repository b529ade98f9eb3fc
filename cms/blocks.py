"""StreamField blocks for pages and guides, each rendered by its own template under
``cms/templates/blocks/``. Structured blocks (names by employer, ways in, hiring by level of
government, skills, stories, events, questions) keep their parts apart so templates can lay
them out side by side and organizers fill in labelled fields instead of formatting by hand."""

from __future__ import annotations

import logging
from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.openings import live_openings, openings_query
from jobboard.models import GovernmentLevel, RoleFamily, SeniorityLevel, WorkArrangement
from search import plugins
from search.links import search_url

logger = logging.getLogger(__name__)
CHART_UNAVAILABLE = _("This chart can't be shown right now. The job search has the same numbers.")

RICH_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]
INLINE_FEATURES = ["bold", "italic", "link"]


def role_family_choices() -> list[tuple[str, str]]:
    """Role families by slug, read when the editor form is built (organizers may rename them)."""
    return [("", "Any role"), *list(RoleFamily.objects.ordered().values_list("slug", "name"))]


def seniority_choices() -> list[tuple[str, str]]:
    """Seniority levels by slug, in ladder order."""
    return [("", "Any level"), *list(SeniorityLevel.objects.ordered().values_list("slug", "name"))]


class LabelledChoiceMixin:
    """Puts the display label of the block's ``label_field`` choice in the template context."""

    label_field = ""

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        choices = dict(self.child_blocks[self.label_field].field.choices)
        context["label"] = choices.get(value.get(self.label_field), "")
        return context


class LiveOpeningsBlock(blocks.StructBlock):
    """The newest open jobs matching a few filters, the total, and a link to that search."""

    heading = blocks.CharBlock(default="Open jobs right now", max_length=120)
    role_family = blocks.ChoiceBlock(choices=role_family_choices, required=False)
    seniority = blocks.ChoiceBlock(choices=seniority_choices, required=False)
    agency = SnippetChooserBlock(
        "jobboard.Agency", required=False, help_text="Any employer when empty."
    )
    remote = blocks.ChoiceBlock(
        choices=[("", "Remote, hybrid or on-site"), *WorkArrangement.choices], required=False
    )
    count = blocks.IntegerBlock(default=5, min_value=1, max_value=20, help_text="Jobs to list.")

    class Meta:
        icon = "list-ul"
        template = "blocks/live_openings.html"
        label = "Live job openings"

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        agency = value.get("agency")
        context["openings"] = live_openings(
            openings_query(
                role_family=value.get("role_family") or "",
                seniority=value.get("seniority") or "",
                agency=agency.slug if agency else "",
                remote=value.get("remote") or "",
                limit=value.get("count") or 5,
            )
        )
        return context


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a tip, a warning or a note readers should not miss."""

    kind = blocks.ChoiceBlock(
        choices=[("tip", "Tip"), ("important", "Important"), ("note", "Note")], default="tip"
    )
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=[*INLINE_FEATURES, "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"


class QuestionBlock(blocks.StructBlock):
    """One question and its answer (FAQ pages, application tips)."""

    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=RICH_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/question.html"


class EventBlock(blocks.StructBlock):
    """A symposium, workshop or info session."""

    name = blocks.CharBlock(max_length=160)
    date = blocks.DateBlock()
    time = blocks.CharBlock(max_length=60, required=False, help_text="e.g. 6 to 8 pm")
    place = blocks.CharBlock(max_length=200, help_text="An address, or 'Online'.")
    description = blocks.RichTextBlock(features=[*INLINE_FEATURES, "ul"])
    link = blocks.URLBlock(required=False, label="Registration link")

    class Meta:
        icon = "date"
        template = "blocks/event.html"


class LinkBlock(blocks.StructBlock):
    """A link with a line saying why it is worth following."""

    title = blocks.CharBlock(max_length=160)
    url = blocks.URLBlock()
    description = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "link"
        template = "blocks/link.html"


class StoryBlock(blocks.StructBlock):
    """A short first-person account of getting into the work."""

    name = blocks.CharBlock(max_length=80, help_text="A first name, or 'A county analyst'.")
    role = blocks.CharBlock(max_length=160, help_text="Their job and employer.")
    path = blocks.CharBlock(max_length=200, required=False, help_text="Where they started.")
    story = blocks.RichTextBlock(features=INLINE_FEATURES)

    class Meta:
        icon = "openquote"
        template = "blocks/story.html"


class EmployerNamesBlock(LabelledChoiceMixin, blocks.StructBlock):
    """What one level of government calls this role."""

    label_field = "level"

    level = blocks.ChoiceBlock(choices=GovernmentLevel.choices)
    titles = blocks.CharBlock(max_length=300, help_text="Job titles, separated by semicolons.")
    note = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "tag"
        template = "blocks/employer_names.html"


class SkillBlock(blocks.StructBlock):
    """A skill or credential, and what it means in this work."""

    kind = blocks.ChoiceBlock(
        choices=[("skill", "Skill"), ("credential", "Credential")], default="skill"
    )
    name = blocks.CharBlock(max_length=120)
    detail = blocks.CharBlock(max_length=400, required=False)
    required = blocks.BooleanBlock(
        required=False, help_text="Tick when most postings ask for it; leave for nice-to-haves."
    )

    class Meta:
        icon = "tick"
        template = "blocks/skill.html"


class WayInBlock(LabelledChoiceMixin, blocks.StructBlock):
    """Advice for one starting point."""

    label_field = "starting_point"

    starting_point = blocks.ChoiceBlock(
        choices=[
            ("students", _("Students and recent graduates")),
            ("career-changers", _("Career changers")),
            ("federal", _("Displaced federal workers")),
            ("experienced", _("Experienced technologists")),
        ]
    )
    advice = blocks.RichTextBlock(features=RICH_FEATURES)

    class Meta:
        icon = "arrow-right"
        template = "blocks/way_in.html"


class HiringPathBlock(LabelledChoiceMixin, blocks.StructBlock):
    """How hiring works at one level of government, for comparison side by side."""

    label_field = "level"

    level = blocks.ChoiceBlock(choices=GovernmentLevel.choices)
    where_to_apply = blocks.CharBlock(max_length=200, help_text="e.g. USAJOBS, CalCareers.")
    how_it_works = blocks.RichTextBlock(features=[*INLINE_FEATURES, "ol", "ul"])
    typical_time = blocks.CharBlock(
        max_length=120, required=False, help_text="From applying to an offer, roughly."
    )

    class Meta:
        icon = "group"
        template = "blocks/hiring_path.html"


class MarketChartBlock(blocks.StructBlock):
    """A live chart of one role family's open jobs or pay by level of government, drawn like
    the charts on /insights/ and followed by its numbers. The drawing comes from the app that
    answers ``search.plugins.MARKET_CHART`` (insights), given the role family's slug and the
    measure; None (no such app, or a chart it cannot draw) shows a sentence instead."""

    measure = blocks.ChoiceBlock(
        choices=[
            ("open", "Open jobs by level of government"),
            ("pay", "Annual pay by level of government"),
        ],
        default="open",
    )
    role_family = blocks.ChoiceBlock(
        choices=role_family_choices,
        required=False,
        help_text="On a guide, leave empty for the guide's own role family.",
    )

    class Meta:
        icon = "table"
        template = "blocks/market_chart.html"
        label = "Job market chart"

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        family = value.get("role_family") or _page_role_family(parent_context or {})
        context["chart"] = (
            plugins.market_chart(family, value.get("measure") or "open") if family else None
        )
        context["message"] = (
            CHART_UNAVAILABLE
            if family
            else _("Choose a role family for this chart in the page editor.")
        )
        context["jobs_url"] = search_url(openings_query(role_family=family))
        return context


def _page_role_family(parent_context: dict) -> str:
    page = parent_context.get("page") or parent_context.get("self")
    role_family = getattr(page, "role_family", None)
    return getattr(role_family, "slug", "") or ""


class BodyBlock(blocks.StreamBlock):
    """Free-form content for any page."""

    paragraph = blocks.RichTextBlock(
        features=["h2", *RICH_FEATURES], template="blocks/paragraph.html"
    )
    callout = CalloutBlock()
    question = QuestionBlock()
    event = EventBlock()
    link = LinkBlock()
    story = StoryBlock()
    live_openings = LiveOpeningsBlock()
    market_chart = MarketChartBlock()

    class Meta:
        template = "blocks/stream.html"
