"""Synthetic job listings in the real source formats, for benchmarks.

Titles are drawn from the taxonomy's signals with seniority modifiers, employers from every
level of government, pay from realistic ranges in the employers' own intervals. Documents hold
at most ``per_source`` listings each, the way real sources page them."""

from __future__ import annotations

import html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from jobboard.taxonomy_seed import ROLE_FAMILIES

EMPLOYERS = [
    # name, format, pay interval
    ("Department of Veterans Affairs", "usajobs", "PA"),
    ("Social Security Administration", "usajobs", "PA"),
    ("County of Los Angeles", "rss", "Month"),
    ("City of Los Angeles", "rss", "Hour"),
    ("City of Long Beach", "jsonld", "YEAR"),
    ("California Department of Technology", "jsonld", "MONTH"),
    ("Code for America", "greenhouse", ""),
    ("CivicActions", "lever", "per-year-salary"),
    ("California State University, Long Beach", "pageup", "monthly"),
    ("Pasadena Unified School District", "edjoin", "Monthly"),
    ("University of California, Los Angeles", "workday", "per year"),
    ("Propel", "ashby", "1 YEAR"),  # jobs.ashbyhq.com/propel
    ("Goodwill Southern California", "smartrecruiters", "per year"),  # platform not confirmed
]
# How many of each employer's pay intervals make a year (none stated: yearly).
PERIODS_PER_YEAR = {"PA": 1, "YEAR": 1, "per-year-salary": 1, "1 YEAR": 1, "per year": 1,
                    "Month": 12, "MONTH": 12, "monthly": 12, "Monthly": 12, "Hour": 2080}  # fmt: skip
MODIFIERS = ["", "", "Senior ", "Junior ", "Lead ", "Principal ", "Associate "]
NUMERALS = ["", "", " I", " II", " III"]
NON_TECH = ["Custodian", "Registered Nurse", "Civil Engineer", "Accountant", "Librarian"]
PROGRAMS = [
    "CalFresh",
    "Medi-Cal",
    "311 services",
    "permitting",
    "wildfire recovery",
    "transit fares",
    "libraries",
    "public health surveillance",
    "elections",
    "housing vouchers",
    "parks",
    "veterans benefits",
    "unemployment insurance",
    "child care subsidies",
    "water billing",
    "emergency alerts",
    "open data",
    "court records",
    "tax collection",
    "animal services",
]
CITIES = ["Los Angeles", "Long Beach", "Pasadena", "Torrance", "Downey", "Santa Monica"]
WORDS = [
    "residents",
    "services",
    "benefits",
    "data",
    "systems",
    "support",
    "secure",
    "modern",
    "accessible",
    "team",
    "program",
    "county",
    "city",
    "state",
    "federal",
    "public",
    "digital",
    "cloud",
    "network",
    "applications",
    "users",
    "research",
]


@dataclass
class Listing:
    number: int
    title: str
    employer: str
    fmt: str
    interval: str
    pay_min: int
    pay_max: int
    city: str
    remote: bool
    description: str


def _titles() -> list[str]:
    titles = []
    for family in ROLE_FAMILIES:
        titles += [s.title() for s in family["signals"].splitlines() if not s.startswith("(")]
    return [t for t in titles if len(t) > 4]


