"""OCR damage classes the second blind set showed, each on small cases of our own (invented
sentences; no word of any blind pair)."""

from __future__ import annotations

from minutes_desk.proof.engine import Engine


def best(flags, word):
    (flag,) = [f for f in flags if f.word == word]
    return flag.best


def test_n_and_u_swapped_inside_words(engine: Engine) -> None:
    flags = engine.check("Styrelsen tog upp förbuudet och den nya förvaltniugen i en uämnd.\n")
    assert best(flags, "förbuudet") == "förbundet"  # uu is a swap, not a letter read twice
    assert best(flags, "förvaltniugen") == "förvaltningen"
    assert best(flags, "uämnd") == "nämnd"
    assert engine.check("Nu tar nämnden upp frågan om ett nytt utskott.\n") == []


LOSSY = ("Styrelsen beslutade att namnden ska ha en arlig genomgang av malen och att forvaltningen "
         "ska redovisa utfallet for hela perioden. ")


def test_ar_and_nar_read_by_the_word_before_in_a_text_without_diacritics(engine: Engine) -> None:
    text = LOSSY + "Hon ar nojd. Avgiften hojs nasta ar och 3 ar framat. Vi nar malet nar vi vill.\n"
    flags = engine.check(text)
    ar = [f.best for f in flags if f.word == "ar"]
    assert ar == ["är", "år", "år"]
    nar = [f.best for f in flags if f.word == "nar"]
    assert nar == ["når", "när"]


def test_ar_left_alone_where_the_text_keeps_its_diacritics(engine: Engine) -> None:
    text = "Styrelsen beslutade att nämnden ska få en årlig genomgång i år. Vi ar inte klara.\n"
    assert not [f for f in engine.check(text) if f.word == "ar" and f.best in ("år", "är")]


def test_a_word_that_lost_several_diacritics_is_restored_at_every_position() -> None:
    from minutes_desk.proof.candidates import Candidate, _coherent
    from minutes_desk.proof.channel import Profile

    profile = Profile()
    full = Candidate("bålgöra", -7.0, (("b", "b"), ("å", "a"), ("l", "l"), ("g", "g"), ("ö", "o"), ("r", "r"), ("a", "a")))
    partial = Candidate("balgöra", -6.9, (("b", "b"), ("a", "a"), ("l", "l"), ("g", "g"), ("ö", "o"), ("r", "r"), ("a", "a")))
    assert _coherent(full, profile).score > _coherent(partial, profile).score  # the second loss is cheap
    assert _coherent(partial, profile) == partial  # one loss: nothing to share


def test_place_names_lose_all_their_diacritics_and_get_them_all_back(engine: Engine) -> None:
    text = ("Kommunstyrelsen mötte företrädare för Hoganas och Ornskoldsvik, och Harnosands "
            "ordförande talade om Vasteras.\n")
    found = {f.word: f.best for f in engine.check(text)}
    assert found == {"Hoganas": "Höganäs", "Ornskoldsvik": "Örnsköldsvik", "Harnosands": "Härnösands",
                     "Vasteras": "Västerås"}


def test_a_letter_read_twice_inside_an_unlisted_compound(engine: Engine) -> None:
    flags = engine.check("Rektorn beskrev en ny lärarrtjänst och mer handledarrstöd för eleverna.\n")
    assert best(flags, "lärarrtjänst") == "lärartjänst"
    assert best(flags, "handledarrstöd") == "handledarstöd"


def test_rn_for_m_together_with_another_damage_in_the_same_word(engine: Engine) -> None:
    flags = engine.check("Vi arbetar tilsarnmans med skolan och samlas i förrnidags varje vecka.\n")
    assert best(flags, "tilsarnmans") == "tillsammans"  # rn for m, and one l for two
    assert best(flags, "förrnidags") == "förmiddags"  # rn for m, and one d for two
