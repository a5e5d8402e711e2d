from __future__ import annotations

import codecs

import pytest

from minutes_desk.errors import InputError
from minutes_desk.textio import MAX_BYTES, decode_bytes, read_text_file

SAMPLE = "Frånvarande: Åsa Öberg, Södertälje\nNästa möte kl 9.45\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),
        SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),
        SAMPLE.encode("latin-1"),
        SAMPLE.replace("\n", "\r\n").encode("utf-8"),
        SAMPLE.replace("\n", "\r\n").encode("cp1252"),
    ],
)
def test_every_office_encoding_gives_the_same_text(data: bytes) -> None:
    assert decode_bytes(data).text == SAMPLE


@pytest.mark.parametrize("data", [b"", b"  \n\t ", bytes(range(256)) * 20, b"\x00\x01\x02\x03" * 100])
def test_empty_and_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError):
        decode_bytes(data, "x.txt")


def test_oversized_file_is_refused_before_reading(tmp_path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="för stor"):
        read_text_file(big)


def test_missing_file_and_directory_are_clear_errors(tmp_path) -> None:
    with pytest.raises(InputError, match="finns inte"):
        read_text_file(tmp_path / "nej.txt")
    with pytest.raises(InputError, match="mapp"):
        read_text_file(tmp_path)


def test_hash_is_of_the_bytes() -> None:
    import hashlib

    data = SAMPLE.encode("cp1252")
    assert decode_bytes(data).sha256 == hashlib.sha256(data).hexdigest()


def test_decomposed_letters_are_composed() -> None:
    import unicodedata

    from minutes_desk.textio import decode_bytes

    decoded = decode_bytes(unicodedata.normalize("NFD", "Mötet i Timrå\r\n").encode("utf-8"))
    assert decoded.text == "Mötet i Timrå\n" and len(decoded.text) == 14


def test_utf8_once_read_as_windows_1252_is_repaired() -> None:
    text = "Nämnden beslutade att godkänna förslaget om övningar på Åland.\n"
    twice = text.encode("utf-8").decode("cp1252").encode("utf-8")  # "NÃ¤mnden": saved again as UTF-8
    decoded = decode_bytes(twice)
    assert decoded.text == text and "dubbelkodad" in decoded.encoding
    ocr = "Sédertérn och 6vriga frågor, kI 13.00 – ”citat”.\n"  # OCR damage and typography stay
    assert decode_bytes(ocr.encode("utf-8")).text == ocr
