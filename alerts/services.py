"""Every change to an alert, and the digests (docs/architecture.md, "Job alerts").

Sign-up answers the same whatever the address's state (no address enumeration): the email
says what happened. Digests list the jobs that became visible since the alert's position and
match its search; the engine's percolator (or each search on the database) decides "matches",
through ``search.service.match_saved_searches``. An email is sent first and the position
recorded after, so a failed send is tried again by the next run and a job is never skipped;
one run at a time holds a lock row in the database (no cache can evict it), and each digest
is claimed for its period before it is sent, so none is sent twice.

Limits count per mailbox (``jobboard.limits.normalise_address``: ``+tags`` and, at Gmail, dots
do not make new addresses): a day's share of emails, and ten confirmed alerts, counted under
the mailbox row's lock."""

from __future__ import annotations

import logging
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from alerts import emails
from alerts.models import Alert, Frequency, Mailbox, RunLock
from jobboard import limits
from jobboard.limits import normalise_address
from jobboard.models import Job
from search.links import canonical_params
from search.query import JobQuery
from search.service import forget_searches, match_saved_searches, save_searches

logger = logging.getLogger(__name__)

MAX_ALERTS_PER_ADDRESS = 10  # confirmed alerts per mailbox
DAY = 24 * 3600
EMAILS_PER_ADDRESS = 5  # a day, per mailbox: the emails strangers can make the site send it
SIGN_UPS_PER_CLIENT = 20  # an hour, per client address
UNCONFIRMED_FOR = timedelta(days=7)
LIFETIME = timedelta(days=365)
PERIOD = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(days=7)}
SLACK = timedelta(hours=1)  # a daily run at 7:02 still sends what 7:00 yesterday sent
SEND_ATTEMPTS = 3
LOCK = "alerts:send-digests"
LOCK_FOR = timedelta(hours=1)  # a run that died frees the lock after this
SEARCHES_PER_CHUNK = 2000


class TooManySignUps(Exception):
    """This client signed up too often in the last hour."""


class TooManyAlerts(Exception):
    """The mailbox already has the most confirmed alerts allowed."""


# Sign-up and confirmation ---------------------------------------------------------------------


def _may_email(address: str) -> bool:
    """Count one email to this mailbox; False once it had its day's share (sign-ups and new
    manage links alike), so nobody can make the site write to a stranger often."""
    return limits.allow("alert-email-mailbox", address, limit=EMAILS_PER_ADDRESS, per=DAY)


def _locked_mailbox(address: str) -> Mailbox:
    """The mailbox's row, locked until the transaction ends: its alerts are counted and
    changed by one request at a time (on PostgreSQL; SQLite writes one transaction at a
    time anyway)."""
    mailbox, _ = Mailbox.objects.get_or_create(address=address)
    return Mailbox.objects.select_for_update().get(pk=mailbox.pk)


def subscribe(
    *, email: str, frequency: str, query: JobQuery, client: str, language: str = "en"
) -> None:
    """Ask for an alert. Raises TooManySignUps for a client over its limit; otherwise the
    answer is always "check your email", and the email says what happened, in ``language``
    (the one the person used to ask, which their alert's emails use from then on). Over the
    mailbox's daily share of emails, nothing is stored or sent."""
    if not limits.allow("alert-sign-up-client", client, limit=SIGN_UPS_PER_CLIENT):
        raise TooManySignUps
    email = email.strip().lower()
    address = normalise_address(email)
    if not _may_email(address):
        logger.info("alert sign-up over the mailbox's daily emails")
        return
    search = canonical_params(query)  # as the /jobs/ URL gives it; a digest sorts newest first
    with transaction.atomic():
        mailbox = _locked_mailbox(address)
        alert = mailbox.alerts.filter(query=search).first()
        if alert is not None and alert.confirmed_at is not None:
            alert.language = language
            alert.save(update_fields=["language"])
            transaction.on_commit(lambda: emails.queue("already_subscribed", alert.pk))
            return
        if alert is None:
            # Only confirmed alerts count: a stranger's unconfirmed ones cannot fill the cap.
            if mailbox.alerts.confirmed().count() >= MAX_ALERTS_PER_ADDRESS:
                pk = mailbox.pk
                transaction.on_commit(
                    lambda: emails.queue_to_mailbox("too_many", pk, email, language)
                )
                return
            alert = Alert.objects.create(
                mailbox=mailbox, email=email, query=search, frequency=frequency, language=language
            )
        else:  # asked again before confirming: the latest choices count
            alert.email, alert.frequency, alert.language = email, frequency, language
            alert.save(update_fields=["email", "frequency", "language"])
        pk = alert.pk
        transaction.on_commit(lambda: emails.queue("confirm", pk))


