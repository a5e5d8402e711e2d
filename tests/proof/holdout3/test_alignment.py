"""Format checks for the blind holdout3 set (standard library only).

These guard the data, not the engine: a pair that drifts out of token alignment or out of its stated damage band
would silently change what the figures measured on it mean.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).parent

# name -> (lowest, highest) share of word tokens (tokens with a letter) that differ between gold and ocr.
BANDS: dict[str, tuple[float, float]] = {
    "vasterbotten_kdg": (0.12, 0.20),  # mixed, moderate
    "hoor_mbn": (0.24, 0.32),  # heavy
    "saffle_fsg": (0.30, 0.42),  # systematic text layer
}
SYSTEMATIC = "saffle_fsg"
MIN_WORDS, MAX_WORDS = 380, 550


def _read(path: Path) -> str:
    raw = path.read_bytes()
    assert b"\r" not in raw, f"{path.name}: CR found, LF line endings expected"
    text = raw.decode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n"), f"{path.name}: exactly one final newline expected"
    return text


def _pair(name: str) -> tuple[list[str], list[str]]:
    gold = _read(HERE / f"{name}.gold.txt").split("\n")
    ocr = _read(HERE / f"{name}.ocr.txt").split("\n")
    return gold, ocr


def _has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def _strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def test_exactly_the_three_pairs_are_present() -> None:
    found = {p.name.split(".")[0] for p in HERE.glob("*.txt")}
    assert found == set(BANDS)
    for name in BANDS:
        assert (HERE / f"{name}.gold.txt").is_file()
        assert (HERE / f"{name}.ocr.txt").is_file()


@pytest.mark.parametrize("name", sorted(BANDS))
def test_lines_whitespace_and_tokens_align(name: str) -> None:
    gold, ocr = _pair(name)
    assert len(gold) == len(ocr)
    for number, (g, o) in enumerate(zip(gold, ocr), start=1):
        assert re.split(r"\S+", g) == re.split(r"\S+", o), f"{name} line {number}: whitespace differs"
        assert len(g.split()) == len(o.split()), f"{name} line {number}: token count differs"


@pytest.mark.parametrize("name", sorted(BANDS))
def test_gold_size_is_in_range(name: str) -> None:
    gold, _ = _pair(name)
    words = sum(len(line.split()) for line in gold)
    assert MIN_WORDS <= words <= MAX_WORDS, words


@pytest.mark.parametrize("name", sorted(BANDS))
def test_tokens_without_letters_are_untouched(name: str) -> None:
    gold, ocr = _pair(name)
    for number, (g, o) in enumerate(zip(gold, ocr), start=1):
        for gt, ot in zip(g.split(), o.split()):
            if not _has_letter(gt):
                assert gt == ot, f"{name} line {number}: {gt!r} changed"


@pytest.mark.parametrize("name", sorted(BANDS))
def test_damage_rate_is_within_band(name: str) -> None:
    gold, ocr = _pair(name)
    pairs = [(gt, ot) for g, o in zip(gold, ocr) for gt, ot in zip(g.split(), o.split()) if _has_letter(gt)]
    rate = sum(gt != ot for gt, ot in pairs) / len(pairs)
    low, high = BANDS[name]
    assert low <= rate <= high, f"{name}: damage rate {rate:.3f} outside {low}-{high}"


def test_gold_files_keep_their_diacritics() -> None:
    for name in BANDS:
        gold, _ = _pair(name)
        assert any(ch in "åäöÅÄÖ" for line in gold for ch in line), name


def test_systematic_ocr_has_no_diacritic_at_all() -> None:
    _, ocr = _pair(SYSTEMATIC)
    text = "\n".join(ocr)
    assert not any(ch in "åäöÅÄÖ" for ch in text)
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))


def test_systematic_ocr_follows_one_consistent_font_map() -> None:
    """Every line is the gold line without diacritics, and on the affected lines every 'l' also reads 'I'."""
    gold, ocr = _pair(SYSTEMATIC)
    swapped = 0
    for number, (g, o) in enumerate(zip(gold, ocr), start=1):
        plain = _strip_diacritics(g)
        if o == plain.replace("l", "I") and "l" in plain:
            swapped += 1
        else:
            assert o == plain, f"line {number} departs from the documented font map"
    assert swapped >= 3
