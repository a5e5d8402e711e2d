"""The only door from the app to the core: store, parser, proofreading engine, dictionary, export.

Widgets reach the store, parser, engine, dictionary and export only through a :class:`Service`;
edits of the open record go through the operations of minutes_desk.editing (see session.py), and
the model's types are shared. The store holds one SQLite connection used from the UI thread; the
open record's saves go through a second one in a writer thread (an fsync takes milliseconds, on
a network home directory far more, and must not land on a keystroke). The engine is loaded and
used from the checking worker only (see gui/checker.py), through :meth:`Service.load_engine`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from minutes_desk import editing
from minutes_desk.errors import IntegrityError, MinutesDeskError
from minutes_desk.model import Meeting, Status
from minutes_desk.proof.engine import Engine
from minutes_desk.proof.flags import Flag
from minutes_desk.shareddict import CorrectionsDictionary
from minutes_desk.store import Correction, ImportFailure, ImportResult, Store


@dataclass(frozen=True)
class TextCorrection:
    old: str
    new: str
    start: int | None = None
    end: int | None = None


class ProofEngine(Protocol):
    def profile(self, full_text: str, known_words: Iterable[str]) -> Any: ...

    def check(self, text: str, profile: Any = None, known_words: Iterable[str] = ()) -> list[Flag]: ...


@dataclass(frozen=True)
class ExportFormat:
    key: str
    suffix: str
    label: str


EXPORT_FORMATS = (
    ExportFormat("xml", ".xml", "XML"),
    ExportFormat("akn", ".akn.xml", "Akoma Ntoso"),
    ExportFormat("pdf", ".pdf", "PDF"),
)


class Service:
    def __init__(self, db_path: Path, shared_dir: Path | None, user_name: str,
                 engine: ProofEngine | None = None) -> None:
        """``engine``: one already loaded (a test session shares one); else loaded by the worker."""
        self.db_path = db_path
        self._engine = engine
        self.shared_dir = shared_dir
        self.user_name = user_name
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self._store = Store.open(db_path)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="save")
        self._writer_store: Store | None = None  # opened in, and used only by, the writer thread
        # No sync here: a hung network share would hang the window. The window syncs in the background.
        self._dictionary = CorrectionsDictionary.open(shared_dir, user_name, sync=False)

    def close(self) -> None:
        try:
            self._writer.submit(self._close_writer_store)
        except RuntimeError:  # the interpreter is exiting: the connection ends with the process
            pass
        self._writer.shutdown(wait=True)
        self._store.close()

    def _close_writer_store(self) -> None:
        if self._writer_store is not None:
            self._writer_store.close()

    # --- records ---------------------------------------------------------------------------

    def import_file(self, path: Path) -> int:
        """OCR text, or a record exported as our XML (``.xml``); the same one again gives its id."""
        if path.suffix.lower() == ".xml":
            return self._import_xml(path).id
        return self._store.import_file(path).id

    def import_files(self, paths: Sequence[Path], progress: Callable[..., Any] | None = None) -> list[Any]:
        """ImportResult or ImportFailure per path, in order (XML records one by one, after the texts)."""
        texts = [p for p in paths if p.suffix.lower() != ".xml"]
        outcomes = dict(zip(texts, self._store.import_files(texts, progress=progress))) if texts else {}
        for path in paths:
            if path not in outcomes:
                try:
                    outcomes[path] = self._import_xml(path)
                except MinutesDeskError as exc:
                    outcomes[path] = ImportFailure(str(path), str(exc))
                if progress:
                    progress()
        return [outcomes[p] for p in paths]

    def _import_xml(self, path: Path) -> ImportResult:
        from minutes_desk.export import read_native_xml  # lxml: not at the window's start

        record = read_native_xml(path)
        meeting = record.meeting
        if record.record_hash != meeting.content_hash():
            raise IntegrityError(f"{path.name}: innehållet har ändrats (kontrollsumman stämmer inte med posten)")
        if meeting.status is not Status.APPROVED:  # an approval signs the text as it is
            editing.normalise_line_ends(meeting)
        return self._store.import_meeting(meeting, str(path))

    def list_meetings(self, search: str | None = None) -> list[Any]:
        return self._store.list_meetings(search=search or None)

    def load(self, meeting_id: int) -> Meeting:
        """Line ends are "\\n" only (the text pane counts a "\\r\\n" as one character); a draft that
        had others is saved so, an approved record is only shown so."""
        meeting = self._store.load(meeting_id)
        if editing.normalise_line_ends(meeting) and meeting.status is not Status.APPROVED:
            self._store.save(meeting_id, meeting, user=self.user_name)
        return meeting

    def save(self, meeting_id: int, meeting: Meeting, corrections: Sequence[TextCorrection] = ()) -> Future[None]:
        """The content and the proofreading corrections made since the last save, in one
        transaction, in the writer thread: ``meeting`` must not change until the Future is done
        (pass a copy, or wait). Saves are written in the order they are asked for."""
        logged = [Correction(c.old, c.new, c.start, c.end) for c in corrections]
        return self._writer.submit(self._write, meeting_id, meeting, logged)

    def _write(self, meeting_id: int, meeting: Meeting, logged: list[Correction]) -> None:
        if self._writer_store is None:
            self._writer_store = Store.open(self.db_path)
        self._writer_store.save(meeting_id, meeting, logged, user=self.user_name)

    def approve(self, meeting_id: int, adjusters: list[str], secretary: str, date: str | None) -> None:
        self._store.approve(meeting_id, adjusters, secretary, date=date, user=self.user_name)

    def reopen(self, meeting_id: int, reason: str) -> int:
        return self._store.reopen(meeting_id, reason, user=self.user_name)

    def history(self, meeting_id: int) -> list[Any]:
        return self._store.history(meeting_id)

    # --- proofreading ----------------------------------------------------------------------

    def load_engine(self) -> ProofEngine:
        """Called in the checking worker: the engine's cold start must not block the window."""
        return self._engine or Engine.load(user_dictionary=self._dictionary)

    def ignored_words(self, meeting_id: int) -> set[str]:
        return self._store.ignored_words(meeting_id)

    def ignore_word(self, meeting_id: int, word: str) -> None:
        """Kept with the record: reopening it later keeps ``word`` unflagged there."""
        self._store.ignore_word(meeting_id, word, user=self.user_name)

    def unignore_word(self, meeting_id: int, word: str) -> bool:
        return self._store.unignore_word(meeting_id, word)

    def user_dictionary(self) -> CorrectionsDictionary:
        return self._dictionary

    def add_word(self, word: str) -> None:
        """Accept ``word`` in the user's dictionary (the engine stops flagging it)."""
        self._dictionary.add_word(word)

    def remember_correction(self, wrong: str, right: str) -> None:
        self._dictionary.add_correction(wrong, right)

    # --- export ----------------------------------------------------------------------------

    def export(self, meeting_id: int, fmt: str, path: Path) -> Path:
        """Write one export file; a draft gets the UTKAST mark, an approved record is final."""
        # Imported here: lxml and reportlab would add to the window's cold start.
        from minutes_desk.export.exporter import export_record
        from minutes_desk.export.native_xml import summarize_corrections

        meeting = self._store.load(meeting_id)
        counts = summarize_corrections((c.old, c.new) for c in self._store.corrections(meeting_id))
        target = {"xml": "xml", "akn": "akn", "pdf": "pdf_path"}[fmt]
        export_record(meeting, corrections=counts, **{target: path})
        return path
