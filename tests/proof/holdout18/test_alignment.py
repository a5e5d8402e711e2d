"""Structural checks of the sealed holdout set 18 (writer Q).

These tests check the DATA only (alignment, word counts, damage rates, the rule of each OCR
process); they never run the engine. Each check is a function returning a list of problems,
and the *_can_fail tests feed it deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

import string
from pathlib import Path

from tests.proof.pair_checks import folder_tests, has_letter, rates_differ_test, reader, token_pairs

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "jamtland_kcg": (19.0, 25.0),
    "skelleftea_flg": (11.0, 16.0),
    "norrtalje_fsg": (16.0, 21.0),
    "ljusdal_klg": (13.5, 17.0),
    "vetlanda_mbn": (7.0, 12.0),
}
GOLD_WORDS = (350, 450)

MARKED = "åäöÅÄÖ"


# --- A: dot-matrix printout (jamtland_kcg) ---------------------------------------------------

PRINTER_GLYPHS = set(string.ascii_letters + string.digits + string.punctuation + MARKED + "–")


def dot_matrix_problems(gold: str, ocr: str) -> list[str]:
    """Dots and rings are pins that drop out or run together, never appear from nothing, and the
    engine reads only glyphs a 1980s Swedish printer can print."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if sum(ch in MARKED for ch in o) > sum(ch in MARKED for ch in g):
            problems.append(f"mark gained: {g!r} -> {o!r}")
        if any(ch not in PRINTER_GLYPHS for ch in o):
            problems.append(f"glyph outside the printer's set: {g!r} -> {o!r}")
    return problems


# --- B: microfilm reader print (skelleftea_flg) ----------------------------------------------

def microfilm_problems(gold: str, ocr: str) -> list[str]:
    """Thin strokes vanish and heavy strokes run together; nothing is added, so no token grows."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if len(o) > len(g)]


# --- C: ring/dots confusing engine (norrtalje_fsg) -------------------------------------------

ENGINE_MARKED = MARKED + "őõŐÕ"


def ring_dots_problems(gold: str, ocr: str) -> list[str]:
    """The engine picks the wrong mark but never drops or adds one; ő/õ never occur in the gold."""
    problems = [ch for ch in "őõŐÕ" if ch in gold]
    for g, o in token_pairs(gold, ocr):
        if sum(ch in ENGINE_MARKED for ch in g) != sum(ch in ENGINE_MARKED for ch in o):
            problems.append(f"{g!r} -> {o!r}")
    return problems


# --- D: PDF text layer without ToUnicode for three glyphs (ljusdal_klg) ----------------------

TOUNICODE = str.maketrans({"ä": "\uf0e4", "Ä": "\uf0c4", "Å": "\uf0c5"})


def tounicode_problems(gold: str, ocr: str) -> list[str]:
    """Fully systematic: every ä/Ä/Å is the private-use code, and nothing else differs."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if g.translate(TOUNICODE) != o]


# --- E: 8-pt print (vetlanda_mbn) ------------------------------------------------------------

def small_print_problems(gold: str, ocr: str) -> list[str]:
    """Capitals are tall enough to survive: each token keeps its upper-case letters, in order."""
    caps = lambda t: [ch for ch in t if ch.isupper()]  # noqa: E731
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if caps(g) != caps(o)]


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_dot_matrix_pair_follows_its_rule() -> None:
    gold, ocr = read("jamtland_kcg", "gold"), read("jamtland_kcg", "ocr")
    assert dot_matrix_problems(gold, ocr) == []
    assert any(sum(c in MARKED for c in o) < sum(c in MARKED for c in g) for g, o in token_pairs(gold, ocr))


def test_microfilm_pair_follows_its_rule() -> None:
    gold, ocr = read("skelleftea_flg", "gold"), read("skelleftea_flg", "ocr")
    assert microfilm_problems(gold, ocr) == []
    assert any(len(o) < len(g) for g, o in token_pairs(gold, ocr))


def test_ring_dots_pair_follows_its_rule() -> None:
    gold, ocr = read("norrtalje_fsg", "gold"), read("norrtalje_fsg", "ocr")
    assert ring_dots_problems(gold, ocr) == []
    assert any(ch in ocr for ch in "őõ")


def test_tounicode_pair_follows_its_rule() -> None:
    gold, ocr = read("ljusdal_klg", "gold"), read("ljusdal_klg", "ocr")
    assert tounicode_problems(gold, ocr) == []
    assert "\uf0e4" in ocr and "\uf0c4" in ocr and "\uf0c5" in ocr


def test_small_print_pair_follows_its_rule() -> None:
    gold, ocr = read("vetlanda_mbn", "gold"), read("vetlanda_mbn", "ocr")
    assert small_print_problems(gold, ocr) == []


def test_damage_only_in_word_tokens_and_never_empty() -> None:
    for name in PAIRS:
        for g, o in token_pairs(read(name, "gold"), read(name, "ocr")):
            assert o, (name, g)
            if not has_letter(g):
                assert g == o


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())


def test_dot_matrix_rule_can_fail() -> None:
    gold = "Mötet hölls i Åre\n"
    assert not dot_matrix_problems(gold, "Motet bölls l Are\n")
    assert dot_matrix_problems(gold, "Mötet hölls i Årä\n")  # a mark out of nothing
    assert dot_matrix_problems(gold, "Mötet hõlls i Åre\n")  # a glyph the printer lacks


def test_microfilm_rule_can_fail() -> None:
    gold = "förhandling kommunen\n"
    assert not microfilm_problems(gold, "forhandhng kommuneu\n")
    assert microfilm_problems(gold, "förhandling kommurnen\n")


def test_ring_dots_rule_can_fail() -> None:
    gold = "Åsa får höra\n"
    assert not ring_dots_problems(gold, "Äsa fär hőra\n")
    assert ring_dots_problems(gold, "Asa fär hőra\n")  # mark dropped
    assert ring_dots_problems("Ődön\n", "Ődön\n")  # ő in the gold


def test_tounicode_rule_can_fail() -> None:
    gold = "Åtgärd Älvdalen\n"
    assert not tounicode_problems(gold, "\uf0c5tg\uf0e4rd \uf0c4lvdalen\n")
    assert tounicode_problems(gold, "\uf0c5tgärd \uf0c4lvdalen\n")  # one ä kept
    assert tounicode_problems(gold, "\uf0c5tg\uf0e4rd \uf0c4lvdalcn\n")  # another misread


def test_small_print_rule_can_fail() -> None:
    gold = "Nämnden Dnr\n"
    assert not small_print_problems(gold, "Narnnden Drir\n")
    assert small_print_problems(gold, "Nämnden Onr\n")
