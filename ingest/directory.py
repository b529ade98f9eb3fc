"""The directory of Los Angeles County's public employers and the civic-tech employers beside
them: one source each, seeded by a data migration (``ingest/migrations/0002_directory.py``) and
kept by operators in the admin afterwards.

Each entry names its employer, level of government and careers address; the platform, format
and feed address are derived from that address by ``ingest.platforms.recognise`` (the same
rule as ``manage.py add_source``), unless the entry gives its ``url``. ``confirmed`` is True only
where published material shows the address answering with the employer's jobs (an employer's
own page naming it, a public capture of the response, the platform's documentation); the
evidence says which, or what an operator still has to check. The machines this project is built
on cannot reach these sites, so nothing here was fetched: confirmed sources are enabled in
production, the others start disabled until an operator's "Ingest now" reads them.

Research notes: ``shared/research/la-employers-platforms.md`` (the project's research folder).
"""

from __future__ import annotations

CHECKED = "2026-12-03"

NEOGOV_GUESS = (
    "Not confirmed: no published page or capture names this board; the address follows "
    "NEOGOV's pattern governmentjobs.com/careers/<agency>. Check that the board exists and "
    "is this employer's before enabling it."
)
NEOGOV_SYNDICATED = (
    "Likely NEOGOV: this employer's postings are syndicated in NEOGOV's format on "
    "careersingovernment.com / jobsingovernment.com; the board's agency name is a guess. Check "
    "governmentjobs.com/careers/<agency> before enabling it."
)


def _entry(slug, employer, level, careers, evidence, *, confirmed=False, url="", name=""):
    return {
        "slug": slug,
        "employer": employer,
        "level": level,
        "careers": careers,
        "url": url,
        "name": name,
        "evidence": evidence,
        "confirmed": confirmed,
    }


def _neogov_city(slug, city, agency, evidence=NEOGOV_GUESS, *, confirmed=False):
    return _entry(
        f"city-{slug}",
        f"City of {city}",
        "city",
        f"https://www.governmentjobs.com/careers/{agency}",
        evidence,
        confirmed=confirmed,
    )


CSU_FEED = "https://careers.pageuppeople.com/873/cw/en-us/rss"
CSU_EVIDENCE = (
    "Confirmed: CSU Careers' RSS for all 23 campuses (PageUp instance 873) was captured live "
    "in October 2026 (bteh/questboard tests/fixtures/csu_careers_rss.xml); this source keeps "
    "one campus with the #campus= fragment."
)
USAJOBS_EVIDENCE = (
    "Confirmed: USAJOBS' documented Search API (developer.usajobs.gov); reading it needs "
    "USAJOBS_API_KEY and USAJOBS_USER_AGENT."
)

