"""Every block an organizer can use renders, and the live-openings block shows the same open
jobs from either search backend, stays quick with a short cache, and degrades politely."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.db import OperationalError
from django.utils.html import strip_tags

from cms import blocks, openings
from jobboard.models import Agency, Job
from search.service import engine_backend, rebuild_index
from tests.demo import demo_for_module
from tests.factories import OpenJobFactory

pytestmark = pytest.mark.django_db

SAMPLES = {
    "paragraph": ("<h2>Why it matters</h2><p>Public work.</p>", "Public work."),
    "callout": ({"kind": "tip", "heading": "A tip", "text": "<p>Apply early.</p>"}, "Apply early."),
    "question": (
        {"question": "Do I need a degree?", "answer": "<p>Often not.</p>"},
        "<summary>Do I need a degree?</summary>",
    ),
    "event": (
        {
            "name": "Symposium",
            "date": date(2027, 2, 20),
            "time": "9 am",
            "place": "Online",
            "description": "<p>Panels.</p>",
            "link": "https://example.org/register",
        },
        '<time datetime="2027-02-20">',
    ),
    "link": (
        {"title": "USAJOBS", "url": "https://www.usajobs.gov/", "description": "Federal jobs"},
        '<a href="https://www.usajobs.gov/">USAJOBS</a>: Federal jobs',
    ),
    "story": (
        {"name": "Ana", "role": "Analyst", "path": "Clerk", "story": "<p>I took the exam.</p>"},
        "<strong>Ana</strong>, Analyst. Started as: Clerk",
    ),
}
STRUCTURED = [
    (
        blocks.EmployerNamesBlock(),
        {"level": "county", "titles": "Information Systems Analyst", "note": ""},
        "<dt>County</dt><dd>Information Systems Analyst",
    ),
    (
        blocks.SkillBlock(),
        {"kind": "skill", "name": "SQL", "detail": "Queries", "required": True},
        '<strong>SQL</strong> <span class="badge">Often required</span>: Queries',
    ),
    (
        blocks.WayInBlock(),
        {"starting_point": "federal", "advice": "<p>Ask about ICTAP.</p>"},
        "Displaced federal workers</h3>",
    ),
    (
        blocks.HiringPathBlock(),
        {
            "level": "state",
            "where_to_apply": "CalCareers",
            "how_it_works": "<p>Take the exam.</p>",
            "typical_time": "3 months",
        },
        "<strong>Where to apply:</strong> CalCareers",
    ),
]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_body_block_renders_its_content(name):
    block = blocks.BodyBlock().child_blocks[name]
    raw, expected = SAMPLES[name]
    value = block.to_python(
        block.get_prep_value(block.to_python(raw) if name != "event" else block.normalize(raw))
    )
    assert expected in block.render(value)


@pytest.mark.parametrize(("block", "raw", "expected"), STRUCTURED, ids=lambda v: type(v).__name__)
def test_every_guide_block_renders_with_its_labels(block, raw, expected):
    assert expected in block.render(block.normalize(raw))


demo_jobs = demo_for_module(pages=False)


def render_openings(**value) -> str:
    block = blocks.LiveOpeningsBlock()
    defaults = {
        "heading": "Open now",
        "role_family": "",
        "seniority": "",
        "agency": None,
        "remote": "",
        "count": 3,
    }
    return block.render(block.to_python({**defaults, **value}), context={"block_id": "t"})


@pytest.fixture(params=["database", "opensearch"])
def search_backend(request, demo_jobs):
    """The live-openings block on each backend, with the demo jobs indexed."""
    if request.param == "database":
        yield request.param
        return
    request.getfixturevalue("search_engine_settings")
    rebuild_index()
    yield request.param
    backend = engine_backend()
    for index in backend.adapter.aliased_indexes(backend.alias):
        backend.adapter.delete_index(index)


def test_live_openings_show_the_newest_open_jobs_and_the_total_on_both_backends(search_backend):
    html = render_openings(role_family="data-analytics", count=3)
    expected = Job.objects.visible().filter(role_family__slug="data-analytics")
    assert expected.count() > 3
    assert f"<strong>{expected.count()}</strong> open jobs" in html
    listed = expected.filter(pk__in=[int(pk) for pk in re.findall(r'href="/jobs/(\d+)/', html)])
    assert listed.count() == 3
    oldest_listed = min(job.posted_at for job in listed)
    assert all(job.posted_at <= oldest_listed for job in expected.exclude(pk__in=listed))
    assert 'href="/jobs/?role_family=data-analytics"' in html
    assert f"See all {expected.count()} jobs" in html


def test_live_openings_combine_their_filters_on_both_backends(search_backend):
    county = Agency.objects.get(slug="county-of-los-angeles")
    html = render_openings(agency=county.pk, count=5)
    total = Job.objects.visible().technology().filter(agency=county).count()
    assert f"<strong>{total}</strong> open jobs" in html
    assert 'href="/jobs/?agency=county-of-los-angeles"' in html
    remote = render_openings(remote="remote", count=20)
    remote_total = Job.objects.visible().technology().filter(work_arrangement="remote").count()
    assert f"<strong>{remote_total}</strong> open jobs" in remote


def test_live_openings_say_so_when_nothing_matches(demo_jobs):
    html = render_openings(role_family="architecture", seniority="intern")
    assert "No open jobs match right now." in html
    assert "Search all jobs" in html


def test_live_openings_fall_back_to_the_database_when_the_engine_is_down(
    settings, demo_jobs, closed_port_url
):
    settings.SEARCH = {
        "URL": closed_port_url,
        "ENGINE": "opensearch",
        "INDEX_PREFIX": "x_",
        "TIMEOUT": 0.5,
    }
    html = render_openings(role_family="it-support")
    total = Job.objects.visible().filter(role_family__slug="it-support").count()
    assert f"<strong>{total}</strong> open job" in html
    assert "Search is running in basic mode" in html


def test_live_openings_show_a_friendly_message_when_no_search_can_answer(monkeypatch, demo_jobs):
    def broken(query):
        raise OperationalError("database is locked")

    monkeypatch.setattr(openings, "search_jobs", broken)
    html = render_openings(role_family="it-support")
    assert "Live openings can&#x27;t be shown right now." in html
    assert 'href="/jobs/?role_family=it-support"' in html


def test_live_openings_are_cached_briefly(settings, demo_jobs):
    settings.CMS_OPENINGS_CACHE_SECONDS = 60
    first = strip_tags(render_openings(role_family="data-analytics"))
    OpenJobFactory(title="Brand New Data Analyst")
    assert strip_tags(render_openings(role_family="data-analytics")) == first
    settings.CMS_OPENINGS_CACHE_SECONDS = 0
    from django.core.cache import cache

    cache.clear()
    assert "Brand New Data Analyst" in render_openings(role_family="data-analytics")
