"""Charts of the figures: Vega-Lite specifications rendered on the server to SVG by
``vl-convert`` (no JavaScript in the browser), made accessible (``role="img"``, a title and a
description that states what the chart shows), each with its data as a table and the search it
summarises. Colours are the Okabe-Ito palette, safe for colour-blind readers; lines differ by
dash as well as colour. The drawings are sized for a phone and scale with the page."""

from __future__ import annotations

import html
import json
import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import vl_convert
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from insights.figures import Count, Figures, Row
from search.presentation import money

BLUE, VERMILLION, SKY, INK = "#0072B2", "#D55E00", "#56B4E9", "#1F2933"
BAR_WIDTH = 190  # the plotting area; labels take about 150 px more: fits a 360 px screen
CONFIG = {
    "aria": False,  # the whole drawing is one labelled image (see accessible_svg)
    "background": "white",
    "font": "Helvetica, Arial, sans-serif",
    "view": {"stroke": None},
    "axis": {
        "labelFontSize": 12,
        "titleFontSize": 12,
        "labelColor": INK,
        "titleColor": INK,
        "titleFontWeight": "normal",
        "domainColor": "#6B7280",
        "tickColor": "#6B7280",
        "gridColor": "#E5E7EB",
    },
    "legend": {"labelFontSize": 12, "labelColor": INK, "orient": "bottom", "title": None},
}


@dataclass(frozen=True)
class Table:
    caption: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]  # the first cell (text, link or ""), then text


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    description: str
    svg: str
    table: Table
    link: str
    link_text: str
    notes: list[str] = field(default_factory=list)


def search_all(count: int) -> str:
    """The link under a chart of every open job."""
    return ngettext("Search the %(count)s open job", "Search all %(count)s open jobs", count) % {
        "count": f"{count:,}"
    }


# What a chart's table and description say for a pay nobody advertised.
NO_PAY = "—"


LINE_CHARACTERS = 24


def wrapped(label: str) -> str:
    """A label for the side of a chart, in lines of whole words (the axis splits it at the
    newlines). Wrapped here rather than cut by Vega's ``labelLimit``, which measures the text
    again for every character it drops and so tripled the time to draw a chart."""
    return "\n".join(textwrap.wrap(label, LINE_CHARACTERS)) or label


def row_step(labels: Sequence[str]) -> dict[str, int]:
    """Each row's height: enough for its longest wrapped label."""
    lines = max((label.count("\n") + 1 for label in labels), default=1)
    return {"step": max(24, 14 * lines + 8)}


def percent(share: float) -> str:
    return f"{share:.0%}"


# -- drawing ---------------------------------------------------------------------------------


# Vega specs compiled from Vega-Lite, by the Vega-Lite spec without its data (per process).
_COMPILED: dict[str, dict[str, Any]] = {}
COMPILED_LIMIT = 256


def render_svg(spec: dict[str, Any]) -> str:
    """The SVG of a Vega-Lite spec; no data is ever fetched from anywhere.

    The Vega-Lite to Vega compilation depends on the chart's shape, not its numbers, so it
    is done once per shape and the numbers are put into the compiled spec's one inline data
    set (the same drawing, checked by the tests; a fifth less time)."""
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", **spec}
    shape = json.dumps({**spec, "data": None}, sort_keys=True, default=str)
    vega = _COMPILED.get(shape)
    if vega is None:
        vega = vl_convert.vegalite_to_vega(spec, config=CONFIG)
        if sum("values" in data for data in vega.get("data", [])) != 1:
            return vl_convert.vegalite_to_svg(
                spec, config=CONFIG, allowed_base_urls=[], **_locales()
            )
        if len(_COMPILED) >= COMPILED_LIMIT:
            _COMPILED.clear()
        _COMPILED[shape] = vega
    values = spec["data"]["values"]
    vega = {
        **vega,
        "data": [{**data, "values": values} if "values" in data else data for data in vega["data"]],
    }
    return vl_convert.vega_to_svg(vega, allowed_base_urls=[], **_locales())


# d3's number and date formats of each language: months and separators in the axes.
D3_LOCALES = {"en": "en-US", "es": "es-MX"}


def _locales() -> dict[str, str]:
    locale = D3_LOCALES.get(translation.get_language() or "en", "en-US")
    return {"format_locale": locale, "time_format_locale": locale}


