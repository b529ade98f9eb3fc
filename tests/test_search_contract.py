"""One contract for both search backends, on the same demo jobs: the database backend (SQLite
FTS5) and the search engine (a real OpenSearch node) must give the same answers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.http import QueryDict
from django.test import override_settings
from django.utils import timezone

from jobboard.models import Job
from search.backends.database import DatabaseBackend
from search.backends.engine import EngineBackend
from search.engines import engine_for
from search.query import FACETS, JobQuery
from tests.conftest import ENGINES, INDEX_SIZE
from tests.demo import demo_for_module
from tests.factories import OpenJobFactory

pytestmark = [pytest.mark.django_db, pytest.mark.search_engine]

QUERIES = [
    "",
    "q=data",
    "q=engineer",
    "q=engineer&seniority=senior",
    "q=SWE",
    "q=software+engineer",
    "q=IT+help+desk",
    "q=gis",
    "q=infosec",
    "q=security&government_level=county&government_level=federal",
    "role_family=data-analytics&government_level=county",
    "remote=remote&remote=hybrid",
    "agency=county-of-los-angeles&role_family=it-support&role_family=cybersecurity",
    "employment_type=part-time",
    "salary_min=150000",
    "location=Los+Angeles",
    "q=analyst&salary_min=90000&remote=onsite",
    "include_closed=true",
    "include_non_tech=true",
    "q=engineer&include_non_tech=true",
    "include_non_tech=true&government_level=city&remote=onsite",
    "q=nothing+matches+this+zzzz",
    "agency=no-such-agency",
    "q=data&agency=no-such-agency",
    "q=data&government_level=special-district&government_level=no-such-level",
    "q=%22%27%3B+DROP+TABLE+jobs%3B+--",
    "q=NEAR%28+AND+OR+*+%5E",
    "hiring_path=fed-transition",
    "government_level=federal&hiring_path=fed-transition",
    "hiring_path=public&hiring_path=student",
    "hiring_path=vet&remote=hybrid",
    "hiring_path=no-such-path",
    "closing_within=7",
    "closing_within=30&government_level=federal",
    "q=data&closing_within=90",
]


def closed_and_expired_jobs() -> None:
    """Besides the demo jobs: one closed job and one past its closing date."""
    closed = OpenJobFactory(title="Closed Data Engineer", raw_title="Closed Data Engineer")
    closed.status, closed.closed_reason = "closed", "Filled."
    closed.save()
    OpenJobFactory(
        title="Expired Data Engineer",
        raw_title="Expired Data Engineer",
        closes_at=timezone.now() - timedelta(days=1),
    )


demo = demo_for_module(pages=False, extra=closed_and_expired_jobs)


@pytest.fixture(scope="module")
def engines(demo, django_db_blocker):
    """Engine backends over the demo jobs, built on first use, one index per engine."""
    built: dict[str, EngineBackend] = {}

    def backend_for(name: str, url: str) -> EngineBackend:
        if name not in built:
            prefix = f"contract_{timezone.now():%H%M%S%f}_"
            with override_settings(
                SEARCH={
                    "URL": url,
                    "ENGINE": name,
                    "INDEX_PREFIX": prefix,
                    "TIMEOUT": 10.0,
                    **INDEX_SIZE,
                }
            ):
                built[name] = EngineBackend(engine_for(url, name, timeout=10))
                with django_db_blocker.unblock():
                    built[name].rebuild()
        return built[name]

    yield backend_for
    for backend in built.values():
        for index in backend.adapter.aliased_indexes(backend.alias):
            backend.adapter.delete_index(index)


@pytest.fixture
def engine(engines, engine_url):
    return engines(*engine_url)


@pytest.fixture(params=["database", *ENGINES])
def backend(request, demo, engines):
    if request.param == "database":
        return DatabaseBackend()
    return engines(request.param, request.getfixturevalue(f"{request.param}_url"))


def query(params: str) -> JobQuery:
    return JobQuery.from_params(QueryDict(params))


def facet_counts(results) -> dict:
    return {
        f: [(v.value, v.count, v.selected) for v in values] for f, values in results.facets.items()
    }


@pytest.mark.parametrize("params", QUERIES)
def test_both_backends_give_the_same_totals_and_facet_counts(params, engine):
    q = query(params)
    from_engine, from_database = engine.search(q), DatabaseBackend().search(q)
    assert from_engine.total == from_database.total
    assert facet_counts(from_engine) == facet_counts(from_database)


@pytest.mark.parametrize("sort", ["newest", "closing", "salary"])
@pytest.mark.parametrize("params", ["", "q=engineer", "remote=remote", "closing_within=30"])
def test_every_sort_orders_results_identically(sort, params, engine):
    q = query(f"{params}&sort={sort}&page_size=100")
    assert [h.id for h in engine.search(q).hits] == [h.id for h in DatabaseBackend().search(q).hits]


@pytest.mark.parametrize("params", ["q=data", "q=engineer", "q=security", "q=software+engineer"])
def test_top_relevance_results_overlap(params, engine):
    q = query(params + "&page_size=5")
    top_engine = {h.id for h in engine.search(q).hits}
    top_database = {h.id for h in DatabaseBackend().search(q).hits}
    assert len(top_engine & top_database) >= 3


def test_closed_and_expired_jobs_are_hidden_from_default_search(backend):
    titles = {h.title for h in backend.search(query("q=data&page_size=100")).hits}
    assert "Closed Data Engineer" not in titles
    assert "Expired Data Engineer" not in titles
    everything = {
        h.title for h in backend.search(query("q=data&include_closed=1&page_size=100")).hits
    }
    assert {"Closed Data Engineer", "Expired Data Engineer"} <= everything


def test_facet_counts_are_disjunctive(backend):
    results = backend.search(query("government_level=county"))
    level = {v.value: v for v in results.facets["government_level"]}
    assert level["county"].selected
    everything = backend.search(query(""))
    # The other levels' counts ignore the level filter itself...
    assert (
        level["federal"].count
        == {v.value: v.count for v in everything.facets["government_level"]}["federal"]
    )
    # ...while every other facet counts only county jobs.
    assert sum(v.count for v in results.facets["remote"]) == results.total


def test_values_of_one_facet_are_ored_and_facets_are_anded(backend):
    county = backend.search(query("government_level=county")).total
    city = backend.search(query("government_level=city")).total
    both = backend.search(query("government_level=county&government_level=city")).total
    assert both == county + city
    remote_county = backend.search(query("government_level=county&remote=remote")).total
    assert remote_county <= county


def test_synonyms_and_stemming(backend):
    swe = {h.title for h in backend.search(query("q=SWE&page_size=100")).hits}
    assert "Senior Software Engineer, Safety Net Innovation" in swe
    plural = backend.search(query("q=engineers")).total
    assert plural == backend.search(query("q=engineer")).total > 0


def test_matches_are_highlighted_safely(backend):
    hit = backend.search(query("q=scientist")).hits[0]
    assert "<mark>" in hit.highlight["title"][0]
    assert "<script" not in str(backend.search(query("q=%3Cscript%3E")).hits)


@pytest.mark.parametrize(
    "params", [*QUERIES[-2:], "q=" + "x" * 500, "q=caf%C3%A9+%E6%97%A5%E6%9C%AC"]
)
def test_hostile_input_never_errors(backend, params):
    results = backend.search(query(params))
    assert results.total >= 0


def test_pagination_edges(backend):
    first = backend.search(query("page_size=10"))
    pages = first.pages
    last = backend.search(query(f"page_size=10&page={pages}"))
    beyond = backend.search(query(f"page_size=10&page={pages + 1}"))
    assert len(last.hits) == first.total - 10 * (pages - 1)
    assert beyond.hits == []
    assert beyond.total == first.total
    ids = [
        h.id
        for p in range(1, pages + 1)
        for h in backend.search(query(f"page_size=10&page={p}")).hits
    ]
    assert len(ids) == len(set(ids)) == first.total


def test_zero_results_offer_a_correction(backend):
    results = backend.search(query("q=dta+analyst"))
    assert results.total == 0
    assert results.suggestion == "data analyst"


def test_autocomplete_suggests_titles_and_agencies(backend):
    titles = {s["label"] for s in backend.autocomplete("data")}
    assert "Data Scientist" in titles
    agencies = {s["label"] for s in backend.autocomplete("county of") if s["kind"] == "agency"}
    assert "County of Los Angeles" in agencies


def test_hits_carry_the_api_fields(backend):
    hit = backend.search(query("q=IT+Specialist+Application+Software")).hits[0]
    assert hit.title == "IT Specialist (Application Software)"
    assert hit.agency == {"slug": hit.agency["slug"], "name": "Veterans Health Administration"}
    assert hit.role_family == {"slug": "software-engineering", "name": "Software Engineering"}
    assert hit.government_level == "federal"
    assert hit.url == f"/jobs/{hit.id}/{Job.objects.get(pk=hit.id).slug}/"
    assert all(f in FACETS for f in backend.search(query("")).facets)


NON_TECH = {"Registered Nurse II", "Civil Engineer", "Traffic Officer I", "Development Director"}


def test_non_technology_jobs_are_left_out_unless_asked_for(backend):
    """A nurse or a civil engineer is stored, but a technology job board lists and counts only
    technology jobs by default; include_non_tech=true brings them back."""
    default = backend.search(query("page_size=100"))
    assert not NON_TECH & {h.title for h in default.hits}
    assert all(h.role_family for h in default.hits)
    everything = backend.search(query("include_non_tech=true&page_size=100"))
    assert {h.title for h in everything.hits} >= NON_TECH
    assert everything.total == default.total + len(NON_TECH)
    county = {v.value: v.count for v in default.facets["government_level"]}["county"]
    county_all = {v.value: v.count for v in everything.facets["government_level"]}["county"]
    assert county_all == county + 1  # the County's nurse


def test_a_count_agrees_with_the_search_it_counts(backend):
    for params in ("", "q=engineer", "include_non_tech=true", "q=nurse&include_non_tech=true"):
        assert backend.count(query(params)) == backend.search(query(params)).total, params
    assert backend.count(query("q=nurse")) == 0


def test_autocomplete_leaves_out_non_technology_titles(backend):
    assert "Registered Nurse II" not in {s["label"] for s in backend.autocomplete("regist")}


def test_the_index_has_the_shards_and_replicas_the_settings_ask_for(engine):
    """On the single test node one shard and no replica; in the cluster pass three shards and
    one replica, so the contract above held across shards (facet counts sized to be exact)."""
    (index,) = engine.adapter.aliased_indexes(engine.alias)
    settings = dict(engine.adapter.client.indices.get_settings(index=index))[index]["settings"]
    assert int(settings["index"]["number_of_shards"]) == INDEX_SIZE["SHARDS"]
    assert int(settings["index"]["number_of_replicas"]) == INDEX_SIZE["REPLICAS"]


def test_who_may_apply_counts_each_path_of_a_job(backend):
    """A job open to several groups counts under each; non-federal jobs are open to the
    public; picking two paths finds the jobs open to either."""
    results = backend.search(query("government_level=federal"))
    paths = {v.value: v.count for v in results.facets["hiring_path"]}
    assert paths["fed-transition"] == 6
    assert paths["student"] == 1
    everything = backend.search(query(""))
    public = {v.value: v.count for v in everything.facets["hiring_path"]}["public"]
    federal_closed_to_public = backend.search(
        query("government_level=federal&hiring_path=fed-competitive")
    ).total
    assert public == everything.total - federal_closed_to_public - paths["student"]
    either = backend.search(query("hiring_path=student&hiring_path=fed-competitive")).total
    assert either == paths["student"] + paths["fed-competitive"]


def test_closing_within_keeps_only_jobs_closing_by_then(backend):
    soon = backend.search(query("closing_within=14&sort=closing&page_size=100"))
    now = timezone.now()
    assert soon.total > 0
    assert all(now <= h.closes_at <= now + timedelta(days=14) for h in soon.hits)
    later = backend.search(query("closing_within=90")).total
    assert soon.total <= later < backend.search(query("")).total
