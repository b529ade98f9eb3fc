"""The page /from-federal/: a short form in, a plan out, all in the URL so it can be shared and
printed, and rendered on the server so it works without JavaScript."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jobboard.ladder import LADDER
from jobboard.models import GovernmentLevel
from pathways.forms import FederalPositionForm
from pathways.matcher import LEVELS, PositionError
from pathways.models import FederalSeries, Technology
from pathways.services import find_pathway
from search.documents import facet_labels

LEVEL_NAMES = dict(GovernmentLevel.choices)  # in the page's language


def from_federal(request: HttpRequest) -> HttpResponse:
    asked = any(request.GET.get(name) for name in ("series", "grade", "title", "text"))
    form = FederalPositionForm(request.GET if asked else None)
    pathway, status = None, 200
    if asked and form.is_valid():
        try:
            pathway = find_pathway(**form.position())
        except PositionError as error:
            form.add_error(error.field, str(error))
    if form.errors:
        status = 400
    context = {
        "form": form,
        "pathway": pathway,
        "printing": request.GET.get("view") == "print",
        "series_options": FederalSeries.objects.exclude(technology=Technology.NO).order_by("code"),
    }
    if pathway is not None:
        state = urlencode({k: v for k, v in form.position().items() if v})
        comparison = _comparison(pathway)
        context.update(
            share_query=state,
            print_query=f"{state}&view=print",
            comparison=comparison,
            # Each employer once, in the table's order, for "How they hire".
            employers=list({row["class"].employer: None for row in comparison}),
        )
    return render(request, "pathways/from_federal.html", context, status=status)


def _comparison(pathway) -> list[dict]:
    """The side-by-side rows: the federal position, then each level of government's classes."""
    names = facet_labels("seniority", list(LADDER))
    rows = []
    for level in LEVELS:
        for option in pathway.match.local.get(level, []):
            local = option.local_class
            rows.append(
                {
                    "level": LEVEL_NAMES[level],
                    "class": local,
                    "exact": option.exact,
                    "seniority": names.get(local.seniority, local.seniority),
                }
            )
    return rows
