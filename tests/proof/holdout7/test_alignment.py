"""Structural checks of the sealed holdout set 7 (writer E).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the
systematic pairs); they never run the engine. Each check is a function returning a list of
problems, and the *_can_fail tests feed it deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).parent

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "varberg_klg": (11.0, 16.0),
    "falun_csg": (27.0, 34.0),
    "norrkoping_kfn": (30.0, 38.0),
    "sundsvall_medelpad": (14.0, 20.0),
}
GOLD_WORDS = (350, 500)

ASCII_ONLY = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
SWEDISH = "åäöÅÄÖ"
SPACING = {"\u00a8a": "ä", "\u00a8o": "ö", "\u02daa": "å", "\u00a8A": "Ä", "\u00a8O": "Ö", "\u02daA": "Å"}
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl"}


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


def ascii_only_problems(gold: str, ocr: str) -> list[str]:
    """norrkoping_kfn: the OCR had no å ä ö é; each became its base letter, nothing else changed."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if g.translate(ASCII_ONLY) != o]


def pdf_layer_explains(g: str, o: str) -> bool:
    """sundsvall_medelpad: every change is a text-layer artefact, never a misread glyph."""
    if o == g:
        return True
    if o == "".join("\ufffd" if c in SWEDISH else c for c in g):
        return True
    if o == "".join(c for c in g if c not in SWEDISH):
        return True
    back = o.replace("\u00ad", "")
    for src, dst in {**SPACING, **LIGATURES}.items():
        back = back.replace(src, dst)
    return unicodedata.normalize("NFC", back) == g


def pdf_layer_problems(gold: str, ocr: str) -> list[str]:
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if not pdf_layer_explains(g, o)]


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
    assert low <= len(read(name, "gold").split()) <= high


@pytest.mark.parametrize("name", PAIRS)
def test_damage_rate_in_band(name: str) -> None:
    low, high = PAIRS[name]
    assert low <= damage_rate(read(name, "gold"), read(name, "ocr")) <= high


@pytest.mark.parametrize("name", PAIRS)
def test_tokens_without_letters_unchanged(name: str) -> None:
    assert nonletter_problems(read(name, "gold"), read(name, "ocr")) == []


def test_ascii_only_pair_follows_its_rule() -> None:
    gold, ocr = read("norrkoping_kfn", "gold"), read("norrkoping_kfn", "ocr")
    assert ascii_only_problems(gold, ocr) == []


def test_pdf_layer_pair_follows_its_rule() -> None:
    gold, ocr = read("sundsvall_medelpad", "gold"), read("sundsvall_medelpad", "ocr")
    assert pdf_layer_problems(gold, ocr) == []


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_format_check_can_fail() -> None:
    assert format_problems("rad\r\n")
    assert format_problems("rad")


def test_alignment_check_can_fail() -> None:
    assert alignment_problems(GOLD, "Nämnden beslutar\n")  # line lost
    assert alignment_problems(GOLD, "Nämnden  beslutar\nkl. 10.00 § 5 bifall\n")  # space added
    assert alignment_problems(GOLD, "Nämndenbeslutar\nkl. 10.00 § 5 bifall\n")  # tokens merged


def test_nonletter_check_can_fail() -> None:
    assert nonletter_problems(GOLD, "Nämnden beslutar\nkl. 10.0O § 5 bifall\n")
    assert nonletter_problems(GOLD, "Nämnden beslutar\nkl. 10.00 $ 5 bifall\n")


def test_damage_rate_can_leave_band() -> None:
    assert damage_rate(GOLD, GOLD) == 0.0
    assert damage_rate(GOLD, "Namnden beslutar\nkI. 10.00 § 5 bifal1\n") == 75.0


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())


def test_ascii_only_rule_can_fail() -> None:
    assert ascii_only_problems(GOLD, "Nämnden beslutar\nkl. 10.00 § 5 bifall\n")  # ä kept
    assert ascii_only_problems(GOLD, "Namnden besiutar\nkl. 10.00 § 5 bifall\n")  # misread


def test_pdf_layer_rule_can_fail() -> None:
    gold = "Nämnden fick flera yttranden\n"
    assert not pdf_layer_problems(gold, "Na\u0308mnden \ufb01ck \ufb02era ytt\u00adranden\n")
    assert pdf_layer_problems(gold, "Narnnden fick flera yttranden\n")
