"""marks.fold on a PDF text layer's spacing accents: a font without a character map copies "ö" as
"o" and "¨", in the order the producer set them (TeX: accent, then letter; others: letter, then mark)."""

from __future__ import annotations

import pytest

from minutes_desk.proof.marks import fold, fold_readings, misread_capitals, spacing_marks, undotted_abbreviation


@pytest.mark.parametrize(("written", "meant"), [
    ("m\u00a8ote", "möte"), ("mo\u00a8te", "möte"),  # the mark before or after its letter
    ("\u00a8over", "över"), ("pa\u02da", "på"),  # at the word's start or end
    ("A\u00a8ngelholm", "Ängelholm"), ("\u00a8Angelholm", "Ängelholm"),  # a capital
    ("Linne\u00b4a", "Linnéa"), ("Linn\u00b4ea", "Linnéa"),  # the acute sits on e only
    ("fo\u00a8rso\u00a8rjning", "försörjning"), ("f\u00a8ors\u00a8orjning", "försörjning"),
    ("\ufb01nns", "finns"), ("ut\u00adbildning", "utbildning"),
])
def test_a_spacing_mark_goes_on_the_letter_beside_it_that_takes_it(written: str, meant: str) -> None:
    assert fold(written) == meant


def test_a_mark_between_two_letters_that_take_it_gives_both_readings() -> None:
    assert sorted(fold_readings("sjo\u00a8ar")) == ["sjoär", "sjöar"]
    assert sorted(fold_readings("ide\u00b4er")) == ["ideér", "idéer"]
    assert fold_readings("sj\u00a8oar") == ["sjöar"]  # j takes no diaeresis: one reading


def test_a_letter_takes_one_mark_and_a_mark_with_no_letter_for_it_stays() -> None:
    assert fold_readings("Na\u00a8a\u00a8s,")[0] == "Nääs,"  # every mark placed comes first
    assert "Naä\u0308s," not in fold_readings("Na\u00a8a\u00a8s,")  # never two marks on one letter
    assert fold("x\u00a8y") == "x\u00a8y" and spacing_marks("x\u00a8y") == 1
    assert fold_readings("möte") == ["möte"] and fold_readings("mote") == ["mote"]


def test_the_abbreviation_with_one_dot_between_the_letters() -> None:
    listed = {"bl.a.", "t.ex", "fr.o.m."}.__contains__
    assert undotted_abbreviation("bla", listed) == "bl.a."
    assert undotted_abbreviation("tex", listed) == "t.ex"
    assert undotted_abbreviation("from", listed) is None  # two dots lost: no
    assert undotted_abbreviation("och", listed) is None


def test_a_small_l_read_as_a_capital_inside_a_small_word() -> None:
    assert misread_capitals("besLut") == "beslut" and misread_capitals("kL") == "kl"
    assert misread_capitals("MalmöLundregionen") is None  # a name's capital
    assert misread_capitals("SoL") is None and misread_capitals("LSS") is None
