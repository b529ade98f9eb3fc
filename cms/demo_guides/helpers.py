"""Small builders that keep the demo guides' data readable."""

from __future__ import annotations

from typing import Any

from cms.demo_guides.common import FEDERAL_PAY


def para(html: str) -> dict[str, Any]:
    return {"type": "paragraph", "value": html}


def level(
    seniority: str, titles: str, classes: str, pay_min: int, pay_max: int, what_changes: str
) -> dict[str, Any]:
    return {
        "seniority": seniority,
        "example_titles": titles,
        "federal_grades": FEDERAL_PAY[seniority][0],
        "state_local_classes": classes,
        "pay_min": pay_min,
        "pay_max": pay_max,
        "what_changes": what_changes,
    }


def skill(kind: str, name: str, detail: str, required: bool) -> dict[str, Any]:
    return {
        "type": "skill",
        "value": {"kind": kind, "name": name, "detail": detail, "required": required},
    }


def way_in(starting_point: str, advice: str) -> dict[str, Any]:
    return {"type": "way_in", "value": {"starting_point": starting_point, "advice": advice}}


def resource(
    title: str, url: str, provider: str, kind: str, cost: str, description: str
) -> dict[str, str]:
    return {
        "title": title,
        "url": url,
        "provider": provider,
        "kind": kind,
        "cost": cost,
        "description": description,
    }


def story(name: str, role: str, path: str, text: str) -> dict[str, Any]:
    return {"type": "story", "value": {"name": name, "role": role, "path": path, "story": text}}


def source(title: str, url: str, publisher: str) -> dict[str, str]:
    return {"title": title, "url": url, "publisher": publisher}
