"""Each shared data check (tests/proof/pair_checks.py) can fail: broken input is caught."""

from __future__ import annotations

from tests.proof.pair_checks import (alignment_problems, damage_rate, edit_distance, format_problems, nonletter_problems,
                                     same_rate_problems)

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_format_check_can_fail() -> None:
    assert format_problems("rad\r\n")
    assert format_problems("rad")


def test_alignment_check_can_fail() -> None:
    assert alignment_problems(GOLD, "Nämnden beslutar\n")  # line lost
    assert alignment_problems(GOLD, "Nämnden  beslutar\nkl. 10.00 § 5 bifall\n")  # space added
    assert alignment_problems(GOLD, "Nämnden\tbeslutar\nkl. 10.00 § 5 bifall\n")  # tab for space
    assert alignment_problems(GOLD, "Nämndenbeslutar\nkl. 10.00 § 5 bifall\n")  # tokens merged


def test_nonletter_check_can_fail() -> None:
    assert nonletter_problems(GOLD, "Nämnden beslutar\nkl. 10.0O § 5 bifall\n")
    assert nonletter_problems(GOLD, "Nämnden beslutar\nkl. 10.00 $ 5 bifall\n")


def test_damage_rate_can_leave_band() -> None:
    assert damage_rate(GOLD, GOLD) == 0.0
    assert damage_rate(GOLD, "Namnden beslutar\nkI. 10.00 § 5 bifal1\n") == 75.0


def test_edit_distance_counts_letters_put_in_taken_out_or_changed() -> None:
    assert edit_distance("barn", "bam") == 2
    assert edit_distance("Inger", "lnger") == 1
    assert edit_distance("same", "same") == 0


def test_same_rates_can_be_found() -> None:
    assert same_rate_problems({"a": 10.04, "b": 12.0, "c": 9.96}) == ["c and a both at 10.0 %"]
    assert same_rate_problems({"a": 10.0, "b": 10.1}) == []
