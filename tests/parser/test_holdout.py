"""The parser on layouts it was not written against (see holdout/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parser.agreement import field_agreement, parsed_record
from tests.support.ocr_noise import damage

HOLDOUT = Path(__file__).resolve().parent / "holdout"
NAMES = sorted(p.stem for p in HOLDOUT.glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_holdout_layout_agrees_with_the_hand_made_record(name: str) -> None:
    text = (HOLDOUT / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((HOLDOUT / f"{name}.json").read_text(encoding="utf-8"))
    hits, total, misses = field_agreement(expected, parsed_record(text))
    assert hits / total >= 0.80, misses
    damaged = [field_agreement(expected, parsed_record(damage(text, 0.5, seed))) for seed in range(3)]
    assert sum(h for h, _, _ in damaged) / sum(t for _, t, _ in damaged) >= 0.80


def test_there_is_a_holdout() -> None:
    assert len(NAMES) >= 2
