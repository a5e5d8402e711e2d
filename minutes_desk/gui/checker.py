"""Spell checking off the UI thread, with results cached per line of text.

One worker thread (a QThreadPool of size 1) loads the engine and runs every check, so the engine
is never used concurrently and its cold start never blocks the window. Results are cached by the
line's text: a keystroke re-checks only its own line; unchanged lines (and identical ones) are
never checked twice. The whole document is checked once on opening, which also gives the
engine the document's OCR profile used for later line checks.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from minutes_desk.gui.service import ProofEngine, Service
from minutes_desk.gui.settings import CHECK_DELAY_MS
from minutes_desk.proof.flags import Flag

LineFlags = dict[str, tuple[Flag, ...]]


def split_by_line(text: str, flags: Iterable[Flag]) -> LineFlags:
    """Flags of a whole text -> flags relative to each line, keyed by the line's text."""
    result: LineFlags = {}
    ordered = sorted(flags, key=lambda f: f.start)
    i, pos = 0, 0
    for line in text.split("\n"):
        end = pos + len(line)
        mine = []
        while i < len(ordered) and ordered[i].start < end + 1:
            f = ordered[i]
            if f.end <= end:
                mine.append(Flag(f.start - pos, f.end - pos, f.word, f.kind, f.confidence, f.suggestions))
            i += 1
        result[line] = tuple(mine)
        pos = end + 1
    return result


class _Signals(QObject):
    done = Signal(object, int, bool)
    """(LineFlags, generation, whole document)"""
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, checker: Checker, texts: list[str], full: bool, known: tuple[str, ...], generation: int):
        super().__init__()
        self.checker, self.texts, self.full, self.known, self.generation = checker, texts, full, known, generation

    def run(self) -> None:
        try:
            self.checker._signals.done.emit(self._check(), self.generation, self.full)
        except Exception as exc:  # a crash in the worker must reach the user, not kill the thread silently
            self.checker._signals.failed.emit(f"{type(exc).__name__}: {exc}")

    def _check(self) -> LineFlags:
        engine = self.checker._engine_in_worker()
        if self.full:
            (text,) = self.texts
            self.checker._profile = engine.profile(text, self.known)
            return split_by_line(text, engine.check(text, profile=self.checker._profile, known_words=self.known))
        # One call for all the lines typed into: the engine's per-call cost is paid once.
        joined = "\n".join(self.texts)
        flags = engine.check(joined, profile=self.checker._profile, known_words=self.known)
        return split_by_line(joined, flags)


class Checker(QObject):
    results = Signal(object)
    """LineFlags for lines of the current document: highlight them anew."""
    failed = Signal(str)

    def __init__(self, service: Service) -> None:
        super().__init__()
        self._service = service
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._engine: ProofEngine | None = None
        self._profile: object = None
        self._signals = _Signals()
        self._signals.done.connect(self._deliver)
        self._signals.failed.connect(self._on_failed)
        self.cache: LineFlags = {}
        self._pending: set[str] = set()
        self._queued: set[str] = set()
        self._generation = 0
        self._full_pending = False
        self.known_words: tuple[str, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._flush)

    def _engine_in_worker(self) -> ProofEngine:
        if self._engine is None:
            self._engine = self._service.load_engine()
        return self._engine

    def check_document(self, text: str, known_words: Iterable[str]) -> None:
        """Forget every cached result and check the whole text (a newly opened record)."""
        self._generation += 1
        self.cache.clear()
        self._pending.clear()
        self._queued.clear()
        self._full_pending = True
        self.known_words = tuple(sorted(set(known_words)))
        self._pool.start(_Job(self, [text], True, self.known_words, self._generation))

    def request(self, line: str) -> None:
        """A line without results (typed into): check it after typing pauses."""
        if line in self.cache or line in self._pending or line in self._queued:
            return
        self._queued.add(line)
        if not self._full_pending:  # the whole-document check answers most lines: wait for it
            self._timer.start()

    def _flush(self) -> None:
        lines = sorted(self._queued)
        self._queued.clear()
        self._pending.update(lines)
        self._pool.start(_Job(self, lines, False, self.known_words, self._generation))

    def _deliver(self, result: LineFlags, generation: int, full: bool) -> None:
        if generation != self._generation:
            return
        self.cache.update(result)
        self._pending.difference_update(result)
        if full:
            self._full_pending = False
            self._queued.difference_update(result)
            if self._queued:  # lines typed into while the whole document was being checked
                self._timer.start()
        self.results.emit(result)

    def _on_failed(self, message: str) -> None:
        """No results will come for what was asked: stop waiting for them, say why."""
        self._full_pending = False
        self._pending.clear()
        self.failed.emit(message)

    def idle(self) -> bool:
        return not (self._full_pending or self._queued or self._pending or self._timer.isActive())

    def shutdown(self) -> None:
        self._timer.stop()
        self._pool.clear()
        self._pool.waitForDone()  # a running check finishes first: its results need this object
