"""The site's languages: which page is the same page in another language, and the visitor's
choice of language (a cookie), remembered across visits.

English pages stay at their paths; the pages of ``i18n_patterns`` in ``config/urls.py`` also
exist under each other language's prefix (``/es/jobs/``). A page outside them has no
alternates, so it shows no language switcher."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation


@dataclass(frozen=True)
class Alternate:
    """The page in one language: its code, its name in that language and its URL."""

    code: str
    name: str
    url: str
    current: bool


def alternates(request: HttpRequest) -> list[Alternate]:
    """The current page in every language, or [] when it exists in one only. Called while the
    page's own language is active (``LocaleMiddleware``), as ``translate_url`` needs."""
    path = request.get_full_path()
    urls = {code: translate_url(path, code) for code, _ in settings.LANGUAGES}
    if len(set(urls.values())) < len(urls):
        return []  # one URL for two languages: a page that is not translated
    current = translation.get_language()
    return [Alternate(code, name, urls[code], code == current) for code, name in settings.LANGUAGES]


def translated(path: str, code: str) -> str:
    """``path`` (with its query) in language ``code``, whatever language is active; the path
    itself when the page has no version in that language."""
    own = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(own):
        return translate_url(path, code)


def remembered(request: HttpRequest) -> str | None:
    """The language the visitor chose before, if it is one of the site's."""
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return code if code in dict(settings.LANGUAGES) else None


def remember(response, code: str) -> None:
    """Keep the visitor's choice for a year."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 60 * 60,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
