"""Organizers build the site from a fixed set of page types, and readers see complete, useful
pages: the home page with live counts, guides with every section, and plain content pages."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase

from cms.demo_guides import GUIDES, spanish
from cms.models import ContentPage, GuideIndexPage, HomePage, PathwayGuidePage
from cms.models.pages import guide_for
from gatherings.models import EventIndexPage
from jobboard.models import Job, RoleFamily
from tests.demo import demo_for_module
from tests.factories import ClosedJobFactory, OpenJobFactory, guide_page, without_guide
from tests.sitemaps import whole_sitemap
from tests.test_site_spanish import english_phrases, english_words, visible_text

# Every demo guide with the language it is written in and the address it is read at.
EVERY_GUIDE = [("en", "/guides/", data) for data in GUIDES] + [
    ("es", "/es/guides/", data) for data in spanish.GUIDES
]


class TestPageTree(WagtailPageTestCase):
    """Where each page type may live, checked with Wagtail's page test utilities."""

    def test_the_home_page_sits_at_the_root_and_holds_the_guide_index_and_pages(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        # Editors may add these (the events' index names the home page's layer as no parent:
        # it sits beside cms, so HomePage lists no child types and each child names its parent).
        assert set(HomePage.creatable_subpage_models()) == {
            GuideIndexPage,
            ContentPage,
            EventIndexPage,
        }

    def test_guides_live_only_in_the_guide_index(self):
        self.assertAllowedParentPageTypes(PathwayGuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(PathwayGuidePage, set())
        self.assertAllowedSubpageTypes(GuideIndexPage, {PathwayGuidePage})
        self.assertCanNotCreateAt(HomePage, PathwayGuidePage)
        self.assertCanNotCreateAt(ContentPage, PathwayGuidePage)

    def test_content_pages_nest_under_the_home_page_and_each_other(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertCanCreateAt(ContentPage, ContentPage)

    def test_there_is_one_home_page_and_one_guide_index(self):
        home = HomePage.objects.get(locale__language_code="en")
        assert not HomePage.can_create_at(Page.get_first_root_node())
        home.add_child(instance=GuideIndexPage(title="Career guides", slug="guides"))
        assert not GuideIndexPage.can_create_at(home)


pytestmark = pytest.mark.django_db


demo_site = demo_for_module(extra=lambda: HomePage.objects.get(locale__language_code="en"))


def text_of(response) -> str:
    return response.content.decode()


def test_load_demo_publishes_a_complete_guide_for_each_demo_role_in_both_languages(demo_site):
    guides = PathwayGuidePage.objects.live().order_by("role_family__slug")
    english = [g.role_family.slug for g in guides.filter(locale__language_code="en")]
    assert english == sorted(data["role_family"] for data in GUIDES)
    assert {"cybersecurity", "it-leadership", "it-support"} <= set(english)
    # Every one of them in Spanish too, as translations of the English guides, just as complete.
    spanish = guides.filter(locale__language_code="es")
    assert [g.role_family.slug for g in spanish] == english
    for guide in spanish:
        english = guide.get_translation(Locale.objects.get(language_code="en"))
        assert english.slug == guide.slug
        assert english.title != guide.title
    for guide in guides:
        assert guide.levels.count() >= 4, guide
        assert guide.resources.count() >= 4, guide
        assert guide.sources.count() >= 6, guide
        assert {block.value["level"] for block in guide.hiring} == {
            "federal",
            "state",
            "county",
            "city",
            "nonprofit",
        }
        assert {block.value["starting_point"] for block in guide.ways_in} == {
            "students",
            "career-changers",
            "federal",
            "experienced",
        }
        assert guide.names
        assert guide.skills
        assert guide.the_work
        assert guide.day_in_the_work
        assert guide.pay_min < guide.pay_max
        assert guide.last_reviewed
    assert {p.slug for p in ContentPage.objects.live()} >= {"about", "questions"}


def test_load_demo_twice_keeps_an_organizers_edits(demo_site):
    guide = PathwayGuidePage.objects.get(slug="it-support", locale__language_code="en")
    guide.summary = "Edited by an organizer."
    guide.save_revision().publish()
    call_command("load_demo", stdout=StringIO())
    guide.refresh_from_db()
    assert guide.summary == "Edited by an organizer."
    assert PathwayGuidePage.objects.count() == 2 * len(GUIDES)  # each in both languages, once


def test_home_page_shows_role_tiles_with_live_counts_guides_and_newest_jobs(client, demo_site):
    without_guide("architecture")
    html = text_of(client.get("/"))
    data_jobs = Job.objects.visible().filter(role_family__slug="data-analytics").count()
    assert data_jobs > 0
    assert f"{data_jobs} open job{'s' if data_jobs != 1 else ''}" in html
    assert 'href="/guides/data-and-analytics/"' in html  # the tile links to its guide
    assert "/jobs/?role_family=architecture" in html  # a role with no guide links to its jobs
    assert "Lost a federal tech job?" in html
    assert 'href="/after-a-federal-layoff/"' in html
    newest = Job.objects.visible().technology().order_by("-posted_at").first()
    assert newest.title in html
    assert 'action="/jobs/"' in html


def test_a_guide_shows_every_section_its_last_review_and_its_open_jobs(client, demo_site):
    response = client.get("/guides/cybersecurity/")
    assert response.status_code == 200
    html = text_of(response)
    for heading in (
        "At a glance",
        "What employers call it",
        "What the work is and why it matters here",
        "A day in the work",
        "Levels and progression",
        "Skills and credentials",
        "Ways in, by where you are starting",
        "How hiring works at each level of government",
        "Application tips",
        "Training resources",
        "Related roles",
        "Stories",
        "Open jobs in this role right now",
        "Sources",
    ):
        assert heading in html, heading
    assert 'Last reviewed <time datetime="2026-11-02">November 2, 2026</time>' in html
    assert "IT Specialist (INFOSEC)" in html
    assert "Departmental Information Security Officer" in html
    assert "Displaced federal workers" in html
    assert "CalCareers" in html
    security_jobs = Job.objects.visible().filter(role_family__slug="cybersecurity")
    assert f"<strong>{security_jobs.count()}</strong> open job" in html
    assert 'href="/jobs/?role_family=cybersecurity"' in html
    assert '<meta name="description" content="Cybersecurity and privacy staff protect' in html


# Each guide written from public sources: its address, its role family, an employer's class
# title, and a sourced figure (the 2026 Los Angeles range for GS-12 to GS-13).
FAMILY_GUIDES = [
    (
        "/guides/infrastructure-and-operations/",
        "infrastructure-operations",
        "Infrastructure and operations in public service",
        "Systems Administrator (1455)",
    ),
    (
        "/guides/product-and-delivery/",
        "product-delivery",
        "Product and delivery management in public service",
        "IT Program Manager",
    ),
    (
        "/guides/business-and-systems-analysis/",
        "systems-analysis",
        "Business and systems analysis in public service",
        "IT Specialist (SYSANALYSIS)",
    ),
]


@pytest.mark.parametrize(("url", "family", "title", "class_title"), FAMILY_GUIDES)
def test_each_role_familys_guide_shows_its_ladder_classes_hiring_and_open_jobs(
    client, demo_site, url, family, title, class_title
):
    job = OpenJobFactory(title="Analyst", role_family=RoleFamily.objects.get(slug=family))
    html = text_of(client.get(url))
    assert f"<h1>{title}</h1>" in html
    assert class_title in html
    assert "$104,349 to $161,313" in html  # the senior rung's federal range in Los Angeles
    assert "$151,661 to $228,000" in html  # the executive rung: the Senior Executive Service
    assert "How hiring works at each level of government" in html
    assert "CalCareers" in html
    assert "Displaced federal workers" in html
    assert "Open jobs in this role right now" in html
    assert f'href="/jobs/?role_family={family}"' in html
    assert f'href="/jobs/{job.pk}/{job.slug}/"' in html
    # A job in the family leads to its guide.
    assert f'href="{url}"' in text_of(client.get(f"/jobs/{job.pk}/{job.slug}/"))


@pytest.mark.parametrize(
    ("language", "index", "data"),
    EVERY_GUIDE,
    ids=[f"{language}-{data['slug']}" for language, _, data in EVERY_GUIDE],
)
def test_every_demo_guide_is_its_roles_guide_and_renders_in_its_language(
    client, demo_site, language, index, data
):
    family = RoleFamily.objects.get(slug=data["role_family"])
    with translation.override(language):
        assert guide_for(family).title == data["title"]
    assert f'<a href="{index}{data["slug"]}/">{data["title"]}</a>' in text_of(client.get(index))
    response = client.get(f"{index}{data['slug']}/")
    assert response.status_code == 200
    html = text_of(response)
    assert f'<html lang="{language}">' in html
    assert f"<h1>{data['title']}</h1>" in html
    jobs = index.replace("guides", "jobs")
    assert f'href="{jobs}?role_family={family.slug}"' in html  # its live openings
    if language == "es":
        text = visible_text(html)
        assert [phrase for phrase in english_phrases() if phrase in text] == []
        assert english_words(text) == []


def test_related_roles_link_to_their_guide_or_else_to_their_jobs(demo_site):
    links = {
        link["name"]: link
        for link in PathwayGuidePage.objects.get(
            slug="cybersecurity", locale__language_code="en"
        ).related_links()
    }
    support = {key: links["IT Support & Service"][key] for key in ("url", "kind", "language")}
    assert support == {
        "url": "/guides/it-support/",
        "kind": "guide",
        "language": "",  # the guide is in the page's language
    }
    leadership = links["Technology Leadership"]
    assert (leadership["url"], leadership["kind"]) == ("/guides/it-leadership/", "guide")
    # A role whose guide is withdrawn, in every language, leads to its jobs instead.
    PathwayGuidePage.objects.filter(role_family__slug="it-leadership").unpublish()
    english = PathwayGuidePage.objects.get(slug="cybersecurity", locale__language_code="en")
    leadership = {link["name"]: link for link in english.related_links()}["Technology Leadership"]
    assert (leadership["url"], leadership["kind"]) == ("/jobs/?role_family=it-leadership", "jobs")


def test_the_guide_index_lists_guides_with_their_open_job_counts(client, demo_site):
    html = text_of(client.get("/guides/"))
    support = Job.objects.visible().filter(role_family__slug="it-support").count()
    assert "IT support in public service" in html
    assert f"{support} open job{'s' if support != 1 else ''} in IT Support &amp; Service" in html


def test_content_pages_render_their_blocks(client, demo_site):
    faq = text_of(client.get("/questions/"))
    assert "<summary>What is an eligible list?</summary>" in faq
    federal = text_of(client.get("/after-a-federal-layoff/"))
    assert "Senior openings right now" in federal
    assert "/jobs/?seniority=senior" in federal


def test_a_draft_guide_is_not_shown_to_readers(client, demo_site):
    without_guide("architecture")
    guide_page("architecture", publish=False)
    assert client.get("/guides/architecture/").status_code == 404
    assert "Architecture in public service" not in text_of(client.get("/guides/"))


def test_one_role_family_has_one_guide(demo_site):
    duplicate = PathwayGuidePage(
        title="Another security guide",
        slug="security-2",
        role_family=RoleFamily.objects.get(slug="cybersecurity"),
        summary="x",
        last_reviewed=date(2026, 11, 1),
    )
    with pytest.raises(ValidationError, match="already has a guide"):
        duplicate.full_clean()


def test_pay_ranges_must_run_from_low_to_high(demo_site):
    guide = PathwayGuidePage.objects.get(slug="it-support", locale__language_code="en")
    guide.pay_min, guide.pay_max = 90_000, 50_000
    with pytest.raises(ValidationError, match="below its bottom"):
        guide.full_clean()


def test_the_sitemap_lists_published_pages_and_open_jobs_only(client, demo_site):
    closed = ClosedJobFactory(title="Closed Help Desk Technician")
    visible = OpenJobFactory(title="Open GIS Analyst")
    without_guide("architecture")
    guide_page("architecture", publish=False)
    xml = whole_sitemap(client)
    assert "/guides/cybersecurity/</loc>" in xml
    assert "/guides/architecture/" not in xml
    assert f"/jobs/{visible.pk}/" in xml
    assert f"/jobs/{closed.pk}/" not in xml


def test_a_job_page_links_to_the_guide_for_its_role(client, demo_site):
    job = Job.objects.visible().filter(role_family__slug="it-support").first()
    html = text_of(client.get(job.get_absolute_url()))
    assert 'href="/guides/it-support/"' in html
    assert "Read the IT support in public service guide" in html
    without_guide("architecture")
    no_guide = OpenJobFactory(role_family=RoleFamily.objects.get(slug="architecture"))
    assert (
        "/guides/"
        not in text_of(client.get(no_guide.get_absolute_url()))
        .split("<main")[1]
        .split("</main>")[0]
    )


def test_the_main_menu_lists_the_pages_editors_put_in_it(client, demo_site):
    html = text_of(client.get("/about/"))
    menu = html.split('aria-label="Main"')[1].split("</nav>")[0]
    assert 'href="/guides/"' in menu
    assert 'href="/events/"' in menu
    assert 'href="/about/"' not in menu
    footer = html.split('aria-label="Footer"')[1].split("</nav>")[0]
    assert 'href="/about/"' in footer
