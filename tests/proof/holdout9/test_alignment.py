"""Structural checks of development set 9 (writer G, written blind).

These tests check the DATA only (alignment, word counts, damage rates); they never run the
engine. The checks shared by every folder are in tests/proof/pair_checks.py (and shown able to
fail in tests/proof/test_pair_checks.py); the *_can_fail tests here feed this folder's own checks
deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.proof.pair_checks import folder_tests, reader, word_count

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "ostersund_kdg": (15.0, 21.0),  # old_scanner
    "karlskrona_ksau": (25.0, 35.0),  # fax_copy
    "vasteras_fsg": (12.0, 18.0),  # phone_photo
    "halmstad_lg": (20.0, 26.0),  # mixed_hard
}
# word tokens (whitespace-separated gold tokens containing a letter) per gold text
GOLD_WORDS = (350, 450)


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS, count_words=word_count)


@pytest.mark.parametrize("name", PAIRS)
def test_ocr_differs_from_gold(name: str) -> None:
    assert read(name, "gold") != read(name, "ocr")


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert word_count(GOLD) == 4
    assert not low <= word_count(GOLD)
