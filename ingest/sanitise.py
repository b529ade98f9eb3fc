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
# The start of a tag ("<p", "< /div", "<!--"). Text is HTML when one is followed, anywhere
# later, by a ">" (``looks_like_html``). One pattern ``<\s*/?\s*[a-z!][^>]*>`` said the same but
# read a feed's "<" and spaces, or many "<a" without a ">", in quadratic time (#27 H1).
TAG_START = re.compile(r"<\s*+(?:/\s*+)?+[a-z!]", re.I)
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
    if not looks_like_html(html):
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


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds a tag: a tag's start with a ">" after it. The first start has
    the most text after it, so it is the only one to look past; linear in the text."""
    start = TAG_START.search(text)
    return start is not None and text.find(">", start.end()) != -1


def plain_text(html: str) -> str:
    """The text of HTML that ``sanitise_html`` wrote (no scripts, styles or comments left),
    for hashing, classifying and indexing."""
    html = html or ""
    # Tags end at the last ">": past it, each "<" would read to the end for nothing (quadratic
    # in many "<" with no ">" after them).
    end = html.rfind(">") + 1
    text = html_lib.unescape(TAG.sub(" ", html[:end]) + html[end:])
    return SPACES.sub(" ", text).strip()
