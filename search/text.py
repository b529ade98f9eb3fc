"""Text analysis shared by both backends: the stopwords (English, minus words that are
acronyms here, such as IT), the synonym groups of ``synonyms.txt``, and the database backend's
safe FTS5 query builder."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

SYNONYMS_FILE = Path(__file__).with_name("synonyms.txt")
# Lucene's English stopwords without "it" (information technology) and "as"/"at": only
# function words that are never acronyms here are dropped.
STOPWORDS = frozenset(
    """a an and are be but by for if in into is no not of on or such that the their then
    there these they this to was will with""".split()
)
TOKEN = re.compile(r"[\w][\w'+#.-]*", re.UNICODE)


def printable(text: str) -> str:
    """The text without control characters (a NUL or an escape code typed or pasted into a
    search box means nothing, and XML feeds cannot carry them); whitespace becomes spaces."""
    return "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) != "Cc"
    )


@cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """Each line of synonyms.txt as a tuple of lowercase terms."""
    groups = []
    for line in SYNONYMS_FILE.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            groups.append(tuple(term.strip().lower() for term in line.split(",") if term.strip()))
    return tuple(groups)


def synonym_rules() -> list[str]:
    """The groups in the engine's synonym_graph format."""
    return [", ".join(group) for group in synonym_groups()]


def tokens(text: str) -> list[str]:
    """Lowercase words of user text, stopwords dropped; punctuation never survives."""
    words = [match.group(0).strip(".-'").lower() for match in TOKEN.finditer(text)]
    return [w for w in words if w and w not in STOPWORDS]


def clauses(text: str) -> list[tuple[str, ...]]:
    """User text as AND-ed clauses, each a tuple of OR-ed alternatives (a word, or a synonym
    group when the text contains one of its terms; multi-word terms are phrases)."""
    words = tokens(text)
    result: list[tuple[str, ...]] = []
    index = 0
    groups = synonym_groups()
    while index < len(words):
        matched = None
        for group in groups:
            for term in group:
                parts = term.split()
                longer = matched is None or len(parts) > len(matched[1].split())
                if longer and words[index : index + len(parts)] == parts:
                    matched = (group, term)
        if matched:
            result.append(matched[0])
            index += len(matched[1].split())
        else:
            result.append((words[index],))
            index += 1
    return result
