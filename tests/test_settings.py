"""Settings come from the environment, with defaults that make the embedded mode work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from config.settings.env import env_bool, secret_key
from config.settings.search import search_settings_from_env, wagtail_search_backends

PROJECT = Path(__file__).resolve().parent.parent

PRINT_SETTINGS = """
import importlib, json
settings = importlib.import_module("config.settings.base")
print(json.dumps({
    "debug": settings.DEBUG,
    "db_engine": settings.DATABASES["default"]["ENGINE"],
    "db_name": str(settings.DATABASES["default"]["NAME"]),
    "db_host": settings.DATABASES["default"].get("HOST", ""),
    "search": settings.SEARCH,
    "hosts": settings.ALLOWED_HOSTS,
    "secret_key_length": len(settings.SECRET_KEY),
    "wagtail_search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "hsts": [getattr(settings, "SECURE_HSTS_SECONDS", 0),
             getattr(settings, "SECURE_HSTS_INCLUDE_SUBDOMAINS", False)],
}))
"""


def production_settings(tmp_path: Path, **env: str) -> dict:
    """Load config.settings.base in a fresh interpreter with only the given variables."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SEARCH_", "DATABASE_", "PTP_"))
    }
    clean.update(DJANGO_SETTINGS_MODULE="config.settings.base", PTP_VAR_DIR=str(tmp_path), **env)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=PROJECT,
        env=clean,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_embedded_defaults_are_sqlite_in_the_project_folder_and_database_search(tmp_path):
    loaded = production_settings(tmp_path)
    assert loaded["db_engine"] == "django.db.backends.sqlite3"
    assert loaded["db_name"] == str(tmp_path / "db.sqlite3")
    assert loaded["search"]["URL"] == ""
    assert loaded["debug"] is False
    assert "127.0.0.1" in loaded["hosts"]
    assert loaded["secret_key_length"] >= 50


def test_the_generated_secret_key_is_kept_between_runs(tmp_path):
    first = secret_key({}, tmp_path / "secret_key")
    second = secret_key({}, tmp_path / "secret_key")
    assert first == second
    assert secret_key({"DJANGO_SECRET_KEY": "from-env"}, tmp_path / "secret_key") == "from-env"


def test_database_url_selects_postgresql(tmp_path):
    loaded = production_settings(
        tmp_path, DATABASE_URL="postgres://jobs:secret@db.internal:5432/ptp"
    )
    assert loaded["db_engine"] == "django.db.backends.postgresql"
    assert loaded["db_name"] == "ptp"
    assert loaded["db_host"] == "db.internal"


def test_search_url_engine_and_prefix_are_honoured(tmp_path):
    loaded = production_settings(
        tmp_path,
        SEARCH_URL="http://127.0.0.1:9201/",
        SEARCH_ENGINE="elasticsearch",
        SEARCH_INDEX_PREFIX="staging_",
        DJANGO_DEBUG="1",
        DJANGO_ALLOWED_HOSTS="jobs.example.org, www.jobs.example.org",
    )
    assert loaded["search"]["URL"] == "http://127.0.0.1:9201"
    assert loaded["search"]["ENGINE"] == "elasticsearch"
    assert loaded["search"]["INDEX_PREFIX"] == "staging_"
    assert loaded["search"]["COMPRESS"] is False
    assert loaded["debug"] is True
    assert loaded["hosts"] == ["jobs.example.org", "www.jobs.example.org"]


def test_an_unknown_search_engine_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="SEARCH_ENGINE='solr' is not supported"):
        search_settings_from_env({"SEARCH_URL": "http://x:9200", "SEARCH_ENGINE": "solr"})


def test_compression_with_the_cluster_is_a_yes_no_setting():
    assert search_settings_from_env({"SEARCH_HTTP_COMPRESS": "1"})["COMPRESS"] is True
    with pytest.raises(ValueError, match="SEARCH_HTTP_COMPRESS='gzip' is not a yes/no value"):
        search_settings_from_env({"SEARCH_HTTP_COMPRESS": "gzip"})


def test_a_cluster_is_named_by_its_nodes_urls_and_sized_by_shards_and_replicas():
    search = search_settings_from_env(
        {
            "SEARCH_URL": "http://10.0.0.1:9200/, http://10.0.0.2:9200 ,http://10.0.0.3:9200",
            "SEARCH_SHARDS": "3",
            "SEARCH_REPLICAS": "1",
        }
    )
    assert search["URL"] == "http://10.0.0.1:9200,http://10.0.0.2:9200,http://10.0.0.3:9200"
    assert (search["SHARDS"], search["REPLICAS"]) == (3, 1)
    assert wagtail_search_backends(search)["default"]["URLS"] == [
        "http://10.0.0.1:9200",
        "http://10.0.0.2:9200",
        "http://10.0.0.3:9200",
    ]
    defaults = search_settings_from_env({"SEARCH_URL": "http://10.0.0.1:9200"})
    assert (defaults["SHARDS"], defaults["REPLICAS"]) == (1, 0)


@pytest.mark.parametrize(
    ("shards", "replicas"),
    [("0", "0"), ("three", "1"), ("1", "-1")],
    ids=["none", "word", "negative"],
)
def test_a_cluster_size_that_is_not_a_count_is_refused(shards, replicas):
    with pytest.raises(ValueError, match=r"SEARCH_SHARDS=.* and SEARCH_REPLICAS=.* must be whole"):
        search_settings_from_env({"SEARCH_SHARDS": shards, "SEARCH_REPLICAS": replicas})


def test_every_node_of_a_cluster_url_needs_a_scheme():
    with pytest.raises(ValueError, match="SEARCH_URL='node2:9200' must start with http"):
        search_settings_from_env({"SEARCH_URL": "http://node1:9200,node2:9200"})


def test_a_search_url_without_a_scheme_is_refused():
    with pytest.raises(ValueError, match="must start with http"):
        search_settings_from_env({"SEARCH_URL": "localhost:9200"})


def test_yes_no_variables_reject_typos_instead_of_guessing():
    assert env_bool("X", environ={"X": "on"}) is True
    assert env_bool("X", environ={"X": "0"}) is False
    assert env_bool("X", default=True, environ={}) is True
    with pytest.raises(ValueError, match="not a yes/no value"):
        env_bool("X", environ={"X": "maybe"})


def test_logs_are_json_lines_by_default_and_plain_lines_at_a_console():
    import logging

    from config.logging import ConsoleFormatter, JsonFormatter

    record = logging.makeLogRecord(
        {"name": "ingest", "levelname": "WARNING", "msg": "Source failed", "source": "lacounty"}
    )
    assert json.loads(JsonFormatter().format(record))["source"] == "lacounty"
    line = ConsoleFormatter().format(record)
    assert line.endswith("WARNING ingest: Source failed  [source=lacounty]")


def test_an_unknown_log_format_is_refused_with_the_choices():
    from config.settings.env import env_choice

    assert env_choice("LOG_FORMAT", ("json", "console"), environ={}) == "json"
    with pytest.raises(ValueError, match="LOG_FORMAT='xml' is not one of json, console"):
        env_choice("LOG_FORMAT", ("json", "console"), environ={"LOG_FORMAT": "xml"})
