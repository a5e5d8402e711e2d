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
