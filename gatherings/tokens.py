"""The signed link to a registration (no token table): it signs the registration's id, never
an address, with a salt of its own, so no other signed value of the site can stand for it. It
works until the registration is gone (purged after the event)."""

from __future__ import annotations

from django.core import signing

SALT = "gatherings.registration"
SURVEY = "gatherings.survey"  # a follow-up survey's link signs the survey's id


def make(registration_id: int, salt: str = SALT) -> str:
    return signing.dumps(registration_id, salt=salt, compress=False)


def read(token: str, salt: str = SALT) -> int | None:
    """The signed id, or None for a forged token or one of another kind."""
    try:
        value = signing.loads(token, salt=salt)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
