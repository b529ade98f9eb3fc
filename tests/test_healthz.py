"""/healthz reports the real state of the database and the search backend."""

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_on_the_embedded_default(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "database": "ok",
        "search": "ok",
        "backend": "database",
        "configured_backend": "database",
    }


@pytest.mark.search_engine
def test_healthz_with_the_search_engine_up(client, search_engine_settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok"
    assert body["search"] == "ok"
    assert body["backend"] == "opensearch"


def test_healthz_with_the_search_engine_down_is_degraded_not_an_error(
    client, settings, closed_port_url
):
    settings.SEARCH = {**settings.SEARCH, "URL": closed_port_url, "TIMEOUT": 0.5}
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok"
    assert body["search"] == "degraded"
    assert body["backend"] == "database"
    assert "No search engine answers" in body["search_detail"]
    assert "Traceback" not in response.content.decode()
