"""Demo guide: infrastructure, cloud and operations in public service.

Pay by level is the 2026 General Schedule range for the level's grades in Los Angeles (base
rates from OPM's 2026 tables times the 36.47% Los Angeles locality, capped at $197,200; SES
from OPM's 2026 executive table), as gathered in the project's crosswalk research; state and
city figures are quoted from the bulletins cited, with their dates."""

from cms.demo_guides.common import COMMON_SOURCES, COMMON_TIPS, FEDERAL_WAY_IN, hiring_paths
from cms.demo_guides.helpers import level, para, resource, skill, source, way_in

GUIDE = {
    "slug": "infrastructure-and-operations",
    "title": "Infrastructure and operations in public service",
    "role_family": "infrastructure-operations",
    "summary": "Infrastructure and operations staff run the networks, servers, cloud platforms "
    "and databases that every public service depends on, and keep them running through "
    "storms, fires and surges.",
    "seniority_from": "entry",
    "seniority_to": "executive",
    "pay_min": 47_490,
    "pay_max": 228_000,
    "names": [
        {
            "level": "federal",
            "titles": "IT Specialist (SYSADMIN); IT Specialist (NETWORK); IT Specialist (OS); Telecommunications Specialist (0391); Computer Operator (0332)",
            "note": "most are series 2210; newer postings may drop the parenthetical",
        },
        {
            "level": "state",
            "titles": "Information Technology Associate; Information Technology Specialist I, II, III; Information Technology Supervisor I, II",
            "note": "infrastructure is the System Engineering domain of the IT series",
        },
        {
            "level": "county",
            "titles": "Information Technology Specialist I, II; Telecommunications Network Analyst",
            "note": "read the class specification on hr.lacounty.gov before you apply",
        },
        {
            "level": "city",
            "titles": "Systems Administrator (1455); Senior Computer Operator (1428); Systems Analyst; Senior Systems Analyst I, II",
            "note": "City of Los Angeles class codes in brackets",
        },
        {
            "level": "nonprofit",
            "titles": "Site Reliability Engineer; DevOps Engineer; Cloud Engineer; Systems Administrator",
            "note": "",
        },
    ],
    "the_work": [
        para(
            "<p>When a resident applies for benefits at midnight, a firefighter's tablet pulls up "
            "a building plan, or a 911 call is routed to the right station, it is because someone "
            "kept the network, the servers and the databases behind it running. Infrastructure "
            "and operations staff install and patch systems, watch them, back them up, restore "
            "them when something breaks and plan what comes next, including the move of old "
            "data centers to the cloud.</p><p>The State of California names this work the "
            "<b>System Engineering</b> domain of its IT classes. The City of Los Angeles describes "
            "its Systems Administrator as the person who keeps operating systems, storage and "
            "networks working and follows ITIL practice for incidents, changes and releases. The "
            "Los Angeles Police Department's IT division, for one, has a whole section for "
            "network support.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Look past the title",
                "text": "<p>Few postings say \u201cSRE\u201d or \u201ccloud engineer\u201d. Search for \u201cIT Specialist (SYSADMIN)\u201d or \u201c(NETWORK)\u201d on USAJOBS, \u201cInformation Technology Specialist\u201d on CalCareers and \u201cSystems Administrator\u201d at the City, then read the duties.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>Your morning starts with the overnight alerts and the backup report. You apply "
            "this month's security patches to a group of servers during an approved change "
            "window, help a clinic whose network link dropped, and sit in a change-review "
            "meeting where you explain the risk of a firewall update in plain words. In the "
            "afternoon you work on a project: moving a department's file shares to the cloud, or "
            "writing the runbook that lets the on-call person restore a database at 3 a.m. Some "
            "weeks include on-call duty and the occasional night or weekend cut-over.</p>"
        ),
    ],
    "levels": [
        level(
            "entry",
            "IT Specialist (SYSADMIN) GS-5 to GS-7; Information Technology Associate; Computer Operator",
            "State: IT Associate; City: Senior Computer Operator",
            47_490,
            76_476,
            "Monitors systems, runs backups and follows runbooks under supervision. Needs what the "
            "class specification asks; a CompTIA or cloud-fundamentals certificate helps.",
        ),
        level(
            "mid",
            "IT Specialist (SYSADMIN or NETWORK) GS-9 to GS-11; Information Technology Specialist I",
            "State: IT Specialist I; County: Information Technology Specialist I; City: Systems Analyst",
            71_957,
            113_185,
            "Administers servers, networks or databases on your own and handles escalations. "
            "Needs one year at the level below (federal) or the class's minimum experience.",
        ),
        level(
            "senior",
            "IT Specialist (SYSADMIN, NETWORK or OS) GS-12 to GS-13; Information Technology Specialist II",
            "State: IT Specialist II; County: Information Technology Specialist II; City: Systems Administrator",
            104_349,
            161_313,
            "Designs and improves the platform, leads changes and outages, and mentors. Often "
            "asks for a professional certificate (the City can require one by selective "
            "certification).",
        ),
        level(
            "lead",
            "Supervisory IT Specialist GS-14 to GS-15; Information Technology Specialist III; IT Supervisor II",
            "State: IT Specialist III, IT Supervisor I and II; City: Senior Systems Analyst I and II",
            146_632,
            197_200,
            "Sets standards for a whole environment or supervises a section, such as network "
            "support or the data center, and plans its budget and staffing.",
        ),
        level(
            "executive",
            "SES; Chief Technology Officer; Information Technology Manager II",
            "State: IT Manager I and II; City: Director of Systems",
            151_661,
            228_000,
            "Runs an organization's infrastructure as a service: strategy, budget, contracts and "
            "resilience. Reached by managing managers and large programs.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Linux and Windows Server administration",
            "Public employers run both; Active Directory or Entra ID is nearly universal.",
            True,
        ),
        skill(
            "skill",
            "Networking fundamentals",
            "TCP/IP, DNS, routing, VPN and firewalls; the City's mainframe operators also work with z/OS and UNIX.",
            True,
        ),
        skill(
            "skill",
            "Change, incident and release management",
            "ITIL practice is named in City bulletins; writing clear change requests matters.",
            True,
        ),
        skill(
            "skill",
            "Cloud platforms and automation",
            "Azure, AWS or Google Cloud, and scripting with PowerShell, Bash or Python; infrastructure as code is a plus.",
            False,
        ),
        skill(
            "skill",
            "Backup and disaster recovery",
            "Public services must keep running in emergencies; recovery plans are tested, not just written.",
            False,
        ),
        skill(
            "credential",
            "CompTIA Network+ or Security+",
            "Security+ or an equivalent is asked for in many federal system administrator jobs.",
            False,
        ),
        skill(
            "credential",
            "Vendor certificates",
            "Microsoft, Cisco, Red Hat or cloud associate certificates; some City positions are filled only from holders of a named certificate.",
            False,
        ),
    ],
    "pay_notes": "<p>The pay column shows the 2026 federal range for each level in Los Angeles "
    "(General Schedule base rates with the 36.47% Los Angeles locality, from step 1 of the lower "
    "grade to step 10 of the higher, capped at $197,200; the Senior Executive Service from "
    "$151,661 to $228,000). Local pay is different, and often higher at the senior level: the "
    "City of Los Angeles' Systems Administrator (1455) bulletin revised in January 2025 lists "
    "$132,066 to $155,409 and two higher ranges up to $181,134 (more at the Department of Water "
    "and Power), and Senior Computer Operator (1428) lists $84,835 to $105,423 and $95,776 to "
    "$118,995. The State's Information Technology Specialist I pays $6,139 to $8,228 a month in "
    "Range A, up to $9,932 in Range C, and Information Technology Supervisor I $7,292 to $9,771 "
    "a month. The posting is always the final word.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Run a home lab: install Linux on an old computer, set up a small network and break and fix it. Student worker jobs in a County or City IT shop count as experience, and the State's IT Associate exam is online and open all year.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Help-desk and field technicians move up into system administration all the time: ask to shadow the server team, take on patching or backups, and document what you did. Network+ and a cloud fundamentals certificate show you are ready.</p>",
        ),
        way_in(
            "federal",
            FEDERAL_WAY_IN
            + "<p>A GS-12 system or network administrator usually fits the State's IT Specialist II or the City's Systems Administrator; compare the posted ranges with your own (a GS-12 in Los Angeles earns $104,349 to $135,657 in 2026). Name the systems, the number of users and the uptime you were responsible for, and keep copies of your certificates: the City may accept only holders of a named certificate for some positions.</p>",
        ),
        way_in(
            "experienced",
            "<p>Industry engineers usually qualify at the senior level. Public teams value people who can modernize carefully: moving a legacy system to the cloud without a day of downtime, and leaving the runbooks behind for the team that stays.</p>",
        ),
    ],
    "hiring": hiring_paths(
        federal="Search series 2210 with \u201cSYSADMIN\u201d, \u201cNETWORK\u201d or \u201cOS\u201d, and series 0391 for telecommunications. Many jobs need a security clearance or Security+ within a set time after hiring.",
        state="Take the Information Technology Specialist I exam (online, continuous; you can retake it after 12 months), then apply to postings whose duties name servers, networks or cloud. New hires start at the bottom of Range A unless they meet the alternate range criteria.",
        county="Look for Information Technology Specialist and telecommunications exams, and read each posting's duties for servers, networks or cloud.",
        city="Systems Administrator (1455) bulletins say which certificates allow selective certification and that extra experience can stand in for the degree year for year. Senior Computer Operator (1428) asks for two years running large mainframe or UNIX/Linux systems and a California driver license at appointment.",
        nonprofit="Civic-tech firms such as Nava hire site reliability and DevOps engineers to run government platforms; school districts and larger nonprofits hire system and network administrators.",
    ),
    "tips": [
        *COMMON_TIPS,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Count what you kept running",
                "text": "<p>Numbers persuade screeners: how many servers, users or sites, what uptime, how fast you restored service after an outage.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Introduction to Linux (LFS101)",
            "https://training.linuxfoundation.org/training/introduction-to-linux/",
            "The Linux Foundation",
            "course",
            "free",
            "A free, self-paced start to the operating system most servers run.",
        ),
        resource(
            "CompTIA Network+",
            "https://www.comptia.org/certifications/network",
            "CompTIA",
            "certification",
            "paid",
            "The common first networking certificate.",
        ),
        resource(
            "Professor Messer's free training",
            "https://www.professormesser.com/",
            "Professor Messer",
            "course",
            "free",
            "Free video courses for Network+ and Security+.",
        ),
        resource(
            "Microsoft Learn",
            "https://learn.microsoft.com/training/",
            "Microsoft",
            "course",
            "free",
            "Free paths for Windows Server, Azure and the Azure Fundamentals exam.",
        ),
        resource(
            "AWS Skill Builder",
            "https://skillbuilder.aws/",
            "Amazon Web Services",
            "course",
            "free",
            "Free cloud courses, including Cloud Practitioner preparation.",
        ),
    ],
    "related_roles": ["it-support", "cybersecurity", "architecture", "software-engineering"],
    "stories": [],
    "sources": [
        source(
            "Information Technology Management series 2210: specialties",
            "https://hru.gov/Studio_Recruitment/Occup_Toolkit_Series.aspx?group=2210",
            "HR University (U.S. Office of Personnel Management)",
        ),
        source(
            "Salary Table 2026-SF: General Schedule with the 1% 2026 increase",
            "https://www.opm.gov/policy-data-oversight/pay-leave/salaries-wages/salary-tables/26Tables/html/SF.aspx",
            "U.S. Office of Personnel Management",
        ),
        source(
            "Information Technology class consolidation (nine classes, six domains)",
            "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx",
            "California Department of Human Resources (CalHR)",
        ),
        source(
            "Exam bulletin: Information Technology Specialist I (EX-1750)",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1750",
            "CalCareers",
        ),
        source(
            "Exam bulletin: Information Technology Supervisor I (EX-1753)",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1753",
            "CalCareers",
        ),
        source(
            "Systems Administrator 1455 job bulletin, revised January 23, 2025 (reposted)",
            "https://tapwage.com/job/101395922-systems-administrator-1455-formerly-systems-programmer-e-revised-01-23-25",
            "City of Los Angeles Personnel Department, via Tapwage",
        ),
        source(
            "Senior Computer Operator (class 1428): the City's class specifications",
            "https://www.governmentjobs.com/careers/lacity/classspecs",
            "City of Los Angeles Personnel Department",
        ),
        source(
            "Systems classifications and their job descriptions",
            "https://www.lapdonline.org/systems-classifications-and-their-job-descriptions/",
            "Los Angeles Police Department",
        ),
        *COMMON_SOURCES,
    ],
}
