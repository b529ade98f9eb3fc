"""Prints the federal crosswalk matcher's accuracy on the project's table of federal positions,
and its misses.

.venv/bin/python bench/crosswalk_accuracy.py [path/to/table.tsv]
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.classifier import Classifier  # noqa: E402
from pathways.accuracy import score  # noqa: E402
from pathways.crosswalk import Crosswalk  # noqa: E402

if __name__ == "__main__":
    table = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/fixtures/federal_positions.tsv"
    )
    result = score(Crosswalk.from_seed(), Classifier.from_seed(), table)
    for miss in result.misses:
        print("MISS", miss)
    print(f"accuracy: {result.correct}/{result.total} = {result.accuracy:.1%}")
