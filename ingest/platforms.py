"""Which job platform a careers-page address belongs to, and the feed or API address its jobs
are read from: ``recognise(url)``. ``manage.py add_source``, the admin's "Add from a careers
page" and the directory of employers use it, so a source's format and URL are derived one way.

Recognition is by address alone (no request): NEOGOV's governmentjobs.com boards, Workday's
myworkdayjobs.com sites, Greenhouse, Lever, Ashby, SmartRecruiters, PageUp, EdJoin, CalCareers,
SuccessFactors career sites and USAJOBS' search API. Any other address is a career page whose
schema.org JobPosting markup may be read: ``add_source`` fetches it once to find out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

KNOWN = (
    "NEOGOV (governmentjobs.com/careers/<agency>), Workday (<tenant>.myworkdayjobs.com/<site>), "
    "Greenhouse (job-boards.greenhouse.io/<board>), Lever (jobs.lever.co/<company>), "
    "Ashby (jobs.ashbyhq.com/<board>), SmartRecruiters (careers.smartrecruiters.com/<company>), "
    "PageUp (careers.pageuppeople.com/<instance>/<campus>), EdJoin (edjoin.org), "
    "CalCareers (calcareers.ca.gov), SuccessFactors career sites (careers.lausd.org), "
    "USAJOBS (data.usajobs.gov/api/search) and pages with JobPosting markup"
)


class UnknownPlatform(ValueError):
    """The address belongs to no platform this site reads; the message is one sentence."""


@dataclass(frozen=True)
class Recognised:
    """A careers address read: its platform, the source format and the address to read."""

    platform: str  # a value of jobboard's PLATFORMS
    format: str  # a value of jobboard's FORMATS
    url: str  # the feed or API address the source reads
    board: str  # the employer's name on the platform (a slug), for the source's name


def _segments(path: str) -> list[str]:
    return [part for part in path.split("/") if part]


def _neogov(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    if host not in ("governmentjobs.com", "schooljobs.com"):  # NEOGOV's boards for schools too
        return None
    if path[:1] == ["careers"] and len(path) >= 2:
        agency = path[1]
    elif [p.lower() for p in path[:2]] == ["searchengine", "jobsfeed"] and query.get("agency"):
        agency = query["agency"]
    else:
        return None
    feed = f"https://www.{host}/SearchEngine/JobsFeed?agency={quote(agency)}"
    return Recognised("neogov", "rss", feed, agency)


def _workday(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    match = re.fullmatch(r"([a-z0-9-]+)\.(wd\d+)\.myworkdayjobs\.com", host)
    if not match:
        return None
    tenant = match.group(1)
    if path[:2] == ["wday", "cxs"] and len(path) >= 4:
        tenant, site = path[2], path[3]
    else:
        # The site is the first segment that is not a locale such as "en-US".
        sites = [p for p in path if not re.fullmatch(r"[a-z]{2}-[A-Za-z]{2}", p)]
        if not sites:
            return None
        site = sites[0]
    url = f"https://{host}/wday/cxs/{tenant}/{site}/jobs"
    return Recognised("workday", "workday", url, tenant)


def _greenhouse(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    if host in ("job-boards.greenhouse.io", "boards.greenhouse.io") and path:
        board = path[0]
    elif host == "boards-api.greenhouse.io" and path[:3] == ["v1", "boards"] and len(path) > 2:
        board = path[2]
    else:
        return None
    url = f"https://boards-api.greenhouse.io/v1/boards/{quote(board)}/jobs?content=true"
    return Recognised("greenhouse", "greenhouse", url, board)


def _lever(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    if host == "jobs.lever.co" and path:
        company = path[0]
    elif host == "api.lever.co" and path[:2] == ["v0", "postings"] and len(path) > 2:
        company = path[2]
    else:
        return None
    url = f"https://api.lever.co/v0/postings/{quote(company)}?mode=json"
    return Recognised("lever", "lever", url, company)


def _ashby(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    if host == "jobs.ashbyhq.com" and path:
        board = path[0]
    elif host == "api.ashbyhq.com" and path[:2] == ["posting-api", "job-board"] and len(path) > 2:
        board = path[2]
    else:
        return None
    url = f"https://api.ashbyhq.com/posting-api/job-board/{quote(board)}?includeCompensation=true"
    return Recognised("ashby", "ashby", url, board)


def _smartrecruiters(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    if host in ("careers.smartrecruiters.com", "jobs.smartrecruiters.com") and path:
        company = path[0]
    elif host == "api.smartrecruiters.com" and path[:2] == ["v1", "companies"] and len(path) > 2:
        company = path[2]
    else:
        return None
    url = f"https://api.smartrecruiters.com/v1/companies/{quote(company)}/postings"
    return Recognised("smartrecruiters", "smartrecruiters", url, company)


def _pageup(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    if host != "careers.pageuppeople.com" or len(path) < 2:
        return None
    instance, campus = path[0], path[1]
    locale = path[2] if len(path) > 2 and re.fullmatch(r"[a-z]{2}-[a-z]{2}", path[2]) else "en-us"
    url = f"https://careers.pageuppeople.com/{instance}/{campus}/{locale}/rss"
    return Recognised("pageup", "pageup", url, f"{instance}-{campus}")


def _edjoin(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    if host != "edjoin.org":
        return None
    # A search page's filters (keywords, countyID, districtID...) carry over to its JSON.
    kept = {k: v for k, v in query.items() if k not in ("page", "rows")}
    kept.setdefault("sort", "postingDate")
    kept.setdefault("order", "desc")
    url = f"https://www.edjoin.org/Home/LoadJobs?{urlencode(kept)}"
    board = kept.get("districtID") or kept.get("countyID") or "search"
    return Recognised("edjoin", "edjoin", url, f"edjoin-{board}")


def _calcareers(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    """A CalCareers address as given: a results page, or any page with a ``#jcid=`` list of
    postings (``recognise`` keeps the fragment)."""
    if host != "calcareers.ca.gov":
        return None
    url = "https://calcareers.ca.gov/" + "/".join(path)
    if query:
        url += "?" + urlencode(query)
    return Recognised("calcareers", "calcareers", url, "calcareers")


def _successfactors(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    """SuccessFactors career sites on their employer's own host are recognised by name
    (careers.lausd.org), or by a ``/sitemap.xml`` address on SAP's hosts."""
    sap_host = host.endswith((".sapsf.com", ".successfactors.com", ".sapsf.eu"))
    if host != "careers.lausd.org" and not sap_host:
        return None
    return Recognised("successfactors", "successfactors", f"https://{host}/sitemap.xml", host)