def confirm(*, alert: Alert) -> Alert:
    """Start an alert (confirming it again changes nothing). Its first digest lists jobs that
    became visible after this moment. Raises TooManyAlerts when its mailbox already has the
    most confirmed alerts allowed (counted under the mailbox's lock, so two confirmations at
    once cannot both pass)."""
    with transaction.atomic():
        Mailbox.objects.select_for_update().get(pk=alert.mailbox_id)
        alert.refresh_from_db()
        if alert.confirmed_at is not None:
            return alert
        if alert.mailbox.alerts.confirmed().count() >= MAX_ALERTS_PER_ADDRESS:
            raise TooManyAlerts
        now = timezone.now()
        alert.confirmed_at = alert.matched_through = now
        alert.expires_at = now + LIFETIME
        alert.save(update_fields=["confirmed_at", "matched_through", "expires_at"])
        searches = {alert.key: alert.job_query()}
        transaction.on_commit(lambda: save_searches(searches))
    return alert


def send_manage_link(*, mailbox: Mailbox, language: str = "en") -> None:
    """Email the mailbox a fresh link to manage its alerts (in place of an expired one),
    within its daily share of emails; nothing for a mailbox without alerts."""
    email = mailbox.reply_address()
    if email is None or not _may_email(mailbox.address):
        return
    pk = mailbox.pk
    transaction.on_commit(lambda: emails.queue_to_mailbox("manage_link", pk, email, language))


def change_frequency(*, alert: Alert, frequency: str) -> None:
    """Send the alert daily or weekly from now on."""
    with transaction.atomic():
        alert.frequency = frequency
        alert.save(update_fields=["frequency"])


def renew(*, alert: Alert) -> Alert:
    """Keep an alert for another year from today."""
    with transaction.atomic():
        alert.expires_at = timezone.now() + LIFETIME
        alert.save(update_fields=["expires_at"])
    return alert


def delete(*, alert: Alert) -> None:
    """End an alert, and forget its search when nobody else follows it."""
    with transaction.atomic():
        key, query = alert.key, alert.query
        alert.delete()
        if not Alert.objects.confirmed().filter(query=query).exists():  # nobody else follows it
            transaction.on_commit(lambda: forget_searches([key]))


def saved_searches() -> dict[str, JobQuery]:
    """Every live alert's search, once each, for the saved-searches index (search_index
    rebuild)."""
    return {alert.key: alert.job_query() for alert in Alert.objects.live().order_by("query")}


def clean_up(*, now: datetime) -> int:
    """Delete alerts never confirmed within 7 days and alerts past their expiry, in one
    transaction; the searches nobody follows any more are forgotten once it commits."""
    with transaction.atomic():
        stale = Alert.objects.filter(
            confirmed_at__isnull=True, created_at__lt=now - UNCONFIRMED_FOR
        )
        expired = Alert.objects.filter(expires_at__lte=now)
        queries = set(expired.values_list("query", flat=True))
        count = stale.delete()[0] + expired.delete()[0]
        followed = set(
            Alert.objects.confirmed().filter(query__in=queries).values_list("query", flat=True)
        )
        keys = [Alert(query=query).key for query in queries - followed]
        if keys:
            transaction.on_commit(lambda: forget_searches(keys))
    return count


# Digests ----------------------------------------------------------------------------------------


@dataclass
class Report:
    alerts: int = 0  # due alerts considered
    emails: int = 0  # digests sent
    jobs: int = 0  # jobs listed in them
    failed: int = 0  # digests that could not be sent (tried again next run)
    backend: str = ""

    def as_json(self) -> dict[str, int]:
        return {"alerts": self.alerts, "emails": self.emails, "jobs": self.jobs}


def _is_due(alert: Alert, now: datetime) -> bool:
    """Never sent, or its period has passed since the last digest."""
    return alert.last_sent_at is None or alert.last_sent_at <= now - PERIOD[alert.frequency] + SLACK


def send_digests(
    *, frequency: str | None = None, now: datetime | None = None, connection=None
) -> Report:
    """Send every due alert its digest of new matching jobs (none when nothing matched), then
    move its position to now. One run at a time: a second run while one holds the lock does
    nothing. The run itself holds no transaction open while it sends: the lock and the
    clean-up take short transactions of their own, and each claim and position is one
    statement (atomic alone), recorded right after its email."""
    holder = uuid.uuid4().hex
    if not _take_lock(holder):
        logger.warning("send_alerts is already running; this run does nothing")
        return Report()
    try:
        # One mail connection for the run (an SMTP session is reused across digests).
        with connection or get_connection() as mailer:
            return _send_digests(frequency, now or timezone.now(), mailer)
    finally:
        RunLock.objects.filter(name=LOCK, holder=holder).update(holder="", held_until=None)


