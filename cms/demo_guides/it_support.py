"""Demo guide: IT support and service in public service."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, story, way_in

GUIDE = {
    "slug": "it-support",
    "title": "IT support in public service",
    "role_family": "it-support",
    "summary": "IT support staff keep public workers' computers, phones and accounts working, "
    "so libraries, clinics, fire stations and offices can serve people every day.",
    "seniority_from": "entry",
    "seniority_to": "senior",
    "pay_min": 50_000,
    "pay_max": 120_000,
    "names": [
        {
            "level": "federal",
            "titles": "IT Specialist (CUSTSPT); Information Technology Assistant (0335)",
            "note": "",
        },
        {
            "level": "state",
            "titles": "Information Technology Associate; Information Technology Specialist I (client services)",
            "note": "",
        },
        {
            "level": "county",
            "titles": "IT Technical Support Assistant; IT Technical Support Analyst I and II",
            "note": "",
        },
        {
            "level": "city",
            "titles": "Information Systems Technician; IT Support Assistant",
            "note": "",
        },
        {
            "level": "nonprofit",
            "titles": "IT Support Specialist; Help Desk Technician; Systems Administrator",
            "note": "",
        },
    ],
    "the_work": [
        para(
            "<p>Every public service runs on working computers. IT support staff set up laptops "
            "for new social workers, fix the printer in a library branch before it opens, reset "
            "passwords, replace a broken tablet in an ambulance and help a clerk whose screen "
            "reader stopped working. It is the most common first job in government technology "
            "and a proven ladder into systems, networking and security work.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "A door that is open",
                "text": "<p>Entry support classes often need no degree: a certificate such as CompTIA A+ or a year of help-desk work is usually enough to qualify.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>You start by checking the ticket queue, then drive to a field office to image "
            "five laptops. Between visits you answer calls from staff who cannot log in. In the "
            "afternoon you document a fix so the next technician can follow it, and help plan a "
            "move of a clinic's equipment. Patience and clear explanations matter as much as "
            "technical skill.</p>"
        ),
    ],
    "levels": [
        level(
            "intern",
            "IT Student Worker; Pathways IT Intern",
            "County: Student Worker; City: Student Worker",
            40_000,
            55_000,
            "Helps with setups and common requests while learning.",
        ),
        level(
            "entry",
            "IT Specialist (CUSTSPT) GS-5 to GS-7; IT Technical Support Assistant; Information Systems Technician",
            "State: IT Associate; County: IT Technical Support Assistant; City: Information Systems Technician",
            50_000,
            80_000,
            "Resolves tickets, sets up devices and follows runbooks.",
        ),
        level(
            "mid",
            "IT Specialist (CUSTSPT) GS-9 to GS-11; IT Technical Support Analyst I; IT Specialist I",
            "State: IT Specialist I; County: IT Technical Support Analyst I",
            70_000,
            105_000,
            "Handles escalations, manages devices at scale and writes runbooks.",
        ),
        level(
            "senior",
            "IT Specialist GS-12; IT Technical Support Analyst II; Senior Systems Administrator",
            "State: IT Specialist II; County: IT Technical Support Analyst II",
            95_000,
            130_000,
            "Leads a service desk shift or a region and improves the service.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Windows and Microsoft 365 support",
            "Most public employers run Windows, Active Directory or Entra ID, and Microsoft 365.",
            True,
        ),
        skill(
            "skill", "Customer service", "Calm, plain explanations to people under pressure.", True
        ),
        skill(
            "skill",
            "Ticketing systems",
            "ServiceNow and similar tools; writing clear ticket notes.",
            True,
        ),
        skill(
            "skill", "Basic networking", "Wi-Fi, VPN and printer problems are daily work.", False
        ),
        skill(
            "skill", "A driver license", "Field support often means driving between sites.", False
        ),
        skill("credential", "CompTIA A+", "The most requested entry certificate.", False),
        skill(
            "credential",
            "CompTIA Network+ or Security+",
            "Helps for the next step up; Security+ is required for many federal IT jobs.",
            False,
        ),
    ],
    "pay_notes": "<p>Support classes start lower than other IT roles but rise steadily with "
    "steps, and overtime or bilingual pay may add to them. Many employers pay a bonus for a "
    "second language. Ranges in this guide are approximate; the posting is the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Student worker and library tech-help jobs count as experience. Earn CompTIA A+ before you graduate and apply for the state IT Associate exam.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Retail, hospitality and call-center work built the customer skills this job needs most. Pair them with A+ and a home lab (an old laptop you install and break and fix) and you are a strong candidate.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN
            + "<p>Federal IT support staff with a security clearance or Security+ are well placed for County and City support analyst classes and for moves into security roles.</p>",
        ),
        way_in(
            "experienced",
            "<p>If you already run a help desk, look at the senior and supervisory classes, where public employers struggle to hire.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search series 2210 with \u201cCUSTSPT\u201d. Many federal IT jobs ask for Security+ within six months of hiring.",
        state="The IT Associate exam is the usual door; client-services jobs are posted under IT Associate and IT Specialist I.",
        county="Look for IT Technical Support Assistant and Analyst exams; the County posts them several times a year.",
        city="Information Systems Technician jobs are posted by many City departments; Targeted Local Hire can lead into some support classes.",
        nonprofit="Larger nonprofits and school districts hire support technicians year-round.",
    ),
    "tips": [*COMMON_TIPS],
    "resources": [
        resource(
            "Google IT Support Certificate",
            "https://grow.google/certificates/it-support/",
            "Google (on Coursera)",
            "certification",
            "paid",
            "A beginner program that prepares you for help-desk work.",
        ),
        resource(
            "CompTIA A+",
            "https://www.comptia.org/certifications/a",
            "CompTIA",
            "certification",
            "paid",
            "The standard entry certificate for support jobs.",
        ),
        resource(
            "Professor Messer's free training",
            "https://www.professormesser.com/",
            "Professor Messer",
            "course",
            "free",
            "Free video courses for A+, Network+ and Security+.",
        ),
        resource(
            "LA Public Library: online learning",
            "https://www.lapl.org/",
            "Los Angeles Public Library",
            "course",
            "free",
            "Free courses with a library card.",
        ),
    ],
    "related_roles": ["infrastructure-operations", "cybersecurity", "systems-analysis"],
    "stories": [
        story(
            "Tanya",
            "IT Technical Support Analyst I, a County department",
            "Library assistant",
            "<p>I was the person everyone asked to fix the printer. An A+ certificate and the County exam turned that into a career, and now I train new technicians.</p>",
        ),
    ],
    "sources": [*COMMON_SOURCES],
}
