"""The corrections dictionary: the user's own level over a level shared through a plain folder.

Layout (see ``resources/dictionary-format.md``)::

    <shared folder>/<user>.<machine>.mdict   each user's own append-only file; everyone reads all
    <data dir>/dictionary/outbox.mdict       shared entries not yet in the folder (offline, or in flight)
    <data dir>/dictionary/own.mdict          the user's own level ("this is wrong" marks), never shared
    <data dir>/dictionary/mirror/<folder>/   the last copy of the folder's files, read when offline

Every change is first appended to a local file, so it survives a crash or a missing folder, and
then flushed to the folder. The shared level is always read from the local mirror, which a sync
brings up to date; reading therefore never depends on the network being there.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import filelock

from minutes_desk import config
from minutes_desk.errors import MinutesDeskError
from minutes_desk.shareddict import files
from minutes_desk.shareddict.index import Level
from minutes_desk.shareddict.lineformat import (
    CORRECTION_KEY,
    OP_ACCEPT,
    OP_CORRECT,
    OP_REJECT,
    OP_REMOVE_CORRECTION,
    OP_REMOVE_WORD,
    SUFFIX,
    TIME_FORMAT,
    WORD_KEY,
    Record,
    encode,
    fold,
    header_line,
)
from minutes_desk.shareddict.wordlists import Item, clean_correction, clean_note, clean_word, format_word_list, read_word_list

log = logging.getLogger(__name__)

LOCK_TIMEOUT_S = 60.0

KIND_WORD = "word"
KIND_CORRECTION = "correction"
KIND_REJECTED = "rejected"
_KINDS = {OP_ACCEPT: KIND_WORD, OP_CORRECT: KIND_CORRECTION, OP_REJECT: KIND_REJECTED}

LEVEL_OWN = "own"
LEVEL_SHARED = "shared"


@dataclass(frozen=True)
class Entry:
    """One live entry as the user sees it."""

    kind: str
    """``word`` (accepted), ``correction`` (wrong → right) or ``rejected`` (marked wrong by the user)."""
    word: str
    """The accepted or rejected word, or the wrong form of a correction."""
    right: str | None
    author: str
    time: str
    """UTC, ISO 8601 with microseconds: ``2026-11-22T13:55:31.123456Z``."""
    note: str
    level: str
    """``shared`` (everyone's) or ``own`` (this user's only)."""

    @property
    def wrong(self) -> str | None:
        return self.word if self.kind == KIND_CORRECTION else None

    @property
    def local_time(self) -> str:
        """The time in the user's own time zone, to the minute, for display."""
        try:
            return datetime.fromisoformat(self.time.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.time

    def to_dict(self) -> dict[str, str]:
        subject = {"wrong": self.word, "right": self.right or ""} if self.kind == KIND_CORRECTION else {"word": self.word}
        return {"kind": self.kind, **subject, "author": self.author, "time": self.time, "note": self.note, "level": self.level}


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    """A shared folder is set; without one the dictionary is local and changes wait in the outbox."""
    online: bool
    pending: int
    """Shared entries written here that have not reached the folder yet."""
    error: str | None
    """Why the folder could not be used, in Swedish, or None."""


@dataclass(frozen=True)
class ImportResult:
    added: int
    unchanged: int


class CorrectionsDictionary:
    """Implements :class:`minutes_desk.proof.userdict.UserDictionary` over the own and shared levels.

    One instance per process is meant to be shared by the engine and the app, so that ``revision``
    tells the engine when the app changed something. The engine may read (``verdict``,
    ``correction``) from its worker thread while the app writes from the UI thread, and ``sync``
    may run in a worker too (a slow network folder then never blocks the window).
    """

    def __init__(self, root: Path, shared: Path | None, user: str) -> None:
        self.user = user
        self.shared_dir = shared
        self._root = root
        root.mkdir(parents=True, exist_ok=True)
        self._lock = filelock.FileLock(str(root / ".lock"), timeout=LOCK_TIMEOUT_S)
        self._outbox = root / "outbox.mdict"
        self._own_path = root / "own.mdict"
        self._machine = self._machine_id()
        self._mirror = root / "mirror" / _folder_id(shared) if shared else None
        self._shared = Level()
        self._own = Level()
        self._revision = 0
        self._guard = threading.RLock()
        self._rights: dict[str, str] | None = None
        self._last_time = datetime.min
        self._status = SyncStatus(configured=shared is not None, online=False, pending=0, error=None)

    @classmethod
    def open(
        cls,
        shared_dir: str | Path | None = None,
        user: str | None = None,
        data_dir: str | Path | None = None,
        *,
        sync: bool = True,
    ) -> CorrectionsDictionary:
        """The user's dictionary; ``None`` means the configured folder, user and data directory.

        ``sync=False`` reads only the local copy (no network), for a fast start; sync later.
        """
        shared = Path(shared_dir) if shared_dir else config.shared_dir()
        root = Path(data_dir) if data_dir else config.data_dir()
        dictionary = cls(root / "dictionary", shared, (user or config.user_name()).strip() or "okänd")
        if sync:
            dictionary.sync()
        else:
            dictionary.refresh()
            dictionary._set_status("inte synkroniserad ännu" if shared else None)
        return dictionary

    # -- the UserDictionary protocol -------------------------------------------------------------

    @property
    def revision(self) -> int:
        return self._revision

    def verdict(self, word: str) -> bool | None:
        word = _nfc(word)
        with self._guard:
            deciding = self._deciding(fold(word))
            if deciding is not None:
                if deciding.op != OP_ACCEPT:
                    return False
                return True if _case_fits(word, deciding.subject) else None
            right = self._right_forms().get(fold(word))
            return True if right is not None and _case_fits(word, right) else None

    def correction(self, wrong: str) -> str | None:
        wrong = _nfc(wrong)
        with self._guard:
            key = fold(wrong)
            deciding = self._deciding(key)
            if deciding is not None and deciding.op == OP_ACCEPT:
                return None
            for level in (self._own, self._shared):
                record = level.index.live((CORRECTION_KEY, key))
                if record is not None:
                    return _transfer_case(wrong, record.right)
            return None

    # -- reading ---------------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        with self._guard:
            result = [
                _entry(record, level_name)
                for level, level_name in ((self._own, LEVEL_OWN), (self._shared, LEVEL_SHARED))
                for record in level.index.winners.values()
                if not record.is_tombstone
            ]
            result.sort(key=lambda e: (fold(e.word), e.kind, e.level))
            return result

    def __len__(self) -> int:
        with self._guard:
            return sum(not r.is_tombstone for level in (self._own, self._shared) for r in level.index.winners.values())

    @property
    def status(self) -> SyncStatus:
        return self._status

    def refresh(self) -> bool:
        """Re-read the local files (mirror, outbox, own level); True if the content changed."""
        with self._guard:
            shared_paths = sorted(self._mirror.glob(f"*{SUFFIX}")) if self._mirror and self._mirror.is_dir() else []
            changed = self._shared.read([*shared_paths, self._outbox], drained=self._outbox)
            changed = self._own.read([self._own_path]) or changed
            if changed:
                self._revision += 1
                self._rights = None
            return changed

    def sync(self) -> SyncStatus:
        """Send the outbox to the shared folder, fetch everyone's new entries, and re-read."""
        with self._locked():
            error = self._exchange() if self.shared_dir else None
            self.refresh()
            self._set_status(error)
        return self._status

    # -- writing ---------------------------------------------------------------------------------

    def add_word(self, word: str, note: str = "") -> Entry:
        word, note = clean_word(word), clean_note(note)
        self._write(lambda: self._plan_word(word, note, {}))
        return self._entry_for(WORD_KEY, word)

    def add_correction(self, wrong: str, right: str, note: str = "") -> Entry:
        (wrong, right), note = clean_correction(wrong, right), clean_note(note)
        self._write(lambda: self._plan_correction(wrong, right, note, {}))
        return self._entry_for(CORRECTION_KEY, wrong)

    def mark_wrong(self, word: str, note: str = "") -> Entry:
        """The user's own "this is wrong": beats a shared acceptance, for this user only."""
        word, note = clean_word(word), clean_note(note)

        def plan() -> list[tuple[bool, Record]]:
            current = self._own.index.live((WORD_KEY, fold(word)))
            if current is not None and current.op == OP_REJECT and current.note == note:
                return []
            return [(True, self._record(self._own, OP_REJECT, word, "", note, {}))]

        self._write(plan)
        return self._entry_for(WORD_KEY, word, own=True)

    def remove(self, word: str, kind: str | None = None) -> list[Entry]:
        """Remove every live entry about ``word`` (of ``kind`` if given) at both levels; the removed entries."""
        key = fold(_nfc(word.strip()))
        removed: list[Entry] = []

        def plan() -> list[tuple[bool, Record]]:
            planned = []
            for level, own in ((self._own, True), (self._shared, False)):
                for key_kind, op in ((WORD_KEY, OP_REMOVE_WORD), (CORRECTION_KEY, OP_REMOVE_CORRECTION)):
                    record = level.index.live((key_kind, key))
                    if record is None or (kind is not None and _KINDS[record.op] != kind):
                        continue
                    removed.append(_entry(record, LEVEL_OWN if own else LEVEL_SHARED))
                    planned.append((own, self._record(level, op, record.subject, "", "", {})))
            return planned

        self._write(plan)
        return removed

    def import_items(self, items: Iterable[Item], note: str = "") -> ImportResult:
        """Add many words and corrections in one write; entries already there unchanged are skipped."""
        note = clean_note(note)
        cleaned = [(clean_word(w), None) if r is None else clean_correction(w, r) for w, r in items]
        added = 0

        def plan() -> list[tuple[bool, Record]]:
            nonlocal added
            overlay: dict[tuple[str, ...], Record] = {}
            planned: list[tuple[bool, Record]] = []
            for word, right in cleaned:
                before = len(planned)
                if right is None:
                    planned += self._plan_word(word, note, overlay)
                else:
                    planned += self._plan_correction(word, right, note, overlay)
                for own, record in planned[before:]:
                    overlay[(LEVEL_OWN if own else LEVEL_SHARED, *record.key)] = record
                added += any(r.op in (OP_ACCEPT, OP_CORRECT) for _, r in planned[before:])
            return planned

        self._write(plan)
        return ImportResult(added=added, unchanged=len(cleaned) - added)

    def import_file(self, path: str | Path, note: str = "") -> ImportResult:
        return self.import_items(read_word_list(path), note)

    def export_file(self, path: str | Path) -> int:
        """Write the accepted words and corrections as a plain list; the number of lines written."""
        current = self.entries()
        words = sorted({e.word for e in current if e.kind == KIND_WORD})
        corrections = sorted({(e.word, e.right or "") for e in current if e.kind == KIND_CORRECTION})
        try:
            files.write_atomically(Path(path), format_word_list(words, corrections).encode("utf-8"))
        except OSError as exc:
            raise MinutesDeskError(f"{path}: kunde inte skrivas ({exc.strerror or exc})") from None
        return len(words) + len(corrections)

    # -- internals -------------------------------------------------------------------------------

    def _plan_word(self, word: str, note: str, overlay: dict) -> list[tuple[bool, Record]]:
        key = fold(word)
        planned: list[tuple[bool, Record]] = []
        current = self._current(self._shared, LEVEL_SHARED, (WORD_KEY, key), overlay)
        if current is None or current.op != OP_ACCEPT or current.subject != word or current.note != note:
            planned.append((False, self._record(self._shared, OP_ACCEPT, word, "", note, overlay)))
        # Accepting a word contradicts a correction of it and the user's own "wrong" mark.
        correction = self._current(self._shared, LEVEL_SHARED, (CORRECTION_KEY, key), overlay)
        if correction is not None:
            planned.append((False, self._record(self._shared, OP_REMOVE_CORRECTION, word, "", "", overlay)))
        own = self._current(self._own, LEVEL_OWN, (WORD_KEY, key), overlay)
        if own is not None and own.op == OP_REJECT:
            planned.append((True, self._record(self._own, OP_REMOVE_WORD, word, "", "", overlay)))
        return planned

    def _plan_correction(self, wrong: str, right: str, note: str, overlay: dict) -> list[tuple[bool, Record]]:
        key = fold(wrong)
        planned: list[tuple[bool, Record]] = []
        current = self._current(self._shared, LEVEL_SHARED, (CORRECTION_KEY, key), overlay)
        if current is None or (current.subject, current.right, current.note) != (wrong, right, note):
            planned.append((False, self._record(self._shared, OP_CORRECT, wrong, right, note, overlay)))
        accepted = self._current(self._shared, LEVEL_SHARED, (WORD_KEY, key), overlay)
        if accepted is not None and accepted.op == OP_ACCEPT:
            planned.append((False, self._record(self._shared, OP_REMOVE_WORD, wrong, "", "", overlay)))
        return planned

    @staticmethod
    def _current(level: Level, level_name: str, key: tuple[str, str], overlay: dict) -> Record | None:
        record = overlay.get((level_name, *key)) or level.index.winners.get(key)
        return None if record is None or record.is_tombstone else record

    def _record(self, level: Level, op: str, subject: str, right: str, note: str, overlay: dict) -> Record:
        """A new record stamped later than whatever it replaces, even if this machine's clock is behind."""
        key = (WORD_KEY if op in (OP_ACCEPT, OP_REJECT, OP_REMOVE_WORD) else CORRECTION_KEY, fold(subject))
        level_name = LEVEL_OWN if level is self._own else LEVEL_SHARED
        moment = max(datetime.now(UTC).replace(tzinfo=None), self._last_time + timedelta(microseconds=1))
        replaced = overlay.get((level_name, *key)) or level.index.winners.get(key)
        if replaced is not None and replaced.time >= moment.strftime(TIME_FORMAT):
            try:
                moment = datetime.strptime(replaced.time, TIME_FORMAT) + timedelta(microseconds=1)
            except (ValueError, OverflowError):
                log.warning("posten ”%s” har en ogiltig tid (%s); ändringen får nuvarande tid", subject, replaced.time)
        self._last_time = moment
        return Record(moment.strftime(TIME_FORMAT), self.user, op, subject, right, note)

    def _write(self, plan: Callable[[], list[tuple[bool, Record]]]) -> None:
        """Plan the records (own level: True) and append them, all under the file lock.

        Every change in this process and in others on this machine holds that lock, so the plan
        sees the index it changes; readers in other threads are kept out only while it is merged.
        """
        with self._locked():
            planned = plan()
            if not planned:
                return
            own = b"".join(encode(r) for is_own, r in planned if is_own)
            shared = b"".join(encode(r) for is_own, r in planned if not is_own)
            try:
                files.append_lines(self._own_path, own, header_line(self.user, self._machine), private=True)
                files.append_lines(self._outbox, shared, private=True)
            except OSError as exc:
                raise MinutesDeskError(f"ordlistan kunde inte sparas ({exc.strerror or exc})") from None
            error = self._exchange() if shared and self.shared_dir else self._status.error
            self.refresh()
            self._set_status(error)

    def _exchange(self) -> str | None:
        """Flush the outbox to our file in the folder and mirror the folder; an error message or None."""
        assert self.shared_dir is not None and self._mirror is not None
        folder = self.shared_dir
        try:
            if not folder.is_dir():
                return f"den delade mappen {folder} nås inte; ändringarna sparas lokalt och skickas senare"
            names = _dictionary_files(folder)
            known = {p.name for p in self._mirror.glob(f"*{SUFFIX}")} if self._mirror.is_dir() else set()
            if known and not names & known:
                # An unmounted network drive often shows as an empty folder: keep the local copy.
                return f"den delade mappen {folder} är tom; är den ansluten? Ändringarna sparas lokalt"
            pending = self._outbox.read_bytes() if self._outbox.exists() else b""
            pending = files.complete_part(pending)
            if pending:
                own_file = folder / f"{_safe_name(self.user)}.{self._machine}{SUFFIX}"
                files.append_lines(own_file, pending, header_line(self.user, self._machine))
                names = _dictionary_files(folder)
            self._mirror.mkdir(parents=True, exist_ok=True)
            for name in sorted(names):
                files.copy_new_bytes(folder / name, self._mirror / name)
            for stale in known - names:
                (self._mirror / stale).unlink()
            if pending:
                files.truncate(self._outbox)
        except OSError as exc:
            log.warning("delade ordlistan: %s", exc)
            return f"den delade mappen {folder} kunde inte användas ({exc.strerror or exc}); ändringarna sparas lokalt"
        return None

    def _set_status(self, error: str | None) -> None:
        configured = self.shared_dir is not None
        self._status = SyncStatus(configured, configured and error is None, self._pending(), error)

    def _pending(self) -> int:
        try:
            return files.complete_part(self._outbox.read_bytes()).count(b"\n")
        except FileNotFoundError:
            return 0

    def _deciding(self, key: str) -> Record | None:
        """The record that decides about a word: the first level with an opinion, its newest one."""
        for level in (self._own, self._shared):
            word = level.index.live((WORD_KEY, key))
            correction = level.index.live((CORRECTION_KEY, key))
            if word is not None or correction is not None:
                if word is None or (correction is not None and correction.order > word.order):
                    return correction
                return word
        return None

    def _right_forms(self) -> dict[str, str]:
        """The right-hand sides of live corrections, which count as accepted words."""
        rights = self._rights
        if rights is None:
            rights = self._rights = {
                fold(r.right): r.right
                for level in (self._shared, self._own)
                for r in level.index.winners.values()
                if r.op == OP_CORRECT
            }
        return rights

    def _entry_for(self, key_kind: str, word: str, own: bool = False) -> Entry:
        level = self._own if own else self._shared
        record = level.index.live((key_kind, fold(word)))
        assert record is not None
        return _entry(record, LEVEL_OWN if own else LEVEL_SHARED)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            with self._lock:
                yield
        except filelock.Timeout:
            raise MinutesDeskError("ordlistan används av ett annat program just nu; försök igen") from None

    def _machine_id(self) -> str:
        """Random per data directory, so two installations of one user never write the same file."""
        path = self._root / "machine-id"
        try:
            value = path.read_text("ascii").strip()
            if re.fullmatch(r"[0-9a-f]{12}", value):
                return value
        except (FileNotFoundError, UnicodeDecodeError):
            pass
        with self._locked():
            if path.exists() and re.fullmatch(r"[0-9a-f]{12}", path.read_text("ascii", "replace").strip()):
                return path.read_text("ascii").strip()
            value = secrets.token_hex(6)
            files.write_atomically(path, value.encode("ascii") + b"\n")
            return value


def _entry(record: Record, level: str) -> Entry:
    kind = _KINDS[record.op]
    return Entry(kind, record.subject, record.right if kind == KIND_CORRECTION else None, record.author, record.time, record.note, level)


def _nfc(word: str) -> str:
    """Entries are stored in NFC; text from PDFs or macOS may spell ö as o + combining diaeresis."""
    return word if unicodedata.is_normalized("NFC", word) else unicodedata.normalize("NFC", word)


def _case_fits(word: str, form: str) -> bool:
    """Like a spell checker's dictionary: "kommun" accepts Kommun and KOMMUN, "Gyllestad" not gyllestad."""
    if word == form or word == form.upper():
        return True
    return form == form.lower() and word == form[:1].upper() + form[1:]


def _transfer_case(source: str, right: str) -> str:
    if len(source) > 1 and source.isupper():
        return right.upper()
    if source[:1].isupper() and right[:1].islower():
        return right[:1].upper() + right[1:]
    return right


def _dictionary_files(folder: Path) -> set[str]:
    with os.scandir(folder) as listing:
        return {e.name for e in listing if e.name.endswith(SUFFIX) and not e.name.startswith(".") and e.is_file()}


def _safe_name(user: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", user).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9_-]+", "-", ascii_name).strip("-")[:40] or "anvandare"


def _folder_id(folder: Path) -> str:
    return hashlib.sha256(os.path.abspath(folder).encode("utf-8", "surrogateescape")).hexdigest()[:16]
