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
