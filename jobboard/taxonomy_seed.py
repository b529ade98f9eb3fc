"""The taxonomy of DESIGN §2 as data: the seed the migration loads, and the list of slugs the
rest of the code may rely on."""

ROLE_FAMILIES = [
    {
        "slug": "software-engineering",
        "name": "Software Engineering",
        "description": "Building and maintaining the software that delivers public services.",
        "signals": "software engineer\nsoftware developer\nweb developer\napp developer\n"
        "programmer\nprogrammer analyst\nqa engineer\ntest engineer\ncomputer scientist\n"
        "(APPSW)\n(INET)\n1550\n0854",
    },
    {
        "slug": "infrastructure-operations",
        "name": "Infrastructure, Cloud & Operations",
        "description": "Running the networks, servers, cloud platforms and databases.",
        "signals": "systems administrator\nnetwork administrator\nnetwork engineer\n"
        "systems engineer\ncloud\ndevops\nsite reliability\nsre\nplatform engineer\n"
        "database administrator\ntelecommunications\n(SYSADMIN)\n(NETWORK)\n(OS)",
    },
    {
        "slug": "it-support",
        "name": "IT Support & Service",
        "description": "Helping staff and residents use technology: help desk to field support.",
        "signals": "help desk\nservice desk\ndesktop support\nfield support\nit technician\n"
        "client services\n(CUSTSPT)",
    },
    {
        "slug": "cybersecurity",
        "name": "Cybersecurity & Privacy",
        "description": "Protecting systems and residents' data.",
        "signals": "information security\nisso\nissm\nsoc\nsecurity analyst\n"
        "security engineer\npenetration tester\ngrc\nprivacy officer\nciso\n(INFOSEC)",
    },
    {
        "slug": "data-analytics",
        "name": "Data, Analytics & AI",
        "description": "Turning public data into decisions: analysis, statistics, GIS and AI.",
        "signals": "data scientist\ndata analyst\ndata engineer\nstatistician\n"
        "business intelligence\ngis\nmachine learning\n1560\n1530\n(DATAMGT)",
    },
    {
        "slug": "product-delivery",
        "name": "Product, Project & Delivery",
        "description": "Leading teams to deliver services that work for the people using them.",
        "signals": "product manager\nproduct owner\ndelivery manager\nscrum master\n"
        "it project manager\nprogram manager\nportfolio manager",
    },
    {
        "slug": "systems-analysis",
        "name": "Business & Systems Analysis",
        "description": "Translating program needs into requirements and systems.",
        "signals": "business analyst\nsystems analyst\ninformation systems analyst\n"
        "requirements analyst\n(SYSANALYSIS)",
    },
    {
        "slug": "design-research",
        "name": "Design, Research & Content",
        "description": "Making services usable and accessible: design, research and content.",
        "signals": "ux designer\nui designer\nservice designer\nproduct designer\n"
        "user researcher\ncontent designer\ncontent strategist\naccessibility specialist\n"
        "customer experience strategist",
    },
    {
        "slug": "architecture",
        "name": "Architecture",
        "description": "Shaping how systems fit together across an agency.",
        "signals": "enterprise architect\nsolution architect\ndata architect\n"
        "cloud architect\ntechnical architect\n(ENTARCH)",
    },
    {
        "slug": "policy-acquisition",
        "name": "Tech Policy, Governance & Acquisition",
        "description": "Setting technology policy and buying technology well.",
        "signals": "it policy\nit governance\ncpic\nit procurement\nit contracting\n(PLCYPLN)\n"
        "1102",
    },
    {
        "slug": "it-leadership",
        "name": "Technology Leadership",
        "description": "Leading technology organisations: CIOs, CTOs and IT directors.",
        "signals": "cio\ncto\ncdo\nchief information officer\nchief technology officer\n"
        "it director\nit manager\ngeneral manager",
    },
]

SENIORITY_LEVELS = [
    {
        "slug": "intern",
        "name": "Intern, Fellow, Apprentice",
        "signals": "intern\nstudent trainee\napprentice\nsummer fellow",
        "federal_grades": "GS-2, GS-3, GS-4",
    },
    {
        "slug": "entry",
        "name": "Entry",
        "signals": "junior\nassociate\nassistant\naide\ntrainee\ntechnician\nI",
        "federal_grades": "GS-5, GS-7",
    },
    {"slug": "mid", "name": "Mid-level", "signals": "II", "federal_grades": "GS-9, GS-11"},
    {
        "slug": "senior",
        "name": "Senior",
        "signals": "senior\nIII\nadvanced",
        "federal_grades": "GS-12, GS-13",
    },
    {
        "slug": "lead",
        "name": "Lead, Principal, Supervisor",
        "signals": "lead\nprincipal\nstaff\nsupervisory\nmanager\narchitect\nIV\nV",
        "federal_grades": "GS-14, GS-15",
    },
    {
        "slug": "executive",
        "name": "Director, Chief",
        "signals": "director\nhead of\nchief\ncio\ncto\nciso\ndeputy director\ngeneral manager",
        "federal_grades": "SES",
    },
]

ROLE_FAMILY_SLUGS = [term["slug"] for term in ROLE_FAMILIES]
SENIORITY_SLUGS = [term["slug"] for term in SENIORITY_LEVELS]


def seed_taxonomy(role_family_model, seniority_model) -> int:
    """Create every seeded term that is missing, keeping existing rows' wording; return how many
    were created. Takes the models as arguments so the data migration can pass its historical
    models."""
    created = 0
    for model, terms in ((role_family_model, ROLE_FAMILIES), (seniority_model, SENIORITY_LEVELS)):
        for order, term in enumerate(terms, start=1):
            defaults = {key: value for key, value in term.items() if key != "slug"}
            _, was_created = model.objects.get_or_create(
                slug=term["slug"], defaults={**defaults, "order": order}
            )
            created += was_created
    return created
