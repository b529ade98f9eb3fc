"""Rate limits on what people can make the site do for them: sign in, sign up, reset a
password, submit postings, email the moderators.

Counts live in the ``limits`` cache, which every worker shares (Django's database cache by
default, Redis with ``CACHE_URL``), so a limit holds however many gunicorn workers run. The
client's address is ``REMOTE_ADDR``, which ``config.middleware`` sets from
``X-Forwarded-For`` only behind the number of proxies ``DJANGO_TRUSTED_PROXIES`` names."""

from __future__ import annotations

import hashlib

from django.core.cache import caches
from django.http import HttpRequest

HOUR = 3600
FIFTEEN_MINUTES = 900


def _name(scope: str, key: str) -> str:
    # Hashed: keys hold addresses and emails, and cache keys have a length and charset limit.
    return f"limit:{scope}:{hashlib.sha256(key.lower().encode()).hexdigest()[:40]}"


def count(scope: str, key: str, *, per: int) -> int:
    """Count one event for ``key`` in ``scope``; how many there were in this window of
    ``per`` seconds (the window starts with the first event)."""
    cache = caches["limits"]
    name = _name(scope, key)
    cache.add(name, 0, per)
    try:
        return cache.incr(name)
    except ValueError:  # the window ended between add and incr
        cache.set(name, 1, per)
        return 1


def allow(scope: str, key: str, *, limit: int, per: int = HOUR) -> bool:
    """Count one event; True while no more than ``limit`` happened in the window."""
    return count(scope, key, per=per) <= limit


def exceeded(scope: str, key: str, *, limit: int) -> bool:
    """Whether ``limit`` events were already counted in the current window (counts none)."""
    return (caches["limits"].get(_name(scope, key)) or 0) >= limit


def client_address(request: HttpRequest) -> str:
    """The client's address as the project trusts it (see the module's docstring)."""
    return request.META.get("REMOTE_ADDR") or "unknown"
