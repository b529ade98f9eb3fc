"""Wagtail page types: the home page, the guide index, pathway guides and plain content pages.

Every page type is indexed for site search when it is published (``cms/indexing.py``), not on
every draft save, so the public index only ever holds what readers can see."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import (
    BodyBlock,
    EmployerNamesBlock,
    FeaturedGuideBlock,
    HiringPathBlock,
    SkillBlock,
    StoryBlock,
    WayInBlock,
)
from cms.languages import in_active_language, one_version_each, other_language
from cms.openings import Openings, live_openings, openings_query
from jobboard.models import RoleFamily
from search import plugins
from search.documents import facet_labels
from search.links import search_url

PLAIN_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class SitePage(Page):
    """What every page of the site shares: indexed on publish only, and a meta description
    that falls back to the page's own summary when the editor wrote none."""

    search_auto_update = False  # cms/indexing.py indexes on publish instead
    summary_field = ""

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        text = self.search_description or (
            getattr(self, self.summary_field, "") if self.summary_field else ""
        )
        return Truncator(text).chars(300) if text else ""


class HomePage(SitePage):
    """The site's front door: what the site is for, a job search box, role tiles with live
    counts, featured guides, the next events, the newest openings and a path for displaced
    federal workers. Its children are the page types that name it as a parent (the guide
    index, content pages, and the events' index, which lives in a feature beside this one)."""

    intro = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("One or two sentences under the main heading, in plain language."),
    )
    featured_guides = StreamField(
        [("guide", FeaturedGuideBlock())],
        blank=True,
        help_text=_("Guides to show first. When empty, every published guide is shown."),
    )
    federal_heading = models.CharField(
        max_length=120,
        default="Lost a federal tech job?",
        help_text=_("Heading of the box for displaced federal workers."),
    )
    federal_text = RichTextField(blank=True, features=["bold", "italic", "link", "ul"])
    federal_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page with the full advice for federal workers."),
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("featured_guides"),
        MultiFieldPanel(
            [FieldPanel("federal_heading"), FieldPanel("federal_text"), FieldPanel("federal_link")],
            heading=_("Path for displaced federal workers"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    summary_field = "intro"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        newest = live_openings(openings_query(limit=5))
        context["newest"] = newest
        context["role_tiles"] = role_tiles(newest)
        context["guides"] = self.guides()
        context["events"] = plugins.upcoming_events(3)
        return context

    def guides(self) -> list[PathwayGuidePage]:
        """The featured guides that are live, or every live guide when none are featured; each
        in the reader's language where it is translated."""
        chosen = [block.value.specific for block in self.featured_guides if block.value]
        chosen = in_active_language(guide for guide in chosen if guide.live)
        return chosen or live_guides()


class GuideIndexPage(SitePage):
    """The list of pathway guides, with how many jobs are open in each role right now."""

    intro = RichTextField(blank=True, features=PLAIN_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    max_count_per_parent = 1  # one under each language's home page
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.PathwayGuidePage"]

    class Meta:
        verbose_name = _("guide index")

    @property
    def meta_description(self) -> str:
        return self.search_description or (
            "Plain-language guides to public-sector technology careers in Los Angeles County."
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        counts = open_counts_by_role()
        guides = live_guides()
        names = facet_labels("role_family", [guide.role_family.slug for guide in guides])
        context["guides"] = [
            (guide, counts.get(guide.role_family.slug, 0), names[guide.role_family.slug])
            for guide in guides
        ]
        return context


class PathwayGuidePage(SitePage):
    """A career-pathway guide for one role family: what the work is, how people get in at
    each level of government, pay and progression, and the openings live right now."""

    role_family = models.ForeignKey(
        "jobboard.RoleFamily", on_delete=models.PROTECT, related_name="guides"
    )
    summary = models.CharField(
        max_length=300,
        help_text=_("What this role is, in one plain sentence. Shown in lists and search."),
    )
    # At a glance
    names = StreamField(
        [("names", EmployerNamesBlock())],
        blank=True,
        verbose_name=_("names by employer"),
        help_text=_("What federal, state, county, city and nonprofit employers call this role."),
    )
    seniority_from = models.ForeignKey(
        "jobboard.SeniorityLevel",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    seniority_to = models.ForeignKey(
        "jobboard.SeniorityLevel",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pay_min = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Typical LA pay, annual USD.")
    )
    pay_max = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Typical LA pay, annual USD.")
    )
    # The work
    the_work = StreamField(
        BodyBlock(), blank=True, verbose_name=_("what the work is and why it matters")
    )
    day_in_the_work = StreamField(BodyBlock(), blank=True, verbose_name=_("a day in the work"))
    # Skills, pay and ways in
    skills = StreamField(
        [("skill", SkillBlock())], blank=True, verbose_name=_("skills and credentials")
    )
    pay_notes = RichTextField(
        blank=True,
        features=PLAIN_FEATURES,
        help_text=_("How pay works: steps, locality, benefits."),
    )
    ways_in = StreamField([("way_in", WayInBlock())], blank=True, verbose_name=_("ways in"))
    hiring = StreamField(
        [("path", HiringPathBlock())],
        blank=True,
        verbose_name=_("how hiring works by level of government"),
    )
    tips = StreamField(BodyBlock(), blank=True, verbose_name=_("application tips"))
    related_roles = ParentalManyToManyField(
        "jobboard.RoleFamily",
        blank=True,
        related_name="+",
        help_text=_("Roles people often move to or from."),
    )
    stories = StreamField([("story", StoryBlock())], blank=True)
    show_openings = models.BooleanField(
        default=True, help_text=_("Show the newest open jobs in this role at the end of the guide.")
    )
    last_reviewed = models.DateField(
        help_text=_("When an organizer last checked the facts in this guide.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("role_family"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("names"),
                FieldRowPanel([FieldPanel("seniority_from"), FieldPanel("seniority_to")]),
                FieldRowPanel([FieldPanel("pay_min"), FieldPanel("pay_max")]),
            ],
            heading=_("At a glance"),
        ),
        FieldPanel("the_work"),
        FieldPanel("day_in_the_work"),
        InlinePanel("levels", heading=_("Levels and progression"), label=_("Level")),
        FieldPanel("skills"),
        FieldPanel("pay_notes"),
        FieldPanel("ways_in"),
        FieldPanel("hiring"),
        FieldPanel("tips"),
        InlinePanel("resources", heading=_("Training resources"), label=_("Resource")),
        FieldPanel("related_roles"),
        FieldPanel("stories"),
        FieldPanel("show_openings"),
        InlinePanel("sources", heading=_("Sources"), label=_("Source")),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("names"),
        index.SearchField("the_work"),
        index.SearchField("day_in_the_work"),
        index.SearchField("skills"),
        index.SearchField("ways_in"),
        index.SearchField("hiring"),
        index.SearchField("tips"),
        index.RelatedFields("role_family", [index.SearchField("name")]),
        index.FilterField("role_family"),
    ]

    parent_page_types = ["cms.GuideIndexPage"]
    subpage_types: list[str] = []
    summary_field = "summary"

    class Meta:
        verbose_name = _("pathway guide")

    def clean(self) -> None:
        super().clean()
        if self.pay_min and self.pay_max and self.pay_min > self.pay_max:
            raise ValidationError({"pay_max": _("The top of the pay range is below its bottom.")})
        if self.role_family_id:
            others = PathwayGuidePage.objects.filter(
                role_family_id=self.role_family_id, locale_id=self.locale_id
            )
            if self.pk:
                others = others.exclude(pk=self.pk)
            if others.exists():
                raise ValidationError(
                    {
                        "role_family": _(
                            "This role already has a guide in this language. Edit that one instead."
                        )
                    }
                )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        levels = list(self.levels.select_related("seniority"))
        resources, sources = list(self.resources.all()), list(self.sources.all())
        related = self.related_links()
        context.update(
            role_name=facet_labels("role_family", [self.role_family.slug])[self.role_family.slug],
            levels=levels,
            resources=resources,
            sources=sources,
            related=related,
            openings=self.openings() if self.show_openings else None,
            sections=[
                (anchor, title)
                for anchor, title, present in (
                    ("work", _("What the work is"), self.the_work),
                    ("day", _("A day in the work"), self.day_in_the_work),
                    ("levels", _("Levels and progression"), levels),
                    ("skills", _("Skills and credentials"), self.skills),
                    ("pay", _("Pay"), self.pay_notes),
                    ("ways-in", _("Ways in"), self.ways_in),
                    ("hiring", _("How hiring works"), self.hiring),
                    ("tips", _("Application tips"), self.tips),
                    ("resources", _("Training resources"), resources),
                    ("related", _("Related roles"), related),
                    ("stories", _("Stories"), self.stories),
                    ("openings", _("Open jobs"), self.show_openings),
                    ("sources", _("Sources"), sources),
                )
                if present
            ],
        )
        return context

    def openings(self) -> Openings:
        """The newest open jobs in this guide's role family."""
        return live_openings(openings_query(role_family=self.role_family.slug, limit=6))

    def related_links(self) -> list[dict[str, str]]:
        """Related roles, linking to their guide when there is one (in the reader's language
        where it is translated), else to their jobs."""
        return family_links(list(self.related_roles.all()))


class ContentPage(SitePage):
    """A plain page: about, FAQ, events (the symposium, workshops), advice."""

    intro = models.CharField(max_length=300, blank=True)
    body = StreamField(BodyBlock(), blank=True)
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=_("Shown to readers when set: when the facts were last checked."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.ContentPage"]
    subpage_types = ["cms.ContentPage"]
    summary_field = "intro"

    class Meta:
        verbose_name = _("content page")


def live_guides(**filters) -> list[PathwayGuidePage]:
    """Every live guide once, in the reader's language where it is translated (else in the
    language it was written in), by title."""
    guides = PathwayGuidePage.objects.live().public().filter(**filters)
    chosen = one_version_each(guides.select_related("role_family", "locale").order_by("pk"))
    return sorted(chosen, key=lambda guide: guide.title.casefold())


def open_counts_by_role() -> dict[str, int]:
    """How many open jobs each role family has, from one cached search's facet counts."""
    overview = live_openings(openings_query(limit=1))
    return {value.value: value.count for value in overview.facets.get("role_family", [])}


def guide_for(role_family: RoleFamily) -> PathwayGuidePage | None:
    """The role family's live guide in the reader's language where translated (else the
    language it was written in), or None. The pages' one reader of "which guide": other layers
    reach it through ``search.plugins.GUIDE_FOR_ROLE_FAMILY`` (cms/wagtail_hooks.py)."""
    return next(iter(live_guides(role_family=role_family)), None)


def family_links(families: list[RoleFamily]) -> list[dict[str, str]]:
    """For each role family, in the reader's language: its name, its guide's address (and the
    guide's language when that is another) and its jobs' address, and where a link to the
    family leads: ``url`` and ``kind``, its guide when it has one, else its jobs."""
    guides = {guide.role_family_id: guide for guide in live_guides(role_family__in=families)}
    names = facet_labels("role_family", [family.slug for family in families])
    links = []
    for family in families:
        guide = guides.get(family.pk)
        jobs_url = search_url(openings_query(role_family=family.slug))
        links.append(
            {
                "slug": family.slug,
                "name": names.get(family.slug, family.name),
                "guide_url": guide.url if guide else "",
                "language": other_language(guide) if guide else "",
                "jobs_url": jobs_url,
                "url": guide.url if guide else jobs_url,
                "kind": "guide" if guide else "jobs",
            }
        )
    return links


def role_tiles(overview: Openings) -> list[dict]:
    """A tile per role family with its open-job count and its links (``family_links``)."""
    counts = {value.value: value.count for value in overview.facets.get("role_family", [])}
    tiles = family_links(list(RoleFamily.objects.ordered()))
    for tile in tiles:
        tile["count"] = counts.get(tile["slug"], 0)
    return tiles
