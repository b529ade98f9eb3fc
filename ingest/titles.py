"""Display titles: HR codes spelled out, job numbers and noise removed; the raw title is kept."""

from __future__ import annotations

import re
import unicodedata

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
# A job number at the end of a title: "- Job #12345", "(Req 2024-118)", "Exam No. AB-12C".
# The number is letters, digits and dashes with a digit among them: ``[A-Z0-9-]*\d[A-Z0-9-]*``
# said so with two runs that match the same characters, and took minutes on a feed's title of
# "job1-" repeated (#27 H1). Here the letters before the first digit, then that digit and the
# rest, are each taken whole (and one digit of another script, as ``\d`` read it); runs of
# spaces are taken whole, and a match starts only at the first space of a run. A number runs
# to the end of the title, so a start in one long run of letters and digits ("job1-job1-...")
# reads to its end again: only the title's last JOB_NUMBER_REACH characters are searched.
JOB_NUMBER_REACH = 200
JOB_NUMBER = re.compile(
    r"(?<!\s)\s*+(?:[-\u2013|,]\s*+)?+(?:\(?\b(?:job|req|requisition|posting|position|exam|"
    r"bulletin)\s*+(?:#|no\.?|number|id)?\s*+:?\s*+"
    r"[A-Z-]*+(?:[0-9][A-Z0-9-]*+(?:\d[A-Z0-9-]*+)?+|\d[A-Z0-9-]*+)\)?)\s*+$",
    re.I,
)


# Cyrillic and Greek letters that look like Latin ones (written escaped), as they turn up
# inside Latin words: copied text, or titles written to dodge filters ("Data" with a Cyrillic
# "a"). Each line maps one group to the Latin letters it imitates.
LOOKALIKES = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u051b\u051d"
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0408\u0405"
    "\u03bf\u03b1\u03bd\u03b9"
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7",
    "aeopcyxijsdqwABEKMHOPCTXIJSoaviABEZHIKMNOPTYX",
)
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
LATIN = re.compile(r"[A-Za-z]")
WORD = re.compile(r"\w+")


def plain_letters(text: str) -> str:
    """Text with compatibility forms folded (fullwidth or mathematical letters, ligatures:
    NFKC), invisible characters dropped, and Cyrillic or Greek look-alikes inside words that
    are otherwise Latin written as the Latin letters they imitate. A word wholly in another
    script is left as it is."""
    text = unicodedata.normalize("NFKC", text or "").translate(INVISIBLE)

    def latin_word(match: re.Match) -> str:
        word = match.group(0)
        folded = word.translate(LOOKALIKES)
        return folded if folded != word and LATIN.search(word) else word

    return WORD.sub(latin_word, text)


def _spell_codes(match: re.Match) -> str:
    codes = [code.strip() for code in match.group(1).split("/")]
    if all(code in HR_CODE_WORDS for code in codes):
        return "(" + " / ".join(HR_CODE_WORDS[code] for code in codes) + ")"
    return match.group(0)


def _without_job_number(title: str) -> str:
    """The title without the job number at its end, if its last JOB_NUMBER_REACH characters
    hold one (the words before the number included)."""
    match = JOB_NUMBER.search(title, max(0, len(title) - JOB_NUMBER_REACH))
    return title[: match.start()] + title[match.end() :] if match else title


def display_title(raw: str) -> str:
    """'IT Specialist (APPSW/INFOSEC) - Job #12345' -> 'IT Specialist (Application Software /
    Information Security)'."""
    title = re.sub(r"\s+", " ", plain_letters(raw)).strip()
    title = _without_job_number(title)
    title = CODE_GROUP.sub(_spell_codes, title)
    return title.strip(" -\u2013|,") or (raw or "").strip()
