"""A search in words, in the active language, for alert emails and pages: “data”, County,
Senior, remote. ``describe`` is for the person who confirmed the alert (digests, the manage
page); ``describe_for_stranger`` is for what anyone can have sent to any address (the
confirmation and its variants): taxonomy names only, never a word the visitor typed."""

from __future__ import annotations

from django.utils.translation import gettext as _

from search.documents import facet_labels
from search.query import FACETS, JobQuery

# Facets whose names are the site's own taxonomy (agency names come from feeds and employers).
TAXONOMY_FACETS = (
    "role_family",
    "seniority",
    "government_level",
    "employment_type",
    "remote",
    "hiring_path",
)
MAX_STRANGER_DESCRIPTION = 160


def describe(query: JobQuery) -> str:
    parts = [f"“{query.q}”"] if query.q else []
    for facet in FACETS:
        values = list(query.selected(facet))
        if values:
            names = facet_labels(facet, values)
            parts.append(_(" or ").join(names[value] for value in values))
    if query.salary_min:
        parts.append(_("paying %(amount)s or more") % {"amount": f"${query.salary_min:,}"})
    if query.location:
        parts.append(_("in %(place)s") % {"place": query.location})
    if query.include_non_tech:
        parts.append(_("including jobs outside technology"))
    return ", ".join(parts) or _("all public tech jobs")


def describe_for_stranger(query: JobQuery) -> str:
    """The search told by its taxonomy facets alone ("Data, Analytics & AI, County"), or a
    plain "a job search" when it has none, when a value is unknown or when the names run
    long: no text of the visitor's (words, place, an unknown value echoed back) can reach an
    address that never asked for it."""
    parts = []
    for facet in TAXONOMY_FACETS:
        values = list(query.selected(facet))
        if values:
            names = facet_labels(facet, values)
            if any(names[value] == value for value in values):  # not a taxonomy term
                return _("a job search")
            parts.append(_(" or ").join(names[value] for value in values))
    text = ", ".join(parts)
    if not text or len(text) > MAX_STRANGER_DESCRIPTION:
        return _("a job search")
    return text
