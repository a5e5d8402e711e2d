"""Structural checks of the sealed holdout set 10 (writer H).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the
processes that are systematic or have a known shape); they never run the engine. Each check
is a function returning a list of problems (or a number), and the *_can_fail tests feed it
deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

from pathlib import Path

from tests.proof.pair_checks import damage_rate, folder_tests, rates_differ_test, reader, token_pairs

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "ystad_ksau": (26.0, 33.0),
    "vnorr_kdg": (10.0, 15.0),
    "pitea_fsg": (16.0, 22.0),
    "tierp_bun": (13.0, 18.0),
}
GOLD_WORDS = (350, 450)

GERMAN_MODEL = str.maketrans("åÅ", "äÄ")
OUTSIDE_SWEDISH_CHARSET = "žćı"


def german_model_problems(gold: str, ocr: str) -> list[str]:
    """vnorr_kdg: the German model has no å; every å/Å became ä/Ä and nothing else changed."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if g.translate(GERMAN_MODEL) != o]


def photo_gradient(gold: str, ocr: str) -> tuple[float, float]:
    """pitea_fsg: damage rate of the upper and the lower half of the page (by line)."""
    gl, ol = gold.split("\n"), ocr.split("\n")
    half = len(gl) // 2
    upper = damage_rate("\n".join(gl[:half]), "\n".join(ol[:half]))
    lower = damage_rate("\n".join(gl[half:]), "\n".join(ol[half:]))
    return upper, lower


def charset_problems(ocr: str) -> list[str]:
    """tierp_bun: the fax engine's Swedish charset has no ž ć ı, so none may survive."""
    return [ch for ch in OUTSIDE_SWEDISH_CHARSET if ch in ocr]


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_german_model_pair_follows_its_rule() -> None:
    gold, ocr = read("vnorr_kdg", "gold"), read("vnorr_kdg", "ocr")
    assert german_model_problems(gold, ocr) == []


def test_photo_pair_worsens_toward_the_bottom() -> None:
    upper, lower = photo_gradient(read("pitea_fsg", "gold"), read("pitea_fsg", "ocr"))
    assert lower >= 1.3 * upper


def test_fax_pair_has_no_foreign_letters() -> None:
    assert "ž" in read("tierp_bun", "gold")
    assert charset_problems(read("tierp_bun", "ocr")) == []


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())


def test_german_model_rule_can_fail() -> None:
    gold = "Åsa får två\n"
    assert not german_model_problems(gold, "Äsa fär tvä\n")
    assert german_model_problems(gold, "Äsa fär två\n")  # one å kept
    assert german_model_problems(gold, "Äsa far tvä\n")  # å read as a
    assert german_model_problems(gold, "Äsa fär tvä\n".replace("s", "5"))  # other misread


def test_photo_gradient_can_fail() -> None:
    gold = "ett två\ntre fyra\n"
    upper, lower = photo_gradient(gold, "etl tva\ntre fyra\n")
    assert not lower >= 1.3 * upper


def test_charset_check_can_fail() -> None:
    assert charset_problems("Emir Hodžić")
    assert charset_problems("Zeynep Yıldız")
    assert not charset_problems("Emir Hodzic")
