"""The site's own pages in Spanish (the job search, its job pages and feeds, job alerts, the
employers' side, the market insights and the federal crosswalk; the pages organizers write are
in test_site_pages_spanish): under /es/, with lang="es", no English
interface text, hreflang alternates in the head and the sitemap, a language switcher that keeps
the page and remembers the choice, and emails in the language the person used."""

from __future__ import annotations

import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from alerts import services as alert_services
from alerts.models import Alert
from jobboard.models import Submission
from pathways.models import LocalEmployerTranslation
from postings import services as postings
from tests.factories import OpenJobFactory, moderator
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db
CATALOGUE = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"
SPANISH_PAGES = [
    "/es/jobs/",
    "/es/jobs/?q=analista+de+datos",
    "/es/jobs/?q=zzzzqqq",
    "/es/jobs/?government_level=county&salary_min=50000",
    "/es/jobs/?sort=bogus",
    "/es/alerts/?q=data",
    "/es/employers/signup/",
    "/es/employers/login/",
    "/es/employers/password-reset/",
    "/es/insights/",
    "/es/from-federal/",
    "/es/from-federal/?series=2210&grade=12&title=IT+Specialist+(INFOSEC)",
    "/es/from-federal/?series=2210&grade=SES",
    "/es/from-federal/?title=Supervisory+IT+Specialist",
    "/es/from-federal/?series=0610&grade=9",
    "/es/from-federal/?series=2210&grade=12&view=print",
    "/es/from-federal/?series=22&grade=GS-99",
]

ENGLISH_WORDS = re.compile(r"\b(the|and|your|with|this|that|jobs?|search|pay)\b", re.IGNORECASE)


def english_words(text: str) -> list[str]:
    """English's commonest words in ``text``, web addresses aside (lacounty.gov/jobs)."""
    return ENGLISH_WORDS.findall(re.sub(r"\S*\w[./]\w\S*", " ", text))


@pytest.fixture
def jobs():
    analyst = OpenJobFactory(
        title="Data Analyst", agency__level="county", salary_min=90_000, salary_max=120_000
    )
    OpenJobFactory(title="Registered Nurse", role_family=None, seniority=None)
    closed = OpenJobFactory(title="GIS Analyst", status="closed", closed_reason="No longer listed")
    return analyst, closed


class _VisibleText(HTMLParser):
    """The text a reader meets on a page: element text and the attributes read aloud
    (aria-label, placeholder, title, alt), leaving out listings' own text (``lang="en"``
    parts, job titles and employers, which are the employer's words) and scripts."""

    SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        listing = attrs.get("lang", "").startswith("en") or attrs.get("class") in {
            "employer",
            "similar",
        }
        if tag in self.SKIP or listing or self._skipping:
            self._skipping.append(tag)
            return
        self.parts += [
            attrs[name] for name in ("aria-label", "placeholder", "title", "alt") if attrs.get(name)
        ]

    def handle_endtag(self, tag):
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def english_phrases() -> list[str]:
    """The English interface text that must not be left on a Spanish page: each catalogue
    message's longest literal part, when it reads differently in Spanish and is long enough
    (three words) not to be a name or a shared word."""
    phrases = []
    for entry in polib.pofile(str(CATALOGUE)):
        pieces = re.split(r"%\(\w+\)[sdr]", entry.msgid)
        longest = max(pieces, key=len).strip(" .,:;()“”")
        translated = entry.msgstr or entry.msgstr_plural.get(0, "")
        if len(longest.split()) >= 3 and longest not in translated:
            phrases.append(longest)
    return phrases


@pytest.mark.parametrize("path", SPANISH_PAGES)
def test_the_spanish_job_search_has_no_english_interface_text(client, jobs, path):
    response = client.get(path)
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert '<html lang="es">' in html
    text = visible_text(html)
    left = [phrase for phrase in english_phrases() if phrase in text]
    assert left == []
    # English text in a template that was never marked for translation is in no catalogue:
    # English's commonest words, which Spanish does not use, catch it.
    assert english_words(text) == []


def test_a_job_page_reads_in_spanish_around_the_listing_as_published(client, jobs):
    analyst, closed = jobs
    html = client.get(f"/es/jobs/{analyst.pk}/{analyst.slug}/").content.decode()
    assert '<html lang="es">' in html
    assert "El empleador publicó este anuncio en inglés" in html
    assert '<div class="description" lang="en">' in html
    assert "$90,000 a $120,000 al año" in html
    assert "Sobre el empleo" in html
    text = visible_text(html)
    assert [phrase for phrase in english_phrases() if phrase in text] == []
    assert english_words(text) == []
    closed_html = client.get(f"/es/jobs/{closed.pk}/{closed.slug}/").content.decode()
    assert "Este empleo está cerrado." in closed_html
    assert "No longer listed" not in closed_html  # the internal reason is English-only


