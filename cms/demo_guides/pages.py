"""The demo site's home page wording and its plain content pages."""

from cms.demo_guides.helpers import para

FEDERAL_PAGE_SLUG = "after-a-federal-layoff"

HOME = {
    "intro": "Find public-interest technology jobs in Los Angeles County, and learn how "
    "government tech careers work: the titles, the exams and the ways in.",
    "federal_heading": "Lost a federal tech job?",
    "federal_text": "<p>Your experience is needed here. State, county and city governments "
    "and civic-tech nonprofits in Los Angeles are hiring people with exactly your skills. "
    "Start with our step-by-step advice.</p>",
}

CONTENT_PAGES = [
    {
        "slug": FEDERAL_PAGE_SLUG,
        "title": "After a federal layoff: your next public-service tech job",
        "intro": "A step-by-step plan for federal technologists in Los Angeles County who lost "
        "their jobs, written with people who made the move.",
        "body": [
            para(
                "<h2>This week</h2><ol><li>Save your SF-50s, your last performance appraisal "
                "and your separation or reduction-in-force notice.</li><li>Ask your agency's HR "
                "office whether you qualify for the Interagency Career Transition Assistance "
                "Plan (ICTAP), which gives selection priority for federal jobs near you.</li>"
                "<li>File for unemployment insurance with California's EDD.</li></ol>"
                "<h2>This month</h2><ol><li>Rewrite your resume for each level of government: "
                "two pages for federal jobs, the state application for CalCareers, and the "
                "County and City formats that match their class specifications.</li><li>Take "
                "the state IT Specialist exam online; it puts you on the eligible list while "
                "you apply elsewhere.</li><li>Sign up for County and City exam "
                "notifications.</li></ol>"
            ),
            para(
                "<h2>Priority for federal jobs: CTAP and ICTAP</h2><p>If your agency gave you "
                "a reduction-in-force (RIF) separation notice, you may be picked before other "
                "applicants for federal jobs near you: at your own agency under its Career "
                "Transition Assistance Plan (CTAP) while you are still employed, and at other "
                "agencies under the Interagency Career Transition Assistance Plan (ICTAP), "
                "usually for a year after you are separated.</p><ul><li><strong>Which "
                "jobs:</strong> at or below your grade, with no more promotion potential than "
                "the job you lost, in the same local commuting area, the places people can "
                "reasonably travel to work from each day. The agency decides where that area "
                "ends, so check the duty location on the announcement.</li><li><strong>"
                "Well-qualified:</strong> the priority goes only to applicants the agency "
                "rates well-qualified for that job, as the announcement defines it (some say "
                "a score of 85 or better). Your last performance rating must be at least "
                "fully successful.</li><li><strong>What to attach:</strong> your RIF "
                "separation notice, the SF-50 that shows your separation, and your latest "
                "performance rating, with every application, before the announcement "
                "closes.</li></ul><p>Announcements that take career-transition applicants say "
                "so under \u201cWho may apply\u201d. See the "
                '<a href="/jobs/?government_level=federal&amp;hiring_path=fed-transition">'
                "federal jobs that accept CTAP and ICTAP applicants</a>, and sign up at the end "
                "of that search to get an email when new ones open.</p><p>Sources: "
                '<a href="https://www.opm.gov/policy-data-oversight/workforce-restructuring/'
                'employee-guide-to-career-transition/">OPM, The Employee\u2019s Guide to '
                "Career Transition (CTAP, ICTAP, RPL)</a>; "
                '<a href="https://www.ecfr.gov/current/title-5/chapter-I/subchapter-B/part-330/'
                'subpart-F">5 CFR 330, subpart F</a> (CTAP: who is eligible, the local '
                "commuting area, well-qualified); "
                '<a href="https://www.ecfr.gov/current/title-5/chapter-I/subchapter-B/part-330/'
                'subpart-G">5 CFR 330, subpart G</a> (ICTAP: who is eligible, for how long, '
                "the proof to attach).</p>"
            ),
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "heading": "Translate your grade",
                    "text": '<p>A GS-12 or GS-13 IT Specialist usually qualifies for the state IT Specialist II and the County\'s senior analyst classes. <a href="/from-federal/">Translate your federal job</a>: enter your series and grade to see the State, County and City classes, their pay next to yours, and the jobs open now.</p>',
                },
            },
            {
                "type": "live_openings",
                "value": {
                    "heading": "Senior openings right now",
                    "role_family": "",
                    "seniority": "senior",
                    "agency": None,
                    "remote": "",
                    "count": 5,
                },
            },
        ],
    },
    {
        "slug": "about",
        "title": "About Public Tech Pathways",
        "intro": "We help people find, understand and get public-interest technology jobs in "
        "Los Angeles County.",
        "body": [
            para(
                "<p>Public Tech Pathways is run by community organizers and technologists. We "
                "collect public-sector and social-impact tech jobs from federal, state, county "
                "and city employers and civic-tech nonprofits, and we write plain-language "
                "guides to how those careers work.</p><p>We built it for people who are too "
                "rarely told how government tech hiring works: early-career women, BIPOC, "
                "disabled and LGBTQ+ technologists, career changers, and the many federal "
                "workers in LA who lost their jobs in 2025.</p>"
            ),
        ],
    },
    {
        "slug": "questions",
        "title": "Questions and answers",
        "intro": "Short answers to what people ask us most.",
        "body": [
            {
                "type": "question",
                "value": {
                    "question": "Is this site a government website?",
                    "answer": "<p>No. We are an independent community project. Every job links to the employer's own posting, where you apply.</p>",
                },
            },
            {
                "type": "question",
                "value": {
                    "question": "How often are jobs updated?",
                    "answer": "<p>Every day. Jobs that close or disappear from the employer's site are marked closed.</p>",
                },
            },
            {
                "type": "question",
                "value": {
                    "question": "What is an eligible list?",
                    "answer": "<p>State, county and city governments hire from ranked lists of people who passed an exam for a job class. Getting on the list is the first step; then departments invite people on it to interview.</p>",
                },
            },
        ],
    },
]
