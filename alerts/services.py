"""Every change to an alert, and the digests (docs/architecture.md, "Job alerts").

Sign-up answers the same whatever the address's state (no address enumeration): the email
says what happened. Digests list the jobs that became visible since the alert's position and
match its search; the engine's percolator (or each search on the database) decides "matches",
through ``search.service.match_saved_searches``. An email is sent first and the position
recorded after, so a failed send is tried again by the next run and a job is never skipped;
one run at a time holds a lock in the shared cache, so none is sent twice."""

from __future__ import annotations

import logging
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.core.cache import caches
from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from alerts import emails
from alerts.models import Alert, Frequency
from jobboard import limits
from jobboard.models import Job
from search.query import DEFAULT_PAGE_SIZE, JobQuery
from search.service import forget_searches, match_saved_searches, save_searches

logger = logging.getLogger(__name__)

MAX_ALERTS_PER_ADDRESS = 10
SIGN_UPS_PER_ADDRESS = 5  # an hour, per email address
SIGN_UPS_PER_CLIENT = 20  # an hour, per client address
UNCONFIRMED_FOR = timedelta(days=7)
LIFETIME = timedelta(days=365)
PERIOD = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(days=7)}
SLACK = timedelta(hours=1)  # a daily run at 7:02 still sends what 7:00 yesterday sent
SEND_ATTEMPTS = 3
LOCK = "alerts:send-digests"
SEARCHES_PER_CHUNK = 2000


class TooManySignUps(Exception):
    """This client signed up too often in the last hour."""


def canonical(query: JobQuery) -> str:
    """The search as an alert keeps it: the /jobs/ URL's parameters without page, page size or
    sort (a digest lists new jobs, newest first)."""
    plain = query.with_changes(page=1, page_size=DEFAULT_PAGE_SIZE, sort="relevance")
    return urlencode(plain.to_params(page=False))


# Sign-up and confirmation ---------------------------------------------------------------------


def subscribe(
    *, email: str, frequency: str, query: JobQuery, client: str, language: str = "en"
) -> None:
    """Ask for an alert. Raises TooManySignUps for a client over its limit; otherwise the
    answer is always "check your email", and the email says what happened, in ``language``
    (the one the person used to ask, which their alert's emails use from then on)."""
    if not limits.allow("alert-sign-up-client", client, limit=SIGN_UPS_PER_CLIENT):
        raise TooManySignUps
    email = email.strip().lower()
    if not limits.allow("alert-sign-up-email", email, limit=SIGN_UPS_PER_ADDRESS):
        logger.info("alert sign-up over the address limit")
        return
    search = canonical(query)
    with transaction.atomic():
        alert = Alert.objects.select_for_update().filter(email=email, query=search).first()
        if alert is not None and alert.confirmed_at is not None:
            alert.language = language
            alert.save(update_fields=["language"])
            transaction.on_commit(lambda: emails.queue("already_subscribed", alert.pk))
            return
        if alert is None:
            if Alert.objects.filter(email=email).count() >= MAX_ALERTS_PER_ADDRESS:
                transaction.on_commit(lambda: emails.queue_to_address("too_many", email, language))
                return
            alert = Alert.objects.create(
                email=email, query=search, frequency=frequency, language=language
            )
        else:  # asked again before confirming: the latest choices count
            alert.frequency = frequency
            alert.language = language
            alert.save(update_fields=["frequency", "language"])
        pk = alert.pk
        transaction.on_commit(lambda: emails.queue("confirm", pk))


def confirm(alert: Alert) -> Alert:
    """Start an alert (a second click on the link changes nothing). Its first digest lists
    jobs that became visible after this moment."""
    if alert.confirmed_at is None:
        now = timezone.now()
        alert.confirmed_at = alert.matched_through = now
        alert.expires_at = now + LIFETIME
        alert.save(update_fields=["confirmed_at", "matched_through", "expires_at"])
        searches = {alert.key: alert.job_query()}
        transaction.on_commit(lambda: save_searches(searches))
    return alert


def change_frequency(alert: Alert, frequency: str) -> None:
    alert.frequency = frequency
    alert.save(update_fields=["frequency"])


def renew(alert: Alert) -> Alert:
    """Keep an alert for another year from today."""
    alert.expires_at = timezone.now() + LIFETIME
    alert.save(update_fields=["expires_at"])
    return alert


def delete(alert: Alert) -> None:
    key, query = alert.key, alert.query
    alert.delete()
    if not Alert.objects.confirmed().filter(query=query).exists():  # nobody else follows it
        transaction.on_commit(lambda: forget_searches([key]))


def saved_searches() -> dict[str, JobQuery]:
    """Every live alert's search, once each, for the saved-searches index (search_index
    rebuild)."""
    return {alert.key: alert.job_query() for alert in Alert.objects.live().order_by("query")}


def clean_up(now: datetime) -> int:
    """Delete alerts never confirmed within 7 days and alerts past their expiry."""
    stale = Alert.objects.filter(confirmed_at__isnull=True, created_at__lt=now - UNCONFIRMED_FOR)
    expired = Alert.objects.filter(expires_at__lte=now)
    queries = set(expired.values_list("query", flat=True))
    count = stale.delete()[0] + expired.delete()[0]
    followed = set(
        Alert.objects.confirmed().filter(query__in=queries).values_list("query", flat=True)
    )
    keys = [Alert(query=query).key for query in queries - followed]
    if keys:
        forget_searches(keys)
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


def is_due(alert: Alert, now: datetime) -> bool:
    """Never sent, or its period has passed since the last digest."""
    return alert.last_sent_at is None or alert.last_sent_at <= now - PERIOD[alert.frequency] + SLACK


def send_digests(
    *, frequency: str | None = None, now: datetime | None = None, connection=None
) -> Report:
    """Send every due alert its digest of new matching jobs (none when nothing matched), then
    move its position to now. One run at a time: a second run while one holds the lock does
    nothing."""
    lock = caches["limits"]
    token = uuid.uuid4().hex
    if not lock.add(LOCK, token, timeout=3600):
        logger.warning("send_alerts is already running; this run does nothing")
        return Report()
    try:
        # One mail connection for the run (an SMTP session is reused across digests).
        with connection or get_connection() as mailer:
            return _send_digests(frequency, now or timezone.now(), mailer)
    finally:
        if lock.get(LOCK) == token:
            lock.delete(LOCK)


def _send_digests(frequency: str | None, now: datetime, mailer) -> Report:
    clean_up(now)
    alerts = Alert.objects.live(now)
    if frequency:
        alerts = alerts.filter(frequency=frequency)
    due = [alert for alert in alerts if is_due(alert, now)]
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
            message = emails.digest(alert, jobs.newest(new, alert.language), len(new))
            message.connection = mailer
            if not _send_with_retries(message, alert):
                report.failed += 1
                continue  # the position stays: the next run tries these jobs again
            report.emails += 1
            report.jobs += len(new)
            # Recorded right after its send, so a crash later in the run never sends it twice.
            Alert.objects.filter(pk=alert.pk).update(matched_through=now, last_sent_at=now)
    for start in range(0, len(checked), 500):
        Alert.objects.filter(pk__in=checked[start : start + 500]).update(matched_through=now)
    return report


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