def test_english_pages_stay_at_their_paths_in_english(client, jobs):
    analyst, _ = jobs
    html = client.get("/jobs/?q=data").content.decode()
    assert '<html lang="en">' in html
    assert "Find public tech jobs" in html
    assert f'href="/jobs/{analyst.pk}/{analyst.slug}/"' in html
    assert "published this listing" not in client.get(analyst.get_absolute_url()).content.decode()


def test_spanish_results_link_to_spanish_job_pages(client, jobs):
    analyst, _ = jobs
    html = client.get("/es/jobs/?q=analista+de+datos").content.decode()
    assert f'href="/es/jobs/{analyst.pk}/{analyst.slug}/"' in html
    # A wrong slug is corrected within the language.
    response = client.get(f"/es/jobs/{analyst.pk}/wrong-slug/")
    assert response.status_code == 301
    assert response["Location"] == f"/es/jobs/{analyst.pk}/{analyst.slug}/"


def test_the_head_names_every_language_of_the_page(client, jobs):
    for path in ("/jobs/?q=data", "/es/jobs/?q=data"):
        html = client.get(path).content.decode()
        assert '<link rel="alternate" hreflang="en" href="http://testserver/jobs/?q=data">' in html
        assert (
            '<link rel="alternate" hreflang="es" href="http://testserver/es/jobs/?q=data">' in html
        )
        assert (
            '<link rel="alternate" hreflang="x-default" href="http://testserver/jobs/?q=data">'
            in html
        )


def test_the_federal_crosswalk_answers_in_spanish(client, jobs):
    html = client.get(
        "/es/from-federal/?series=2210&grade=12&title=IT+Specialist+(INFOSEC)"
    ).content.decode()
    assert (
        "Su trabajo equivale a Ciberseguridad y privacidad en el nivel “Sénior” del servicio "
        "público local." in html
    )
    assert "2210 (INFOSEC) es trabajo de Ciberseguridad y privacidad." in html
    assert "Su GS-12 en Los Ángeles paga entre $" in html
    assert '<span lang="en">Information Technology Management</span>' in html
    assert 'href="/es/jobs/?' in html  # its searches are the Spanish job search
    # The employers' names and hiring in Spanish (organizers' translations, seeded), the
    # classes as published.
    assert "<dt>Condado de Los Ángeles</dt>" in html
    assert "Postúlese a cada convocatoria de examen en el sistema de solicitudes" in html
    assert (
        "<dt>County of Los Angeles</dt>"
        in client.get(
            "/from-federal/?series=2210&grade=12&title=IT+Specialist+(INFOSEC)"
        ).content.decode()
    )
    # An employer nobody translated yet keeps its English, marked.
    LocalEmployerTranslation.objects.filter(name="Condado de Los Ángeles").delete()
    html = client.get(
        "/es/from-federal/?series=2210&grade=12&title=IT+Specialist+(INFOSEC)"
    ).content.decode()
    assert '<dt><span lang="en">County of Los Angeles</span></dt>' in html
    # The form's errors are Spanish too.
    error = client.get("/es/from-federal/?series=22&grade=GS-99")
    assert error.status_code == 400
    assert "Una serie tiene cuatro dígitos, como 2210 o 0854, no 22." in error.content.decode()


def test_the_switcher_leads_to_the_same_page_and_back(client, jobs):
    spanish = client.get("/es/jobs/?q=data&remote=onsite").content.decode()
    link = re.search(
        r'<a href="([^"]+)" hreflang="en" lang="en" rel="nofollow">English</a>', spanish
    )
    assert link
    response = client.get(link.group(1).replace("&amp;", "&"))
    assert response.status_code == 302
    assert response["Location"] == "/jobs/?q=data&remote=onsite"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"

    english = client.get("/jobs/?q=data&remote=onsite").content.decode()
    link = re.search(
        r'<a href="([^"]+)" hreflang="es" lang="es" rel="nofollow">Español</a>', english
    )
    assert link
    response = client.get(link.group(1).replace("&amp;", "&"))
    assert response["Location"] == "/es/jobs/?q=data&remote=onsite"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "es"


def test_the_choice_is_remembered_where_the_page_exists_in_it(client, jobs):
    client.get("/language/es/?next=/jobs/")
    response = client.get("/jobs/?q=data")
    assert response.status_code == 302
    assert response["Location"] == "/es/jobs/?q=data"
    assert "Cookie" in response["Vary"]
    assert client.get("/api/v1/jobs/").status_code == 200  # the API takes lang= instead
    client.get("/language/en/?next=/es/jobs/")
    assert client.get("/jobs/?q=data").status_code == 200