def _usajobs(host: str, path: list[str], query: dict[str, str]) -> Recognised | None:
    if host != "data.usajobs.gov" or path[:2] != ["api", "search"]:
        return None
    url = "https://data.usajobs.gov/api/search" + (f"?{urlencode(query)}" if query else "")
    return Recognised("usajobs", "usajobs", url, "usajobs")


# Formats whose parser or reader takes a "keep only these" fragment from the source's address
# (``#campus=``, ``#county=``, ``#jcid=``, ``#path=``): a fragment given with the address is kept.
READS_FRAGMENT = frozenset({"pageup", "edjoin", "calcareers", "successfactors"})

RECOGNISERS = (
    _neogov,
    _workday,
    _greenhouse,
    _lever,
    _ashby,
    _smartrecruiters,
    _pageup,
    _edjoin,
    _calcareers,
    _successfactors,
    _usajobs,
)


def recognise(url: str) -> Recognised | None:
    """The platform of a careers address and the address to read its jobs from; None when no
    known platform has it (it may still be a page with JobPosting markup). Raises
    UnknownPlatform when it is not a web address at all."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnknownPlatform(f"{url!r} is not a web address; the platforms known are {KNOWN}.")
    host = parts.hostname.lower().removeprefix("www.")
    path = _segments(parts.path)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    for recogniser in RECOGNISERS:
        found = recogniser(host, path, query)
        if found is not None:
            if found.format in READS_FRAGMENT and parts.fragment:
                return replace(found, url=f"{found.url}#{parts.fragment}")
            return found
    return None


def jobposting_page(url: str) -> Recognised:
    """An address of no known platform, read as a career page with JobPosting markup."""
    host = urlsplit(url).hostname or "page"
    return Recognised("jobposting", "jsonld", url.strip(), host.removeprefix("www."))
