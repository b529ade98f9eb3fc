"""Signed values for links sent by email (no token table): the features' links (alerts'
confirm and manage links, the personal list's sign-in and unsubscribe links) sign ids, never an
address, each kind under its own salt so one kind cannot stand for another, and carry the time
they were made so a reader can refuse an old one."""

from __future__ import annotations

from typing import Any

from django.core import signing


def make(kind: str, value: Any) -> str:
    """A URL-safe token of ``value`` for links of this ``kind``."""
    return signing.dumps(value, salt=kind, compress=False)


def read(kind: str, token: str, *, max_age: int | None = None) -> Any:
    """The signed value, or None for a token that is forged, of another kind or older than
    ``max_age`` seconds (no limit when None: to offer a fresh link in place of an old one)."""
    try:
        return signing.loads(token, salt=kind, max_age=max_age)
    except signing.BadSignature:
        return None
