"""Demo guide: technology leadership in public service (CIOs, IT managers, division chiefs).

Pay and class codes come from the sources the guide lists (the project's research notes in
shared/research/crosswalk-facts.md gather most of them); where no public source gives a
figure, as for the County's and the City's IT management classes, the guide says so."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, story, way_in

# OPM's 2026 SES pay table, at the address the project's research notes give for it.
SES_PAY_2026 = (
    "https://ep-hrs-opmweb-p-002-caftamh7g3e2fpg9.a01.azurefd.net/policy-data-oversight/"
    "pay-leave/salaries-wages/salary-tables/xml/2026/ES.xml"
)

GUIDE = {
    "slug": "it-leadership",
    "title": "Technology leadership in public service",
    "role_family": "it-leadership",
    "summary": "Technology leaders (IT managers, division chiefs and chief information "
    "officers) decide what a public agency builds, buys and protects, and lead the people "
    "who keep its services running.",
    "seniority_from": "lead",
    "seniority_to": "executive",
    "pay_min": 87_000,
    "pay_max": 228_000,
    "names": [
        {
            "level": "federal",
            "titles": "Supervisory IT Specialist (2210); IT Division Chief; Deputy Chief Information Officer; Chief Information Officer (SES)",
            "note": "managers in series 2210; executives in the Senior Executive Service",
        },
        {
            "level": "state",
            "titles": "Information Technology Supervisor I, II; Information Technology Manager I, II; Career Executive Assignment (CEA)",
            "note": "a CEA is the State's executive category, with no class specification of its own; postings give it a working title such as Chief Information Officer",
        },
        {
            "level": "county",
            "titles": "Chief Information Officer; Departmental Chief Information Officer; Information Technology Manager I",
            "note": "departments have their own CIOs, who meet as a council with the County CIO; the manager title is not yet checked against the County's class list",
        },
        {
            "level": "city",
            "titles": "General Manager, Information Technology Agency; Assistant General Manager, Information Technology Agency; Information Systems Manager I",
            "note": "the General Manager (class 9380) is the City's Chief Information Officer and an Assistant General Manager is Deputy CIO; the manager title is not yet checked against the City's class list",
        },
        {
            "level": "nonprofit",
            "titles": "Chief Technology Officer; VP of Engineering; Director of Engineering",
            "note": "civic-tech nonprofits and public-benefit firms",
        },
    ],
    "the_work": [
        para(
            "<p>Public technology leaders decide which systems a government builds, buys, "
            "replaces and protects, and they answer for those choices to elected officials and "
            "the public. The work is budgets and contracts, hiring and coaching staff, security "
            "and disaster recovery, and turning a department's goals into a plan its technical "
            "teams can deliver. A good leader keeps a benefits system running during a surge and "
            "still finds the people and money to replace it.</p><p>In Los Angeles County the "
            "scale is large and spread out. The County runs security across 37 departments, with "
            "a departmental information security officer in each, and its CIO works with a "
            "council of departmental CIOs. The City's Information Technology Agency serves more than 40 "
            "departments; its General Manager is the City's Chief Information Officer.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Leadership jobs are filled in different ways",
                "text": "<p>Supervisor and manager jobs are civil-service classes with exams, like the jobs below them. Executive posts work differently: each State Career Executive Assignment has its own short exam, federal executives join the Senior Executive Service, the City's CIO is appointed by the Mayor and confirmed by the City Council, and County executive posts have their own recruitments. The hiring section below says how each works.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>A division chief's morning might start with the weekly review of major "
            "projects: one is late because a vendor missed a delivery, another needs a decision "
            "on cloud hosting. Then a budget meeting about next year's request, a one-on-one "
            "with a supervisor who is hiring, and a call with the security officer about a "
            "phishing campaign aimed at staff. In the afternoon you brief an executive or a "
            "board office in plain language, and end the day reading a contract amendment. "
            "Most of the work is through other people; the technical judgment is in the "
            "questions you ask.</p>"
        ),
    ],
    "levels": [
        {
            **level(
                "lead",
                "Supervisory IT Specialist GS-14; Information Technology Supervisor I and II; IT team manager",
                "State: IT Supervisor I, IT Supervisor II; County: Information Technology Manager I; City: Information Systems Manager I",
                87_000,
                191_000,
                "Supervises a team of technical staff: hiring, assignments, performance reviews and the team's share of the budget.",
            ),
            "federal_grades": "GS-14",
        },
        {
            **level(
                "lead",
                "Supervisory IT Specialist GS-15; Information Technology Manager I and II; IT Division Chief",
                "State: IT Manager I, IT Manager II; County and City: IT manager classes",
                128_000,
                197_000,
                "Runs a division through supervisors: several teams, a budget and contracts, and answers for the service's results.",
            ),
            "federal_grades": "GS-15",
        },
        level(
            "executive",
            "Deputy Chief Information Officer; Assistant General Manager, Information Technology Agency",
            "State: Career Executive Assignment (CEA); City: Assistant General Manager, ITA",
            120_000,
            228_000,
            "Leads a large part of an agency's technology, sets policy with the executive team and stands in for the CIO.",
        ),
        level(
            "executive",
            "Chief Information Officer; Chief Technology Officer; Chief Digital Officer",
            "State: Career Executive Assignment (CEA); County: Chief Information Officer; City: General Manager, Information Technology Agency",
            151_000,
            228_000,
            "Owns technology strategy, budget and risk for a whole agency or government, and reports to its leaders.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Budgets and procurement",
            "Building a budget request, and buying technology through public contracting rules with vendors held to what they promised.",
            True,
        ),
        skill(
            "skill",
            "Leading people in a civil-service setting",
            "Hiring from eligible lists, probation, performance reviews and working within labor agreements (MOUs).",
            True,
        ),
        skill(
            "skill",
            "Security and risk governance",
            "Frameworks such as the NIST Cybersecurity Framework, incident response and disaster recovery plans.",
            True,
        ),
        skill(
            "skill",
            "Plain-language communication",
            "Explaining trade-offs to elected officials, boards and program leaders who are not technologists.",
            True,
        ),
        skill(
            "skill",
            "Modern delivery",
            "Running projects in small, tested steps with real users, and replacing old systems without stopping the service.",
            False,
        ),
        skill(
            "credential",
            "Years of supervisory and management experience",
            "Supervisor, manager and executive classes ask for it by level; executive jobs weigh the scope of what you led.",
            True,
        ),
        skill(
            "credential",
            "Project, security or service-management certificates",
            "PMP, CISSP, CISM or ITIL help for some posts; few public leadership jobs require them.",
            False,
        ),
    ],
    "pay_notes": "<p>Federal supervisors and managers are paid on the General Schedule with the "
    "Los Angeles locality: by our calculation from OPM's 2026 tables, a GS-14 earns $146,632 to "
    "$190,627 and a GS-15 $172,476 up to the $197,200 cap on locality pay. Senior Executive "
    "Service pay has no locality and no steps: $151,661 to $228,000 in 2026 at agencies with a "
    "certified appraisal system. The State's exam bulletins list Information Technology "
    "Supervisor I at $7,292 to $9,771 a month and Information Technology Manager II at $10,734 "
    "to $13,048 a month; CalHR's manual gives one range for all Career Executive Assignments, "
    "$10,048 to $20,748 a month, on a page that shows no date. We found no public source for "
    "the pay of the County's and the City's IT management classes or their top technology "
    "posts, so this guide leaves those figures out: each recruitment's bulletin states its "
    "range. Ranges here are approximate; the posting is the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>No one starts here. Leadership is a later step in every other guide on this site: pick the one closest to your studies, and look for chances to lead early, such as a student team, a volunteer civic-tech project or a fellowship that puts you next to public leaders.</p>",
        ),
        way_in(
            "career-changers",
            "<p>If you already manage people or programs in government (a benefits office, a clinic, a finance unit), you know how the public sector decides and spends. Pair that with a technical role for a few years, or with project leadership on a technology rollout, and the manager classes are within reach.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN
            + "<p><b>Where you fit.</b> A GS-14 supervisor lines up with the first leadership row: the State's IT Supervisor II and IT Manager I, and the County's and City's IT manager classes. A GS-15 manager fits IT Manager II, division chief and deputy CIO posts. Senior executives fit Career Executive Assignments, Assistant General Manager posts and CIO roles. Compare total pay, not the top figure alone: SES pay reaches $228,000, while State and local executive ranges start lower but come with a defined-benefit pension. Describe what you ran (people, budget, systems, contracts) in numbers.</p>",
        ),
        way_in(
            "experienced",
            "<p>Industry CTOs and engineering directors are welcome, especially in deputy and CIO searches and at civic-tech nonprofits. Expect more public process than you are used to: open meetings, procurement rules and budget cycles set by law. Show that you can lead through them, not around them.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Supervisory IT Specialist jobs are posted like other series 2210 jobs, at GS-14 and GS-15. Senior Executive Service jobs ask for executive experience, usually gained at GS-15 or its equivalent, shown against the Executive Core Qualifications (ECQs); many announcements now take a two-page resume in place of written essays. Before a first career SES appointment, an OPM Qualifications Review Board must certify your executive qualifications. OPM revised the ECQs in 2025, so read the current list on opm.gov.",
        state="The Information Technology Supervisor I (EX-1753) and Information Technology Manager II (EX-1755) exams are continuous and online; after taking one you wait nine months to take it again. Executive posts are Career Executive Assignments: each is posted on CalCareers for at least ten working days, the exam is usually a review of your application and a Statement of Qualifications, candidates are placed in six ranks, and the department chooses from the top three (or more, if fewer than five people reach them). You do not need to be a state employee to apply.",
        county="Manager classes are filled by exams posted on the County's job site. The County's Chief Information Officer works with the CIOs of the departments, and the County Code (chapter 2.06) sets how candidates for department head posts are recruited and evaluated; read each executive announcement for its steps.",
        city="The City's Chief Information Officer is the General Manager of the Information Technology Agency (class 9380), nominated by the Mayor and confirmed by the City Council. Assistant General Manager openings, one of them the Deputy CIO, are announced publicly with their own filing deadline. Manager classes below them are filled by Personnel Department exams.",
        nonprofit="Code for America, U.S. Digital Response and civic-tech firms fill CTO and engineering leadership roles through their own job boards or a search firm; expect conversations with staff, the chief executive and often board members.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Lead with results, in numbers",
                "text": "<p>Leadership screeners look for scope: how many people you led, the budget you managed, the systems and users you were responsible for, and what changed because of you. Put those numbers in the first lines of each job on your resume.</p>",
            },
        },
        {
            "type": "question",
            "value": {
                "question": "Do I have to work for the government already?",
                "answer": "<p>No. Open exams and executive recruitments accept outside candidates. The State says plainly that a Career Executive Assignment exam does not require current civil-service status, and federal SES jobs are open to people from outside government who can show executive experience.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Senior Executive Service",
            "https://www.opm.gov/policy-data-oversight/senior-executive-service/",
            "U.S. Office of Personnel Management",
            "reading",
            "free",
            "What the SES is, the Executive Core Qualifications and how executives are selected.",
        ),
        resource(
            "About Career Executive Assignments",
            "https://www.calhr.ca.gov/Pages/about-career-executive-assignments.aspx",
            "California Department of Human Resources (CalHR)",
            "reading",
            "free",
            "Who may apply for a State executive post and how the exam and ranks work.",
        ),
        resource(
            "Applying for a career executive assignment job",
            "https://innovation.ca.gov/join-us/applying-cea-job/",
            "California Office of Data and Innovation",
            "reading",
            "free",
            "A plain walk through a CEA posting: the two titles, the salary and the final filing date.",
        ),
        resource(
            "Digital Services Playbook",
            "https://playbook.cio.gov/",
            "U.S. Digital Service",
            "reading",
            "free",
            "Thirteen plays for running public technology well, a shared language with modern teams.",
        ),
        resource(
            "California County Information Services Directors Association",
            "https://counties.org/county-office/information-technology",
            "California State Association of Counties",
            "community",
            "free",
            "How county CIOs in California are organized, and the association that connects them.",
        ),
    ],
    "related_roles": [
        "cybersecurity",
        "product-delivery",
        "architecture",
        "policy-acquisition",
        "infrastructure-operations",
    ],
    "stories": [
        story(
            "Richard Sanchez",
            "Chief Information Officer, County of Los Angeles (named in 2008)",
            "Application developer at the County",
            "<p>He joined the County as an application developer and held a series of management posts before he was named CIO. His first challenge, he told Government Technology in 2014, was getting 34 large, independent departments to work with each other and with central IT: it took a couple of years of listening, and a council where every departmental CIO has a seat.</p>",
        ),
    ],
    "sources": [
        source(
            "Salary Table No. 2026-ES: Senior Executive Service",
            SES_PAY_2026,
            "U.S. Office of Personnel Management",
        ),
        source(
            "A Senior Executive Service announcement: basic requirement, ECQs, two-page resume",
            "https://federalgovernmentjobs.us/jobs/Director-840609900.html",
            "FederalGovernmentJobs.us, copy of a USAJOBS announcement",
        ),
        source(
            "Writing ECQs: the Qualifications Review Board under the 2025 framework",
            "https://www.federalwarrior.com/professional-development/writing-ecqs.html",
            "Federal Warrior",
        ),
        source(
            "Exam bulletin EX-1753: Information Technology Supervisor I",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1753",
            "CalCareers",
        ),
        source(
            "Exam bulletin EX-1755: Information Technology Manager II",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1755",
            "CalCareers",
        ),
        source(
            "About Career Executive Assignments",
            "https://www.calhr.ca.gov/Pages/about-career-executive-assignments.aspx",
            "California Department of Human Resources (CalHR)",
        ),
        source(
            "HR Manual 1203: Career Executive Assignments (levels and salary range)",
            "http://hrmanual.calhr.ca.gov/Home/ManualItem/1/1203",
            "California Department of Human Resources (CalHR)",
        ),
        source(
            "Los Angeles Administrative Code: General Manager positions (class 9380)",
            "https://codelibrary.amlegal.com/codes/los_angeles/latest/laac/0-0-0-13244",
            "City of Los Angeles",
        ),
        source(
            "Garcetti nominates new city Chief Information Officer (2015)",
            "https://mynewsla.com/government/2015/07/30/garcetti-nominates-new-city-chief-information-officer/",
            "MyNewsLA",
        ),
        source(
            "Los Angeles County CIO improves communication, deploys enterprise services (2014)",
            "https://www.govtech.com/local/Los-Angeles-County-CIO-Improves-Communication-Deploys-Enterprise-Services.html",
            "Government Technology",
        ),
        source(
            "Opportunity alert: West Coast city seeks deputy CIO",
            "https://insider.govtech.com/california/news/opportunity-alert-west-coast-city-seeks-deputy-cio.html",
            "Government Technology (Industry Insider California)",
        ),
        source(
            "Los Angeles County Code: recruitment of department heads (chapter 2.06, 2004 amendment)",
            "https://library.municode.com/ca/los_angeles_county/codes/code_of_ordinances",
            "County of Los Angeles (Municode)",
        ),
        source(
            "CIO security guiding principles",
            "https://ceo.lacounty.gov/cio-security-guiding-principles/",
            "County of Los Angeles Chief Executive Office",
        ),
        *COMMON_SOURCES,
    ],
}
