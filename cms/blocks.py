"""StreamField blocks for pages and guides, each rendered by its own template under
``cms/templates/blocks/``. Structured blocks (names by employer, ways in, hiring by level of
government, skills, stories, events, questions) keep their parts apart so templates can lay
them out side by side and organizers fill in labelled fields instead of formatting by hand.

Every block an organizer can add says what it is for (``description``) and carries sample
content in its own value shape (``preview_value``), so the block chooser shows a preview;
every label, help text and choice an organizer reads is translated."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.utils import timezone
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
    return [("", _("Any role")), *list(RoleFamily.objects.ordered().values_list("slug", "name"))]


def seniority_choices() -> list[tuple[str, str]]:
    """Seniority levels by slug, in ladder order."""
    return [
        ("", _("Any level")),
        *list(SeniorityLevel.objects.ordered().values_list("slug", "name")),
    ]


def sample_event() -> dict[str, Any]:
    """The event shown in the block chooser's preview: one a month from today."""
    return {
        "name": "Public Tech Careers Symposium",
        "date": timezone.localdate() + timedelta(days=30),
        "time": "6 to 8 pm",
        "place": "LA Central Library, 630 W 5th St, Los Angeles",
        "description": "<p>Hiring managers from the county, the city and Metro on how their "
        "exams work, then questions from the floor.</p>",
        "link": "https://example.org/symposium",
    }


def newest_guide():
    """The guide shown in the block chooser's preview: the newest live one, or none yet."""
    guides = apps.get_model("cms", "PathwayGuidePage").objects.live()
    return guides.order_by("-first_published_at").first()


class LabelledChoiceMixin:
    """Puts the display label of the block's ``label_field`` choice in the template context."""

    label_field = ""

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        choices = dict(self.child_blocks[self.label_field].field.choices)
        context["label"] = choices.get(value.get(self.label_field), "")
        return context


