"""Middleware of the project shell."""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers

from config import languages


class TrustedProxyMiddleware:
    """Behind ``DJANGO_TRUSTED_PROXIES`` proxies, the client's address is the entry the
    outermost of them appended to ``X-Forwarded-For``; put it in ``REMOTE_ADDR`` for every
    part of the site (rate limits, logs). With no trusted proxy (the default) the header is
    ignored: anyone can write it, so trusting it would let a client choose its address."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        hops = settings.TRUSTED_PROXIES
        if hops:
            forwarded = [
                entry.strip()
                for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
                if entry.strip()
            ]
            if len(forwarded) >= hops:
                # Not an address: keep the proxy's own.
                with contextlib.suppress(ValueError):
                    request.META["REMOTE_ADDR"] = str(ipaddress.ip_address(forwarded[-hops]))
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Adds ``Permissions-Policy`` (``settings.PERMISSIONS_POLICY``): a job board needs no
    camera, microphone, location or payment, so no page, and nothing injected into one, gets
    them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class RememberedLanguageMiddleware:
    """A visitor who chose another language (the switcher's cookie) and opens a page at its
    English path is sent to the same page in their language, when it has one. Runs after
    ``LocaleMiddleware``; links, bookmarks and crawlers without the cookie get English. It only
    ever sends the visitor to a path of this site (``//host/jobs/`` stays where it is)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = languages.remembered(request)
        if (
            chosen
            and chosen != settings.LANGUAGE_CODE
            and request.method in ("GET", "HEAD")
            and not translation.get_language_from_path(request.path_info)
        ):
            path = request.get_full_path()
            target = languages.translated(request, path, chosen)
            if target != path and languages.is_site_path(target):
                response = HttpResponseRedirect(target)
                patch_vary_headers(response, ["Cookie"])
                return response
        response = self.get_response(request)
        if not translation.get_language_from_path(request.path_info) and self._translated(request):
            patch_vary_headers(response, ["Cookie"])  # the cookie could have redirected it
        return response

    @staticmethod
    def _translated(request: HttpRequest) -> bool:
        """Whether the page exists in other languages (the switcher's own test); the API, the
        admin and the English-only pages do not vary on the cookie."""
        return bool(languages.alternates(request))
