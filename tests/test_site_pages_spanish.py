"""The pages organizers write, in Spanish: the demo's Spanish home page, guide index, pages and
guides under /es/, each paired with its English page (hreflang, the switcher, the sitemap);
pages not translated yet are offered in English and say so; organizers translate a page in
the admin and the translation goes through the same review as any page.

Every demo guide is translated, so this module takes the IT support guide's Spanish version
away to have a guide not translated yet, as a new guide is until organizers translate it."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from cms.models import HomePage, PathwayGuidePage
from jobboard.models import RoleFamily
from tests.demo import demo_for_module
from tests.factories import OpenJobFactory
from tests.sitemaps import whole_sitemap
from tests.test_site_spanish import english_phrases, english_words, visible_text

pytestmark = pytest.mark.django_db

SPANISH_PAGES = [
    "/es/",
    "/es/guides/",
    "/es/guides/software-engineering/",
    "/es/guides/data-and-analytics/",
    "/es/guides/infrastructure-and-operations/",
    "/es/guides/product-and-delivery/",
    "/es/guides/business-and-systems-analysis/",
    "/es/guides/design-and-research/",
    "/es/guides/architecture/",
    "/es/guides/policy-and-acquisition/",
    "/es/guides/cybersecurity/",
    "/es/guides/it-leadership/",
    "/es/after-a-federal-layoff/",
    "/es/about/",
    "/es/questions/",
    "/es/events/",
    "/es/search/?q=examen",
    "/es/search/?q=analista+de+datos",
    "/es/search/?q=zzzzqqq",
    "/es/no-such-page/",
]


def two_jobs_and_a_guide_not_yet_translated():
    PathwayGuidePage.objects.get(slug="it-support", locale__language_code="es").delete()
    analyst = OpenJobFactory(title="Data Analyst", agency__level="county")
    support = OpenJobFactory(
        title="Help Desk Technician", role_family=RoleFamily.objects.get(slug="it-support")
    )
    return analyst, support


spanish_site = demo_for_module(jobs=False, extra=two_jobs_and_a_guide_not_yet_translated)


def page(client, path: str) -> str:
    return client.get(path).content.decode()


@pytest.mark.parametrize("path", SPANISH_PAGES)
def test_every_spanish_page_reads_in_spanish(client, spanish_site, path):
    response = client.get(path)
    assert response.status_code == (404 if "no-such" in path else 200)
    html = response.content.decode()
    assert '<html lang="es">' in html
    text = visible_text(html)
    assert [phrase for phrase in english_phrases() if phrase in text] == []
    assert english_words(text) == []


def test_the_spanish_home_page_is_the_home_page_in_spanish(client, spanish_site):
    html = page(client, "/es/")
    assert '<h2 id="federal-heading">¿Perdió su empleo federal en tecnología?</h2>' in html
    assert '<form class="search-box" action="/es/jobs/"' in html
    assert 'href="/es/after-a-federal-layoff/"' in html
    assert 'href="/es/guides/software-engineering/"' in html
    assert "Datos, análisis e IA" in html  # the taxonomy's Spanish names on the role tiles
    assert "Guía disponible en inglés" in html  # IT support's guide is not translated yet
    assert '<a class="brand" href="/es/">' in html
    # The English home page is unchanged.
    assert "Lost a federal tech job?" in page(client, "/")


def test_guides_not_yet_in_spanish_are_offered_in_english_and_say_so(client, spanish_site):
    html = page(client, "/es/guides/")
    assert (
        '<a href="/es/guides/data-and-analytics/">Datos y análisis en el servicio público</a>'
        in html
    )
    assert '<h2 lang="en"><a href="/guides/it-support/" hreflang="en">' in html
    assert "Por ahora, esta guía está en inglés." in html
    # Its Spanish address leads to the English guide rather than to a dead end.
    response = client.get("/es/guides/it-support/")
    assert response.status_code == 302
    assert response["Location"] == "/guides/it-support/"


def test_a_spanish_guide_reads_in_spanish_with_employers_titles_as_they_post_them(
    client, spanish_site
):
    analyst, _ = spanish_site
    html = page(client, "/es/guides/data-and-analytics/")
    assert "<h1>Datos y análisis en el servicio público</h1>" in html
    assert '<h2 id="work">En qué consiste el trabajo y por qué importa aquí</h2>' in html
    assert '<span lang="en">Data Scientist (1560); Statistician (1530)' in html
    assert (
        'Revisada por última vez el <time datetime="2026-11-02">2 de noviembre de 2026</time>'
        in html
    )
    assert '<th scope="row">Nivel inicial</th>' in html  # the ladder's levels, in Spanish
    assert f'href="/es/jobs/{analyst.pk}/{analyst.slug}/" lang="en">Data Analyst</a>' in html
    assert '<h2 id="openings">Empleos abiertos en este puesto ahora mismo</h2>' in html


@pytest.mark.parametrize(
    ("slug", "family", "title"),
    [
        (
            "infrastructure-and-operations",
            "infrastructure-operations",
            "Infraestructura y operaciones en el servicio público",
        ),
        (
            "product-and-delivery",
            "product-delivery",
            "Gestión de productos y proyectos en el servicio público",
        ),
        (
            "business-and-systems-analysis",
            "systems-analysis",
            "Análisis de negocios y de sistemas en el servicio público",
        ),
    ],
)
def test_each_role_familys_spanish_guide_is_the_one_its_jobs_lead_to(
    client, spanish_site, slug, family, title
):
    job = OpenJobFactory(title="Analyst", role_family=RoleFamily.objects.get(slug=family))
    html = page(client, f"/es/guides/{slug}/")
    assert f"<h1>{title}</h1>" in html
    assert '<th scope="row">Dirección, jefatura</th>' in html  # the executive rung
    assert "$151,661" in html
    assert '<h2 id="openings">Empleos abiertos en este puesto ahora mismo</h2>' in html
    assert f'href="/es/jobs/{job.pk}/{job.slug}/" lang="en">Analyst</a>' in html
    job_page = page(client, f"/es/jobs/{job.pk}/{job.slug}/")
    assert f'href="/es/guides/{slug}/"' in job_page
    assert "(guía, en inglés)" not in job_page


def test_each_page_names_its_translation_in_the_head_and_the_switcher(client, spanish_site):
    english = page(client, "/guides/software-engineering/")
    assert (
        '<link rel="alternate" hreflang="es" href="http://testserver/es/guides/software-engineering/">'
        in english
    )
    spanish = page(client, "/es/guides/software-engineering/")
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/guides/software-engineering/">'
        in spanish
    )
    link = re.search(
        r'<a href="([^"]+)" hreflang="en" lang="en" rel="nofollow">English</a>', spanish
    )
    response = client.get(link.group(1))
    assert response["Location"] == "/guides/software-engineering/"
    link = re.search(
        r'<a href="([^"]+)" hreflang="es" lang="es" rel="nofollow">Español</a>', english
    )
    response = client.get(link.group(1))
    assert response["Location"] == "/es/guides/software-engineering/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "es"


def test_the_remembered_choice_opens_translated_pages_in_spanish_only(client, spanish_site):
    client.get("/language/es/?next=/")
    response = client.get("/guides/data-and-analytics/")
    assert response.status_code == 302
    assert response["Location"] == "/es/guides/data-and-analytics/"
    assert client.get("/")["Location"] == "/es/"
    # A page with no Spanish version stays in English, with no switcher and no alternates.
    response = client.get("/guides/it-support/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "language-switcher" not in html
    assert 'hreflang="es"' not in html


def test_the_sitemap_pairs_each_page_with_its_translations(client, spanish_site):
    xml = whole_sitemap(client)
    site = "http://localhost"  # pages' addresses come from the Wagtail site's own host
    assert f"<loc>{site}/es/guides/data-and-analytics/</loc>" in xml
    assert (
        f'<xhtml:link rel="alternate" hreflang="es" href="{site}/es/guides/data-and-analytics/"/>'
        in xml
    )
    assert (
        '<xhtml:link rel="alternate" hreflang="x-default" '
        f'href="{site}/guides/data-and-analytics/"/>' in xml
    )
    untranslated = re.search(rf"<url><loc>{site}/guides/it-support/</loc>.*?</url>", xml)
    assert untranslated
    assert "xhtml:link" not in untranslated.group(0)


def test_site_search_finds_the_pages_of_the_readers_language(client, spanish_site):
    spanish = page(client, "/es/search/?q=examen")
    assert 'href="/es/after-a-federal-layoff/"' in spanish
    assert "/es/" not in "".join(
        re.findall(r'class="page-results".*?</ol>', page(client, "/search/?q=exam"), re.S)
    )


def test_a_job_page_leads_to_its_roles_guide_in_the_readers_language(client, spanish_site):
    analyst, support = spanish_site
    html = page(client, f"/es/jobs/{analyst.pk}/{analyst.slug}/")
    assert 'href="/es/guides/data-and-analytics/"' in html
    html = page(client, f"/es/jobs/{support.pk}/{support.slug}/")
    assert 'href="/guides/it-support/" hreflang="en"' in html
    assert "(guía, en inglés)" in html


def test_organizers_translate_a_page_and_the_translation_is_reviewed_before_it_goes_live(
    client, spanish_site
):
    organizer = User.objects.create_user("organizer", "organizer@example.org", "pw")
    organizer.groups.add(Group.objects.get(name="Organizers"))
    reviewer = User.objects.create_user("reviewer", "reviewer@example.org", "pw")
    reviewer.groups.add(Group.objects.get(name="Moderators"))
    english = PathwayGuidePage.objects.get(slug="it-support", locale__language_code="en")
    spanish_locale = Locale.objects.get(language_code="es")

    client.force_login(organizer)
    assert f"/admin/translation/submit/page/{english.pk}/" in page(
        client, f"/admin/pages/{english.pk}/edit/"
    )
    response = client.post(
        f"/admin/translation/submit/page/{english.pk}/", {"locales": [spanish_locale.pk]}
    )
    assert response.status_code == 302
    draft = english.get_translation(spanish_locale)
    assert not draft.live
    assert draft.get_parent().specific.locale == spanish_locale

    # The organizer writes the Spanish text and submits it; it stays a draft until approved.
    draft.title = "Soporte de TI en el servicio público"
    draft.summary = "Mantienen funcionando las computadoras públicas."
    revision = draft.save_revision(user=organizer)
    workflow = draft.get_workflow()
    assert workflow.name == "Guide review"
    state = workflow.start(draft, organizer)
    assert client.get("/es/guides/it-support/")["Location"] == "/guides/it-support/"
    state.current_task_state.task.specific.on_action(state.current_task_state, reviewer, "approve")
    draft.refresh_from_db()
    assert draft.live
    assert draft.live_revision_id == revision.pk
    assert "<h1>Soporte de TI en el servicio público</h1>" in page(client, "/es/guides/it-support/")


def test_one_guide_per_role_in_each_language(spanish_site):
    spanish = PathwayGuidePage.objects.get(slug="data-and-analytics", locale__language_code="es")
    spanish.full_clean()  # the English guide of the same role is its translation, not a rival
    rival = PathwayGuidePage(
        title="Otra guía",
        slug="otra",
        role_family=spanish.role_family,
        summary="Otra.",
        last_reviewed=spanish.last_reviewed,
        locale=spanish.locale,
    )
    with pytest.raises(ValidationError, match="already has a guide in this language"):
        spanish.get_parent().add_child(instance=rival)


def test_the_demo_home_pages_are_one_per_language(spanish_site):
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == ["en", "es"]


# The guides of the design, architecture and policy families: role family to its guide's
# address, its title in English and in Spanish, one employer's title, and one sourced pay range
# in each language.
FAMILY_GUIDES = {
    "design-research": (
        "design-and-research",
        "Design, research and content in public service",
        "Diseño, investigación y contenido en el servicio público",
        "Graphics Designer (1670)",
        ("$58,359 to $85,294", "$58,359 a $85,294"),
    ),
    "architecture": (
        "architecture",
        "Technology architecture in public service",
        "Arquitectura tecnológica en el servicio público",
        "Database Architect (1470)",
        ("$121,813 to $178,085", "$121,813 a $178,085"),
    ),
    "policy-acquisition": (
        "policy-and-acquisition",
        "Technology policy and acquisition in public service",
        "Política tecnológica y compras de tecnología en el servicio público",
        "Contract Specialist (1102)",
        ("$38.488 to $52.317", "$38.488 a $52.317"),
    ),
}


@pytest.mark.parametrize("family", FAMILY_GUIDES)
def test_a_role_familys_jobs_lead_to_its_guide_in_the_readers_language(
    client, spanish_site, family
):
    slug, english_title, spanish_title, _, _ = FAMILY_GUIDES[family]
    job = OpenJobFactory(title="Analyst", role_family=RoleFamily.objects.get(slug=family))
    assert f'href="/guides/{slug}/"' in page(client, f"/jobs/{job.pk}/{job.slug}/")
    assert f'href="/es/guides/{slug}/"' in page(client, f"/es/jobs/{job.pk}/{job.slug}/")
    guide = PathwayGuidePage.objects.get(slug=slug, locale__language_code="es")
    assert guide.get_translation(Locale.objects.get(language_code="en")).title == english_title
    assert guide.title == spanish_title


@pytest.mark.parametrize("family", FAMILY_GUIDES)
def test_the_family_guides_show_employers_titles_and_sourced_pay_in_both_languages(
    client, spanish_site, family
):
    slug, english_title, spanish_title, employer_title, (english_pay, spanish_pay) = FAMILY_GUIDES[
        family
    ]
    english = page(client, f"/guides/{slug}/")
    assert f"<h1>{english_title}</h1>" in english
    assert employer_title in english
    assert english_pay in english
    assert "Sources" in english
    spanish = page(client, f"/es/guides/{slug}/")
    assert f"<h1>{spanish_title}</h1>" in spanish
    assert f'<span lang="en">{employer_title}' in spanish  # as employers post it
    assert spanish_pay in spanish
    assert f'hreflang="en" href="http://testserver/guides/{slug}/"' in spanish
