"""#27 H1: no regular expression that reads a visitor's or a feed's text can be made to
backtrack. Each pattern that could (runs of the same characters matched by two quantifiers in a
row, or a scan to the end repeated from every start) is fed a long adversarial string and must
answer at once; the patterns that replaced them accept exactly what the old ones accepted, on
every short combination of the pieces their inputs are made of; the crosswalk's page and API
refuse an over-long series or grade with a clear 400, and read the usual ones as before.

Each adversarial input below took seconds or more with the old patterns (measured when they
were replaced, on this project's kind of machine): the grade's "GS" and 5,000 spaces more than
30 s (the pattern had four runs of spaces in a row), a title of "job1-" repeated to 10 KB more
than 30 s, the others 1 to 8 s; each now answers in milliseconds."""

from __future__ import annotations

import html as html_lib
import itertools
import random
import re
import time

import pytest

from ingest.classifier import seed_classifier, weak_entry
from ingest.dates import TRAILING_ZONE, parse_datetime
from ingest.pay import RANGE_RE, pay_from_text
from ingest.sanitise import looks_like_html, plain_text, sanitise_html
from ingest.titles import JOB_NUMBER_REACH, _without_job_number, display_title
from pathways.crosswalk import Crosswalk
from pathways.matcher import (
    GRADE_RE,
    MAX_GRADE,
    MAX_SERIES,
    PARENTHETICAL,
    SERIES_RE,
    PositionError,
    _specialties_in_parentheses,
    parse_grade,
    parse_position,
    parse_series,
)

CROSSWALK = Crosswalk.from_seed()
# Generous: each of these answers in a few milliseconds; before, each took seconds or more.
QUICK = 0.5

# The patterns as they were, to compare what the new ones accept.
OLD_SERIES = re.compile(
    r"^(?:(?P<plan>[A-Z]{2,3})\s*[-\s]\s*)?(?P<series>\d+)(?:\s*[-\s/]\s*(?P<grade>\d{1,2}))?$"
)
OLD_GRADE = re.compile(
    r"^(?P<plan>[A-Z]{2,3})?\s*[-\s]?\s*(?P<number>\d{1,3})?(?:\s*(?:/|,|STEP)\s*\d{1,2})?$"
)
OLD_LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-z!][^>]*>", re.I)
OLD_TRAILING_ZONE = re.compile(r"\s+([A-Za-z]{3,4})$")
OLD_MONEY = r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(k|K)?"
OLD_RANGE = re.compile(
    OLD_MONEY
    + r"\s*(?:-|\u2013|\u2014|to|and)\s*"
    + OLD_MONEY
    + r"(?:\s*(?:per|an|a|/)\s*(hour|hr|year|yr|annum|month|mo|week|day))?",
    re.IGNORECASE,
)
OLD_JOB_NUMBER = re.compile(
    r"\s*(?:[-\u2013|,]\s*)?(?:\(?\b(?:job|req|requisition|posting|position|exam|bulletin)\s*"
    r"(?:#|no\.?|number|id)?\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]*\)?)\s*$",
    re.I,
)
OLD_WEAK_ENTRY = re.compile(
    r"\btechnician\b(?!.*\b(junior|associate|assistant|aide|trainee)\b)", re.I
)
OLD_TAG = re.compile(r"<[^>]*>")


def quickly(function, *args, **kwargs):
    """Call ``function`` and assert it answered within QUICK seconds; its answer."""
    start = time.perf_counter()
    answer = function(*args, **kwargs)
    elapsed = time.perf_counter() - start
    assert elapsed < QUICK, f"{elapsed:.2f} s"
    return answer


def combinations(pieces, longest):
    """Every string of at most ``longest`` of the pieces, in order."""
    for count in range(longest + 1):
        for chosen in itertools.product(pieces, repeat=count):
            yield "".join(chosen)


