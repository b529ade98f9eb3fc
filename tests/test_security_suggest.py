"""#27 L7: the database backend's "did you mean" is bounded. A long query of unknown words
compared every word with every word of the open job titles (1.5 s a request with a few thousand
title words); now at most SUGGEST_WORDS words are corrected, each against at most
SUGGEST_CANDIDATES title words of a length that can be alike enough, and a short query's
corrections are the ones the whole vocabulary gives."""

from __future__ import annotations

import difflib
import random
import string
import time

import pytest

import search.backends.database as database
from search.backends.database import (
    SUGGEST_CANDIDATES,
    SUGGEST_CUTOFF,
    SUGGEST_WORD_LENGTH,
    SUGGEST_WORDS,
    DatabaseBackend,
    TitleWords,
)
from search.query import MAX_QUERY_LENGTH

pytestmark = pytest.mark.django_db


def made_up_words(count: int, seed: int, letters: str = string.ascii_lowercase) -> list[str]:
    chance = random.Random(seed)  # noqa: S311 - repeatable test input, not a secret
    return ["".join(chance.choices(letters, k=chance.randint(3, 12))) for _ in range(count)]


@pytest.fixture
def vocabulary(monkeypatch):
    """Open job titles with 20,000 different words (the corrections' cache, filled)."""
    words = TitleWords.from_titles(" ".join(made_up_words(20_000, seed=27)).split())
    monkeypatch.setattr(database, "title_words", lambda: words)
    return words


@pytest.fixture
def comparisons(monkeypatch):
    """How many title words each correction was compared with."""
    sizes = []
    original = difflib.get_close_matches

    def counted(word, possibilities, *args, **kwargs):
        possibilities = list(possibilities)
        sizes.append(len(possibilities))
        return original(word, possibilities, *args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    return sizes


def test_a_long_query_of_unknown_words_is_corrected_at_once(vocabulary, comparisons):
    # As long as a query may be: a hundred words no title has ("qxz" and the like).
    words = made_up_words(200, seed=1, letters="qxzj")
    q = " ".join(words)[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
    assert len(q.split()) > 50
    backend = DatabaseBackend()
    backend._suggest("warm up")  # the database's first query of the test
    comparisons.clear()
    start = time.perf_counter()
    backend._suggest(q)
    assert time.perf_counter() - start < 0.5  # before: 3 s here (each word with 20,000)
    assert len(comparisons) == SUGGEST_WORDS
    assert max(comparisons) <= SUGGEST_CANDIDATES


def test_only_the_first_unknown_words_are_corrected(monkeypatch):
    words = TitleWords.from_titles(["Data Analyst", "Network Engineer", "Software Developer"])
    monkeypatch.setattr(database, "title_words", lambda: words)
    typed = ["dta", "anlyst", "netwrk", "enginer", "sofware", "develper", "anlyst"]
    assert SUGGEST_WORDS == 5
    assert DatabaseBackend()._suggest(" ".join(typed)) == (
        "data analyst network engineer software develper anlyst"
    )


def test_a_word_longer_than_any_title_word_is_kept_as_typed(monkeypatch, comparisons):
    words = TitleWords.from_titles(["Data Analyst"])
    monkeypatch.setattr(database, "title_words", lambda: words)
    long_word = "analyst" * 5
    assert len(long_word) > SUGGEST_WORD_LENGTH
    assert DatabaseBackend()._suggest(f"{long_word} dta") == f"{long_word} data"
    assert len(comparisons) == 1


def test_each_word_is_compared_with_a_bounded_number_of_title_words(vocabulary):
    for word in made_up_words(50, seed=2):
        candidates = vocabulary.candidates(word)
        assert len(candidates) <= SUGGEST_CANDIDATES
        assert len(set(candidates)) == len(candidates)


def test_the_commonest_title_words_are_compared_first():
    words = TitleWords.from_titles(["Data Analyst", "Data Engineer", "Data Dta", "Date"])
    assert words.candidates("dat")[:1] == ["data"]


def test_corrections_are_those_of_the_whole_vocabulary_when_it_is_small():
    """Below the cap the length filter only drops words difflib would refuse anyway."""
    titles = made_up_words(SUGGEST_CANDIDATES // 2, seed=3)
    words = TitleWords.from_titles(titles)
    everything = sorted(words.words)
    for word in made_up_words(300, seed=4) + [w[:-1] for w in titles[:100]]:
        assert difflib.get_close_matches(
            word, words.candidates(word), n=1, cutoff=SUGGEST_CUTOFF
        ) == difflib.get_close_matches(word, everything, n=1, cutoff=SUGGEST_CUTOFF), word
