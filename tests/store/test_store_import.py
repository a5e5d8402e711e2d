from __future__ import annotations

import codecs
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_desk import config
from minutes_desk.errors import InputError
from minutes_desk.model import Status
from minutes_desk.store import ImportFailure, ImportResult, Store
from minutes_desk.store.parsing import PARALLEL_FROM, default_workers
from minutes_desk.textio import MAX_BYTES, read_text_file
from tests.conftest import PROJECT_ROOT, seed_path

SEEDS = ("000", "001", "002", "003", "004")


def _counts(path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "meetings", "meeting_versions", "events")
        )
    finally:
        conn.close()


def test_imports_all_five_seeds_with_their_text_and_hash(store: Store) -> None:
    results = store.import_files([seed_path(s) for s in SEEDS])
    assert [r.created for r in results] == [True] * 5
    assert len({r.id for r in results}) == 5
    for seed, result in zip(SEEDS, results):
        raw = seed_path(seed).read_bytes()
        meeting = store.load(result.id)
        assert meeting.status is Status.DRAFT
        assert meeting.text == raw.decode("utf-8").replace("\r\n", "\n")
        assert meeting.source.file_name == seed_path(seed).name
        document = store.document(result.id)
        assert document.raw_text == meeting.text
        assert document.encoding == "utf-8"
        assert meeting.source.sha256 == document.sha256
    assert sorted(s.id for s in store.list_meetings()) == sorted(r.id for r in results)
    assert [e.kind for e in store.history(results[0].id)] == ["imported"]


def test_the_same_bytes_twice_give_the_existing_record(store: Store, tmp_path: Path) -> None:
    first = store.import_file(seed_path("000"))
    copy = tmp_path / "kopia med annat namn.txt"
    copy.write_bytes(seed_path("000").read_bytes())
    again = store.import_file(seed_path("000"))
    renamed = store.import_file(copy)
    assert first.created and not again.created and not renamed.created
    assert first.id == again.id == renamed.id
    assert _counts(config.db_path())[:2] == (1, 1)


def test_duplicates_inside_one_batch_import_once(store: Store) -> None:
    results = store.import_files([seed_path("001"), seed_path("002"), seed_path("001")])
    assert [r.created for r in results] == [True, True, False]
    assert results[0].id == results[2].id
    assert len(store.list_meetings()) == 2


def test_the_same_text_in_another_encoding_is_another_document(store: Store, tmp_path: Path) -> None:
    text = seed_path("003").read_text(encoding="utf-8")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.encode("cp1252"))
    a, b, c = store.import_files([seed_path("003"), utf16, latin])
    assert a.id != b.id != c.id
    assert store.load(b.id).text == store.load(c.id).text == text.replace("\r\n", "\n")
    assert store.document(c.id).encoding == "cp1252"
    assert "ö" in store.load(c.id).text


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "blank": b" \n\n\t ",
        "binary": bytes(range(256)) * 40,
        "bad-utf16": codecs.BOM_UTF16_LE + b"\x00\xd8a",
    }
    paths = {}
    for name, data in files.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_bytes(data)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(MAX_BYTES + 1)  # sparse: the size is refused before reading
    paths["huge"] = huge
    paths["missing"] = tmp_path / "finns-inte.txt"
    paths["directory"] = tmp_path
    return paths


def test_every_bad_file_is_one_input_error_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    store.import_file(seed_path("000"))
    before = _counts(config.db_path())
    for name, path in _bad_files(tmp_path).items():
        with pytest.raises(InputError) as raised:
            store.import_file(path)
        message = str(raised.value)
        assert "\n" not in message and path.name in message, name
    assert _counts(config.db_path()) == before


def test_a_bad_file_among_many_fails_alone(store: Store, tmp_path: Path) -> None:
    bad = _bad_files(tmp_path)
    outcomes = store.import_files([seed_path("000"), bad["binary"], seed_path("004"), bad["empty"]])
    assert [type(o) for o in outcomes] == [ImportResult, ImportFailure, ImportResult, ImportFailure]
    assert "binärfil" in outcomes[1].message
    assert "tom" in outcomes[3].message
    assert len(store.list_meetings()) == 2


def test_batches_commit_separately_and_progress_counts_every_file(store: Store, tmp_path: Path) -> None:
    paths = []
    for n in range(7):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"Minnesanteckningar {n}\nTid: kl 9.00\n", encoding="utf-8")
        paths.append(path)
    ticks = []
    outcomes = store.import_files(paths, progress=lambda: ticks.append(1), batch_size=3)
    assert len(ticks) == 7 and all(o.created for o in outcomes)
    assert _counts(config.db_path())[:2] == (7, 7)


def test_import_text_refuses_empty_text_and_deduplicates(store: Store) -> None:
    with pytest.raises(InputError):
        store.import_text("  \n", "inklistrat")
    first = store.import_text("Protokoll\nTid: 9.00", "inklistrat")
    second = store.import_text("Protokoll\nTid: 9.00", "igen")
    assert first.created and not second.created and first.id == second.id
    assert store.load(first.id).source.file_name == "inklistrat"


def test_records_survive_reopening_the_file() -> None:
    with Store.open() as store:
        result = store.import_file(seed_path("002"))
    with Store.open(config.db_path()) as store:
        assert store.load(result.id).text.startswith(seed_path("002").read_text(encoding="utf-8")[:20])
        assert store.import_file(seed_path("002")) == ImportResult(result.id, str(seed_path("002")), False)


def test_two_processes_importing_the_same_files_store_each_once(tmp_path: Path) -> None:
    paths = []
    for n in range(40):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"Protokoll {n}\nNärvarande: Anna Åberg\n", encoding="utf-8")
        paths.append(str(path))
    script = (
        "import json, sys\n"
        "from minutes_desk.store import Store\n"
        "with Store.open() as store:\n"
        "    results = store.import_files(sys.argv[1:], batch_size=10)\n"
        "print(json.dumps([{'id': r.id, 'created': r.created} for r in results]))\n"
    )
    command = [sys.executable, "-c", script, *paths]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    writers = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    outputs = [w.communicate(timeout=60)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    first, second = (json.loads(out) for out in outputs)
    assert [r["id"] for r in first] == [r["id"] for r in second]
    assert sum(r["created"] for r in first + second) == 40
    assert _counts(config.db_path())[:2] == (40, 40)


def test_parsing_in_worker_processes_gives_the_same_records(store: Store, tmp_path: Path) -> None:
    from minutes_desk.parser import parse

    paths = [seed_path(s) for s in SEEDS]
    for n in range(PARALLEL_FROM):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(f"Minnesanteckningar {n}\nPlats: Rum {n}\nNärvarande: Anna Åberg\n", encoding="utf-8")
    assert default_workers(len(paths)) == min(os.cpu_count() or 1, 4)
    results = store.import_files(paths, workers=2, batch_size=20)
    for path, result in zip(paths[:5] + paths[-2:], results[:5] + results[-2:]):
        expected = parse(read_text_file(path).text)
        loaded = store.load(result.id)
        assert loaded.to_dict() == {**expected.to_dict(), "source": loaded.to_dict()["source"]}
