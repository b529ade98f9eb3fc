"""/healthz reports the real state of the database and the search engine, and nothing else:
it is public, so it never names a host, a URL, a credential or an error."""

import base64
import json
import logging

import pytest

pytestmark = pytest.mark.django_db

OPENSEARCH_ROOT = {
    "name": "node-1",
    "cluster_name": "ptp",
    "version": {"distribution": "opensearch", "number": "3.8.0"},
    "tagline": "The OpenSearch Project: https://opensearch.org/",
}


def test_healthz_on_the_embedded_default(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search": "off", "backend": "database"}


@pytest.mark.search_engine
def test_healthz_with_the_search_engine_up(client, search_engine_settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search": "ok", "backend": "opensearch"}


def test_healthz_with_the_search_engine_down_is_degraded_and_says_why_only_in_the_log(
    client, settings, closed_port_url, caplog
):
    settings.SEARCH = {**settings.SEARCH, "URL": closed_port_url, "TIMEOUT": 0.5}
    with caplog.at_level(logging.WARNING, logger="config.views"):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search": "degraded", "backend": "database"}
    page = response.content.decode()
    assert closed_port_url.split("//")[1] not in page
    assert "Traceback" not in page
    assert any("No search engine answers" in str(r.__dict__.get("reason")) for r in caplog.records)


def test_credentials_in_search_url_are_used_by_the_client_and_never_shown(
    client, settings, httpserver
):
    """A SEARCH_URL with user:password@ authenticates the engine detection and the health
    check alike, and the password appears in no answer."""
    expected = "Basic " + base64.b64encode(b"ptp-reader:s3cr%t pass").decode()
    httpserver.expect_request("/", headers={"Authorization": expected}).respond_with_json(
        OPENSEARCH_ROOT
    )
    httpserver.expect_request(
        "/_cluster/health", headers={"Authorization": expected}
    ).respond_with_json({"cluster_name": "ptp", "status": "green"})
    url = (
        httpserver.url_for("/").rstrip("/").replace("http://", "http://ptp-reader:s3cr%25t%20pass@")
    )
    settings.SEARCH = {**settings.SEARCH, "URL": url, "ENGINE": "", "TIMEOUT": 2.0}
    response = client.get("/healthz")
    assert response.json() == {"database": "ok", "search": "ok", "backend": "opensearch"}
    assert "s3cr" not in json.dumps(response.json())
    assert len(httpserver.log) == 2  # detection, then cluster health: both authenticated
