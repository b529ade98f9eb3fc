"""#27 L8: a URL's password is never shown. A mistyped ``SEARCH_URL`` or ``CACHE_URL`` is
refused at start-up with the URL as ``user:***@host``, and Django's error page (and error email)
shows URLs with credentials the same way, in settings, the request's META (where runserver
copies the environment) and the variables of each frame."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings
from django.views.debug import ExceptionReporter, get_default_exception_reporter_filter

from config.debug import CredentialsFilter
from config.settings.env import caches_from_env, mask_credentials, masked_url
from config.settings.search import search_settings_from_env

SECRET = "s3cret-Pa55"
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://user:s3cret@cache:6379/0", "redis://user:***@cache:6379/0"),
        ("redis://:s3cret@cache:6379", "redis://:***@cache:6379"),
        ("unix://:s3cret@/run/redis.sock?db=0", "unix://:***@/run/redis.sock?db=0"),
        ("https://TOKEN@search.example", "https://***@search.example"),
        ("elastic:s3cret@search.example:9200", "elastic:***@search.example:9200"),
        ("http://user:s3c@r/t@search.example", "http://user:***@search.example"),
        (
            "http://a:s3cret@node1:9200,http://b:s3cret@node2:9200",
            "http://a:***@node1:9200,http://b:***@node2:9200",
        ),
        ("redis://user:s3c,ret@cache", "redis://user:***@cache"),
        ("http://node1:9200", "http://node1:9200"),
        ("", ""),
    ],
)
def test_masked_url_hides_the_password_and_keeps_the_rest(url, shown):
    assert masked_url(url) == shown


def test_free_text_is_masked_only_where_a_url_has_credentials():
    text = "SEARCH_URL='http://elastic:s3cret@node:9200' failed (see redis://:pw@cache) for a@b.org"
    assert mask_credentials(text) == (
        "SEARCH_URL='http://elastic:***@node:9200' failed (see redis://:***@cache) for a@b.org"
    )


@pytest.mark.parametrize(
    "url",
    [
        f"elastic:{SECRET}@search.example:9200",  # the scheme forgotten
        f"http://node1:9200,elastic:{SECRET}@node2:9200",
        f"htp://elastic:{SECRET}@search.example:9200",
    ],
)
def test_a_mistyped_search_url_is_refused_without_its_password(url):
    with pytest.raises(ValueError, match="must start with http") as error:
        search_settings_from_env({"SEARCH_URL": url})
    assert SECRET not in str(error.value)
    assert "elastic:***@" in str(error.value)


@pytest.mark.parametrize(
    "url", [f"http://default:{SECRET}@cache:6379/0", f"default:{SECRET}@cache:6379"]
)
def test_a_mistyped_cache_url_is_refused_without_its_password(url):
    with pytest.raises(ValueError, match="must be a redis://") as error:
        caches_from_env(url)
    assert SECRET not in str(error.value)
    assert "default:***@cache:6379" in str(error.value)


@pytest.mark.parametrize(
    "variable",
    [
        ("SEARCH_URL", f"elastic:{SECRET}@search.example:9200"),
        ("CACHE_URL", f"http://default:{SECRET}@cache:6379/0"),
    ],
    ids=["SEARCH_URL", "CACHE_URL"],
)
def test_the_start_up_error_does_not_print_the_password(variable, tmp_path):
    """The whole start-up, as a worker would begin it: the error, never the password."""
    name, value = variable
    environment = {
        **{k: v for k, v in os.environ.items() if k not in {"SEARCH_URL", "CACHE_URL"}},
        name: value,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "DJANGO_SECRET_KEY": "x" * 50,
        "PTP_VAR_DIR": str(tmp_path),
    }
    started = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert started.returncode != 0
    assert f"{name}=" in started.stderr
    assert ":***@" in started.stderr
    assert SECRET not in started.stderr + started.stdout


def test_the_project_uses_the_filter():
    assert isinstance(get_default_exception_reporter_filter(), CredentialsFilter)


ENGINE_URL = f"https://elastic:{SECRET}@search.example:9200"
REDIS_URL = f"redis://:{SECRET}@cache.example:6379/0"


def _fail_with_a_url_in_hand():
    url = ENGINE_URL  # noqa: F841 - shown in the frame's variables
    config = {"URL": ENGINE_URL, "NODES": [REDIS_URL]}  # noqa: F841
    raise ConnectionError("the search engine did not answer")


@override_settings(
    DEBUG=True,
    SEARCH={**settings.SEARCH, "URL": ENGINE_URL},
    WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "search.wagtail_backend", "URLS": [ENGINE_URL]}},
    CACHES={
        **settings.CACHES,
        "sessions": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        },
    },
)
def test_the_debug_page_and_the_error_email_show_no_password():
    request = RequestFactory().get(
        "/jobs/",
        SEARCH_URL=ENGINE_URL,
        CACHE_URL=REDIS_URL,
        DATABASE_URL=f"postgres://ptp:{SECRET}@db.example:5432/ptp",
    )
    try:
        _fail_with_a_url_in_hand()
    except ConnectionError:
        reporter = ExceptionReporter(request, *sys.exc_info())
    page = reporter.get_traceback_html()
    email = reporter.get_traceback_text()
    for shown in (page, email):
        assert SECRET not in shown
        assert "elastic:***@search.example:9200" in shown
    assert ":***@cache.example:6379/0" in page
    assert "ptp:***@db.example:5432" in page


def test_settings_keep_their_shape_and_hide_secrets_by_name_as_before():
    reporter_filter = CredentialsFilter()
    assert reporter_filter.cleanse_setting("SEARCH", {"URL": ENGINE_URL, "SHARDS": 1}) == {
        "URL": "https://elastic:***@search.example:9200",
        "SHARDS": 1,
    }
    assert reporter_filter.cleanse_setting("URLS", [ENGINE_URL]) == [
        "https://elastic:***@search.example:9200"
    ]
    assert reporter_filter.cleanse_setting("EMAIL_HOST_PASSWORD", SECRET) == (
        reporter_filter.cleansed_substitute
    )
    assert reporter_filter.cleanse_setting("LOGIN_URL", "/employers/login/") == "/employers/login/"