def listings(n: int, *, seed: int = 7) -> Iterator[Listing]:
    """``n`` listings, deterministic for a seed."""
    rng = random.Random(seed)
    titles = _titles()
    for number in range(n):
        employer, fmt, interval = EMPLOYERS[number % len(EMPLOYERS)]
        base = rng.choice(NON_TECH) if rng.random() < 0.08 else rng.choice(titles)
        title = f"{rng.choice(MODIFIERS)}{base}{rng.choice(NUMERALS)}"
        annual = rng.randrange(55_000, 210_000, 500)
        divisor = PERIODS_PER_YEAR.get(interval, 1)
        # Distinct openings need distinct text, or dedup rightly merges them.
        programs = rng.sample(PROGRAMS, k=3)
        words = " ".join(rng.choice(WORDS) for _ in range(40))
        words += f". Supports {', '.join(programs)} (requisition {number:06d})"
        yield Listing(
            number=number,
            title=title,
            employer=employer,
            fmt=fmt,
            interval=interval,
            pay_min=round(annual / divisor, 2),
            pay_max=round(annual * 1.3 / divisor, 2),
            city=rng.choice(CITIES),
            remote=rng.random() < 0.2,
            description=f"<p>{words.capitalize()}.</p><ul><li>{title} duties</li></ul>",
        )


def _usajobs(items: list[Listing]) -> bytes:
    results = [
        {
            "MatchedObjectId": str(i.number),
            "MatchedObjectDescriptor": {
                "PositionID": f"SYN-{i.number}",
                "PositionTitle": i.title,
                "PositionURI": f"https://www.usajobs.gov/job/{i.number}",
                "ApplyURI": [f"https://www.usajobs.gov/job/{i.number}/apply"],
                "PositionLocation": [
                    {
                        "LocationName": f"{i.city}, California",
                        "CityName": i.city,
                        "CountrySubDivisionCode": "California",
                    }
                ],
                "OrganizationName": i.employer,
                "DepartmentName": i.employer,
                "JobCategory": [{"Name": "Information Technology Management", "Code": "2210"}],
                "JobGrade": [{"Code": "GS"}],
                "PositionSchedule": [{"Name": "Full-time"}],
                "PositionRemuneration": [
                    {
                        "MinimumRange": str(i.pay_min),
                        "MaximumRange": str(i.pay_max),
                        "RateIntervalCode": "PA",
                    }
                ],
                "PublicationStartDate": "2026-11-20T00:00:00.0000",
                "ApplicationCloseDate": "2027-01-31T23:59:59.9970",
                "UserArea": {
                    "Details": {
                        "JobSummary": i.description,
                        "LowGrade": "12",
                        "HighGrade": "13",
                        "RemoteIndicator": i.remote,
                    }
                },
            },
        }
        for i in items
    ]
    count = len(results)
    return json.dumps(
        {
            "SearchResult": {
                "SearchResultCount": count,
                "SearchResultCountAll": count,
                "SearchResultItems": results,
            }
        }
    ).encode()


def _rss(items: list[Listing]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(i.title)}</title>"
        f"<link>https://www.governmentjobs.com/careers/x/jobs/{i.number}</link>"
        f"<description>{escape(i.description)}</description>"
        f"<joblisting:jobId>{i.number}</joblisting:jobId>"
        f"<joblisting:advertiseFromDate>11/20/26</joblisting:advertiseFromDate>"
        f"<joblisting:advertiseToDateTime>"
        f"{'Continuous' if i.number % 5 == 0 else '01/31/27 05:00 PM'}"
        f"</joblisting:advertiseToDateTime>"
        f"<joblisting:minimumSalary>{i.pay_min}</joblisting:minimumSalary>"
        f"<joblisting:maximumSalary>{i.pay_max}</joblisting:maximumSalary>"
        f"<joblisting:salaryInterval>{i.interval}</joblisting:salaryInterval>"
        f"<joblisting:jobType>Full Time</joblisting:jobType>"
        f"<joblisting:location>{i.city}, CA</joblisting:location></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:joblisting="http://www.governmentjobs.com/jobs/rss/joblisting"><channel>'
        f"<title>Jobs</title><link>https://example.org</link>{entries}</channel></rss>"
    ).encode()


