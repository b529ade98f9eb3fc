"""A Spanish search finds the English jobs it means, on both backends: the bilingual synonyms
of ``search/synonyms_es.txt``, with accents optional ("tecnico" finds what "técnico" finds)."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from search.backends.database import DatabaseBackend
from search.backends.engine import EngineBackend
from search.engines import engine_for
from search.query import JobQuery
from tests.factories import OpenJobFactory

pytestmark = pytest.mark.django_db

JOBS = {
    "Data Analyst II": "Analyze service data and build dashboards for the department.",
    "Software Engineer": "Build and maintain the county's public web applications.",
    "IT Support Technician": "Resolve staff tickets for laptops, phones and accounts.",
    "Cybersecurity Analyst": "Monitor alerts and respond to incidents across city systems.",
    "Senior Web Developer": "Build accessible pages for residents in HTML, CSS and JavaScript.",
    "Project Manager, Digital Services": "Plan delivery of digital projects with vendors.",
    "Data Scientist": "Model demand for social services with statistics and Python.",
    "Systems Administrator": "Run Linux and Windows servers, patches and backups.",
    "UX Designer": "Design forms residents can finish on a phone.",
    "Payroll Specialist": "Process the payroll of county staff every two weeks.",
}
SEARCHES = [
    ("analista de datos", "Data Analyst II"),
    ("Analista de Datos", "Data Analyst II"),
    ("ingeniero de software", "Software Engineer"),
    ("ingeniera de software", "Software Engineer"),
    ("soporte técnico", "IT Support Technician"),
    ("soporte tecnico", "IT Support Technician"),
    ("ciberseguridad", "Cybersecurity Analyst"),
    ("desarrollador web", "Senior Web Developer"),
    ("desarrolladora web", "Senior Web Developer"),
    ("gerente de proyectos", "Project Manager, Digital Services"),
    ("científico de datos", "Data Scientist"),
    ("cientifica de datos", "Data Scientist"),
    ("administrador de sistemas", "Systems Administrator"),
    ("diseñador UX", "UX Designer"),
    ("disenadora ux", "UX Designer"),
]


@pytest.fixture(params=["database", pytest.param("opensearch", marks=pytest.mark.search_engine)])
def search(request):
    """The search of one backend over the jobs above."""
    for title, description in JOBS.items():
        OpenJobFactory(title=title, raw_title=title, description_text=description)
    if request.param == "database":
        yield DatabaseBackend().search
        return
    url = request.getfixturevalue("search_engine_settings")["URL"]
    backend = EngineBackend(engine_for(url, timeout=10))
    backend.rebuild()
    yield backend.search
    for index in backend.adapter.aliased_indexes(backend.alias):
        backend.adapter.delete_index(index)


def titles(search, words: str) -> list[str]:
    results = search(JobQuery.from_params(QueryDict(f"q={words}&page_size=100")))
    return [hit.title for hit in results.hits]


@pytest.mark.parametrize(("words", "title"), SEARCHES)
def test_a_spanish_search_finds_the_english_job_it_means(search, words, title):
    found = titles(search, words)
    assert found[0] == title
    assert "Payroll Specialist" not in found
    assert len(found) <= 2


def test_a_spanish_title_is_looked_for_as_its_english_title(search):
    """A title in Spanish is the English title as a phrase: "analista de datos" is "data
    analyst", a narrower search than the words "data" and "analyst" anywhere."""
    for spanish, english in [
        ("analista de datos", "data analyst"),
        ("ingeniero de software", "software engineer"),
        ("ciberseguridad", "cybersecurity"),
    ]:
        assert titles(search, spanish)
        assert set(titles(search, spanish)) <= set(titles(search, english))


def test_function_words_and_accents_do_not_change_a_search(search):
    assert "Data Analyst II" in titles(search, "analista datos")
    assert titles(search, "administrador sistemas") == ["Systems Administrator"]
    assert titles(search, "técnico") == titles(search, "tecnico") == ["IT Support Technician"]


def test_english_searches_are_unchanged_by_the_spanish_words(search):
    assert titles(search, "data scientist") == ["Data Scientist"]
    assert titles(search, "payroll") == ["Payroll Specialist"]
