"""Structural checks of the sealed holdout set 8 (writer F).

These tests check the DATA only (alignment, word counts, damage rates); they never run the
engine. The checks shared by every folder are in tests/proof/pair_checks.py (and shown able to
fail in tests/proof/test_pair_checks.py); the *_can_fail tests here feed this folder's own checks
deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

from pathlib import Path

from tests.proof.pair_checks import folder_tests

HERE = Path(__file__).parent

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "lulea_klg": (15.0, 21.0),  # old_scanner
    "vaxjo_ksau": (27.0, 36.0),  # fax_copy
    "gotland_fsg": (12.0, 19.0),  # phone_photo
    "dalsland_kdg": (19.0, 27.0),  # mixed_hard
}
GOLD_WORDS = (350, 450)


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())
