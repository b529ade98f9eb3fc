"""The layers of docs/architecture.md hold: an app imports only the apps below it.

Every module of every app is read (its imports at the top and inside functions alike, and
its migrations) and each import of another project app is checked against the table below,
strings included: a dotted path to a project module (for ``import_string`` or a setting) and a
lazy model reference (``"cms.PathwayGuidePage"``) count as imports of that app.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What each app may import, besides itself. Bottom to top: the job domain; ingest and search
# on it; the features on those; the project shell on everything.
DOMAIN = {"jobboard"}
SERVICES = DOMAIN | {"ingest", "search"}
FEATURES = ("cms", "postings", "pathways", "alerts", "applications", "insights", "gatherings")
ALLOWED: dict[str, set[str]] = {
    "jobboard": set(),
    "ingest": DOMAIN,
    "search": DOMAIN,
    **{feature: SERVICES for feature in FEATURES},
}
PROJECT_APPS = {*ALLOWED, "config"}


def named_in_string(text: str) -> str | None:
    """The project app a string names as code: ``"insights.services.family_chart"`` (a dotted
    path whose second part is a module or package of the app) or ``"cms.PathwayGuidePage"`` (a
    lazy model reference); None for any other string (``"search.html"``, prose)."""
    parts = text.split(".")
    if len(parts) < 2 or parts[0] not in PROJECT_APPS or not all(p.isidentifier() for p in parts):
        return None
    app, second = parts[0], parts[1]
    if len(parts) == 2 and second[:1].isupper():
        return app
    if (ROOT / app / f"{second}.py").exists() or (ROOT / app / second).is_dir():
        return app
    return None


def imported_apps(path: Path) -> list[tuple[int, str]]:
    """(line, top-level package) for every import of a project app in a module, strings that
    name its code included."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            named = named_in_string(node.value)
            names = [named] if named else []
        else:
            continue
        found.extend(
            (node.lineno, name.split(".")[0])
            for name in names
            if name.split(".")[0] in PROJECT_APPS
        )
    return found


def layer_violations(app: str) -> list[str]:
    """Every import in ``app`` of a project app that is not below it."""
    allowed = ALLOWED[app] | {app}
    problems = []
    for path in sorted((ROOT / app).rglob("*.py")):
        for line, imported in imported_apps(path):
            if imported not in allowed:
                problems.append(f"{path.relative_to(ROOT)}:{line} imports {imported}")
    return problems


@pytest.mark.parametrize("app", [app for app in ALLOWED if (ROOT / app).is_dir()])
def test_an_app_imports_only_the_layers_below_it(app):
    assert layer_violations(app) == []


def test_the_layers_test_sees_imports_inside_functions(tmp_path):
    """The reader finds an upward import hidden in a function body, as well as at the top."""
    module = tmp_path / "module.py"
    module.write_text(
        "from jobboard.models import Job\n\n"
        "def later():\n"
        "    from ingest.classifier import Classifier\n"
        "    import config.settings\n"
    )
    assert imported_apps(module) == [(1, "jobboard"), (4, "ingest"), (5, "config")]


def test_every_app_of_the_project_has_a_place_in_the_layers():
    """A new top-level app must be given a layer here before it can import anything."""
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert apps <= PROJECT_APPS, f"add {sorted(apps - PROJECT_APPS)} to the layers"


def test_the_layers_test_sees_code_named_in_strings(tmp_path):
    """A dotted path handed to ``import_string`` or a setting, and a lazy model reference, are
    imports too; template names and prose are not."""
    module = tmp_path / "module.py"
    module.write_text(
        'CHART = "insights.services.family_chart"\n'
        'guide = models.ForeignKey("cms.PathwayGuidePage", on_delete=models.CASCADE)\n'
        'TEMPLATE = "search.html"\n'
        'SENTENCE = "Search jobs."\n'
    )
    assert imported_apps(module) == [(1, "insights"), (2, "cms")]
