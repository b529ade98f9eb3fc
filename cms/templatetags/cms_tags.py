"""Template tags for pages and guides."""

from django import template
from wagtail.models import Site

from search.presentation import annual_pay as annual_pay_words
from search.presentation import money

register = template.Library()


@register.simple_tag
def annual_pay(low: int | None, high: int | None, *, short: bool = False) -> str:
    """'$99,200 to $128,956 a year' (short: '$99,200 to $128,956'); 'Not known' when unknown."""
    if low is None and high is None:
        return "Not known"
    if short:
        return (
            f"{money(low)} to {money(high)}" if low and high and low != high else money(low or high)
        )
    return annual_pay_words(low, high)


@register.simple_tag(takes_context=True)
def site_pages(context, *, in_menus: bool) -> list:
    """The live, public pages under the site's home page that editors put in the main menu
    (``in_menus=True``, "Show in menus" ticked) or left for the footer (``in_menus=False``)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return list(
        site.root_page.get_children()
        .live()
        .public()
        .filter(show_in_menus=in_menus)
        .order_by("path")
    )
