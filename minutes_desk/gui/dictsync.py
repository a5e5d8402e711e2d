"""The shared corrections dictionary's network work, off the UI thread.

The shared folder is usually a network share; a hung share must never freeze the window. A sync,
and a change (which the dictionary sends to the folder at once), run one at a time, in order, in
a daemon thread: a daemon so that a share that never answers cannot keep the app from exiting
either (every change is in the local outbox before the folder is touched, and goes at the next
sync).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from minutes_desk.errors import MinutesDeskError


Then = Callable[[str], object] | None


class Syncable(Protocol):
    revision: int

    def sync(self) -> Any: ...


class DictionarySync(QObject):
    finished = Signal(bool)
    """A job (sync or change) ended; True if the dictionary's content changed (re-check)."""
    failed = Signal(str)

    def __init__(self, dictionary: Syncable, interval_ms: int = 0, parent: QObject | None = None) -> None:
        """``interval_ms`` > 0: also sync that often."""
        super().__init__(parent)
        self.dictionary = dictionary
        self._jobs: queue.Queue[tuple[Callable[[], object], Then] | None] = queue.Queue()
        self._asked = 0
        self._sync_waiting = threading.Event()  # a sync is queued and not started: one is enough
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._thread = threading.Thread(target=self._work, name="dictionary", daemon=True)
        self._thread.start()
        self._timer = QTimer(self)
        if interval_ms > 0:
            self._timer.timeout.connect(self.request)
            self._timer.start(interval_ms)

    @property
    def busy(self) -> bool:
        """Jobs asked for whose end the UI thread has not yet heard of."""
        return self._asked > 0

    def request(self) -> None:
        """Sync soon (after what is queued)."""
        if not self._sync_waiting.is_set():
            self._sync_waiting.set()
            self._asked += 1
            self._jobs.put((self._sync, None))

    def run(self, change: Callable[[], object], then: Then = None) -> None:
        """A change to the dictionary (add a word, a correction …), in order with the syncs;
        ``then(error)`` in the UI thread when it is done ("" if it went well)."""
        self._asked += 1
        self._jobs.put((change, then))

    def _sync(self) -> None:
        self._sync_waiting.clear()
        self.dictionary.sync()

    def _work(self) -> None:
        while (item := self._jobs.get()) is not None:
            job, then = item
            before = self.dictionary.revision
            try:
                job()
                error = ""
            except MinutesDeskError as exc:
                error = str(exc)
            except Exception as exc:  # a bug must reach the user, not end the thread silently
                error = f"{type(exc).__name__}: {exc}"
            self._relay.done.emit(self.dictionary.revision != before, error, then)
            self._jobs.task_done()
        self._jobs.task_done()

    def _on_done(self, changed: bool, error: str, then: Then) -> None:
        self._asked -= 1
        if then is not None:
            then(error)
        if error:
            self.failed.emit(error)
        self.finished.emit(changed)

    def wait(self, timeout_s: float) -> bool:
        """Let queued work finish (at closing); False if the folder did not answer in time."""
        deadline = time.monotonic() + timeout_s
        while self._jobs.unfinished_tasks:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True

    def stop(self) -> None:
        """No more periodic syncs; the thread ends after what is queued."""
        self._timer.stop()
        self._jobs.put(None)


class _Relay(QObject):
    """Carries the worker's result to the UI thread (a queued connection: it lives there)."""

    done = Signal(bool, str, object)
