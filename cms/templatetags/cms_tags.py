"""Template tags for pages and guides."""

from django import template
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.languages import in_active_language, other_language
from search.presentation import annual_pay as annual_pay_words
from search.presentation import money

register = template.Library()


@register.simple_tag
def annual_pay(low: int | None, high: int | None, *, short: bool = False) -> str:
    """'$99,200 to $128,956 a year' (short: '$99,200 to $128,956'); 'Not known' when unknown."""
    if low is None and high is None:
        return _("Not known")
    if short:
        if low and high and low != high:
            return _("%(low)s to %(high)s") % {"low": money(low), "high": money(high)}
        return money(low or high)
    return annual_pay_words(low, high)


@register.simple_tag(takes_context=True)
def site_pages(context, *, in_menus: bool) -> list:
    """The live, public pages under the site's home page that editors put in the main menu
    (``in_menus=True``, "Show in menus" ticked) or left for the footer (``in_menus=False``),
    each in the reader's language where it is translated."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return in_active_language(
        site.root_page.get_children()
        .live()
        .public()
        .filter(show_in_menus=in_menus)
        .select_related("locale")
        .order_by("path")
    )


@register.filter
def language_if_other(page) -> str:
    """The page's language code when it is not the page's around it (for ``lang``), else ''."""
    return other_language(page)
