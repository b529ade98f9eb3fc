"""The federal-to-local crosswalk as first published (docs/architecture.md, "From federal
service"): the data migration loads it, organizers edit it afterwards as Wagtail snippets, and
the matcher's unit tests read it without a database.

Every row names its source. Facts come from public pages gathered in the project's research notes;
a figure nobody could confirm is left blank (``None``) and a title not yet checked against the
employer's own class list has ``verified: False``, which the page says in words. Pay is annual
US dollars; State figures are the monthly bulletin ranges times twelve.
"""

from __future__ import annotations

from datetime import date

from ingest.classifier import HR_CODES
from jobboard.taxonomy_seed import ROLE_FAMILIES

CHECKED = date(2026, 12, 1)
YEAR = 2026

# Sources ------------------------------------------------------------------------------------
OPM_HANDBOOK = (
    "https://www.opm.gov/policy-data-oversight/classification-qualifications/"
    "classifying-general-schedule-positions/occupationalhandbook.pdf"
)
OPM_2210 = (
    "https://www.opm.gov/policy-data-oversight/classification-qualifications/"
    "competency-based-policy/general-schedule/2200/2210-competency-based-policy/"
    "2210-competency-based-classification-standard/print"
)
HRU_2210 = "https://hru.gov/Studio_Recruitment/Occup_Toolkit_Series.aspx?group=2210"
HRU_0332 = "https://hru.gov/Studio_Recruitment/Occup_Toolkit_Series.aspx?group=0332"
OPM_1500_LIST = "http://dod-civ-cool-review.s3.amazonaws.com/civilian/civ_1520.htm"
DATA_SCIENCE_1560 = (
    "https://executivegov.com/2021/12/opm-asks-agencies-to-implement-classification-for-data-"
    "science-jobs/"
)
USGS_0854 = (
    "https://www.usgs.gov/about/organization/science-support/human-capital/"
    "computer-engineer-gs-0854"
)
TELECOM_0391 = (
    "https://m.moam.info/download/position-classification-standard-for-telecommunications-"
    "series-gs-_59bd0b861723ddf1eba12bb8.html"
)
CONTRACTING_1102 = (
    "https://docplayer.net/amp/5117664-position-classification-standard-for-contracting-series-"
    "gs-1102-table-of-contents.html"
)
ARMY_0300 = "https://safety.army.mil/CP-12/Who-We-Are/General-Administration"
OPM_SF_2026 = (
    "https://www.opm.gov/policy-data-oversight/pay-leave/salaries-wages/salary-tables/"
    "26Tables/html/SF.aspx"
)
OPM_LA_2026 = (
    "https://www.opm.gov/policy-data-oversight/pay-leave/salaries-wages/salary-tables/"
    "26Tables/html/LA.aspx"
)
OPM_ES_2026 = (
    "https://www.opm.gov/policy-data-oversight/pay-leave/salaries-wages/salary-tables/xml/"
    "2026/ES.xml"
)
OPM_PAY_PLANS = "https://www.opm.gov/policy-data-oversight/pay-leave/pay-systems/"
CALHR_IT = (
    "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx"
)
CALHR_RESEARCH = "http://www.calhr.ca.gov/state-hr-professionals/Pages/5729.aspx"
EX_1750 = "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1750"
EX_1753 = "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1753"
EX_1755 = "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1755"
EX_1305 = "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1305"
EX_2370 = "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=2370"
EDD_EXAMS = "https://edd.ca.gov/en/about_edd/Current_Exams"
COUNTY_APPLY = "https://hr.lacounty.gov/how-to-apply/"
COUNTY_PROBATION_FAQ = "https://probation.lacounty.gov/career-faqs/"
COUNTY_ISA_AID = (
    "https://jobs.ccyp.com/Content/Details/136762/County-of-Los-Angeles-INFORMATION-SYSTEMS-"
    "ANALYST-AID"
)
COUNTY_GIS = "https://careersingovernment.com/job/802994/geographic-information-systems-analyst"
COUNTY_GIS_SERIES = (
    "https://egis3.lacounty.gov/eGIS/2012/08/02/los-angeles-county-releases-gis-classifications-"
    "and-specifications-job-descriptions/"
)
COUNTY_SECURITY = "https://ceo.lacounty.gov/cio-security-guiding-principles/"
CITY_EXAMS = "https://personnel.lacity.gov/jobs/resources/civil-service-examinations.html"
CITY_JOBS = "https://personnel.lacity.gov/"
CITY_LAPD_CLASSES = "https://www.lapdonline.org/systems-classifications-and-their-job-descriptions/"
CITY_1455 = (
    "https://tapwage.com/job/101395922-systems-administrator-1455-formerly-systems-programmer-e-"
    "revised-01-23-25"
)
CITY_1429 = (
    "https://github.com/alibecerra/trail-aggregator/blob/"
    "7c2c859b0881c72d6d9a59a1e380dde5c887daea/jobpost.md"
)
CITY_1428 = "https://www.governmentjobs.com/careers/lacity/classspecs"
CA_PAY_TRANSPARENCY = "https://www.dir.ca.gov/dlse/Pay-Transparency.htm"
# Public education: the CSU's postings (its PageUp "CSU Careers" site) name each job's
# classification and its salary range; UC's job codes are its systemwide Career Tracks
# standards; LAUSD's classified service is its Personnel Commission's merit system.
CSU_CAREERS = "https://careers.pageuppeople.com/873/cw/en-us/listing/"
CSU_STANDARDS = (
    "https://www.calstate.edu/csu-system/careers/compensation/Pages/Classification-Standards.aspx"
)
CSU_IT_CONSULTANT = "https://studylib.net/doc/18525328/information-technology-consultant"
CSU_TSS_I = "https://careers.pageuppeople.com/873/cw/en-us/job/562489"
CSU_ANALYST_IT = "https://careers.pageuppeople.com/873/cw/en-us/job/562857"
CSU_ADMINISTRATOR_II = "https://careers.pageuppeople.com/873/cw/en-us/job/562936"
UC_SYSTEMS_ADMIN = (
    "https://ucnet.universityofcalifornia.edu/job/class-f-fiscal-management-and-staff-services/"
    "systems-administrator-1-5-tx/"
)
UC_PROGRAMMING = "https://hr.ucsf.edu/job-templates?page=37"
UC_SECURITY_DATABASE = "https://hr.ucsf.edu/job-templates?page=38"
UC_PROJECTS = "https://hr.ucsf.edu/job-templates?page=44"
UC_BUSINESS_INTELLIGENCE = "https://hr.ucsf.edu/job-templates?page=28"
UCLA_HIRING = "https://www.chr.ucla.edu/recruiting-and-hiring/hiring-department-faqs"
LAUSD_APPLY = "https://careers.lausd.org/pc/content/How-to-Apply/?locale=en_US"
LAUSD_IT_JOBS = "https://careers.lausd.org/pc/go/Information-Technology-Careers/9597200/"


