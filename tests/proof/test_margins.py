"""Words cut short at the right margin (proof/margins.py): a curled page or a tight crop."""

from __future__ import annotations

from minutes_desk.proof import margins
from minutes_desk.proof.engine import Engine
from minutes_desk.proof.lexicon import Lexicon
from minutes_desk.proof.tokens import tokens

# the long lines of a curled page lost the last letters of their last words; the short ones kept theirs
PAGE = """Protokoll fört vid sammanträde med barn- och utbildningsnämnden i Smedjebacken
Tid och plats: tisdagen den 4 mars kl. 13.00-15.30 i sammanträdesrummet Barken, kommunhus
Närvarande: Anna Berg (S), ordförande, Lars Holm (M), Eva Lund (C), Karin Ek (V), Per Nils
Övriga närvarande: Maria Sund, förvaltningschef, och Jonas Dahl, nämndsekreterare i kommun
§ 12 Godkännande av dagordningen
Nämnden godkänner dagordningen med tillägg av en informationspunkt om skolskjutsarna under
ärendet om övriga frågor. Förvaltningschefen informerar om läget i förskolan och om de nya
rutinerna för tillsyn av fristående verksamheter som ska gälla i hela kommunstyrel
§ 13 Budgetuppföljning
Ekonomen redovisar budgetuppföljningen efter februari. Prognosen visar ett underskott på
cirka 2,1 miljoner kronor, främst inom grundskolan och den kommunala vuxenutbildningen. D
nämnden har begärt en åtgärdsplan ska förvaltningen återkomma med förslag till besparin
Beslut: Nämnden lägger informationen till handlingarna.
§ 14 Övriga frågor
Inga övriga frågor anmäldes.
"""


def test_the_margin_is_where_the_long_lines_end() -> None:
    width = margins.margin_width(PAGE)
    assert 80 <= width <= 95
    found = {t.text: margins.at_margin(PAGE, t, width) for t in tokens(PAGE)}
    assert found["besparin"] and found["kommunstyrel"] and found["Smedjebacken"]
    assert not found["handlingarna"] and not found["dagordningen"]  # short lines end well before it
    assert margins.margin_width("en kort rad\n" * 5) == 0  # too few lines to know a margin


def test_a_cut_word_reads_as_the_common_forms_it_begins(session_lexicon: Lexicon) -> None:
    found = {w: lost for w, _, lost in margins.completions(session_lexicon, "besparin")}
    assert found["besparing"] == 1 and found["besparingar"] == 3
    assert all(lost <= margins.CUT_MAX for lost in found.values())
    assert margins.completions(session_lexicon, "be") == []  # too little left to read it by
    assert margins.cut_cost(2, 0.1) < margins.cut_cost(1, 0.1) < margins.cut_cost(1, 0.5)


def test_a_page_that_cuts_words_is_told_from_one_that_does_not(engine: Engine) -> None:
    whole = PAGE.replace("besparin\n", "besparingar.\n").replace("kommunstyrel\n", "kommunstyrelsen.\n")
    cut = margins.cut_rate(PAGE, margins.margin_width(PAGE), engine.lexicon, engine.known)
    kept = margins.cut_rate(whole, margins.margin_width(whole), engine.lexicon, engine.known)
    assert cut > 2 * kept and kept < 0.01


def test_the_engine_completes_words_cut_at_the_margin_and_nowhere_else(engine: Engine) -> None:
    flags = {f.word: f.best for f in engine.check(PAGE)}
    assert flags["besparin"] in ("besparing", "besparingar") and flags["kommunstyrel"] in ("kommunstyrelse", "kommunstyrelsen")
    # the same token ending a short line, or inside one, is damage of another kind
    inside = PAGE.replace("Inga övriga frågor anmäldes.", "Inga kommunstyrel anmäldes.\nkommunstyrel")
    assert [f.best for f in engine.check(inside) if f.word == "kommunstyrel"][1:] == ["kommunstyret", "kommunstyret"]
