"""The site's languages: which page is the same page in another language, and the visitor's
choice of language (a cookie), remembered across visits.

English pages stay at their paths; the views of ``i18n_patterns`` in ``config/urls.py`` also
exist under each other language's prefix (``/es/jobs/``), and a Wagtail page exists in the
languages it has a live translation in (``/es/guides/...``). A page in one language only has
no alternates, so it shows no language switcher."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from cms import languages as cms_languages


@dataclass(frozen=True)
class Alternate:
    """The page in one language: its code, its name in that language and its URL."""

    code: str
    name: str
    url: str
    current: bool


# Layers of percent-encoding undone before judging an address; one that still changes after
# these is refused (no page of the site is addressed like that).
_MAX_UNQUOTING = 4


def is_site_path(url: str) -> bool:
    r"""Whether ``url`` is a path on this site, safe for a language redirect to send a browser
    to: it starts with one ``/``, and neither it nor any decoding of its percent-encoding
    (``%2F%2F``, ``%252F%252F``, ...) names a scheme or another host, starts with ``//``,
    holds a backslash (browsers read ``/\host`` as ``//host``) or control characters (they
    drop tabs and newlines, so ``/\t/host`` is ``//host``). Every language redirect (the
    switcher, the remembered choice, a 404's English page) and every link between languages
    asks this of its target."""
    forms = [url]
    while len(forms) <= _MAX_UNQUOTING:
        decoded = unquote(forms[-1])
        if decoded == forms[-1]:
            return all(_is_plain_path(form) for form in forms)
        forms.append(decoded)
    return False


def _is_plain_path(url: str) -> bool:
    """Whether ``url``, taken literally, is an absolute path with no host or scheme."""
    return (
        url.startswith("/")
        and not url.startswith("//")
        and "\\" not in url.split("?", 1)[0]
        and not any(unicodedata.category(char) == "Cc" for char in url)
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    )


def alternates(request: HttpRequest) -> list[Alternate]:
    """The current page in every language it exists in, or [] when it exists in one only.
    Called while the page's own language is active (``LocaleMiddleware``); kept on the request,
    since the head, the switcher and the middleware all ask."""
    if not hasattr(request, "_page_alternates"):
        urls = _versions(request, request.get_full_path())
        current = translation.get_language()
        request._page_alternates = (
            [
                Alternate(code, name, urls[code], code == current)
                for code, name in settings.LANGUAGES
                if urls.get(code)
            ]
            if sum(1 for url in urls.values() if url) > 1
            else []
        )
    return request._page_alternates


def translated(request: HttpRequest, path: str, code: str) -> str:
    """``path`` (with its query) in language ``code``, whatever language is active; the path
    itself when the page has no version in that language."""
    own = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(own):
        return _versions(request, path).get(code) or path


def _versions(request: HttpRequest, path: str) -> dict[str, str | None]:
    """The page at ``path`` (in the active language) in each language: a Wagtail page's live
    translations (their own slugs), or the same view under each language's prefix; a view
    outside ``i18n_patterns`` gets one URL for every language, that is no versions, and so
    does an address that is not a path of this site (``//host/jobs/``)."""
    if not is_site_path(path):
        return {}
    if not cms_languages.is_page_path(path):
        urls = {code: translate_url(path, code) for code, _ in settings.LANGUAGES}
        if len(set(urls.values())) < len(urls) or not all(map(is_site_path, urls.values())):
            return {}
        return urls
    page = cms_languages.page_at(request, path)
    if page is None:
        return {}
    query = urlsplit(path).query
    versions = {}
    for code, _ in settings.LANGUAGES:
        url = cms_languages.translation_url(page, code, request)
        versions[code] = f"{url}?{query}" if url and query else url
    return versions


def untranslated_original(request: HttpRequest) -> str | None:
    """For an address in another language with no page at it, the default language's page at
    the same path, when that is a live page (a guide not translated yet); else None."""
    code = translation.get_language_from_path(request.path_info)
    if not code or code == settings.LANGUAGE_CODE:
        return None
    path = request.get_full_path()
    original = translate_url(path, settings.LANGUAGE_CODE)
    if original == path:
        return None
    if not is_site_path(original):
        return None
    with translation.override(settings.LANGUAGE_CODE):
        return original if cms_languages.page_at(request, original) is not None else None


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