def _row(source: str, *, verified: bool = True, **fields) -> dict:
    return {**fields, "source_url": source, "verified": verified, "last_checked": CHECKED}


# Federal occupational series ----------------------------------------------------------------
# technology: "yes" (the series is technology work), "sometimes" (only when the title or duties
# say so), "no" (an honest answer, never a match).
SERIES = [
    _row(
        HRU_2210,
        code="2210",
        title="Information Technology Management",
        role_family=None,
        technology="yes",
        note="2210 covers every kind of IT work; the specialty in your title (INFOSEC, APPSW...) "
        "or your duties say which.",
    ),
    _row(
        OPM_HANDBOOK,
        verified=False,
        code="2299",
        title="Information Technology Student Trainee",
        role_family=None,
        technology="yes",
        note="A student trainee series leading to 2210.",
    ),
    _row(
        OPM_1500_LIST,
        code="1550",
        title="Computer Science",
        role_family="software-engineering",
        technology="yes",
        note="",
    ),
    _row(
        DATA_SCIENCE_1560,
        code="1560",
        title="Data Science",
        role_family="data-analytics",
        technology="yes",
        note="",
    ),
    _row(
        OPM_1500_LIST,
        code="1530",
        title="Statistics",
        role_family="data-analytics",
        technology="yes",
        note="",
    ),
    _row(
        OPM_1500_LIST,
        code="1529",
        title="Mathematical Statistics",
        role_family="data-analytics",
        technology="yes",
        note="",
    ),
    _row(
        OPM_1500_LIST,
        code="1515",
        title="Operations Research",
        role_family="data-analytics",
        technology="yes",
        note="",
    ),
    _row(
        USGS_0854,
        code="0854",
        title="Computer Engineering",
        role_family="software-engineering",
        technology="yes",
        note="",
    ),
    _row(
        OPM_HANDBOOK,
        verified=False,
        code="0855",
        title="Electronics Engineering",
        role_family="infrastructure-operations",
        technology="sometimes",
        note="Electronics engineering is technology work here when it was networks, "
        "telecommunications or computer systems.",
    ),
    _row(
        TELECOM_0391,
        code="0391",
        title="Telecommunications",
        role_family="infrastructure-operations",
        technology="yes",
        note="",
    ),
    _row(
        HRU_0332,
        code="0332",
        title="Computer Operation",
        role_family="infrastructure-operations",
        technology="yes",
        note="",
    ),
    _row(
        CONTRACTING_1102,
        code="1102",
        title="Contracting",
        role_family="policy-acquisition",
        technology="sometimes",
        note="Contracting is technology work here when you bought IT: software, cloud, "
        "IT services.",
    ),
    _row(
        ARMY_0300,
        verified=False,
        code="0343",
        title="Management and Program Analysis",
        role_family="systems-analysis",
        technology="sometimes",
        note="Program analysis is technology work here when it was about IT systems or data.",
    ),
    _row(
        ARMY_0300,
        code="0301",
        title="Miscellaneous Administration and Program",
        role_family=None,
        technology="sometimes",
        note="0301 holds many kinds of work; your title or duties say whether it was technology.",
    ),
    _row(
        OPM_HANDBOOK,
        verified=False,
        code="0150",
        title="Geography",
        role_family="data-analytics",
        technology="sometimes",
        note="Geography is technology work here when it was GIS or spatial data.",
    ),
    _row(
        OPM_HANDBOOK,
        code="1370",
        title="Cartography",
        role_family="data-analytics",
        technology="sometimes",
        note="Cartography is technology work here when it was GIS.",
    ),
    _row(
        OPM_HANDBOOK,
        code="1520",
        title="Mathematics",
        role_family="data-analytics",
        technology="sometimes",
        note="",
    ),
    _row(
        OPM_HANDBOOK,
        code="0110",
        title="Economist",
        role_family="data-analytics",
        technology="sometimes",
        note="Economics is technology work here when it was data analysis or modelling.",
    ),
    _row(
        OPM_HANDBOOK,
        code="1083",
        title="Technical Writing and Editing",
        role_family="design-research",
        technology="sometimes",
        note="Technical writing is technology work here when it was content design for "
        "digital services.",
    ),
    _row(
        OPM_HANDBOOK,
        code="1084",
        title="Visual Information",
        role_family="design-research",
        technology="sometimes",
        note="Visual information is technology work here when it was web, UX or service design.",
    ),
    _row(
        OPM_HANDBOOK,
        code="0340",
        title="Program Management",
        role_family="product-delivery",
        technology="sometimes",
        note="Program management is technology work here when the "
        "program was IT or digital services.",
    ),
    _row(
        OPM_HANDBOOK,
        code="1101",
        title="General Business and Industry",
        role_family=None,
        technology="sometimes",
        note="",
    ),
    _row(
        OPM_HANDBOOK,
        code="0080",
        title="Security Administration",
        role_family="cybersecurity",
        technology="sometimes",
        note="Security administration is physical, personnel and information security "
        "programs; it is cybersecurity work here only when your duties were.",
    ),
    *[
        _row(OPM_HANDBOOK, code=code, title=title, role_family=None, technology="no", note=note)
        for code, title, note in [
            ("0018", "Safety and Occupational Health Management", ""),
            ("0083", "Police", ""),
            ("0185", "Social Work", ""),
            (
                "0201",
                "Human Resources Management",
                "HR specialists who ran HR systems can look at Business & Systems Analysis.",
            ),
            ("0260", "Equal Employment Opportunity", ""),
            ("0303", "Miscellaneous Clerk and Assistant", ""),
            ("0341", "Administrative Officer", ""),
            ("0346", "Logistics Management", ""),
            (
                "0501",
                "Financial Administration and Program",
                "Financial analysts who built reports and dashboards can look at Data, "
                "Analytics & AI.",
            ),
            ("0510", "Accounting", ""),
            ("0560", "Budget Analysis", ""),
            ("0602", "Medical Officer", ""),
            ("0610", "Nurse", ""),
            ("0801", "General Engineering", ""),
            ("0810", "Civil Engineering", ""),
            ("0905", "General Attorney", ""),
            ("0962", "Contact Representative", ""),
            ("0986", "Legal Assistance", ""),
            ("1035", "Public Affairs", ""),
            ("1410", "Librarian", ""),
            ("1712", "Training Instruction", ""),
            ("1811", "Criminal Investigation", ""),
        ]
    ],
]

