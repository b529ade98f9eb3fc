"""Display titles: HR codes spelled out, job numbers and noise removed; the raw title is kept."""

from __future__ import annotations

import re

HR_CODE_WORDS = {
    "APPSW": "Application Software",
    "INET": "Internet",
    "SYSADMIN": "Systems Administration",
    "NETWORK": "Network Services",
    "OS": "Operating Systems",
    "CUSTSPT": "Customer Support",
    "INFOSEC": "Information Security",
    "DATAMGT": "Data Management",
    "ENTARCH": "Enterprise Architecture",
    "PLCYPLN": "Policy and Planning",
    "SYSANALYSIS": "Systems Analysis",
}
CODE_GROUP = re.compile(r"\(\s*([A-Z]{2,12}(?:\s*/\s*[A-Z]{2,12})*)\s*\)")
JOB_NUMBER = re.compile(
    r"\s*(?:[-\u2013|,]\s*)?(?:\(?\b(?:job|req|requisition|posting|position|exam|bulletin)\s*"
    r"(?:#|no\.?|number|id)?\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]*\)?)\s*$",
    re.I,
)


def _spell_codes(match: re.Match) -> str:
    codes = [code.strip() for code in match.group(1).split("/")]
    if all(code in HR_CODE_WORDS for code in codes):
        return "(" + " / ".join(HR_CODE_WORDS[code] for code in codes) + ")"
    return match.group(0)


def display_title(raw: str) -> str:
    """'IT Specialist (APPSW/INFOSEC) - Job #12345' -> 'IT Specialist (Application Software /
    Information Security)'."""
    title = re.sub(r"\s+", " ", raw or "").strip()
    title = JOB_NUMBER.sub("", title)
    title = CODE_GROUP.sub(_spell_codes, title)
    return title.strip(" -\u2013|,") or (raw or "").strip()
