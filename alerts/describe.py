"""A search in words, for alert emails and pages: “data”, County, Senior, remote."""

from __future__ import annotations

from search.query import FACETS, JobQuery
from search.service import labels


def describe(query: JobQuery) -> str:
    parts = [f"“{query.q}”"] if query.q else []
    for facet in FACETS:
        values = list(query.selected(facet))
        if values:
            names = labels(facet, values)
            parts.append(" or ".join(names[value] for value in values))
    if query.salary_min:
        parts.append(f"paying ${query.salary_min:,} or more")
    if query.location:
        parts.append(f"in {query.location}")
    if query.include_non_tech:
        parts.append("including jobs outside technology")
    return ", ".join(parts) or "all public tech jobs"
