"""Structural checks of the sealed holdout6 set (standard library only).

These tests only guard the format and the stated damage bands; they never touch the engine.
"""
import re
from pathlib import Path

import pytest

HERE = Path(__file__).parent

# name -> (lowest, highest) share of damaged word tokens, as stated in README.md
BANDS = {
    "kronoberg_kommunchefer": (0.25, 0.35),
    "arvika_socialnamnden": (0.20, 0.28),
    "solleftea_samverkansgrupp": (0.12, 0.18),
    "gotland_ledningsgrupp": (0.30, 0.40),
}

# Pair 4 rule: Swedish 7-bit ISO 646-SE (SEN 850200 B) code points read as US-ASCII.
ISO646_SE = str.maketrans(
    {"Ä": "[", "Ö": "\\", "Å": "]", "ä": "{", "ö": "|", "å": "}", "É": "@", "é": "`", "Ü": "^", "ü": "~"}
)
SYSTEMATIC = "gotland_ledningsgrupp"


def _read(name: str, kind: str) -> str:
    return (HERE / f"{name}.{kind}.txt").read_bytes().decode("utf-8")


def _lines(name: str, kind: str) -> list[str]:
    return _read(name, kind).split("\n")


def _is_word(token: str) -> bool:
    return any(c.isalpha() for c in token)


def _token_pairs(name: str):
    for gold, ocr in zip(_lines(name, "gold"), _lines(name, "ocr")):
        yield from zip(gold.split(), ocr.split())


def test_every_pair_present_and_nothing_else():
    texts = sorted(p.name for p in HERE.glob("*.txt"))
    expected = sorted(f"{n}.{k}.txt" for n in BANDS for k in ("gold", "ocr"))
    assert texts == expected


@pytest.mark.parametrize("name", BANDS)
@pytest.mark.parametrize("kind", ["gold", "ocr"])
def test_utf8_lf_final_newline(name, kind):
    text = _read(name, kind)
    assert "\r" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")


@pytest.mark.parametrize("name", BANDS)
def test_same_line_count(name):
    assert len(_lines(name, "gold")) == len(_lines(name, "ocr"))


@pytest.mark.parametrize("name", BANDS)
def test_same_whitespace_per_line(name):
    for n, (gold, ocr) in enumerate(zip(_lines(name, "gold"), _lines(name, "ocr")), 1):
        assert re.split(r"\S+", gold) == re.split(r"\S+", ocr), f"line {n}"


@pytest.mark.parametrize("name", BANDS)
def test_same_token_count_per_line(name):
    for n, (gold, ocr) in enumerate(zip(_lines(name, "gold"), _lines(name, "ocr")), 1):
        assert len(gold.split()) == len(ocr.split()), f"line {n}"


@pytest.mark.parametrize("name", BANDS)
def test_gold_length(name):
    assert 350 <= len(_read(name, "gold").split()) <= 500


@pytest.mark.parametrize("name", BANDS)
def test_letterless_tokens_unchanged(name):
    for gold, ocr in _token_pairs(name):
        if not _is_word(gold):
            assert gold == ocr


@pytest.mark.parametrize("name", BANDS)
def test_damage_rate_in_band(name):
    pairs = [(g, o) for g, o in _token_pairs(name) if _is_word(g)]
    rate = sum(g != o for g, o in pairs) / len(pairs)
    low, high = BANDS[name]
    assert low <= rate <= high, f"{name}: {rate:.3f}"


def test_systematic_pair_follows_its_rule_exactly():
    gold = _read(SYSTEMATIC, "gold")
    # The target characters must not occur in gold, or the rule would be ambiguous.
    assert not set("[]{}|\\`^~") & set(gold)
    assert _read(SYSTEMATIC, "ocr") == gold.translate(ISO646_SE)
