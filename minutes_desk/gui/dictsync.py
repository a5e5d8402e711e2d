"""Syncing the shared corrections dictionary off the UI thread.

The shared folder is usually a network share; a hung share must never freeze the window. Syncs
run one at a time in a daemon thread (a daemon so that a share that never answers cannot keep
the app from exiting either: everything the sync would send is already in the local outbox).
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from minutes_desk.errors import MinutesDeskError


class Syncable(Protocol):
    revision: int

    def sync(self) -> Any: ...


class DictionarySync(QObject):
    finished = Signal(bool)
    """A sync ended; True if the dictionary's content changed (flags should be recomputed)."""
    failed = Signal(str)

    def __init__(self, dictionary: Syncable, interval_ms: int = 0, parent: QObject | None = None) -> None:
        """``interval_ms`` > 0: also sync that often."""
        super().__init__(parent)
        self.dictionary = dictionary
        self._thread: threading.Thread | None = None
        self._again = False
        self._done = threading.Event()
        self._done.set()
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._timer = QTimer(self)
        if interval_ms > 0:
            self._timer.timeout.connect(self.request)
            self._timer.start(interval_ms)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def request(self) -> None:
        """Sync now, or right after the running sync (whose folder state may already be stale)."""
        if self._thread is not None:
            self._again = True
            return
        self._done.clear()
        before = self.dictionary.revision
        self._thread = threading.Thread(target=self._run, args=(before,), name="dictionary-sync", daemon=True)
        self._thread.start()

    def _run(self, before: int) -> None:
        try:
            self.dictionary.sync()
            error = ""
        except MinutesDeskError as exc:
            error = str(exc)
        except Exception as exc:  # a bug must reach the user, not end the thread silently
            error = f"{type(exc).__name__}: {exc}"
        self._relay.done.emit(self.dictionary.revision != before, error)
        self._done.set()

    def _on_done(self, changed: bool, error: str) -> None:
        self._thread = None
        if error:
            self.failed.emit(error)
        self.finished.emit(changed)
        if self._again:
            self._again = False
            self.request()

    def wait(self, timeout_s: float) -> bool:
        """Let a running sync finish (at closing); False if the folder did not answer in time."""
        return self._done.wait(timeout_s)

    def stop(self) -> None:
        self._timer.stop()
        self._again = False


class _Relay(QObject):
    """Carries the worker's result to the UI thread (a queued connection: it lives there)."""

    done = Signal(bool, str)
