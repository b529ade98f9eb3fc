"""What Django's error pages and error emails show (``DEFAULT_EXCEPTION_REPORTER_FILTER``).

Django hides settings whose names say they are secret (``*PASSWORD*``, ``*KEY*``...), but a URL
carries its password in its value: ``SEARCH["URL"]``, the caches' ``LOCATION``, Wagtail's search
``URLS``, and, where runserver copies the environment into the request's META, ``SEARCH_URL``,
``CACHE_URL`` and ``DATABASE_URL`` themselves. This filter shows each such URL as
``user:***@host`` (#27 L8), in settings, META, cookies and the variables of each frame."""

from __future__ import annotations

from typing import Any

from django.views.debug import SafeExceptionReporterFilter

from config.settings.env import mask_credentials


class CredentialsFilter(SafeExceptionReporterFilter):
    def cleanse_setting(self, key: Any, value: Any) -> Any:
        # Django's own recursion into dicts, lists and tuples calls this method for each item.
        cleansed = super().cleanse_setting(key, value)
        return mask_credentials(cleansed) if isinstance(cleansed, str) else cleansed

    def cleanse_special_types(self, request: Any, value: Any) -> Any:
        value = super().cleanse_special_types(request, value)
        if isinstance(value, str):
            return mask_credentials(value)
        if type(value) in (dict, list, tuple):  # settings.SEARCH and the like, held in a variable
            return self.cleanse_setting("", value)
        return value