def test_only_pages_with_a_translation_vary_on_the_language_cookie(client, jobs):
    """A shared cache may keep one copy of the API and of English-only pages for everyone."""
    assert "Cookie" in client.get("/jobs/?q=data")["Vary"]
    assert "Cookie" not in client.get("/api/v1/jobs/?q=data").get("Vary", "")
    assert "Cookie" not in client.get("/healthz").get("Vary", "")


def test_the_switcher_never_leads_off_the_site_or_to_an_unknown_language(client):
    response = client.get("/language/es/?next=https://evil.example/phish")
    assert response["Location"] == "/"
    assert client.get("/language/xx/?next=/jobs/").status_code == 404


def test_search_errors_read_in_spanish(client):
    response = client.get("/es/jobs/?sort=bogus")
    assert response.status_code == 400
    html = response.content.decode()
    assert "No pudimos leer esa búsqueda." in html
    assert "sort debe ser uno de relevance, newest, closing, salary, no &#x27;bogus&#x27;." in html


def test_the_feeds_of_a_spanish_search_are_in_spanish(client, jobs):
    analyst, _ = jobs
    body = client.get("/es/jobs/feed.rss?q=analista+de+datos").content.decode()
    assert (
        "<title>Empleos de tecnología pública: analista de datos (Public Tech Pathways)</title>"
        in body
    )
    assert f"http://testserver/es/jobs/{analyst.pk}/{analyst.slug}/" in body
    assert "$90,000 a $120,000 al año" in body


def test_the_sitemap_lists_each_job_in_both_languages_with_alternates(client, jobs):
    analyst, _ = jobs
    body = whole_sitemap(client)
    english = f"http://testserver/jobs/{analyst.pk}/{analyst.slug}/"
    spanish = f"http://testserver/es/jobs/{analyst.pk}/{analyst.slug}/"
    assert f"<loc>{english}</loc>" in body
    assert f"<loc>{spanish}</loc>" in body
    assert f'<xhtml:link rel="alternate" hreflang="es" href="{spanish}"/>' in body
    assert f'<xhtml:link rel="alternate" hreflang="x-default" href="{english}"/>' in body


# Alerts: asked for in Spanish, written in Spanish ------------------------------------------------


def _sign_up_in_spanish(client, commits, **fields):
    data = {"email": "ana@example.org", "query": "q=data", "frequency": "weekly", **fields}
    with commits(execute=True):
        return client.post("/es/alerts/", data)


def test_an_alert_asked_for_in_spanish_is_confirmed_and_sent_in_spanish(
    client, jobs, mailoutbox, django_capture_on_commit_callbacks
):
    response = _sign_up_in_spanish(client, django_capture_on_commit_callbacks)
    assert response["Location"] == "/es/alerts/check-email/"
    page = client.get(response["Location"]).content.decode()
    assert "Revise su correo" in page
    assert Alert.objects.get().language == "es"
    [confirmation] = mailoutbox
    assert confirmation.subject == "Confirme su alerta de empleos"
    assert "un correo cada semana cuando haya empleos nuevos" in confirmation.body
    assert '<html lang="es">' in confirmation.alternatives[0][0]
    link = re.search(r"http://[^\s]+(/es/alerts/confirm/[^\s]+/)", confirmation.body)
    assert link, confirmation.body
    assert "Confirmar mi alerta de empleos" in client.get(link.group(1)).content.decode()
    confirmed = client.post(link.group(1), follow=True).content.decode()
    assert "Su alerta de empleos está activa" in confirmed
    assert 'href="/es/jobs/?q=data"' in confirmed

    mailoutbox.clear()
    with time_machine.travel(timezone.now() + timedelta(hours=1), tick=False):
        new = OpenJobFactory(title="Data Engineer", salary_min=100_000, salary_max=130_000)
    with time_machine.travel(timezone.now() + timedelta(days=8), tick=False):
        assert alert_services.send_digests().emails == 1
    [digest] = mailoutbox
    assert digest.subject == "1 empleo nuevo: “data”"
    assert f"/es/jobs/{new.pk}/{new.slug}/" in digest.body
    assert "$100,000 a $130,000 al año" in digest.body
    assert "/es/alerts/unsubscribe/" in digest.extra_headers["List-Unsubscribe"]
    assert "Cancele esta alerta:" in digest.body


