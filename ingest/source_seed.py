"""Real Los Angeles-area sources, seeded by a migration. They are enabled in production and
disabled in tests (``INGEST_SEED_SOURCES_ENABLED``). The machines this project is built on
have no internet access, so these addresses follow each provider's documented URL scheme but
were not fetched here: operators should check each once in the admin ("Ingest now")."""

SOURCES = [
    {
        "slug": "usajobs-la-it",
        "name": "USAJOBS: IT jobs in Los Angeles",
        "format": "usajobs",
        "url": "https://data.usajobs.gov/api/search?LocationName=Los%20Angeles%2C%20California"
        "&Radius=50&JobCategoryCode=2210",
    },
    {
        "slug": "usajobs-la-data-cs",
        "name": "USAJOBS: computer science and data jobs in Los Angeles",
        "format": "usajobs",
        "url": "https://data.usajobs.gov/api/search?LocationName=Los%20Angeles%2C%20California"
        "&Radius=50&JobCategoryCode=1550%3B1560%3B1530%3B0854",
    },
    {
        "slug": "usajobs-remote-it",
        "name": "USAJOBS: remote IT jobs",
        "format": "usajobs",
        "url": "https://data.usajobs.gov/api/search?RemoteIndicator=True&JobCategoryCode=2210",
    },
    {
        "slug": "la-county",
        "name": "County of Los Angeles job bulletins",
        "format": "rss",
        "url": "https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=lacounty",
        "agency_default": "County of Los Angeles",
    },
    {
        "slug": "la-city",
        "name": "City of Los Angeles job bulletins",
        "format": "rss",
        "url": "https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=lacity",
        "agency_default": "City of Los Angeles",
    },
    {
        "slug": "code-for-america",
        "name": "Code for America (Greenhouse)",
        "format": "greenhouse",
        "url": "https://boards-api.greenhouse.io/v1/boards/codeforamerica/jobs?content=true",
        "agency_default": "Code for America",
    },
    {
        "slug": "nava",
        "name": "Nava PBC (Greenhouse)",
        "format": "greenhouse",
        "url": "https://boards-api.greenhouse.io/v1/boards/navapbc/jobs?content=true",
        "agency_default": "Nava PBC",
    },
    {
        "slug": "civicactions",
        "name": "CivicActions (Lever)",
        "format": "lever",
        "url": "https://api.lever.co/v0/postings/civicactions?mode=json",
        "agency_default": "CivicActions",
    },
]
