"""The desktop app's speed on a 10-page document: cold start to a shown window, and keystrokes.

Goals (issue #5): window shown with a 10-page document <= 2 s cold (a fresh process: imports,
database, import + parse of the file, window painted); a keystroke in the text pane with
highlighting on <= 16 ms (key handled, operation + undo step, block re-highlighted, repainted).

The document: the five seed minutes joined and OCR-damaged again by tests/support/ocr_noise.py
(rate 0.3, other seeds per copy) until it is 10 pages of ~3,000 characters, so the checker has
real work and no two copies are the same text.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGE_CHARS = 3_000
PAGES = 10


def ten_pages() -> str:
    from tests.support.ocr_noise import damage

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    parts, size, copy = [], 0, 0
    while size < PAGES * PAGE_CHARS:
        for seed in seeds:
            text = damage(seed.read_text("utf-8"), rate=0.3, seed=copy)
            parts.append(text)
            size += len(text)
            copy += 1
    return "\n\n".join(parts)[: PAGES * PAGE_CHARS]


def child_cold(path: str) -> None:
    """In a fresh process: time from interpreter start to the window painted with the record."""
    from PySide6.QtCore import QCoreApplication

    from minutes_desk.gui.app import application, create_window, wait_for_checks

    app = application()
    window = create_window()
    window.resize(1400, 900)
    window.open_file(Path(path))
    window.show()
    window.repaint()
    QCoreApplication.processEvents()
    shown = time.perf_counter() - START
    wait_for_checks(window, 120)
    flagged = time.perf_counter() - START
    print(f"{shown:.3f} {flagged:.3f} {len(window.text_pane.all_flags())}", flush=True)
    window.close()
    os._exit(0)  # skip interpreter teardown: only the figures matter here


def keystrokes(path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from minutes_desk.gui.app import application, create_window, freeze_after_first_check, wait_for_checks

    application()
    window = create_window()
    window.resize(1400, 900)
    window.show()
    freeze_after_first_check(window)  # as run() does
    window.open_file(path)
    wait_for_checks(window, 120)
    pane = window.text_pane
    pane.setFocus()
    # Fetched once, outside the timing: PySide6 builds a type's Python enums on first use, and
    # the harness's first viewport() call cost ~6 ms of that, which was the reported maximum.
    viewport = pane.viewport()
    blocks = pane.document().blockCount()
    times = []
    for i in range(300):
        block = pane.document().findBlockByNumber((i * 37) % blocks)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        pane.setTextCursor(cursor)
        QCoreApplication.processEvents()
        key = Qt.Key.Key_Backspace if i % 3 == 2 else Qt.Key.Key_A
        t0 = time.perf_counter()
        QTest.keyClick(pane, key)
        viewport.repaint()
        QCoreApplication.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    ok = pane.toPlainText() == window.session.meeting.text
    t0 = time.perf_counter()
    wait_for_checks(window, 60)
    recheck = (time.perf_counter() - t0) * 1000
    first = times[0]
    times.sort()
    print(f"keystroke with highlighting (300 keys over {blocks} lines, {len(window.session.meeting.text)} chars):")
    print(f"  median {statistics.median(times):.2f} ms, p95 {times[int(len(times) * 0.95)]:.2f} ms, "
          f"max {times[-1]:.2f} ms   (goal <= 16 ms)   text and record agree: {ok}")
    print(f"  the first keystroke after opening: {first:.2f} ms (first-use setup in Qt/PySide6)")
    print(f"  re-check of the typed lines after the pause (worker): {recheck:.0f} ms incl. "
          f"{250} ms typing-pause delay")
    window.close()


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child-cold":
        child_cold(sys.argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tio_sidor.txt"
        path.write_text(ten_pages(), "utf-8")
        print(f"document: {PAGES} pages, {len(path.read_text('utf-8'))} characters, "
              f"{path.read_text('utf-8').count(chr(10)) + 1} lines")
        runs = []
        for run in range(3):
            env = dict(os.environ, MINUTES_DESK_DATA_DIR=str(Path(tmp) / f"data{run}"),
                       MINUTES_DESK_DB=str(Path(tmp) / f"data{run}" / "minutes.sqlite"),
                       PYTHONPATH=str(ROOT))
            out = subprocess.run([sys.executable, __file__, "--child-cold", str(path)], env=env,
                                 capture_output=True, text=True, check=True).stdout.split()
            runs.append((float(out[0]), float(out[1]), int(out[2])))
        print("cold start, fresh process and database each (window shown / first check shown / flags):")
        for shown, flagged, count in runs:
            print(f"  window shown {shown:.2f} s (goal <= 2 s); flags shown {flagged:.2f} s; {count} flags")
        os.environ["MINUTES_DESK_DATA_DIR"] = str(Path(tmp) / "keys")
        os.environ["MINUTES_DESK_DB"] = str(Path(tmp) / "keys" / "minutes.sqlite")
        keystrokes(path)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 can crash tearing down a window left to the interpreter: figures are out
