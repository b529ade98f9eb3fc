"""Demo guide: technology policy, governance and acquisition in public service.

Pay on each rung is the 2026 General Schedule in Los Angeles for the rung's grades (step 1 to
step 10: OPM base rates with the 36.47% locality), as in pathways/seed.py; local figures are
quoted only where a posting gives them, with its date."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, way_in

USGS_1102 = (
    "https://www.usgs.gov/about/organization/science-support/human-capital/"
    "contract-specialist-contract-negotiator-contract"
)
HRU_2210 = "https://hru.gov/Studio_Recruitment/Occup_Toolkit_Series.aspx?group=2210"
DITAP = "https://techfarhub.usds.gov/get-started/ditap/"
STATE_IT_SERIES = (
    "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx"
)
EX_1750 = "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1750"
CALPCA_BAC = (
    "https://www.dgs.ca.gov/PD/Resources/Page-Content/Procurement-Division-Resources-List-Folder/"
    "California-Procurement-and-Contracting-Academy-Courses/CalPCA-Courses-on-Basic-Acquisition-"
    "Certificate"
)
COUNTY_PURCHASING = "http://doingbusiness.lacounty.gov/about_purchasing.htm"
COUNTY_IT_GOVERNANCE = "https://ceo.lacounty.gov/information-technology-governance-framework/"
CITY_SCHEDULE_A = "https://codelibrary.amlegal.com/codes/los_angeles/latest/laac/0-0-0-8592"
STATE_CDT = "http://www.ebudget.ca.gov/2015-16/StateAgencyBudgets/7500/7502/mission_statement.html"
STATE_DGS = "http://www.dgs.ca.gov/dgs/Home/2017StrategicPlan/PD.aspx"
CITY_PROCUREMENT_OVERSIGHT = "https://personnel.lacity.gov/jobs/openings/index.cfm?job_id=5729"
LONG_BEACH_PROCUREMENT = "https://careersingovernment.com/job/826127/procurement-analyst-i-iii"

GUIDE = {
    "slug": "policy-and-acquisition",
    "title": "Technology policy and acquisition in public service",
    "role_family": "policy-acquisition",
    "summary": "Policy, governance and acquisition staff decide which technology government "
    "buys, write the contracts, and set the rules that keep projects on track and fair.",
    "seniority_from": "entry",
    "seniority_to": "lead",
    "pay_min": 47_490,
    "pay_max": 197_200,
    "names": [
        {
            "level": "federal",
            "titles": "Contract Specialist (1102); Contracting Officer; IT Specialist "
            "(PLCYPLN); IT Specialist (Policy and Planning)",
            "note": "series 1102 for contracting, 2210 for IT policy and planning",
        },
        {
            "level": "state",
            "titles": "Information Technology Associate; Information Technology Specialist I, "
            "II, III",
            "note": "the IT classes' Business Technology Management domain names IT policy, "
            "portfolio management and procurement",
        },
        {
            "level": "county",
            "titles": "Departmental contracts and procurement staff; Chief Information Office "
            "governance staff",
            "note": "we found no single County class for this work; read the duties",
        },
        {
            "level": "city",
            "titles": "Management Assistant; Administrative Analyst I, II (1590); Procurement "
            "Analyst I to III (Long Beach)",
            "note": "Long Beach: $38.488 to $52.317 an hour at grade I (2026 bulletin)",
        },
        {
            "level": "nonprofit",
            "titles": "Acquisition Strategist; Procurement Advisor; Policy Advisor",
            "note": "titles vary by organization; the pay range is in each posting",
        },
    ],
    "the_work": [
        para(
            "<p>Much of the technology the public sector uses is bought, not built, so the people who "
            "plan, buy and oversee it decide much of what residents experience. Acquisition "
            "staff work out what a program needs, research the market, write the statement of "
            "work, run a fair competition, and then manage the contract so the vendor delivers "
            "what was promised. Policy and governance staff write the rules around all of this: "
            "which projects get funded, which standards every system must meet, and how risks "
            "are reported.</p>"
            "<p>In the County of Los Angeles, the Internal Services Department's director is "
            "the County's Purchasing Agent, each department has its own procurement unit, and an "
            "IT Investment Board chaired by the County's Chief Information Officer decides which "
            "projects its technology funds pay for. At the State, the Department of General "
            "Services sets purchasing rules and the Department of Technology oversees large IT "
            "projects and procurements.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Technology experience counts here",
                "text": "<p>Buying technology well needs people who understand it. An engineer "
                "or product manager who learns the contracting rules, or a contracting officer "
                "who learns modern software delivery, is rare and sought after.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>You spend the morning with a program team turning their wish list into a "
            "statement of work that describes outcomes, not a fixed list of features, so "
            "vendors can propose modern, incremental delivery. At midday you answer vendors' "
            "questions about an open solicitation, in writing and to all of them at once, "
            "because fairness is the law. In the afternoon you review a vendor's monthly "
            "report against the contract, and draft a policy memo on how departments should "
            "buy cloud services. Careful reading, clear writing and calm negotiation are the "
            "daily tools.</p>"
        ),
    ],
    "levels": [
        level(
            "entry",
            "Contract Specialist GS-5 to GS-7; Information Technology Associate; Management "
            "Assistant",
            "State: IT Associate; City: Management Assistant",
            47_490,
            76_476,
            "Prepares purchase documents, checks vendor paperwork and keeps contract files, "
            "with close review.",
        ),
        level(
            "mid",
            "Contract Specialist GS-9 to GS-11; Information Technology Specialist I; "
            "Procurement Analyst",
            "State: IT Specialist I (Business Technology Management); City: Administrative "
            "Analyst (1590); Long Beach: Procurement Analyst I, II",
            71_957,
            113_185,
            "Runs solicitations on their own, writes statements of work and manages contracts "
            "after award.",
        ),
        level(
            "senior",
            "Contract Specialist or Contracting Officer GS-12 to GS-13; IT Specialist "
            "(PLCYPLN); Information Technology Specialist II",
            "State: IT Specialist II; Long Beach: Procurement Analyst III",
            104_349,
            161_313,
            "Leads large or complex IT procurements, signs contracts within a warrant, and "
            "writes policy for a department.",
        ),
        level(
            "lead",
            "Supervisory Contract Specialist; IT Specialist (Policy and Planning); Information "
            "Technology Specialist III",
            "State: IT Specialist III, IT Manager I",
            146_632,
            197_200,
            "Sets acquisition strategy and IT governance for an agency and supervises "
            "contracting or policy staff.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Procurement rules",
            "The Federal Acquisition Regulation, the State Contracting Manual, or the County's "
            "and City's purchasing rules, and when each applies.",
            True,
        ),
        skill(
            "skill",
            "Writing statements of work",
            "Describing outcomes and how they will be measured, so vendors can propose good "
            "solutions.",
            True,
        ),
        skill(
            "skill",
            "Understanding modern technology delivery",
            "Agile delivery, cloud services and software licensing, enough to buy them in "
            "small, testable pieces.",
            True,
        ),
        skill(
            "skill",
            "Analysis and negotiation",
            "Price and cost analysis, evaluating proposals fairly, and negotiating changes.",
            True,
        ),
        skill(
            "skill",
            "Policy writing",
            "Turning laws and executive direction into clear rules departments can follow.",
            False,
        ),
        skill(
            "credential",
            "Education for federal contracting",
            "Through GS-12, federal 1102 jobs require a bachelor's degree or 24 semester hours "
            "in business fields such as accounting, law, contracts or economics; read each "
            "posting for higher grades.",
            True,
        ),
        skill(
            "credential",
            "FAC-C (Digital Services) or CalPCA's Basic Acquisition Certificate",
            "Federal digital-acquisition training (DITAP) and the State's procurement academy "
            "certificate show you can buy technology well.",
            False,
        ),
    ],
    "pay_notes": "<p>The range on each level is the 2026 federal General Schedule in Los "
    "Angeles for that level's grades, from step 1 to step 10 (OPM's base rates with the 36.47% "
    "Los Angeles locality). Local figures from postings: the State's Information Technology "
    "Specialist I pays $6,139 to $8,228 a month in Range A, where people new to State service "
    "start; the City of Long Beach's Procurement Analyst pays $38.488 to $52.317 an hour at "
    "grade I and up to $62.154 at grade III (2026). We found no current published range for "
    "the County's or the City of Los Angeles's procurement classes, so we leave them out. "
    "The posting is always the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Business, public policy and law students fit here, and so do engineering "
            "students who like rules and writing. Federal agencies run acquisition internships "
            "and trainee programs; at home, the State's IT Associate exam is online and open "
            "all year, and the City's Management Assistant class is an entry door to its "
            "analyst careers.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Buyers, paralegals, grant managers and project coordinators already do much of "
            "this work. Add technology: learn how software is built and sold today (the TechFAR "
            "Hub below is free), and describe your experience with contracts, vendors and "
            "deadlines in the posting's words.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN + "<p>Federal contracting officers and 2210 policy and planning "
            "staff bring rare skills. Your warrant level, the size and types of contracts you "
            "managed, and any FAC-C or DITAP training belong in your application. The State's "
            "IT Specialist classes list IT procurement and policy among their duties, and "
            "County departments and the cities in the county hire contracts staff too.</p>",
        ),
        way_in(
            "experienced",
            "<p>People from industry who sold to government, or bought technology for a large "
            "company, usually qualify at the senior level. Expect strict rules on fairness and "
            "conflicts of interest, and be ready to explain how you kept a vendor accountable."
            "</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search series 1102 (Contract Specialist) and 2210 with \u201cPLCYPLN\u201d or "
        "\u201cpolicy and planning\u201d. For 1102 jobs, upload transcripts when you qualify by "
        "education.",
        state="Take the IT Associate or IT Specialist I exam (online, open all year), then apply "
        "to postings in IT procurement, portfolio management or IT policy, including at the "
        "Department of Technology.",
        county="Look for contracts and procurement postings in the departments you care about "
        "and at the Internal Services Department, which buys for the whole County.",
        city="The City Administrative Officer's Citywide Procurement Oversight group, which "
        "supports departments' contract coordinators, fills permanent jobs from the Management "
        "Assistant exam. Long Beach runs its own Procurement Analyst exams.",
        nonprofit="Civic-tech nonprofits and firms hire procurement strategists and policy "
        "advisors to help governments buy technology, often remote.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Count what you bought",
                "text": "<p>Give numbers: how many solicitations, the largest contract value, "
                "how long each took, and what changed because of it. Screeners in this field "
                "look for scale and for the rules you worked under.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "TechFAR Hub",
            "https://techfarhub.usds.gov/",
            "U.S. Digital Service",
            "reading",
            "free",
            "How to buy digital services well within federal rules, with templates and examples.",
        ),
        resource(
            "Digital IT Acquisition Professional training (DITAP)",
            DITAP,
            "U.S. Digital Service and the Office of Federal Procurement Policy",
            "program",
            "free",
            "A six-month program for federal acquisition staff; FAC-C holders earn the "
            "Digital Services credential.",
        ),
        resource(
            "CalPCA Basic Acquisition Certificate",
            CALPCA_BAC,
            "California Department of General Services",
            "course",
            "free",
            "Five web-based courses on State purchasing of IT and non-IT goods and services.",
        ),
        resource(
            "State Contracting Manual",
            "https://www.dgs.ca.gov/PD/Resources/SCM",
            "California Department of General Services",
            "reading",
            "free",
            "The rules California departments follow when they buy.",
        ),
        resource(
            "Federal Acquisition Institute",
            "https://www.fai.gov/",
            "U.S. General Services Administration",
            "reading",
            "free",
            "Federal acquisition careers, certifications and training.",
        ),
    ],
    "related_roles": ["product-delivery", "it-leadership", "architecture"],
    "stories": [],
    "sources": [
        source(
            "Contract Specialist, GS-1102: qualification requirements",
            USGS_1102,
            "U.S. Geological Survey",
        ),
        source(
            "IT Management series 2210: specialties, including Policy and Planning",
            HRU_2210,
            "HRU (Human Resources University)",
        ),
        source(
            "Digital IT Acquisition Professional Training (DITAP)",
            DITAP,
            "U.S. Digital Service",
        ),
        source(
            "The State's Information Technology classifications",
            STATE_IT_SERIES,
            "CalHR (the series is specified by the State Personnel Board)",
        ),
        source(
            "Exam bulletin: Information Technology Specialist I (EX-1750)",
            EX_1750,
            "CalCareers",
        ),
        source(
            "Department of Technology: mission statement (IT projects and procurements)",
            STATE_CDT,
            "California Department of Finance (ebudget)",
        ),
        source(
            "Procurement Division: strategic plan goals",
            STATE_DGS,
            "California Department of General Services",
        ),
        source(
            "About purchasing and contracts in the County of Los Angeles",
            COUNTY_PURCHASING,
            "County of Los Angeles",
        ),
        source(
            "Information Technology Governance Framework",
            COUNTY_IT_GOVERNANCE,
            "County of Los Angeles Chief Executive Office",
        ),
        source(
            "Project Assistant, Citywide Procurement Oversight (City Administrative Officer)",
            CITY_PROCUREMENT_OVERSIGHT,
            "City of Los Angeles Personnel Department",
        ),
        source(
            'Administrative Code, Schedule "A": class codes and titles',
            CITY_SCHEDULE_A,
            "City of Los Angeles",
        ),
        source(
            "Procurement Analyst I to III (2026), as reposted",
            LONG_BEACH_PROCUREMENT,
            "City of Long Beach",
        ),
        *COMMON_SOURCES,
    ],
}
