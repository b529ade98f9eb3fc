"""Job alerts as a person meets them: sign up from a search, confirm by email (the link's page
has one button), get a digest of
only the new jobs that match, manage or leave with one click. Digests are matched by the
search engine's percolator (a real OpenSearch node) and by the database, with the same answer;
emails go through Django's outbox and through a real SMTP server on loopback."""

from __future__ import annotations

import json
import re
import socket
from datetime import timedelta
from email import message_from_bytes, policy
from io import StringIO

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.http import QueryDict
from django.utils import timezone

from alerts import services
from alerts.models import Alert
from jobboard.models import ClosedBecause, Job, JobStatus, RoleFamily
from jobboard.services import close_job, reopen_job
from postings import services as postings
from search.backends.database import DatabaseBackend
from search.query import JobQuery
from search.service import engine_backend, rebuild_index
from tests.demo import demo_for_module
from tests.factories import ClosedJobFactory, OpenJobFactory, SubmissionFactory, moderator

pytestmark = pytest.mark.django_db

SIGN_UP = "/alerts/"
COMMITS = None


demo = demo_for_module(pages=False)


@pytest.fixture(params=["database", "opensearch"])
def backend(request, demo):
    if request.param == "opensearch":
        request.getfixturevalue("search_engine_settings")
        engine_backend().rebuild()
    return request.param


@pytest.fixture(autouse=True)
def after_commit(django_capture_on_commit_callbacks):
    """Sign-ups queue their emails after commit; inside a test's transaction, run them."""
    global COMMITS
    COMMITS = django_capture_on_commit_callbacks


def sign_up(client, email="ana@example.org", query="q=data", frequency="daily"):
    with COMMITS(execute=True):
        return client.post(SIGN_UP, {"email": email, "query": query, "frequency": frequency})


def link_in(message, name: str) -> str:
    found = re.search(rf"https?://[^\s\"<>]+/alerts/{name}/[^\s\"<>]+/", message.body)
    assert found, message.body
    return found.group(0).split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def confirmed_alert(client, **kwargs) -> Alert:
    mail.outbox.clear()
    sign_up(client, **kwargs)
    client.post(link_in(mail.outbox[-1], "confirm"))
    mail.outbox.clear()
    return Alert.objects.get(email=kwargs.get("email", "ana@example.org"))


def later(hours: float):
    return time_machine.travel(timezone.now() + timedelta(hours=hours), tick=False)


# Sign-up and confirmation ---------------------------------------------------------------------


def test_a_sign_up_asks_to_confirm_and_sends_nothing_until_then(client, demo):
    response = sign_up(client, email="Ana@Example.org", query="q=data&government_level=county")
    assert response.status_code == 302
    assert response["Location"] == "/alerts/check-email/"
    page = client.get("/alerts/check-email/").content.decode()
    assert "Check your email" in page
    alert = Alert.objects.get()
    assert (alert.email, alert.query, alert.confirmed_at) == (
        "ana@example.org",
        "q=data&government_level=county",
        None,
    )
    [confirmation] = mail.outbox
    assert confirmation.to == ["ana@example.org"]
    assert confirmation.subject == "Confirm your job alert"
    assert "when new jobs match County." in confirmation.body  # taxonomy names only
    assert "data" not in confirmation.body
    assert confirmation.alternatives[0][1] == "text/html"
    OpenJobFactory(raw_title="Data Engineer")
    with later(25):
        assert services.send_digests().emails == 0  # unconfirmed: nothing


def test_the_answer_is_the_same_for_a_new_and_a_known_address(client, demo):
    confirmed_alert(client)
    first = sign_up(client, email="new@example.org")
    known = sign_up(client, email="ana@example.org")
    assert (first.status_code, first["Location"]) == (known.status_code, known["Location"])
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == ["Confirm your job alert", "You already have this job alert"]


def test_the_confirmation_link_starts_the_alert_once_and_a_bad_link_says_so(client, demo):
    sign_up(client)
    link = link_in(mail.outbox[0], "confirm")
    page = client.get(link)
    assert page.status_code == 200
    assert "Confirm my job alert" in page.content.decode()  # a button: a GET changes nothing
    assert Alert.objects.get().confirmed_at is None
    page = client.post(link, follow=True)
    assert page.status_code == 200
    assert "Your job alert is on" in page.content.decode()
    alert = Alert.objects.get()
    assert alert.confirmed_at is not None
    assert alert.expires_at - alert.confirmed_at == timedelta(days=365)
    again = client.post(link, follow=True)
    assert again.status_code == 200
    assert Alert.objects.get().confirmed_at == alert.confirmed_at
    forged = client.get(link[:-3] + "xx/")
    assert forged.status_code == 410
    assert "This link has expired or was already used" in forged.content.decode()


