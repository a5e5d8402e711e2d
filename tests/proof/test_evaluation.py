"""The scorer of shared/eval/README.md on small pairs of our own."""

from __future__ import annotations

import pytest

from minutes_desk.errors import InputError
from minutes_desk.proof.evaluation import Scores, score, total
from minutes_desk.proof.flags import Flag, FlagKind


def flag(text: str, word: str, best: str | None) -> Flag:
    start = text.index(word)
    return Flag(start, start + len(word), word, FlagKind.NON_WORD, 0.9, ((best, 1.0),) if best else ())


def test_counts_pairs_with_letters_and_strips_edge_punctuation() -> None:
    ocr = "Mötet 1 huset, 6vriga frågor.\nfor alla 12 st\n"
    gold = "Mötet i huset, övriga frågor.\nför alla 12 st\n"
    flags = [flag(ocr, "1", "i"), flag(ocr, "6vriga", "övriga"), flag(ocr, "alla", "alle")]
    s = score(ocr, gold, flags)
    assert (s.errors, s.correct_tokens) == (3, 5)  # "12" has no letter on either side
    assert (s.true_positives, s.false_positives) == (2, 1)
    assert s.missed == [("for", "för")]
    assert s.corrected == 2 and s.changed_correct == 1
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)
    assert s.suggestion_accuracy == pytest.approx(2 / 3) and s.changed_share == pytest.approx(1 / 5)


def test_flag_inside_a_token_corrects_that_part() -> None:
    ocr = "seminarier/forelisningar"
    s = score(ocr, "seminarier/föreläsningar", [flag(ocr, "forelisningar", "föreläsningar")])
    assert (s.errors, s.corrected) == (1, 1)


def test_misaligned_texts_are_refused() -> None:
    with pytest.raises(InputError, match="rader"):
        score("a\nb\n", "a\n", [])
    with pytest.raises(InputError, match="rad 1"):
        score("a b\n", "a\n", [])


def test_the_scores_of_several_pairs_add_up_to_one_sets() -> None:
    a = Scores(errors=2, correct_tokens=10, true_positives=2, false_positives=1, corrected=1, changed_correct=0,
                          missed=[("x", "y")])
    b = Scores(errors=3, correct_tokens=5, true_positives=1, false_positives=0, corrected=1, changed_correct=1)
    t = total([a, b])
    assert (t.errors, t.correct_tokens, t.true_positives, t.false_positives, t.corrected, t.changed_correct) == (5, 15, 3, 1, 2, 1)
    assert t.recall == 3 / 5 and t.missed == []  # counts add up; the lists of one pair's misses do not
