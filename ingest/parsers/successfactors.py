"""SAP SuccessFactors Recruiting Marketing career sites (LAUSD's ``careers.lausd.org``). A
source's address is the site's ``sitemap.xml``, which lists every posting ever published, closed
ones too, beside the site's other pages. A job page's address is
``https://<site>/<path>/job/<slug>/<id>/`` (LAUSD: ``/pc/job/`` for classified jobs, ``/hr/job/``
for certificated ones); the page is server-rendered HTML whose posting is schema.org JobPosting
in microdata, not JSON-LD: ``<span itemprop="title">``, ``<meta itemprop="datePosted"
content="Sun Sep 13 07:00:00 UTC 2026">`` (Java's date format, which the normaliser reads),
``validThrough``, ``hiringOrganization`` often a bare name, the place as ``addressLocality`` and
``addressRegion`` or only ``streetAddress``, and the description in an ``itemprop="description"``
element. The JobPosting is read by ``ingest.parsers.jsonld.read_page``, the same reader as the
``jsonld`` format's.

A closed posting keeps its page (HTTP 200) but SuccessFactors replaces its body with "This
position has closed or is no longer available." Such a page yields no listing and no error, so a
job seen open before is absent from the next read, and when that read is complete the job is
closed as vanished; this is how a closed page closes a job.

The reader (``ingest.pipeline._successfactors_pages``) fetches the sitemap, keeps the job pages
on the sitemap's own host (``job_pages``: under the paths of a ``#path=/pc/,/hr/`` fragment on
the source's address when it has one; a fragment is never sent), newest ``<lastmod>`` first, at
most ``SUCCESSFACTORS_MAX_PAGES`` of them (beyond, the read is incomplete), and hands this parser
each page with its address. A page with neither a posting nor the closed notice (a maintenance
page, say) is not read as closed: it fails the read, naming the page, so nothing is closed.
Skipping pages whose ``<lastmod>`` is older than the last read is
left out: a job whose page is not read counts as vanished, so skipping would need the jobs of
unread pages kept open by address, which nothing records yet."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from bs4 import BeautifulSoup
from lxml import etree

from ingest.parsers.common import kept_names, text
from ingest.parsers.jsonld import read_page
from ingest.records import ParseError, ParseResult

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
JOB_PATH = re.compile(r"/job/[^/]+/(\d+)/?$")
# The notice that replaces a closed posting's body ("This position has closed or is no longer
# available."), and the other wordings career sites use for it.
CLOSED = re.compile(
    r"\b(?:this|the)\s+(?:position|posting|job)\s+(?:has\s+closed|is\s+closed|"
    r"is\s+no\s+longer\s+(?:available|posted))",
    re.I,
)


def job_id(url: str) -> str:
    """The posting number a job page's address ends with ('' for any other address)."""
    match = JOB_PATH.search(urlsplit(url).path)
    return match.group(1) if match else ""


def _kept_paths(location: str) -> list[str]:
    """The path prefixes of the address's ``#path=`` fragment, each as ``/name/``."""
    return ["/" + name.strip("/") + "/" for name in sorted(kept_names(location, "path"))]


def job_pages(data: bytes, location: str) -> list[str]:
    """The job pages a sitemap lists on its own host (``location``, the source's address, with
    its ``#path=`` fragment), newest ``<lastmod>`` first, each once."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"This is not a readable sitemap: {str(exc).rstrip('.')}.") from exc
    if root.tag == f"{SITEMAP_NS}sitemapindex":
        raise ParseError("This is a sitemap index: name one of the sitemaps it lists instead.")
    if root.tag != f"{SITEMAP_NS}urlset":
        raise ParseError("This is not a sitemap (no <urlset> in the sitemaps.org namespace).")
    host = urlsplit(location).netloc.lower()
    paths = _kept_paths(location)
    found: dict[str, str] = {}
    for entry in root.iter(f"{SITEMAP_NS}url"):
        url = text(entry.findtext(f"{SITEMAP_NS}loc"))
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != host:
            continue
        if not job_id(url) or (paths and not parts.path.casefold().startswith(tuple(paths))):
            continue
        found.setdefault(url, text(entry.findtext(f"{SITEMAP_NS}lastmod")))
    return sorted(found, key=found.__getitem__, reverse=True)


def is_job_page(head: bytes) -> bool:
    """Whether a document's opening (lower-cased) is a SuccessFactors career site's page: its
    styles and scripts come from SuccessFactors' own hosts."""
    return b"rmkcdn.successfactors.com" in head or b"j2w.init(" in head


def is_closed(soup: BeautifulSoup) -> bool:
    """Whether a job page says its position has closed."""
    return bool(CLOSED.search(soup.get_text(" ")))


def parse(data: bytes, *, location: str = "") -> ParseResult:
    """Parse one job page read at ``location``: its posting identified by the number its
    address ends with, or nothing when the page says the position has closed."""
    head = data.lstrip()[:512].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        raise ParseError(
            "This is a sitemap, not a job page: name it as a source's address to read its pages."
        )
    soup = BeautifulSoup(data, "lxml")
    if is_closed(soup):
        return ParseResult()
    page = urlunsplit(urlsplit(location)._replace(fragment="")) if location else ""
    result = read_page(data, page_url=page)
    if not result.listings and not result.errors:
        where = f"The page {page}" if page else "This page"
        raise ParseError(f"{where} has no JobPosting and does not say the position has closed.")
    number = job_id(page)
    if number and len(result.listings) == 1:
        (listing,) = result.listings
        listing.external_id = number
        listing.url = listing.apply_url = listing.url or page
    return result
