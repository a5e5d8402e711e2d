"""Party letters after members' names (proof/parties.py), as an OCR damages their brackets and letters."""

from __future__ import annotations

from minutes_desk.proof import parties
from minutes_desk.proof.engine import Engine

MEMBERS = "Närvarande:\nAnna Berg (S), ordförande\nPer Ek (M)\n"


def test_brackets_and_letters_read_as_thin_or_round_strokes() -> None:
    assert parties.reading("(MI") == "(M)"  # ")" read as I
    assert parties.reading("(Ci") == "(C)" and parties.reading("(S!") == "(S)"  # a dot-matrix ")": i or !
    assert parties.reading("(MI)") == "(M)"  # ")" read as two strokes
    assert parties.reading("tSD)") == "(SD)"  # "(" read as t
    assert parties.reading("IV)") == "(V)"
    assert parties.reading("($1") == "(S)"
    assert parties.reading("(€)") == "(C)"
    assert parties.reading("(KD") == "(KD)"  # the closing bracket lost
    # round and curved strokes: S as 3 or 9, C as 0, ")" as 3; V as ¥; M and K as 4
    assert [parties.reading(t) for t in ("(3)", "(90)", "(0)", "(53", "(¥)", "(4)", "(40)")] == \
        ["(S)", "(SD)", "(C)", "(S)", "(V)", "(M)", "(KD)"]


def test_what_no_party_explains_or_is_clean_has_no_reading() -> None:
    for token in ("(S)", "(kd)", "(TB)", "till", "IV", "(KI)", "(1234)"):
        assert parties.reading(token) is None, token


def test_the_document_says_whether_and_how_it_writes_parties() -> None:
    assert parties.document_case(MEMBERS) == "upper"
    assert parties.document_case("Närvarande: Eva Lind (s), Bo Holm (fp), Ali Nur (m)\n") == "lower"
    assert parties.document_case("Vi läser (MI) och bilaga IV) i punkt 15).\n") == ""
    # no clean token, but two damaged ones after names
    assert parties.document_case("Lotta Wikström (50), Per Ek (5).\n") == "upper"


def test_only_tokens_after_a_capitalised_word_are_read() -> None:
    text = MEMBERS + "Eva Lund tV), Bo Ek, (51, enligt bilaga 15)\n"
    readings = [(text[s:e], fixed) for s, e, fixed in parties.readings(text, "upper")]
    assert readings == [("tV)", "(V)"), ("(51", "(S)")]


def test_the_engine_reads_party_tokens_in_the_documents_case(engine: Engine) -> None:
    text = MEMBERS + "Eva Lund (MI), Bo Ek (CI\n"
    assert [(f.word, f.best) for f in engine.check(text)] == [("(MI)", "(M)"), ("(CI", "(C)")]
    lower = "Närvarande: Eva Lind (s), Bo Holm (fp), Ali Nur (mI, Siv Ek tc)\n"
    assert [(f.word, f.best) for f in engine.check(lower)] == [("(mI", "(m)"), ("tc)", "(c)")]
    assert engine.check("Mötet (MI) tog upp frågan.\n") == []  # no party in the document
