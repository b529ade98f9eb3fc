"""Middleware of the project shell."""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


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
