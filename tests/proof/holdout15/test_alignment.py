"""Structural checks of the holdout set 15 (a development set since its blind measurement) (writer N).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the five
damage processes); they never run the engine. Each process check is a function returning a list
of problems (or figures), and the *_can_fail tests feed it deliberately broken input so no check
is vacuous. The damage was made by make_damage.py in this folder (fixed seeds); one test runs it
in memory and compares with the committed .ocr.txt files.
"""
from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

from tests.proof.pair_checks import (edit_distance, folder_tests, has_letter, rates_differ_test, reader,
                                     token_pairs, word_count)

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "ovik_ksau": (7.0, 11.0),
    "saffle_byggn": (12.0, 17.0),
    "vaxjo_kpr": (16.0, 20.0),
    "kfvast_dir": (6.0, 9.5),
    "skelleftea_ofn": (10.0, 15.0),
}
# the figures of README.md's table: damaged word tokens / word tokens
README_TABLE: dict[str, tuple[int, int]] = {
    "ovik_ksau": (34, 362),
    "saffle_byggn": (50, 344),
    "vaxjo_kpr": (63, 344),
    "kfvast_dir": (28, 377),
    "skelleftea_ofn": (43, 338),
}
GOLD_WORDS = (330, 420)  # word tokens (tokens with a letter) of the gold file

SWEDISH = "åäöÅÄÖ"
LIGATURE_TEXT = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
STREAKS = (23, 58)
DRIFT_EVERY = 12
STREAK_JITTER = 2


# --- process checks ---------------------------------------------------------------------------

def edit_problems(gold: str, ocr: str, most: int) -> list[str]:
    """ovik_ksau (A) and saffle_byggn (B): every damaged token is at most ``most`` edits from gold."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if g != o and edit_distance(g, o) > most]


def english_model_problems(gold: str, ocr: str) -> list[str]:
    """vaxjo_kpr (C): an English-only engine never puts in an å/ä/ö/Å/Ä/Ö that the print lacked."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr)
            if any(o.count(ch) > g.count(ch) for ch in SWEDISH)]


def english_model_profile(gold: str, ocr: str) -> tuple[float, float]:
    """vaxjo_kpr (C): damage rate (%) of word tokens with and without å/ä/ö/Å/Ä/Ö."""
    pairs = [(g, o) for g, o in token_pairs(gold, ocr) if has_letter(g)]
    with_sw = [(g, o) for g, o in pairs if any(ch in g for ch in SWEDISH)]
    without = [(g, o) for g, o in pairs if not any(ch in g for ch in SWEDISH)]

    def rate(ps: list[tuple[str, str]]) -> float:
        return 100.0 * sum(g != o for g, o in ps) / max(len(ps), 1)
    return rate(with_sw), rate(without)