def _jsonld(items: list[Listing]) -> bytes:
    postings = [
        {
            "@type": "JobPosting",
            "title": i.title,
            "identifier": f"SYN-{i.number}",
            "description": i.description,
            "datePosted": "2026-11-20",
            "validThrough": "2027-01-31",
            "employmentType": "FULL_TIME",
            "hiringOrganization": {"@type": "Organization", "name": i.employer},
            "jobLocation": {
                "@type": "Place",
                "address": {"addressLocality": i.city, "addressRegion": "CA"},
            },
            **({"jobLocationType": "TELECOMMUTE"} if i.remote else {}),
            "baseSalary": {
                "@type": "MonetaryAmount",
                "currency": "USD",
                "value": {"minValue": i.pay_min, "maxValue": i.pay_max, "unitText": i.interval},
            },
            "url": f"https://jobs.example.org/{i.number}",
        }
        for i in items
    ]
    block = json.dumps({"@context": "https://schema.org", "@graph": postings})
    return f'<html><head><script type="application/ld+json">{block}</script></head></html>'.encode()


def _greenhouse(items: list[Listing]) -> bytes:
    jobs = [
        {
            "id": i.number,
            "title": i.title,
            "updated_at": "2026-11-20T10:00:00-08:00",
            "location": {"name": "Remote (US)" if i.remote else f"{i.city}, CA"},
            "absolute_url": f"https://boards.greenhouse.io/x/jobs/{i.number}",
            "metadata": [],
            "content": html.escape(
                i.description + f"<p>${i.pay_min:,.0f} - ${i.pay_max:,.0f} per year</p>"
            ),
        }
        for i in items
    ]
    return json.dumps({"jobs": jobs}).encode()


def _lever(items: list[Listing]) -> bytes:
    return json.dumps(
        [
            {
                "id": f"syn-{i.number}",
                "text": i.title,
                "hostedUrl": f"https://jobs.lever.co/x/{i.number}",
                "applyUrl": f"https://jobs.lever.co/x/{i.number}/apply",
                "createdAt": 1763600000000,
                "categories": {"location": f"{i.city}, CA", "commitment": "Full-time"},
                "workplaceType": "remote" if i.remote else "on-site",
                "salaryRange": {
                    "currency": "USD",
                    "interval": i.interval,
                    "min": i.pay_min,
                    "max": i.pay_max,
                },
                "descriptionPlain": i.description,
            }
            for i in items
        ]
    ).encode()


def _money(value: float) -> str:
    return f"${value:,.2f}"


def _pageup(items: list[Listing]) -> bytes:
    """A PageUp feed like the CSU's (instance 873): pay in prose in the escaped description."""
    base = "https://careers.pageuppeople.com/873/cw/en-us/job"
    entries = "".join(
        f'<item><guid isPermaLink="true">{base}/{i.number}</guid>'
        f"<link>{base}/{i.number}</link><title>{escape(i.title)}</title>"
        f"<description>{escape(i.title)} at {escape(i.employer)}</description>"
        f"<pubDate>Fri, 20 Nov 2026 16:00:00 Z</pubDate>"
        f"<job:category>Job Search Category/Discipline|Information Technology,"
        f"Time Basis|Full Time,"
        + (
            "Work Arrangement|Remote"
            if i.remote
            else "Workplace Type (Exclude Inst Fac)|On-site (work in-person at business location)"
        )
        + f"</job:category><job:refNo>{i.number}</job:refNo>"
        f"<job:description>{escape(i.description)}"
        + escape(
            f"<p><strong>Anticipated Hiring Range: </strong>"
            f"{_money(i.pay_min)}-{_money(i.pay_max)} {i.interval}</p>"
        )
        + f"</job:description><job:applyLink>https://secure.dc4.pageuppeople.com/apply/873/"
        f"gateway/default.aspx?c=apply&amp;lJobID={i.number}</job:applyLink>"
        f"<job:closingDate>{'' if i.number % 5 == 0 else 'Fri, 29 Jan 2027 06:55:00 GMT'}"
        f"</job:closingDate><job:location>Southern California|{escape(i.city)}</job:location>"
        f"<job:workType>Staff</job:workType>"
        f"<job:businessLayer1>{escape(i.employer)}</job:businessLayer1></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
        '<channel xmlns:job="http://pageuppeople.com/"><title />'
        f"<link>https://careers.pageuppeople.com/873/cw/en-us/listing/</link>{entries}"
        "</channel></rss>"
    ).encode()


