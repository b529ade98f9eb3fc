"""A search in words, in the active language, for alert emails and pages: “data”, County,
Senior, remote."""

from __future__ import annotations

from django.utils.translation import gettext as _

from search.query import FACETS, JobQuery
from search.service import labels


def describe(query: JobQuery) -> str:
    parts = [f"“{query.q}”"] if query.q else []
    for facet in FACETS:
        values = list(query.selected(facet))
        if values:
            names = labels(facet, values)
            parts.append(_(" or ").join(names[value] for value in values))
    if query.salary_min:
        parts.append(_("paying %(amount)s or more") % {"amount": f"${query.salary_min:,}"})
    if query.location:
        parts.append(_("in %(place)s") % {"place": query.location})
    if query.include_non_tech:
        parts.append(_("including jobs outside technology"))
    return ", ".join(parts) or _("all public tech jobs")
