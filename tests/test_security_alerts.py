"""Job alerts against strangers and scanners (issue 27: M4, L3, L4, L5, L9): a confirmation
carries none of the visitor's words and is capped per mailbox however the address is spelled;
strangers cannot fill an address's ten alerts; the manage link names no address and expires;
a GET of a link changes nothing; one digest run at a time, by a lock no cache can evict, and
each digest sent once."""

from __future__ import annotations

import base64
import re
import threading
from datetime import timedelta

import pytest
import time_machine
from django.core import mail, signing
from django.core.cache import caches
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.test import Client
from django.utils import timezone

from alerts import services, tokens
from alerts.models import Alert, Mailbox, RunLock, normalise_address
from tests.factories import OpenJobFactory

pytestmark = pytest.mark.django_db

COMMITS = None


@pytest.fixture(autouse=True)
def after_commit(django_capture_on_commit_callbacks):
    """Sign-ups queue their emails after commit; inside a test's transaction, run them."""
    global COMMITS
    COMMITS = django_capture_on_commit_callbacks


def sign_up(client, email="ana@example.org", query="q=data", frequency="daily"):
    with COMMITS(execute=True):
        return client.post("/alerts/", {"email": email, "query": query, "frequency": frequency})


def path_of(message, name: str) -> str:
    found = re.search(rf"https?://[^/\s\"<>]+(/alerts/{name}/[^\s\"<>]+/)", message.body)
    assert found, message.body
    return found.group(1)


def later(hours: float):
    return time_machine.travel(timezone.now() + timedelta(hours=hours), tick=False)


def confirmed(email: str, query: str = "q=data", **fields) -> Alert:
    now = timezone.now()
    return Alert.objects.create(
        email=email,
        query=query,
        frequency="daily",
        confirmed_at=now,
        matched_through=now,
        expires_at=now + timedelta(days=365),
        **fields,
    )


# M4: the confirmation carries no stranger's text, and limits count per mailbox -------------


SPAM = "Your account is locked call 555 0100 now"


def test_the_confirmation_email_carries_none_of_the_visitors_words(client):
    query = (
        f"q={SPAM.replace(' ', '+')}&location=Visit+evil.example&agency=Wire+money+today"
        "&government_level=county"
    )
    sign_up(client, query=query)
    [message] = mail.outbox
    html = message.alternatives[0][0]
    for text in (message.subject, message.body, html):
        for words in ("locked", "555", "evil", "Wire", "money"):
            assert words not in text
    assert "/jobs/" not in message.body  # no link spells the search
    assert "/jobs/" not in html
    assert "a job alert on Public Tech Pathways" in message.body
    assert "when new jobs match County." in message.body  # taxonomy names only


def test_a_facet_value_outside_the_taxonomy_makes_the_description_generic(client):
    sign_up(client, query="role_family=Call+555+0100&government_level=county")
    [message] = mail.outbox
    assert "555" not in message.body
    assert "when new jobs match a job search." in message.body


def test_the_confirmation_names_only_taxonomy_facets(client, db):
    sign_up(client, query="q=anything&government_level=county&remote=remote")
    [message] = mail.outbox
    assert "when new jobs match County, Remote." in message.body
    assert "anything" not in message.body


def test_an_already_subscribed_note_carries_none_of_the_visitors_words(client):
    confirmed("ana@example.org", query=f"q={SPAM.replace(' ', '+')}")
    sign_up(client, query=f"q={SPAM.replace(' ', '+')}")
    [message] = mail.outbox
    assert message.subject == "You already have this job alert"
    assert "locked" not in message.body
    assert "locked" not in message.alternatives[0][0]


@pytest.mark.parametrize(
    ("spelled", "mailbox"),
    [
        ("Ana@Example.org", "ana@example.org"),
        ("ana+jobs@example.org", "ana@example.org"),
        ("a.n.a+x@gmail.com", "ana@gmail.com"),
        ("A.na@GoogleMail.com", "ana@gmail.com"),
        ("a.n.a@example.org", "a.n.a@example.org"),  # dots count elsewhere
    ],
)
def test_addresses_are_counted_by_the_mailbox_they_reach(spelled, mailbox):
    assert normalise_address(spelled) == mailbox