def _ashby(items: list[Listing]) -> bytes:
    """An Ashby job board asked with ``includeCompensation=true``."""
    jobs = [
        {
            "id": f"00000000-0000-4000-8000-{i.number:012d}",
            "title": i.title,
            "department": "Engineering",
            "team": "Product",
            "employmentType": "FullTime",
            "location": "Remote (US)" if i.remote else f"{i.city}, CA",
            "secondaryLocations": [],
            "publishedAt": "2026-11-20T18:36:29.484+00:00",
            "isListed": True,
            "isRemote": i.remote,
            "workplaceType": "Remote" if i.remote else "OnSite",
            "address": {
                "postalAddress": {
                    "addressRegion": "California",
                    "addressCountry": "United States",
                    "addressLocality": i.city,
                }
            },
            "jobUrl": f"https://jobs.ashbyhq.com/x/{i.number}",
            "applyUrl": f"https://jobs.ashbyhq.com/x/{i.number}/application",
            "descriptionHtml": i.description,
            "compensation": {
                "compensationTierSummary": f"${i.pay_min / 1000:.0f}K \u2013 ${i.pay_max / 1000:.0f}K",
                "summaryComponents": [
                    {
                        "compensationType": "Salary",
                        "interval": i.interval,
                        "currencyCode": "USD",
                        "minValue": i.pay_min,
                        "maxValue": i.pay_max,
                    }
                ],
            },
        }
        for i in items
    ]
    return json.dumps({"apiVersion": "1", "jobs": jobs}).encode()


def _edjoin(items: list[Listing]) -> bytes:
    """One page of EdJoin's LoadJobs: no posting text, pay in the pay range fields."""
    day = 86_400_000
    data = [
        {
            "postingID": 2_280_000 + i.number,
            "positionTitle": i.title,
            "salaryInfo": "",
            "displayFlag": "Until Filled" if i.number % 5 == 0 else "By Date",
            "postingDate": f"/Date({1_795_132_800_000 + (i.number % 30) * day})/",
            "displayUntil": "/Date(1801008000000)/",
            "countyName": "Los Angeles",
            "districtName": i.employer,
            "city": i.city,
            "countyID": 19,
            "State": 24,
            "stateName": "California",
            "fullCountyName": "Los Angeles County, CA   ",
            "jobType": "Information Tech. / Computer Svcs.",
            "jobTypeID": 25,
            "categoryID": 3,
            "onlineApp": True,
            "FullTimePartTime": "Full Time",
            "SalaryInfoSelect": "Pay Range",
            "PayRangeFrom": _money(i.pay_min),
            "PayRangeTo": _money(i.pay_max),
            "PayRangeDropdown": i.interval,
            "SingleRate": "",
            "SingleRateDropdown": "",
        }
        for i in items
    ]
    return json.dumps(
        {
            "search": {"rows": len(data), "page": 1, "regions": "19", "sort": "postingDate"},
            "totalPages": 1,
            "totalRecords": len(data),
            "totalOpenings": 0,
            "displayRecords": len(data),
            "data": data,
        }
    ).encode()