# 2210 specialties and common title words --------------------------------------------------------
SPECIALTY_NAMES = {
    "APPSW": ("Applications Software", ["applications software", "application software"]),
    "INET": ("Internet", ["internet", "web"]),
    "SYSADMIN": ("Systems Administration", ["systems administration"]),
    "NETWORK": ("Network Services", ["network services", "network"]),
    "OS": ("Operating Systems", ["operating systems"]),
    "CUSTSPT": ("Customer Support", ["customer support"]),
    "INFOSEC": ("Security", ["information security", "security", "it security"]),
    "DATAMGT": ("Data Management", ["data management"]),
    "ENTARCH": ("Enterprise Architecture", ["enterprise architecture"]),
    "PLCYPLN": ("Policy and Planning", ["policy and planning"]),
    "SYSANALYSIS": ("Systems Analysis", ["systems analysis"]),
}
SPECIALTIES = [
    # The codes and their families are the classifier's (one mapping for ingest and pathways).
    *[
        _row(
            HRU_2210,
            code=code,
            name=SPECIALTY_NAMES[code][0],
            words="\n".join(SPECIALTY_NAMES[code][1]),
            role_family=family,
        )
        for code, family in HR_CODES.items()
    ],
    *[
        _row(HRU_2210, code="", name=name, words="\n".join(words), role_family=family)
        for name, words, family in [
            (
                "Project Manager",
                ["project manager", "project management", "program manager"],
                "product-delivery",
            ),
            ("Product Manager", ["product manager", "product owner"], "product-delivery"),
            (
                "Data Scientist",
                ["data scientist", "data science", "data analytics", "data analyst"],
                "data-analytics",
            ),
            ("GIS", ["gis", "geospatial", "geographic information systems"], "data-analytics"),
            (
                "Cybersecurity",
                ["cybersecurity", "cyber security", "cyber", "isso", "issm"],
                "cybersecurity",
            ),
            (
                "Software Developer",
                ["software developer", "software engineer", "developer", "devsecops"],
                "software-engineering",
            ),
            ("Cloud", ["cloud", "devops"], "infrastructure-operations"),
            ("Help Desk", ["help desk", "service desk", "desktop support"], "it-support"),
            (
                "User Experience",
                ["user experience", "ux", "customer experience", "hcd"],
                "design-research",
            ),
        ]
    ],
]

# Pay plans ----------------------------------------------------------------------------------------
PAY_PLANS = [
    _row(
        OPM_PAY_PLANS,
        code="GS",
        name="General Schedule",
        kind="graded",
        pay_table="GS",
        min_grade=1,
        max_grade=15,
        note="",
    ),
    _row(
        OPM_PAY_PLANS,
        code="GG",
        name="General Schedule-like (excepted service)",
        kind="graded",
        pay_table="GS",
        min_grade=1,
        max_grade=15,
        note="GG grades are paid on the General Schedule.",
    ),
    _row(
        OPM_PAY_PLANS,
        code="GL",
        name="General Schedule, law enforcement",
        kind="graded",
        pay_table="",
        min_grade=1,
        max_grade=15,
        note="GL grades have law-enforcement special rates this site does not show.",
    ),
    _row(
        OPM_ES_2026,
        code="SES",
        name="Senior Executive Service",
        kind="executive",
        pay_table="SES",
        min_grade=None,
        max_grade=None,
        note="",
    ),
    _row(
        OPM_ES_2026,
        code="SL",
        name="Senior Level",
        kind="executive",
        pay_table="SES",
        min_grade=None,
        max_grade=None,
        note="",
    ),
    _row(
        OPM_ES_2026,
        code="ST",
        name="Scientific and Professional",
        kind="executive",
        pay_table="SES",
        min_grade=None,
        max_grade=None,
        note="",
    ),
]

# The General Schedule, Los Angeles-Long Beach locality (36.47%), steps 1 and 10 -----------------
LA_LOCALITY = "Los Angeles-Long Beach, CA (36.47%)"
GS_LA_2026 = {
    1: (30820, 38550),
    2: (34654, 43606),
    3: (37813, 49162),
    4: (42446, 55183),
    5: (47490, 61738),
    6: (52938, 68819),
    7: (58827, 76476),
    8: (65148, 84689),
    9: (71957, 93549),
    10: (79240, 103006),
    11: (87061, 113185),
    12: (104349, 135657),
    13: (124085, 161313),
    14: (146632, 190627),
    15: (172476, 197200),
}
GS_NOTE = (
    "Step 1 to step 10: OPM's 2026 General Schedule base rates times 1.3647, the Los Angeles "
    "locality, capped at $197,200."
)
FEDERAL_PAY = [
    *[
        _row(
            OPM_LA_2026,
            year=YEAR,
            table="GS",
            grade=grade,
            locality=LA_LOCALITY,
            annual_min=low,
            annual_max=high,
            note=GS_NOTE,
        )
        for grade, (low, high) in GS_LA_2026.items()
    ],
    _row(
        OPM_ES_2026,
        year=YEAR,
        table="SES",
        grade=None,
        locality="none (executive pay has no locality)",
        annual_min=151661,
        annual_max=228000,
        note="The 2026 range for agencies with a certified appraisal system ($209,600 at "
        "most elsewhere).",
    ),
]

