"""Structural checks of the sealed holdout set 21 (writer T).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the
processes that are systematic or have a known shape); they never run the engine. Each check
is a function returning a list of problems (or a number), and the *_can_fail tests feed it
deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

from pathlib import Path

from tests.proof.pair_checks import (damage_rate, edit_distance, folder_tests, rates_differ_test, reader,
                                     token_pairs)

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "jamtland_kdg": (19.0, 28.0),
    "gallivare_ksau": (11.0, 19.0),
    "kungsbacka_flg": (7.0, 13.0),
    "stromstad_csg": (26.0, 33.0),
    "askersund_sn": (24.0, 34.0),
}
GOLD_WORDS = (330, 420)
STREAK_COLUMN = 44


def english_screen_problems(gold: str, ocr: str) -> list[str]:
    """jamtland_kdg: the English recogniser has no class for å, so no å/Å survives, and every
    gold token with one is damaged."""
    problems = [f"{ch!r} in OCR" for ch in "åÅ" if ch in ocr]
    problems += [f"{g!r} kept" for g, o in token_pairs(gold, ocr) if any(c in "åÅ" for c in g) and g == o]
    return problems


def spurious_diacritics(gold: str, ocr: str) -> int:
    """gallivare_ksau: letters a/o/A/O that toner speckle turned into ä/ö/Ä/Ö."""
    added = {"a": "ä", "o": "ö", "A": "Ä", "O": "Ö"}
    return sum(1 for g, o in token_pairs(gold, ocr) if len(g) == len(o)
               for cg, co in zip(g, o) if added.get(cg) == co)


def streak_share(gold: str, ocr: str, column: int = STREAK_COLUMN) -> float:
    """gallivare_ksau: share of gold word tokens crossing the drum-scratch column that are damaged."""
    hit = damaged = 0
    for gl, ol in zip(gold.split("\n"), ocr.split("\n")):
        col = 0
        for g, o in zip(gl.split(), ol.split()):
            start = gl.index(g, col)
            col = start + len(g)
            k = column - start
            if 0 <= k < len(g) and g[k].isalpha() and g[k] not in "lI":
                hit += 1
                damaged += g != o
    return damaged / hit if hit else 0.0


def one_glyph_problems(gold: str, ocr: str) -> list[str]:
    """kungsbacka_flg: the cloud engine's errors are single-glyph errors; no damaged token is
    more than one edit from its gold."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if g != o and edit_distance(g, o) != 1]


def norwegian_problems(gold: str, ocr: str) -> list[str]:
    """stromstad_csg: the Norwegian charset has no ä/ö: every ö/Ö became ø/Ø, no ä/ö/Ä/Ö survives,
    and å, which Norwegian has, is kept."""
    problems = [f"{ch!r} in OCR" for ch in "äöÄÖ" if ch in ocr]
    for g, o in token_pairs(gold, ocr):
        if g.count("ö") + g.count("Ö") != o.count("ø") + o.count("Ø"):
            problems.append(f"{g!r} -> {o!r}: ö not read as ø")
        if g.count("å") + g.count("Å") != o.count("å") + o.count("Å"):
            problems.append(f"{g!r} -> {o!r}: å not kept")
    return problems


def halves(gold: str, ocr: str) -> tuple[float, float]:
    """Damage rate of the upper and the lower half of the page (by line)."""
    gl, ol = gold.split("\n"), ocr.split("\n")
    half = len(gl) // 2
    return (damage_rate("\n".join(gl[:half]), "\n".join(ol[:half])),
            damage_rate("\n".join(gl[half:]), "\n".join(ol[half:])))


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_english_screen_pair_has_no_ring() -> None:
    gold, ocr = read("jamtland_kdg", "gold"), read("jamtland_kdg", "ocr")
    assert "å" in gold
    assert english_screen_problems(gold, ocr) == []


def test_photocopy_pair_has_speckle_dots_and_a_streak() -> None:
    gold, ocr = read("gallivare_ksau", "gold"), read("gallivare_ksau", "ocr")
    assert spurious_diacritics(gold, ocr) >= 3
    assert streak_share(gold, ocr) >= 0.7


def test_cloud_pair_errors_are_single_glyphs() -> None:
    assert one_glyph_problems(read("kungsbacka_flg", "gold"), read("kungsbacka_flg", "ocr")) == []


def test_norwegian_pair_follows_its_charset() -> None:
    gold, ocr = read("stromstad_csg", "gold"), read("stromstad_csg", "ocr")
    assert "ö" in gold and "å" in gold
    assert norwegian_problems(gold, ocr) == []


def test_spirit_copy_pair_fades_toward_the_bottom() -> None:
    upper, lower = halves(read("askersund_sn", "gold"), read("askersund_sn", "ocr"))
    assert lower >= 1.3 * upper


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())


def test_english_screen_check_can_fail() -> None:
    gold = "Åsa får två böcker\n"
    assert not english_screen_problems(gold, "Asa far tva bocker\n")
    assert not english_screen_problems(gold, "Asa far tva böcker\n")  # ö may survive
    assert english_screen_problems(gold, "Asa får tva bocker\n")      # å survived
    assert english_screen_problems(gold, "Åsa far tva bocker\n")


def test_spurious_diacritic_count_can_fail() -> None:
    assert spurious_diacritics("har om\n", "här öm\n") == 2
    assert spurious_diacritics("här om\n", "har orn\n") == 0


def test_streak_share_can_fail() -> None:
    gold = "abcdefgh\nabcdefgh\n"
    assert streak_share(gold, "abcdlfgh\nabcdIfgh\n", column=4) == 1.0
    assert streak_share(gold, gold, column=4) == 0.0


def test_one_glyph_check_can_fail() -> None:
    gold = "Förslaget godkändes\n"
    assert not one_glyph_problems(gold, "Förslagct godkändes\n")
    assert one_glyph_problems(gold, "Forslagct godkändes\n")


def test_norwegian_check_can_fail() -> None:
    gold = "Örjan förhandlar på måndag, Ängen\n"
    assert not norwegian_problems(gold, "Ørjan førhandlar på måndag, Ængen\n")
    assert norwegian_problems(gold, "Örjan førhandlar på måndag, Ængen\n")   # ö kept
    assert norwegian_problems(gold, "Orjan førhandlar på måndag, Ængen\n")   # ö read as o
    assert norwegian_problems(gold, "Ørjan førhandlar pa måndag, Ængen\n")   # å lost
    assert norwegian_problems(gold, "Ørjan førhandlar på måndag, Ängen\n")   # Ä kept


def test_halves_check_can_fail() -> None:
    gold = "ett två\ntre fyra\n"
    upper, lower = halves(gold, "etl tva\ntre fyra\n")
    assert not lower >= 1.3 * upper
