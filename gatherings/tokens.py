"""The signed link to a registration (no token table): it signs the registration's id, never
an address, with a salt of its own, so no other signed value of the site can stand for it. It
works until the registration is gone (purged after the event)."""

from __future__ import annotations

from django.core import signing

SALT = "gatherings.registration"


def make(registration_id: int) -> str:
    return signing.dumps(registration_id, salt=SALT, compress=False)


def read(token: str) -> int | None:
    """The registration's id, or None for a forged token."""
    try:
        value = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