def test_confirmations_are_capped_per_mailbox_per_day_however_it_is_spelled(client):
    spellings = [
        "ana@gmail.com",
        "a.na@gmail.com",
        "ana+1@gmail.com",
        "a.n.a+2@googlemail.com",
        "ANA+3@gmail.com",
        "an.a+4@gmail.com",
        "a.n.a+5@gmail.com",
    ]
    for number, email in enumerate(spellings):
        response = sign_up(client, email=email, query=f"q=data+{number}")
        assert response["Location"] == "/alerts/check-email/"  # the same answer throughout
    assert len(mail.outbox) == services.EMAILS_PER_ADDRESS == 5
    assert Alert.objects.count() == 5
    assert Mailbox.objects.get().address == "ana@gmail.com"
    with later(25):
        sign_up(client, email="ana+6@gmail.com", query="q=next+day")
    assert len(mail.outbox) == 6  # a new day, a new share


# L3: only confirmed alerts fill the ten, counted under the mailbox's lock ------------------


def test_strangers_unconfirmed_alerts_do_not_fill_the_ten(client):
    for number in range(12):  # a stranger's sign-ups over a fortnight, never confirmed
        Alert.objects.create(email=f"ana+{number}@example.org", query=f"q=spam+{number}")
    sign_up(client, email="ana@example.org")
    [message] = mail.outbox
    assert message.subject == "Confirm your job alert"
    client.post(path_of(message, "confirm"))
    assert Alert.objects.confirmed().get().query == "q=data"


def test_confirming_past_ten_confirmed_alerts_is_refused(client):
    for number in range(10):
        confirmed("ana@example.org", query=f"q=data+{number}")
    waiting = Alert.objects.create(email="ana+x@example.org", query="q=eleventh")
    link = f"/alerts/confirm/{tokens.make(tokens.CONFIRM, waiting.pk)}/"
    refused = client.post(link)
    assert refused.status_code == 409
    assert "An address can have at most 10 job alerts." in refused.content.decode()
    assert Alert.objects.confirmed().count() == 10


@pytest.mark.django_db(transaction=True)
def test_two_confirmations_at_once_cannot_pass_ten():
    mailbox = Mailbox.objects.create(address="ana@example.org")
    for number in range(9):
        confirmed("ana@example.org", query=f"q=data+{number}", mailbox=mailbox)
    waiting = [
        Alert.objects.create(email="ana@example.org", query=f"q=late+{n}", mailbox=mailbox)
        for n in range(2)
    ]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def confirm(alert: Alert) -> None:
        try:
            start.wait()
            services.confirm(alert=alert)
            outcomes.append("confirmed")
        except services.TooManyAlerts:
            outcomes.append("refused")
        except Exception as error:  # shown in the assertion below
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(alert,)) for alert in waiting]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes) == ["confirmed", "refused"]
    assert Alert.objects.confirmed().count() == 10


# L4: the manage link names no address and expires --------------------------------------------


def _decoded_payload(token: str) -> str:
    payload = token.split(":", 1)[0]
    return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()


def test_the_manage_link_carries_an_id_and_no_address(client):
    confirmed("zoe.quartz@example.org")
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    with later(2):
        services.send_digests()
    manage = path_of(mail.outbox[0], "manage")
    token = manage.rstrip("/").rsplit("/", 1)[1]
    assert "quartz" not in manage
    assert "example" not in manage
    assert "quartz" not in _decoded_payload(token)
    assert signing.loads(token, salt=tokens.MANAGE) == Mailbox.objects.get().pk


def test_an_old_manage_link_naming_the_address_no_longer_works(client):
    confirmed("ana@example.org")
    old = f"/alerts/manage/{tokens.make(tokens.MANAGE, 'ana@example.org')}/"
    response = client.get(old)
    assert response.status_code == 410
    assert "ana@example.org" not in response.content.decode()


def test_a_manage_link_expires_after_30_days_and_offers_a_new_one(client):
    alert = confirmed("ana@example.org")
    manage = f"/alerts/manage/{tokens.make(tokens.MANAGE, alert.mailbox_id)}/"
    assert "Alerts for ana@example.org" in client.get(manage).content.decode()
    with later(24 * 31):
        expired = client.get(manage)
        page = expired.content.decode()
        assert expired.status_code == 410
        assert "This link has expired" in page
        assert "Email me a new link" in page
        assert "ana@example.org" not in page
        with COMMITS(execute=True):
            sent = client.post(manage, {"action": "send-link"}).content.decode()
        assert "Check your email" in sent
        [message] = mail.outbox
        assert message.to == ["ana@example.org"]
        assert message.subject == "Your link to manage your job alerts"
        fresh = client.get(path_of(message, "manage")).content.decode()
        assert "Alerts for ana@example.org" in fresh
        assert client.post(manage, {"alert": alert.pk, "action": "delete"}).status_code == 410
    assert Alert.objects.filter(pk=alert.pk).exists()  # the expired link deleted nothing