_OPENING = re.compile(r"<svg\b[^>]*>")
_INNER_ARIA = re.compile(r'\s(?:role|aria-label|aria-roledescription)="[^"]*"')


def accessible_svg(svg: str, *, key: str, title: str, description: str) -> str:
    """One labelled image: ``role="img"`` named by a ``<title>`` and described by a ``<desc>``;
    no fixed size (the viewBox keeps the proportions, the page sets the width)."""
    opening = _OPENING.match(svg)
    if opening is None:
        raise ValueError("not an SVG document")
    tag = re.sub(r'\s(?:width|height|class)="[^"]*"', "", opening.group(0))
    tag = tag.replace(
        "<svg",
        f'<svg role="img" aria-labelledby="{key}-title" aria-describedby="{key}-desc"'
        ' class="chart__drawing"',
        1,
    )
    inner = _INNER_ARIA.sub("", svg[opening.end() :])
    return (
        f'{tag}<title id="{key}-title">{html.escape(title)}</title>'
        f'<desc id="{key}-desc">{html.escape(description)}</desc>{inner}'
    )


# The groups down the side, in the order given.
LABEL_AXIS = {
    "field": "label",
    "type": "nominal",
    "sort": None,
    "title": None,
    "axis": {"labelLimit": 0, "labelExpr": "split(datum.label, '\\n')"},  # see ``wrapped``
}


def bar_spec(bars: list[dict[str, Any]], *, axis_title: str, axis_format: str = "d") -> dict:
    """Horizontal bars in the given order, each labelled with its value."""
    y = LABEL_AXIS
    x = {
        "field": "value",
        "type": "quantitative",
        "title": axis_title,
        "axis": {"format": axis_format, "tickCount": 4},
    }
    return {
        "width": BAR_WIDTH,
        "height": row_step([bar["label"] for bar in bars]),
        "data": {"values": bars},
        "encoding": {"y": y, "x": x},
        "layer": [
            {"mark": {"type": "bar", "color": BLUE}},
            {
                "mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 12, "color": INK},
                "encoding": {"text": {"field": "text"}},
            },
        ],
    }


def pay_spec(rows: list[Row]) -> dict:
    """For each group a line from the lowest to the highest advertised pay and a dot at the
    median."""
    values = [
        {
            "label": wrapped(r.name),
            "low": r.salary_min,
            "high": r.salary_max,
            "median": r.salary_median,
        }
        for r in rows
    ]
    y = LABEL_AXIS
    money_axis = {"format": "$~s", "tickCount": 4}
    return {
        "width": BAR_WIDTH,
        "height": row_step([value["label"] for value in values]),
        "data": {"values": values},
        "encoding": {"y": y},
        "layer": [
            {
                "mark": {"type": "rule", "color": SKY, "strokeWidth": 6, "strokeCap": "round"},
                "encoding": {
                    "x": {
                        "field": "low",
                        "type": "quantitative",
                        "title": _("Annual pay"),
                        "axis": money_axis,
                    },
                    "x2": {"field": "high"},
                },
            },
            {
                "mark": {
                    "type": "point",
                    "filled": True,
                    "color": INK,
                    "size": 60,
                    "shape": "diamond",
                },
                "encoding": {"x": {"field": "median", "type": "quantitative"}},
            },
        ],
    }


def weekly_spec(figures: Figures) -> dict:
    values = []
    new, closed = _("New postings"), _("Closed")
    for week in figures.weekly:
        values.append({"week": week.week.isoformat(), "series": new, "n": week.new})
        values.append({"week": week.week.isoformat(), "series": closed, "n": week.closed})
    series = {"domain": [new, closed]}
    return {
        "width": BAR_WIDTH + 110,
        "height": 160,
        "data": {"values": values},
        "mark": {"type": "line", "point": True, "strokeWidth": 2},
        "encoding": {
            "x": {
                "field": "week",
                "type": "temporal",
                "title": _("Week starting"),
                "axis": {"format": "%b %-d", "tickCount": 6, "labelAngle": 0},
            },
            "y": {
                "field": "n",
                "type": "quantitative",
                "title": _("Jobs"),
                "axis": {"format": "d", "tickCount": 4},
            },
            "color": {
                "field": "series",
                "type": "nominal",
                "scale": {**series, "range": [BLUE, VERMILLION]},
            },
            "strokeDash": {
                "field": "series",
                "type": "nominal",
                "scale": {**series, "range": [[1, 0], [6, 3]]},
            },
            "shape": {
                "field": "series",
                "type": "nominal",
                "scale": {**series, "range": ["circle", "square"]},
            },
        },
    }


