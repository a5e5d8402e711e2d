"""Run as a subprocess by test_crash.py: the real app, typing one letter every 50 ms until killed.

Prints "<count>" after each keystroke, so the test knows what was typed when it killed us.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from minutes_desk.gui.app import application, create_window


def main() -> int:
    app = application()
    window = create_window()
    window.show()
    window.open_file(Path(sys.argv[1]))
    pane = window.text_pane
    pane.setFocus()
    pane.moveCursor(QTextCursor.MoveOperation.End)
    typed = 0

    def keystroke() -> None:
        nonlocal typed
        QTest.keyClick(pane, Qt.Key.Key_Q)
        typed += 1
        print(typed, flush=True)

    timer = QTimer()
    timer.timeout.connect(keystroke)
    timer.start(50)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
