"""The organizers' classification review queue end to end (issue #33): jobs left out with
technology signals and jobs included on weak evidence are listed; an organizer assigns a family,
confirms "not technology" or confirms a classification, the job changes at once and is indexed
again; a decision kept as a rule is applied by the next ingest and shown among the reasons."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from ingest.classifier import Classifier, Rule
from ingest.review import build_queue, reclassify
from jobboard.models import ClassificationRule, Job, RoleFamily, SeniorityLevel
from jobboard.signals import jobs_changed
from tests.test_connectors_pageup_ashby import run

SEARCH = Path(__file__).parent / "fixtures" / "ingest" / "edjoin_search.json"
QUEUE = "/admin/classification/"
WAREHOUSE = "Lead Warehouse Worker"
TRAINEE = "Information Technology Trainee - Eligibility Pool"
RESEARCH = "Research Technician #860"

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingested():
    code, counts = run("ingest", "--file", str(SEARCH), "--format", "edjoin", "--json")
    assert code == 0, counts
    # The recorded postings closed in 2026: open them for a month so job seekers see them.
    Job.objects.update(closes_at=timezone.now() + timedelta(days=30), status="open")
    return Job.objects.all()


def job(title_start: str) -> Job:
    return Job.objects.get(raw_title__startswith=title_start)


def titles(entries) -> list[str]:
    return [entry.job.raw_title for entry in entries]


def decide(client, target: Job, decision: str, **fields):
    data = {f"job-{target.pk}-{name}": value for name, value in fields.items()}
    data[f"job-{target.pk}-decision"] = decision
    return client.post(reverse("classification_review:decide", args=[target.pk]), data)


def test_the_queue_lists_left_out_jobs_with_signals_and_weakly_included_ones(
    ingested, admin_client
):
    queue = build_queue(Classifier.from_database())
    left_out = titles(queue.left_out)
    assert any(t.startswith(WAREHOUSE) for t in left_out)
    assert not any(t.startswith("HVAC") for t in left_out)  # no technology signal at all
    assert TRAINEE in titles(queue.weak)  # a generic IT title's noun decided it
    assert "Specialist III:  Tech Support (Outside Candidates)" not in titles(queue.weak)
    page = admin_client.get(QUEUE).content.decode()
    assert "Lead Warehouse Worker" in page
    assert "IT words in the title: technology" in page
    assert "generic-it-title (“trainee”): it-support" in page


def test_an_organizer_confirms_not_technology_and_the_job_leaves_the_queue(
    ingested, admin_client, django_capture_on_commit_callbacks
):
    warehouse = job(WAREHOUSE)
    sent = []

    def receiver(sender, job_ids, **kwargs):
        sent.append(job_ids)

    jobs_changed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = decide(admin_client, warehouse, "not-technology")
    finally:
        jobs_changed.disconnect(receiver)
    assert response.status_code == 302
    assert [warehouse.pk] in sent  # the job is indexed again
    warehouse.refresh_from_db()
    assert warehouse.role_family is None
    assert warehouse.classification_review.decision == "not-technology"
    queue = build_queue(Classifier.from_database())
    assert not any(t.startswith(WAREHOUSE) for t in titles(queue.left_out))
    page = admin_client.get(QUEUE).content.decode()
    assert "confirmed not technology" in page  # the message after the decision


def test_an_organizer_assigns_a_family_and_seniority_at_once(ingested, admin_client):
    research = job(RESEARCH)
    data = RoleFamily.objects.get(slug="data-analytics")
    entry = SeniorityLevel.objects.get(slug="entry")
    decide(admin_client, research, "assigned", role_family=data.pk, seniority=entry.pk)
    research.refresh_from_db()
    assert (research.role_family, research.seniority) == (data, entry)
    assert Job.objects.technology().filter(pk=research.pk).exists()


def test_an_assignment_holds_when_the_next_ingest_finds_the_listing_unchanged(
    ingested, admin_client
):
    research = job(RESEARCH)
    data = RoleFamily.objects.get(slug="data-analytics")
    entry = SeniorityLevel.objects.get(slug="entry")
    decide(admin_client, research, "assigned", role_family=data.pk, seniority=entry.pk)
    code, counts = run("ingest", "--file", str(SEARCH), "--format", "edjoin", "--json")
    assert code == 0
    assert counts["updated"] == 0
    research.refresh_from_db()
    assert (research.role_family, research.seniority) == (data, entry)


def test_an_assignment_needs_both_a_family_and_a_seniority(ingested, admin_client):
    research = job(RESEARCH)
    data = RoleFamily.objects.get(slug="data-analytics")
    decide(admin_client, research, "assigned", role_family=data.pk)
    research.refresh_from_db()
    assert research.role_family is None
    page = admin_client.get(QUEUE).content.decode()
    assert "Choose both a role family and a seniority." in page


def test_a_decision_kept_as_a_rule_is_applied_at_the_next_ingest_and_given_as_a_reason(
    ingested, admin_client
):
    current = job("Specialist III:  Tech Support - 11-Month")
    outside = job("Specialist III:  Tech Support (Outside")
    support = RoleFamily.objects.get(slug="it-support")
    lead = SeniorityLevel.objects.get(slug="lead")
    assert outside.seniority.slug == "senior"  # the classifier's reading of "III"
    decide(
        admin_client,
        current,
        "assigned",
        role_family=support.pk,
        seniority=lead.pk,
        make_rule="on",
        phrase="Specialist III",
        this_employer_only="on",
    )
    rule = ClassificationRule.objects.get()
    assert (rule.phrase, rule.employer, rule.role_family, rule.seniority) == (
        "Specialist III",
        current.agency,
        support,
        lead,
    )
    outside.refresh_from_db()
    assert outside.seniority.slug == "senior"  # the rule waits for the next ingest
    code, counts = run("ingest", "--file", str(SEARCH), "--format", "edjoin", "--json")
    assert code == 0
    assert counts["created"] == 0
    outside.refresh_from_db()
    assert (outside.role_family, outside.seniority) == (support, lead)
    reasons = reclassify(outside, Classifier.from_database()).reasons
    assert reasons[0].rule == Rule.ORGANIZER_RULE
    assert reasons[0].evidence == f"#{rule.pk} Specialist III"
    page = admin_client.get(QUEUE).content.decode()
    assert "title words “Specialist III”" in page


def test_the_queue_is_for_those_who_may_review(ingested, client, django_user_model):
    user = django_user_model.objects.create_user("editor", password="x")
    client.force_login(user)
    assert client.get(QUEUE).status_code in {302, 403}


def test_the_coverage_report_gives_each_sources_share_words_and_the_queue_size(ingested):
    out = io.StringIO()
    call_command("classify", "--report", "--json", stdout=out)
    report = json.loads(out.getvalue())
    (source,) = report["sources"]
    assert (source["jobs"], source["classified"]) == (12, 5)
    assert source["share"] == round(5 / 12, 4)
    words = {row["word"]: row["count"] for row in source["unclassified_words"]}
    assert words["technician"] == 4  # facilities, accounting, research, HVAC
    assert "open" not in words
    queue = build_queue(Classifier.from_database())
    assert report["queue"] == {
        "left_out": len(queue.left_out),
        "weak": len(queue.weak),
        "size": queue.size,
    }
    assert report["queue"]["size"] >= 2
    text = io.StringIO()
    call_command("classify", "--report", stdout=text)
    assert "5/12 classified (42%)" in text.getvalue()
    assert f"Review queue: {queue.size} jobs" in text.getvalue()


def test_classify_reads_a_category_beside_the_title(monkeypatch):
    request = {
        "title": "Specialist III:  Tech Support",
        "employer": "Irvine Unified School District",
        "category": "Information Tech. / Computer Svcs.",
    }
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(request) + "\n"))
    out = io.StringIO()
    call_command("classify", stdout=out)
    assert json.loads(out.getvalue()) == {
        "title": "Specialist III:  Tech Support",
        "role_family": "it-support",
        "seniority": "senior",
    }
