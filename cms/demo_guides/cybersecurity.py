"""Demo guide: cybersecurity and privacy in public service."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, story, way_in

GUIDE = {
    "slug": "cybersecurity",
    "title": "Cybersecurity in public service",
    "role_family": "cybersecurity",
    "summary": "Cybersecurity and privacy staff protect public systems and the personal "
    "information of residents from attacks, mistakes and misuse.",
    "seniority_from": "entry",
    "seniority_to": "executive",
    "pay_min": 75_000,
    "pay_max": 220_000,
    "names": [
        {
            "level": "federal",
            "titles": "IT Specialist (INFOSEC); Information System Security Officer (ISSO); Cybersecurity Specialist",
            "note": "series 2210",
        },
        {
            "level": "state",
            "titles": "Information Technology Specialist I to III (information security); Information Security Officer",
            "note": "",
        },
        {
            "level": "county",
            "titles": "Departmental Information Security Officer; Information Security Analyst",
            "note": "",
        },
        {
            "level": "city",
            "titles": "Information Systems Security Analyst; Chief Information Security Officer",
            "note": "",
        },
        {
            "level": "nonprofit",
            "titles": "Security Engineer; Security Analyst; Privacy and Compliance Lead",
            "note": "",
        },
    ],
    "the_work": [
        para(
            "<p>Cities, counties and state agencies are frequent targets of ransomware and "
            "fraud, and they hold records about health, taxes, benefits and children. Security "
            "staff watch for attacks in a security operations center (SOC), fix weaknesses "
            "before attackers find them, check that vendors protect data, respond when "
            "something goes wrong, and train every employee to spot phishing. Privacy officers "
            "make sure data is collected and shared only as the law allows.</p>"
        ),
    ],
    "day_in_the_work": [
        para(
            "<p>An analyst's day might begin with alerts from overnight: a suspicious login "
            "from overseas, a laptop running old software. You investigate, contain what is "
            "real and close what is not. Later you review a vendor's security questionnaire "
            "for a new benefits system and meet the network team about patching. Some weeks "
            "include an exercise where the whole department practices responding to an "
            "incident.</p>"
        ),
    ],
    "levels": [
        level(
            "entry",
            "IT Specialist (INFOSEC) GS-7; SOC Analyst I; Information Security Analyst I",
            "State: IT Associate (security); County: Information Security Analyst",
            65_000,
            95_000,
            "Triages alerts and follows response playbooks.",
        ),
        level(
            "mid",
            "IT Specialist (INFOSEC) GS-9 to GS-11; ISSO; IT Specialist I",
            "State: IT Specialist I; County: Departmental Information Security Officer I",
            85_000,
            125_000,
            "Investigates incidents and runs security assessments.",
        ),
        level(
            "senior",
            "IT Specialist (INFOSEC) GS-12 to GS-13; ISSM; IT Specialist II",
            "State: IT Specialist II; County: Departmental Information Security Officer II",
            110_000,
            160_000,
            "Designs controls, leads incident response and advises leaders.",
        ),
        level(
            "lead",
            "Supervisory IT Specialist (INFOSEC) GS-14 to GS-15; IT Specialist III; Security Manager",
            "State: IT Specialist III, IT Manager I; County: Information Security Manager",
            145_000,
            195_000,
            "Runs a security program or team.",
        ),
        level(
            "executive",
            "Chief Information Security Officer; Deputy CISO",
            "State: Agency Information Security Officer; County and City: CISO",
            180_000,
            260_000,
            "Owns security strategy for an agency or a whole government.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Networking and operating systems",
            "You cannot defend what you do not understand: TCP/IP, Windows and Linux.",
            True,
        ),
        skill(
            "skill",
            "Security monitoring",
            "Reading logs and alerts in a SIEM such as Splunk or Microsoft Sentinel.",
            True,
        ),
        skill(
            "skill",
            "Risk and compliance frameworks",
            "NIST Cybersecurity Framework, NIST 800-53 and CJIS for public agencies.",
            True,
        ),
        skill(
            "skill",
            "Clear writing",
            "Incident reports and risk memos are read by non-technical leaders.",
            False,
        ),
        skill(
            "credential",
            "CompTIA Security+",
            "Meets the baseline for many federal security jobs under DoD 8140 and similar rules.",
            True,
        ),
        skill(
            "credential",
            "ISC2 Certified in Cybersecurity, CISSP, CISM",
            "Entry to senior credentials; CISSP needs five years of experience.",
            False,
        ),
        skill(
            "credential",
            "A background check or clearance",
            "Most security jobs need one; a federal clearance is an advantage.",
            False,
        ),
    ],
    "pay_notes": "<p>Security roles pay at the top of public IT ranges, and some employers add "
    "special pay for certified staff. Federal security jobs may come with a clearance that "
    "keeps its value in later jobs. Ranges here are approximate; the posting is the final "
    "word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Join a capture-the-flag team or the National Cyber League, earn ISC2 Certified in Cybersecurity (the exam has been offered free to students), and apply for CyberCorps Scholarship for Service if you study security.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Most security staff started in IT support, networking or audit. If you come from compliance, law or auditing, governance and privacy roles value that directly. Get Security+ and practice on free labs.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN
            + "<p>Federal security experience, and especially an active clearance, is scarce at the State, County and City levels; say which controls and systems you worked on (FISMA, ATO packages, continuous monitoring).</p>",
        ),
        way_in(
            "experienced",
            "<p>Industry security engineers and incident responders are in demand. Public employers value calm incident leadership and experience working with vendors and auditors.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search series 2210 with \u201cINFOSEC\u201d. Many jobs require Security+ (or similar) within six months and a background investigation or clearance.",
        state="Security jobs are posted under the IT classes, with the information security domain in the duties; the California Cybersecurity Integration Center and the Department of Technology hire the most.",
        county="Departmental Information Security Officer and analyst exams are posted by the County; the Internal Services Department runs central security operations.",
        city="The Information Technology Agency's cybersecurity team and the Port and Airport hire security analysts.",
        nonprofit="Civic-tech firms hire security engineers to build compliant systems for government clients.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Show how you think",
                "text": "<p>Describe one incident or vulnerability you handled from start to finish: what you noticed, what you did first and why, and what changed afterwards.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "ISC2 Certified in Cybersecurity",
            "https://www.isc2.org/certifications/cc",
            "ISC2",
            "certification",
            "low",
            "An entry certificate; ISC2 has offered free training and exams.",
        ),
        resource(
            "CompTIA Security+",
            "https://www.comptia.org/certifications/security",
            "CompTIA",
            "certification",
            "paid",
            "The baseline certificate for many public security jobs.",
        ),
        resource(
            "CISA Learning",
            "https://www.cisa.gov/resources-tools/training",
            "Cybersecurity and Infrastructure Security Agency",
            "course",
            "free",
            "Free federal cybersecurity training.",
        ),
        resource(
            "NICE Workforce Framework",
            "https://niccs.cisa.gov/workforce-development/nice-framework",
            "NIST and CISA",
            "reading",
            "free",
            "Names and describes every cybersecurity work role.",
        ),
        resource(
            "CyberCorps: Scholarship for Service",
            "https://www.sfs.opm.gov/",
            "OPM and NSF",
            "program",
            "free",
            "Scholarships in return for public service.",
        ),
    ],
    "related_roles": [
        "infrastructure-operations",
        "it-support",
        "policy-acquisition",
        "it-leadership",
    ],
    "stories": [
        story(
            "Andre",
            "Information Security Analyst, a regional agency",
            "Network technician in the Army",
            "<p>My clearance and Security+ got me interviews; explaining how I handled a real outage got me the job.</p>",
        ),
    ],
    "sources": [
        source(
            "NICE Workforce Framework for Cybersecurity",
            "https://niccs.cisa.gov/workforce-development/nice-framework",
            "NIST and CISA",
        ),
        *COMMON_SOURCES,
    ],
}
