"""The committed real-OCR pairs must stay token-aligned and agree with their meta files and README table."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

REALOCR = PROJECT_ROOT / "tests" / "proof" / "realocr"
NAMES = sorted(p.name.removesuffix(".meta.json") for p in REALOCR.glob("*.meta.json"))


def test_every_pair_has_its_three_files() -> None:
    assert len(NAMES) >= 13
    texts = sorted(p.name for p in REALOCR.glob("*.txt"))
    assert texts == sorted(f"{n}.{kind}.txt" for n in NAMES for kind in ("gold", "ocr"))


@pytest.mark.parametrize("name", NAMES)
def test_pair_is_token_aligned_and_matches_its_figures(name: str) -> None:
    gold = (REALOCR / f"{name}.gold.txt").read_text(encoding="utf-8").split("\n")
    ocr = (REALOCR / f"{name}.ocr.txt").read_text(encoding="utf-8").split("\n")
    meta = json.loads((REALOCR / f"{name}.meta.json").read_text(encoding="utf-8"))
    assert len(gold) == len(ocr)
    words = damaged = tokens = 0
    for g, o in zip(gold, ocr):
        assert re.findall(r"\s+", g) == re.findall(r"\s+", o)
        g_tokens, o_tokens = g.split(), o.split()
        assert len(g_tokens) == len(o_tokens)
        assert (o[:1].isspace(), o[-1:].isspace()) == (g[:1].isspace(), g[-1:].isspace())
        tokens += len(g_tokens)
        for a, b in zip(g_tokens, o_tokens):
            if re.search(r"[^\W\d_]", a):
                words += 1
                damaged += a != b
    assert (tokens, words, damaged) == (meta["tokens_kept"], meta["word_tokens"], meta["word_tokens_damaged"])
    row = f"| `{name}` | {meta['profile']} | {meta['lines_kept']} / {meta['lines_kept'] + meta['lines_dropped']} |"
    assert row in (REALOCR / "README.md").read_text(encoding="utf-8")
