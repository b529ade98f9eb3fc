"""Prints the classifier's accuracy on the project's title table, and its misses.

.venv/bin/python bench/classifier_accuracy.py [path/to/table.tsv]
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.accuracy import score  # noqa: E402
from ingest.classifier import Classifier  # noqa: E402

if __name__ == "__main__":
    table = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/fixtures/classifier_titles.tsv"
    )
    result = score(Classifier.from_seed(), table)
    for miss in result.misses:
        print("MISS", miss)
    print(f"accuracy: {result.correct}/{result.total} = {result.accuracy:.1%}")
