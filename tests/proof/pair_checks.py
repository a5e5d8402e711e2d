"""Data checks shared by the token-aligned evaluation folders (tests/proof/holdout*): each returns
a list of problems (or a figure), never runs the engine. tests/proof/test_pair_checks.py feeds
them broken input, so no check is vacuous; each folder's test_alignment.py applies them to its pairs
(folder_tests) with the bands its writer stated, and adds the checks of its own damage processes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest


def reader(folder: Path) -> Callable[[str, str], str]:
    """``read(name, kind)``: the text of ``folder/name.kind.txt`` (kind "gold" or "ocr")."""
    def read(name: str, kind: str) -> str:
        return (folder / f"{name}.{kind}.txt").read_text(encoding="utf-8")
    return read


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def token_pairs(gold: str, ocr: str) -> list[tuple[str, str]]:
    return [
        (g, o)
        for gl, ol in zip(gold.split("\n"), ocr.split("\n"))
        for g, o in zip(gl.split(), ol.split())
    ]


def word_count(text: str) -> int:
    return sum(has_letter(t) for t in text.split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: the edits (a letter put in, taken out or changed) from ``a`` to ``b``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def format_problems(text: str) -> list[str]:
    problems = []
    if "\r" in text:
        problems.append("CR found (must be LF only)")
    if not text.endswith("\n"):
        problems.append("no final newline")
    return problems


def alignment_problems(gold: str, ocr: str) -> list[str]:
    gl, ol = gold.split("\n"), ocr.split("\n")
    if len(gl) != len(ol):
        return [f"line count {len(gl)} != {len(ol)}"]
    problems = []
    for n, (g, o) in enumerate(zip(gl, ol), 1):
        if re.split(r"\S+", g) != re.split(r"\S+", o):
            problems.append(f"line {n}: whitespace differs")
        if len(g.split()) != len(o.split()):
            problems.append(f"line {n}: token count {len(g.split())} != {len(o.split())}")
    return problems


def nonletter_problems(gold: str, ocr: str) -> list[str]:
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if not has_letter(g) and g != o]


def damage_rate(gold: str, ocr: str) -> float:
    words = [(g, o) for g, o in token_pairs(gold, ocr) if has_letter(g)]
    return 100.0 * sum(g != o for g, o in words) / len(words)


def same_rate_problems(rates: dict[str, float]) -> list[str]:
    """Pairs whose damage rates (rounded to 0.1 %) coincide: each writer gave every pair its own rate."""
    seen: dict[float, str] = {}
    problems = []
    for name, rate in rates.items():
        rounded = round(rate, 1)
        if rounded in seen:
            problems.append(f"{name} and {seen[rounded]} both at {rounded} %")
        seen.setdefault(rounded, name)
    return problems


def rates_differ_test(folder: Path, pairs: dict[str, tuple[float, float]]) -> Callable[[], None]:
    """The folder's test that its pairs' damage rates differ, for its module to bind to a test_* name."""
    read = reader(folder)

    def test_rates_differ_per_pair() -> None:
        assert same_rate_problems({n: damage_rate(read(n, "gold"), read(n, "ocr")) for n in pairs}) == []

    return test_rates_differ_per_pair


def folder_tests(folder: Path, pairs: dict[str, tuple[float, float]], gold_words: tuple[int, int],
                 count_words: Callable[[str], int] = lambda text: len(text.split())) -> tuple[Callable[..., None], ...]:
    """The tests every folder runs on its pairs, for its module to bind to test_* names: every pair
    and nothing else present; UTF-8, LF, final newline; aligned; gold length within ``gold_words``
    (counted by ``count_words``); damage rate within the writer's band; tokens without letters kept."""
    read = reader(folder)

    def test_every_pair_present_and_nothing_else() -> None:
        found = {p.name for p in folder.glob("*.txt")}
        expected = {f"{n}.{k}.txt" for n in pairs for k in ("gold", "ocr")}
        assert found == expected

    @pytest.mark.parametrize("name", pairs)
    def test_utf8_lf_final_newline(name: str) -> None:
        for kind in ("gold", "ocr"):
            assert format_problems(read(name, kind)) == []

    @pytest.mark.parametrize("name", pairs)
    def test_alignment(name: str) -> None:
        assert alignment_problems(read(name, "gold"), read(name, "ocr")) == []

    @pytest.mark.parametrize("name", pairs)
    def test_gold_word_count(name: str) -> None:
        low, high = gold_words
        assert low <= count_words(read(name, "gold")) <= high

    @pytest.mark.parametrize("name", pairs)
    def test_damage_rate_in_band(name: str) -> None:
        low, high = pairs[name]
        assert low <= damage_rate(read(name, "gold"), read(name, "ocr")) <= high

    @pytest.mark.parametrize("name", pairs)
    def test_tokens_without_letters_unchanged(name: str) -> None:
        assert nonletter_problems(read(name, "gold"), read(name, "ocr")) == []

    return (test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment,
            test_gold_word_count, test_damage_rate_in_band, test_tokens_without_letters_unchanged)
