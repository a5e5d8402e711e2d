"""Structural checks of the sealed holdout set 7 (writer E).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the
systematic pairs); they never run the engine. Each check is a function returning a list of
problems, and the *_can_fail tests feed it deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.proof.pair_checks import folder_tests, reader, token_pairs

HERE = Path(__file__).parent
read = reader(HERE)

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


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


def test_ascii_only_pair_follows_its_rule() -> None:
    gold, ocr = read("norrkoping_kfn", "gold"), read("norrkoping_kfn", "ocr")
    assert ascii_only_problems(gold, ocr) == []


def test_pdf_layer_pair_follows_its_rule() -> None:
    gold, ocr = read("sundsvall_medelpad", "gold"), read("sundsvall_medelpad", "ocr")
    assert pdf_layer_problems(gold, ocr) == []


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


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
