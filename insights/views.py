"""``/insights/``: the market in charts and tables; ``/insights/data/<table>.csv``: the tables
for partners."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from insights.services import RETRY_SECONDS, current_figures, current_insights, preparing
from insights.tables import TABLES, csv_text


@require_safe
def insights_page(request: HttpRequest) -> HttpResponse:
    insights = current_insights()
    if insights is None:
        response = render(request, "insights/preparing.html", status=503)
        response["Retry-After"] = str(RETRY_SECONDS)
        return response
    downloads = [(name, title) for name, (title, _, _) in TABLES.items()]
    response = render(
        request,
        "insights/insights.html",
        {"figures": insights.figures, "charts": insights.charts, "downloads": downloads},
    )
    patch_cache_control(response, public=True, max_age=300)
    return response


@require_safe
def table_csv(request: HttpRequest, name: str) -> HttpResponse:
    if name not in TABLES:
        raise Http404("No such table.")
    figures = current_figures()
    if figures is None:
        response = HttpResponse(preparing(), status=503, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(RETRY_SECONDS)
        return response
    response = HttpResponse(csv_text(name, figures), content_type="text/csv; charset=utf-8")
    filename = f"la-public-tech-jobs-{name}-{figures.as_of:%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, public=True, max_age=300)
    return response
