from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minutes_desk import config
from minutes_desk.errors import InputError, MinutesDeskError
from minutes_desk.model import Meeting
from minutes_desk.store import Store
from minutes_desk.store.schema import SCHEMA_VERSION, migrate
from tests.conftest import seed_path


def _pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_a_new_database_is_current_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "ny.sqlite"
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert _pragma(path, "journal_mode") == "wal"
    assert list(path.parent.glob("*.bak")) == []


def test_the_default_path_comes_from_the_environment() -> None:
    with Store.open() as store:
        store.import_file(seed_path("000"))
        assert store.path == config.db_path()
    assert config.db_path().exists()


def test_an_older_schema_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "gammal.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO documents (id, sha256, file_name, raw_text, imported_at) VALUES (1, 'abc', 'gammal.txt', 'text', 't')"
    )
    conn.execute("INSERT INTO meetings (id, document_id, file_name, created_at, updated_at) VALUES (1, 1, 'gammal.txt', 't', 't')")
    conn.execute(
        """INSERT INTO meeting_versions (meeting_id, version, body, text, created_at, updated_at)
           VALUES (1, 1, 'Gamla gruppen', 'text', 't', 't')"""
    )
    conn.close()

    with Store.open(path) as store:
        assert store.load(1).body == "Gamla gruppen"
        store.approve(1, ["A"], "B")
        with pytest.raises(sqlite3.IntegrityError):  # the triggers of migration 2 are in place
            store.db.execute("UPDATE meeting_versions SET body = 'x'")

    (backup,) = tmp_path.glob("gammal.sqlite.v1-*.bak")
    assert _pragma(backup, "user_version") == 1
    old = sqlite3.connect(backup)
    assert old.execute("SELECT body FROM meeting_versions").fetchall() == [("Gamla gruppen",)]
    assert old.execute("SELECT count(*) FROM approvals").fetchone()[0] == 0
    old.close()
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    with Store.open(path):  # already current: no second backup
        pass
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "framtid.sqlite"
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(MinutesDeskError, match="schemaversion"):
        Store.open(path)
    assert _pragma(path, "user_version") == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "inte-en-databas.sqlite"
    path.write_bytes(b"Det h\xe4r \xe4r ett protokoll, ingen databas.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(InputError, match="inte en minutes_desk-databas"):
        Store.open(path)
    assert path.read_bytes() == before


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "annat.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="andra tabeller"):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]
    conn.close()


def test_a_database_path_that_cannot_be_created_is_an_input_error(tmp_path: Path) -> None:
    blocker = tmp_path / "en-fil"
    blocker.write_text("x")
    with pytest.raises(InputError, match="kan inte öppna databasen"):
        Store.open(blocker / "minutes.sqlite")


def test_migration_3_adds_ignored_words_to_an_older_file_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=2)
    conn.close()
    with Store.open(path) as store:
        meeting_id = store.add_meeting(Meeting(text="Vi ses i Gyllestad."), raw_text="Vi ses i Gyllestad.")
        assert store.ignored_words(meeting_id) == set()
        store.ignore_word(meeting_id, "Gyllestad", user="Anna")
        store.ignore_word(meeting_id, "Gyllestad", user="Bo")  # once is enough
        store.approve(meeting_id, ["A"], "B")
        store.ignore_word(meeting_id, "ses")  # not content: allowed on an approved record
        with pytest.raises(InputError):
            store.ignore_word(meeting_id, " ")
    with Store.open(path) as store:
        assert store.ignored_words(meeting_id) == {"Gyllestad", "ses"}
    (backup,) = tmp_path.glob("v2.sqlite.v2-*.bak")
    assert _pragma(backup, "user_version") == 2