def _take_lock(holder: str) -> bool:
    """Hold the digests' lock row for LOCK_FOR, unless another run holds it. A database row,
    not a cache entry: no eviction, cull or cache flush can free it early. Taken in a short
    transaction of its own (the row is locked while it is read and written), so the run itself
    holds no transaction open while it sends."""
    with transaction.atomic():
        RunLock.objects.get_or_create(name=LOCK)
        lock = RunLock.objects.select_for_update().get(name=LOCK)
        # The wall clock, not the run's ``now``: a run for a past moment still excludes others.
        moment = timezone.now()
        if lock.holder and lock.held_until and lock.held_until > moment:
            return False
        lock.holder, lock.held_until = holder, moment + LOCK_FOR
        lock.save(update_fields=["holder", "held_until"])
    return True


def _send_digests(frequency: str | None, now: datetime, mailer) -> Report:
    clean_up(now=now)
    alerts = Alert.objects.live(now)
    if frequency:
        alerts = alerts.filter(frequency=frequency)
    due = [alert for alert in alerts if _is_due(alert, now)]
    report = Report(alerts=len(due))
    if not due:
        return report
    since = min(alert.matched_through for alert in due)
    became_visible = dict(
        Job.objects.visible()
        .filter(visible_since__gt=since, visible_since__lte=now)
        .values_list("pk", "visible_since")
    )
    jobs = emails.JobFragments(set(became_visible)) if became_visible else None
    checked: list[int] = []  # alerts with nothing new: positions moved together at the end
    # Alerts following the same search share its match; searches are matched in chunks, so
    # memory stays flat however many alerts there are.
    by_search: dict[str, list[Alert]] = defaultdict(list)
    for alert in due:
        by_search[alert.key].append(alert)
    keys = list(by_search)
    for start in range(0, len(keys), SEARCHES_PER_CHUNK):
        chunk = keys[start : start + SEARCHES_PER_CHUNK]
        matches: dict[str, set[int]] = {}
        if became_visible:
            searches = {key: by_search[key][0].job_query() for key in chunk}
            matches, report.backend = match_saved_searches(searches, became_visible)
        for alert in (alert for key in chunk for alert in by_search[key]):
            new = [
                pk
                for pk in matches.get(alert.key, ())
                if became_visible[pk] > alert.matched_through
            ]
            if not new:
                checked.append(alert.pk)
                continue
            if not _claim(alert, now):
                continue  # another run sent this period's digest already
            message = emails.digest(alert, jobs.newest(new, alert.language), len(new))
            message.connection = mailer
            if not _send_with_retries(message, alert):
                # Released with its position unmoved: the next run tries these jobs again.
                Alert.objects.filter(pk=alert.pk).update(last_sent_at=alert.last_sent_at)
                report.failed += 1
                continue
            report.emails += 1
            report.jobs += len(new)
            # Recorded right after its send, so a crash later in the run never sends it twice.
            Alert.objects.filter(pk=alert.pk).update(matched_through=now)
    for start in range(0, len(checked), 500):
        Alert.objects.filter(pk__in=checked[start : start + 500]).update(matched_through=now)
    return report


def _claim(alert: Alert, now: datetime) -> bool:
    """Take this period's digest of the alert before sending it: ``last_sent_at`` moves to now
    only if it is still what this run read, so of two runs (were the lock ever lost) exactly
    one sends it. A crash after the claim delays those jobs to the next period, never sends
    them twice; the position (``matched_through``) moves only after the send."""
    return bool(
        Alert.objects.filter(pk=alert.pk, last_sent_at=alert.last_sent_at).update(last_sent_at=now)
        if alert.last_sent_at is not None
        else Alert.objects.filter(pk=alert.pk, last_sent_at__isnull=True).update(last_sent_at=now)
    )


def _send_with_retries(message, alert: Alert) -> bool:
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            message.send()
            return True
        except Exception as exc:  # SMTP errors come in many classes; each is worth a retry
            logger.warning(
                "alert digest not sent",
                extra={"alert": alert.pk, "attempt": attempt, "error": str(exc)},
            )
            if attempt < SEND_ATTEMPTS:
                _close_quietly(message.connection)  # the next attempt opens a fresh session
                time.sleep(0.5 * attempt)
    return False


def _close_quietly(connection) -> None:
    try:
        connection.close()
    except Exception:  # a broken SMTP session may fail to close too; a new one follows
        logger.debug("mail connection not closed cleanly", exc_info=True)
