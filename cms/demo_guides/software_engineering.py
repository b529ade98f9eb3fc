"""Demo guide: software engineering in public service."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, story, way_in

GUIDE = {
    "slug": "software-engineering",
    "title": "Software engineering in public service",
    "role_family": "software-engineering",
    "summary": "Software engineers build and keep running the websites, apps and systems people "
    "use to get benefits, permits, licenses and help from government.",
    "seniority_from": "entry",
    "seniority_to": "lead",
    "pay_min": 70_000,
    "pay_max": 190_000,
    "names": [
        {
            "level": "federal",
            "titles": "IT Specialist (APPSW); IT Specialist (INET); Computer Scientist (1550)",
            "note": "series 2210 or 1550",
        },
        {
            "level": "state",
            "titles": "Information Technology Associate; Information Technology Specialist I, II, III",
            "note": "software work is one of several IT domains",
        },
        {
            "level": "county",
            "titles": "Information Systems Analyst; Senior Information Systems Analyst; Principal Information Systems Analyst",
            "note": "",
        },
        {
            "level": "city",
            "titles": "Programmer Analyst; Systems Analyst; Senior Systems Analyst",
            "note": "",
        },
        {
            "level": "nonprofit",
            "titles": "Software Engineer; Full-Stack Developer; Engineering Manager",
            "note": "civic-tech nonprofits and public-benefit firms",
        },
    ],
    "the_work": [
        para(
            "<p>Public-sector software engineers write, test and run the code behind services "
            "people cannot choose to skip: applying for CalFresh or Medi-Cal, paying a parking "
            "ticket, booking a vaccine appointment, renewing a business license. Much of the "
            "work is improving systems that are decades old, connecting them to new front ends, "
            "and making them work for people on phones, with screen readers and in many "
            "languages.</p><p>In Los Angeles County that means serving about ten million people. "
            "A small fix to a form can save thousands of hours of waiting in line, and a "
            "well-built service keeps working during a wildfire or a benefits surge.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Titles hide the work",
                "text": "<p>Few government postings say \u201csoftware engineer\u201d. Look for \u201cIT Specialist (APPSW)\u201d, \u201cProgrammer Analyst\u201d or \u201cInformation Systems Analyst\u201d and read the duties.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>A typical day starts with a short stand-up with your team: a product owner from "
            "the program office, a designer, two or three engineers. You might pair on a change "
            "to an eligibility rule, review a colleague's pull request, answer a question from "
            "the call center about an error people are seeing, and write a test that proves it "
            "is fixed. Security reviews, accessibility checks and change-approval boards are "
            "part of the rhythm; so is explaining technical choices to people who are not "
            "engineers.</p>"
        ),
    ],
    "levels": [
        level(
            "entry",
            "IT Specialist (APPSW) GS-7; Information Technology Associate; Programmer Analyst I",
            "State: IT Associate; County: Information Systems Analyst I; City: Programmer Analyst I",
            60_000,
            95_000,
            "Fixes well-defined bugs and builds small features with review from senior engineers.",
        ),
        level(
            "mid",
            "IT Specialist (APPSW) GS-9 to GS-11; IT Specialist I; Information Systems Analyst II",
            "State: IT Specialist I; County: Information Systems Analyst II; City: Programmer Analyst II and III",
            80_000,
            125_000,
            "Owns features end to end, from the ticket to production.",
        ),
        level(
            "senior",
            "IT Specialist (APPSW) GS-12 to GS-13; IT Specialist II; Senior Information Systems Analyst",
            "State: IT Specialist II; County: Senior Information Systems Analyst; City: Senior Systems Analyst I",
            105_000,
            160_000,
            "Designs systems, leads technical decisions and mentors others.",
        ),
        level(
            "lead",
            "Supervisory IT Specialist GS-14; IT Specialist III; Principal Information Systems Analyst",
            "State: IT Specialist III, IT Supervisor II; County: Principal Information Systems Analyst; City: Senior Systems Analyst II",
            140_000,
            195_000,
            "Sets technical direction across teams or supervises engineers.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "A modern programming language",
            "Java, C#, Python or JavaScript/TypeScript are the most common in government code bases.",
            True,
        ),
        skill(
            "skill",
            "Relational databases and SQL",
            "Most public systems keep their data in SQL Server, Oracle or PostgreSQL.",
            True,
        ),
        skill(
            "skill",
            "Testing and version control",
            "Git, automated tests and code review are expected on modern teams.",
            True,
        ),
        skill(
            "skill",
            "Web accessibility",
            "Public services must meet WCAG and Section 508; knowing how to test with a screen reader sets you apart.",
            False,
        ),
        skill(
            "skill",
            "Working with legacy systems",
            "Reading COBOL, mainframe batch jobs or old .NET code is valued and rare.",
            False,
        ),
        skill(
            "credential",
            "A degree or equivalent experience",
            "Most classes accept years of experience in place of a degree.",
            False,
        ),
        skill(
            "credential",
            "Cloud certifications",
            "AWS, Azure or Google Cloud associate certificates help for cloud-heavy teams.",
            False,
        ),
    ],
    "pay_notes": "<p>Federal pay follows the General Schedule with a Los Angeles locality "
    "adjustment, and rises by steps within each grade. State, county and city jobs have a "
    "salary range with yearly steps, a defined-benefit pension (CalPERS or LACERA for most "
    "employers here) and strong health benefits. Civic-tech nonprofits often pay at the top of "
    "the public ranges but with smaller retirement benefits. Ranges in this guide are "
    "approximate; the posting is the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Look for the federal <b>Pathways</b> internship and Recent Graduates programs on USAJOBS, the County's student worker and intern postings, and fellowships such as Code for America's and the U.S. Digital Corps. A portfolio of small, finished projects beats a long list of courses.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Start where the work meets what you know. A case worker who learns Python is a strong candidate for a benefits-system team. Take the state IT Associate exam early: it is online and puts you on a list while you keep learning.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN
            + "<p>Engineers from the U.S. Digital Service, 18F and agency digital teams are sought after by the State's Office of Data and Innovation, County departments and civic-tech nonprofits.</p>",
        ),
        way_in(
            "experienced",
            "<p>Industry engineers usually qualify at the senior level. Expect slower hiring but stable teams and real users. Name the scale and reliability you delivered, and be ready to explain how you work with non-technical program staff.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search for series 2210 with \u201cAPPSW\u201d or \u201cINET\u201d, and 1550 for Computer Scientist jobs. Federal hiring has been limited since 2025, so check each posting's \u201cwho may apply\u201d.",
        state="Take the IT Specialist I exam if you have a few years of experience; software jobs are posted under the IT classes with \u201capplication development\u201d in the duties.",
        county="Search for Information Systems Analyst and Senior Information Systems Analyst; departments such as Internal Services, Health Services and Public Social Services hire the most.",
        city="Information Technology Agency and departments like Building and Safety hire Programmer Analysts and Systems Analysts.",
        nonprofit="Code for America, U.S. Digital Response and firms such as CivicActions and Nava post engineering roles on Greenhouse and Lever boards.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Show public-interest work",
                "text": "<p>Link to a project that helps people: a volunteer project with Hack for LA, a tool for a community group, or an accessibility fix you contributed to open source.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "CS50: Introduction to Computer Science",
            "https://cs50.harvard.edu/x/",
            "Harvard University",
            "course",
            "free",
            "A rigorous, self-paced start to programming.",
        ),
        resource(
            "freeCodeCamp",
            "https://www.freecodecamp.org/",
            "freeCodeCamp",
            "course",
            "free",
            "Web development certifications with projects.",
        ),
        resource(
            "Hack for LA",
            "https://www.hackforla.org/",
            "Hack for LA",
            "community",
            "free",
            "Volunteer civic-tech projects in Los Angeles, a good first portfolio.",
        ),
        resource(
            "U.S. Digital Corps",
            "https://digitalcorps.gsa.gov/",
            "GSA",
            "program",
            "free",
            "Two-year federal fellowship for early-career technologists (check whether it is recruiting).",
        ),
        resource(
            "Digital Services Playbook",
            "https://playbook.cio.gov/",
            "U.S. Digital Service",
            "reading",
            "free",
            "How modern government digital teams work.",
        ),
    ],
    "related_roles": [
        "design-research",
        "infrastructure-operations",
        "architecture",
        "product-delivery",
    ],
    "stories": [
        story(
            "Maribel",
            "Senior Information Systems Analyst, a County department",
            "Eligibility worker",
            "<p>I learned SQL to answer my own questions about our caseload. A supervisor noticed, I took the analyst exam, and now I build the tools my old unit uses every day.</p>",
        ),
    ],
    "sources": [
        source(
            "Classification and qualifications: IT Management series 2210",
            "https://www.opm.gov/policy-data-oversight/classification-qualifications/",
            "U.S. Office of Personnel Management",
        ),
        *COMMON_SOURCES,
    ],
}
