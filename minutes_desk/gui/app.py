"""Starting the app: QApplication, settings, language, service, window; and the screenshot mode."""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from minutes_desk.errors import MinutesDeskError
from minutes_desk.gui import i18n
from minutes_desk.gui.mainwindow import MainWindow
from minutes_desk.gui.service import ProofEngine, Service
from minutes_desk.gui.settings import Settings

SCREENSHOT_SIZE = (1400, 900)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Protokollskrivbordet")
    QCoreApplication.setOrganizationName("minutes_desk")
    return app  # type: ignore[return-value]


def create_window(settings: Settings | None = None, engine: ProofEngine | None = None) -> MainWindow:
    """A window over the configured database (the caller owns the QApplication)."""
    settings = settings or Settings()
    service = Service(settings.db_path, settings.shared_dir, settings.user_name, engine)
    window = MainWindow(service, settings)
    window.destroyed.connect(service.close)
    return window


def wait_for_checks(window: MainWindow, timeout_s: float = 30.0) -> bool:
    """Process events until the first check of the open record is shown (screenshots, tests)."""
    deadline = time.monotonic() + timeout_s
    app = QCoreApplication.instance()
    while time.monotonic() < deadline:
        app.processEvents()
        if window.checker.idle():
            app.processEvents()
            window.flags_panel.refresh()
            return True
        time.sleep(0.01)
    return False


def run(file: Path | None = None, screenshot: Path | None = None) -> int:
    _choose_platform(screenshot is not None)
    app = application()
    settings = Settings()
    i18n.install(app, settings.language)  # the translators are children of the application
    window = create_window(settings)
    if settings.window_geometry and screenshot is None:
        window.restoreGeometry(settings.window_geometry)
    if file is not None:
        window.open_file(file)
    if screenshot is not None:
        return _screenshot(window, screenshot)
    window.show()
    _close_on_sigterm(window)
    freeze_after_first_check(window)
    return app.exec()


def _choose_platform(screenshot: bool) -> None:
    """A screenshot needs no screen; a window does, and its absence is one clear line, not a Qt abort."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    raise MinutesDeskError("ingen skärm hittades (DISPLAY saknas); starta från skrivbordet eller använd xvfb-run")


def freeze_after_first_check(window: MainWindow) -> None:
    """Once the engine is loaded, move everything alive to the GC's permanent generation.

    The engine's lexicon is millions of long-lived objects; a full collection walking them takes
    25 ms or more and would land on some keystroke. Frozen, they are never walked again.
    """

    def freeze(_result: object) -> None:
        window.checker.results.disconnect(freeze)
        gc.collect()
        gc.freeze()

    window.checker.results.connect(freeze)


def _close_on_sigterm(window: MainWindow) -> None:
    """A terminated app (logout, `kill`) closes like a closed window: saved, dictionary flushed.

    Python runs signal handlers only when it gets control, so a timer hands it control often.
    """
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _screenshot(window: MainWindow, out: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    wait_for_checks(window)
    if window.text_pane.all_flags():
        window.step_flag(1)  # show a selected flag, as when proofreading
        window.flags_panel.select_word(window.text_pane.current_flag().flag.word)
    QCoreApplication.processEvents()
    image = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = image.save(str(out), "PNG")
    window.close()
    return 0 if ok else 1
