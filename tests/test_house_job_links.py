"""A job's address has one home, its route (``search:job``): the index document, the model's
``get_absolute_url``, the search page's links and the site map all follow it when it moves."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django.utils import translation

from jobboard.models import Job
from search.documents import job_documents
from search.links import job_path, job_path_pattern
from tests.factories import OpenJobFactory

pytestmark = pytest.mark.django_db

MOVED = override_settings(ROOT_URLCONF="tests.urls_jobs_moved")


@MOVED
def test_the_index_document_and_the_model_follow_a_renamed_job_route():
    job = OpenJobFactory(raw_title="GIS Analyst")
    (document,) = job_documents(Job.objects.filter(pk=job.pk))
    assert document["url"] == f"/vacancies/{job.pk}/{job.slug}/"
    assert job.get_absolute_url() == document["url"]


@MOVED
def test_a_page_link_follows_a_renamed_job_route_in_every_language(client):
    job = OpenJobFactory(raw_title="GIS Analyst")
    html = client.get("/vacancies/?q=gis").content.decode()
    assert f'href="/vacancies/{job.pk}/{job.slug}/"' in html
    spanish = client.get("/es/vacancies/?q=gis").content.decode()
    assert f'href="/es/vacancies/{job.pk}/{job.slug}/"' in spanish
    with translation.override("es"):
        assert job_path(job) == f"/es/vacancies/{job.pk}/{job.slug}/"


def test_the_address_pattern_is_reversed_in_the_site_language_unless_told():
    with translation.override("es"):
        assert job_path_pattern() == "/jobs/{pk}/{slug}/"
        assert job_path_pattern("es") == "/es/jobs/{pk}/{slug}/"
