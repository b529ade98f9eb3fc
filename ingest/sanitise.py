"""Job descriptions are untrusted HTML: nh3 keeps a small allow-list of tags and attributes,
drops scripts, styles, event handlers and any link that is not http, https or mailto (the
link's text stays, as plain text: an ``<a>`` with no address is not valid HTML)."""

from __future__ import annotations

import html as html_lib
import re

import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "a",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": {"colspan"}}
URL_SCHEMES = {"http", "https", "mailto"}
LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-z!][^>]*>", re.I)
TAG = re.compile(r"<[^>]*>")
SPACES = re.compile(r"\s+")
# A link as nh3 writes it (attribute values in double quotes, no link inside another), and the
# names of its attributes.
LINK = re.compile(r'<a((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>(.*?)</a>', re.S)
ATTRIBUTE_NAME = re.compile(r'\s+([^\s=>]+)(?:="[^"]*")?')


def sanitise_html(html: str) -> str:
    """Sanitised HTML safe to render as is. Plain text becomes paragraphs."""
    if not html:
        return ""
    if not LOOKS_LIKE_HTML.search(html):
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", html) if p.strip()]
        return "".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
        clean_content_tags={"script", "style"},
    ).strip()
    return LINK.sub(_unwrap_dead_link, clean)


def _unwrap_dead_link(link: re.Match[str]) -> str:
    """A link whose address nh3 dropped (``javascript:``, ``data:``) keeps its text."""
    if "href" in ATTRIBUTE_NAME.findall(link.group(1)):
        return link.group(0)
    return link.group(2)


def plain_text(html: str) -> str:
    """The text of HTML that ``sanitise_html`` wrote (no scripts, styles or comments left),
    for hashing, classifying and indexing."""
    text = html_lib.unescape(TAG.sub(" ", html or ""))
    return SPACES.sub(" ", text).strip()
