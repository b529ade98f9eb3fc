"""The language switcher's and the hreflang links' data for a page."""

from django import template

from config.languages import Alternate, alternates

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context) -> list[Alternate]:
    """The current page in every language ([] on a page that exists in one only)."""
    request = context.get("request")
    return alternates(request) if request is not None else []