def samples(pieces, longest, count, seed):
    """``count`` strings of random pieces, at most ``longest`` of them each (seeded)."""
    chance = random.Random(seed)  # noqa: S311 - repeatable test input, not a secret
    for _ in range(count):
        yield "".join(chance.choices(pieces, k=chance.randint(0, longest)))


def groups(match: re.Match | None) -> tuple | None:
    return None if match is None else (match.span(), match.groups())


# Long adversarial input answers at once -------------------------------------------------------

SPACES = " " * 5_000


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (GRADE_RE, "GS" + SPACES + "X"),
        (GRADE_RE, "GS" + SPACES + "-" + SPACES + "12" + SPACES + "X"),
        (GRADE_RE, "GS" + SPACES + "1" + SPACES + "STEP" + SPACES + "X"),
        (SERIES_RE, "GS" + SPACES + "X"),
        (SERIES_RE, "GS" + SPACES + "2210" + SPACES + "X"),
        (SERIES_RE, "2210" + SPACES + "/" + SPACES + "X"),
    ],
    ids=["grade", "grade-dash", "grade-step", "series-plan", "series-grade", "series-slash"],
)
def test_the_crosswalks_patterns_answer_long_runs_of_spaces_at_once(pattern, text):
    assert quickly(pattern.match, text) is None


@pytest.mark.parametrize("field", ["series", "grade"])
def test_the_parser_refuses_a_long_series_or_grade_before_reading_it(field):
    with pytest.raises(PositionError) as error:
        quickly(parse_position, CROSSWALK, **{field: "GS" + SPACES + "12"})
    assert error.value.field == field


@pytest.mark.parametrize(
    ("function", "text"),
    [
        (sanitise_html, "<" + " " * 10_000),  # old: 2.7 s
        (parse_datetime, "1" + " " * 10_000 + "a"),  # old: 3 s
        (pay_from_text, "$1" + " " * 10_000 + "x"),  # old: 5 s
        (display_title, "job1-" * 2_000 + "!"),  # old: more than 30 s
        (display_title, "-job1" * 2_000 + "!"),
        (display_title, "Job #" + "1" * 10_000 + "!"),
        (weak_entry, "technician junior " * 2_500 + "x" * 50_000),  # old: 5.5 s
        (plain_text, "<" * 30_000),  # old: 2.8 s
        (lambda title: _specialties_in_parentheses(title, CROSSWALK), "(" * 10_000),  # old: 1.7 s
    ],
    ids=[
        "html-open-spaces",
        "date-zone",
        "pay-spaces",
        "job-number",
        "job-number-dashes",
        "job-number-digits",
        "technician-tail",
        "tags",
        "parentheses",
    ],
)
def test_feed_and_visitor_text_is_read_in_linear_time(function, text):
    quickly(function, text)


def test_a_feeds_title_is_classified_at_once():
    """The technician rule, as the classifier reaches it (old: 2 s)."""
    title = "IT Technician " + "technician trainee " * 1_500 + "x" * 30_000
    classification = quickly(seed_classifier().classify, title)
    assert (classification.role_family, classification.seniority) == ("it-support", "entry")


# The new patterns accept what the old ones did -------------------------------------------------

GRADE_PIECES = ["GS", "SES", "ES", "GG", "STEP", "A", "-", "/", ",", " ", "  ", "\t"]
GRADE_PIECES += ["1", "12", "123", "2210", "0854", "4"]