def test_the_alert_forms_errors_read_in_spanish(client, django_capture_on_commit_callbacks):
    response = _sign_up_in_spanish(
        client, django_capture_on_commit_callbacks, email="not-an-address", query="sort=bogus"
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "Corrija 2 problemas" in html
    assert "Su correo electrónico: Introduzca una dirección de correo electrónico válida." in html
    assert "Esta búsqueda no se puede guardar: sort debe ser uno de" in html


def test_an_english_sign_up_stays_english(
    client, jobs, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/alerts/", {"email": "ana@example.org", "query": "q=data", "frequency": "daily"}
        )
    assert Alert.objects.get().language == "en"
    assert mailoutbox[0].subject == "Confirm your job alert"
    assert "/es/" not in mailoutbox[0].body


# Employers: sign up and post in Spanish ----------------------------------------------------------


def test_an_employer_signs_up_and_posts_in_spanish(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    account = {
        "email": "maria@pasadena.example.gov",
        "organisation": "Ciudad de Pasadena",
        "government_level": "city",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post("/es/employers/signup/", account).content.decode()
    assert "Enviamos un enlace a <strong>maria@pasadena.example.gov</strong>" in page
    [welcome] = mailoutbox
    assert welcome.subject == "Confirme su correo para Public Tech Pathways"
    link = re.search(r"http://testserver(/es/employers/verify/\S+/)", welcome.body)
    assert link, welcome.body
    choose = client.get(link.group(1), follow=True)
    assert "Elija una contraseña" in choose.content.decode()
    password = {"new_password1": "siete caballos correctos"}
    password["new_password2"] = password["new_password1"]
    dashboard = client.post(choose.redirect_chain[-1][0], password, follow=True)
    dashboard = dashboard.content.decode()
    assert "Su correo está confirmado. Ya puede publicar empleos." in dashboard
    assert "Sus anuncios" in dashboard

    form = client.get("/es/employers/postings/new/").content.decode()
    assert '<html lang="es">' in form
    assert "Sugerir a partir del título" in form
    assert ">Datos, análisis e IA</option>" in form  # the taxonomy in Spanish
    assert [p for p in english_phrases() if p in visible_text(form)] == []

    closes = (timezone.localdate() + timedelta(days=21)).isoformat()
    posting = {
        "title": "Analista de datos",
        "organisation": "Ciudad de Pasadena",
        "role_family": "",
        "seniority": "",
        "description": "Corto.",
        "location": "Pasadena, CA",
        "work_arrangement": "hybrid",
        "employment_type": "full-time",
        "salary_min": "98000",
        "salary_max": "91000",
        "pay_interval": "year",
        "closes_on": closes,
        "apply_url": "https://www.governmentjobs.com/careers/pasadena/jobs/1",
        "apply_email": "",
        "how_to_apply": "",
        "fax_number": "",
        "submit": "1",
    }
    refused = client.post("/es/employers/postings/new/", posting).content.decode()
    assert "Corrija 2 problemas" in refused
    assert "Describa el empleo en al menos unas frases (50 caracteres o más)." in refused
    assert "El máximo del rango de sueldo no puede ser menor que el mínimo." in refused

    posting.update(
        description="Construya los tableros que el Concejo Municipal usa para seguir los "
        "permisos de vivienda en Pasadena.",
        salary_max="131000",
    )
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post("/es/employers/postings/new/", posting, follow=True)
    assert "Gracias. Un moderador revisará el anuncio" in done.content.decode()

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        postings.approve(submission=Submission.objects.get(), by=moderator())
    [decision] = [m for m in mailoutbox if m.to == ["maria@pasadena.example.gov"]]
    assert decision.subject == "Su anuncio “Analista de datos”: publicado"
    assert "Quienes buscan empleo ya pueden encontrarlo." in decision.body
    job = Submission.objects.get().job
    assert f"/es/jobs/{job.pk}/{job.slug}/" in decision.body


def test_the_market_insights_read_in_spanish_and_are_cached_per_language(client, jobs):
    spanish = client.get("/es/insights/").content.decode()
    assert "Empleos abiertos por área" in spanish
    assert "Datos, análisis e IA" in spanish  # the role family's Spanish name, in the table
    assert 'href="/es/jobs/?role_family=data-analytics"' in spanish
    english = client.get("/insights/").content.decode()
    assert "Open jobs by role family" in english
    assert "Empleos abiertos" not in english  # not the Spanish page's cached charts
    assert 'href="/jobs/?role_family=data-analytics"' in english


def test_the_crosswalk_api_answers_in_the_language_asked(client):
    url = "/api/v1/pathways/federal/?series=2210&grade=12&title=IT+Specialist+(INFOSEC)"
    english = client.get(url)
    assert english["Content-Language"] == "en"
    assert english.json()["role_family"] == {
        "slug": "cybersecurity",
        "name": "Cybersecurity & Privacy",
    }
    spanish = client.get(url + "&lang=es")
    assert spanish["Content-Language"] == "es"
    body = spanish.json()
    assert body["role_family"]["name"] == "Ciberseguridad y privacidad"
    assert "2210 (INFOSEC) es trabajo de Ciberseguridad y privacidad." in body["reasons"]
    assert body["jobs"]["search_url"].startswith("/es/jobs/")
    refused = client.get("/api/v1/pathways/federal/?series=22", HTTP_ACCEPT_LANGUAGE="es")
    assert refused.status_code == 400
    assert refused.json()["detail"].startswith("Una serie tiene cuatro dígitos")
