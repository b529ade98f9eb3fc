"""The job index's settings and mapping. Kept apart from query building, so each can be tested
on its own: the analyzers here, the bodies in ``bodies.py``."""

from __future__ import annotations

from typing import Any

from search.text import STOPWORDS, synonym_rules


def index_body(*, shards: int = 1, replicas: int = 0) -> dict[str, Any]:
    """Settings and strict mapping for a new versioned job index.

    Text is analysed like the database backend's FTS5 porter tokenizer: lowercase, ASCII
    folding, the project's stopword list (which keeps IT, GIS, UX, HR...) and the porter
    stemmer; search-time synonyms from synonyms.txt through synonym_graph."""
    return {
        "settings": {
            "index": {
                "number_of_shards": shards,
                "number_of_replicas": replicas,
                "max_result_window": 10_000,
            },
            "analysis": {
                "filter": {
                    "job_stop": {"type": "stop", "stopwords": sorted(STOPWORDS)},
                    "job_synonyms": {
                        "type": "synonym_graph",
                        "synonyms": synonym_rules(),
                        "lenient": True,
                    },
                    "autocomplete_edges": {"type": "edge_ngram", "min_gram": 2, "max_gram": 20},
                },
                "analyzer": {
                    "job_text": {
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", "job_stop", "porter_stem"],
                    },
                    "job_search": {
                        "tokenizer": "standard",
                        "filter": [
                            "lowercase",
                            "asciifolding",
                            "job_synonyms",
                            "job_stop",
                            "porter_stem",
                        ],
                    },
                    "job_autocomplete": {
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", "autocomplete_edges"],
                    },
                    "job_autocomplete_search": {
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"],
                    },
                },
                "normalizer": {"lowercase": {"type": "custom", "filter": ["lowercase"]}},
            },
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "id": {"type": "long"},
                "title": {
                    "type": "text",
                    "analyzer": "job_text",
                    "search_analyzer": "job_search",
                    "index_options": "offsets",
                    "fields": {
                        "exact": {"type": "keyword", "normalizer": "lowercase"},
                        "keyword": {"type": "keyword"},
                        "plain": {"type": "text", "analyzer": "job_autocomplete_search"},
                        "autocomplete": {
                            "type": "text",
                            "analyzer": "job_autocomplete",
                            "search_analyzer": "job_autocomplete_search",
                        },
                    },
                },
                "title_raw": {"type": "keyword", "index": False},
                "description_text": {
                    "type": "text",
                    "analyzer": "job_text",
                    "search_analyzer": "job_search",
                    "index_options": "offsets",
                },
                "search_keywords": {
                    "type": "text",
                    "analyzer": "job_text",
                    "search_analyzer": "job_search",
                },
                "url": {"type": "keyword", "index": False},
                "apply_url": {"type": "keyword", "index": False},
                "agency": {"type": "keyword"},
                "agency_name": {
                    "type": "keyword",
                    "fields": {
                        "autocomplete": {
                            "type": "text",
                            "analyzer": "job_autocomplete",
                            "search_analyzer": "job_autocomplete_search",
                        }
                    },
                },
                "role_family": {"type": "keyword"},
                "role_family_name": {"type": "keyword", "index": False},
                "seniority": {"type": "keyword"},
                "seniority_name": {"type": "keyword", "index": False},
                "government_level": {"type": "keyword"},
                "employment_type": {"type": "keyword"},
                "remote": {"type": "keyword"},
                "location": {"type": "keyword", "index": False},
                "city": {"type": "keyword", "normalizer": "lowercase"},
                "salary_min": {"type": "integer"},
                "salary_max": {"type": "integer"},
                "salary_top": {"type": "integer"},
                "salary_low": {"type": "integer"},
                "salary_mid": {"type": "integer"},
                "posted_at": {"type": "date"},
                "closes_at": {"type": "date"},
                "open_until_filled": {"type": "boolean"},
                "status": {"type": "keyword"},
                "first_seen_at": {"type": "date"},
                "closed_at": {"type": "date"},
                "hiring_path": {"type": "keyword"},
                # Shown with the job, never searched: kept in the source only.
                "announcements": {"type": "object", "enabled": False},
            },
        },
    }


def saved_searches_body(*, shards: int = 1, replicas: int = 0) -> dict[str, Any]:
    """The saved-searches index: the job index's analysis and fields (a percolator query is
    parsed against them, and percolated job documents are analysed with them), plus the stored
    query and its key."""
    body = index_body(shards=shards, replicas=replicas)
    body["mappings"]["properties"].update(
        {"query": {"type": "percolator"}, "key": {"type": "keyword"}}
    )
    return body