def draw(key: str, title: str, description: str, spec: dict) -> str:
    return accessible_svg(render_svg(spec), key=key, title=title, description=description)


# -- the charts ------------------------------------------------------------------------------


def _leader(rows: Sequence[Row | Count], total: int, nothing: str) -> str:
    ranked = sorted((r for r in rows if r.open), key=lambda r: -r.open)
    if not ranked:
        return nothing
    top = ranked[0]
    return (
        _("%(name)s has the most open jobs: %(open)s of %(total)s.")
        % {"name": top.name, "open": f"{top.open:,}", "total": f"{total:,}"}
        + " "
        + "; ".join(f"{r.name} {r.open:,}" for r in ranked)
        + "."
    )


def open_jobs_chart(
    key: str,
    title: str,
    rows: list[Row | Count],
    figures: Figures,
    *,
    nothing: str,
    heading: str,
    link_text: str = "",
) -> Chart:
    """``nothing``: the description when no value has open jobs."""
    bars = [{"label": wrapped(r.name), "value": r.open, "text": f"{r.open:,}"} for r in rows]
    description = _leader(rows, figures.open_jobs, nothing)
    return Chart(
        key=key,
        title=title,
        description=description,
        svg=draw(key, title, description, bar_spec(bars, axis_title=_("Open jobs"))),
        table=Table(
            caption=title,
            headers=[heading, _("Open jobs")],
            rows=[[(r.name, r.search_url), f"{r.open:,}"] for r in rows],
        ),
        link=figures.all_jobs_url,
        link_text=link_text or search_all(figures.open_jobs),
    )


def pay_chart(key: str, title: str, rows: list[Row], *, heading: str, link: str) -> Chart:
    paid = [r for r in rows if r.salary_median is not None]
    if paid:
        top = max(paid, key=lambda r: r.salary_median or 0)
        description = (
            _("Median annual pay is highest for %(name)s (%(median)s).")
            % {"name": top.name, "median": money(top.salary_median, empty=NO_PAY)}
            + " "
            + "; ".join(
                _("%(name)s: median %(median)s, from %(low)s to %(high)s")
                % {
                    "name": r.name,
                    "median": money(r.salary_median, empty=NO_PAY),
                    "low": money(r.salary_min, empty=NO_PAY),
                    "high": money(r.salary_max, empty=NO_PAY),
                }
                for r in paid
            )
            + "."
        )
    else:
        description = _("No open job advertises its pay right now.")
    return Chart(
        key=key,
        title=title,
        description=description,
        svg=draw(key, title, description, pay_spec(paid)),
        table=Table(
            caption=title,
            headers=[heading, _("Median"), _("Lowest"), _("Highest"), _("Jobs with pay listed")],
            rows=[
                [
                    (r.name, r.search_url),
                    money(r.salary_median, empty=NO_PAY),
                    money(r.salary_min, empty=NO_PAY),
                    money(r.salary_max, empty=NO_PAY),
                    _("%(paid)s of %(open)s") % {"paid": f"{r.paid:,}", "open": f"{r.open:,}"},
                ]
                for r in rows
                if r.open
            ],
        ),
        link=link,
        link_text=_("Search jobs by pay"),
        notes=[
            _(
                "Each job counts once, at the middle of its advertised annual range; the line "
                "runs from the lowest advertised minimum to the highest maximum, the diamond "
                "marks the median."
            )
        ],
    )