# Local employers and how they hire ---------------------------------------------------------------
STATE = "State of California"
COUNTY = "County of Los Angeles"
CITY = "City of Los Angeles"
NONPROFIT = "Nonprofit and civic-tech organizations"
CSU = "California State University"
UCLA = "University of California, Los Angeles (UCLA)"
LAUSD = "Los Angeles Unified School District"
EMPLOYERS = [
    _row(
        EDD_EXAMS,
        government_level="state",
        name=STATE,
        how_they_hire="Take the class's exam on CalCareers first: many IT and research data "
        "exams are online and open all year. Passing puts you on an eligible list by score, "
        "and departments may hire from the top three ranks. Then apply to each job posting "
        "with the State application (STD 678) from your CalCareers account. An exam cannot be "
        "retaken for 9 to 12 months.",
        time_to_hire="",
        apply_url="https://www.calcareers.ca.gov/",
    ),
    _row(
        COUNTY_APPLY,
        government_level="county",
        name=COUNTY,
        how_they_hire="Apply to each exam bulletin through the County's online Job "
        "Application System. Open competitive exams take anyone who meets the requirements; "
        "promotional ones only County staff; some stay open continuously. Passing puts you "
        "on an eligible list, and departments hire from it.",
        time_to_hire="About 2 to 6 months for the review of qualifications (County Probation "
        "Department guidance).",
        apply_url="https://hr.lacounty.gov/",
    ),
    _row(
        CITY_EXAMS,
        government_level="city",
        name=CITY,
        how_they_hire="Apply online to the class's exam bulletin from the Personnel "
        "Department. You are emailed an exam invitation: a multiple-choice test, a "
        "performance test or an interview, weighted as the bulletin says. Passing puts you "
        "on the eligibility list by score, and departments interview from it.",
        time_to_hire="",
        apply_url=CITY_JOBS,
    ),
    _row(
        CA_PAY_TRANSPARENCY,
        government_level="nonprofit",
        name=NONPROFIT,
        how_they_hire="Apply to each organization's own posting with a resume; there is no "
        "civil-service exam. California employers with 15 or more employees must show a pay "
        "range in every posting.",
        time_to_hire="",
        apply_url="https://www.idealist.org/",
    ),
    _row(
        CSU_TSS_I,
        government_level="education",
        name=CSU,
        how_they_hire="Apply to each campus's posting on CSU Careers with the online "
        "application; there is no civil-service exam or eligible list. Each posting names the "
        "classification, its salary range and the range the campus means to hire at, and some "
        "add a job-related performance test. An offer depends on a background check.",
        time_to_hire="",
        apply_url=CSU_CAREERS,
    ),
    _row(
        UCLA_HIRING,
        government_level="education",
        name=UCLA,
        how_they_hire="Apply to each posting on UCLA's jobs site; the University of "
        "California hires by open recruitment, with no civil-service exam or eligible list. "
        "The hiring department reviews the applications and interviews. Each job has a UC "
        "job code and salary grade.",
        time_to_hire="",
        apply_url="",
    ),
    _row(
        LAUSD_APPLY,
        government_level="education",
        name=LAUSD,
        how_they_hire="LAUSD's classified jobs are a merit system run by its Personnel "
        "Commission. Apply online to the class's job announcement; applicants who meet its "
        "minimum qualifications take the employment assessment. Passing puts you on an "
        "eligibility list by score, and offices hire from the list.",
        time_to_hire="",
        apply_url=LAUSD_IT_JOBS,
    ),
]

# The seeded employers in other languages, written for the project: language code, then the
# English name, to (name, how they hire, time to hire).
EMPLOYER_TRANSLATIONS = {
    "es": {
        STATE: (
            "Estado de California",
            "Primero presente el examen de la clase en CalCareers: muchos exámenes de TI y de "
            "investigación de datos son en línea y están abiertos todo el año. Al aprobar, usted "
            "entra en una lista de elegibles ordenada por calificación, y los departamentos pueden "
            "contratar de los tres primeros rangos. Después, postúlese a cada vacante con la "
            "solicitud estatal (STD 678) desde su cuenta de CalCareers. Un examen no se puede "
            "repetir antes de 9 a 12 meses.",
            "",
        ),
        COUNTY: (
            "Condado de Los Ángeles",
            "Postúlese a cada convocatoria de examen en el sistema de solicitudes en línea del "
            "Condado. Los exámenes abiertos aceptan a cualquier persona que cumpla los requisitos; "
            "los de promoción, solo a personal del Condado; algunos siguen abiertos de forma "
            "continua. Al aprobar, usted entra en una lista de elegibles de la que contratan los "
            "departamentos.",
            "Unos 2 a 6 meses para la revisión de requisitos (según el Departamento de Libertad "
            "Condicional del Condado).",
        ),
        CITY: (
            "Ciudad de Los Ángeles",
            "Postúlese en línea a la convocatoria de examen de la clase del Departamento de "
            "Personal. Le llegará por correo una invitación al examen: una prueba de opción "
            "múltiple, una prueba práctica o una entrevista, con el peso que indique la "
            "convocatoria. Al aprobar, usted entra en la lista de elegibles por calificación, y "
            "los departamentos entrevistan a partir de ella.",
            "",
        ),
        NONPROFIT: (
            "Organizaciones sin fines de lucro y de tecnología cívica",
            "Postúlese al anuncio de cada organización con su currículum; no hay examen del "
            "servicio civil. En California, los empleadores con 15 empleados o más deben publicar "
            "un rango de sueldo en cada anuncio.",
            "",
        ),
        CSU: (
            "Universidad Estatal de California (CSU)",
            "Postúlese a la vacante de cada campus en CSU Careers con la solicitud en línea; no "
            "hay examen del servicio civil ni lista de elegibles. Cada vacante indica la "
            "clasificación, su rango de sueldo y el rango en que el campus piensa contratar, y "
            "algunas añaden una prueba práctica del trabajo. La oferta depende de una "
            "verificación de antecedentes.",
            "",
        ),
        UCLA: (
            "Universidad de California en Los Ángeles (UCLA)",
            "Postúlese a cada vacante en el sitio de empleos de UCLA; la Universidad de "
            "California contrata por convocatoria abierta, sin examen del servicio civil ni lista "
            "de elegibles. El departamento que contrata revisa las solicitudes y entrevista. "
            "Cada puesto tiene un código de puesto y un grado salarial de UC.",
            "",
        ),
        LAUSD: (
            "Distrito Escolar Unificado de Los Ángeles (LAUSD)",
            "Los puestos clasificados de LAUSD son un sistema de mérito a cargo de su Comisión "
            "de Personal. Postúlese en línea a la convocatoria de la clase; quienes cumplen los "
            "requisitos mínimos presentan la evaluación de empleo. Al aprobar, usted entra en una "
            "lista de elegibles por calificación, y las oficinas contratan de esa lista.",
            "",
        ),
    },
}

