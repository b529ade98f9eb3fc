"""Text analysis shared by both backends: the stopwords (English, minus words that are
acronyms here, such as IT), the synonym groups of ``synonyms.txt``, and the database backend's
safe FTS5 query builder."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import NamedTuple

# English synonyms, then the Spanish words with the English terms they mean.
SYNONYMS_FILES = [Path(__file__).with_name(name) for name in ("synonyms.txt", "synonyms_es.txt")]
# Lucene's English stopwords without "it" (information technology) and "as"/"at", and the
# Spanish function words that join a job title's words ("analista de datos"): only words that
# are never acronyms or place names here (not "la", "el", "los": LA, El Monte, Los Angeles).
STOPWORDS = frozenset(
    """a an and are be but by for if in into is no not of on or such that the their then
    there these they this to was will with de del y para con por en""".split()
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


def folded(text: str) -> str:
    """Lowercase text without accents: "Técnico" -> "tecnico" (the engine's asciifolding,
    FTS5's remove_diacritics)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Synonyms(NamedTuple):
    """One line of a synonym file: the terms that call it up in a search, and the terms the
    search then looks for (for ``a, b, c`` both are the group; for ``a, b => c, d`` the
    search for a or b looks for a, b, c and d, and a search for c or d is left alone)."""

    matches: tuple[str, ...]
    alternatives: tuple[str, ...]


def _terms(text: str) -> tuple[str, ...]:
    terms = (folded(term.strip()) for term in text.split(","))
    return tuple(term for term in terms if term)


@cache
def synonym_groups() -> tuple[Synonyms, ...]:
    """Every line of the synonym files, terms lowercase and without accents."""
    groups = []
    for path in SYNONYMS_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "=>" in line:
                left, right = (_terms(side) for side in line.split("=>", 1))
                groups.append(Synonyms(left, left + right))
            else:
                groups.append(Synonyms(_terms(line), _terms(line)))
    return tuple(groups)


def synonym_rules() -> list[str]:
    """The lines in the engine's synonym_graph format."""
    return [
        ", ".join(group.matches)
        if group.matches == group.alternatives
        else f"{', '.join(group.matches)} => {', '.join(group.alternatives)}"
        for group in synonym_groups()
    ]


def tokens(text: str) -> list[str]:
    """Lowercase words of user text without accents, stopwords dropped; punctuation never
    survives."""
    words = [match.group(0).strip(".-'") for match in TOKEN.finditer(folded(text))]
    return [w for w in words if w and w not in STOPWORDS]


@cache
def _group_words() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """Each synonym line's alternatives with its matching terms as ``tokens`` reads them (so
    "analista de datos" is ("analista", "datos"), as a search for it is)."""
    return tuple(
        (group.alternatives, tuple(tuple(tokens(term)) for term in group.matches))
        for group in synonym_groups()
    )


def clauses(text: str) -> list[tuple[str, ...]]:
    """User text as AND-ed clauses, each a tuple of OR-ed alternatives (a word, or a synonym
    group when the text contains one of its terms; multi-word terms are phrases)."""
    words = tokens(text)
    result: list[tuple[str, ...]] = []
    index = 0
    while index < len(words):
        matched, length = None, 0
        for group, terms in _group_words():
            for parts in terms:
                if len(parts) > length and tuple(words[index : index + len(parts)]) == parts:
                    matched, length = group, len(parts)
        if matched:
            result.append(matched)
            index += length
        else:
            result.append((words[index],))
            index += 1
    return result
