"""The :class:`Store`: every read and write of records, justering and corrections (see the package doc)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date as Date
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from minutes_desk import config
from minutes_desk.errors import InputError, IntegrityError, MinutesDeskError, NotFoundError, ReadOnlyError
from minutes_desk.model import Approval, Meeting, SourceDocument, Status
from minutes_desk.store import rows
from minutes_desk.store.records import (
    Correction,
    Document,
    HistoryEvent,
    ImportFailure,
    ImportResult,
    MeetingSummary,
)
from minutes_desk.store.parsing import Parser, default_workers
from minutes_desk.store.schema import connect
from minutes_desk.textio import DecodedText, read_text_file

IMPORT_BATCH = 100
"""Files per transaction in :meth:`Store.import_files`: few commits (each one fsyncs), small loss on a kill."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class Store:
    """One open database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        db.conn.create_function("md_fold", 1, rows.fold, deterministic=True)

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        path = Path(path) if path is not None else config.db_path()
        return cls(connect(path), path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction, taking the write lock up front so concurrent writers queue."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise _user_facing(exc, self.path) from exc

    # -- import ---------------------------------------------------------------------------

    def import_file(self, path: str | Path) -> ImportResult:
        """Raises InputError for an unreadable file (nothing is written)."""
        (outcome,) = self.import_files([path])
        if isinstance(outcome, ImportFailure):
            raise InputError(outcome.message)
        return outcome

    def import_files(
        self,
        paths: Sequence[str | Path],
        progress: Callable[[], Any] | None = None,
        batch_size: int = IMPORT_BATCH,
        workers: int | None = None,
    ) -> list[ImportResult | ImportFailure]:
        """Imports in order; ``progress()`` is called once per file handled.

        ``workers``: processes that parse (default: one per core, up to 4, for 50 files or more).
        """
        outcomes: list[ImportResult | ImportFailure] = []
        with Parser(workers or default_workers(len(paths))) as parser:
            for start in range(0, len(paths), batch_size):
                batch: list[tuple[str, DecodedText | InputError]] = []
                for path in paths[start : start + batch_size]:
                    try:
                        batch.append((str(path), read_text_file(path)))
                    except InputError as exc:
                        batch.append((str(path), exc))
                outcomes.extend(self._import_batch(batch, parser, progress))
        return outcomes

    def import_text(
        self, text: str, file_name: str, sha256: str | None = None, encoding: str = "utf-8"
    ) -> ImportResult:
        """Text already decoded (e.g. pasted); ``sha256`` defaults to that of its UTF-8 bytes."""
        if not text.strip():
            raise InputError(f"{file_name or 'texten'}: texten är tom")
        digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
        decoded = DecodedText(text=text, encoding=encoding, sha256=digest)
        with Parser(workers=1) as parser:
            (outcome,) = self._import_batch([(file_name, decoded)], parser, None, file_name=file_name)
        assert isinstance(outcome, ImportResult)
        return outcome

    def _import_batch(
        self,
        batch: list[tuple[str, DecodedText | InputError]],
        parser: Parser,
        progress: Callable[[], Any] | None,
        file_name: str | None = None,
    ) -> list[ImportResult | ImportFailure]:
        known = self._meetings_by_sha([d.sha256 for _, d in batch if isinstance(d, DecodedText)])
        new: dict[str, str] = {}
        for _, decoded in batch:
            if isinstance(decoded, DecodedText) and decoded.sha256 not in known:
                new.setdefault(decoded.sha256, decoded.text)
        # Parsing, the slow part, runs before the write transaction (and ticks the progress).
        parsed = dict(zip(new, parser.parse_all(list(new.values()), progress)))
        if progress:
            for _ in range(len(batch) - len(new)):
                progress()
        outcomes: list[ImportResult | ImportFailure] = []
        with self._write():
            for path, decoded in batch:
                if isinstance(decoded, InputError):
                    outcomes.append(ImportFailure(path, str(decoded)))
                    continue
                # Checked again inside the transaction: another process may have imported it.
                existing = self._meetings_by_sha([decoded.sha256]).get(decoded.sha256)
                if existing is not None:
                    outcomes.append(ImportResult(existing, path, created=False))
                    continue
                name = file_name if file_name is not None else Path(path).name
                doc_id = self._insert_document(decoded.sha256, name, decoded.encoding, decoded.text)
                new_id = self._insert_meeting(doc_id, name, parsed[decoded.sha256], "imported")
                outcomes.append(ImportResult(new_id, path, created=True))
        return outcomes

    def _meetings_by_sha(self, digests: list[str]) -> dict[str, int]:
        if not digests:
            return {}
        marks = ",".join("?" * len(digests))
        found = self.db.execute(
            f"""SELECT d.sha256, MIN(m.id) FROM documents d JOIN meetings m ON m.document_id = d.id
                WHERE d.sha256 IN ({marks}) GROUP BY d.sha256""",
            digests,
        ).fetchall()
        return {sha: meeting_id for sha, meeting_id in found}

    def _insert_document(self, sha256: str, file_name: str, encoding: str, raw_text: str | None) -> int:
        row = self.db.execute("SELECT id, raw_text FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        if row:
            if row[1] is None and raw_text is not None:
                self.db.execute("UPDATE documents SET raw_text = ?, encoding = ? WHERE id = ?", (raw_text, encoding, row[0]))
            return int(row[0])
        cursor = self.db.execute(
            "INSERT INTO documents (sha256, file_name, encoding, raw_text, imported_at) VALUES (?, ?, ?, ?, ?)",
            (sha256, file_name, encoding, raw_text, _now()),
        )
        return int(cursor.lastrowid)

    def _insert_meeting(self, document_id: int, file_name: str, meeting: Meeting, kind: str) -> int:
        """``file_name`` is this record's own: the same bytes may have arrived under other names."""
        now, user = _now(), config.user_name()
        cursor = self.db.execute(
            """INSERT INTO meetings (document_id, file_name, current_version, status, created_at, updated_at)
               VALUES (?, ?, 1, 'draft', ?, ?)""",
            (document_id, file_name, now, now),
        )
        meeting_id = int(cursor.lastrowid)
        columns = rows.version_columns(meeting)
        columns.update(meeting_id=meeting_id, version=1, status="draft", created_at=now, created_by=user, updated_at=now)
        version_id = self._insert_row("meeting_versions", columns)
        rows.insert_children(self.db, version_id, meeting)
        self._event(meeting_id, 1, kind, file_name, user, now)
        return meeting_id

    def _insert_row(self, table: str, columns: dict[str, Any]) -> int:
        names = ", ".join(f'"{k}"' for k in columns)
        marks = ", ".join("?" * len(columns))
        cursor = self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(columns.values()))
        return int(cursor.lastrowid)

    def _event(self, meeting_id: int, version: int, kind: str, detail: str, user: str, at: str) -> None:
        self.db.execute(
            "INSERT INTO events (meeting_id, version, kind, at, user, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (meeting_id, version, kind, at, user, detail),
        )

    def add_meeting(
        self,
        meeting: Meeting,
        raw_text: str | None = None,
        file_name: str = "",
        sha256: str | None = None,
    ) -> int:
        """A new record from a finished Meeting; an approved one keeps its approval, if its hash holds.

        ``meeting.source`` wins over ``file_name`` and ``sha256`` (they fill in what it lacks): the
        source is part of the content an approval signs.
        """
        self._check_approval(meeting)
        with self._write():
            return self._add(meeting, raw_text, file_name, sha256)

    def import_meeting(self, meeting: Meeting, path: str = "") -> ImportResult:
        """:meth:`add_meeting` for a record arriving from a file (XML import), idempotent like text import.

        A record whose current version has the same content hash, source SHA-256, status and approval
        is already here: its id comes back with ``created=False`` and nothing is written.
        """
        self._check_approval(meeting)
        digest = self._source_digest(meeting, None, None)
        with self._write():
            existing = self._same_record(meeting, digest)
            if existing is not None:
                return ImportResult(existing, path, created=False)
            return ImportResult(self._add(meeting, None, Path(path).name, None), path, created=True)

    def _same_record(self, meeting: Meeting, digest: str) -> int | None:
        candidates = self.db.execute(
            """SELECT m.id FROM meetings m JOIN documents d ON d.id = m.document_id
               WHERE d.sha256 = ? AND m.status = ? ORDER BY m.id""",
            (digest, meeting.status.value),
        ).fetchall()
        content_hash = meeting.content_hash()
        for (meeting_id,) in candidates:
            stored = self.load(meeting_id)
            if stored.content_hash() == content_hash and stored.approval == meeting.approval:
                return int(meeting_id)
        return None

    @staticmethod
    def _check_approval(meeting: Meeting) -> None:
        if meeting.status is Status.APPROVED:
            if meeting.approval is None:
                raise IntegrityError("posten är markerad som justerad men saknar justeringsuppgifter")
            if meeting.approval.content_hash != meeting.content_hash():
                raise IntegrityError("innehållet stämmer inte med justeringens kontrollsumma: posten har ändrats")

    @staticmethod
    def _source_digest(meeting: Meeting, raw_text: str | None, sha256: str | None) -> str:
        return (
            meeting.source.sha256
            or sha256
            or hashlib.sha256((raw_text if raw_text is not None else meeting.text).encode("utf-8")).hexdigest()
        )

    def _add(self, meeting: Meeting, raw_text: str | None, file_name: str, sha256: str | None) -> int:
        """Inside a write transaction, approval already checked."""
        digest = self._source_digest(meeting, raw_text, sha256)
        name = meeting.source.file_name or file_name
        doc_id = self._insert_document(digest, name, "utf-8" if raw_text is not None else "", raw_text)
        meeting_id = self._insert_meeting(doc_id, name, meeting, "created")
        if meeting.status is Status.APPROVED:
            assert meeting.approval is not None
            if self.load(meeting_id).content_hash() != meeting.approval.content_hash:
                raise IntegrityError("posten kan inte lagras så att justeringens kontrollsumma består")
            self._record_approval(meeting_id, 1, meeting.approval)
        return meeting_id

    # -- reading --------------------------------------------------------------------------

    def list_meetings(self, search: str | None = None) -> list[MeetingSummary]:
        """Newest change first; ``search`` matches body, title, place, date, names, file name and text."""
        sql = """SELECT m.id, v.body, v.title, v.date, m.status, m.file_name, m.updated_at, m.current_version
                 FROM meetings m
                 JOIN meeting_versions v ON v.meeting_id = m.id AND v.version = m.current_version"""
        params: list[Any] = []
        if search and search.strip():
            sql += " WHERE instr(v.search, ?) > 0 OR instr(md_fold(m.file_name), ?) > 0"
            params += [rows.fold(search.strip())] * 2
        sql += " ORDER BY m.updated_at DESC, m.id DESC"
        return [MeetingSummary(*row) for row in self.db.execute(sql, params).fetchall()]

    def _meeting_row(self, meeting_id: int) -> dict[str, Any]:
        row = next(self.db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]), None)
        if row is None:
            raise NotFoundError(f"det finns ingen post med id {meeting_id}")
        return row

    def _version_row(self, meeting_id: int, version: int) -> dict[str, Any]:
        row = next(
            self.db.query(
                "SELECT * FROM meeting_versions WHERE meeting_id = ? AND version = ?", [meeting_id, version]
            ),
            None,
        )
        if row is None:
            raise NotFoundError(f"post {meeting_id} har ingen version {version}")
        return row

    def load(self, meeting_id: int, version: int | None = None) -> Meeting:
        meeting_row = self._meeting_row(meeting_id)
        version_row = self._version_row(meeting_id, version or meeting_row["current_version"])
        meeting = rows.meeting_from_rows(self.db, version_row)
        meeting.status = Status(version_row["status"])
        meeting.approval = self._approval(version_row["id"])
        (sha256,) = self.db.execute(
            "SELECT sha256 FROM documents WHERE id = ?", (meeting_row["document_id"],)
        ).fetchone()
        meeting.source = SourceDocument(file_name=meeting_row["file_name"], sha256=sha256)
        return meeting

    def current_version(self, meeting_id: int) -> int:
        return int(self._meeting_row(meeting_id)["current_version"])

    def _approval(self, version_id: int) -> Approval | None:
        row = next(self.db.query("SELECT * FROM approvals WHERE version_id = ?", [version_id]), None)
        if row is None:
            return None
        return Approval(
            adjusters=json.loads(row["adjusters"]),
            secretary=row["secretary"],
            date=row["date"],
            approved_by=row["approved_by"],
            approved_at=row["approved_at"],
            content_hash=row["content_hash"],
        )

    def document(self, meeting_id: int) -> Document:
        meeting_row = self._meeting_row(meeting_id)
        row = self.db.execute(
            "SELECT id, file_name, sha256, encoding, raw_text, imported_at FROM documents WHERE id = ?",
            (meeting_row["document_id"],),
        ).fetchone()
        return Document(*row)

    def history(self, meeting_id: int) -> list[HistoryEvent]:
        self._meeting_row(meeting_id)
        return [
            HistoryEvent(*row)
            for row in self.db.execute(
                "SELECT version, kind, at, user, detail FROM events WHERE meeting_id = ? ORDER BY id",
                (meeting_id,),
            ).fetchall()
        ]

    def corrections(self, meeting_id: int) -> list[Correction]:
        self._meeting_row(meeting_id)
        return [
            Correction(**row)
            for row in self.db.query("SELECT * FROM corrections WHERE meeting_id = ? ORDER BY id", [meeting_id])
        ]

    # -- editing --------------------------------------------------------------------------

    def _draft(self, meeting_id: int) -> dict[str, Any]:
        """The current version, which must be a draft (called inside a write transaction)."""
        meeting_row = self._meeting_row(meeting_id)
        if meeting_row["status"] == Status.APPROVED.value:
            raise ReadOnlyError(
                f"post {meeting_id} är justerad och kan inte ändras; öppna den igen först (minutes-desk reopen)"
            )
        return self._version_row(meeting_id, meeting_row["current_version"])

    def save(
        self, meeting_id: int, meeting: Meeting, corrections: Iterable[Correction] = (), user: str | None = None
    ) -> None:
        """Replaces the current draft's content (status, approval and source of ``meeting`` are ignored)."""
        now, user = _now(), user or config.user_name()
        with self._write():
            version = self._draft(meeting_id)
            columns = rows.version_columns(meeting)
            columns["updated_at"] = now
            assignments = ", ".join(f'"{k}" = ?' for k in columns)
            self.db.execute(
                f"UPDATE meeting_versions SET {assignments} WHERE id = ?", [*columns.values(), version["id"]]
            )
            rows.delete_children(self.db, version["id"])
            rows.insert_children(self.db, version["id"], meeting)
            for correction in corrections:
                self._insert_correction(meeting_id, version["version"], correction, user, now)
            self._touch(meeting_id, now)
            self._saved_event(meeting_id, version["version"], user, now)

    def _touch(self, meeting_id: int, now: str) -> None:
        self.db.execute("UPDATE meetings SET updated_at = ? WHERE id = ?", (now, meeting_id))

    def _saved_event(self, meeting_id: int, version: int, user: str, now: str) -> None:
        """Consecutive saves of one version by one user are one "saved" event (autosave would flood it)."""
        last = self.db.execute(
            "SELECT id, version, kind, user FROM events WHERE meeting_id = ? ORDER BY id DESC LIMIT 1",
            (meeting_id,),
        ).fetchone()
        if last and last[1:] == (version, "saved", user):
            self.db.execute("UPDATE events SET at = ? WHERE id = ?", (now, last[0]))
        else:
            self._event(meeting_id, version, "saved", "", user, now)

    def _insert_correction(self, meeting_id: int, version: int, c: Correction, user: str, now: str) -> Correction:
        who, at = c.who or user, c.at or now
        cursor = self.db.execute(
            """INSERT INTO corrections (meeting_id, version, what, field, start, "end", old, new, who, at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (meeting_id, version, c.what, c.field, c.start, c.end, c.old, c.new, who, at),
        )
        return Correction(
            old=c.old, new=c.new, start=c.start, end=c.end, field=c.field, what=c.what,
            who=who, at=at, id=int(cursor.lastrowid), meeting_id=meeting_id, version=version,
        )

    def log_correction(
        self,
        meeting_id: int,
        old: str,
        new: str,
        start: int | None = None,
        end: int | None = None,
        field: str = "text",
        what: str = "text",
        user: str | None = None,
    ) -> Correction:
        now = _now()
        with self._write():
            version = self._draft(meeting_id)
            correction = Correction(old=old, new=new, start=start, end=end, field=field, what=what)
            logged = self._insert_correction(meeting_id, version["version"], correction, user or config.user_name(), now)
            self._touch(meeting_id, now)
        return logged

    # -- proofreading ---------------------------------------------------------------------

    def ignored_words(self, meeting_id: int) -> set[str]:
        """Words the proofreader is told to leave alone in this record (exact spelling)."""
        self._meeting_row(meeting_id)
        return {w for (w,) in self.db.execute("SELECT word FROM ignored_words WHERE meeting_id = ?", (meeting_id,))}

    def ignore_word(self, meeting_id: int, word: str, user: str | None = None) -> None:
        """Allowed on an approved record too: it changes no content."""
        if not word or not word.strip():
            raise InputError("ange ett ord att ignorera")
        with self._write():
            self._meeting_row(meeting_id)
            self.db.execute(
                "INSERT OR IGNORE INTO ignored_words (meeting_id, word, who, at) VALUES (?, ?, ?, ?)",
                (meeting_id, word.strip(), user or config.user_name(), _now()),
            )

    def unignore_word(self, meeting_id: int, word: str) -> bool:
        """The proofreader flags ``word`` here again; False when it was not ignored. Allowed on an
        approved record, like :meth:`ignore_word`."""
        with self._write():
            self._meeting_row(meeting_id)
            cursor = self.db.execute(
                "DELETE FROM ignored_words WHERE meeting_id = ? AND word = ?", (meeting_id, word.strip())
            )
        return cursor.rowcount > 0

    # -- justering ------------------------------------------------------------------------

    def approve(
        self,
        meeting_id: int,
        adjusters: Sequence[str],
        secretary: str,
        date: str | None = None,
        user: str | None = None,
    ) -> Approval:
        """Locks the current version: records who signed off which content (its SHA-256)."""
        names = [name.strip() for name in adjusters if name and name.strip()]
        if not names:
            raise InputError("ange minst en justerare")
        if not secretary or not secretary.strip():
            raise InputError("ange sekreteraren")
        if date is None:
            date = Date.today().isoformat()
        elif not _ISO_DATE.fullmatch(date) or not _valid_date(date):
            raise InputError(f"ogiltigt datum {date!r}: skriv ÅÅÅÅ-MM-DD")
        with self._write():
            if self._meeting_row(meeting_id)["status"] == Status.APPROVED.value:
                raise ReadOnlyError(f"post {meeting_id} är redan justerad")
            version = self._draft(meeting_id)
            meeting = self.load(meeting_id)
            approval = Approval(
                adjusters=names,
                secretary=secretary.strip(),
                date=date,
                approved_by=user or config.user_name(),
                approved_at=_now(),
                content_hash=meeting.content_hash(),
            )
            self._record_approval(meeting_id, version["version"], approval)
        return approval

    def _record_approval(self, meeting_id: int, version: int, approval: Approval) -> None:
        version_id = self._version_row(meeting_id, version)["id"]
        self.db.execute(
            """INSERT INTO approvals (version_id, adjusters, secretary, date, approved_by, approved_at, content_hash)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (
                version_id,
                json.dumps(approval.adjusters, ensure_ascii=False),
                approval.secretary,
                approval.date,
                approval.approved_by,
                approval.approved_at,
                approval.content_hash,
            ),
        )
        self.db.execute("UPDATE meeting_versions SET status = 'approved' WHERE id = ?", (version_id,))
        self.db.execute(
            "UPDATE meetings SET status = 'approved', updated_at = ? WHERE id = ?", (approval.approved_at, meeting_id)
        )
        self._event(meeting_id, version, "approved", approval.content_hash, approval.approved_by, approval.approved_at)

    def reopen(self, meeting_id: int, reason: str, user: str | None = None) -> int:
        """A new draft version copied from the approved one, which stays as it was; returns its number."""
        if not reason or not reason.strip():
            raise InputError("ange ett skäl till att posten öppnas igen")
        now, user = _now(), user or config.user_name()
        with self._write():
            meeting_row = self._meeting_row(meeting_id)
            if meeting_row["status"] != Status.APPROVED.value:
                raise InputError(f"post {meeting_id} är inte justerad; den kan redan ändras")
            old = self._version_row(meeting_id, meeting_row["current_version"])
            number = old["version"] + 1
            columns = {k: v for k, v in old.items() if k not in ("id", "status", "version")}
            columns.update(version=number, status="draft", created_at=now, created_by=user, updated_at=now)
            new_id = self._insert_row("meeting_versions", columns)
            rows.copy_children(self.db, old["id"], new_id)
            self.db.execute(
                "UPDATE meetings SET current_version = ?, status = 'draft', updated_at = ? WHERE id = ?",
                (number, now, meeting_id),
            )
            self._event(meeting_id, number, "reopened", reason.strip(), user, now)
        return number


def _user_facing(exc: sqlite3.OperationalError, path: Path) -> Exception:
    """Conditions of the file or disk become one-line errors; anything else stays a bug."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return MinutesDeskError(f"{path}: databasen är upptagen av ett annat program; försök igen")
    if "full" in message or "readonly" in message or "I/O" in message:
        return MinutesDeskError(f"{path}: kan inte skriva i databasen ({message})")
    return exc


def _valid_date(value: str) -> bool:
    try:
        Date.fromisoformat(value)
    except ValueError:
        return False
    return True