# Local classes ------------------------------------------------------------------------------
# Every employer offers each role family a class at entry, mid, senior and lead (executive
# where such a class exists): a class names the families whose work its class specification or
# bulletin covers. The State's IT series covers every family but data (its Business Technology
# Management domain includes IT policy, procurement, strategic planning, "digital service user
# experience engagement, content design, and product and delivery strategy"); the County's and
# the City's analyst series are the nearest class for product, design, policy and leadership
# work, whose titles neither employer has as a class of its own.
ALL_FAMILIES = [term["slug"] for term in ROLE_FAMILIES]
IT_FAMILIES = [slug for slug in ALL_FAMILIES if slug != "data-analytics"]
SYSTEMS = [
    "software-engineering",
    "systems-analysis",
    "infrastructure-operations",
    "cybersecurity",
    "data-analytics",
]
# Analyst work beyond systems: requirements, delivery, service design, IT policy and buying.
ANALYSIS = ["systems-analysis", "product-delivery", "design-research", "policy-acquisition"]


def _class(
    employer: str,
    title: str,
    seniority: str,
    families: list[str],
    source: str,
    *,
    code: str = "",
    pay: tuple[int, int] | None = None,
    pay_note: str = "",
    verified: bool = True,
) -> dict:
    return _row(
        source,
        verified=verified,
        employer=employer,
        title=title,
        class_code=code,
        seniority=seniority,
        role_families=sorted(set(families), key=ALL_FAMILIES.index),
        pay_min=pay[0] if pay else None,
        pay_max=pay[1] if pay else None,
        pay_note=pay_note,
    )


def _monthly(low: int, high: int) -> tuple[int, int]:
    return low * 12, high * 12


