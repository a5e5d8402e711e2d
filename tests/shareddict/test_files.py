from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest

from minutes_desk.shareddict import files
from minutes_desk.shareddict.lineformat import OP_ACCEPT, Record, encode, header_line


def _records(n: int, author: str = "anna") -> list[Record]:
    return [Record(f"2026-03-01T09:30:00.{i:06d}Z", author, OP_ACCEPT, f"ord{i}") for i in range(n)]


def test_appends_create_the_file_with_a_header_and_chunk_large_writes(tmp_path: Path) -> None:
    path = tmp_path / "anna.mdict"
    data = files.encode_all(_records(3000))
    assert len(data) > files.CHUNK_BYTES
    files.append_lines(path, data, header_line("anna", "0123456789ab"))
    files.append_lines(path, files.encode_all(_records(1)), header_line("anna", "0123456789ab"))
    raw = path.read_bytes()
    assert raw.count(b"#minutes-desk-dict") == 1
    records, tail = files.read_tail(path, None)
    assert len(records) == 3001 and tail.consumed == len(raw)


def test_a_torn_last_line_is_skipped_with_a_warning_and_closed_off_by_the_next_append(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bo.mdict"
    whole = encode(_records(1)[0])
    path.write_bytes(whole + whole[:20])  # killed in the middle of the second line
    records, tail = files.read_tail(path, None)
    assert len(records) == 1 and tail.consumed == len(whole)  # the partial line waits, unread

    files.append_lines(path, encode(_records(2)[1]))
    with caplog.at_level(logging.WARNING):
        records, tail = files.read_tail(path, tail)
    assert [r.subject for r in records] == ["ord1"]
    assert "1 trasig(a) rad(er)" in caplog.text and "rad 2" in caplog.text


def test_a_file_of_garbage_reads_as_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "x.mdict"
    path.write_bytes(bytes(range(256)) * 40 + b"\n")
    records, _ = files.read_tail(path, None)
    assert records == [] and "trasig" in caplog.text


def test_a_file_from_a_newer_version_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "ny.mdict"
    path.write_bytes(b"#minutes-desk-dict\t2\tny\tabc\n" + files.encode_all(_records(2)))
    records, _ = files.read_tail(path, None)
    assert records == [] and "nyare version" in caplog.text


def test_read_tail_notices_a_replaced_or_shrunk_file(tmp_path: Path) -> None:
    path = tmp_path / "a.mdict"
    path.write_bytes(files.encode_all(_records(5)))
    _, tail = files.read_tail(path, None)
    path.write_bytes(files.encode_all(_records(2)))
    assert files.read_tail(path, tail) is None


def test_copy_new_bytes_appends_only_complete_lines_and_recopies_a_replaced_source(tmp_path: Path) -> None:
    source, copy = tmp_path / "src.mdict", tmp_path / "copy.mdict"
    lines = files.encode_all(_records(4))
    source.write_bytes(lines[:-5])  # the last line is still being written
    assert files.copy_new_bytes(source, copy)
    assert copy.read_bytes() == files.complete_part(lines[:-5])
    source.write_bytes(lines)
    assert files.copy_new_bytes(source, copy)
    assert copy.read_bytes() == lines
    assert not files.copy_new_bytes(source, copy)
    other = files.encode_all(_records(6, author="bo"))
    source.write_bytes(other)
    assert files.copy_new_bytes(source, copy)
    assert copy.read_bytes() == other


def test_a_private_file_has_its_torn_line_cut_off_instead(tmp_path: Path) -> None:
    path = tmp_path / "outbox.mdict"
    whole = encode(_records(1)[0])
    path.write_bytes(whole + whole[:20])
    files.append_lines(path, encode(_records(2)[1]), private=True)
    assert path.read_bytes() == whole + encode(_records(2)[1])


def test_random_damage_never_breaks_reading_and_spares_the_untouched_lines(tmp_path: Path) -> None:
    rng = random.Random(2026)
    lines = [encode(r) for r in _records(200)]
    for round_ in range(60):
        damaged = set(rng.sample(range(len(lines)), 5))
        out = []
        for i, line in enumerate(lines):
            if i in damaged:
                cut = rng.randrange(1, len(line) - 1)
                out.append(rng.choice([
                    line[:cut] + bytes([line[cut] ^ (1 << rng.randrange(8))]) + line[cut + 1 :],  # a flipped bit
                    line[:cut] + b"\n",  # torn and closed off
                    line[:cut] + b"\x00" * 7 + line[cut:],  # a sync client's zero-filled gap
                    line[:cut] + b"\xff\xfe" + line[cut:],  # not UTF-8
                ]))
            else:
                out.append(line)
        path = tmp_path / f"round{round_}.mdict"
        path.write_bytes(b"".join(out) + lines[0][: rng.randrange(len(lines[0]))])
        records, _ = files.read_tail(path, None)
        intact = {f"ord{i}" for i in range(len(lines)) if i not in damaged}
        assert intact <= {r.subject for r in records} <= {f"ord{i}" for i in range(len(lines))}
