"""The language switcher's and the hreflang links' data for a page, and text in another language."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

from config.languages import Alternate, alternates

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context) -> list[Alternate]:
    """The current page in every language ([] on a page that exists in one only)."""
    request = context.get("request")
    return alternates(request) if request is not None else []


@register.filter
def written_in(text, code: str = ""):
    """Text in another language than the page's: by default English whatever the page's
    language (an employer's own words), or language ``code`` (a guide's title); marked
    ``lang`` when the page is in another language, so screen readers pronounce it right."""
    code = code or settings.LANGUAGE_CODE
    if not text or translation.get_language() == code:
        return text
    return format_html('<span lang="{}">{}</span>', code, text)
