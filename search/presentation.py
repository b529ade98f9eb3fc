"""How jobs read to people: pay, closing dates in words, refinements, schema.org JSON-LD."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext, pgettext_lazy

from jobboard.models import Job
from search.query import FACETS, JobQuery, SearchResults

INTERVAL_WORDS = {
    "year": pgettext_lazy("pay", "a year"),
    "month": pgettext_lazy("pay", "a month"),
    "biweekly": pgettext_lazy("pay", "every two weeks"),
    "week": pgettext_lazy("pay", "a week"),
    "day": pgettext_lazy("pay", "a day"),
    "hour": pgettext_lazy("pay", "an hour"),
}


def money(amount: int | Decimal | None, *, empty: str = "") -> str:
    """Dollars as people write them (``$85,000``; ``$21.50`` when there are cents), or
    ``empty`` when the amount is unknown (a sentence leaves it out; a table says "—")."""
    if amount is None:
        return empty
    whole = Decimal(amount) == Decimal(amount).to_integral_value()
    return f"${amount:,.0f}" if whole else f"${amount:,.2f}"


def annual_pay(low: int | None, high: int | None) -> str:
    """'$99,200 to $128,956 a year', or '' when no pay is known."""
    if low is None and high is None:
        return ""
    if low == high or high is None:
        return _("%(amount)s a year") % {"amount": money(low or high)}
    return _("%(low)s to %(high)s a year") % {"low": money(low), "high": money(high)}


def original_pay(job: Job) -> str:
    """The pay as the employer stated it, when not yearly ('$18.64 to $21.10 an hour')."""
    if job.pay_interval in ("", "year") or job.pay_min is None:
        return ""
    words = INTERVAL_WORDS.get(job.pay_interval, "")
    if job.pay_max is None or job.pay_min == job.pay_max:
        return f"{money(job.pay_min)} {words}"
    return _("%(low)s to %(high)s %(interval)s") % {
        "low": money(job.pay_min),
        "high": money(job.pay_max),
        "interval": words,
    }


def closing_words(closes_at: datetime | None, open_until_filled: bool, *, now=None) -> str:
    """'Closes in 12 days (Dec 20)', 'Closes today', 'Open until filled', 'Closed'."""
    if closes_at is None:
        return _("Open until filled") if open_until_filled else _("No closing date given")
    now = now or timezone.now()
    local = timezone.localtime(closes_at)
    days = (local.date() - timezone.localtime(now).date()).days
    # "Dec 20, 2026"; the format itself is translated ("20 de diciembre de 2026").
    date = date_format(local, pgettext("date format", "M j, Y"))
    if closes_at < now:
        return _("Closed %(date)s") % {"date": date}
    if days == 0:
        return _("Closes today, %(date)s") % {"date": date}
    if days == 1:
        return _("Closes tomorrow, %(date)s") % {"date": date}
    return ngettext(
        "Closes in %(days)d day, %(date)s", "Closes in %(days)d days, %(date)s", days
    ) % {"days": days, "date": date}


def refinements(query: JobQuery, results: SearchResults) -> list[dict[str, str]]:
    """The current refinements, each with a link that removes it."""
    items = []
    labels = {
        facet: {value.value: value.label for value in results.facets[facet]} for facet in FACETS
    }
    if query.q:
        items.append({"label": f"“{query.q}”", "remove": _url(query.with_changes(q="", page=1))})
    for facet in FACETS:
        for value in query.selected(facet):
            remaining = dict(query.filters)
            remaining[facet] = tuple(v for v in query.selected(facet) if v != value)
            items.append(
                {
                    "label": labels[facet].get(value, value),
                    "remove": _url(query.with_changes(filters=remaining, page=1)),
                }
            )
    if query.salary_min:
        items.append(
            {
                "label": _("Pay from %(amount)s a year") % {"amount": money(query.salary_min)},
                "remove": _url(query.with_changes(salary_min=None, page=1)),
            }
        )
    if query.location:
        items.append(
            {"label": query.location, "remove": _url(query.with_changes(location="", page=1))}
        )
    if query.closing_within:
        items.append(
            {
                "label": ngettext(
                    "Closing within %(days)d day",
                    "Closing within %(days)d days",
                    query.closing_within,
                )
                % {"days": query.closing_within},
                "remove": _url(query.with_changes(closing_within=None, page=1)),
            }
        )
    return items


def _url(query: JobQuery) -> str:
    return "?" + urlencode(query.to_params())


EMPLOYMENT_SCHEMA = {
    "full-time": "FULL_TIME",
    "part-time": "PART_TIME",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "internship": "INTERN",
    "fellowship": "OTHER",
}


def job_posting_jsonld(job: Job, request: HttpRequest) -> dict[str, Any]:
    """schema.org JobPosting for an open job (search engines show it in job search)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description or job.title,
        "identifier": {"@type": "PropertyValue", "name": job.agency.name, "value": str(job.pk)},
        "datePosted": (job.posted_at or job.first_seen_at).date().isoformat(),
        "employmentType": EMPLOYMENT_SCHEMA.get(job.employment_type, "OTHER"),
        "hiringOrganization": {"@type": "Organization", "name": job.agency.name},
        "url": request.build_absolute_uri(job.get_absolute_url()),
    }
    if job.closes_at:
        data["validThrough"] = job.closes_at.isoformat()
    if job.work_arrangement == "remote":
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "US"}
    if job.city or job.location:
        data["jobLocation"] = {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": job.city or job.location,
                "addressRegion": job.state or "CA",
                "addressCountry": "US",
            },
        }
    if job.salary_min:
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": job.salary_min,
                "maxValue": job.salary_max or job.salary_min,
                "unitText": "YEAR",
            },
        }
    return data


SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_json(data: Any) -> SafeString:
    """JSON safe inside a <script> element: no '</script>' or HTML can break out of it."""
    return mark_safe(json.dumps(data).translate(SCRIPT_ESCAPES))  # noqa: S308 - escaped above
