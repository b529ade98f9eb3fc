"""Prints the classifier's accuracy on the project's title table (the held-out measure) and on
the real-title evaluation (issue #33's four measures against their targets), and the misses.

.venv/bin/python bench/classifier_accuracy.py [path/to/table.tsv] [--real path/to/real.tsv]
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.accuracy import TARGETS, evaluate, score  # noqa: E402
from ingest.classifier import Classifier  # noqa: E402

LABELS = {
    "found": "technology titles found",
    "family": "right family",
    "kept_out": "non-technology kept out",
    "seniority": "right seniority",
}

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", nargs="?", default=ROOT / "tests/fixtures/classifier_titles.tsv")
    parser.add_argument("--real", default=ROOT / "bench/data/real_titles.tsv")
    args = parser.parse_args()
    classifier = Classifier.from_seed()
    result = score(classifier, Path(args.table))
    for miss in result.misses:
        print("MISS", miss)
    print(f"title table: {result.correct}/{result.total} = {result.accuracy:.1%}")
    real = evaluate(classifier, Path(args.real))
    for miss in real.misses:
        print("REAL MISS", miss)
    counts = {"found": real.found, "family": real.family, "seniority": real.seniority}
    for name, rate in real.rates().items():
        count = counts.get(name, real.kept_out)
        total = real.other if name == "kept_out" else real.technology
        verdict = "met" if rate >= TARGETS[name] else "NOT MET"
        print(
            f"{LABELS[name]}: {count}/{total} = {rate:.1%} (target {TARGETS[name]:.0%}, {verdict})"
        )
    sys.exit(0 if real.met() else 1)
