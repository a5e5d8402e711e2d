"""The document's own spellings of a person's name (proof/spellings.py), without the engine."""

from __future__ import annotations

from minutes_desk.proof import spellings
from minutes_desk.proof.channel import Profile
from minutes_desk.proof.flags import FlagKind
from minutes_desk.proof.tokens import tokens

TEXT = "Närvarande: Anders Jönsson, Eva Mattsson\n\nAnders Jonsson föredrog. Eva Matsson och Eva Mattsson svarade.\n"


def _token(text: str, word: str, nth: int = 0):
    return [t for t in tokens(text) if t.text == word][nth]


def test_the_name_beside_a_spelling_says_whose_it_is() -> None:
    assert spellings.name_neighbours(TEXT, _token(TEXT, "Jonsson")) == {"anders"}
    assert spellings.name_neighbours("Rapporten  Jonsson lämnade.", _token("Rapporten  Jonsson lämnade.", "Jonsson")) == set()


def test_the_profile_holds_each_names_spellings_with_their_neighbours() -> None:
    found = spellings.profile_spellings(TEXT, tokens(TEXT), set())
    assert found["jonsson"] == {"jönsson": frozenset({"anders"})}
    doublings = spellings.profile_doublings(TEXT, tokens(TEXT), set())
    assert doublings["matson"] == {"mattsson": (2, frozenset({"eva"})), "matsson": (1, frozenset({"eva"}))}


def test_a_damaged_spelling_is_read_as_the_documents_other_one() -> None:
    profile = Profile(name_spellings=spellings.profile_spellings(TEXT, tokens(TEXT), set()),
                      name_doublings=spellings.profile_doublings(TEXT, tokens(TEXT), set()))
    profile.add_word("ö", "o")  # a text that loses ö
    flag = spellings.spelling_flag(TEXT, _token(TEXT, "Jonsson"), profile, set(), lambda w: (3.0, 1))
    assert (flag.best, flag.kind) == ("Jönsson", FlagKind.REAL_WORD)
    flag = spellings.doubling_flag(TEXT, _token(TEXT, "Matsson"), profile, lambda w: 2.0, lambda w: None)
    assert (flag.best, flag.kind) == ("Mattsson", FlagKind.NON_WORD)
    # another first name beside the other spelling is another person
    other = TEXT.replace("Anders Jonsson", "Karin Jonsson")
    assert spellings.spelling_flag(other, _token(other, "Jonsson"), profile, set(), lambda w: (3.0, 1)) is None
