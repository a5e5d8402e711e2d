"""The letter-trigram model: OCR damage leaves letter sequences no Swedish name or word has."""

from __future__ import annotations

from minutes_desk.proof import letters
from minutes_desk.proof.engine import Engine


def test_damaged_names_look_odd_and_right_ones_do_not() -> None:
    model = letters.load()
    for damaged, right in (("Wcsterlund", "Westerlund"), ("Ljuuggren", "Ljunggren"), ("Riugsjöholm", "Ringsjöholm"),
                           ("Jäclerberg", "Jäderberg")):
        assert model.oddity(damaged) > 1.0, damaged
        assert model.oddity(right) < 0.5, right
    assert model.oddity("Stromback") == 0.0  # a lost diacritic leaves ordinary letters: the channel's business


def test_a_participant_name_with_odd_letters_yields_to_a_listed_name(engine: Engine) -> None:
    text = "Närvarande: Anna Wcsterlund, Per Ljuuggren, Eva Bergvik\n\nMötet öppnades.\n"
    found = {f.word: f.best for f in engine.check(text, known_words=["Wcsterlund", "Ljuuggren", "Bergvik"])}
    assert found == {"Wcsterlund": "Westerlund", "Ljuuggren": "Ljunggren"}  # Bergvik: an unlisted, ordinary name


def test_abbreviations_are_not_judged_by_their_letters(engine: Engine) -> None:
    text = "Kdir-gruppen och SKLs företrädare träffade Mbnf i Borås.\n"
    assert {f.word for f in engine.check(text)} <= {"Mbnf"}


def test_an_unlisted_odd_name_is_read_by_the_letters_of_names(engine: Engine) -> None:
    text = "Närvarande: Anna Jäclerberg, Per Riugsjöholm, Sigrun Asgeirdottir, Lars Wcislo\n\nMötet öppnades.\n"
    names = ["Anna", "Jäclerberg", "Per", "Riugsjöholm", "Sigrun", "Asgeirdottir", "Lars", "Wcislo"]
    found = {f.word: f.best for f in engine.check(text, known_words=names)}
    assert found == {"Jäclerberg": "Jäderberg", "Riugsjöholm": "Ringsjöholm"}  # foreign names stay as written
