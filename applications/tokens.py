"""The personal list's signed links (``jobboard.signed``): signing in, which signs a person's
id and their count of sign-ins so a link works once and for three days, and leaving the
reminder emails, which signs the id alone and never expires (every reminder carries one)."""

from __future__ import annotations

from jobboard.signed import make, read

SIGN_IN = "applications.sign-in"
UNSUBSCRIBE = "applications.unsubscribe"
SIGN_IN_AGE = 3 * 24 * 3600

__all__ = ["SIGN_IN", "SIGN_IN_AGE", "UNSUBSCRIBE", "make", "read"]
