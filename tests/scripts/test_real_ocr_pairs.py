"""The committed real-OCR pairs must stay token-aligned and agree with their meta files and README table."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

FOLDERS = {"realocr": 13, "realocr_sealed": 24}
"""Each folder of pairs and how many pairs it holds at least."""
PAIRS = sorted((folder, p.name.removesuffix(".meta.json"))
               for folder in FOLDERS for p in (PROJECT_ROOT / "tests" / "proof" / folder).glob("*.meta.json"))


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_pair_has_its_three_files(folder: str) -> None:
    names = [n for f, n in PAIRS if f == folder]
    assert len(names) >= FOLDERS[folder]
    texts = sorted(p.name for p in (PROJECT_ROOT / "tests" / "proof" / folder).glob("*.txt"))
    assert texts == sorted(f"{n}.{kind}.txt" for n in names for kind in ("gold", "ocr"))


@pytest.mark.parametrize(("folder", "name"), PAIRS)
def test_pair_is_token_aligned_and_matches_its_figures(folder: str, name: str) -> None:
    pairs = PROJECT_ROOT / "tests" / "proof" / folder
    gold = (pairs / f"{name}.gold.txt").read_text(encoding="utf-8").split("\n")
    ocr = (pairs / f"{name}.ocr.txt").read_text(encoding="utf-8").split("\n")
    meta = json.loads((pairs / f"{name}.meta.json").read_text(encoding="utf-8"))
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
    assert row in (pairs / "README.md").read_text(encoding="utf-8")
