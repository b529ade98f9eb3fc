"""Template filters for job cards and pages."""

from django import template

from search.documents import facet_labels
from search.links import in_page_language
from search.presentation import annual_pay, closing_words, money, original_pay

register = template.Library()


@register.filter
def pay(item) -> str:
    """Annual pay of a hit or a job."""
    return annual_pay(item.salary_min, item.salary_max)


@register.filter
def dollars(amount) -> str:
    """'$104,349': amounts in US dollars are written the American way in every language."""
    return money(amount)


@register.filter
def stated_pay(job) -> str:
    return original_pay(job)


@register.filter
def closing(item) -> str:
    return closing_words(item.closes_at, getattr(item, "open_until_filled", False))


@register.filter
def localised(path: str) -> str:
    """A job's English path, in the language of the page showing it."""
    return in_page_language(path)


@register.filter
def facet_label(value: str, facet: str) -> str:
    """A facet value's label in the active language (a role family's slug: its name)."""
    return facet_labels(facet, [value])[value]
