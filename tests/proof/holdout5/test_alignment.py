"""Format checks for the sealed holdout set 5 (standard library only).

These tests check only the shape of the data (alignment, word counts, damage rate, the
rules of the systematic pairs); they never run the engine, so they reveal nothing about it.
"""

import re
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).parent

# pair name -> (lowest, highest) share of damaged word tokens, as stated in README.md
PAIRS = {
    "p1_ledningsgrupp_social": (0.15, 0.20),
    "p2_ks_arbetsutskott": (0.20, 0.28),
    "p3_regional_ledningsgrupp": (0.30, 0.38),
    "p4_csg": (0.30, 0.40),
}

# Pair 3: every Swedish diacritic is lost, nothing else changes.
P3_MAP = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
# Pair 4: broken font map through the whole text ...
P4_MAP = str.maketrans({"ä": "ã", "Ä": "Ã", "ö": "õ", "Ö": "Õ"})
# ... and from the line starting with P4_PART_START to the end also å/Å shown as ä/Ä.
P4_PART_MAP = str.maketrans({"ä": "ã", "Ä": "Ã", "ö": "õ", "Ö": "Õ", "å": "ä", "Å": "Ä"})
P4_PART_START = "§ 5 "


def read(name: str, kind: str) -> str:
    return (HERE / f"{name}.{kind}.txt").read_bytes().decode("utf-8")


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def word_pairs(name: str) -> list[tuple[str, str]]:
    gold, ocr = read(name, "gold").split(), read(name, "ocr").split()
    assert len(gold) == len(ocr)
    return [(g, o) for g, o in zip(gold, ocr) if has_letter(g)]


def test_every_pair_present() -> None:
    assert (HERE / "__init__.py").is_file()
    for name in PAIRS:
        for kind in ("gold", "ocr"):
            assert (HERE / f"{name}.{kind}.txt").is_file(), f"{name}.{kind}.txt"
    found = {p.name.split(".")[0] for p in HERE.glob("*.txt")}
    assert found == set(PAIRS)


@pytest.mark.parametrize("name", PAIRS)
@pytest.mark.parametrize("kind", ["gold", "ocr"])
def test_utf8_lf_final_newline(name: str, kind: str) -> None:
    text = read(name, kind)
    assert "\r" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("name", PAIRS)
def test_same_lines_whitespace_and_tokens(name: str) -> None:
    gold, ocr = read(name, "gold").split("\n"), read(name, "ocr").split("\n")
    assert len(gold) == len(ocr)
    for n, (g, o) in enumerate(zip(gold, ocr), start=1):
        assert re.split(r"\S+", g) == re.split(r"\S+", o), f"whitespace differs on line {n}"
        assert len(g.split()) == len(o.split()), f"token count differs on line {n}"


@pytest.mark.parametrize("name", PAIRS)
def test_gold_word_count(name: str) -> None:
    assert 350 <= len(read(name, "gold").split()) <= 500


@pytest.mark.parametrize("name", PAIRS)
def test_damage_rate_in_band(name: str) -> None:
    pairs = word_pairs(name)
    rate = sum(g != o for g, o in pairs) / len(pairs)
    low, high = PAIRS[name]
    assert low <= rate <= high, f"{name}: {rate:.3f} outside {low}-{high}"


@pytest.mark.parametrize("name", PAIRS)
def test_tokens_without_letters_unchanged(name: str) -> None:
    gold, ocr = read(name, "gold").split(), read(name, "ocr").split()
    for g, o in zip(gold, ocr):
        if not has_letter(g):
            assert g == o, f"letterless token changed: {g!r}"


def test_pair3_has_no_diacritics_and_follows_rule() -> None:
    name = "p3_regional_ledningsgrupp"
    gold, ocr = read(name, "gold"), read(name, "ocr")
    assert not set("åäöéÅÄÖÉ") & set(ocr)
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", ocr))
    assert ocr == gold.translate(P3_MAP)


def test_pair4_follows_font_map_rule() -> None:
    name = "p4_csg"
    gold, ocr = read(name, "gold"), read(name, "ocr")
    assert not set("ãõÃÕ") & set(gold)
    cut = gold.index("\n" + P4_PART_START) + 1
    head, tail = gold[:cut], gold[cut:]
    assert "å" in tail and "å" in head  # the part swap must actually occur, and only in the part
    assert ocr == head.translate(P4_MAP) + tail.translate(P4_PART_MAP)
    assert not set("äöÄÖ") & set(ocr[:cut])