class ParagraphBlock(blocks.RichTextBlock):
    """Formatted text: headings, paragraphs, lists and links."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("features", ["h2", *RICH_FEATURES])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Formatted text: headings, paragraphs, lists and links.")
        preview_value = (
            "<h2>Why public service</h2><p>Public technologists keep buses running, benefits "
            "paid and libraries open. The jobs come with steady pay, a pension and work that "
            "matters to your neighbors.</p><ul><li>County and city IT</li>"
            "<li>Data and analytics</li></ul>"
        )


class LiveOpeningsBlock(blocks.StructBlock):
    """The newest open jobs matching a few filters, the total, and a link to that search."""

    heading = blocks.CharBlock(default="Open jobs right now", max_length=120, label=_("Heading"))
    role_family = blocks.ChoiceBlock(
        choices=role_family_choices, required=False, label=_("Role family")
    )
    seniority = blocks.ChoiceBlock(choices=seniority_choices, required=False, label=_("Seniority"))
    agency = SnippetChooserBlock(
        "jobboard.Agency",
        required=False,
        label=_("Employer"),
        help_text=_("Any employer when empty."),
    )
    remote = blocks.ChoiceBlock(
        choices=[("", _("Remote, hybrid or on-site")), *WorkArrangement.choices],
        required=False,
        label=_("Work arrangement"),
    )
    count = blocks.IntegerBlock(
        default=5,
        min_value=1,
        max_value=20,
        label=_("Number of jobs"),
        help_text=_("Jobs to list."),
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/live_openings.html"
        label = _("Live job openings")
        description = _(
            "The newest open jobs matching a role, a level or an employer, with their total and "
            "a link to the full search. It updates itself as jobs arrive and close."
        )
        preview_value = {
            "heading": "Open data jobs right now",
            "role_family": "data-analytics",
            "seniority": "",
            "agency": None,
            "remote": "",
            "count": 3,
        }

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
        choices=[("tip", _("Tip")), ("important", _("Important")), ("note", _("Note"))],
        default="tip",
        label=_("Kind"),
    )
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.RichTextBlock(features=[*INLINE_FEATURES, "ul"], label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted box for a tip, a warning or a note readers should not miss.")
        preview_value = {
            "kind": "tip",
            "heading": "Apply before the closing date",
            "text": "<p>Many county exams accept applications for only a few days. "
            "Set up a job alert so you hear about them in time.</p>",
        }


class QuestionBlock(blocks.StructBlock):
    """One question and its answer (FAQ pages, application tips)."""

    question = blocks.CharBlock(max_length=200, label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"
        template = "blocks/question.html"
        label = _("Question and answer")
        description = _(
            "One question and its answer, folded so readers open the ones they care about. "
            "For FAQ pages and application tips."
        )
        preview_value = {
            "question": "Do I need a college degree?",
            "answer": "<p>Often not. Many county and city technology jobs accept experience "
            "instead of a degree: read the minimum qualifications on each posting.</p>",
        }


class EventBlock(blocks.StructBlock):
    """A symposium, workshop or info session."""

    name = blocks.CharBlock(max_length=160, label=_("Name"))
    date = blocks.DateBlock(label=_("Date"))
    time = blocks.CharBlock(
        max_length=60, required=False, label=_("Time"), help_text=_("e.g. 6 to 8 pm")
    )
    place = blocks.CharBlock(
        max_length=200, label=_("Place"), help_text=_("An address, or 'Online'.")
    )
    description = blocks.RichTextBlock(features=[*INLINE_FEATURES, "ul"], label=_("Description"))
    link = blocks.URLBlock(required=False, label=_("Registration link"))

    class Meta:
        icon = "date"
        template = "blocks/event.html"
        label = _("Event")
        description = _(
            "A symposium, workshop or info session: its date, time, place and registration link."
        )
        preview_value = staticmethod(sample_event)  # a date a month ahead, at preview time


class LinkBlock(blocks.StructBlock):
    """A link with a line saying why it is worth following."""

    title = blocks.CharBlock(max_length=160, label=_("Title"))
    url = blocks.URLBlock(label=_("Web address"))
    description = blocks.CharBlock(
        max_length=300, required=False, label=_("Why it is worth following")
    )

    class Meta:
        icon = "link"
        template = "blocks/link.html"
        label = _("Link")
        description = _("A link to another site, with a line saying why it is worth following.")
        preview_value = {
            "title": "LA County job openings",
            "url": "https://www.governmentjobs.com/careers/lacounty",
            "description": "Every county posting, with its exam dates",
        }


class StoryBlock(blocks.StructBlock):
    """A short first-person account of getting into the work."""

    name = blocks.CharBlock(
        max_length=80, label=_("Name"), help_text=_("A first name, or 'A county analyst'.")
    )
    role = blocks.CharBlock(
        max_length=160, label=_("Their job"), help_text=_("Their job and employer.")
    )
    path = blocks.CharBlock(
        max_length=200,
        required=False,
        label=_("Started as"),
        help_text=_("Where they started."),
    )
    story = blocks.RichTextBlock(features=INLINE_FEATURES, label=_("Story"))

    class Meta:
        icon = "openquote"
        template = "blocks/story.html"
        label = _("Story")
        description = _("A short first-person account of how someone got into the work.")
        preview_value = {
            "name": "Maria",
            "role": "Data analyst, LA County Department of Public Health",
            "path": "Library assistant",
            "story": "<p>I took a free SQL class at my branch library, then the county's "
            "analyst exam. The exam was the hard part; the work is the best I have had.</p>",
        }


class EmployerNamesBlock(LabelledChoiceMixin, blocks.StructBlock):
    """What one level of government calls this role."""

    label_field = "level"

    level = blocks.ChoiceBlock(choices=GovernmentLevel.choices, label=_("Level of government"))
    titles = blocks.CharBlock(
        max_length=300,
        label=_("Job titles"),
        help_text=_("Job titles, separated by semicolons."),
    )
    note = blocks.CharBlock(max_length=300, required=False, label=_("Note"))

    class Meta:
        icon = "tag"
        template = "blocks/employer_names.html"
        preview_template = "blocks/previews/employer_names.html"
        label = _("Names at one level of government")
        description = _(
            "What one level of government (federal, state, county, city…) calls this role: "
            "its job titles, with a note if needed."
        )
        preview_value = {
            "level": "county",
            "titles": "Information Systems Analyst I; Information Systems Analyst II",
            "note": "Los Angeles County",
        }


class SkillBlock(blocks.StructBlock):
    """A skill or credential, and what it means in this work."""

    kind = blocks.ChoiceBlock(
        choices=[("skill", _("Skill")), ("credential", _("Credential"))],
        default="skill",
        label=_("Kind"),
    )
    name = blocks.CharBlock(max_length=120, label=_("Name"))
    detail = blocks.CharBlock(max_length=400, required=False, label=_("Detail"))
    required = blocks.BooleanBlock(
        required=False,
        label=_("Often required"),
        help_text=_("Tick when most postings ask for it; leave for nice-to-haves."),
    )

    class Meta:
        icon = "tick"
        template = "blocks/skill.html"
        preview_template = "blocks/previews/skill.html"
        label = _("Skill or credential")
        description = _(
            "A skill or credential and what it means in this work, marked when most postings "
            "ask for it."
        )
        preview_value = {
            "kind": "skill",
            "name": "SQL",
            "detail": "Querying case and budget data; most analyst exams test it.",
            "required": True,
        }


class WayInBlock(LabelledChoiceMixin, blocks.StructBlock):
    """Advice for one starting point."""

    label_field = "starting_point"

    starting_point = blocks.ChoiceBlock(
        choices=[
            ("students", _("Students and recent graduates")),
            ("career-changers", _("Career changers")),
            ("federal", _("Displaced federal workers")),
            ("experienced", _("Experienced technologists")),
        ],
        label=_("Starting point"),
    )
    advice = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Advice"))

    class Meta:
        icon = "arrow-right"
        template = "blocks/way_in.html"
        label = _("Way in")
        description = _(
            "Advice for people starting from one place: students, career changers, displaced "
            "federal workers or experienced technologists."
        )
        preview_value = {
            "starting_point": "career-changers",
            "advice": "<p>Start where your experience counts: many entry-level county IT "
            "exams accept years of related work instead of a degree.</p><ul><li>Read the "
            "minimum qualifications first.</li><li>Describe your work in the posting's own "
            "words.</li></ul>",
        }


class HiringPathBlock(LabelledChoiceMixin, blocks.StructBlock):
    """How hiring works at one level of government, for comparison side by side."""

    label_field = "level"

    level = blocks.ChoiceBlock(choices=GovernmentLevel.choices, label=_("Level of government"))
    where_to_apply = blocks.CharBlock(
        max_length=200, label=_("Where to apply"), help_text=_("e.g. USAJOBS, CalCareers.")
    )
    how_it_works = blocks.RichTextBlock(
        features=[*INLINE_FEATURES, "ol", "ul"], label=_("How it works")
    )
    typical_time = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("Typical time to an offer"),
        help_text=_("From applying to an offer, roughly."),
    )

    class Meta:
        icon = "group"
        template = "blocks/hiring_path.html"
        label = _("Hiring at one level of government")
        description = _(
            "How hiring works at one level of government (where to apply, the steps, how long "
            "it takes), shown side by side with the others."
        )
        preview_value = {
            "level": "state",
            "where_to_apply": "CalCareers",
            "how_it_works": "<ol><li>Take the online exam for the job classification.</li>"
            "<li>Apply to the department's postings once you are on the eligible list.</li>"
            "<li>Interview with the hiring team.</li></ol>",
            "typical_time": "Two to four months",
        }


class FeaturedGuideBlock(blocks.PageChooserBlock):
    """A pathway guide the home page shows first."""

    def __init__(self, **kwargs) -> None:
        super().__init__(page_type="cms.PathwayGuidePage", **kwargs)

    class Meta:
        icon = "doc-full"
        template = "blocks/featured_guide.html"
        label = _("Guide")
        description = _("A pathway guide the home page shows first, with its title and summary.")
        preview_value = staticmethod(newest_guide)


class MarketChartBlock(blocks.StructBlock):
    """A live chart of one role family's open jobs or pay by level of government, drawn like
    the charts on /insights/ and followed by its numbers. The drawing comes from the app that
    answers ``search.plugins.MARKET_CHART`` (insights), given the role family's slug and the
    measure; None (no such app, or a chart it cannot draw) shows a sentence instead."""

    measure = blocks.ChoiceBlock(
        choices=[
            ("open", _("Open jobs by level of government")),
            ("pay", _("Annual pay by level of government")),
        ],
        default="open",
        label=_("Measure"),
    )
    role_family = blocks.ChoiceBlock(
        choices=role_family_choices,
        required=False,
        label=_("Role family"),
        help_text=_("On a guide, leave empty for the guide's own role family."),
    )

    class Meta:
        icon = "table"
        template = "blocks/market_chart.html"
        label = _("Job market chart")
        description = _(
            "A live chart of one role family's open jobs or pay by level of government, "
            "followed by its numbers in a table."
        )
        preview_value = {"measure": "open", "role_family": "data-analytics"}

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

    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    question = QuestionBlock()
    event = EventBlock()
    link = LinkBlock()
    story = StoryBlock()
    live_openings = LiveOpeningsBlock()
    market_chart = MarketChartBlock()

    class Meta:
        template = "blocks/stream.html"