def test_the_grade_and_series_patterns_accept_what_they_did():
    """Every string of up to four pieces (and a sample of longer ones): the same match, the
    same plan, series, grade and number, once the whitespace is collapsed as the parser does."""
    texts = itertools.chain(
        combinations(GRADE_PIECES, 4), samples(GRADE_PIECES, 8, 20_000, seed=27)
    )
    for text in texts:
        old_text = text.strip().upper()
        new_text = " ".join(text.upper().split())
        for old, new in ((OLD_SERIES, SERIES_RE), (OLD_GRADE, GRADE_RE)):
            before, after = old.match(old_text), new.match(new_text)
            assert (before is None) == (after is None), (text, old.pattern)
            if before:
                assert before.groupdict() == after.groupdict(), text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("GS-12", ("GS", 12)),
        ("gs12", ("GS", 12)),
        ("GS 12 step 4", ("GS", 12)),
        ("GS   -   12", ("GS", 12)),
        ("GS\t12", ("GS", 12)),
        ("SES", ("SES", None)),
        ("12", ("GS", 12)),
        ("gs-12, 4", ("GS", 12)),
    ],
)
def test_usual_grades_parse_as_before(raw, expected):
    assert parse_grade(raw, CROSSWALK) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2210", ("2210", "", None)),
        ("GS-2210-12", ("2210", "GS", 12)),
        ("gs 2210 / 12", ("2210", "GS", 12)),
        ("GS - 2210 - 12", ("2210", "GS", 12)),
        ("0854", ("0854", "", None)),
    ],
)
def test_usual_series_parse_as_before(raw, expected):
    assert parse_series(raw) == expected


@pytest.mark.parametrize("raw", ["\u0661\u0662", "GS-\u0661\u0662", "\uff11\uff12", "GS-\u00b9"])
def test_only_ascii_digits_are_a_grade(raw):
    """Digits of other scripts were read as numbers by ``\\d`` and ``int``."""
    with pytest.raises(PositionError, match="Enter your grade"):
        parse_grade(raw, CROSSWALK)


@pytest.mark.parametrize("raw", ["\u0662\u0662\u0661\u0660", "\uff12\uff12\uff11\uff10"])
def test_only_ascii_digits_are_a_series(raw):
    with pytest.raises(PositionError, match="The series is the four-digit number"):
        parse_series(raw)


def test_the_parser_reads_up_to_its_limit_and_no_more():
    assert parse_series("2210".rjust(MAX_SERIES)) == ("2210", "", None)
    assert parse_grade("12".rjust(MAX_GRADE), CROSSWALK) == ("GS", 12)
    with pytest.raises(PositionError, match="The series is the four-digit number"):
        parse_series("2210".rjust(MAX_SERIES + 1))
    with pytest.raises(PositionError, match="Enter your grade"):
        parse_grade("12".rjust(MAX_GRADE + 1), CROSSWALK)


HTML_PIECES = ["<", ">", " ", "/", "a", "!", "P", "1", "x", "\n"]


def test_looks_like_html_answers_as_the_old_pattern():
    for text in itertools.chain(
        combinations(HTML_PIECES, 5), samples(HTML_PIECES, 12, 20_000, seed=27)
    ):
        assert looks_like_html(text) == bool(OLD_LOOKS_LIKE_HTML.search(text)), text


def test_plain_text_reads_tags_as_before():
    for text in combinations(["<", ">", "a", " ", "&lt;", "\n"], 6):
        old = re.sub(r"\s+", " ", html_lib.unescape(OLD_TAG.sub(" ", text))).strip()
        assert plain_text(text) == old, text


def test_the_trailing_zone_is_found_as_before():
    pieces = ["2026-11-02", "08:00", " ", "  ", "\t", "PST", "pdt", "ABCDE", "x", "Mon,", "\n"]
    for text in itertools.chain(combinations(pieces, 4), samples(pieces, 10, 10_000, seed=27)):
        assert groups(TRAILING_ZONE.search(text)) == groups(OLD_TRAILING_ZONE.search(text)), text


def test_pay_ranges_are_read_as_before():
    pieces = ["$", "1", "100", "1,000", "130,000", ".5", ".50", " ", "  ", "k", "K", "-"]
    pieces += ["\u2013", "to", "and", "per", "an", "a", "/", "hour", "year", "yr", "x", "\n"]
    for text in itertools.chain(combinations(pieces, 4), samples(pieces, 14, 30_000, seed=27)):
        assert groups(RANGE_RE.search(text)) == groups(OLD_RANGE.search(text)), text


