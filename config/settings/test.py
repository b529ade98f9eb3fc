"""Cheap, strict settings for the test suite: fast hashing, local caches, immediate tasks,
and index names that can never touch a production index."""

import os

from config.settings.base import *  # noqa: F403
from config.settings.base import SEARCH

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The shared caches on the real database cache (its table is made by the migration), like
# production.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "ptp_cache",
        "KEY_PREFIX": "shared",
    },
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Tasks run at once here, and most tests change the results: the insights' tests that need the
# refresh on a change turn it on; the others find figures refreshed when a request asks.
INSIGHTS_REFRESH_ON_CHANGE = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
INGEST_SEED_SOURCES_ENABLED = False
SEARCH_LABEL_CACHE_SECONDS = 0
# Tests choose their search backend explicitly; the environment never leaks in.
SEARCH = {**SEARCH, "URL": "", "ENGINE": "", "INDEX_PREFIX": "test_"}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["null"], "level": "WARNING"},
}
# A file-backed test database, so the live server thread used by browser tests has its own
# connection and sees exactly what the test committed (as in production). One file per test
# process, so two runs in one checkout (a developer's and an editor's, say) never share it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(VAR_DIR / f"test-db-{os.getpid()}.sqlite3")  # noqa: F405
    }
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
CMS_OPENINGS_CACHE_SECONDS = 0
