"""Demo guide: design, research and content in public service.

Pay on each rung is the 2026 General Schedule in Los Angeles for the rung's grades (step 1 to
step 10: OPM base rates with the 36.47% locality, as in pathways/seed.py); local figures are
quoted only where a posting gives them, with its date."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, way_in

STATE_IT_SERIES = (
    "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx"
)
ODI_REPORT = "https://innovation.ca.gov/reports/legislative-report-2023/?par=1"
FSA_UX_POSTING = "https://www.usajobs.gov/job/846563600"
CISA_HCD_POSTING = "https://www.usajobs.gov/job/675741500"
VA_CX_POSTING = "https://www.usajobs.gov/job/615217600"
SERVICE_DESIGNER_POSTING = (
    "https://federalgovernmentjobs.us/jobs/"
    "IT-Program-Manager-Service-Designer-GS-2210-15-FPL-15-DHA-846402300.html"
)
OPM_UX_POSTING = "https://jobs.washingtonpost.com/job/41492605/program-analyst-ux-ui-designer-/"
CITY_GRAPHICS_1670 = "https://twiglia.com/job_detail.php?job_reference=81195305"
GSA_18F = "https://meritalk.com/articles/gsa-shuts-down-18f-tech-office-director-defends-results"
USDR_COUNTY_UX = (
    "https://www.usdigitalresponse.org/resources/building-a-human-centered-digital-experience"
)
FUSE_COUNTY_HCD = (
    "https://fusecorps.org/fellowship-openings/"
    "establishing-a-human-centered-design-approach-to-workforce-services/"
)

GUIDE = {
    "slug": "design-and-research",
    "title": "Design, research and content in public service",
    "role_family": "design-research",
    "summary": "Designers, user researchers and content designers make public services easy "
    "to find, understand and finish, for everyone, in every language and on any device.",
    "seniority_from": "entry",
    "seniority_to": "lead",
    "pay_min": 47_490,
    "pay_max": 197_200,
    "names": [
        {
            "level": "federal",
            "titles": "Management Program Analyst (UX/UI Designer); Human-Centered Designer; "
            "Customer Experience Strategist; IT Program Manager (Service Designer)",
            "note": "posted in series 0343, 2210, 1083 or 1084: read the duties, not the series",
        },
        {
            "level": "state",
            "titles": "Information Technology Associate; Information Technology Specialist I, II",
            "note": "the IT classes' Business Technology Management domain names user experience "
            "and content design",
        },
        {
            "level": "county",
            "titles": "Executive fellow hosted by a County department (FUSE Corps)",
            "note": "we found no County class of its own for UX or service design",
        },
        {
            "level": "city",
            "titles": "Graphics Designer (1670)",
            "note": "$58,359 to $85,294 in the first of three City ranges (April 2025 bulletin)",
        },
        {
            "level": "nonprofit",
            "titles": "UX Designer; Service Designer; User Researcher; Content Designer; "
            "Design Lead",
            "note": "civic-tech nonprofits and public-benefit firms",
        },
    ],
    "the_work": [
        para(
            "<p>Design in government is the work of making a service make sense to the person "
            "using it. User researchers sit with people applying for food aid, a business "
            "permit or a veteran's benefit, watch where they get stuck and bring that back to "
            "the team. Designers turn what they learn into forms, screens, letters and whole "
            "service journeys, and test them again. Content designers rewrite rules and "
            "instructions in plain language, and make sure the Spanish, Korean or Armenian "
            "version is as clear as the English one. Accessibility specialists check that "
            "everything works with a screen reader, a keyboard or a slow phone.</p>"
            "<p>California's Office of Data and Innovation was created in 2019 and became a "
            "department of its own in 2023 to bring this way of working, human-centered "
            "design, to State departments. Federal agencies hire for it too, though the two "
            "best-known federal design teams, 18F and the U.S. Digital Service, were closed or "
            "reshaped in 2025.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Look past the title",
                "text": "<p>Design jobs hide behind general titles: \u201cManagement "
                "Program Analyst\u201d, \u201cIT Specialist\u201d, \u201cInformation "
                "Technology Specialist I\u201d. Search for \u201cuser experience\u201d, "
                "\u201chuman-centered design\u201d or \u201ccontent design\u201d in the "
                "duties.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>In the morning you run two usability sessions by video with people who "
            "recently applied for a benefit, while a colleague takes notes. After lunch you sort "
            "what you saw with the team: the product manager, two engineers and a policy expert "
            "from the program. You redraw a confusing eligibility question, check the new words "
            "with the program's lawyer, and make sure the change still meets accessibility "
            "rules. Much of the job is persuasion: showing a room of experts, with a short clip "
            "of a real person struggling, why a form needs to change.</p>"
        ),
    ],
    "levels": [
        level(
            "entry",
            "Junior UX Designer; Information Technology Associate; Graphics Designer",
            "State: IT Associate; City: Graphics Designer (1670)",
            47_490,
            76_476,
            "Runs parts of research sessions, makes screens and content from a senior "
            "designer's direction, and fixes accessibility problems.",
        ),
        level(
            "mid",
            "Program Analyst (UX/UI Designer) GS-11 to GS-12; IT Specialist I; UX Designer",
            "State: IT Specialist I (Business Technology Management)",
            71_957,
            113_185,
            "Plans and runs research on their own, designs whole features, and writes the "
            "plain-language content that goes with them.",
        ),
        level(
            "senior",
            "Management Program Analyst (UX/UI Designer) GS-13; IT Specialist II; "
            "Senior User Researcher",
            "State: IT Specialist II",
            104_349,
            161_313,
            "Designs whole services across channels (web, phone, paper, office), leads "
            "research for a program and coaches others.",
        ),
        level(
            "lead",
            "(Senior) Human-Centered Designer GS-14 to GS-15; Customer Experience Strategist; "
            "Design Lead",
            "State: IT Specialist III, IT Supervisor II",
            146_632,
            197_200,
            "Sets how an agency does research and design, builds the design team and "
            "persuades leaders to fund changes.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "User research",
            "Planning interviews and usability tests, recruiting participants fairly, and "
            "turning notes into findings a team acts on.",
            True,
        ),
        skill(
            "skill",
            "Interaction and service design",
            "Prototyping in Figma or code, and mapping a whole service from first search to "
            "final letter.",
            True,
        ),
        skill(
            "skill",
            "Accessibility",
            "Public services must meet WCAG and Section 508; testing with a screen reader is "
            "expected, not a bonus.",
            True,
        ),
        skill(
            "skill",
            "Plain language and content design",
            "Writing for people under stress, testing whether they understood, and working "
            "with translators.",
            True,
        ),
        skill(
            "skill",
            "Design systems",
            "The U.S. Web Design System and the California Design System are what government "
            "teams build with.",
            False,
        ),
        skill(
            "skill",
            "A second language",
            "Research with residents who speak Spanish or another language is valuable in a "
            "county where many do.",
            False,
        ),
        skill(
            "credential",
            "A portfolio",
            "Case studies that show your process and the result matter more than a degree; "
            "many public classes accept experience instead of a degree.",
            True,
        ),
    ],
    "pay_notes": "<p>The range on each level is the 2026 federal General Schedule in Los "
    "Angeles for that level's grades, from step 1 to step 10 (OPM's base rates with the 36.47% "
    "Los Angeles locality). Postings show the rest: a GS-13 UX/UI designer job at Federal "
    "Student Aid paid $105,383 to $171,268 depending on the duty station (September 2025); the "
    "State's Information Technology Specialist I pays $6,139 to $8,228 a month in Range A, "
    "where people new to State service start; the City of Los Angeles's Graphics Designer pays "
    "$58,359 to $85,294 in its first range (April 2025). State, county and city jobs add a "
    "pension and yearly steps. The posting is always the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Build two or three case studies about public services: redesign a confusing "
            "form from your county, test it with five people and show what changed. Volunteer "
            "with Hack for LA, whose teams need designers and researchers, and look for "
            "fellowships such as Code for America's. The State's IT Associate exam is online "
            "and open all year.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Social workers, librarians, teachers and call-center staff already know how "
            "people experience government, and that is the heart of this work. Learn the "
            "methods (free courses and the federal and California design systems are below), "
            "then write your experience in the posting's words: interviewing clients, writing "
            "instructions, training users.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN + "<p>If you worked at 18F, the U.S. Digital Service or an "
            "agency's customer-experience office, you bring rare experience of research and "
            "design under government rules (the Paperwork Reduction Act, Section 508, privacy "
            "reviews). Name those rules in your application. The State's Office of Data and "
            "Innovation and civic-tech nonprofits hire this experience, and the State's IT "
            "Specialist exams accept it when the duties match.</p>",
        ),
        way_in(
            "experienced",
            "<p>Designers from industry usually qualify at the senior level. Expect slower "
            "hiring, more review and more languages; bring examples of research with people "
            "who are not tech-savvy, and of accessibility work you shipped.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search USAJOBS for \u201cuser experience\u201d, \u201chuman-centered design\u201d"
        " or \u201cservice designer\u201d rather than a series: the same work is posted as "
        "0343, 2210, 1083 or 1084. Some, like a shared 2022 announcement for "
        "Human-Centered Designers, rate you in a skills interview with designers (SME-QA).",
        state="Take the IT Associate or IT Specialist I exam, then watch CalCareers for "
        "postings whose duties name user research, content design or digital services, "
        "including at the Office of Data and Innovation.",
        county="We found no County class of its own for UX or service design. Departments have "
        "brought design in through fellowships (FUSE Corps at Workforce Development, Aging and "
        "Community Services) and through IT and analyst postings: read the duties.",
        city="The City's Graphics Designer (1670) exam covers visual and web layout work; "
        "other design work sits in IT and analyst classes and in City departments' web teams.",
        nonprofit="Code for America, U.S. Digital Response, Nava and Ad Hoc hire designers and "
        "researchers on their own job boards; U.S. Digital Response has also helped local "
        "governments write UX job descriptions that fit their civil-service classes.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Make the portfolio readable without you",
                "text": "<p>Screeners may not be designers. For each case study, say the "
                "problem, who you talked to, what you changed and what happened, in four short "
                "paragraphs, and make the portfolio itself accessible.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "U.S. Web Design System",
            "https://designsystem.digital.gov/",
            "U.S. General Services Administration",
            "reading",
            "free",
            "The federal design system: components, accessibility guidance and patterns for "
            "government services.",
        ),
        resource(
            "California Design System",
            "https://designsystem.webstandards.ca.gov/",
            "State of California",
            "reading",
            "free",
            "The components and standards California's State websites are built with.",
        ),
        resource(
            "Web Accessibility Initiative: fundamentals",
            "https://www.w3.org/WAI/fundamentals/",
            "W3C",
            "course",
            "free",
            "What WCAG asks and how people with disabilities use the web.",
        ),
        resource(
            "Digital.gov",
            "https://digital.gov/",
            "U.S. General Services Administration",
            "reading",
            "free",
            "Guides on plain language, user research and customer experience in government.",
        ),
        resource(
            "Hack for LA",
            "https://www.hackforla.org/",
            "Hack for LA",
            "community",
            "free",
            "Volunteer civic-tech teams in Los Angeles that need designers and researchers.",
        ),
    ],
    "related_roles": ["product-delivery", "software-engineering", "systems-analysis"],
    "stories": [],
    "sources": [
        source(
            "The State's Information Technology classifications (six domains, incl. "
            "Business Technology Management)",
            STATE_IT_SERIES,
            "CalHR (the series is specified by the State Personnel Board)",
        ),
        source(
            "Legislative Report: July 1, 2022 to July 1, 2023",
            ODI_REPORT,
            "California Office of Data and Innovation",
        ),
        source(
            "Management Program Analyst (UX/UI Designer), GS-0343-13 (FSA-2025-0025)",
            FSA_UX_POSTING,
            "USAJOBS, U.S. Department of Education",
        ),
        source(
            "(Senior) Human-Centered Designer, GS-14 to GS-15 (2022)",
            CISA_HCD_POSTING,
            "USAJOBS, Department of Homeland Security",
        ),
        source(
            "Graphics Designer 1670 bulletin (April 2025), as reposted",
            CITY_GRAPHICS_1670,
            "City of Los Angeles Personnel Department",
        ),
        source(
            "Program Analyst (UX/UI Designer), GS-0343-11/12, USAJOBS program office (2020), "
            "as reposted",
            OPM_UX_POSTING,
            "U.S. Office of Personnel Management",
        ),
        source(
            "Customer Experience Strategist, GS-14 (2021)",
            VA_CX_POSTING,
            "USAJOBS, Department of Veterans Affairs",
        ),
        source(
            "IT Program Manager (Service Designer), GS-2210-15, as reposted",
            SERVICE_DESIGNER_POSTING,
            "Federal job announcement",
        ),
        source("GSA shuts down 18F tech office (March 2025)", GSA_18F, "MeriTalk"),
        source(
            "Establishing a human-centered design approach to workforce services",
            FUSE_COUNTY_HCD,
            "FUSE Corps",
        ),
        source(
            "Building a human-centered digital experience (hiring UX roles in a county)",
            USDR_COUNTY_UX,
            "U.S. Digital Response",
        ),
        *COMMON_SOURCES,
    ],
}
