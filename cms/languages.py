"""Pages in other languages: each language has its own page tree (Wagtail's localisation), a
translation sharing its English page's ``translation_key``. These answer "this page in language
X" for the switcher and the hreflang links, and "this page in the reader's language" for menus
and lists, falling back to the page itself where no translation is live."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from django.http import Http404, HttpRequest
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Locale, Page, Site

SERVE = "wagtail_serve"


def is_page_path(path: str) -> bool:
    """Whether ``path`` (in the active language) is served by Wagtail's page tree."""
    try:
        return resolve(urlsplit(path).path).url_name == SERVE
    except Resolver404:
        return False


def page_at(request: HttpRequest, path: str) -> Page | None:
    """The live page ``path`` shows in the active language's tree, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        match = resolve(urlsplit(path).path)
        if match.url_name != SERVE:
            return None
        components = [part for part in match.args[0].split("/") if part] if match.args else []
        return site.root_page.localized.specific.route(request, components).page
    except (Resolver404, Http404):
        return None


def translation_url(page: Page, code: str, request: HttpRequest | None = None) -> str | None:
    """The URL of ``page``'s live translation into ``code`` (the page's own URL for its own
    language), or None when there is none."""
    if page.locale.language_code == code:
        return page.get_url(request)
    other = (
        page.get_translations()
        .filter(locale__language_code=code)
        .live()
        .public()
        .only("id", "url_path", "locale_id", "depth", "path")
        .first()
    )
    return other.get_url(request) if other is not None else None


def in_active_language(pages: Iterable[Page]) -> list[Page]:
    """Each page replaced by its live translation into the active language, when it has one;
    the rest stay as they are (the template marks their language)."""
    pages = list(pages)
    locale = Locale.get_active()
    keys = [page.translation_key for page in pages if page.locale_id != locale.pk]
    if not keys:
        return pages
    found = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=keys, locale=locale)
        .live()
        .public()
        .specific()
    }
    return [found.get(page.translation_key, page) for page in pages]


def one_version_each(pages: Iterable[Page]) -> list[Page]:
    """One version of each page among ``pages`` (in any languages), in their order: the one in
    the active language, else the one in the default language, else the first met."""
    active, default = Locale.get_active().pk, Locale.get_default().pk
    chosen: dict = {}
    for page in pages:
        best = chosen.get(page.translation_key)
        if best is None or _rank(page, active, default) < _rank(best, active, default):
            chosen[page.translation_key] = page
    return list(chosen.values())


def _rank(page: Page, active: int, default: int) -> int:
    return 0 if page.locale_id == active else 1 if page.locale_id == default else 2


def other_language(page: Page) -> str:
    """The page's language code when it is not the active language, else ''."""
    code = page.locale.language_code
    return "" if code == translation.get_language() else code
