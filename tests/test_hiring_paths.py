"""Who may apply, and every door of a job: USAJOBS's hiring paths read from real responses, and
a vacancy announced twice ("-DE" for the public, merit promotion for federal employees) kept as
one job with both announcements, each with its own link, paths and dates.

Fixtures: ``usajobs_hiring_paths.json`` holds two real items of a USAJOBS search response
captured in chipembere/usagovjobs ``tests/conftest.py`` (DCSA-22-11428309-P, open to the
public, and NNSA's 22-NA-IM-02231-11441899-GOV, open to career-transition and competitive
federal employees and veterans), trimmed to the fields read. ``usajobs_de_mp_pair.json`` is
that NNSA item beside a public twin made by hand from it (no real DE/MP pair was found): its
own number, control number, links, an earlier closing date, ``HiringPath`` ["public"] and the
``WhoMayApply`` of a real item ("United States Citizens", code 15514)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from alerts.describe import describe_for_stranger
from ingest.parsers import parse
from ingest.pipeline import ingest_source, source_for_location
from jobboard.models import Job, JobSource
from jobboard.services import expire_jobs
from search.backends.database import DatabaseBackend
from search.backends.engine.mapping import index_body
from search.documents import job_documents
from search.query import JobQuery
from tests.factories import OpenJobFactory

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
LA = ZoneInfo("America/Los_Angeles")
# While both announcements of the fixtures were open.
DURING = datetime(2022, 4, 5, 9, 0, tzinfo=LA)
PUBLIC_LINK = "https://www.usajobs.gov:443/GetJob/ViewDetails/645856500?PostingChannelID="
FEDERAL_LINK = "https://www.usajobs.gov:443/GetJob/ViewDetails/645856400?PostingChannelID="


def read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_usajobs_listings_carry_their_hiring_paths_and_announcement_number():
    public, federal = parse(read("usajobs_hiring_paths.json"), "usajobs").listings
    assert (public.announcement, public.hiring_paths) == ("DCSA-22-11428309-P", ["public"])
    assert federal.announcement == "22-NA-IM-02231-11441899-GOV"
    assert federal.hiring_paths == ["fed-transition", "fed-competitive", "vet"]
    assert federal.who_may_apply == ""  # the response leaves WhoMayApply's Name blank


def test_hiring_paths_given_as_objects_are_read_by_their_code():
    document = json.loads(read("usajobs_hiring_paths.json"))
    item = document["SearchResult"]["SearchResultItems"][0]["MatchedObjectDescriptor"]
    item["UserArea"]["Details"]["HiringPath"] = [
        {"Code": "PUBLIC", "SearchDisplay": "Open to the public"}
    ]
    (listing, _) = parse(json.dumps(document).encode(), "usajobs").listings
    assert listing.hiring_paths == ["public"]


@time_machine.travel(DURING, tick=False)
def test_jobs_store_who_may_apply_and_others_are_open_to_the_public():
    for name in ("usajobs_hiring_paths.json", "lacounty_feed.xml"):
        assert ingest_source(source_for_location(str(FIXTURES / name), fmt="auto")).ok
    scientist = Job.objects.get(title="Data Scientist")
    assert scientist.hiring_paths == "fed-transition,fed-competitive,vet"
    assert Job.objects.get(raw_title__startswith="COMPUTER SCIENTIST").hiring_paths == "public"
    county = Job.objects.exclude(agency__level="federal")
    assert county.exists()
    assert set(county.values_list("hiring_paths", flat=True)) == {"public"}


def ingest_pair():
    pair = source_for_location(str(FIXTURES / "usajobs_de_mp_pair.json"), fmt="usajobs")
    report = ingest_source(pair)
    assert report.ok, report.error
    return report


@time_machine.travel(DURING, tick=False)
def test_a_vacancy_announced_twice_is_one_job_with_both_doors():
    report = ingest_pair()
    assert (report.counts.created, report.counts.merged) == (1, 1)
    job = Job.objects.get()
    assert job.hiring_paths == "public,fed-transition,fed-competitive,vet"
    assert job.apply_url == PUBLIC_LINK  # the door open to the public
    # The job stays open until its last door closes.
    assert job.closes_at == datetime(2022, 4, 18, 23, 59, 59, 997000, tzinfo=LA)
    doors = {door.announcement: door for door in job.listings.all()}
    public, federal = doors["22-NA-IM-02231-11441900-DE"], doors["22-NA-IM-02231-11441899-GOV"]
    assert (public.hiring_paths, public.apply_url) == ("public", PUBLIC_LINK)
    assert public.who_may_apply == "United States Citizens"
    assert (federal.hiring_paths, federal.apply_url) == (
        "fed-transition,fed-competitive,vet",
        FEDERAL_LINK,
    )
    assert public.closes_at.astimezone(LA).date().isoformat() == "2022-04-12"
    assert federal.opens_at.astimezone(LA).date().isoformat() == "2022-03-30"


def test_closing_one_announcement_leaves_the_job_open_with_the_other():
    with time_machine.travel(DURING, tick=False):
        ingest_pair()
    with time_machine.travel(datetime(2022, 4, 14, 9, 0, tzinfo=LA), tick=False):
        assert expire_jobs() == 0  # the public door closed on the 12th, the other has not
        job = Job.objects.get()
        assert job.is_open
    with time_machine.travel(datetime(2022, 4, 19, 9, 0, tzinfo=LA), tick=False):
        assert expire_jobs() == 1


@time_machine.travel(DURING, tick=False)
def test_when_one_announcement_vanishes_the_job_keeps_the_other_door(tmp_path):
    ingest_pair()
    document = json.loads(read("usajobs_de_mp_pair.json"))
    items = document["SearchResult"]["SearchResultItems"]
    document["SearchResult"]["SearchResultItems"] = items[:1]  # the public one withdrawn
    document["SearchResult"]["SearchResultCount"] = 1
    document["SearchResult"]["SearchResultCountAll"] = 1
    path = FIXTURES / "usajobs_de_mp_pair.json"
    changed = tmp_path / path.name
    changed.write_text(json.dumps(document))
    source = source_for_location(str(path), fmt="usajobs")
    source.url = str(changed)
    source.save()
    report = ingest_source(source)
    assert (report.ok, report.counts.closed) == (True, 0)
    job = Job.objects.get()
    assert job.is_open
    assert job.hiring_paths == "fed-transition,fed-competitive,vet"
    assert job.apply_url == FEDERAL_LINK
    assert not JobSource.objects.get(announcement="22-NA-IM-02231-11441900-DE").present


@time_machine.travel(DURING, tick=False)
def test_the_api_filters_by_who_may_apply_and_lists_each_announcement(client):
    ingest_pair()
    assert ingest_source(
        source_for_location(str(FIXTURES / "lacounty_feed.xml"), fmt="auto")
    ).ok  # County jobs: open to the public
    answer = client.get("/api/v1/jobs/", {"hiring_path": "fed-transition", "lang": "es"}).json()
    assert answer["total"] == 1
    labels = {v["value"]: (v["label"], v["count"]) for v in answer["facets"]["hiring_path"]}
    assert labels["fed-transition"] == (
        "Empleados federales: transición de carrera (CTAP/ICTAP)",
        1,
    )
    everyone = client.get("/api/v1/jobs/").json()
    assert labels["public"] == ("Abierto al público", everyone["total"])  # disjunctive
    (merged,) = answer["results"]
    assert merged["hiring_paths"] == ["public", "fed-transition", "fed-competitive", "vet"]
    public, federal = merged["announcements"]
    assert public["number"] == "22-NA-IM-02231-11441900-DE"
    assert (public["hiring_paths"], public["apply_url"], public["status"]) == (
        ["public"],
        PUBLIC_LINK,
        "open",
    )
    assert public["who_may_apply"] == "United States Citizens"
    assert public["closes_at"].startswith("2022-04-13T06:59:59")  # 11:59 pm in Los Angeles
    assert federal["number"] == "22-NA-IM-02231-11441899-GOV"
    assert (federal["hiring_paths"], federal["apply_url"]) == (
        ["fed-transition", "fed-competitive", "vet"],
        FEDERAL_LINK,
    )
    refused = client.get("/api/v1/jobs/", {"closing_within": "400"})
    assert refused.status_code == 400
    assert refused.json() == {"error": "closing_within is a number of days, at most 90."}


def test_the_job_page_shows_each_door_and_a_closed_one_without_its_link(client):
    with time_machine.travel(DURING, tick=False):
        ingest_pair()
    job = Job.objects.get()
    with time_machine.travel(datetime(2022, 4, 14, 9, 0, tzinfo=LA), tick=False):
        page = client.get(job.get_absolute_url()).content.decode()
        spanish = client.get(f"/es{job.get_absolute_url()}").content.decode()
    assert "Ways to apply" in page
    assert "Announcement 22-NA-IM-02231-11441900-DE" in page
    assert "Announcement 22-NA-IM-02231-11441899-GOV" in page
    assert "career transition (CTAP/ICTAP); Federal employees: competitive service" in page
    assert "United States Citizens" in page
    # The public announcement closed on the 12th: shown closed, without its link.
    assert "Apply through announcement 22-NA-IM-02231-11441899-GOV" in page
    assert "Apply through announcement 22-NA-IM-02231-11441900-DE" not in page
    assert "Formas de postularse" in spanish
    assert "Postularse por el anuncio 22-NA-IM-02231-11441899-GOV" in spanish
    assert "Abierto al público" in spanish


@time_machine.travel(DURING, tick=False)
def test_an_alert_follows_who_may_apply():
    assert ingest_source(
        source_for_location(str(FIXTURES / "usajobs_hiring_paths.json"), fmt="usajobs")
    ).ok
    query = JobQuery.from_params(
        {"government_level": ["federal"], "hiring_path": ["fed-transition"]}
    )
    assert describe_for_stranger(query) == (
        "Federal, Federal employees: career transition (CTAP/ICTAP)"
    )
    jobs = dict(Job.objects.values_list("title", "pk"))
    matches = DatabaseBackend().match_saved_searches({"alert": query}, jobs.values())
    assert matches == {"alert": {jobs["Data Scientist"]}}


def test_the_search_page_offers_who_may_apply_and_marks_jobs_closing_soon(client):
    OpenJobFactory(
        raw_title="IT Specialist (INFOSEC)",
        hiring_paths="fed-transition,fed-competitive",
        closes_at=timezone.now() + timedelta(days=3),
    )
    OpenJobFactory(raw_title="Data Analyst II", closes_at=timezone.now() + timedelta(days=30))
    page = client.get("/jobs/?closing_within=7").content.decode()
    assert "IT Specialist (INFOSEC)" in page
    assert "Data Analyst II" not in page
    assert "Closing soon" in page
    assert "Who may apply: Federal employees: career transition (CTAP/ICTAP)" in page
    everything = client.get("/jobs/").content.decode()
    assert "<legend>Who may apply</legend>" in everything
    assert 'Open to the public <span class="count">(1' in everything
    spanish = client.get("/es/jobs/?hiring_path=fed-transition").content.decode()
    assert "<legend>Quién puede postularse</legend>" in spanish
    assert "Empleados federales: transición de carrera (CTAP/ICTAP)" in spanish
    assert "Data Analyst II" not in spanish


@time_machine.travel(DURING, tick=False)
def test_search_documents_carry_who_may_apply_in_fields_the_strict_mapping_declares():
    ingest_pair()
    (document,) = job_documents(Job.objects.all())
    properties = index_body()["mappings"]["properties"]
    assert set(document) <= set(properties)  # the engine refuses any other field
    assert properties["hiring_path"] == {"type": "keyword"}
    assert document["hiring_path"] == ["public", "fed-transition", "fed-competitive", "vet"]
    assert [door["number"] for door in document["announcements"]] == [
        "22-NA-IM-02231-11441900-DE",
        "22-NA-IM-02231-11441899-GOV",
    ]
