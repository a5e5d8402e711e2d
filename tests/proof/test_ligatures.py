"""A PDF text layer's ligatures: characters its font maps them to, and ligatures it drops."""

from __future__ import annotations

from minutes_desk.proof import ligatures
from minutes_desk.proof.engine import Engine

WORDS = {"information", "aktiviteter", "efter", "effekt", "effekterna", "finns", "fick", "definition", "offentlig",
         "på", "är", "möte"}


def is_word(word: str) -> bool:
    return word in WORDS


def zipf(word: str) -> float | None:
    return 4.0 if word in WORDS else None


def test_an_odd_character_is_the_ligature_that_makes_its_words_words() -> None:
    mapping = ligatures.learn(["informaƟon", "akƟviteter", "eŌer", "eīekt", "eīekterna", "mote"], zipf)
    assert mapping["Ɵ"] == "ti" and mapping["ɵ"] == "ti"  # both cases of the letter
    assert mapping["Ō"] == "ft" and mapping["ī"] == "ff"
    assert ligatures.apply("EīEKTERNA", mapping) == "EffEKTERNA"


def test_an_odd_character_that_stands_for_a_swedish_letter_is_no_ligature() -> None:
    assert ligatures.learn(["m\ue000te", "p\ue000"], zipf) == {}  # möte, på: a font without å, ä, ö
    assert ligatures.learn(["Dvořák", "Łukasz"], zipf) == {}  # foreign names make no words either way
    assert ligatures.learn(["xƟy"], zipf) == {"Ɵ": "ti", "ɵ": "ti"}  # Calibri's documented ti


def test_a_dropped_ligature_is_learned_only_where_it_explains_many_unknown_words() -> None:
    assert ligatures.learn_drops(["nns", "ck", "denition", "xyzzy"], is_word) == ("fi",)
    assert ligatures.learn_drops(["nns", "xyzzy", "qwrt", "zzkk"], is_word) == ()  # one word is chance
    assert ("offentlig", 1.0) in ligatures.restorations("oentlig", ("fi",))  # others cost a little


def test_the_engine_reads_a_documents_ligature_characters(engine: Engine) -> None:
    text = ("Nämnden fick informaƟon om akƟviteterna. Rapporten eŌer sommaren visar en eīekt på "
            "kostnaden, och eīekterna kommer eŌerhand.\n")
    found = {f.word: f.best for f in engine.check(text)}
    assert found == {"informaƟon": "information", "akƟviteterna": "aktiviteterna", "eŌer": "efter",
                     "eīekt": "effekt", "eīekterna": "effekterna", "eŌerhand": "efterhand"}


def test_the_engine_puts_back_ligatures_a_text_layer_dropped(engine: Engine) -> None:
    text = ("Det nns förslag. Nämnden ck ta del av en ny denition av oentlig verksamhet. "
            "Det nns ett behov av tre nya tjänster. Kommunen ck beskedet i april.\n")
    found = {f.word: f.best for f in engine.check(text)}
    assert found == {"nns": "finns", "ck": "fick", "denition": "definition", "oentlig": "offentlig"}
    assert engine.check("Kommunen fick beskedet i april och det finns tid.\n") == []


def test_the_engine_puts_back_letters_a_text_layer_dropped_throughout(engine: Engine) -> None:
    text = ("Protokoll frn mtet med Rddningstjnsten Sdra lvsborg. Nsta mte r den 4 mars. Nmnden beslutade "
            "att godknna frslaget och uppdra t frvaltningen att terkomma. Ordfranden hlsade alla vlkomna.\n")
    found = {f.word: f.best for f in engine.check(text)}
    assert {w: found.get(w) for w in ("frn", "Rddningstjnsten", "Sdra", "lvsborg", "Nsta", "godknna")} == {
        "frn": "från", "Rddningstjnsten": "Räddningstjänsten", "Sdra": "Södra", "lvsborg": "Älvsborg",
        "Nsta": "Nästa", "godknna": "godkänna"}  # two letters in one word; a name's capital


def test_letters_put_back_by_chance_teach_nothing() -> None:
    common = {"påa": False, "fåran": False}
    assert ligatures.learn_drops(["pa", "fran", "tld", "xyz"], lambda w: common.get(w, False)) == ()
    assert ligatures.letter_restorations("nsta", ()) == []  # nothing learned: nothing put back


def test_a_replacement_character_is_a_ligature_or_a_swedish_letter_as_the_words_say(engine: Engine) -> None:
    text = "Nämnden fick \ufffdnansiering för \ufffdera nya tjänster. Vi har \ufffdnansierat projektet.\n"
    assert {f.word: f.best for f in engine.check(text)} == {
        "\ufffdnansiering": "finansiering", "\ufffdera": "flera", "\ufffdnansierat": "finansierat"}
    text = "Protokoll fr\ufffdn m\ufffdtet. N\ufffdmnden beslutade att godk\ufffdnna f\ufffdrslaget.\n"
    assert [f.best for f in engine.check(text)] == ["från", "mötet", "Nämnden", "godkänna", "förslaget"]


def test_a_symbol_is_a_ligature_only_where_that_makes_a_word_as_it_stands(engine: Engine) -> None:
    text = ("Informa&on om organisa&onen och ak&viteterna. Vi har f&tt svar och det är ocks& bra. "
            "Nämnden beslutade om H&M och AT&T.\n")
    assert {f.word: f.best for f in engine.check(text)} == {
        "Informa&on": "Information", "organisa&onen": "organisationen", "ak&viteterna": "aktiviteterna",
        "f&tt": "fått", "ocks&": "också"}  # an OCR's & for å stays that; brands stay


def test_of_two_ligatures_that_make_words_the_commoner_words_win() -> None:
    common = {"efter": 6.5, "etter": 2.0}
    assert ligatures.learn(["eŌer"], common.get) == {"Ō": "ft", "ō": "ft"}


def test_a_character_standing_for_one_swedish_letter_throughout_is_that_letter() -> None:
    # a Windows-1252 text read as Windows-1250: å is ĺ, Å is Ĺ (ä and ö are the same bytes in both)
    common = {"på": 7.0, "åland": 3.5, "övningar": 4.0, "också": 6.0, "åtgärder": 4.5, "öland": 3.0}
    mapping = ligatures.learn(["pĺ", "Ĺland", "ocksĺ", "ĺtgärder"], common.get)
    assert (mapping["ĺ"], mapping["Ĺ"]) == ("å", "Å")
    # an OCR's ã for å and ä alike is no one letter: the channel reads it word by word
    assert ligatures.learn(["pã", "ocksã", "Hãgg", "rãtt"], {"på": 7.0, "också": 6.0, "hägg": 3.0,
                                                          "rätt": 5.0}.get) == {}


def test_the_engine_reads_a_text_decoded_with_the_wrong_code_page(engine: Engine) -> None:
    text = ("Nämnden beslutade pĺ mötet att ocksĺ ta upp ĺtgärderna för Ĺland och att rĺdet ska ĺterkomma "
            "med en plan för ĺret.\n")
    found = {f.word: f.best for f in engine.check(text)}
    assert found == {"pĺ": "på", "ocksĺ": "också", "ĺtgärderna": "åtgärderna", "Ĺland": "Åland", "rĺdet": "rådet",
                     "ĺterkomma": "återkomma", "ĺret": "året"}