LOCAL_CLASSES = [
    # State of California: the 2018 IT consolidation and the research data series.
    _class(
        STATE, "Information Technology Technician", "entry", ["it-support"], CALHR_IT, code="1400"
    ),
    _class(STATE, "Information Technology Associate", "entry", IT_FAMILIES, CALHR_IT, code="1401"),
    _class(
        STATE,
        "Information Technology Specialist I",
        "mid",
        IT_FAMILIES,
        EX_1750,
        code="1402",
        pay=_monthly(6139, 8228),
        pay_note="Range A, where people new to State service start: $6,139 to $8,228 a "
        "month. Ranges B and C pay more with 2 or 4 years at this level.",
    ),
    _class(
        STATE, "Information Technology Specialist II", "senior", IT_FAMILIES, CALHR_IT, code="1414"
    ),
    _class(
        STATE,
        "Information Technology Supervisor I",
        "lead",
        IT_FAMILIES,
        EX_1753,
        code="1403",
        pay=_monthly(7292, 9771),
        pay_note="$7,292 to $9,771 a month.",
    ),
    _class(
        STATE, "Information Technology Specialist III", "lead", IT_FAMILIES, CALHR_IT, code="1415"
    ),
    _class(
        STATE, "Information Technology Supervisor II", "lead", IT_FAMILIES, CALHR_IT, code="1404"
    ),
    _class(STATE, "Information Technology Manager I", "lead", IT_FAMILIES, CALHR_IT, code="1405"),
    _class(
        STATE,
        "Information Technology Manager II",
        "lead",
        IT_FAMILIES,
        EX_1755,
        code="1406",
        pay=_monthly(10734, 13048),
        pay_note="$10,734 to $13,048 a month.",
    ),
    _class(
        STATE, "Research Data Analyst I", "entry", ["data-analytics"], CALHR_RESEARCH, code="5729"
    ),
    _class(
        STATE,
        "Research Data Analyst II",
        "mid",
        ["data-analytics"],
        EX_1305,
        code="5731",
        pay=_monthly(5793, 7256),
        pay_note="Range A: $5,793 to $7,256 a month.",
    ),
    _class(
        STATE,
        "Research Data Specialist I",
        "senior",
        ["data-analytics"],
        CALHR_RESEARCH,
        code="5742",
    ),
    _class(
        STATE,
        "Research Data Specialist II",
        "lead",
        ["data-analytics"],
        CALHR_RESEARCH,
        code="5758",
    ),
    _class(
        STATE,
        "Research Data Supervisor II",
        "lead",
        ["data-analytics"],
        EX_2370,
        code="5737",
        pay=_monthly(7791, 9680),
        pay_note="$7,791 to $9,680 a month.",
    ),
    _class(STATE, "Research Data Manager", "lead", ["data-analytics"], CALHR_RESEARCH, code="5740"),
    # County of Los Angeles: few item numbers and little pay could be confirmed. The
    # Information Systems Analyst series is the County's ladder for analysis, delivery and
    # design work; its Aid is the entry class for every family.
    _class(COUNTY, "Information Systems Analyst Aid", "entry", ALL_FAMILIES, COUNTY_ISA_AID),
    _class(
        COUNTY,
        "Geographic Information Systems Technician",
        "entry",
        ["data-analytics"],
        COUNTY_GIS_SERIES,
        code="4411",
        pay=(56852, 70629),
        pay_note="Schedule 89F, step 1 to step 5, as the County's GIS office published it on "
        "August 1, 2012: the latest figures we found. Check the current bulletin.",
    ),
    _class(
        COUNTY,
        "Information Technology Technical Support Analyst I",
        "mid",
        ["it-support"],
        COUNTY_APPLY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Information Technology Technical Support Analyst II",
        "senior",
        ["it-support", "infrastructure-operations"],
        COUNTY_APPLY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Information Systems Analyst I",
        "mid",
        [*ANALYSIS, "software-engineering", "data-analytics", "architecture", "it-leadership"],
        COUNTY_APPLY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Information Technology Specialist I",
        "mid",
        [
            "software-engineering",
            "infrastructure-operations",
            "cybersecurity",
            "it-support",
            "architecture",
        ],
        COUNTY_APPLY,
        verified=False,
    ),
    _class(COUNTY, "Geographic Information Systems Analyst", "mid", ["data-analytics"], COUNTY_GIS),
    _class(
        COUNTY,
        "Information Technology Security Analyst",
        "mid",
        ["cybersecurity"],
        COUNTY_APPLY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Information Systems Analyst II",
        "senior",
        [*ANALYSIS, "software-engineering", "data-analytics", "cybersecurity"],
        COUNTY_APPLY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Senior Information Systems Analyst",
        "senior",
        [
            *ANALYSIS,
            "software-engineering",
            "data-analytics",
            "infrastructure-operations",
            "architecture",
            "it-leadership",
        ],
        COUNTY_APPLY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Departmental Information Security Officer I",
        "mid",
        ["cybersecurity"],
        COUNTY_SECURITY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Departmental Information Security Officer II",
        "senior",
        ["cybersecurity"],
        COUNTY_SECURITY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Principal Information Systems Analyst",
        "lead",
        [f for f in ALL_FAMILIES if f != "it-leadership"],
        COUNTY_APPLY,
        verified=False,
    ),
    _class(
        COUNTY,
        "Information Technology Manager I",
        "lead",
        ALL_FAMILIES,
        COUNTY_APPLY,
        verified=False,
    ),
    # City of Los Angeles: codes and pay from job bulletins; the Systems series (LAPD's IT
    # Division lists it from Systems Aide to Director of Systems) for the rest.
    _class(
        CITY,
        "Systems Aide",
        "entry",
        [*ANALYSIS, "it-support", "data-analytics", "architecture", "it-leadership"],
        CITY_LAPD_CLASSES,
    ),
    _class(
        CITY,
        "IT Specialist (formerly Applications Programmer)",
        "entry",
        [
            "software-engineering",
            "it-support",
            "infrastructure-operations",
            "cybersecurity",
            "systems-analysis",
            "data-analytics",
        ],
        CITY_1429,
        code="1429",
        pay=(73476, 107469),
        pay_note="City departments; LADWP pays on its own ranges.",
    ),
    _class(
        CITY,
        "Senior Computer Operator",
        "mid",
        ["infrastructure-operations", "it-support"],
        CITY_1428,
        code="1428",
        pay=(84835, 105423),
        pay_note="The lower of two ranges.",
    ),
    _class(
        CITY,
        "Systems Analyst",
        "mid",
        [*SYSTEMS, *ANALYSIS, "architecture", "it-leadership"],
        CITY_LAPD_CLASSES,
    ),
    _class(CITY, "Programmer Analyst", "mid", ["software-engineering"], CITY_LAPD_CLASSES),
    _class(CITY, "Management Analyst", "mid", ["policy-acquisition"], CITY_LAPD_CLASSES),
    _class(
        CITY,
        "Senior Systems Analyst I",
        "senior",
        [*SYSTEMS, *ANALYSIS, "architecture", "it-leadership"],
        CITY_LAPD_CLASSES,
    ),
    _class(
        CITY,
        "Systems Administrator (formerly Systems Programmer)",
        "senior",
        ["infrastructure-operations", "cybersecurity", "it-support", "architecture"],
        CITY_1455,
        code="1455",
        pay=(132066, 155409),
        pay_note="The first of three ranges for City departments; LADWP pays on its own.",
    ),
    _class(
        CITY, "Senior Management Analyst I", "senior", ["policy-acquisition"], CITY_LAPD_CLASSES
    ),
    _class(
        CITY,
        "Senior Systems Analyst II",
        "lead",
        [*SYSTEMS, *ANALYSIS, "it-support", "architecture"],
        CITY_LAPD_CLASSES,
    ),
    _class(
        CITY,
        "Information Systems Manager I",
        "lead",
        ALL_FAMILIES,
        CITY_LAPD_CLASSES,
        verified=False,
    ),
    _class(CITY, "Senior Management Analyst II", "lead", ["policy-acquisition"], CITY_LAPD_CLASSES),
    _class(CITY, "Director of Systems", "executive", ["it-leadership"], CITY_LAPD_CLASSES),
    _class(
        CITY,
        "Chief Information Security Officer",
        "executive",
        ["cybersecurity"],
        CITY_JOBS,
        verified=False,
    ),
    # Nonprofits and civic tech: typical titles; pay is in each posting.
    *[
        _class(NONPROFIT, title, level, [family], CA_PAY_TRANSPARENCY)
        for family, titles in {
            "software-engineering": [
                "Associate Software Engineer",
                "Software Engineer",
                "Senior Software Engineer",
                "Staff Software Engineer",
            ],
            "cybersecurity": [
                "Security Analyst",
                "Security Engineer",
                "Senior Security Engineer",
                "Security Lead",
            ],
            "data-analytics": [
                "Data Analyst",
                "Data Scientist",
                "Senior Data Scientist",
                "Lead Data Scientist",
            ],
            "it-support": [
                "IT Support Associate",
                "IT Support Specialist",
                "Senior IT Systems Specialist",
                "IT Manager",
            ],
            "systems-analysis": [
                "Junior Business Analyst",
                "Business Analyst",
                "Senior Business Analyst",
                "Lead Business Analyst",
            ],
            "infrastructure-operations": [
                "Junior DevOps Engineer",
                "DevOps Engineer",
                "Senior Site Reliability Engineer",
                "Lead Infrastructure Engineer",
            ],
            "product-delivery": [
                "Associate Product Manager",
                "Product Manager",
                "Senior Product Manager",
                "Lead Product Manager",
            ],
            "design-research": [
                "Junior UX Designer",
                "Service Designer",
                "Senior User Researcher",
                "Design Lead",
            ],
            "architecture": [
                "Associate Solutions Architect",
                "Solutions Architect",
                "Senior Solutions Architect",
                "Principal Architect",
            ],
            "policy-acquisition": [
                "Policy Associate",
                "Technology Policy Analyst",
                "Senior Policy Analyst",
                "Policy Director",
            ],
            "it-leadership": [
                "Technology Coordinator",
                "Technology Manager",
                "Senior Technology Manager",
                "Director of Technology",
            ],
        }.items()
        for level, title in zip(["entry", "mid", "senior", "lead"], titles, strict=True)
    ],
    _class(
        NONPROFIT, "Chief Technology Officer", "executive", ["it-leadership"], CA_PAY_TRANSPARENCY
    ),
    # Public education. The CSU: classifications and ranges as its 2026 postings state them
    # (a posting names no class code, so none is given); the IT Consultant and Analyst/Programmer
    # classes of its older standards are not yet checked against the current list.
    _class(
        CSU,
        "Technology Support Specialist I",
        "entry",
        ["it-support"],
        CSU_TSS_I,
        pay=_monthly(4595, 6694),
        pay_note="Classification range $4,595 to $6,694 a month (Cal State Fullerton posting, "
        "September 2026); that posting hired at up to $4,974.",
    ),
    _class(
        CSU,
        "Information Technology Consultant - Career",
        "mid",
        ["it-support"],
        CSU_IT_CONSULTANT,
        verified=False,
    ),
    _class(
        CSU,
        "Information Technology Consultant - Expert",
        "senior",
        ["it-support"],
        CSU_IT_CONSULTANT,
        verified=False,
    ),
    _class(
        CSU,
        "Analyst/Programmer - Career",
        "mid",
        ["software-engineering", "systems-analysis"],
        CSU_STANDARDS,
        verified=False,
    ),
    _class(
        CSU,
        "Analyst/Programmer - Expert",
        "senior",
        ["software-engineering", "systems-analysis"],
        CSU_STANDARDS,
        verified=False,
    ),
    _class(
        CSU,
        "Administrative Analyst/Specialist Exempt I",
        "mid",
        ["policy-acquisition"],
        CSU_ANALYST_IT,
        pay=_monthly(5274, 7684),
        pay_note="Range for the skill level, $5,274 to $7,684 a month (Cal Poly Pomona IT "
        "division posting for IT procurement and budgets, October 2026).",
    ),
    _class(
        CSU,
        "Administrator II",
        "lead",
        ["it-leadership", "data-analytics"],
        CSU_ADMINISTRATOR_II,
        pay=_monthly(5053, 16221),
        pay_note="Management Personnel Plan range, $5,053 to $16,221 a month; Cal Poly "
        "Pomona's data analytics director posting (October 2026) hired at $125,000 to "
        "$142,000 a year.",
    ),
    # UCLA: UC's systemwide job codes (Career Tracks standards as UCSF and UCnet publish them),
    # with personnel program and grade; levels 1 to 4 as entry to lead. UC sets each grade's
    # range by campus; UCLA's ranges were not confirmed, so pay is blank.
    *[
        _class(
            UCLA,
            title,
            level,
            families,
            source,
            code=code,
            pay_note=f"UC salary grade {grade.split()[1]} ({grade.split()[0]}); UCLA's range "
            "for it was not confirmed."
            if grade
            else "Represented title (TX unit) paid by steps; UCLA's steps were not confirmed.",
        )
        for title, level, families, source, code, grade in [
            (
                "Systems Administrator 1 TX",
                "entry",
                ["infrastructure-operations"],
                UC_SYSTEMS_ADMIN,
                "4697",
                "",
            ),
            (
                "Systems Administrator 2 TX",
                "mid",
                ["infrastructure-operations"],
                UC_SYSTEMS_ADMIN,
                "4698",
                "",
            ),
            (
                "Systems Administrator 3 TX",
                "senior",
                ["infrastructure-operations"],
                UC_SYSTEMS_ADMIN,
                "4699",
                "",
            ),
            (
                "Systems Administrator 4 TX",
                "lead",
                ["infrastructure-operations"],
                UC_SYSTEMS_ADMIN,
                "6375",
                "",
            ),
            (
                "Applications Programmer 1",
                "entry",
                ["software-engineering"],
                UC_PROGRAMMING,
                "7298",
                "PSS 18",
            ),
            (
                "Applications Programmer 2",
                "mid",
                ["software-engineering"],
                UC_PROGRAMMING,
                "7299",
                "PSS 20",
            ),
            (
                "Applications Programmer 3",
                "senior",
                ["software-engineering"],
                UC_PROGRAMMING,
                "7300",
                "PSS 22",
            ),
            (
                "Applications Programmer 4",
                "lead",
                ["software-engineering"],
                UC_PROGRAMMING,
                "0652",
                "MSP 24",
            ),
            (
                "Applications Programming Manager 1",
                "lead",
                ["it-leadership"],
                UC_PROGRAMMING,
                "0649",
                "MSP 26",
            ),
            ("IT Architect 3", "senior", ["architecture"], UC_PROGRAMMING, "7316", "PSS 24"),
            ("IT Architect 4", "lead", ["architecture"], UC_PROGRAMMING, "0531", "MSP 25"),
            (
                "IT Security Analyst 5",
                "lead",
                ["cybersecurity"],
                UC_SECURITY_DATABASE,
                "0662",
                "MSP 27",
            ),
            (
                "Database Administrator 2",
                "mid",
                ["infrastructure-operations", "data-analytics"],
                UC_SECURITY_DATABASE,
                "7176",
                "PSS 21",
            ),
            (
                "Database Administrator 3",
                "senior",
                ["infrastructure-operations", "data-analytics"],
                UC_SECURITY_DATABASE,
                "7177",
                "PSS 23",
            ),
            (
                "Business Intelligence Spec 2",
                "mid",
                ["data-analytics"],
                UC_BUSINESS_INTELLIGENCE,
                "4960",
                "PSS 21",
            ),
            (
                "Business Intelligence Spec 3",
                "senior",
                ["data-analytics"],
                UC_BUSINESS_INTELLIGENCE,
                "4959",
                "PSS 23",
            ),
            (
                "Business Intelligence Spec 4",
                "lead",
                ["data-analytics"],
                UC_BUSINESS_INTELLIGENCE,
                "6794",
                "MSP 24",
            ),
            (
                "Technical Project Mgt Profl 2",
                "mid",
                ["product-delivery"],
                UC_PROJECTS,
                "8821",
                "PSS 22",
            ),
            (
                "Technical Project Mgt Profl 3",
                "senior",
                ["product-delivery"],
                UC_PROJECTS,
                "8822",
                "PSS 23",
            ),
            (
                "Technical Project Manager 1",
                "lead",
                ["product-delivery", "it-leadership"],
                UC_PROJECTS,
                "0524",
                "MSP 26",
            ),
        ]
    ],
    # LAUSD: Personnel Commission IT classes named in the issue, not yet checked against the
    # Commission's class list; no class code or pay could be confirmed.
    *[
        _class(LAUSD, title, "mid", families, LAUSD_IT_JOBS, verified=False)
        for title, families in [
            ("IT Systems Analyst", ["systems-analysis"]),
            ("Applications Developer", ["software-engineering"]),
            ("Network Engineer", ["infrastructure-operations"]),
        ]
    ],
]


