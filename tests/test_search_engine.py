"""The project's client adapters against a real OpenSearch node, and an Elasticsearch node
where one is provided (never a mock)."""

from __future__ import annotations

import threading

import pytest

from search.engines import SearchEngineError, SearchEngineUnavailable, detect_engine, engine_for

pytestmark = pytest.mark.search_engine

DOCUMENTS = [
    {"title": "Senior Data Scientist", "agency": "county-of-los-angeles", "salary_min": 120000},
    {"title": "Data Analyst II", "agency": "city-of-los-angeles", "salary_min": 85000},
    {"title": "Help Desk Technician", "agency": "county-of-los-angeles", "salary_min": 52000},
]


def test_engine_is_detected_as_opensearch_from_the_root_endpoint(opensearch_url):
    adapter = engine_for(opensearch_url)
    assert adapter.name == "opensearch"
    assert adapter.info()["version"]["number"].startswith("3.")


def test_a_cluster_url_with_a_dead_node_still_reaches_the_live_one(
    opensearch_url, closed_port_url, index_prefix
):
    """Detection asks the nodes in turn; the client retries a refused request on another
    node (here the dead node is listed first, so every first try meets it at some point)."""
    cluster = f"{closed_port_url},{opensearch_url.split(',')[0]}"
    adapter = engine_for(cluster, timeout=5)
    assert adapter.name == "opensearch"
    index = f"{index_prefix}two_hosts"
    adapter.create_index(index, {"settings": {"number_of_replicas": 0}})
    try:
        for _ in range(4):  # round robin: the dead node's turn comes up
            assert adapter.count(index) == 0
    finally:
        adapter.delete_index(index)


def test_nothing_answering_at_any_node_is_a_clear_outage(closed_port_url):
    with pytest.raises(SearchEngineUnavailable, match="No search engine answers at"):
        engine_for(f"{closed_port_url},{closed_port_url}", timeout=1)


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_round_trip_create_bulk_index_search_with_aggregation_and_delete(
    engine_url, index_prefix, compress
):
    name, url = engine_url
    adapter = engine_for(url, timeout=10, compress=compress)
    assert adapter.name == name
    index = f"{index_prefix}roundtrip_{'gzip' if compress else 'plain'}"
    adapter.create_index(
        index,
        {
            "settings": {"number_of_shards": 1, "number_of_replicas": 0},
            "mappings": {
                "dynamic": "strict",
                "properties": {
                    "title": {"type": "text", "analyzer": "english"},
                    "agency": {"type": "keyword"},
                    "salary_min": {"type": "integer"},
                },
            },
        },
    )
    try:
        result = adapter.bulk(
            {"_index": index, "_id": str(number), "_source": document}
            for number, document in enumerate(DOCUMENTS, start=1)
        )
        assert result.succeeded == 3
        assert result.errors == []
        adapter.refresh(index)

        response = adapter.search(
            index,
            {
                "query": {"match": {"title": "data"}},
                "aggs": {"agencies": {"terms": {"field": "agency"}}},
                "track_total_hits": True,
            },
        )
        assert response["hits"]["total"]["value"] == 2
        titles = {hit["_source"]["title"] for hit in response["hits"]["hits"]}
        assert titles == {"Senior Data Scientist", "Data Analyst II"}
        buckets = {
            b["key"]: b["doc_count"] for b in response["aggregations"]["agencies"]["buckets"]
        }
        assert buckets == {"county-of-los-angeles": 1, "city-of-los-angeles": 1}
        assert adapter.count(index) == 3
    finally:
        adapter.delete_index(index)
    assert not adapter.index_exists(index)


def test_bulk_reports_a_bad_document_and_keeps_the_good_ones(engine_url, index_prefix):
    adapter = engine_for(engine_url[1], timeout=10)
    index = f"{index_prefix}strict"
    adapter.create_index(
        index,
        {"mappings": {"dynamic": "strict", "properties": {"title": {"type": "text"}}}},
    )
    try:
        result = adapter.bulk(
            [
                {"_index": index, "_id": "1", "_source": {"title": "Web Developer"}},
                {"_index": index, "_id": "2", "_source": {"unmapped": "rejected"}},
            ]
        )
        assert result.succeeded == 1
        assert len(result.errors) == 1
        assert "strict" in str(result.errors[0]).lower()
    finally:
        adapter.delete_index(index)