def _smartrecruiters(items: list[Listing]) -> bytes:
    """A posting list page whose postings carry their detail, as the pipeline's reader hands
    it to the parser; pay is stated in the posting's text."""
    company = {"identifier": "x", "name": items[0].employer if items else ""}
    content = [
        {
            "id": str(744_000_000_000_000 + i.number),
            "name": i.title,
            "refNumber": f"REF{i.number}",
            "company": company,
            "releasedDate": "2026-11-20T18:37:49.976Z",
            "location": {
                "city": i.city,
                "region": "CA",
                "country": "us",
                "remote": i.remote,
                "hybrid": False,
                "fullLocation": f"{i.city}, CA, United States",
            },
            "department": {},
            "function": {"id": "information_technology", "label": "Information Technology"},
            "typeOfEmployment": {"id": "permanent", "label": "Full-time"},
            "experienceLevel": {"id": "mid_senior_level", "label": "Mid-Senior Level"},
            "postingUrl": f"https://jobs.smartrecruiters.com/x/{744_000_000_000_000 + i.number}",
            "applyUrl": f"https://jobs.smartrecruiters.com/x/{744_000_000_000_000 + i.number}"
            "?oga=true",
            "jobAd": {
                "sections": {
                    "jobDescription": {"title": "Job Description", "text": i.description},
                    "additionalInformation": {
                        "title": "Additional Information",
                        "text": f"<p>{_money(i.pay_min)} - {_money(i.pay_max)} {i.interval}</p>",
                    },
                }
            },
        }
        for i in items
    ]
    return json.dumps(
        {
            "offset": 0,
            "limit": len(content),
            "totalFound": len(content),
            "content": content,
            "unread": [],
        }
    ).encode()


def _workday(items: list[Listing]) -> bytes:
    """A Workday search page with each posting's detail merged, as the pipeline's reader
    produces it; Workday has no pay field, so pay is stated in the description."""
    site = "https://ucla.wd1.myworkdayjobs.com/UCLACareers"
    postings = []
    for i in items:
        path = f"/job/{i.city.replace(' ', '-')}-CA/Posting_SYN-{i.number}"
        postings.append(
            {
                "title": i.title,
                "externalPath": path,
                "locationsText": f"{i.city}, CA",
                "postedOn": "Posted 2 Days Ago",
                "bulletFields": [f"SYN-{i.number}"],
                "jobPostingInfo": {
                    "title": i.title,
                    "jobDescription": i.description
                    + f"<p>Salary range: {_money(i.pay_min)} - {_money(i.pay_max)} {i.interval}</p>",
                    "location": f"{i.city}, CA",
                    "startDate": "2026-11-20",
                    "timeType": "Full time",
                    "jobReqId": f"SYN-{i.number}",
                    "remoteType": "Remote" if i.remote else "On-site",
                    "externalUrl": site + path,
                },
                "hiringOrganization": {"name": i.employer, "url": ""},
            }
        )
    return json.dumps(
        {"total": len(postings), "jobPostings": postings, "userAuthenticated": False, "unread": []}
    ).encode()


WRITERS = {
    "usajobs": _usajobs,
    "rss": _rss,
    "jsonld": _jsonld,
    "greenhouse": _greenhouse,
    "lever": _lever,
    "pageup": _pageup,
    "ashby": _ashby,
    "edjoin": _edjoin,
    "smartrecruiters": _smartrecruiters,
    "workday": _workday,
}


def write_sources(n: int, directory: Path, *, per_source: int = 500, seed: int = 7):
    """Write ``n`` listings as source files of at most ``per_source`` listings, one format per
    employer; return ``(path, format, employer)`` for each file."""
    directory.mkdir(parents=True, exist_ok=True)
    buckets: dict[str, list[Listing]] = {}
    written = []
    for listing in listings(n, seed=seed):
        bucket = buckets.setdefault(listing.employer, [])
        bucket.append(listing)
        if len(bucket) == per_source:
            written.append(_flush(directory, bucket, len(written)))
            buckets[listing.employer] = []
    for bucket in buckets.values():
        if bucket:
            written.append(_flush(directory, bucket, len(written)))
    return written


def _flush(directory: Path, items: list[Listing], number: int):
    first = items[0]
    path = directory / f"source-{number:04d}.{first.fmt}"
    path.write_bytes(WRITERS[first.fmt](items))
    return path, first.fmt, first.employer