def seed_crosswalk(apps) -> int:
    """Create every seeded row that is missing, keeping rows organizers have edited; return how
    many were created. Takes the app registry so the data migration can pass its historical
    models."""
    model = lambda name: apps.get_model("pathways", name)  # noqa: E731
    families = {f.slug: f for f in apps.get_model("jobboard", "RoleFamily").objects.all()}
    levels = {s.slug: s for s in apps.get_model("jobboard", "SeniorityLevel").objects.all()}
    created = 0

    def ensure(name: str, keys: dict, row: dict, *, skip: tuple = ()) -> object:
        nonlocal created
        defaults = {k: v for k, v in row.items() if k not in keys and k not in skip}
        obj, was_created = model(name).objects.get_or_create(**keys, defaults=defaults)
        created += was_created
        return obj, was_created

    for row in SERIES:
        ensure(
            "FederalSeries",
            {"code": row["code"]},
            {**row, "role_family": families.get(row["role_family"])},
        )
    for row in SPECIALTIES:
        ensure(
            "Specialty",
            {"code": row["code"], "name": row["name"]},
            {**row, "role_family": families[row["role_family"]]},
        )
    for row in PAY_PLANS:
        ensure("PayPlan", {"code": row["code"]}, row)
    for row in FEDERAL_PAY:
        ensure(
            "FederalPay", {"year": row["year"], "table": row["table"], "grade": row["grade"]}, row
        )
    employers = {
        row["name"]: ensure("LocalEmployer", {"name": row["name"]}, row)[0] for row in EMPLOYERS
    }
    for row in LOCAL_CLASSES:
        local_class, was_created = ensure(
            "LocalClass",
            {"employer": employers[row["employer"]], "title": row["title"]},
            {**row, "seniority": levels[row["seniority"]]},
            skip=("employer", "role_families"),
        )
        if was_created:
            local_class.role_families.set([families[slug] for slug in row["role_families"]])
    return created + seed_employer_translations(apps)


