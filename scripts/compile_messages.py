"""Compile every translation catalogue, locale/<language>/LC_MESSAGES/*.po, into the .mo file
Django reads, with polib (no GNU gettext needed). The .mo files are committed, so `make run`
needs nothing else; tests/test_translations.py fails when one is out of date.

    .venv/bin/python scripts/compile_messages.py
"""

from __future__ import annotations

from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def catalogues() -> list[Path]:
    return sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def main() -> None:
    for po_path in catalogues():
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        print(f"compiled {po_path.relative_to(LOCALE.parent)}")


if __name__ == "__main__":
    main()
