"""Capitals read for others of their outline (proof/capitals.py), on the shipped lexicon."""

from __future__ import annotations

from minutes_desk.proof import capitals
from minutes_desk.proof.engine import Engine
from minutes_desk.proof.tokens import tokens


def _token(text: str, word: str):
    return next(t for t in tokens(text) if t.text == word)


def test_an_acronym_with_a_digit_for_a_capital_of_its_shape(engine: Engine) -> None:
    text = "Ledamöter (5D) och (5G) deltog."
    assert capitals.acronym_with_digits(text, _token(text, "5D"), engine.lexicon) == "SD"
    assert capitals.acronym_with_digits(text, _token(text, "5G"), engine.lexicon) is None  # a code no list holds


def test_an_acronym_whose_l_lost_its_bar(engine: Engine) -> None:
    assert capitals.acronym_with_l("MBI", engine.lexicon) == "MBL"
    assert capitals.acronym_with_l("SKR", engine.lexicon) is None


def test_a_heading_word_one_capital_of_the_same_outline_from_a_common_word(engine: Engine) -> None:
    assert [c.word for c in capitals.shape_readings("DCH", "dch", set(), engine.lexicon)] == ["och"]
    assert capitals.shape_readings("DCH", "dch", {"och"}, engine.lexicon) == []
