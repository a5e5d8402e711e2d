from __future__ import annotations

from minutes_desk.shareddict.lineformat import (
    OP_ACCEPT,
    OP_CORRECT,
    OP_REMOVE_CORRECTION,
    Record,
    decode,
    encode,
    header_line,
    header_version,
)

STAMP = "2026-03-01T09:30:00.000001Z"


def test_round_trip_keeps_tabs_newlines_and_backslashes_in_fields() -> None:
    record = Record(STAMP, "Åsa\tÖ", OP_CORRECT, "Sodertilje", "Södertälje", "rad 1\nrad 2 \\ slut\r")
    line = encode(record)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line[:-1]) == record


def test_key_is_case_folded_and_separates_words_from_corrections() -> None:
    accept = Record(STAMP, "a", OP_ACCEPT, "Gyllestad")
    correct = Record(STAMP, "a", OP_CORRECT, "GYLLESTAD", "x")
    removal = Record(STAMP, "a", OP_REMOVE_CORRECTION, "gyllestad")
    assert accept.key == ("w", "gyllestad")
    assert correct.key == removal.key == ("c", "gyllestad")
    assert removal.is_tombstone and not correct.is_tombstone


def test_damaged_lines_are_refused() -> None:
    line = encode(Record(STAMP, "anna", OP_ACCEPT, "Gyllestad"))[:-1]
    assert decode(line) is not None
    assert decode(line[:-3]) is None  # torn
    assert decode(line.replace(b"Gyll", b"Gyli")) is None  # a changed byte
    assert decode(b"") is None
    assert decode(b"\xff\xfe\x00garbage\t12345678") is None
    assert decode(b"\t".join([b"x"] * 7)) is None


def test_header_declares_the_version() -> None:
    header = header_line("anna", "0123456789ab")
    assert header.startswith(b"#minutes-desk-dict\t1\t")
    assert header_version(header) == 1
    assert header_version(b"2026-03-01T09:30:00.000001Z\tanna") is None
