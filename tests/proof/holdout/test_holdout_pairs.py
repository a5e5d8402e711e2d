"""The engine's blind holdout pairs stay token-aligned (see README.md), so `evaluate` can pair them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

HOLDOUT = Path(__file__).resolve().parent
NAMES = sorted(p.name.removesuffix(".gold.txt") for p in HOLDOUT.glob("*.gold.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_ocr_text_is_token_aligned_with_its_gold(name: str) -> None:
    ocr = (HOLDOUT / f"{name}.ocr.txt").read_text(encoding="utf-8").split("\n")
    gold = (HOLDOUT / f"{name}.gold.txt").read_text(encoding="utf-8").split("\n")
    assert len(ocr) == len(gold)
    for n, (o, g) in enumerate(zip(ocr, gold), 1):
        assert re.sub(r"\S+", "x", o) == re.sub(r"\S+", "x", g), f"line {n}: whitespace or token count differs"


def test_there_are_two_pairs() -> None:
    assert len(NAMES) >= 2
