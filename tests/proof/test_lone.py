"""Lone thin strokes between words (proof/lone.py), read without the engine: pure string rules."""

from __future__ import annotations

from minutes_desk.proof import lone


def readings(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.best) for f in lone.readings(text)]


def test_a_stroke_between_words_is_the_preposition() -> None:
    assert readings("Mötet hölls 1 Huddinge, nästa hålls l Botkyrka.\n") == [("1", "i"), ("l", "i")]


def test_before_a_month_the_word_before_says_preposition_or_date() -> None:
    assert readings("Det redovisas I april. Taxan gäller från I januari.\n") == [("I", "i"), ("I", "1")]


def test_numbers_and_numbered_things_stay() -> None:
    assert readings("Punkt 1 gäller. Taxan gäller 1 januari. Bilaga 1 bifogas.\n") == []


def test_a_capital_i_after_a_joining_word_or_before_a_number_is_the_preposition() -> None:
    text = "Felet låg i dokumentationen och I uppföljningen. Vi förlänger avtal I 12 månader.\n"
    assert readings(text) == [("I", "i"), ("I", "i")]
    # a numeral after a numbered thing stays: "etapp I", "punkterna 3 och 1 gäller"
    assert readings("Etapp I omfattar 12 hus och punkterna 3 och 1 gäller.\n") == []


def test_four_strokes_between_words_are_till() -> None:
    text = "Ärendet återremitteras 1111 förvaltningen. Avgiften höjs från 410 kr 1111 450 kr.\n"
    assert readings(text) == [("1111", "till"), ("1111", "till")]
    assert readings("Perioden januari £111 september.\n") == [("£111", "till")]  # a t read as a sign of its shape
    # a numbered thing, a line's first token and a longer run stay numbers
    assert readings("Se punkt 1111 nedan.\n1111 kronor betalas, och 11111 till.\n") == []


def test_a_sign_alone_between_sentences_is_a_dash() -> None:
    text = "Kostnaden fördelas efter invånarantal. ~ Gruppen ställer sig bakom. Inget avtal tecknas. = Förstudien skickas ut.\n"
    assert readings(text) == [("~", "–"), ("=", "–")]
    # a sum's signs, and a writer's "=" or "+" inside a sentence, stay
    assert readings("Summan blir 5 + 3 = 8 kr. Intäkt = avgift, och SKR + kommunerna möts.\n") == []
