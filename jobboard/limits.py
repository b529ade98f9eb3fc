"""Rate limits on what people can make the site do for them: sign in, sign up, reset a
password, submit postings, email the moderators, ask for alerts.

Each count lives in a row of its own table (``RateCounter``), which every worker shares, so a
limit holds however many gunicorn workers run; not in a cache, which may evict or cull an
entry to make room for others (a lockout any flood of other keys could lift). A count's window
starts with its first event and lasts its own length, whatever else is stored. Counting is one
transaction that locks the row it increments (``F()`` in the database, never read-then-write),
so concurrent events on PostgreSQL or SQLite never count past a limit.

The client is known by ``REMOTE_ADDR``, which ``config.middleware`` sets from
``X-Forwarded-For`` only behind the number of proxies ``DJANGO_TRUSTED_PROXIES`` names, and is
counted by its IPv4 address or by the /64 network of its IPv6 address."""

from __future__ import annotations

import hashlib
import ipaddress
from datetime import datetime, timedelta

from django.db import models, transaction
from django.db.models import Case, F, Q, Value, When
from django.http import HttpRequest
from django.utils import timezone

from jobboard.models import RateCounter

HOUR = 3600
FIFTEEN_MINUTES = 900
# An IPv6 subscriber is given at least a /64 and may use any address in it at will.
IPV6_CLIENT_PREFIX = 64
# Rows whose window ended that one count deletes on its way.
PURGE_BATCH = 100


def _name(scope: str, key: str) -> str:
    # Hashed: keys hold addresses and emails, which the table need not keep readable.
    return f"{scope}:{hashlib.sha256(key.lower().encode()).hexdigest()[:40]}"


def count(scope: str, key: str, *, per: int) -> int:
    """Count one event for ``key`` in ``scope``; how many there were in this window of
    ``per`` seconds (the window starts with the first event, and a new one with the first
    event after it ended)."""
    name = _name(scope, key)
    now = timezone.now()
    # After the caller's transaction, if any: rows locked for purging then are never held
    # while this or another worker waits for a counter's row, so the two cannot deadlock.
    transaction.on_commit(lambda: _purge(now))
    for _attempt in range(3):
        with transaction.atomic():
            if _increment(name, now, now + timedelta(seconds=per)):
                return RateCounter.objects.values_list("events", flat=True).get(name=name)
        # Another worker purged the row between our insert and our update: insert it again.
    raise RuntimeError(f"The rate limit counter {name} could not be counted.")


def _increment(name: str, now: datetime, window_ends: datetime) -> bool:
    """Add one to the row ``name`` (made when missing, started afresh when its window ended);
    whether the row was there to update. The UPDATE locks the row until the transaction ends,
    so the caller reads back exactly its own count."""
    RateCounter.objects.bulk_create(
        [RateCounter(name=name, events=0, window_ends=window_ends)], ignore_conflicts=True
    )
    ended = Q(window_ends__lte=now)
    return bool(
        RateCounter.objects.filter(name=name).update(
            events=Case(
                When(ended, then=Value(1)),
                default=F("events") + 1,
                output_field=models.PositiveIntegerField(),
            ),
            window_ends=Case(
                When(ended, then=Value(window_ends)),
                default=F("window_ends"),
                output_field=models.DateTimeField(),
            ),
        )
    )


def _purge(now: datetime) -> None:
    """Delete up to ``PURGE_BATCH`` rows whose window ended. Rows another worker holds are
    skipped (PostgreSQL's SKIP LOCKED; SQLite has one writer at a time), so purging never
    waits."""
    with transaction.atomic():
        ended = list(
            RateCounter.objects.filter(window_ends__lte=now)
            .select_for_update(skip_locked=True)
            .values_list("name", flat=True)[:PURGE_BATCH]
        )
        if ended:
            RateCounter.objects.filter(name__in=ended, window_ends__lte=now).delete()


def allow(scope: str, key: str, *, limit: int, per: int = HOUR) -> bool:
    """Count one event; True while no more than ``limit`` happened in the window."""
    return count(scope, key, per=per) <= limit


def exceeded(scope: str, key: str, *, limit: int) -> bool:
    """Whether ``limit`` events were already counted in the current window (counts none)."""
    events = (
        RateCounter.objects.filter(name=_name(scope, key), window_ends__gt=timezone.now())
        .values_list("events", flat=True)
        .first()
    )
    return (events or 0) >= limit


def client_ip(request: HttpRequest) -> str | None:
    """The client's address as the project trusts it (see the module's docstring), or None."""
    return request.META.get("REMOTE_ADDR") or None


def client_address(request: HttpRequest) -> str:
    """The key a client's events are counted under: its IPv4 address (an IPv4-mapped IPv6
    address as the IPv4 one), or the /64 network of its IPv6 address, which one subscriber
    may use whole: counted address by address, it would be 2**64 clients."""
    raw = client_ip(request) or ""
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return raw or "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        network = int(address) >> (128 - IPV6_CLIENT_PREFIX) << (128 - IPV6_CLIENT_PREFIX)
        return str(ipaddress.IPv6Network((network, IPV6_CLIENT_PREFIX)))
    return str(address)


GMAIL_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def normalise_address(email: str) -> str:
    """The mailbox an address reaches, as limits count it: lower case, without a ``+tag``, and
    without the dots a provider ignores (Gmail: ``a.n.a+jobs@googlemail.com`` is
    ``ana@gmail.com``). Limits per address count per mailbox, so spellings cannot multiply
    them (alerts' mailboxes, the personal lists' people)."""
    local, _, domain = email.strip().lower().rpartition("@")
    if not local:  # not an address: counted as given
        return email.strip().lower()
    local = local.split("+", 1)[0] or local
    if domain in GMAIL_DOMAINS:
        domain = GMAIL_DOMAINS[domain]
        local = local.replace(".", "") or local
    return f"{local}@{domain}"
