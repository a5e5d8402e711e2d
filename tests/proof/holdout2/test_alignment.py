"""The holdout2 pairs must stay token-aligned, or the evaluation compares the wrong words."""
import re
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).parent
NAMES = ("ksau_budget", "folkhalsorad", "gymnasieforbund")
# Damaged share of word tokens (tokens with a letter), as stated in README.md.
DAMAGE = {"ksau_budget": (0.13, 0.20), "folkhalsorad": (0.30, 0.45), "gymnasieforbund": (0.22, 0.30)}


def _read(name: str, kind: str) -> str:
    return (HERE / f"{name}.{kind}.txt").read_text(encoding="utf-8")


def _has_letter(token: str) -> bool:
    return re.search(r"[^\W\d_]", token) is not None


def test_every_pair_is_present() -> None:
    found = sorted(p.name for p in HERE.glob("*.txt"))
    assert found == sorted(f"{n}.{k}.txt" for n in NAMES for k in ("gold", "ocr"))


@pytest.mark.parametrize("name", NAMES)
def test_lines_tokens_and_whitespace_match(name: str) -> None:
    gold, ocr = _read(name, "gold").split("\n"), _read(name, "ocr").split("\n")
    assert len(gold) == len(ocr)
    for number, (g, o) in enumerate(zip(gold, ocr), start=1):
        assert re.split(r"\S+", g) == re.split(r"\S+", o), f"whitespace differs on line {number}"
        assert len(g.split()) == len(o.split()), f"token count differs on line {number}"


@pytest.mark.parametrize("name", NAMES)
def test_gold_size_and_damage_rate(name: str) -> None:
    gold, ocr = _read(name, "gold").split(), _read(name, "ocr").split()
    assert 350 <= len(gold) <= 550
    words = [(g, o) for g, o in zip(gold, ocr) if _has_letter(g)]
    damaged = sum(g != o for g, o in words)
    low, high = DAMAGE[name]
    assert low <= damaged / len(words) <= high
    # Only word tokens are damaged: pure numbers and dates stay as written.
    assert all(g == o for g, o in zip(gold, ocr) if not _has_letter(g) and not _has_letter(o))


def test_systematic_file_has_no_diacritics_left() -> None:
    ocr = _read("folkhalsorad", "ocr")
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", ocr))
    assert any(c in "åäöÅÄÖé" for c in _read("folkhalsorad", "gold"))
