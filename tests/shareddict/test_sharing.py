"""Several users over one folder: convergence, offline work, damaged files."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

from minutes_desk.shareddict import files
from minutes_desk.shareddict.lineformat import OP_CORRECT, Record, encode, header_line
from minutes_desk.shareddict import CorrectionsDictionary
from tests.shareddict.helpers import shared_files, user


def test_each_user_appends_only_to_a_file_of_their_own(tmp_path: Path) -> None:
    anna, anna_laptop, bo = user(tmp_path, "Anna Älv"), user(tmp_path, "Anna Älv", machine="-laptop"), user(tmp_path, "bo")
    anna.add_word("Gyllestad")
    anna_laptop.add_word("Hössna")
    bo.add_word("Dalum")
    names = [p.name for p in shared_files(tmp_path / "share")]
    assert len(names) == 3
    assert sum(n.startswith("anna-alv.") for n in names) == 2 and any(n.startswith("bo.") for n in names)


def test_two_users_changing_the_same_correction_get_the_same_outcome_everywhere(tmp_path: Path) -> None:
    anna, bo, cecilia = user(tmp_path, "anna"), user(tmp_path, "bo"), user(tmp_path, "cecilia")
    anna.add_correction("Sodertilje", "Södertälje")
    bo.sync()
    bo.add_correction("Sodertilje", "Södertelge")  # bo changes it after seeing anna's
    anna.add_correction("sodertilje", "Södertälje", note="kommunens stavning")  # and anna, without syncing first
    outcomes = {d.sync() and d.correction("Sodertilje") for d in (anna, bo, cecilia)}
    assert len(outcomes) == 1
    assert [e.to_dict() for e in anna.entries()] == [e.to_dict() for e in bo.entries()] == [e.to_dict() for e in cecilia.entries()]


def test_equal_times_are_broken_by_author_the_same_way_on_every_machine(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    stamp = "2026-03-01T09:30:00.000000Z"
    for author, right in (("bo", "Södertelge"), ("anna", "Södertälje")):
        body = header_line(author, "0123456789ab") + encode(Record(stamp, author, OP_CORRECT, "Sodertilje", right))
        (share / f"{author}.0123456789ab.mdict").write_bytes(body)
    first = user(tmp_path, "david").correction("Sodertilje")
    os.rename(share / "bo.0123456789ab.mdict", share / "zz-bo.0123456789ab.mdict")  # read in another order
    assert first == "Södertelge" == user(tmp_path, "erik").correction("Sodertilje")


def test_an_edit_wins_over_what_it_replaces_even_with_a_clock_behind(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    future = Record("2099-01-01T00:00:00.000000Z", "fel-klocka", OP_CORRECT, "Sodertilje", "Sodertelje")
    (share / "fel-klocka.0123456789ab.mdict").write_bytes(encode(future))
    anna = user(tmp_path, "anna")
    anna.add_correction("Sodertilje", "Södertälje")
    assert user(tmp_path, "bo").correction("Sodertilje") == "Södertälje"


def test_offline_changes_are_kept_locally_and_reach_the_folder_when_it_is_back(tmp_path: Path) -> None:
    share, away = tmp_path / "share", tmp_path / "share-unmounted"
    anna, bo = user(tmp_path, "anna"), user(tmp_path, "bo")
    bo.add_word("Dalum")
    anna.sync()
    share.rename(away)  # the network drive is gone

    status = anna.sync()
    assert status.configured and not status.online and "nås inte" in (status.error or "")
    assert anna.verdict("Dalum") is True  # the local copy serves
    anna.add_word("Gyllestad")
    anna.add_correction("Sodertilje", "Södertälje")
    assert anna.status.pending == 2 and not anna.status.online
    assert anna.verdict("Gyllestad") is True and anna.correction("Sodertilje") == "Södertälje"
    reopened = CorrectionsDictionary.open(share, "anna", tmp_path / "machines" / "anna")  # a restart offline
    assert reopened.verdict("Gyllestad") is True and reopened.verdict("Dalum") is True

    away.rename(share)
    status = reopened.sync()
    assert status.online and status.pending == 0
    bo.sync()
    assert bo.verdict("Gyllestad") is True and bo.correction("Sodertilje") == "Södertälje"


def test_an_empty_mount_point_does_not_wipe_the_local_copy(tmp_path: Path) -> None:
    share, away = tmp_path / "share", tmp_path / "share-unmounted"
    user(tmp_path, "bo").add_word("Dalum")
    anna = user(tmp_path, "anna")
    share.rename(away)
    share.mkdir()  # the drive is not mounted: its mount point is an empty folder
    anna.add_word("Gyllestad")
    assert "tom" in (anna.status.error or "") and anna.status.pending == 1
    assert anna.verdict("Dalum") is True and list(share.iterdir()) == []
    share.rmdir()
    away.rename(share)
    assert anna.sync().online and user(tmp_path, "bo").verdict("Gyllestad") is True


def test_a_read_only_folder_keeps_changes_in_the_outbox(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        share = tmp_path / "share"
        anna = user(tmp_path, "anna")
        share.rmdir()
        share.write_text("not a folder")  # root ignores permissions; a file in its place fails the same way
    else:
        anna = user(tmp_path, "anna")
        (tmp_path / "share").chmod(0o555)
    anna.add_word("Gyllestad")
    assert not anna.status.online and anna.status.pending == 1 and anna.verdict("Gyllestad") is True


def test_a_corrupt_or_half_written_line_in_someones_file_is_skipped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    anna = user(tmp_path, "anna")
    anna.import_items([(f"ord{i}", None) for i in range(5)])
    (path,) = shared_files(tmp_path / "share")
    data = bytearray(path.read_bytes())
    second = data.index(b"ord1")
    data[second] = ord("x")  # one damaged line in the middle
    path.write_bytes(bytes(data) + encode(Record("2026-03-01T09:30:00.000000Z", "anna", "accept", "halv"))[:25])
    with caplog.at_level(logging.WARNING):
        bo = user(tmp_path, "bo")
    assert sorted(e.word for e in bo.entries()) == ["ord0", "ord2", "ord3", "ord4"]
    assert "trasig" in caplog.text and path.name in caplog.text


def test_a_file_removed_from_the_folder_disappears_from_everyones_view(tmp_path: Path) -> None:
    anna, bo = user(tmp_path, "anna"), user(tmp_path, "bo")
    anna.add_word("Gyllestad")
    bo.add_word("Dalum")
    anna.sync()
    assert len(anna.entries()) == 2
    for path in shared_files(tmp_path / "share"):
        if path.name.startswith("bo."):
            path.unlink()
    anna.sync()
    assert [e.word for e in anna.entries()] == ["Gyllestad"]


def test_files_other_than_dictionaries_in_the_folder_are_ignored(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "protokoll.docx").write_bytes(b"PK\x03\x04" + os.urandom(500))
    (share / "undermapp.mdict").mkdir()
    shutil.copy(__file__, share / "notes.txt")
    anna = user(tmp_path, "anna")
    anna.add_word("Gyllestad")
    assert anna.status.online and [e.word for e in anna.entries()] == ["Gyllestad"]


def test_a_flush_repeated_after_a_crash_only_duplicates_harmlessly(tmp_path: Path) -> None:
    anna = user(tmp_path, "anna")
    anna.add_word("Gyllestad")
    (path,) = shared_files(tmp_path / "share")
    body = path.read_bytes().split(b"\n", 1)[1]
    files.append_lines(path, body)  # the same lines again, as after a crash before the outbox was emptied
    assert [e.word for e in user(tmp_path, "bo").entries()] == ["Gyllestad"]


def test_an_oversized_file_in_the_folder_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    user(tmp_path, "anna").add_word("Gyllestad")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 10_000)
    (tmp_path / "share" / "jatte.0123456789ab.mdict").write_bytes(files.encode_all(
        Record(f"2026-03-01T09:30:00.{i:06d}Z", "jätte", "accept", f"ord{i}") for i in range(500)
    ))
    bo = user(tmp_path, "bo")
    assert [e.word for e in bo.entries()] == ["Gyllestad"] and bo.status.online
    assert "för stor" in caplog.text


def test_an_entry_stamped_at_the_end_of_time_does_not_break_editing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    share = tmp_path / "share"
    share.mkdir()
    last = Record("9999-12-31T23:59:59.999999Z", "trasig-klocka", OP_CORRECT, "Sodertilje", "Sodertelje")
    (share / "trasig.0123456789ab.mdict").write_bytes(encode(last))
    anna = user(tmp_path, "anna")
    anna.add_correction("Sodertilje", "Södertälje")
    assert "ogiltig tid" in caplog.text and anna.correction("Sodertilje") == "Sodertelje"


def test_opening_without_sync_reads_the_local_copy_only(tmp_path: Path) -> None:
    user(tmp_path, "bo").add_word("Dalum")
    user(tmp_path, "anna")  # anna's machine has seen Dalum
    user(tmp_path, "bo").add_word("Gyllestad")
    quick = CorrectionsDictionary.open(tmp_path / "share", "anna", tmp_path / "machines" / "anna", sync=False)
    assert [e.word for e in quick.entries()] == ["Dalum"] and not quick.status.online
    assert quick.sync().online and [e.word for e in quick.entries()] == ["Dalum", "Gyllestad"]


def test_the_engine_thread_can_read_while_the_app_writes_and_rebuilds(tmp_path: Path) -> None:
    anna, bo = user(tmp_path, "anna"), user(tmp_path, "bo")
    bo.import_items([(f"ord{i}", f"rätt{i}") for i in range(3000)])
    anna.sync()
    failures: list[BaseException] = []
    stop = threading.Event()

    def engine_worker() -> None:
        try:
            while not stop.is_set():
                for i in range(0, 3000, 7):
                    anna.verdict(f"okänt{i}")  # no entry: goes on to the right-hand sides of corrections
                    anna.correction(f"fel{i}")
        except BaseException as exc:  # noqa: BLE001 - any failure in the thread fails the test
            failures.append(exc)

    worker = threading.Thread(target=engine_worker)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, so a missing lock shows
    worker.start()
    try:
        for i in range(20):
            anna.add_correction(f"fel{i}", f"rätt{i}")
        for path in shared_files(tmp_path / "share"):
            if path.name.startswith("bo."):
                path.unlink()  # forces a full rebuild of anna's shared level
        anna.sync()
    finally:
        stop.set()
        worker.join()
        sys.setswitchinterval(interval)
    assert failures == []
    assert anna.verdict("rätt100") is None and anna.correction("fel19") == "rätt19"


def test_a_background_sync_and_writes_from_the_ui_thread_do_not_collide(tmp_path: Path) -> None:
    anna, bo = user(tmp_path, "anna"), user(tmp_path, "bo")
    failures: list[BaseException] = []
    stop = threading.Event()

    def background_sync() -> None:
        try:
            while not stop.is_set():
                anna.sync()
        except BaseException as exc:  # noqa: BLE001 - any failure in the thread fails the test
            failures.append(exc)

    worker = threading.Thread(target=background_sync)
    worker.start()
    try:
        for i in range(40):
            anna.add_word(f"ord{i}")
            bo.add_correction(f"fel{i}", f"rätt{i}")
    finally:
        stop.set()
        worker.join()
    assert failures == []
    anna.sync()
    assert len(anna) == 80 and len(user(tmp_path, "cecilia")) == 80
