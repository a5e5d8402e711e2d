"""Regression floors on the blind holdout pairs (tests/proof/holdout), a little below what the
engine reached once the OCR classes they showed were modelled as rules of the process (no word of
the pairs is in any list). tests/proof/holdout2 is never read here: it is measured by hand only."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_desk.proof import evaluation
from minutes_desk.proof.engine import Engine
from minutes_desk.proof.names import document_names

HOLDOUT = Path(__file__).resolve().parent / "holdout"


@pytest.mark.parametrize(("name", "f1", "best"), [("kultur_fritid", 0.97, 0.95), ("va_samverkan", 0.95, 0.91)])
def test_holdout_pair_figures(engine: Engine, name: str, f1: float, best: float) -> None:
    ocr = (HOLDOUT / f"{name}.ocr.txt").read_text(encoding="utf-8")
    gold = (HOLDOUT / f"{name}.gold.txt").read_text(encoding="utf-8")
    names = document_names(ocr)
    s = evaluation.score(ocr, gold, engine.check(ocr, engine.profile(ocr, names), names))
    assert s.precision >= 0.98, s.to_dict()
    assert s.f1 >= f1, s.to_dict()
    assert s.suggestion_accuracy >= best, s.to_dict()
    assert s.changed_share <= 0.005, s.to_dict()