def test_a_digest_carries_a_fresh_manage_link(client):
    alert = confirmed("ana@example.org")
    with later(24 * 40):
        OpenJobFactory(raw_title="Data Engineer")
    with later(24 * 40 + 1):
        assert services.send_digests().emails == 1
        page = client.get(path_of(mail.outbox[-1], "manage"))
    assert page.status_code == 200
    assert alert.email in page.content.decode()


# L5: a GET of a link changes nothing; a POST acts -------------------------------------------


def test_opening_the_confirmation_link_confirms_nothing_until_its_button_is_pressed():
    sign_up(Client())
    browser = Client(enforce_csrf_checks=True)
    link = path_of(mail.outbox[0], "confirm")
    for _ in range(3):  # a mail scanner opening the link, again and again
        page = browser.get(link)
        assert page.status_code == 200
    assert Alert.objects.get().confirmed_at is None
    assert browser.post(link).status_code == 403  # a POST from elsewhere has no CSRF token
    assert Alert.objects.get().confirmed_at is None
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    response = browser.post(link, {"csrfmiddlewaretoken": csrf.group(1)}, follow=True)
    assert "Your job alert is on" in response.content.decode()
    assert Alert.objects.get().confirmed_at is not None


def test_opening_the_renew_link_renews_nothing_until_its_button_is_pressed(client):
    alert = confirmed("ana@example.org")
    link = f"/alerts/renew/{tokens.make(tokens.RENEW, alert.pk)}/"
    with later(24 * 300):
        assert "Keep it for another year" in client.get(link).content.decode()
        alert.refresh_from_db()
        before = alert.expires_at
        assert "Your alert is renewed" in client.post(link).content.decode()
    alert.refresh_from_db()
    assert alert.expires_at > before


def test_the_one_click_unsubscribe_post_needs_no_csrf_token():
    alert = confirmed("ana@example.org")
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        f"/alerts/unsubscribe/{tokens.make(tokens.UNSUBSCRIBE, alert.pk)}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Alert.objects.exists()


# L9: one digest run at a time, by a lock no cache can evict; each digest sent once ----------


class DuringSend(EmailBackend):
    """The outbox, calling ``during`` (once) before the first digest it is given goes out:
    another run starting while this one sends."""

    during = None

    def send_messages(self, messages):
        if DuringSend.during is not None:
            during, DuringSend.during = DuringSend.during, None
            during()
        return super().send_messages(messages)


def two_due_alerts() -> list[Alert]:
    alerts = [confirmed("ana@example.org"), confirmed("bo@example.org")]
    with later(1):
        OpenJobFactory(raw_title="Data Engineer")
    return alerts


def test_filling_or_flushing_the_cache_does_not_release_the_digest_lock(settings):
    settings.EMAIL_BACKEND = "tests.test_security_alerts.DuringSend"
    two_due_alerts()
    second: list[services.Report] = []

    def another_run():
        shared = caches["shared"]
        for number in range(3000):  # filler entries past the cache's cull threshold
            shared.set(f"filler:{number}", number)
        shared.clear()
        second.append(services.send_digests())

    DuringSend.during = another_run
    with later(2):
        first = services.send_digests()
    assert second[0].alerts == 0  # the second run found the lock held and did nothing
    assert first.emails == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "bo@example.org"]
    assert not RunLock.objects.get(name=services.LOCK).holder  # released at the end


def test_two_runs_send_each_digest_once_even_when_the_lock_has_lapsed(settings):
    settings.EMAIL_BACKEND = "tests.test_security_alerts.DuringSend"
    two_due_alerts()
    second: list[services.Report] = []

    def a_run_after_the_lock_lapsed():
        with later(2 + 2):  # past LOCK_FOR: the first run looks dead
            second.append(services.send_digests())

    DuringSend.during = a_run_after_the_lock_lapsed
    with later(2):
        first = services.send_digests()
    assert first.emails + second[0].emails == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "bo@example.org"]


def test_a_run_that_died_frees_the_lock_when_its_time_is_up():
    RunLock.objects.create(
        name=services.LOCK, holder="dead", held_until=timezone.now() + timedelta(hours=3)
    )
    two_due_alerts()
    with later(2):
        assert services.send_digests().alerts == 0  # still held
    RunLock.objects.filter(name=services.LOCK).update(held_until=timezone.now())
    with later(2):
        assert services.send_digests().emails == 2
