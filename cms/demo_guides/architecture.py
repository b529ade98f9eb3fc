"""Demo guide: technology architecture in public service.

Pay on each rung is the 2026 General Schedule in Los Angeles for the rung's grades (step 1 to
step 10: OPM base rates with the 36.47% locality; SES has no locality), as in pathways/seed.py;
local figures are quoted only where a posting gives them, with its date."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, way_in

HRU_2210 = "https://hru.gov/Studio_Recruitment/Occup_Toolkit_Series.aspx?group=2210"
FSIS_ENTARCH = "https://www.usajobs.gov/job/845676500"
ANG_PLCYPLN_ENTARCH = (
    "https://federalgovernmentjobs.us/jobs/"
    "IT-SPECIALIST-POLICY-AND-PLANNING-ENTERPRISE-ARCHITECTURE-847895000.html"
)
STATE_IT_SERIES = (
    "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx"
)
STATE_ITS_II = "https://sacjobs.com/job/19657/information-technology-specialist-ii"
COUNTY_IT_GOVERNANCE = "https://ceo.lacounty.gov/information-technology-governance-framework/"
CITY_DATABASE_ARCHITECT = "https://www.governmentjobs.com/careers/lacity/classspecs"
CITY_LAPD_CLASSES = "https://www.lapdonline.org/systems-classifications-and-their-job-descriptions/"

GUIDE = {
    "slug": "architecture",
    "title": "Technology architecture in public service",
    "role_family": "architecture",
    "summary": "Architects decide how an agency's systems, data and cloud services fit "
    "together, so that what is built this year still works, safely, in ten years.",
    "seniority_from": "mid",
    "seniority_to": "executive",
    "pay_min": 71_957,
    "pay_max": 228_000,
    "names": [
        {
            "level": "federal",
            "titles": "IT Specialist (ENTARCH); IT Specialist (Enterprise Architecture); "
            "IT Specialist (Policy and Planning/Enterprise Architecture)",
            "note": "series 2210",
        },
        {
            "level": "state",
            "titles": "Information Technology Specialist II; Information Technology Specialist "
            "III; Information Technology Manager I, II",
            "note": "one IT series with six domains: architecture jobs say so in the duties",
        },
        {
            "level": "county",
            "titles": "Chief Enterprise Architect",
            "note": "sits on the County's IT Investment Board; we found no County architect "
            "class below it",
        },
        {
            "level": "city",
            "titles": "Database Architect (1470); Senior Systems Analyst II",
            "note": "Database Architect: $121,813 to $178,085 (bulletin revised September 2025)",
        },
        {
            "level": "nonprofit",
            "titles": "Solutions Architect; Technical Architect; Principal Engineer",
            "note": "civic-tech nonprofits and public-benefit firms",
        },
    ],
    "the_work": [
        para(
            "<p>Government systems last a long time: a benefits or tax system may run for "
            "decades, and the County of Los Angeles has more than 35 departments that each run "
            "their own. Architects are the people who keep the whole picture in mind. They "
            "decide which cloud platform a new service runs on, how a case-management system "
            "shares data with a payment system, what standards every project must follow, and "
            "how an old mainframe can be retired without stopping payments to anyone.</p>"
            "<p>Federal agencies call this Enterprise Architecture (ENTARCH): designing, "
            "documenting and managing the framework that ties technology to the mission. The "
            "County runs a federated model, where departments run their own IT within shared "
            "standards, and its Chief Enterprise Architect sits on the board that decides which "
            "technology projects the County funds.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "A senior role, reached from several directions",
                "text": "<p>Few people start as architects. Most come from software "
                "engineering, infrastructure, data or security, after years of building and "
                "running systems. This guide starts at the middle of the ladder for that "
                "reason.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>You start by reviewing a project team's design for a new permit system: will it "
            "use the County's identity service, where will the data live, how will it be "
            "backed up? Then you meet a vendor who proposes a product and ask the questions "
            "the contract will depend on. In the afternoon you update the standard for "
            "connecting systems through APIs and present a plan to retire an old database to "
            "the department's IT governance committee. Writing clearly, and saying no kindly "
            "with a better option, matter as much as technical depth.</p>"
        ),
    ],
    "levels": [
        level(
            "mid",
            "IT Specialist (Policy and Planning/Enterprise Architecture) GS-11; Information "
            "Technology Specialist I",
            "State: IT Specialist I; City: Systems Analyst",
            71_957,
            113_185,
            "Documents systems and standards, reviews project plans against them, and designs "
            "parts of larger systems under an architect's guidance.",
        ),
        level(
            "senior",
            "IT Specialist (ENTARCH) GS-12 to GS-13; Information Technology Specialist II; "
            "Solutions Architect",
            "State: IT Specialist II; City: Senior Systems Analyst I",
            104_349,
            161_313,
            "Designs whole systems and their integrations, chooses platforms for a program and "
            "writes the technical parts of procurements.",
        ),
        level(
            "lead",
            "IT Specialist (Enterprise Architecture) GS-14; Information Technology Specialist "
            "III; Database Architect",
            "State: IT Specialist III, IT Manager I; City: Database Architect (1470), Senior "
            "Systems Analyst II",
            146_632,
            197_200,
            "Sets an agency's architecture policy and standards, advises the CIO and reviews "
            "every large project.",
        ),
        level(
            "executive",
            "Chief Enterprise Architect; Chief Technology Officer",
            "County: Chief Enterprise Architect",
            151_661,
            228_000,
            "Owns the technology direction for a whole government and decides, with other "
            "executives, which investments are made.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Systems design and integration",
            "APIs, identity, messaging and how data moves safely between systems that were "
            "never meant to talk.",
            True,
        ),
        skill(
            "skill",
            "Cloud platforms",
            "Many new public systems run on AWS, Azure or Google Cloud, often alongside an "
            "agency's own data center.",
            True,
        ),
        skill(
            "skill",
            "Security and privacy by design",
            "Architects answer for how systems protect residents' data, and work closely with "
            "security officers.",
            True,
        ),
        skill(
            "skill",
            "Writing and explaining",
            "Standards, decision records and plain explanations for executives and "
            "non-technical program staff.",
            True,
        ),
        skill(
            "skill",
            "Data architecture",
            "Data models, governance and sharing agreements; the City's Database Architect "
            "class is built around this.",
            False,
        ),
        skill(
            "skill",
            "Legacy systems",
            "Understanding mainframes and old databases well enough to plan their safe retirement.",
            False,
        ),
        skill(
            "credential",
            "Cloud architect or TOGAF certification",
            "A cloud provider's architect certificate or TOGAF helps; years of building and "
            "running systems count for more.",
            False,
        ),
    ],
    "pay_notes": "<p>The range on each level is the 2026 federal General Schedule in Los "
    "Angeles for that level's grades, from step 1 to step 10 (OPM's base rates with the 36.47% "
    "Los Angeles locality); the executive range is the 2026 Senior Executive Service range, "
    "which has no locality. Postings show the rest: a GS-14 IT Specialist (Enterprise "
    "Architecture) job at the Food Safety and Inspection Service paid $130,041 to $180,504 "
    "depending on the duty station (September 2025); a State Information Technology "
    "Specialist II job paid $8,625 to $11,557 a month (2026); the City of Los Angeles's "
    "Database Architect pays $121,813 to $178,085 (bulletin revised September 2025). The "
    "posting is always the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Architecture is not a first job, but you can start on the road: take an "
            "engineering or infrastructure job, volunteer to write the design documents, and "
            "learn one cloud platform well. The State's IT Associate exam is online and open "
            "all year.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Experienced engineers, network and database administrators, and security "
            "analysts are the usual candidates. Show that you have designed something beyond "
            "your own part: a migration, an integration, a standard others followed.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN + "<p>Federal ENTARCH and Policy and Planning experience maps well "
            "to the State's IT Specialist II and III and to the County's and City's senior IT "
            "classes. Translate federal frameworks into plain terms: instead of naming the "
            "framework, say what you decided, for how many systems and what it saved.</p>",
        ),
        way_in(
            "experienced",
            "<p>Architects from industry usually qualify at the lead level. Expect more "
            "governance, slower change and older systems; the reward is scale, since one good "
            "decision can serve millions of residents.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search series 2210 with \u201cENTARCH\u201d or \u201centerprise "
        "architecture\u201d. Some agencies fill these jobs with Direct Hire Authority, and some "
        "postings close after a set number of applications.",
        state="Architecture jobs are posted under IT Specialist II and III, with \u201csolution"
        " architecture\u201d or \u201centerprise architecture\u201d in the duties; take the IT "
        "Specialist exam that matches your experience.",
        county="We found no County architect class below the Chief Enterprise Architect, so "
        "look for architecture duties in senior IT postings. The County's IT governance, led "
        "by its Chief Information Officer, sets the shared standards departments build to.",
        city="City departments, the Department of Water and Power among them, hire Database "
        "Architects; the Police Department's IT Division lists Senior Systems Analysts among "
        "its classes.",
        nonprofit="Civic-tech firms and nonprofits post architect and principal engineer roles "
        "on their own job boards, with the pay range in the posting.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Bring one design, explained simply",
                "text": "<p>Pick one system you designed and be ready to explain it on one "
                "page: the problem, the options you weighed, what you chose and what you would "
                "do differently. Interview panels often include non-technical managers.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "AWS Well-Architected Framework",
            "https://aws.amazon.com/architecture/well-architected/",
            "Amazon Web Services",
            "reading",
            "free",
            "The pillars cloud architects design against: security, reliability, cost and more.",
        ),
        resource(
            "Azure Architecture Center",
            "https://learn.microsoft.com/en-us/azure/architecture/",
            "Microsoft",
            "reading",
            "free",
            "Reference architectures and design patterns, many used by public agencies.",
        ),
        resource(
            "The TOGAF Standard",
            "https://www.opengroup.org/togaf",
            "The Open Group",
            "certification",
            "paid",
            "The most common enterprise architecture framework and its certification.",
        ),
        resource(
            "Digital Services Playbook",
            "https://playbook.cio.gov/",
            "U.S. Digital Service",
            "reading",
            "free",
            "How modern government technology teams choose and run systems.",
        ),
    ],
    "related_roles": [
        "software-engineering",
        "infrastructure-operations",
        "cybersecurity",
        "it-leadership",
    ],
    "stories": [],
    "sources": [
        source(
            "IT Management series 2210: specialties, including Enterprise Architecture",
            HRU_2210,
            "HRU (Human Resources University)",
        ),
        source(
            "IT Specialist (Enterprise Architecture), GS-14 (FSIS-25-MDH-12795557-BMF)",
            FSIS_ENTARCH,
            "USAJOBS, U.S. Department of Agriculture",
        ),
        source(
            "IT Specialist (Policy and Planning/Enterprise Architecture), GS-11 (2025), as "
            "reposted",
            ANG_PLCYPLN_ENTARCH,
            "Air National Guard",
        ),
        source(
            "The State's Information Technology classifications",
            STATE_IT_SERIES,
            "CalHR (the series is specified by the State Personnel Board)",
        ),
        source(
            "Information Technology Specialist II, State Controller's Office (2026), as reposted",
            STATE_ITS_II,
            "State of California",
        ),
        source(
            "Information Technology Governance Framework",
            COUNTY_IT_GOVERNANCE,
            "County of Los Angeles Chief Executive Office",
        ),
        source(
            "Database Architect (class 1470): the City's class specifications",
            CITY_DATABASE_ARCHITECT,
            "City of Los Angeles Personnel Department",
        ),
        source(
            "Systems classifications and their job descriptions",
            CITY_LAPD_CLASSES,
            "Los Angeles Police Department",
        ),
        *COMMON_SOURCES,
    ],
}
