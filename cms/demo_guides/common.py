"""Facts every demo guide shares: how hiring works at each level of government, advice for
displaced federal workers, and the public sources for pay and hiring rules.

Pay figures are approximate annual ranges for the Los Angeles area, rounded, from the 2025
federal General Schedule with the Los Angeles locality and from published state, county and
city salary ranges; each guide says so and points to the tables."""

from __future__ import annotations

from typing import Any

# (seniority slug, federal grades, approximate LA pay range for that grade band)
FEDERAL_PAY = {
    "intern": ("GS-4 to GS-5", 41_000, 61_000),
    "entry": ("GS-5 to GS-7", 47_000, 75_000),
    "mid": ("GS-9 to GS-11", 71_000, 111_000),
    "senior": ("GS-12 to GS-13", 103_000, 159_000),
    "lead": ("GS-14 to GS-15", 144_000, 195_000),
    "executive": ("SES", 150_000, 225_000),
}


def hiring_paths(
    *, federal: str, state: str, county: str, city: str, nonprofit: str
) -> list[dict[str, Any]]:
    """The five hiring paths, each with the role-specific sentence given for it."""
    return [
        path(
            "federal",
            "USAJOBS (usajobs.gov)",
            "<p>Every federal job is posted on USAJOBS with a closing date, a grade and a "
            "<b>specialized experience</b> statement: usually one year of work at the next lower "
            "grade. Your resume must show that experience in your own words, with dates and hours "
            "a week; since 2025 federal resumes are limited to two pages. Answer the "
            "questionnaire honestly, because your answers are checked against the resume. Many "
            "IT jobs now use a skills interview with subject-matter experts (SME-QA) instead of "
            "a self-rating alone.</p><p>" + federal + "</p>",
            "3 to 6 months",
        ),
        path(
            "state",
            "CalCareers (calcareers.ca.gov)",
            "<ol><li>Make a CalCareers account.</li><li>Take the <b>exam</b> for the "
            "classification (most IT exams are online questionnaires you can take any time).</li>"
            "<li>Passing puts you on the <b>eligible list</b> for that class.</li><li>Apply to "
            "individual job postings with the state application (STD 678) and, often, a "
            "Statement of Qualifications.</li></ol><p>" + state + "</p>",
            "2 to 4 months once you are on the list",
        ),
        path(
            "county",
            "LA County jobs (lacounty.gov/jobs, on governmentjobs.com)",
            "<p>The County hires by <b>class specification</b>: each class has written minimum "
            "requirements. Open-competitive exams are posted with a filing period; the exam may "
            "be a questionnaire, a written test or an interview, and scores place you in bands "
            "on an eligible list that departments hire from. Read the class spec first: it "
            "names the exact experience and education that count.</p><p>" + county + "</p>",
            "2 to 6 months",
        ),
        path(
            "city",
            "City of Los Angeles Personnel (per.lacity.gov)",
            "<p>City jobs are civil-service classes with exams run by the Personnel Department. "
            "Sign up for exam notifications, file during the filing period, take the exam "
            "(often a written test plus an interview) and you are ranked on an eligible list. "
            "The <b>Targeted Local Hire</b> program offers a way into some entry classes without "
            "a competitive exam. Smaller cities in the county (Long Beach, Pasadena, Santa "
            "Monica and others) run their own exams in a similar way.</p><p>" + city + "</p>",
            "3 to 6 months",
        ),
        path(
            "nonprofit",
            "Employer job boards (Greenhouse, Lever), Idealist",
            "<p>Civic-tech nonprofits and public-benefit firms (Code for America, U.S. Digital "
            "Response, CivicActions and others) hire like tech companies: a short resume, a "
            "recruiter call, a skills exercise and panel interviews. Many are remote and say "
            "their pay range in the posting.</p><p>" + nonprofit + "</p>",
            "3 to 8 weeks",
        ),
    ]


def path(level: str, where: str, how: str, time: str) -> dict[str, Any]:
    return {
        "type": "path",
        "value": {
            "level": level,
            "where_to_apply": where,
            "how_it_works": how,
            "typical_time": time,
        },
    }


FEDERAL_WAY_IN = (
    "<p>Your federal experience counts everywhere in this guide. Translate it: name the "
    "systems, users and results instead of the grade and series alone. If you were separated "
    "in a reduction in force, ask your agency about the <b>Interagency Career Transition "
    "Assistance Plan (ICTAP)</b>, which gives well-qualified displaced employees selection "
    "priority for federal jobs in their commuting area, and keep your separation notice and "
    "last performance rating ready. State, county and city exams credit federal experience "
    "year for year when the duties match the class specification.</p>"
)

COMMON_SOURCES = [
    {
        "title": "Salaries and wages: General Schedule pay tables",
        "url": "https://www.opm.gov/policy-data-oversight/pay-leave/salaries-wages/",
        "publisher": "U.S. Office of Personnel Management",
    },
    {
        "title": "USAJOBS Help Center: how to apply",
        "url": "https://help.usajobs.gov/",
        "publisher": "USAJOBS",
    },
    {
        "title": "Pay scales for state classifications",
        "url": "https://www.calhr.ca.gov/",
        "publisher": "California Department of Human Resources (CalHR)",
    },
    {
        "title": "How to apply for a state job",
        "url": "https://www.calcareers.ca.gov/",
        "publisher": "CalCareers",
    },
    {
        "title": "Job opportunities and class specifications",
        "url": "https://hr.lacounty.gov/",
        "publisher": "County of Los Angeles Department of Human Resources",
    },
    {
        "title": "City jobs, exams and the Targeted Local Hire program",
        "url": "https://per.lacity.gov/",
        "publisher": "City of Los Angeles Personnel Department",
    },
]

COMMON_TIPS = [
    {
        "type": "callout",
        "value": {
            "kind": "important",
            "heading": "Apply before the closing date, and read it twice",
            "text": "<p>Government postings close at a fixed time, and some close early once "
            "they receive a set number of applications. \u201cContinuous\u201d postings stay "
            "open, but lists are often reviewed in batches, so apply early.</p>",
        },
    },
    {
        "type": "question",
        "value": {
            "question": "Do I need a degree?",
            "answer": "<p>Often not. Most government IT classes accept experience in place of "
            "a degree, year for year, and federal IT Specialist (2210) jobs have no degree "
            "requirement at all. The class specification or the posting's "
            "\u201cqualifications\u201d section says exactly what counts.</p>",
        },
    },
    {
        "type": "question",
        "value": {
            "question": "How do I show my experience matches?",
            "answer": "<p>Use the words of the posting. If it asks for experience "
            "\u201cadministering Windows servers\u201d, write a line that says you administered "
            "Windows servers, for whom, for how long and with what result. Screeners compare "
            "your resume with the requirements line by line.</p>",
        },
    },
]