def test_job_numbers_are_taken_off_titles_as_before():
    """The same title as before for every title within JOB_NUMBER_REACH characters."""
    pieces = ["IT Specialist", "Analyst", " ", "  ", "-", "\u2013", "|", ",", "(", ")", "job"]
    pieces += ["Job", "req", "Requisition", "posting", "exam", "#", "no", "No.", "number", "id"]
    pieces += [":", "12", "AB-12", "a1b", "\u0663", "x", "\n"]
    texts = itertools.chain(combinations(pieces, 3), samples(pieces, 10, 40_000, seed=27))
    for text in texts:
        assert len(text) <= JOB_NUMBER_REACH
        assert _without_job_number(text) == OLD_JOB_NUMBER.sub("", text), text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (
            "IT Specialist (APPSW/INFOSEC) - Job #12345",
            "IT Specialist (Application Software / Information Security)",
        ),
        ("Data Analyst (Req 2024-118)", "Data Analyst"),
        ("Senior Engineer, Exam No. AB-12C", "Senior Engineer"),
        ("x" * 400 + " - Job #12345", "x" * 400),
    ],
)
def test_display_titles_are_as_before(raw, shown):
    assert display_title(raw) == shown


def test_the_technician_rule_answers_as_the_old_pattern():
    pieces = ["technician", "Technician", "junior", "aide", " ", "\n", "x", "-", "technicians"]
    for text in itertools.chain(combinations(pieces, 5), samples(pieces, 12, 10_000, seed=27)):
        assert weak_entry(text) == bool(OLD_WEAK_ENTRY.search(text)), text


def test_parentheses_are_read_as_before():
    for text in combinations(["(", ")", "a", "/"], 8):
        kept = text[: text.rfind(")") + 1]
        assert PARENTHETICAL.findall(kept) == PARENTHETICAL.findall(text), text


# The page and the API ------------------------------------------------------------------------

API = "/api/v1/pathways/federal/"
PAGE = "/from-federal/"
LONG = {
    "series": {"series": "GS" + SPACES + "2210"},
    "grade": {"series": "2210", "grade": "GS" + SPACES + "X"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["series", "grade"])
def test_the_page_refuses_a_long_series_or_grade_next_to_the_field(client, field):
    response = client.get(PAGE, LONG[field])
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="id_{field}-error"' in html
    assert "Ensure this value has at most 20 characters" in html


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["series", "grade"])
def test_the_api_refuses_a_long_series_or_grade_with_a_400(client, field):
    response = client.get(API, LONG[field])
    assert response.status_code == 400
    error = response.json()["error"]
    assert field in error
    assert "at most 20 characters" in error


@pytest.mark.django_db
def test_the_api_schema_says_the_limits(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = next(
        path["get"] for url, path in schema["paths"].items() if url.endswith("/pathways/federal/")
    )
    limits = {p["name"]: p["schema"].get("maxLength") for p in operation["parameters"]}
    assert limits["series"] == MAX_SERIES
    assert limits["grade"] == MAX_GRADE


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "grade"),
    [
        ({"series": "2210", "grade": "GS-12"}, "GS-12"),
        ({"series": "2210", "grade": "gs12"}, "GS-12"),
        ({"series": "2210", "grade": "GS 12 step 4"}, "GS-12"),
        ({"series": "2210", "grade": "12"}, "GS-12"),
        ({"series": "2210", "grade": "SES"}, "SES"),
        ({"series": "GS-2210-12"}, "GS-12"),
        ({"series": "2210", "grade": "GS-12".ljust(MAX_GRADE)}, "GS-12"),
    ],
)
def test_the_page_and_the_api_read_the_usual_series_and_grades(client, params, grade):
    api = client.get(API, params)
    assert api.status_code == 200, api.content
    assert api.json()["federal_pay"]["grade"] == grade
    page = client.get(PAGE, params)
    assert page.status_code == 200
    assert f"2210 Information Technology Management, {grade}" in page.content.decode()
