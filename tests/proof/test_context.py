"""Word-pair context: each rule on small invented sentences, and what it must leave alone."""

from __future__ import annotations

import pytest

from minutes_desk.proof import context
from minutes_desk.proof.engine import Engine

LOSSY = ("Styrelsen beslutade att namnden ska ha en arlig genomgang av malen och att forvaltningen "
         "ska redovisa utfallet for hela perioden. Ordforanden halsade alla valkomna till motet. ")


def flagged(engine: Engine, text: str) -> dict[str, str | None]:
    return {f.word: f.best for f in engine.check(text)}


@pytest.mark.parametrize(("best", "prev", "expected"), [
    ("är", "3,8", "år"),
    ("är", "gymnasiets", "år"),
    ("är", "varje", "år"),
    ("är", "kostnaden", None),  # "kostnaden är 2 mnkr": a number after is no cue
    ("är", "diskuteras", None),  # a passive verb ends in s too, but is no genitive
    ("år", "hon", "är"),
    ("när", "vi", "når"),
    ("när", "motet", None),  # "besöker mötet när nätverket träffas": a clause follows
    ("stod", "ekonomiskt", "stöd"),
    ("stod", "ett", "stöd"),
    ("stod", "arendet", None),  # the verb after its subject
])
def test_reading_by_the_word_before(best: str, prev: str, expected: str | None) -> None:
    assert context.reading(best, prev) == expected


def test_neighbours_stop_at_a_clause_break() -> None:
    text = "Vi ses i dag, nar det passar. Resultaten nar skolorna"
    assert context.previous_word(text, text.index("nar")) == ""
    assert context.next_word(text, text.index("nar") + 3) == "det"
    assert context.previous_word(text, text.rindex("nar")) == "resultaten"
    assert context.next_word(text, text.index("passar") + 6) == "."  # a full stop says so
    assert context.next_word(text, text.index("dag") + 3) == ""


def test_places_and_their_slots() -> None:
    assert context.is_place("Åre") and context.is_place("Västerås") and context.is_place("Tjörns")
    assert not context.is_place("Are") and not context.is_place("kommun")
    assert context.expects_place("", "kommun") and context.expects_place("region", "")
    assert not context.expects_place("", "gymnasium")


def test_a_place_before_kommun_gets_its_diacritics_back(engine: Engine) -> None:
    found = flagged(engine, LOSSY + "Deltog gjorde Are kommun och Region Varmland.\n")
    assert found["Are"] == "Åre"
    assert found["Varmland"] == "Värmland"


def test_a_right_place_or_a_name_outside_the_slot_stays(engine: Engine) -> None:
    found = flagged(engine, LOSSY + "Deltog gjorde Åre kommun och Are Nilsson.\n")
    assert "Åre" not in found and "Are" not in found


def test_the_noun_stod_after_an_article_or_adjective(engine: Engine) -> None:
    found = flagged(engine, LOSSY + "Projektet far ekonomiskt stod fran staten.\n")
    assert found["stod"] == "stöd"


def test_the_verb_stod_stays(engine: Engine) -> None:
    found = flagged(engine, LOSSY + "Arendet stod pa dagordningen.\n")
    assert "stod" not in found


def test_no_context_restoration_where_the_text_keeps_its_diacritics(engine: Engine) -> None:
    text = "Nämnden beslutade att ge ekonomiskt stöd. Förvaltningen fick ett stod till hjälp.\n"
    assert "stod" not in flagged(engine, text)


def test_a_right_diacritic_is_never_taken_away_by_context(engine: Engine) -> None:
    found = flagged(engine, LOSSY + "Resultaten når skolorna. Projektet fick ekonomiskt stöd.\n")
    assert "når" not in found and "stöd" not in found
    found = flagged(engine, LOSSY + "Vi träffas igen när resultaten kommer.\n")
    assert "när" not in found


def test_a_common_word_before_a_surname_is_the_first_name_it_restores_to(engine: Engine) -> None:
    lossy = ("Fragan om atgarderna pagar. Forvaltningen har fatt ett nytt uppdrag for aret och sa vidare. "
             "Ordforanden ar Par Svensson och sekreterare ar Hakan Lind (S).\n")
    found = flagged(engine, lossy)
    assert found["Par"] == "Pär" and found["Hakan"] == "Håkan"
    assert "Par" not in flagged(engine, "Ett par frågor. Ordföranden är Par Svensson.\n")  # the text keeps å


def test_a_listed_first_name_before_a_surname_is_kept_on_a_page_that_reads_e_as_a(engine: Engine) -> None:
    # the page reads e as a and a as e, but "Lena" is a first name as written, and "Lana" no first name
    text = ("Närvarande: Lena Åkesson, ordförende, och Per Holm.\nNämndan bahandlede ärendat om budgaten. "
            "Förvaltningan radovisede läget och nämndan beslutede att godkänna rapportan. "
            "Lena Åkesson tackede för arbatet med ärendat.\n")
    flags = {f.word: f.best for f in engine.check(text)}
    assert "Lena" not in flags and flags["ordförende"] == "ordförande"


def test_the_next_word_keeps_a_real_word_or_calls_for_the_modal(engine: Engine) -> None:
    found = flagged(engine, LOSSY + "Val av justerare. De som bor i kommunen. Styrelsen bor besluta i dag.\n")
    assert "Val" not in found
    assert [f.best for f in engine.check(LOSSY + "De som bor i kommunen. Styrelsen bor besluta.\n") if f.word == "bor"] == ["bör"]
    # a place adverb after it is bo's too: "som bor där"
    assert "bor" not in flagged(engine, LOSSY + "De som bor där nätet är svagt.\n")


def test_ar_before_a_full_stop_is_the_noun(engine: Engine) -> None:
    found = [f.best for f in engine.check(LOSSY + "Avtalet galler i ett ar. Det ar klart.\n") if f.word == "ar"]
    assert found == ["år", "är"]


def test_bar_before_a_supine_is_the_auxiliary_har(engine: Engine) -> None:
    found = [(f.word, f.best) for f in engine.check("Nämnden bar beslutat att gå vidare. Han bar en väska.\n")]
    assert found == [("bar", "har")]


def test_a_first_name_before_a_surname_with_ocr_marks(engine: Engine) -> None:
    text = LOSSY + "Asa Kallstr6m tog upp frågan. Aven Par Lindkvist var med.\n"
    assert flagged(engine, text)["Asa"] == "Åsa"
