"""Structural checks of development set 9 (writer G, written blind).

These tests check the DATA only (alignment, word counts, damage rates); they never run the
engine. Each check is a function returning a list of problems (or a number), and the
*_can_fail tests feed it deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

HERE = Path(__file__).parent

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "ostersund_kdg": (15.0, 21.0),  # old_scanner
    "karlskrona_ksau": (25.0, 35.0),  # fax_copy
    "vasteras_fsg": (12.0, 18.0),  # phone_photo
    "halmstad_lg": (20.0, 26.0),  # mixed_hard
}
# word tokens (whitespace-separated gold tokens containing a letter) per gold text
GOLD_WORDS = (350, 450)


def read(name: str, kind: str) -> str:
    return (HERE / f"{name}.{kind}.txt").read_text(encoding="utf-8")


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def token_pairs(gold: str, ocr: str) -> list[tuple[str, str]]:
    return [
        (g, o)
        for gl, ol in zip(gold.split("\n"), ocr.split("\n"))
        for g, o in zip(gl.split(), ol.split())
    ]


def word_count(text: str) -> int:
    return sum(has_letter(t) for t in text.split())


def format_problems(text: str) -> list[str]:
    problems = []
    if "\r" in text:
        problems.append("CR found (must be LF only)")
    if not text.endswith("\n"):
        problems.append("no final newline")
    return problems


def alignment_problems(gold: str, ocr: str) -> list[str]:
    gl, ol = gold.split("\n"), ocr.split("\n")
    if len(gl) != len(ol):
        return [f"line count {len(gl)} != {len(ol)}"]
    problems = []
    for n, (g, o) in enumerate(zip(gl, ol), 1):
        if re.split(r"\S+", g) != re.split(r"\S+", o):
            problems.append(f"line {n}: whitespace differs")
        if len(g.split()) != len(o.split()):
            problems.append(f"line {n}: token count {len(g.split())} != {len(o.split())}")
    return problems


def nonletter_problems(gold: str, ocr: str) -> list[str]:
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if not has_letter(g) and g != o]


def damage_rate(gold: str, ocr: str) -> float:
    words = [(g, o) for g, o in token_pairs(gold, ocr) if has_letter(g)]
    return 100.0 * sum(g != o for g, o in words) / len(words)


# --- the set itself -------------------------------------------------------------------------


def test_every_pair_present_and_nothing_else() -> None:
    found = {p.name for p in HERE.glob("*.txt")}
    expected = {f"{n}.{k}.txt" for n in PAIRS for k in ("gold", "ocr")}
    assert found == expected


@pytest.mark.parametrize("name", PAIRS)
def test_utf8_lf_final_newline(name: str) -> None:
    for kind in ("gold", "ocr"):
        assert format_problems(read(name, kind)) == []


@pytest.mark.parametrize("name", PAIRS)
def test_alignment(name: str) -> None:
    assert alignment_problems(read(name, "gold"), read(name, "ocr")) == []


@pytest.mark.parametrize("name", PAIRS)
def test_gold_word_count(name: str) -> None:
    low, high = GOLD_WORDS
    assert low <= word_count(read(name, "gold")) <= high


@pytest.mark.parametrize("name", PAIRS)
def test_damage_rate_in_band(name: str) -> None:
    low, high = PAIRS[name]
    assert low <= damage_rate(read(name, "gold"), read(name, "ocr")) <= high


@pytest.mark.parametrize("name", PAIRS)
def test_tokens_without_letters_unchanged(name: str) -> None:
    assert nonletter_problems(read(name, "gold"), read(name, "ocr")) == []


@pytest.mark.parametrize("name", PAIRS)
def test_ocr_differs_from_gold(name: str) -> None:
    assert read(name, "gold") != read(name, "ocr")


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_format_check_can_fail() -> None:
    assert format_problems("rad\r\n")
    assert format_problems("rad")


def test_alignment_check_can_fail() -> None:
    assert alignment_problems(GOLD, "Nämnden beslutar\n")  # line lost
    assert alignment_problems(GOLD, "Nämnden  beslutar\nkl. 10.00 § 5 bifall\n")  # space added
    assert alignment_problems(GOLD, "Nämnden\tbeslutar\nkl. 10.00 § 5 bifall\n")  # tab for space
    assert alignment_problems(GOLD, "Nämndenbeslutar\nkl. 10.00 § 5 bifall\n")  # tokens merged


def test_nonletter_check_can_fail() -> None:
    assert nonletter_problems(GOLD, "Nämnden beslutar\nkl. 10.0O § 5 bifall\n")
    assert nonletter_problems(GOLD, "Nämnden beslutar\nkl. 10.00 $ 5 bifall\n")


def test_damage_rate_can_leave_band() -> None:
    assert damage_rate(GOLD, GOLD) == 0.0
    assert damage_rate(GOLD, "Namnden beslutar\nkI. 10.00 § 5 bifal1\n") == 75.0


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert word_count(GOLD) == 4
    assert not low <= word_count(GOLD)