def test_a_pipelined_bulk_indexes_every_chunk_and_reports_the_bad_document(
    engine_url, index_prefix
):
    """Sent from a worker thread while the next chunks are produced here: 2,501 actions in
    chunks of 100 (the last one short), one of them refused, none lost or doubled."""
    adapter = engine_for(engine_url[1], timeout=10)
    index = f"{index_prefix}pipelined"
    adapter.create_index(
        index,
        {"mappings": {"dynamic": "strict", "properties": {"title": {"type": "text"}}}},
    )
    produced_in = set()

    def actions():
        for number in range(2501):
            produced_in.add(threading.current_thread().name)
            source = {"unmapped": "x"} if number == 1234 else {"title": f"Analyst {number}"}
            yield {"_index": index, "_id": str(number), "_source": source}

    try:
        result = adapter.bulk(actions(), chunk_size=100, pipelined=True)
        adapter.refresh(index)
        assert result.succeeded == 2500
        assert len(result.errors) == 1
        assert "1234" in str(result.errors[0])
        assert adapter.count(index) == 2500
        assert produced_in == {threading.current_thread().name}
    finally:
        adapter.delete_index(index)


def test_a_pipelined_bulk_to_a_dead_engine_reports_every_action_and_returns(closed_port_url):
    """As the plain bulk: nothing is lost silently (every action comes back as an error, for
    the caller to refuse the rebuild) and nothing hangs."""
    adapter = engine_for(closed_port_url, "opensearch", timeout=1)
    actions = ({"_index": "x", "_id": str(n), "_source": {"n": n}} for n in range(1000))
    result = adapter.bulk(actions, chunk_size=100, pipelined=True)
    assert result.succeeded == 0
    assert len(result.errors) == 1000


def test_an_alias_swap_moves_searches_to_the_new_index(engine_url, index_prefix):
    adapter = engine_for(engine_url[1], timeout=10)
    alias, old, new = f"{index_prefix}jobs", f"{index_prefix}jobs_1", f"{index_prefix}jobs_2"
    for name in (old, new):
        adapter.create_index(name, {"settings": {"number_of_replicas": 0}})
    try:
        adapter.update_aliases([{"add": {"index": old, "alias": alias}}])
        assert adapter.aliased_indexes(alias) == [old]
        adapter.update_aliases(
            [{"remove": {"index": old, "alias": alias}}, {"add": {"index": new, "alias": alias}}]
        )
        assert adapter.aliased_indexes(alias) == [new]
    finally:
        adapter.delete_index(old)
        adapter.delete_index(new)


def test_a_closed_port_is_reported_as_unavailable(closed_port_url):
    with pytest.raises(SearchEngineUnavailable, match="No search engine answers"):
        engine_for(closed_port_url, timeout=1)


def test_a_forced_engine_on_a_closed_port_is_unavailable_too(closed_port_url):
    adapter = engine_for(closed_port_url, "opensearch", timeout=1)
    with pytest.raises(SearchEngineUnavailable):
        adapter.cluster_health()


@pytest.mark.parametrize(
    ("root", "engine"),
    [
        ({"version": {"distribution": "opensearch", "number": "3.8.0"}}, "opensearch"),
        (
            {
                "version": {"number": "8.15.0", "build_flavor": "default"},
                "tagline": "You Know, for Search",
            },
            "elasticsearch",
        ),
    ],
)
def test_detection_reads_the_root_endpoint(root, engine):
    assert detect_engine(root) == engine


def test_detection_refuses_a_server_that_is_neither():
    with pytest.raises(SearchEngineError, match="neither OpenSearch nor Elasticsearch"):
        detect_engine({"name": "solr"})
