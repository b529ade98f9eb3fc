"""Demo guide: product, project and delivery management in public service.

Pay by level is the 2026 General Schedule range for the level's grades in Los Angeles, as in
the other guides of this kind (see infrastructure_operations); state figures are quoted from
the CalCareers bulletins cited."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, way_in

GUIDE = {
    "slug": "product-and-delivery",
    "title": "Product and delivery management in public service",
    "role_family": "product-delivery",
    "summary": "Product, project and delivery managers lead the teams that build and replace "
    "public services, so that what launches works for the people who use it, on time and "
    "within the public's budget.",
    "seniority_from": "entry",
    "seniority_to": "executive",
    "pay_min": 47_490,
    "pay_max": 228_000,
    "names": [
        {
            "level": "federal",
            "titles": "IT Project Manager; IT Program Manager; IT Specialist (PLCYPLN); Management and Program Analyst (0343)",
            "note": "most are series 2210; some program managers are in 0301 or 0343",
        },
        {
            "level": "state",
            "titles": "Information Technology Specialist I, II, III; Information Technology Manager I, II",
            "note": "project work is the IT Project Management domain; product strategy is part of Business Technology Management",
        },
        {
            "level": "county",
            "titles": "Project Management Officer (a role in department project offices)",
            "note": "the class behind the role varies; read the posting's class specification",
        },
        {
            "level": "city",
            "titles": "Senior Systems Analyst I, II; Director of Systems",
            "note": "City project leads are usually systems classes",
        },
        {
            "level": "nonprofit",
            "titles": "Product Manager; Delivery Manager; Scrum Master; Head of Product",
            "note": "civic-tech nonprofits and public-benefit firms",
        },
    ],
    "the_work": [
        para(
            "<p>Government buys and builds large systems: a new notary system, a case "
            "management system for probation, an election tool. Project managers keep scope, "
            "schedule, budget and risk under control; product managers decide, with the people "
            "who use a service, what to build first and how to know it works; delivery managers "
            "and scrum masters help the team work well. In the public sector you also answer to "
            "oversight: the State's Department of Technology reviews large projects through its "
            "Project Approval Lifecycle, and at the County the Sheriff's Department, for one, has a "
            "project management office that checks technology proposals against County "
            "procurement rules.</p><p>The State folded its "
            "old Project Manager (Information Technology) class into the IT series in 2018; "
            "project management is now one of the series' six domains, and its Business "
            "Technology Management domain names \u201cproduct and delivery strategy\u201d and "
            "digital service user experience among its duties.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "The title rarely says \u201cproduct\u201d",
                "text": "<p>At the State, a project manager is often hired as an Information Technology Specialist II; federally, as an IT Specialist or an IT Program Manager. Read the duties for \u201cproject\u201d, \u201cschedule\u201d, \u201cscope\u201d or \u201cproduct owner\u201d.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>You start with the team's stand-up and clear what is blocking it: a vendor "
            "waiting for a decision, a security review that needs a date. You update the risk "
            "log and the schedule, then meet the program staff who will use the new system to "
            "watch them try the latest version and agree on what matters most for the next "
            "release. The afternoon brings a status report for executives and, on a large "
            "project, questions from an oversight office. Much of the job is translating: "
            "between engineers, program experts, contract staff and the public.</p>"
        ),
    ],
    "levels": [
        level(
            "entry",
            "IT Specialist GS-7 (project support); Associate Product Manager; Project Coordinator",
            "State: IT Associate (project office); Nonprofit: Associate Product Manager",
            47_490,
            76_476,
            "Keeps schedules, minutes, risk logs and backlogs for a project team. Needs organized "
            "work habits and clear writing more than a certificate.",
        ),
        level(
            "mid",
            "IT Specialist GS-9 to GS-11; Information Technology Specialist I; Product Owner; Scrum Master",
            "State: IT Specialist I; Nonprofit: Product Owner, Delivery Manager",
            71_957,
            113_185,
            "Runs a small project or owns a product's backlog, working with users and engineers "
            "every day. Needs one year at the level below (federal) or the class's minimum "
            "experience.",
        ),
        level(
            "senior",
            "IT Project Manager GS-12 to GS-13; Information Technology Specialist II; Senior Product Manager",
            "State: IT Specialist II; City: Senior Systems Analyst I",
            104_349,
            161_313,
            "Manages a medium or large project end to end: plans, budget, vendors, risk and "
            "reporting to executives and oversight. A PMP or agile certificate is often "
            "preferred.",
        ),
        level(
            "lead",
            "IT Program Manager GS-14 to GS-15; Information Technology Specialist III; IT Manager I",
            "State: IT Specialist III, IT Manager I; City: Senior Systems Analyst II; County: project management officer",
            146_632,
            197_200,
            "Leads a portfolio of projects or a project office, sets standards and supervises "
            "project managers.",
        ),
        level(
            "executive",
            "SES; Information Technology Manager II; Career Executive Assignment; Head of Product",
            "State: IT Manager II, Career Executive Assignment (such as the deputy director of the California Project Management Office); City: Director of Systems",
            151_661,
            228_000,
            "Owns the organization's portfolio: which projects start, which stop and how they are "
            "governed.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Planning and managing scope, schedule and risk",
            "The core of every project manager posting, from the State to federal agencies.",
            True,
        ),
        skill(
            "skill",
            "Working with users",
            "Watching people use a service and turning what you learn into priorities.",
            True,
        ),
        skill(
            "skill",
            "Clear writing and status reporting",
            "Plans, briefings and reports that executives and oversight offices can act on.",
            True,
        ),
        skill(
            "skill",
            "Agile delivery",
            "Backlogs, short releases and retrospectives; many public teams now work this way.",
            False,
        ),
        skill(
            "skill",
            "Public procurement and vendor management",
            "Most large public systems are built with contractors; knowing how contracts work is valued.",
            False,
        ),
        skill(
            "credential",
            "PMP or CAPM",
            "Project Management Institute certificates; often preferred, rarely required.",
            False,
        ),
        skill(
            "credential",
            "Agile certificates",
            "Scrum Master or product owner certificates help for agile teams.",
            False,
        ),
    ],
    "pay_notes": "<p>The pay column shows the 2026 federal range for each level in Los Angeles "
    "(General Schedule base rates with the 36.47% Los Angeles locality, from step 1 of the lower "
    "grade to step 10 of the higher, capped at $197,200; the Senior Executive Service from "
    "$151,661 to $228,000). At the State, Information Technology Specialist I pays $6,139 to "
    "$8,228 a month in Range A, up to $9,932 in Range C, and Information Technology Manager II "
    "$10,734 to $13,048 a month. County and City project roles are paid by their class; the "
    "posting is always the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Fellowships such as Code for America's and the U.S. Digital Corps (when it is recruiting) place early-career people on delivery teams. Organizing a club project or a volunteer project with Hack for LA, start to finish, is real project experience; the CAPM certificate is built for people starting out.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Program staff who have lived through a system launch make strong product owners: you know the rules and the users. Ask to join the next project as the program's representative, and learn the State's project framework as you go.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN
            + "<p>Federal IT project and program managers fit the State's IT Specialist II and III and IT Manager classes and County project offices. Name the size of what you delivered (budget, users, vendors) and the oversight you reported to; experience with federal capital planning or an agency project office translates directly.</p>",
        ),
        way_in(
            "experienced",
            "<p>Industry product and project managers usually qualify at the senior level. Expect more governance than you are used to, and be ready to show how you work within procurement rules and public records.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search series 2210 for \u201cproject manager\u201d or \u201cprogram manager\u201d, and 0343 and 0301 for program roles with IT duties. Federal hiring has been limited since 2025, so check each posting's \u201cwho may apply\u201d.",
        state="Take the Information Technology Specialist I exam (or II and III if you qualify), then apply to postings in a department's project management office. The Department of Technology has also run exams for senior project leaders as Career Executive Assignments.",
        county="Department project management offices hire through the County's IT classes; read the duties for project management and the class specification for the experience that counts.",
        city="City project leadership sits in the systems classes: at the Police Department, Senior Systems Analysts lead sections such as Technology Projects. The way in from outside is the Systems Analyst exam.",
        nonprofit="Code for America, U.S. Digital Response and firms such as Nava hire product and delivery managers; postings say the pay range.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Tell one delivery story well",
                "text": "<p>Pick one project: what the users needed, what you cut to launch on time, what went wrong and how you recovered. Screeners and panels remember a specific story.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Digital Services Playbook",
            "https://playbook.cio.gov/",
            "U.S. Digital Service",
            "reading",
            "free",
            "Thirteen plays for building public services that work.",
        ),
        resource(
            "De-risking Government Technology guide",
            "https://guides.18f.gov/derisking/",
            "18F (GSA)",
            "reading",
            "free",
            "How public agencies plan and buy software without large-project failures.",
        ),
        resource(
            "California Project Management Framework and project resources",
            "https://projectresources.cdt.ca.gov/",
            "California Department of Technology",
            "reading",
            "free",
            "The State's own templates and methods for IT projects.",
        ),
        resource(
            "Certified Associate in Project Management (CAPM)",
            "https://www.pmi.org/certifications/certified-associate-capm",
            "Project Management Institute",
            "certification",
            "paid",
            "An entry-level project management certificate.",
        ),
        resource(
            "The Scrum Guide",
            "https://scrumguides.org/",
            "Scrum.org and Scrum Inc.",
            "reading",
            "free",
            "The short official description of Scrum.",
        ),
    ],
    "related_roles": [
        "systems-analysis",
        "design-research",
        "software-engineering",
        "it-leadership",
    ],
    "stories": [],
    "sources": [
        source(
            "The State's Information Technology classifications: classes, codes and domains",
            "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx",
            "CalHR (the series is specified by the State Personnel Board)",
        ),
        source(
            "Project Manager (Various Classes) series: Project Manager (Information Technology) abolished January 31, 2018",
            "https://www.calhr.ca.gov/state-hr-professionals/Pages/7579.aspx",
            "California Department of Human Resources (CalHR)",
        ),
        source(
            "Information Technology Specialist II posting: project manager, Secretary of State (reposted)",
            "https://sacitcentral.com/job/it-project-manager-4/",
            "State of California, Secretary of State, via SacITCentral",
        ),
        source(
            "Examinations, including Career Executive Assignment exams",
            "https://cdt.ca.gov/career-opportunities/state-hiring-process/examinations/",
            "California Department of Technology",
        ),
        source(
            "Exam bulletin: Information Technology Manager II (EX-1755)",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1755",
            "CalCareers",
        ),
        source(
            "Project Management Office (department manual, section 2-10/010.06)",
            "https://pars.lasd.org/Viewer/Manuals/10008/Content/14577",
            "Los Angeles County Sheriff's Department",
        ),
        source(
            "Systems classifications and their job descriptions",
            "https://www.lapdonline.org/systems-classifications-and-their-job-descriptions/",
            "Los Angeles Police Department",
        ),
        *COMMON_SOURCES,
    ],
}