def pdf_copy_problems(gold: str, ocr: str) -> list[str]:
    """kfvast_dir (D): the copy differs from gold only by ligature characters and by one hyphen
    left inside a word by the PDF's line-end hyphenation; and no ff/fi/fl survives unligated."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        plain = "".join(LIGATURE_TEXT.get(ch, ch) for ch in o)
        if re.search(r"ff|fi|fl", o):
            problems.append(f"{g!r} -> {o!r}: unligated")
        if plain == g:
            continue
        undone = [plain[:i] + plain[i + 1:] for i in range(1, len(plain) - 1)
                  if plain[i] == "-" and plain[i - 1].isalpha() and plain[i + 1].isalpha()]
        if g not in undone:
            problems.append(f"{g!r} -> {o!r}")
    return problems


def streak_problems(gold: str, ocr: str) -> list[str]:
    """skelleftea_ofn (E): a damaged token is one edit from gold, lies under one of the two streaks
    (column STREAKS + line // DRIFT_EVERY, give or take STREAK_JITTER), at most one per streak a line."""
    problems = []
    for n, (gl, ol) in enumerate(zip(gold.split("\n"), ocr.split("\n"))):
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", gl)]
        hits = 0
        for (a, b), g, o in zip(spans, gl.split(), ol.split()):
            if g == o:
                continue
            hits += 1
            if edit_distance(g, o) != 1:
                problems.append(f"line {n + 1}: {g!r} -> {o!r} more than one edit")
            windows = [(c + n // DRIFT_EVERY - STREAK_JITTER, c + n // DRIFT_EVERY + STREAK_JITTER) for c in STREAKS]
            if not any(a <= hi and lo < b for lo, hi in windows):
                problems.append(f"line {n + 1}: {g!r} -> {o!r} away from the streaks")
        if hits > len(STREAKS):
            problems.append(f"line {n + 1}: {hits} damaged tokens")
    return problems


def regenerate() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("holdout15_make_damage", HERE / "make_damage.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: process(read(name, "gold"), random.Random(seed))
            for name, (process, seed) in module.PROCESSES.items()}


# --- the set itself -------------------------------------------------------------------------

(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS, word_count)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_readme_table_matches_the_files() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for name, (damaged, words) in README_TABLE.items():
        pairs = [(g, o) for g, o in token_pairs(read(name, "gold"), read(name, "ocr")) if has_letter(g)]
        assert (sum(g != o for g, o in pairs), len(pairs)) == (damaged, words)
        rate = f"{100.0 * damaged / words:.1f} %"
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{name}`"))
        assert f"| {words} | {damaged} / {words} | {rate} |" in row
        assert word_count(read(name, "gold")) == words


def test_every_pair_has_damage_and_swedish_letters() -> None:
    for name in PAIRS:
        gold, ocr = read(name, "gold"), read(name, "ocr")
        assert gold != ocr
        assert sum(any(ch in t for ch in "åäö") for t in gold.split()) >= 30


def test_damage_is_reproducible() -> None:
    for name, ocr in regenerate().items():
        assert ocr == read(name, "ocr"), name


def test_commercial_pair_is_sparse_and_small() -> None:
    assert edit_problems(read("ovik_ksau", "gold"), read("ovik_ksau", "ocr"), 2) == []


def test_archive_pair_stays_within_three_edits() -> None:
    assert edit_problems(read("saffle_byggn", "gold"), read("saffle_byggn", "ocr"), 3) == []


def test_english_model_pair_follows_its_rule() -> None:
    gold, ocr = read("vaxjo_kpr", "gold"), read("vaxjo_kpr", "ocr")
    assert english_model_problems(gold, ocr) == []
    with_sw, without = english_model_profile(gold, ocr)
    assert with_sw >= 35.0 and without <= 5.0


def test_pdf_copy_pair_follows_its_rule() -> None:
    assert pdf_copy_problems(read("kfvast_dir", "gold"), read("kfvast_dir", "ocr")) == []


def test_streak_pair_follows_its_rule() -> None:
    assert streak_problems(read("skelleftea_ofn", "gold"), read("skelleftea_ofn", "ocr")) == []


# --- each check can fail ----------------------------------------------------------------------

def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= word_count("Nämnden beslutar\nkl. 10.00 § 5 bifall\n")


def test_edit_check_can_fail() -> None:
    gold = "sammanträdet börjar\n"
    assert not edit_problems(gold, "sarnmanträdet börjar\n", 2)
    assert edit_problems(gold, "sarnrnanträdct börjar\n", 2)


def test_english_model_checks_can_fail() -> None:
    gold = "Växjö och Alvesta\n"
    assert not english_model_problems(gold, "Vaxjo och Alvesta\n")
    assert english_model_problems(gold, "Vaxjo öch Alvesta\n")
    with_sw, without = english_model_profile(gold, "Växjö och Alvesta\n")
    assert not with_sw >= 35.0
    with_sw, without = english_model_profile(gold, "Vaxjo och AIvesta\n")
    assert not without <= 5.0


def test_pdf_copy_check_can_fail() -> None:
    gold = "finansiering av utbildningen\n"
    assert not pdf_copy_problems(gold, "\ufb01nansiering av utbild-ningen\n")
    assert pdf_copy_problems(gold, "finansiering av utbildningen\n")  # ligature not used
    assert pdf_copy_problems(gold, "\ufb01nansiering av utbiId-ningen\n")  # a misread letter
    assert pdf_copy_problems(gold, "\ufb01nansiering av ut-bild-ningen\n")  # two hyphens


def test_streak_check_can_fail() -> None:
    gold = "x" * 20 + " Nämnden beslutar om riktlinjer för arvoden till ställföreträdare\n"
    good = gold.split(" ")  # "Nämnden" spans columns 21-27 (streak 1), "arvoden" 56-62 (streak 2)
    assert not streak_problems(gold, " ".join(good[:1] + ["Nämndcn"] + good[2:]))  # cols 21-27
    assert streak_problems(gold, " ".join(good[:-1] + ["ställföreträdere\n"]))  # far right
    assert streak_problems(gold, " ".join(good[:1] + ["Nämndcm"] + good[2:]))  # two edits
    assert not streak_problems(gold, " ".join(good[:1] + ["Nämndcn"] + good[2:6] + ["arvodcn"] + good[7:]))
    three = gold.replace("Nämnden", "Nämndcn").replace("beslutar", "bcslutar").replace("arvoden", "arvodcn")
    assert streak_problems(gold, three)  # three damaged tokens on one line
