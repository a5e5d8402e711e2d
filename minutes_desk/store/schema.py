"""Opening the database file: pragmas, schema migrations and the backup taken before them.

The schema version lives in ``PRAGMA user_version``; ``MIGRATIONS[n]`` takes a database from
version n to n + 1. Append new migrations, never edit old ones: files in the field were made by them.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from minutes_desk.errors import InputError, MinutesDeskError

_TABLES = (
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL DEFAULT '',
        encoding TEXT NOT NULL DEFAULT '',
        raw_text TEXT,
        imported_at TEXT NOT NULL
    )""",
    """CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        file_name TEXT NOT NULL DEFAULT '',
        current_version INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX meetings_document ON meetings(document_id)",
    """CREATE TABLE meeting_versions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
        body TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        protocol_number TEXT NOT NULL DEFAULT '',
        date TEXT,
        date_inferred INTEGER NOT NULL DEFAULT 0,
        start TEXT,
        "end" TEXT,
        place TEXT NOT NULL DEFAULT '',
        chair TEXT NOT NULL DEFAULT '',
        secretary TEXT NOT NULL DEFAULT '',
        adjusters TEXT NOT NULL DEFAULT '[]',
        next_meeting TEXT,
        text TEXT NOT NULL DEFAULT '',
        spans TEXT NOT NULL DEFAULT '{}',
        search TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (meeting_id, version)
    )""",
    """CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES meeting_versions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('attendee', 'absent', 'guest')),
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        remote INTEGER NOT NULL DEFAULT 0,
        spans TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX participants_version ON participants(version_id, kind, position)",
    """CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES meeting_versions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        number TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        spans TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX items_version ON items(version_id, position)",
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        spans TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX decisions_item ON decisions(item_id, position)",
    """CREATE TABLE approvals (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL UNIQUE REFERENCES meeting_versions(id),
        adjusters TEXT NOT NULL,
        secretary TEXT NOT NULL,
        date TEXT NOT NULL,
        approved_by TEXT NOT NULL,
        approved_at TEXT NOT NULL,
        content_hash TEXT NOT NULL
    )""",
    """CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        what TEXT NOT NULL DEFAULT 'text',
        field TEXT NOT NULL DEFAULT 'text',
        start INTEGER,
        "end" INTEGER,
        old TEXT NOT NULL,
        new TEXT NOT NULL,
        who TEXT NOT NULL,
        at TEXT NOT NULL
    )""",
    "CREATE INDEX corrections_meeting ON corrections(meeting_id, id)",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX events_meeting ON events(meeting_id, id)",
)

_APPROVED_GUARDS = (
    # Second line of defence under Store's own checks: an approved version's content, and the
    # approval itself, cannot change even through a bug or a hand-written UPDATE.
    """CREATE TRIGGER approved_version_update BEFORE UPDATE ON meeting_versions
       WHEN OLD.status = 'approved'
       BEGIN SELECT RAISE(ABORT, 'approved version is read-only'); END""",
    """CREATE TRIGGER approved_version_delete BEFORE DELETE ON meeting_versions
       WHEN OLD.status = 'approved'
       BEGIN SELECT RAISE(ABORT, 'approved version is read-only'); END""",
    *(
        f"""CREATE TRIGGER approved_{table}_{event.lower()} BEFORE {event} ON {table}
            WHEN (SELECT status FROM meeting_versions WHERE id = {row}.version_id) = 'approved'
            BEGIN SELECT RAISE(ABORT, 'approved version is read-only'); END"""
        for table in ("participants", "items")
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))
    ),
    *(
        f"""CREATE TRIGGER approved_decisions_{event.lower()} BEFORE {event} ON decisions
            WHEN (SELECT v.status FROM items i JOIN meeting_versions v ON v.id = i.version_id
                  WHERE i.id = {row}.item_id) = 'approved'
            BEGIN SELECT RAISE(ABORT, 'approved version is read-only'); END"""
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))
    ),
    """CREATE TRIGGER approvals_update BEFORE UPDATE ON approvals
       BEGIN SELECT RAISE(ABORT, 'approvals are permanent'); END""",
    """CREATE TRIGGER approvals_delete BEFORE DELETE ON approvals
       BEGIN SELECT RAISE(ABORT, 'approvals are permanent'); END""",
)


_IGNORED_WORDS = (
    # Words the secretary told the proofreader to leave alone in one record (not content: an
    # approved record may gain them, and they are not part of what an approval signs).
    """CREATE TABLE ignored_words (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        word TEXT NOT NULL,
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, word)
    )""",
)


def _run(statements: tuple[str, ...]) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return step


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _run(_TABLES),  # 0 -> 1: documents, records in versions, approvals, corrections, events
    _run(_APPROVED_GUARDS),  # 1 -> 2: triggers that keep approved versions unchanged
    _run(_IGNORED_WORDS),  # 2 -> 3: words ignored by the proofreader, per record
]
SCHEMA_VERSION = len(MIGRATIONS)


WAL_WAIT = 15.0
"""Seconds to wait for another process that is creating the same new database file."""


def _wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL. On a new file another process may hold the lock while it does the same, and
    SQLite answers "database is locked" here without waiting (the busy timeout does not apply)."""
    deadline = time.monotonic() + WAL_WAIT
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def connect(path: Path) -> sqlite_utils.Database:
    """An open, migrated database; a file from an older schema is backed up first."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE / sqlite-utils atomic()).
        conn = sqlite3.connect(path, timeout=15, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise InputError(f"{path}: kan inte öppna databasen ({exc})") from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if _wal(conn).lower() != "wal":
            raise InputError(f"{path}: databasen kan inte använda WAL-läge")
        conn.execute("PRAGMA synchronous = FULL")
        # One statement, one snapshot: another process may create the schema between two reads.
        version, tables = conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)"
        ).fetchone()
        if version == 0 and tables:
            raise InputError(f"{path}: inte en minutes_desk-databas (den innehåller andra tabeller)")
        migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise InputError(f"{path}: inte en minutes_desk-databas ({exc})") from None
        raise InputError(f"{path}: kan inte öppna databasen ({exc})") from None
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn, execute_plugins=False)


def migrate(conn: sqlite3.Connection, path: Path | None = None, target: int = SCHEMA_VERSION) -> int:
    """Brings the schema to ``target`` in one transaction; returns the version it started from."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise MinutesDeskError(
            f"databasen har schemaversion {current}, men den här versionen av minutes_desk "
            f"känner bara till {SCHEMA_VERSION}: uppdatera programmet"
        )
    if current >= target:
        return current
    if current > 0 and path is not None:
        backup(conn, path, current)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the write lock.
        started = conn.execute("PRAGMA user_version").fetchone()[0]
        for step in MIGRATIONS[started:target]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {max(started, target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return current


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy beside the file (SQLite's online backup, so WAL content is included)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.v{version}-{stamp}-{n}.bak")
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target