def test_unconfirmed_alerts_are_deleted_after_seven_days(client, demo):
    sign_up(client)
    with later(24 * 7 + 1):
        services.send_digests()
    assert not Alert.objects.exists()


def test_a_search_that_cannot_be_read_is_refused_with_the_reason(client):
    response = sign_up(client, query="sort=sideways")
    assert response.status_code == 400
    assert "This search cannot be saved: sort must be one of" in response.content.decode()
    assert sign_up(client, email="not-an-email").status_code == 400
    assert not Alert.objects.exists()


# Digests ----------------------------------------------------------------------------------------


def test_a_digest_lists_exactly_the_new_visible_matching_jobs(client, backend):
    alert = confirmed_alert(client, query="q=data")
    old_closed = Job.objects.filter(title__icontains="data", status=JobStatus.OPEN).first()
    close_job(job=old_closed, because=ClosedBecause.FILLED, reason="Filled.")
    with later(1):
        new = OpenJobFactory(raw_title="Data Engineer, Open Data")
        support = RoleFamily.objects.get(slug="it-support")
        OpenJobFactory(raw_title="Help Desk Technician", role_family=support)  # no match
        ClosedJobFactory(raw_title="Data Scientist (closed)")  # not visible
        OpenJobFactory(raw_title="Data Analyst (lapsed)", closes_at=timezone.now())  # past closing
        OpenJobFactory(raw_title="Data entry clerk", role_family=None, seniority=None)  # not tech
        reopened = reopen_job(job=old_closed)
    with later(2):
        report = services.send_digests()
    assert (report.alerts, report.emails, report.jobs) == (1, 1, 2)
    [digest] = mail.outbox
    assert digest.to == [alert.email]
    assert digest.subject == "2 new jobs: “data”"
    listed = re.findall(r"/jobs/(\d+)/", digest.body)
    assert sorted({int(pk) for pk in listed}) == sorted([new.pk, reopened.pk])
    assert "Help Desk" not in digest.body
    assert "Data entry clerk" not in digest.body
    html = digest.alternatives[0][0]
    assert '<html lang="en">' in html
    assert "Data Engineer, Open Data" in html
    with later(2.1):
        assert services.send_digests().emails == 0  # a second run sends nothing
    assert len(mail.outbox) == 1


def test_an_approved_posting_is_in_the_next_digest_and_a_pending_one_is_not(client, demo):
    confirmed_alert(client, query="q=gis")
    reviewer = moderator()
    with later(1):
        pending = SubmissionFactory(title="GIS Analyst II")
        postings.submit(submission=pending, by=pending.owner)
    with later(2):
        assert services.send_digests().emails == 0  # waiting for review: not a job yet
    with later(3):
        approved = postings.approve(submission=pending, by=reviewer)
    with later(24 + 3):
        assert services.send_digests().emails == 1
    assert f"/jobs/{approved.pk}/" in mail.outbox[-1].body


def test_no_email_when_nothing_new_matches(client, demo):
    confirmed_alert(client, query="q=zzzz+nothing")
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    with later(2):
        report = services.send_digests()
    assert (report.alerts, report.emails) == (1, 0)
    assert mail.outbox == []


def test_a_digest_lists_25_jobs_and_links_to_the_rest(client, demo):
    confirmed_alert(client, query="role_family=data-analytics")
    with later(1):
        for number in range(30):
            OpenJobFactory(raw_title=f"Data Analyst {number}")
    with later(2):
        services.send_digests()
    [digest] = mail.outbox
    assert digest.subject == "30 new jobs: Data, Analytics & AI"
    assert len(re.findall(r"/jobs/\d+/", digest.body)) == 25
    assert "And 5 more: http://127.0.0.1:8000/jobs/?role_family=data-analytics" in digest.body


def test_weekly_alerts_wait_a_week_between_digests(client, demo):
    alert = confirmed_alert(client, frequency="weekly")
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    with later(2):
        assert services.send_digests(frequency="weekly").emails == 1
    with later(3):
        OpenJobFactory(raw_title="Data Scientist")
    with later(24):
        assert services.send_digests().emails == 0  # a day later: not due
    with later(24 * 7 + 1):
        assert services.send_digests(frequency="daily").alerts == 0  # only weekly ones here
        assert services.send_digests(frequency="weekly").emails == 1
    alert.refresh_from_db()
    assert "Data Scientist" in mail.outbox[-1].body


