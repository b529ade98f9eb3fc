"""The features' emails, built one way: a plain-text part and a simple HTML part from a pair
of templates, the site's address in their context, and for mail people can leave, the
one-click unsubscribe headers of RFC 8058 (alerts' digests, the personal list's reminders)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def site_url() -> str:
    """The site's address without a trailing slash, for absolute links in emails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def unsubscribe_headers(url: str) -> dict[str, str]:
    """The headers that let a mail client unsubscribe with one click (RFC 8058): its POST to
    ``url`` needs no CSRF token, so the view behind it must accept one without."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def message(
    subject: str, to: str, template: str, context: dict, *, sender: str, headers=None
) -> EmailMultiAlternatives:
    """An email rendered from ``template``.txt and ``template``.html (a template path without
    its extension), in the active language."""
    context = {**context, "site_url": site_url()}
    email = EmailMultiAlternatives(
        subject,
        render_to_string(f"{template}.txt", context),
        sender,
        [to],
        headers=headers or {},
    )
    email.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return email
