"""Demo guide: business and systems analysis in public service.

Pay by level is the 2026 General Schedule range for the level's grades in Los Angeles, as in
the other guides of this kind (see infrastructure_operations); state figures are quoted from
the CalCareers bulletin cited. No current City or County analyst pay was found, so none is
given."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, way_in

GUIDE = {
    "slug": "business-and-systems-analysis",
    "title": "Business and systems analysis in public service",
    "role_family": "systems-analysis",
    "summary": "Business and systems analysts turn what a public program needs into "
    "requirements a system can meet, and make sure the system that arrives does what the "
    "program and the public need.",
    "seniority_from": "entry",
    "seniority_to": "executive",
    "pay_min": 47_490,
    "pay_max": 228_000,
    "names": [
        {
            "level": "federal",
            "titles": "IT Specialist (SYSANALYSIS); Business Analyst; Management and Program Analyst (0343)",
            "note": "series 2210 or 0343",
        },
        {
            "level": "state",
            "titles": "Information Technology Associate; Information Technology Specialist I, II, III",
            "note": "business analysis is part of the Business Technology Management domain",
        },
        {
            "level": "county",
            "titles": "Information Systems Analyst Aid; Information Systems Analyst I, II; Senior Information Systems Analyst; Principal Information Systems Analyst",
            "note": "read the class specification on hr.lacounty.gov before you apply",
        },
        {
            "level": "city",
            "titles": "Systems Aide; Systems Analyst I, II; Senior Systems Analyst I, II",
            "note": "",
        },
        {
            "level": "nonprofit",
            "titles": "Business Analyst; Business Systems Analyst; Product Analyst",
            "note": "",
        },
    ],
    "the_work": [
        para(
            "<p>Before a county replaces its benefits system or a city automates its permits, "
            "someone has to learn exactly how the work is done today, what the law requires, "
            "where people get stuck, and what the new system must do. That is the analyst. You "
            "interview program staff, map processes \u201cas is\u201d and \u201cto be\u201d, write "
            "requirements and user stories, weigh buying a product against building one, test "
            "what the vendor delivers and help people through the change.</p><p>Federal "
            "agencies define the Systems Analysis specialty as applying analysis to plan, design "
            "and implement new or improved information systems for a program's business needs. "
            "The City of Los Angeles' Systems Analyst studies how its computer systems work, "
            "recommends improvements and runs cost-benefit and feasibility studies. The State "
            "counts business analysis and process reengineering in its Business Technology "
            "Management domain.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Program experience counts",
                "text": "<p>Knowing how eligibility, permits or case management really work is half of this job. Many analysts started as program staff.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>In the morning you run a workshop with clerks who process permits, drawing on a "
            "whiteboard the steps a request goes through and marking where it waits. You turn "
            "your notes into user stories with clear acceptance criteria, answer a developer's "
            "question about a rule in the municipal code and check a vendor's test results "
            "against the requirements. Late in the day you write a short analysis for a manager "
            "comparing two ways to fix a backlog, with their costs.</p>"
        ),
    ],
    "levels": [
        level(
            "entry",
            "IT Specialist GS-5 to GS-7; Systems Aide; Information Systems Analyst Aid",
            "State: IT Associate; County: Information Systems Analyst Aid; City: Systems Aide",
            47_490,
            76_476,
            "Helps senior analysts document processes and requirements and learns the work on "
            "the job.",
        ),
        level(
            "mid",
            "IT Specialist (SYSANALYSIS) GS-9 to GS-11; Information Technology Specialist I; Systems Analyst I and II",
            "State: IT Specialist I; County: Information Systems Analyst I and II; City: Systems Analyst I and II",
            71_957,
            113_185,
            "Analyzes a program's needs on your own, writes requirements and tests systems. "
            "Federal postings ask for one year at the level below and competencies such as "
            "attention to detail, customer service and problem solving.",
        ),
        level(
            "senior",
            "IT Specialist (SYSANALYSIS) GS-12 to GS-13; Information Technology Specialist II; Senior Information Systems Analyst",
            "State: IT Specialist II; County: Senior Information Systems Analyst; City: Senior Systems Analyst I",
            104_349,
            161_313,
            "Leads analysis for major systems, evaluates commercial products and supervises a "
            "unit or a team of analysts.",
        ),
        level(
            "lead",
            "Supervisory IT Specialist GS-14 to GS-15; Information Technology Specialist III; Principal Information Systems Analyst",
            "State: IT Specialist III, IT Supervisor II; County: Principal Information Systems Analyst; City: Senior Systems Analyst II",
            146_632,
            197_200,
            "Sets analysis standards for a department or leads a section of analysts.",
        ),
        level(
            "executive",
            "SES; Information Technology Manager II; Director of Systems",
            "State: IT Manager II; City: Director of Systems",
            151_661,
            228_000,
            "Directs a department's information systems and decides which changes it invests in.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Requirements and user stories",
            "Eliciting needs, writing testable requirements and tracing them to what is built.",
            True,
        ),
        skill(
            "skill",
            "Process mapping",
            "Drawing how work flows today and how it should flow; feasibility and cost-benefit analysis.",
            True,
        ),
        skill(
            "skill",
            "Interviewing and facilitation",
            "Running workshops with program staff and the public, and listening well.",
            True,
        ),
        skill(
            "skill",
            "SQL and data",
            "Querying a system's data to check a requirement or measure a problem.",
            False,
        ),
        skill(
            "skill",
            "Testing",
            "Writing test cases and running user acceptance testing before a system goes live.",
            False,
        ),
        skill(
            "credential",
            "A degree or equivalent experience",
            "The City's Systems Analyst class has accepted a degree with related experience, or years as a Systems Aide with course work.",
            False,
        ),
        skill(
            "credential",
            "IIBA certificates",
            "The ECBA or CBAP from the International Institute of Business Analysis; helpful, seldom required.",
            False,
        ),
    ],
    "pay_notes": "<p>The pay column shows the 2026 federal range for each level in Los Angeles "
    "(General Schedule base rates with the 36.47% Los Angeles locality, from step 1 of the lower "
    "grade to step 10 of the higher, capped at $197,200; the Senior Executive Service from "
    "$151,661 to $228,000). At the State, Information Technology Specialist I pays $6,139 to "
    "$8,228 a month in Range A, up to $9,932 in Range C. This guide gives no County or City "
    "figures because no current published range was found; check the posting, which is "
    "always the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Courses in information systems or systems analysis count toward City and County analyst classes. A volunteer project where you gathered what a community group needed and wrote it down for developers is a good first example to show.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Eligibility workers, clerks and program analysts already know the rules and the users. Add SQL and a course in requirements, volunteer for your department's next system project, and apply for the analyst aid or IT Associate level.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN
            + "<p>IT Specialists (SYSANALYSIS) and Management and Program Analysts who worked on systems fit the State's IT Specialist classes, the County's Information Systems Analyst series and the City's Systems Analyst classes. Describe the systems, the programs they served and the requirements, tests and studies you produced.</p>",
        ),
        way_in(
            "experienced",
            "<p>Industry business analysts usually qualify at the senior level. Public programs run on statutes and regulations: show that you can read a rule and turn it into a requirement, and that you can work with unions, auditors and the public as well as vendors.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search series 2210 with \u201cSYSANALYSIS\u201d, and 0343 for program analysts who work on systems. Federal hiring has been limited since 2025, so check each posting's \u201cwho may apply\u201d.",
        state="Take the Information Technology Specialist I exam (online, continuous); business analyst jobs are posted under the IT classes with \u201cbusiness analysis\u201d or \u201crequirements\u201d in the duties.",
        county="Look for Information Systems Analyst exams; check whether the posting accepts out-of-class experience before counting it.",
        city="Systems Analyst exams are the usual door; at the Police Department, Systems Aides learn the work on the job and Systems Analysts II do the core systems work.",
        nonprofit="Civic-tech firms hire business analysts for government contracts; postings say the pay range.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Bring a sample",
                "text": "<p>A one-page process map or three well-written user stories from a past project (with private details removed) shows the work better than any list of skills.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "18F Methods",
            "https://methods.18f.gov/",
            "18F (GSA)",
            "reading",
            "free",
            "Public methods for discovering and testing what users need.",
        ),
        resource(
            "Entry Certificate in Business Analysis (ECBA)",
            "https://www.iiba.org/business-analysis-certifications/ecba/",
            "International Institute of Business Analysis",
            "certification",
            "paid",
            "An entry-level business analysis certificate.",
        ),
        resource(
            "Intro to SQL",
            "https://www.khanacademy.org/computing/computer-programming/sql",
            "Khan Academy",
            "course",
            "free",
            "A free start to querying data.",
        ),
        resource(
            "Digital Services Playbook",
            "https://playbook.cio.gov/",
            "U.S. Digital Service",
            "reading",
            "free",
            "How modern government digital teams work.",
        ),
        resource(
            "Hack for LA",
            "https://www.hackforla.org/",
            "Hack for LA",
            "community",
            "free",
            "Volunteer civic-tech projects in Los Angeles that need analysts as well as developers.",
        ),
    ],
    "related_roles": [
        "product-delivery",
        "software-engineering",
        "data-analytics",
        "design-research",
    ],
    "stories": [],
    "sources": [
        source(
            "Information Technology Management series 2210: specialties",
            "https://hru.gov/Studio_Recruitment/Occup_Toolkit_Series.aspx?group=2210",
            "HR University (U.S. Office of Personnel Management)",
        ),
        source(
            "IT Specialist (SYSANALYSIS) GS-9 and GS-11 qualifications (reposted USAJOBS announcement)",
            "https://focusonjobs.com/job/it-specialist-sysanalysis-727208800/",
            "USAJOBS, via FocusOnJobs",
        ),
        source(
            "Systems Analyst job bulletin, 2008 (reposted)",
            "https://forums.devx.com/showthread.php?169877-SYSTEMS-ANALYST-Job-Opening-with-City-of-Los-Angeles",
            "City of Los Angeles Personnel Department, via DevX",
        ),
        source(
            "Systems classifications and their job descriptions",
            "https://www.lapdonline.org/systems-classifications-and-their-job-descriptions/",
            "Los Angeles Police Department",
        ),
        source(
            "Information Systems Analyst Aid class description, 2018 (reposted)",
            "https://jobs.ccyp.com/Content/Details/136762/County-of-Los-Angeles-INFORMATION-SYSTEMS-ANALYST-AID",
            "County of Los Angeles, via CCYP",
        ),
        source(
            "The State's Information Technology classifications: classes, codes and domains",
            "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx",
            "CalHR (the series is specified by the State Personnel Board)",
        ),
        source(
            "Exam bulletin: Information Technology Specialist I (EX-1750)",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1750",
            "CalCareers",
        ),
        *COMMON_SOURCES,
    ],
}
