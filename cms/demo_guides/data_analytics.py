"""Demo guide: data, analytics and AI in public service."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, story, way_in

GUIDE = {
    "slug": "data-and-analytics",
    "title": "Data and analytics in public service",
    "role_family": "data-analytics",
    "summary": "Data analysts, scientists, engineers and GIS specialists turn public records into "
    "answers: where services are needed, whether programs work, and what to fix first.",
    "seniority_from": "entry",
    "seniority_to": "lead",
    "pay_min": 65_000,
    "pay_max": 185_000,
    "names": [
        {
            "level": "federal",
            "titles": "Data Scientist (1560); Statistician (1530); IT Specialist (DATAMGT); Geographer (0150)",
            "note": "",
        },
        {
            "level": "state",
            "titles": "Research Data Analyst I and II; Research Data Specialist I to III; IT Specialist (data)",
            "note": "",
        },
        {
            "level": "county",
            "titles": "Data Analyst; Senior Data Analyst; GIS Analyst; Research Analyst",
            "note": "many departments have their own analytics units",
        },
        {
            "level": "city",
            "titles": "Data Analyst I and II; Management Analyst (data); GIS Specialist",
            "note": "",
        },
        {
            "level": "nonprofit",
            "titles": "Data Analyst; Data Scientist; Data Engineer; Research Associate",
            "note": "",
        },
    ],
    "the_work": [
        para(
            "<p>Public data work answers questions that decide where money and people go. How "
            "many families in Antelope Valley are eligible for a program but not enrolled? Which "
            "intersections have the most serious crashes? How long do people wait for a housing "
            "placement, and why? Analysts clean and join records, build dashboards and maps, "
            "and explain what the numbers mean to the people who decide.</p><p>Data engineers "
            "build the pipelines that move records between systems safely; data scientists "
            "model and forecast; GIS specialists map everything from flood zones to bus stops. "
            "Privacy is part of every task: much of this data is about people at hard moments "
            "in their lives.</p>"
        ),
    ],
    "day_in_the_work": [
        para(
            "<p>You might start by checking that last night's data load ran, then spend the "
            "morning writing SQL to answer a request from a program manager. After lunch you "
            "meet with the team that runs a homelessness program to understand why two reports "
            "disagree, and end the day updating a public dashboard. Careful documentation and "
            "saying what the data cannot tell you matter as much as the analysis.</p>"
        ),
    ],
    "levels": [
        level(
            "intern",
            "Student Professional Worker; Data Science Fellow; Pathways Intern",
            "County: Student Professional Worker; City: Student Worker",
            40_000,
            60_000,
            "Supports analyses and learns the data under close guidance.",
        ),
        level(
            "entry",
            "Research Data Analyst I; Data Analyst I; Statistician GS-7",
            "State: Research Data Analyst I; County: Data Analyst; City: Data Analyst I",
            60_000,
            90_000,
            "Prepares data and standard reports; answers defined questions.",
        ),
        level(
            "mid",
            "Data Scientist GS-9 to GS-11; Research Data Analyst II; Data Analyst II",
            "State: Research Data Analyst II; County: Senior Data Analyst; City: Data Analyst II",
            80_000,
            120_000,
            "Designs analyses and dashboards and presents findings.",
        ),
        level(
            "senior",
            "Data Scientist GS-12 to GS-13; Research Data Specialist II; Senior Data Scientist",
            "State: Research Data Specialist II; County: Principal Analyst; City: Senior Management Analyst",
            105_000,
            155_000,
            "Leads projects, sets methods and reviews others' work.",
        ),
        level(
            "lead",
            "Supervisory Data Scientist GS-14; Research Data Supervisor; Chief Data Officer",
            "State: Research Data Supervisor; County: Chief data roles",
            140_000,
            190_000,
            "Runs a data team or a department's data strategy.",
        ),
    ],
    "skills": [
        skill("skill", "SQL", "The most asked-for skill in public data jobs.", True),
        skill(
            "skill",
            "A spreadsheet tool, and Python or R",
            "Excel for quick work; Python or R for anything repeatable.",
            True,
        ),
        skill("skill", "Dashboards", "Tableau, Power BI or ArcGIS dashboards are common.", False),
        skill("skill", "GIS", "ArcGIS Pro or QGIS for mapping and spatial analysis.", False),
        skill(
            "skill",
            "Privacy and data ethics",
            "Knowing HIPAA, FERPA and how to publish without exposing people.",
            True,
        ),
        skill(
            "credential",
            "A degree with quantitative work",
            "Statistician and Data Scientist federal series require specific coursework; most local classes accept experience.",
            False,
        ),
        skill(
            "credential",
            "GIS Professional (GISP) or Esri certificates",
            "Useful for GIS roles.",
            False,
        ),
    ],
    "pay_notes": "<p>Federal data scientists and statisticians are paid on the General Schedule "
    "with the Los Angeles locality. State research data classes and county and city analyst "
    "classes have published ranges with yearly steps and a pension. Ranges here are "
    "approximate and rounded; check the posting and the pay tables in the sources.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Apply for summer data fellowships and student worker jobs in County departments, and do a class project with open data from data.lacounty.gov or data.lacity.org. Statistics or GIS coursework counts toward federal qualifications.</p>",
        ),
        way_in(
            "career-changers",
            "<p>If you already work with records (in health, social services, planning or finance), you know what the data means, which is half the job. Learn SQL and one visualization tool and build two small public-data projects about LA.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN
            + "<p>Federal statisticians and data scientists are a strong fit for the State's research data classes and County analytics units, which value experience with survey data and program evaluation.</p>",
        ),
        way_in(
            "experienced",
            "<p>Industry analysts and engineers often qualify at the senior level. Emphasize data quality, privacy and explaining results to non-technical leaders.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search series 1560 (Data Science), 1530 (Statistics) and 2210 with \u201cDATAMGT\u201d. Some 1530 and 1560 jobs require specific college coursework: check the qualifications.",
        state="Take the Research Data Analyst or Research Data Specialist exam; many departments (Health Care Services, Public Health) hire from these lists.",
        county="Look for analyst postings in Public Health, Health Services, the Chief Executive Office and the Homeless Initiative.",
        city="The Information Technology Agency, Transportation and City Planning hire data and GIS analysts.",
        nonprofit="Research nonprofits and civic-tech groups hire data analysts and engineers, often remote.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Bring one chart and one story",
                "text": "<p>In interviews, show one clear chart made from public data and tell the decision it could inform. It proves both the skill and the judgment.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Google Data Analytics Certificate",
            "https://grow.google/certificates/data-analytics/",
            "Google (on Coursera)",
            "certification",
            "paid",
            "An entry-level program in spreadsheets, SQL and Tableau.",
        ),
        resource(
            "Kaggle Learn",
            "https://www.kaggle.com/learn",
            "Kaggle",
            "course",
            "free",
            "Short, practical Python, SQL and machine-learning courses.",
        ),
        resource(
            "Esri training catalog",
            "https://www.esri.com/training/",
            "Esri",
            "course",
            "low",
            "ArcGIS courses, many free.",
        ),
        resource(
            "LA County open data",
            "https://data.lacounty.gov/",
            "County of Los Angeles",
            "reading",
            "free",
            "Real public data for portfolio projects.",
        ),
    ],
    "related_roles": ["software-engineering", "systems-analysis", "policy-acquisition"],
    "stories": [
        story(
            "Dev",
            "Data Analyst II, a City department",
            "Transit operator",
            "<p>I kept a spreadsheet of late buses on my route. A night class in SQL turned it into a portfolio, and the City exam did the rest.</p>",
        ),
    ],
    "sources": [
        source(
            "Data Science series 1560: qualification standard",
            "https://www.opm.gov/policy-data-oversight/classification-qualifications/",
            "U.S. Office of Personnel Management",
        ),
        *COMMON_SOURCES,
    ],
}
