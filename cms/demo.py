"""Demo pages for ``manage.py load_demo``: the home page, the guide index, a pathway guide
for each of the eleven role families and a few content pages, and their Spanish translations
(the home page, the index, the pages and every guide). Each function is idempotent: a page
that exists is left as it is, so an organizer's edits survive a second ``load_demo``. New
pages are published through Wagtail revisions, the same path an approved page takes, so they
are indexed for site search."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.apps import apps as django_apps
from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from cms.demo_guides import CONTENT_PAGES, FEDERAL_PAGE_SLUG, GUIDES, HOME, LAST_REVIEWED, spanish
from cms.editorial import set_up_editorial
from cms.models import (
    ContentPage,
    GuideIndexPage,
    GuideLevel,
    GuideResource,
    GuideSource,
    HomePage,
    PathwayGuidePage,
)
from jobboard.models import RoleFamily, SeniorityLevel

HOME_INTRO = HOME["intro"]
GUIDE_INDEX_INTRO = (
    "<p>Each guide explains one kind of public-sector technology job: what the work is, what "
    "federal, state, county and city employers call it, how hiring works, what it pays in Los "
    "Angeles, and which openings are live right now.</p>"
)


def ensure_home_page() -> HomePage:
    """The site's HomePage as the default site's root, created (with Wagtail's root page and
    default locale, if an emptied database lacks them) when missing."""
    default, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root"))
        home = root.add_child(
            instance=HomePage(title="Public Tech Pathways", slug="home", intro=HOME_INTRO)
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Public Tech Pathways",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home


def publish(page: Page) -> Page:
    """Publish a page's current content as a new revision (fires ``page_published``)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent: Page, page: Page) -> Page:
    """Add ``page`` under ``parent`` as a draft, then publish it; an existing page with the
    same slug is returned untouched."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    page.live = False
    parent.add_child(instance=page)
    return publish(page)


@transaction.atomic
def ensure_site_pages() -> list[str]:
    """The home page's demo wording, the guide index, the guides and the content pages."""
    home = ensure_home_page()
    set_up_editorial(django_apps)
    index = add_page(
        home,
        GuideIndexPage(
            title="Career guides", slug="guides", intro=GUIDE_INDEX_INTRO, show_in_menus=True
        ),
    )
    guides = [add_page(index, guide_page(data)) for data in GUIDES]
    pages = [add_page(home, content_page(data)) for data in CONTENT_PAGES]
    if not home.federal_text:  # first run: fill the home page's demo wording
        home.intro = HOME["intro"]
        home.federal_heading = HOME["federal_heading"]
        home.federal_text = HOME["federal_text"]
        home.federal_link = next(p for p in pages if p.slug == FEDERAL_PAGE_SLUG)
        home.featured_guides = [("guide", guide) for guide in guides]
        publish(home)
    return [
        f"Home page: '{home.title}' at /.",
        f"Guides: {len(guides)} published under {index.url}.",
        f"Pages: {', '.join(page.url for page in pages)}.",
    ]


# The translations the demo loads: a language code and its content (the shape of
# cms/demo_guides/spanish).
TRANSLATIONS = {"es": spanish}


@transaction.atomic
def ensure_translated_pages() -> list[str]:
    """Each translation's home page, guide index, pages and guides, as translations of the
    English pages (same ``translation_key``, the language's locale), published; like the
    English pages, existing ones are left as organizers edited them."""
    home = ensure_home_page()
    lines = []
    for code, content in TRANSLATIONS.items():
        locale, _ = Locale.objects.get_or_create(language_code=code)
        own_home = home.get_translation_or_none(locale)
        first_run = own_home is None
        if own_home is None:
            own_home = add_page(
                home.get_parent(),
                translation_of(home, HomePage(**content.HOME), locale),
            )
        index = home.get_children().type(GuideIndexPage).first()
        own_index = add_page(
            own_home, translation_of(index, GuideIndexPage(**content.GUIDE_INDEX), locale)
        )
        guides = [
            add_page(
                own_index,
                translation_of(
                    index.get_children().get(slug=data["slug"]), guide_page(data), locale
                ),
            )
            for data in content.GUIDES
        ]
        pages = [
            add_page(
                own_home,
                translation_of(
                    home.get_children().get(slug=data["translates"]),
                    content_page({k: v for k, v in data.items() if k != "translates"}),
                    locale,
                ),
            )
            for data in content.CONTENT_PAGES
        ]
        if first_run:  # the links that need the pages above
            own_home.federal_link = next(p for p in pages if p.slug == FEDERAL_PAGE_SLUG)
            own_home.featured_guides = [("guide", guide) for guide in guides]
            publish(own_home)
        lines.append(
            f"In {code}: home page at {own_home.url}, {len(guides)} guides under "
            f"{own_index.url}, {len(pages)} pages."
        )
    return lines


def translation_of(source: Page, page: Page, locale: Locale) -> Page:
    """``page`` made the translation of ``source`` into ``locale``."""
    page.locale = locale
    page.translation_key = source.translation_key
    return page


def guide_page(data: dict[str, Any]) -> PathwayGuidePage:
    """An unsaved guide, with its ladder, resources and sources, from demo data."""
    seniority = {level.slug: level for level in SeniorityLevel.objects.all()}
    page = PathwayGuidePage(
        title=data["title"],
        slug=data["slug"],
        role_family=RoleFamily.objects.get(slug=data["role_family"]),
        summary=data["summary"],
        search_description=data["summary"],
        names=[{"type": "names", "value": names} for names in data["names"]],
        seniority_from=seniority.get(data["seniority_from"]),
        seniority_to=seniority.get(data["seniority_to"]),
        pay_min=data["pay_min"],
        pay_max=data["pay_max"],
        # Every demo guide shows where its openings are, live (the job market chart block).
        the_work=[*data["the_work"], {"type": "market_chart", "value": {"measure": "open"}}],
        day_in_the_work=data["day_in_the_work"],
        skills=data["skills"],
        pay_notes=data["pay_notes"],
        ways_in=data["ways_in"],
        hiring=data["hiring"],
        tips=data["tips"],
        stories=data["stories"],
        last_reviewed=date.fromisoformat(LAST_REVIEWED),
    )
    page.levels = [
        GuideLevel(
            seniority=seniority.get(row["seniority"]),
            **{k: v for k, v in row.items() if k != "seniority"},
        )
        for row in data["levels"]
    ]
    page.resources = [GuideResource(**row) for row in data["resources"]]
    page.sources = [GuideSource(**row) for row in data["sources"]]
    page.related_roles = list(RoleFamily.objects.filter(slug__in=data["related_roles"]))
    return page


def content_page(data: dict[str, Any]) -> ContentPage:
    return ContentPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        search_description=data["intro"],
        body=data["body"],
        last_reviewed=date.fromisoformat(LAST_REVIEWED),
        show_in_menus=data.get("in_menus", False),
    )
