"""Data described once (issue 35, item 3): the crosswalk's value classes read seed dicts and
model rows through one constructor each, and the pathways and insights APIs derive their response
schemas from the dataclasses their JSON is written from, so what they serve is what the OpenAPI
document says, key for key."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import jsonschema_rs
import pytest

from pathways.crosswalk import PayRange, Specialty, Term
from pathways.models import FederalPay
from pathways.models import Specialty as SpecialtyRow
from search.api import api_data, output_model
from tests.demo import demo_for_module

pytestmark = pytest.mark.django_db

demo = demo_for_module()


def _schema_of(openapi: dict, component: str) -> dict:
    return {"$ref": f"#/components/schemas/{component}", "components": openapi["components"]}


def _undescribed_keys(value, schema: dict, openapi: dict, where: str = "") -> list[str]:
    """The keys of ``value`` (at any depth) that its schema does not describe, or describes but
    ``value`` lacks: a schema that drifted from its JSON lists them."""
    if "$ref" in schema:
        schema = openapi["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in schema:
        if value is None:
            return []
        schema = next(option for option in schema["anyOf"] if option.get("type") != "null")
        return _undescribed_keys(value, schema, openapi, where)
    if isinstance(value, list):
        return [
            key
            for item in value
            for key in _undescribed_keys(item, schema.get("items", {}), openapi, f"{where}[]")
        ]
    if isinstance(value, dict) and "properties" in schema:
        described = set(schema["properties"])
        wrong = [f"{where}.{key}" for key in set(value) ^ described]
        for key in set(value) & described:
            wrong += _undescribed_keys(value[key], schema["properties"][key], openapi, where + key)
        return wrong
    if isinstance(value, dict) and "additionalProperties" in schema:
        inner = schema["additionalProperties"]
        return [k for item in value.values() for k in _undescribed_keys(item, inner, openapi)]
    return []


def _assert_served_as_documented(client, path: str, params: dict, component: str) -> dict:
    openapi = client.get("/api/v1/openapi.json").json()
    operation = openapi["paths"][path]["get"]["responses"]["200"]["content"]
    assert operation["application/json"]["schema"] == {"$ref": f"#/components/schemas/{component}"}
    response = client.get(path, params)
    assert response.status_code == 200
    body = response.json()
    jsonschema_rs.validator_for(_schema_of(openapi, component)).validate(body)
    assert _undescribed_keys(body, openapi["components"]["schemas"][component], openapi) == []
    return body


# The APIs' JSON is their schema's ---------------------------------------------------------------


def test_the_pathways_answer_for_a_real_position_is_exactly_what_its_schema_describes(client, demo):
    body = _assert_served_as_documented(
        client,
        "/api/v1/pathways/federal/",
        {"series": "2210", "grade": "GS-12", "title": "IT Specialist (INFOSEC)"},
        "PathwayOut",
    )
    # Every part of the answer is there to be checked, not an empty shell.
    for part in ("role_family", "seniority", "federal_pay", "alternatives", "local_roles"):
        assert body[part], part
    assert body["jobs"]["results"]
    # A crosswalk term's ladder grades are for the page, not the API's named terms.
    assert set(body["seniority"]) == {"slug", "name"}


def test_the_pathways_answer_without_a_match_is_what_its_schema_describes(client, demo):
    body = _assert_served_as_documented(
        client, "/api/v1/pathways/federal/", {"series": "0610", "grade": "GS-9"}, "PathwayOut"
    )
    assert body["role_family"] is None
    assert body["jobs"]["results"] == []


def test_the_insights_answer_is_exactly_what_its_schema_describes(client, demo):
    body = _assert_served_as_documented(client, "/api/v1/insights/", {"lang": "es"}, "InsightsOut")
    assert body["open_jobs"] > 0
    assert body["by_role_family"]
    assert body["weekly"]
    assert date.fromisoformat(body["as_of"])  # the day, not the moment of the reading
    # The rows' search links and paid counts are for the page and the CSV files only.
    assert "search_url" not in body["by_role_family"][0]
    assert "paid" not in body["by_role_family"][0]


# The derivation ---------------------------------------------------------------------------------


@dataclass
class _Leaf:
    name: str
    note: str = field(default="", metadata={"api": False})


def _year(moment: date) -> int:
    return moment.year


@dataclass
class _Tree:
    day: date = field(metadata={"api": _year})
    leaf: _Leaf | None
    leaves: list[_Leaf]
    by_name: dict[str, _Leaf]


def test_a_response_model_and_its_json_come_from_the_same_dataclass_fields():
    leaf = output_model(_Leaf, "LeafOut")
    tree = output_model(_Tree, "TreeOut")
    value = _Tree(date(2026, 12, 3), _Leaf("a", "private"), [_Leaf("b")], {"c": _Leaf("c")})
    data = api_data(value)
    assert data == {
        "day": 2026,
        "leaf": {"name": "a"},
        "leaves": [{"name": "b"}],
        "by_name": {"c": {"name": "c"}},
    }
    assert tree.model_validate(data).model_dump() == data
    assert set(leaf.model_fields) == {"name"}
    assert tree.model_fields["day"].annotation is int  # the converter's return type
    schema = tree.model_json_schema()
    assert schema["properties"]["leaves"]["items"] == {"$ref": "#/$defs/LeafOut"}
    assert api_data(_Tree(date(2026, 1, 1), None, [], {}))["leaf"] is None


# One constructor per crosswalk value -------------------------------------------------------------


def test_a_seed_dict_and_a_model_row_are_read_by_the_same_declaration():
    row = FederalPay.objects.order_by("-year", "grade").filter(table="GS").first()
    seeded = {
        "year": row.year,
        "table": row.table,
        "grade": row.grade,
        "locality": row.locality,
        "annual_min": row.annual_min,
        "annual_max": row.annual_max,
        "note": row.note,
        "source_url": row.source_url,
    }
    assert PayRange.read(row) == PayRange.read(seeded)
    assert (PayRange.read(row).minimum, PayRange.read(row).maximum) == (
        row.annual_min,
        row.annual_max,
    )


def test_a_specialtys_words_are_read_alike_from_the_seed_and_the_database():
    model_row = SpecialtyRow.objects.select_related("role_family").exclude(words="").first()
    seed_row = {
        "code": model_row.code,
        "name": model_row.name,
        "words": "  Network Services \n\nINFOSEC",
        "role_family": model_row.role_family.slug,
    }
    assert Specialty.read(seed_row).words == ("network services", "infosec")
    assert Specialty.read(model_row).role_family == Specialty.read(seed_row).role_family


def test_a_row_missing_a_required_field_is_refused_by_name():
    with pytest.raises(KeyError, match=r"Term\.name"):
        Term.read({"slug": "mid"})
    assert Term.read({"slug": "mid", "name": "Mid"}) == Term("mid", "Mid", "")
