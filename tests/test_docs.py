"""What the README and the docs say about the code stays true: every test they cite exists, and
every app's deprecation warnings fail the suite."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from tests.test_layers import PROJECT_APPS

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_every_test_the_docs_cite_exists():
    tests = list((ROOT / "tests").rglob("*.py"))
    known = {path.stem for path in tests}
    for path in tests:
        known |= set(re.findall(r"def (test_\w+)", path.read_text()))
    cited = {name for doc in DOCS for name in re.findall(r"\btest_\w+", doc.read_text())}
    assert sorted(cited - known) == []


def test_deprecation_warnings_are_errors_in_every_app():
    """pytest turns warnings into errors but ignores third-party deprecations: the pattern that
    tells them apart must name every app of the project."""
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "error" in options["filterwarnings"]
    for line in options["filterwarnings"]:
        if "DeprecationWarning" in line:
            named = set(re.search(r"\(\?!([^)]*)\)", line).group(1).split("|"))
            assert PROJECT_APPS | {"tests"} <= named, line