def weekly_chart(figures: Figures) -> Chart:
    new = sum(w.new for w in figures.weekly)
    closed = sum(w.closed for w in figures.weekly)
    weeks = len(figures.weekly)
    title = _("New and closed jobs per week, last %(weeks)d weeks") % {"weeks": weeks}
    trend = (
        _("more jobs were posted than closed")
        if new > closed
        else _("as many or more jobs closed than were posted")
    )
    description = (
        _(
            "Over the last %(weeks)d weeks %(new)s jobs were first seen and %(closed)s closed: "
            "%(trend)s. The most recent week, starting %(day)s, had %(last_new)s new and "
            "%(last_closed)s closed."
        )
        % {
            "weeks": weeks,
            "new": f"{new:,}",
            "closed": f"{closed:,}",
            "trend": trend,
            "day": date_format(figures.weekly[-1].week, pgettext("date format", "F j")),
            "last_new": f"{figures.weekly[-1].new:,}",
            "last_closed": f"{figures.weekly[-1].closed:,}",
        }
        if figures.weekly
        else _("No weeks to show.")
    )
    return Chart(
        key="weekly",
        title=title,
        description=description,
        svg=draw("weekly", title, description, weekly_spec(figures)),
        table=Table(
            caption=title,
            headers=[_("Week starting"), _("New postings"), _("Closed")],
            rows=[
                [
                    (date_format(w.week, pgettext("date format", "M j, Y")), ""),
                    f"{w.new:,}",
                    f"{w.closed:,}",
                ]
                for w in figures.weekly
            ],
        ),
        link=figures.all_jobs_url + "?sort=newest",
        link_text=_("See the newest jobs"),
        notes=[
            _(
                "A job is new in the week it was first seen, and closed in the week it closed "
                "(weeks start on Monday; the last one is this week so far)."
            )
        ],
    )


def arrangement_chart(figures: Figures) -> Chart:
    title = _("Remote, hybrid and on-site open jobs")
    total = figures.open_jobs or 1
    bars = [
        {
            "label": wrapped(c.name),
            "value": c.open,
            "text": f"{c.open:,} ({percent(c.open / total)})",
        }
        for c in figures.work_arrangement
    ]
    description = (
        _("%(share)s of open jobs are remote or hybrid.") % {"share": percent(figures.remote_share)}
        + " "
        + "; ".join(f"{c.name} {c.open:,}" for c in figures.work_arrangement)
        + "."
    )
    return Chart(
        key="remote",
        title=title,
        description=description,
        svg=draw("remote", title, description, bar_spec(bars, axis_title=_("Open jobs"))),
        table=Table(
            caption=title,
            headers=[_("Where the work is done"), _("Open jobs"), _("Share")],
            rows=[
                [(c.name, c.search_url), f"{c.open:,}", percent(c.open / total)]
                for c in figures.work_arrangement
            ],
        ),
        link=figures.work_arrangement[-1].search_url,
        link_text=_("Search remote jobs"),
    )


def page_charts(figures: Figures) -> list[Chart]:
    """Every chart of the insights page, in reading order."""
    makers: list[Callable[[], Chart]] = [
        lambda: open_jobs_chart(
            "families",
            _("Open jobs by role family"),
            figures.by_role_family,
            figures,
            nothing=_("No role family has open jobs right now."),
            heading=_("Role family"),
        ),
        lambda: open_jobs_chart(
            "levels",
            _("Open jobs by level of government"),
            figures.by_government_level,
            figures,
            nothing=_("No level of government has open jobs right now."),
            heading=_("Level of government"),
        ),
        lambda: open_jobs_chart(
            "seniority",
            _("Open jobs by seniority"),
            figures.by_seniority,
            figures,
            nothing=_("No seniority level has open jobs right now."),
            heading=_("Seniority"),
        ),
        lambda: pay_chart(
            "pay-families",
            _("Annual pay by role family"),
            figures.by_role_family,
            heading=_("Role family"),
            link=figures.all_jobs_url + "?sort=salary",
        ),
        lambda: pay_chart(
            "pay-levels",
            _("Annual pay by level of government"),
            figures.by_government_level,
            heading=_("Level of government"),
            link=figures.all_jobs_url + "?sort=salary",
        ),
        lambda: weekly_chart(figures),
        lambda: arrangement_chart(figures),
        lambda: open_jobs_chart(
            "employers",
            _("The %(count)d employers hiring most") % {"count": len(figures.top_employers)},
            list(figures.top_employers),
            figures,
            nothing=_("No employer has open jobs right now."),
            heading=_("Employer"),
        ),
    ]
    # One after another: drawing them in threads was slower (the renderer draws one at a time).
    return [make() for make in makers]