def test_alerts_expire_after_a_year_unless_renewed_from_a_digest(client, demo):
    alert = confirmed_alert(client)
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    with later(2):
        services.send_digests()
    renew = link_in(mail.outbox[-1], "renew")
    with later(24 * 300):
        assert "Keep this job alert for another year?" in client.get(renew).content.decode()
        page = client.post(renew)
        assert page.status_code == 200
        assert "Your alert is renewed" in page.content.decode()
    alert.refresh_from_db()
    assert alert.expires_at > alert.confirmed_at + timedelta(days=600)
    other = confirmed_alert(client, email="bo@example.org")
    with later(24 * 366):
        services.send_digests()
    assert not Alert.objects.filter(pk=other.pk).exists()
    assert Alert.objects.filter(pk=alert.pk).exists()


# Leaving and managing ----------------------------------------------------------------------------


def test_the_digest_has_one_click_unsubscribe_headers_and_a_post_ends_the_alert(
    client, demo, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://jobs.example.org"
    alert = confirmed_alert(client)
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    with later(2):
        services.send_digests()
    [digest] = mail.outbox
    message = digest.message()
    header = message["List-Unsubscribe"]
    assert re.fullmatch(r"<https://jobs\.example\.org/alerts/unsubscribe/[^>]+/>", header)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Date"]
    assert message["Message-ID"]
    assert message.is_multipart()
    path = header[1:-1].removeprefix("https://jobs.example.org")
    response = client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Alert.objects.filter(pk=alert.pk).exists()


def test_unsubscribe_by_the_link_in_the_email(client, demo):
    confirmed_alert(client)
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    with later(2):
        services.send_digests()
    link = link_in(mail.outbox[-1], "unsubscribe")
    page = client.get(link).content.decode()
    assert "Stop this job alert?" in page
    assert "You are unsubscribed" in client.post(link).content.decode()
    assert not Alert.objects.exists()
    assert "You are unsubscribed" in client.post(link).content.decode()  # twice is fine


def test_the_manage_page_changes_frequency_and_deletes_only_the_addresss_alerts(client, demo):
    mine = confirmed_alert(client)
    theirs = confirmed_alert(client, email="bo@example.org")
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    with later(2):
        services.send_digests()
    manage = link_in(next(m for m in mail.outbox if m.to == ["ana@example.org"]), "manage")
    page = client.get(manage).content.decode()
    assert "Alerts for ana@example.org" in page
    assert "bo@example.org" not in page
    client.post(manage, {"alert": mine.pk, "action": "frequency", "frequency": "weekly"})
    mine.refresh_from_db()
    assert mine.frequency == "weekly"
    refused = client.post(manage, {"alert": theirs.pk, "action": "delete"}).content.decode()
    assert "Nothing was changed." in refused
    assert Alert.objects.filter(pk=theirs.pk).exists()
    for hostile in ("abc", "1 OR 1=1", "9" * 30, ""):
        page = client.post(manage, {"alert": hostile, "action": "delete"})
        assert "Nothing was changed." in page.content.decode()
    client.post(manage, {"alert": mine.pk, "action": "delete"})
    assert not Alert.objects.filter(pk=mine.pk).exists()


# Limits -------------------------------------------------------------------------------------------


def test_an_address_has_at_most_ten_alerts(client, demo, settings):
    for number in range(10):
        Alert.objects.create(
            email="ana@example.org",
            query=f"q=data+{number}",
            frequency="daily",
            confirmed_at=timezone.now(),
        )
    response = sign_up(client, query="q=eleventh")
    assert response.status_code == 302  # the same answer
    assert Alert.objects.filter(email="ana@example.org").count() == 10
    assert [m.subject for m in mail.outbox] == ["You have 10 job alerts already"]


def test_sign_ups_are_limited_per_address_and_per_client(client, demo):
    for number in range(6):
        sign_up(client, query=f"q=data+{number}")
    assert Alert.objects.filter(email="ana@example.org").count() == 5
    for number in range(14):
        sign_up(client, email=f"person{number}@example.org")
    refused = sign_up(client, email="late@example.org")
    assert refused.status_code == 429
    assert "Too many sign-ups" in refused.content.decode()
    assert not Alert.objects.filter(email="late@example.org").exists()


# Sending ------------------------------------------------------------------------------------


class FlakyBackend(EmailBackend):
    """The outbox, failing the first ``failures`` sends as an SMTP server might."""

    failures = 0

    def send_messages(self, messages):
        if FlakyBackend.failures:
            FlakyBackend.failures -= 1
            raise ConnectionResetError("connection reset by the SMTP server")
        return super().send_messages(messages)


def test_a_failed_send_is_retried_and_never_duplicated_or_lost(client, demo, settings):
    alert = confirmed_alert(client)
    settings.EMAIL_BACKEND = "tests.test_alerts.FlakyBackend"
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    FlakyBackend.failures = 1  # one retry inside the run
    with later(2):
        assert services.send_digests().emails == 1
    assert len(mail.outbox) == 1
    with later(3):
        OpenJobFactory(raw_title="Data Scientist")
    FlakyBackend.failures = services.SEND_ATTEMPTS  # the whole run fails
    with later(24 + 2):
        report = services.send_digests()
    assert (report.emails, report.failed) == (0, 1)
    alert.refresh_from_db()
    assert alert.matched_through < timezone.now() + timedelta(hours=3)  # the position stayed
    with later(24 + 3):
        assert services.send_digests().emails == 1  # the next run sends it, once
    assert len(mail.outbox) == 2
    assert "Data Scientist" in mail.outbox[-1].body


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


def test_digests_go_out_through_a_real_smtp_server(client, demo, settings):
    alert = confirmed_alert(client)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = False
        settings.ALERTS_FROM_EMAIL = "alerts@publictechpathways.org"
        with later(1):
            OpenJobFactory(raw_title="Data Engineer")
        with later(2):
            assert services.send_digests().emails == 1
    finally:
        controller.stop()
    [envelope] = inbox.messages
    assert envelope.mail_from == "alerts@publictechpathways.org"
    assert envelope.rcpt_tos == [alert.email]
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert {part.get_content_type() for part in message.walk()} >= {"text/plain", "text/html"}
    assert "Data Engineer" in message.get_body(("plain",)).get_content()


def test_the_command_prints_json_counts_alone_even_with_console_emails(
    client, demo, settings, capsys
):
    confirmed_alert(client)
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"  # embedded mode
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    out = StringIO()
    with later(2):
        call_command("send_alerts", "--frequency", "daily", "--json", stdout=out)
    assert json.loads(out.getvalue()) == {"alerts": 1, "emails": 1, "jobs": 1}
    printed = capsys.readouterr()
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in printed.err
    assert "Data Engineer" in printed.err


# Matching: one definition of "matches this search" on both backends ---------------------------

SEARCHES = [
    "",
    "q=data",
    "q=engineer&seniority=senior",
    "q=software+engineer",
    "q=gis",
    "q=security&government_level=county&government_level=federal",
    "role_family=data-analytics&government_level=county",
    "remote=remote&remote=hybrid",
    "agency=county-of-los-angeles&role_family=it-support&role_family=cybersecurity",
    "salary_min=150000",
    "location=Los+Angeles",
    "q=analyst&salary_min=90000&remote=onsite",
    "include_non_tech=true",
    "q=nothing+matches+this+zzzz",
    "q=%22%27%3B+DROP+TABLE+jobs%3B+--",
]


@pytest.mark.search_engine
def test_the_percolator_and_the_database_find_the_same_matches(demo, search_engine_settings):
    searches = {f"s{i}": JobQuery.from_params(QueryDict(q)) for i, q in enumerate(SEARCHES)}
    ids = list(Job.objects.visible().values_list("pk", flat=True))
    engine = engine_backend()
    engine.rebuild()
    on_engine = engine.match_saved_searches(searches, ids, batch=7)
    on_database = DatabaseBackend().match_saved_searches(searches, ids)
    assert on_engine == on_database
    assert len(on_database["s1"]) >= 3  # "data" matches several demo jobs
    assert on_database["s13"] == set()
    for key, query in searches.items():  # and both agree with the search itself
        expected = DatabaseBackend().count(query.with_changes(page_size=1))
        assert len(on_database[key]) == expected, key


@pytest.mark.search_engine
def test_people_following_the_same_search_share_one_stored_query(
    client, demo, search_engine_settings
):
    ana = confirmed_alert(client)
    bo = confirmed_alert(client, email="bo@example.org")
    assert ana.key == bo.key
    engine = engine_backend()
    engine.rebuild()
    rebuild_index()
    assert engine.adapter.count(engine.saved_alias) == 1
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    with later(2):
        report = services.send_digests()
    assert (report.emails, report.backend) == (2, "opensearch")
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "bo@example.org"]
    with COMMITS(execute=True):
        services.delete(alert=ana)
    engine.refresh()
    assert engine.adapter.count(engine.saved_alias) == 1  # Bo still follows it
    with COMMITS(execute=True):
        services.delete(alert=bo)
    engine.refresh()
    assert engine.adapter.count(engine.saved_alias) == 0


@pytest.mark.search_engine
def test_search_index_rebuild_rebuilds_the_alerts_index(client, demo, search_engine_settings):
    confirmed_alert(client)
    confirmed_alert(client, email="bo@example.org", query="q=gis")
    report = rebuild_index()
    assert report["saved_searches"] == 2
    engine = engine_backend()
    assert engine.adapter.count(engine.saved_alias) == 2
    matches = engine.match_saved_searches(
        services.saved_searches(), Job.objects.visible().values_list("pk", flat=True)
    )
    assert len(matches) == 2
    assert all(matches.values())  # "data" and "gis" each match demo jobs