DIRECTORY = [
    # Federal -----------------------------------------------------------------------------------
    _entry(
        "usajobs-la-it",
        "",
        "federal",
        "https://data.usajobs.gov/api/search?LocationName=Los%20Angeles%2C%20California"
        "&Radius=50&JobCategoryCode=2210",
        USAJOBS_EVIDENCE,
        confirmed=True,
        name="USAJOBS: IT jobs in Los Angeles",
    ),
    _entry(
        "usajobs-la-data-cs",
        "",
        "federal",
        "https://data.usajobs.gov/api/search?LocationName=Los%20Angeles%2C%20California"
        "&Radius=50&JobCategoryCode=1550%3B1560%3B1530%3B0854",
        USAJOBS_EVIDENCE,
        confirmed=True,
        name="USAJOBS: computer science and data jobs in Los Angeles",
    ),
    _entry(
        "usajobs-remote-it",
        "",
        "federal",
        "https://data.usajobs.gov/api/search?RemoteIndicator=True&JobCategoryCode=2210",
        USAJOBS_EVIDENCE,
        confirmed=True,
        name="USAJOBS: remote IT jobs",
    ),
    # State -------------------------------------------------------------------------------------
    _entry(
        "calcareers-la-it",
        "State of California",
        "state",
        "https://calcareers.ca.gov/CalHrPublic/Search/JobSearchResults.aspx#county=Los Angeles",
        "Confirmed platform: CalCareers is the State's only job board and has no feed, and a plain "
        "GET of its results page returns the empty search form (CalHR's FAQ; a public "
        "reconnaissance note of May 2026). Before enabling it an operator gives this source a "
        "results address whose page carries the IT classifications' postings, or lists the "
        "postings to follow with #jcid=; it keeps those located in Los Angeles County or "
        "teleworking.",
        name="State of California (CalCareers): Los Angeles County and telework",
    ),
    # County ------------------------------------------------------------------------------------
    _entry(
        "la-county",
        "County of Los Angeles",
        "county",
        "https://www.governmentjobs.com/careers/lacounty",
        "Confirmed: hr.lacounty.gov/how-to-apply/ sends applicants to the County's online job "
        "system, which public scraper configurations address as governmentjobs.com/careers/"
        "lacounty; the JobsFeed address is NEOGOV's documented pattern.",
        confirmed=True,
        name="County of Los Angeles job bulletins",
    ),
    # City of Los Angeles (its board carries DWP's, the Port's and LAWA's civil-service jobs) ----
    _entry(
        "la-city",
        "City of Los Angeles",
        "city",
        "https://www.governmentjobs.com/careers/lacity",
        "Confirmed: personnel.lacity.gov/jobs/resources/how-to-apply.html names "
        "governmentjobs.com/careers/lacity for open jobs; the board carries every City "
        "department's civil-service jobs, the Department of Water and Power, the Harbor "
        "Department (Port of Los Angeles) and Los Angeles World Airports included.",
        confirmed=True,
        name="City of Los Angeles job bulletins",
    ),
    # Special districts -------------------------------------------------------------------------
    _entry(
        "la-metro",
        "Los Angeles County Metropolitan Transportation Authority",
        "special-district",
        "https://www.governmentjobs.com/careers/lametro",
        "Likely: Metro's postings tell applicants to watch their Governmentjobs.com profile "
        "(careersingovernment.com/job/816508) and public configurations use the agency name "
        "lametro; the feed itself was not seen answering. Check before enabling it.",
    ),
    _entry(
        "mwd",
        "Metropolitan Water District of Southern California",
        "special-district",
        "https://www.governmentjobs.com/careers/mwdh2o",
        NEOGOV_SYNDICATED
        + " Its careers site is join-mwdh2o.com (jobsingovernment.com/job/822803).",
    ),
    _entry(
        "lacsd",
        "Los Angeles County Sanitation Districts",
        "special-district",
        "https://www.governmentjobs.com/careers/lacsd",
        NEOGOV_GUESS,
    ),
    _entry(
        "scag",
        "Southern California Association of Governments",
        "special-district",
        "https://www.governmentjobs.com/careers/scag",
        NEOGOV_SYNDICATED + " (careersingovernment.com/job/748713, /job/773941).",
    ),
    _entry(
        "hacla",
        "Housing Authority of the City of Los Angeles",
        "special-district",
        "https://www.governmentjobs.com/careers/hacla",
        NEOGOV_GUESS,
    ),
    _entry(
        "lacda",
        "Los Angeles County Development Authority",
        "special-district",
        "https://www.governmentjobs.com/careers/lacda",
        NEOGOV_GUESS,
    ),
    _entry(
        "foothill-transit",
        "Foothill Transit",
        "special-district",
        "https://www.governmentjobs.com/careers/foothilltransit",
        NEOGOV_GUESS,
    ),
    _entry(
        "wrd",
        "Water Replenishment District of Southern California",
        "special-district",
        "https://www.governmentjobs.com/careers/wrd",
        NEOGOV_GUESS,
    ),
    # Public education --------------------------------------------------------------------------
    _entry(
        "lausd",
        "Los Angeles Unified School District",
        "education",
        "https://careers.lausd.org/",
        "Confirmed: careers.lausd.org/pc/content/How-to-Apply/ is LAUSD's SAP SuccessFactors "
        "career site; its sitemap.xml lists every posting, and job pages carry schema.org "
        "microdata (a public LAUSD scraper documents both).",
        confirmed=True,
        name="Los Angeles Unified School District (SuccessFactors)",
    ),
    _entry(
        "edjoin-la-county",
        "",
        "education",
        "https://www.edjoin.org/Home/Jobs?countyID=19&states=24",
        "Confirmed: EdJoin's public LoadJobs JSON is read by several public clients; countyID=19 "
        "is Los Angeles County (K-12 districts and the County Office of Education).",
        confirmed=True,
        name="EdJoin: school districts and LACOE in Los Angeles County",
    ),
    *[
        _entry(
            f"csu-{code}",
            f"California State University, {campus}",
            "education",
            CSU_FEED,
            CSU_EVIDENCE,
            confirmed=True,
            # The feed names a campus by its place ("Los Angeles"), not "Cal State LA".
            url=f"{CSU_FEED}#campus={campus}",
            name=f"Cal State {short} (PageUp)",
        )
        for code, campus, short in [
            ("la", "Los Angeles", "LA"),
            ("northridge", "Northridge", "Northridge"),
            ("long-beach", "Long Beach", "Long Beach"),
            ("dominguez-hills", "Dominguez Hills", "Dominguez Hills"),
        ]
    ],
    _entry(
        "ucla",
        "University of California, Los Angeles",
        "education",
        "https://ucla.wd1.myworkdayjobs.com/UCLACareers",
        "Not confirmed: UCLA's hiring pages describe PeopleAdmin (chr.ucla.edu); public "
        "configurations point to this Workday site instead. Check which is current before "
        "enabling it.",
    ),
    _entry(
        "laccd",
        "Los Angeles Community College District",
        "education",
        "https://www.schooljobs.com/careers/laccd",
        "Not confirmed: the District's Personnel Commission runs a merit system "
        "(laccd.edu/offices/pc/faqs) but names no job platform; this NEOGOV SchoolJobs address "
        "is a guess. Find the District's board before enabling it.",
        name="Los Angeles Community College District (to be found)",
    ),
    # Cities of Los Angeles County -------------------------------------------------------------
    _neogov_city(
        "long-beach",
        "Long Beach",
        "longbeach",
        "Likely: public code uses governmentjobs.com/careers/longbeach as the City's NEOGOV "
        "board (two repositories' tests); not seen answering.",
    ),
    _neogov_city(
        "pasadena",
        "Pasadena",
        "pasadena",
        "Likely NEOGOV: cityofpasadena.net/human-resources/careers/ offers NEOGOV's job interest "
        "card ('Notify me when this position becomes available'); the agency name is a guess.",
    ),
    _neogov_city(
        "santa-monica",
        "Santa Monica",
        "santamonica",
        "Confirmed platform, guessed address: Santa Monica's employment process page says "
        "'the NEOGOV system will store the submitted information'; the agency name is a guess.",
    ),
    _neogov_city("glendale", "Glendale", "glendaleca", NEOGOV_SYNDICATED),
    _neogov_city("burbank", "Burbank", "burbank"),
    _neogov_city("torrance", "Torrance", "torranceca"),
    _neogov_city("santa-clarita", "Santa Clarita", "santaclarita"),
    _neogov_city("pomona", "Pomona", "pomona"),
    _neogov_city("inglewood", "Inglewood", "inglewood"),
    _neogov_city("west-hollywood", "West Hollywood", "weho"),
    _neogov_city("culver-city", "Culver City", "culvercity", NEOGOV_SYNDICATED),
    _neogov_city("lancaster", "Lancaster", "lancasterca"),
    _neogov_city("palmdale", "Palmdale", "palmdale"),
    _neogov_city("downey", "Downey", "downey"),
    _neogov_city("el-monte", "El Monte", "elmonte"),
    _neogov_city("west-covina", "West Covina", "westcovina"),
    _neogov_city("norwalk", "Norwalk", "norwalk"),
    _neogov_city("compton", "Compton", "compton"),
    _neogov_city("carson", "Carson", "carson"),
    _neogov_city("whittier", "Whittier", "whittier"),
    _neogov_city("alhambra", "Alhambra", "alhambra"),
    _neogov_city("lakewood", "Lakewood", "lakewoodca"),
    _neogov_city("bellflower", "Bellflower", "bellflower"),
    _neogov_city("hawthorne", "Hawthorne", "hawthorne"),
    _neogov_city("redondo-beach", "Redondo Beach", "redondo"),
    _neogov_city("beverly-hills", "Beverly Hills", "beverlyhills"),
    _neogov_city("arcadia", "Arcadia", "arcadia"),
    _neogov_city("monterey-park", "Monterey Park", "montereypark"),
    _neogov_city("gardena", "Gardena", "gardena"),
    _neogov_city("manhattan-beach", "Manhattan Beach", "manhattanbeach"),
    _neogov_city("covina", "Covina", "covina"),
    _neogov_city("diamond-bar", "Diamond Bar", "diamondbar"),
    _neogov_city("cerritos", "Cerritos", "cerritos"),
    _neogov_city("claremont", "Claremont", "claremont"),
    _neogov_city("glendora", "Glendora", "glendora"),
    _neogov_city("south-gate", "South Gate", "southgate"),
    # Civic-tech and social-impact employers -----------------------------------------------------
    _entry(
        "code-for-america",
        "Code for America",
        "nonprofit",
        "https://job-boards.greenhouse.io/codeforamerica",
        "Confirmed: public ATS tables and crawlers read Code for America's Greenhouse board.",
        confirmed=True,
        name="Code for America (Greenhouse)",
    ),
    _entry(
        "nava",
        "Nava PBC",
        "nonprofit",
        "https://job-boards.greenhouse.io/navapbc",
        "Confirmed: a public source configuration reads Nava's Greenhouse board.",
        confirmed=True,
        name="Nava PBC (Greenhouse)",
    ),
    _entry(
        "civicactions",
        "CivicActions",
        "private",
        "https://job-boards.greenhouse.io/civicactions",
        "Confirmed: a public source configuration reads CivicActions' Greenhouse board (it "
        "moved from Lever, which this directory first listed).",
        confirmed=True,
        name="CivicActions (Greenhouse)",
    ),
    _entry(
        "ad-hoc",
        "Ad Hoc",
        "private",
        "https://boards.greenhouse.io/adhocteam",
        "Confirmed: public crawlers read Ad Hoc's Greenhouse board (adhocteam).",
        confirmed=True,
        name="Ad Hoc (Greenhouse)",
    ),
]