def update_local_classes(apps) -> int:
    """Bring a crosswalk loaded from an earlier edition of this seed up to this one without
    undoing organizers' edits: create the rows it lacks (``seed_crosswalk``), add to each seeded
    class the role families the seed now names for it (never removing one), and fill a class
    code or a pay range the seed now knows where the row's is blank. Returns how many rows were
    created or changed; a second run changes nothing."""
    changed = seed_crosswalk(apps)
    families = {f.slug: f for f in apps.get_model("jobboard", "RoleFamily").objects.all()}
    classes = apps.get_model("pathways", "LocalClass").objects.prefetch_related("role_families")
    by_key = {(c.employer.name, c.title): c for c in classes.select_related("employer")}
    for row in LOCAL_CLASSES:
        local = by_key.get((row["employer"], row["title"]))
        if local is None:
            continue
        has = {family.slug for family in local.role_families.all()}
        missing = [families[slug] for slug in row["role_families"] if slug not in has]
        fills = {}
        if row["class_code"] and not local.class_code:
            fills["class_code"] = row["class_code"]
        if row["pay_min"] is not None and local.pay_min is None and local.pay_max is None:
            fills.update({key: row[key] for key in ("pay_min", "pay_max", "pay_note")})
        if missing:
            local.role_families.add(*missing)
        if fills:
            for key, value in fills.items():
                setattr(local, key, value)
            local.save(update_fields=list(fills))
        changed += bool(missing or fills)
    return changed


def seed_employer_translations(apps) -> int:
    """The seeded employers' wording in other languages, where missing (nothing before the
    migration that makes the model); returns how many rows were created."""
    try:
        Translation = apps.get_model("pathways", "LocalEmployerTranslation")
    except LookupError:
        return 0
    employers = apps.get_model("pathways", "LocalEmployer").objects
    created = 0
    for language, rows in EMPLOYER_TRANSLATIONS.items():
        for employer in employers.filter(name__in=rows):
            name, how, time = rows[employer.name]
            created += Translation.objects.get_or_create(
                employer=employer,
                language=language,
                defaults={"name": name, "how_they_hire": how, "time_to_hire": time},
            )[1]
    return created
