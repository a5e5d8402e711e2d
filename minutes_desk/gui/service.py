"""The only door from the app to the core: store, parser, proofreading engine, dictionary, export.

Widgets never import the core's packages; they get a :class:`Service` and call it. The store
holds one SQLite connection and is used from the UI thread only; the engine is loaded and used
from the checking worker only (see gui/checker.py), through :meth:`Service.load_engine`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from minutes_desk.errors import MinutesDeskError
from minutes_desk.model import Meeting
from minutes_desk.proof.flags import Flag
from minutes_desk.store import Store


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
    def __init__(self, db_path: Path, shared_dir: Path | None, user_name: str) -> None:
        self.db_path = db_path
        self.shared_dir = shared_dir
        self.user_name = user_name
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self._store = Store.open(db_path)
        self._accepted: set[str] = set()
        self._remembered: dict[str, str] = {}

    def close(self) -> None:
        self._store.close()

    # --- records ---------------------------------------------------------------------------

    def import_file(self, path: Path) -> int:
        return self._store.import_file(path).id

    def import_files(self, paths: Sequence[Path], progress: Callable[..., Any] | None = None) -> list[Any]:
        """ImportResult or ImportFailure per path, in order."""
        return self._store.import_files(list(paths), progress=progress)

    def list_meetings(self, search: str | None = None) -> list[Any]:
        return self._store.list_meetings(search=search or None)

    def load(self, meeting_id: int) -> Meeting:
        return self._store.load(meeting_id)

    def save(self, meeting_id: int, meeting: Meeting) -> None:
        self._store.save(meeting_id, meeting)

    def log_correction(self, meeting_id: int, old: str, new: str, start: int | None, end: int | None) -> None:
        self._store.log_correction(meeting_id, old, new, start=start, end=end, user=self.user_name)

    def approve(self, meeting_id: int, adjusters: list[str], secretary: str, date: str | None) -> None:
        self._store.approve(meeting_id, adjusters, secretary, date=date, user=self.user_name)

    def reopen(self, meeting_id: int, reason: str) -> int:
        return self._store.reopen(meeting_id, reason, user=self.user_name)

    def history(self, meeting_id: int) -> list[Any]:
        return self._store.history(meeting_id)

    # --- proofreading ----------------------------------------------------------------------

    def load_engine(self) -> ProofEngine:
        """Called in the checking worker: the engine's cold start must not block the window."""
        from minutes_desk.gui.interim_engine import load

        return load(self.user_dictionary())

    def user_dictionary(self) -> Any:
        return None

    def add_word(self, word: str) -> None:
        """Accept ``word`` in the user's dictionary (the engine stops flagging it)."""
        self._accepted.add(word)

    def remember_correction(self, wrong: str, right: str) -> None:
        self._remembered[wrong] = right

    # --- export ----------------------------------------------------------------------------

    def export(self, meeting_id: int, fmt: str, path: Path) -> Path:
        raise MinutesDeskError("Export finns inte ännu i den här versionen.")
