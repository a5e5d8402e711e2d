#!/usr/bin/env python3
"""Build the UI translations: resources/i18n/*.ts (committed) -> *.qm (not committed).

    python scripts/build_translations.py            # lrelease: every .ts -> .qm beside it
    python scripts/build_translations.py --update   # lupdate first: new source strings from
                                                    # minutes_desk/gui/ into the .ts files,
                                                    # existing translations kept

Source strings are Swedish; each minutes_desk_*.ts holds one target language (minutes_desk_en.ts:
English). qtkeys_sv.ts holds the few key names Qt's own Swedish translation lacks (written by hand).
Both tools ship with PySide6-Essentials as pyside6-lrelease / pyside6-lupdate in the venv's bin.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
GUI = ROOT / "minutes_desk" / "gui"


def tool(name: str) -> str:
    """The PySide6 wrapper next to this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"build_translations: pyside6-{name} not found (pip install PySide6-Essentials)")
    return found


def update() -> None:
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    for ts in sorted(I18N.glob("minutes_desk_*.ts")):  # not qtkeys_sv.ts: Qt's own key names
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run([tool("lupdate"), *sources, "-source-language", "sv_SE",
                        "-target-language", language, "-no-obsolete", "-locations", "none", "-ts", str(ts)], check=True)


def release() -> list[Path]:
    built = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources first")
    args = parser.parse_args()
    if args.update:
        update()
    for qm in release():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
