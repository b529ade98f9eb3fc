"""The interface's translations: every catalogue complete and compiled, and the job search API's
facet labels in the language asked for (``lang=es`` or the browser's Accept-Language)."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from jobboard.models import (
    EmploymentType,
    GovernmentLevel,
    PayInterval,
    RoleFamily,
    WorkArrangement,
)
from search.documents import clear_label_cache, facet_labels
from tests.factories import OpenJobFactory

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def test_every_language_but_english_has_a_catalogue():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert languages == {code for code, _ in settings.LANGUAGES} - {"en"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_no_message_is_untranslated_or_fuzzy(path):
    catalogue = polib.pofile(str(path))
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert not catalogue.metadata_is_fuzzy


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_the_compiled_catalogue_is_up_to_date(path):
    """scripts/compile_messages.py was run after the last change to the .po file."""
    written = _messages(polib.pofile(str(path)))
    compiled = _messages(polib.mofile(str(path.with_suffix(".mo"))))
    assert compiled == written


def _messages(catalogue) -> dict:
    """Each message (with its context) and its translation, or its plural forms'."""
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr or tuple(sorted(entry.msgstr_plural.items()))
        for entry in catalogue
        if entry.msgid and (entry.msgstr or entry.msgstr_plural)
    }


def test_the_enumerations_read_in_spanish():
    with translation.override("es"):
        labels = [
            GovernmentLevel.COUNTY.label,
            EmploymentType.FULL_TIME.label,
            WorkArrangement.ONSITE.label,
            PayInterval.HOUR.label,
        ]
        assert [str(label) for label in labels] == [
            "Condado",
            "Tiempo completo",
            "Presencial",
            "por hora",
        ]
    assert str(GovernmentLevel.COUNTY.label) == "County"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "headers", "county", "language"),
    [
        ("", {}, "County", "en"),
        ("lang=es", {}, "Condado", "es"),
        ("", {"HTTP_ACCEPT_LANGUAGE": "es-MX,es;q=0.9,en;q=0.5"}, "Condado", "es"),
        ("lang=en", {"HTTP_ACCEPT_LANGUAGE": "es-MX"}, "County", "en"),
        ("", {"HTTP_ACCEPT_LANGUAGE": "ko-KR"}, "County", "en"),
    ],
)
def test_the_api_labels_facets_in_the_language_asked_for(client, query, headers, county, language):
    OpenJobFactory(title="GIS Analyst", agency__level="county")
    response = client.get(f"/api/v1/jobs/?{query}", **headers)
    assert response.status_code == 200
    facets = response.json()["facets"]
    levels = {v["value"]: v["label"] for v in facets["government_level"]}
    assert levels["county"] == county
    families = {v["value"]: v["label"] for v in facets["role_family"]}
    spanish = language == "es"
    assert families["data-analytics"] == (
        "Datos, análisis e IA" if spanish else "Data, Analytics & AI"
    )
    assert response["Content-Language"] == language
    assert "Accept-Language" in response["Vary"]
    assert response.json()["results"][0]["title"] == "GIS Analyst"  # listings as published


@pytest.mark.django_db
def test_a_language_the_site_does_not_have_is_a_clear_400(client):
    response = client.get("/api/v1/jobs/?lang=fr")
    assert response.status_code == 400
    assert "lang" in response.json()["error"]


@pytest.mark.django_db
def test_organizers_edit_a_terms_spanish_name_with_the_term(client, django_user_model):
    """The role family's snippet form carries its names in the other languages; a term with no
    name in a language is labelled with its default name there."""
    family = RoleFamily.objects.get(slug="data-analytics")
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    html = client.get(f"/admin/snippets/jobboard/rolefamily/edit/{family.pk}/").content.decode()
    assert 'name="translations-TOTAL_FORMS"' in html
    assert "Datos, análisis e IA" in html

    family.translations.filter(language="es").delete()
    clear_label_cache()
    with translation.override("es"):
        labels = facet_labels("role_family", ["data-analytics", "cybersecurity"])
    assert labels == {
        "data-analytics": "Data, Analytics & AI",
        "cybersecurity": "Ciberseguridad y privacidad",
    }


@pytest.mark.django_db
def test_a_job_saved_in_spanish_keeps_its_search_keywords_in_english():
    """The index is one language; what a request in Spanish saves must not change it."""
    with translation.override("es"):
        job = OpenJobFactory(work_arrangement=WorkArrangement.REMOTE)
    assert "Remote" in job.search_keywords.split()
    assert "Remoto" not in job.search_keywords
