"""Template filters for job cards and pages."""

from django import template
from django.utils import timezone

from jobboard.models import HiringPath
from jobboard.models.jobs import hiring_path_codes
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


@register.filter
def who_may_apply(paths) -> str:
    """Hiring paths (a job's or an announcement's: a list, or the stored comma-separated
    codes) in plain words: "Open to the public; Veterans"."""
    codes = list(hiring_path_codes(paths) if isinstance(paths, str) else paths)
    labels = facet_labels("hiring_path", codes)
    return "; ".join(labels[code] for code in codes)


@register.filter
def restricted_to(paths) -> str:
    """Who may apply, for a result card: nothing for a job open to the public alone (most
    jobs: a card need not say so)."""
    return "" if list(paths) == [HiringPath.PUBLIC] else who_may_apply(paths)


@register.filter
def closing_soon(hit) -> bool:
    """Whether a result closes within the days that make it "closing soon"."""
    return hit.closing_soon(timezone.now())
