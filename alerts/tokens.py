"""Signed links (no token table): confirming an alert, managing a mailbox's alerts, leaving
one alert, and renewing it. Each kind has its own salt, so one cannot stand for another. Links
sign ids, never an address, and carry the time they were made: a manage link works for 30
days (every digest carries a fresh one). Signing and reading are ``jobboard.signed``'s, shared
with the personal list's links."""

from __future__ import annotations

from jobboard.signed import make, read

CONFIRM = "alerts.confirm"
MANAGE = "alerts.manage"
UNSUBSCRIBE = "alerts.unsubscribe"
RENEW = "alerts.renew"
CONFIRM_AGE = 7 * 24 * 3600  # unconfirmed alerts are deleted after 7 days anyway
MANAGE_AGE = 30 * 24 * 3600


__all__ = ["make", "read", "read_expired"]


def read_expired(kind: str, token: str) -> int | str | None:
    """The value of a genuine token of this kind whatever its age (to offer a fresh link in
    place of an expired one), or None for a forged one."""
    return read(kind, token)
