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
Ekonomichefen redovisar budgetuppföljningen efter februari. Prognosen visar ett underskott på
cirka 2,1 miljoner kronor, främst inom grundskolan och den kommunala vuxenutbildningen. D
nämnden har begärt en åtgärdsplan ska förvaltningen återkomma med förslag till besparin
Beslut: Nämnden lägger informationen till handlingarna.
§ 14 Övriga frågor
Inga övriga frågor anmäldes.
"""


# the left margin of a tight crop: the first words of some lines lost their first letters
LEFT_PAGE = """Protokoll fört vid sammanträde med barn- och utbildningsnämnden i Smedjebacken
d och plats: tisdagen den 4 mars kl. 13.00-15.30 i sammanträdesrummet Barken, kommunhuset
Närvarande: Anna Berg (S), ordförande, Lars Holm (M), Eva Lund (C), Karin Ek (V), Per Nils
rin Sund, förvaltningschef, och Jonas Dahl, nämndsekreterare i kommunen
§ 12 Godkännande av dagordningen
Nämnden godkänner dagordningen med tillägg av en informationspunkt om skolskjutsarna under
rendet om övriga frågor. Förvaltningschefen informerar om läget i förskolan och om de nya
utinerna för tillsyn av fristående verksamheter som ska gälla i hela kommunen.
§ 13 Budgetuppföljning
onomichefen redovisar budgetuppföljningen efter februari. Prognosen visar ett underskott på
cirka 2,1 miljoner kronor, främst inom grundskolan och den kommunala vuxenutbildningen.
slut: Nämnden lägger informationen till handlingarna.
§ 14 Övriga frågor
Inga övriga frågor anmäldes.
"""


def test_the_margins_are_where_the_long_lines_end_and_where_every_line_starts() -> None:
    width = margins.margin_width(PAGE)
    assert 80 <= width <= 95
    found = {t.text: margins.side(PAGE, t, width) for t in tokens(PAGE)}
    assert found["besparin"] == found["kommunstyrel"] == found["Smedjebacken"] == margins.RIGHT
    assert found["handlingarna"] == found["dagordningen"] == ""  # short lines end well before it
    assert found["Protokoll"] == found["Beslut"] == margins.LEFT and found["cirka"] == margins.LEFT
    assert margins.side("en rad\n    indragen rad\n", tokens("en rad\n    indragen rad\n")[2], 0) == ""  # indented
    assert margins.margin_width("en kort rad\n" * 5) == 0  # too few lines to know a margin


def test_a_cut_word_reads_as_the_common_forms_it_begins_or_ends(session_lexicon: Lexicon) -> None:
    found = {w: lost for w, _, lost in margins.completions(session_lexicon, "besparin", margins.RIGHT)}
    assert found["besparing"] == 1 and found["besparingar"] == 3
    assert all(lost <= margins.CUT_MAX for lost in found.values())
    assert margins.completions(session_lexicon, "be", margins.RIGHT) == []  # too little left to read it by
    found = {w: lost for w, _, lost in margins.completions(session_lexicon, "utinerna", margins.LEFT)}
    assert found["rutinerna"] == 1
    assert margins.cut_cost(2, 0.1) < margins.cut_cost(1, 0.1) < margins.cut_cost(1, 0.5)


def test_a_page_that_cuts_words_is_told_from_one_that_does_not(engine: Engine) -> None:
    whole = PAGE.replace("besparin\n", "besparingar.\n").replace("kommunstyrel\n", "kommunstyrelsen.\n")
    def rate(text: str, where: str) -> float:
        return margins.cut_rate(text, margins.margin_width(text), where, engine.lexicon, engine.known)
    assert rate(PAGE, margins.RIGHT) > 2 * rate(whole, margins.RIGHT) and rate(whole, margins.RIGHT) < 0.01
    assert rate(LEFT_PAGE, margins.LEFT) > 2 * rate(PAGE, margins.LEFT) and rate(PAGE, margins.LEFT) < 0.01


def test_the_engine_completes_words_cut_at_the_margin_and_nowhere_else(engine: Engine) -> None:
    flags = {f.word: f.best for f in engine.check(PAGE)}
    assert flags["besparin"] in ("besparing", "besparingar") and flags["kommunstyrel"] in ("kommunstyrelse", "kommunstyrelsen")
    # the same token ending a short line, or inside one, is damage of another kind
    inside = PAGE.replace("Inga övriga frågor anmäldes.", "Inga kommunstyrel anmäldes. Sedan kommunstyrel")
    assert [f.best for f in engine.check(inside) if f.word == "kommunstyrel"][1:] == ["kommunstyret", "kommunstyret"]


def test_the_engine_completes_words_cut_at_the_left_margin_with_a_lines_capital(engine: Engine) -> None:
    flags = {f.word: f.best for f in engine.check(LEFT_PAGE)}
    assert flags["rin"] == "Karin" and flags["onomichefen"] == "Ekonomichefen"  # a line of minutes opens with a capital
    assert flags["rendet"] == "ärendet" and flags["utinerna"] == "rutinerna"  # where the line above runs on, small
    assert "slut" not in flags  # a cut word that is a word as it stands ("Beslut") is not seen


def test_the_words_beside_a_cut_word_choose_among_its_completions(engine: Engine) -> None:
    # "till handlinga": the page cuts one to three letters; "till handlingarna" is what minutes write
    page = PAGE.replace("informerar om läget i förskolan och om de nya\n",
                        "informerar om läget och nämnden lägger rapporten till handlinga\n")
    assert {f.word: f.best for f in engine.check(page)}["handlinga"] == "handlingarna"


def test_a_real_word_at_the_margin_of_a_cutting_page_is_doubted_where_its_neighbours_call_for_more(engine: Engine) -> None:
    page = PAGE.replace("informerar om läget i förskolan och om de nya\n",
                        "informerar om läget och nämnden lägger rapporten till handlingar\n")
    flags = {f.word: f for f in engine.check(page)}
    assert flags["handlingar"].best == "handlingarna" and flags["handlingar"].kind.value == "real-word"
    assert "handlingar" not in {f.word for f in engine.check(page.replace("besparin\n", "besparingar.\n")
                                                            .replace("kommunstyrel\n", "kommunstyrelsen.\n"))}
    # a name opening a list's line is no word cut short ("Eva" is no "Leva")
    listed = page.replace("Per Nils\n", "Per Nils,\n").replace("Övriga närvarande:", "Eva Sund, Övriga:")
    assert "Eva" not in {f.word for f in engine.check(listed)}


def test_a_line_is_wrapped_where_the_next_word_would_not_have_fit_beside_it() -> None:
    text = "Anna inleder med att presentera verksamheten\nförvaltningsakademin som\nBeslut\nNämnden"
    assert margins.wrapped_above(text, text.index("förvaltningsakademin"), 60)
    assert not margins.wrapped_above(text, text.index("Nämnden"), 60)
    assert margins.wrapped_above(text, text.index("Nämnden"), 0)  # a page of unknown width tells nothing
