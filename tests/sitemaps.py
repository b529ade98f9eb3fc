"""Reading the site map as a crawler does: the index at /sitemap.xml, then every page of every
section it lists."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

INDEX_LOCATION = re.compile(r"<sitemap><loc>([^<]+)</loc>")


def section_urls(client) -> list[str]:
    """The addresses the index lists (every page of every section), as paths with queries."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    paths = []
    for location in INDEX_LOCATION.findall(index.content.decode()):
        parts = urlsplit(location.replace("&amp;", "&"))
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths


def whole_sitemap(client) -> str:
    """Every section page the index lists, one after the other."""
    pages = []
    for path in section_urls(client):
        response = client.get(path)
        assert response.status_code == 200, path
        pages.append(response.content.decode())
    return "\n".join(pages)
