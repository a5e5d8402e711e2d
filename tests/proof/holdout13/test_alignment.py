"""Structural checks of the sealed holdout set 13 (writer K).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the
processes that are systematic or have a known shape); they never run the engine. Each check
is a function returning a list of problems (or a number), and the *_can_fail tests feed it
deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

from pathlib import Path

from tests.proof.pair_checks import edit_distance, folder_tests, rates_differ_test, reader, token_pairs, word_count

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "dalarna_kdn": (19.5, 25.0),
    "norrkoping_fsg": (17.5, 23.0),
    "uddevalla_scn": (13.5, 19.5),
    "skelleftea_klg": (8.0, 13.5),
    "gotland_rpr": (3.0, 7.0),
}
GOLD_WORDS = (350, 450)

ENGLISH_MODEL = str.maketrans("åäöÅÄÖ", "aaoAAO")
SWEDISH_LETTERS = "åäöÅÄÖ"
DANISH_FOR_SWEDISH = {"ä": "æ", "ö": "ø", "Ä": "Æ", "Ö": "Ø"}
MARKED_LETTERS = "åäöéÅÄÖÉ"



def english_model_problems(gold: str, ocr: str) -> list[str]:
    """dalarna_kdn: the English model has no å, ä, ö: each became a, a, o (Å, Ä, Ö: A, A, O);
    é, which English knows, and everything else came through unchanged."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if g.translate(ENGLISH_MODEL) != o]


def danish_model_problems(gold: str, ocr: str) -> list[str]:
    """norrkoping_fsg: the Danish/Norwegian model knows å but not ä, ö: no ä/ö survives, every
    token has as many æ/ø as its gold had ä/ö (each read as its Danish neighbour) and keeps its å."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if any(ch in o for ch in "äöÄÖ"):
            problems.append(f"{g!r} -> {o!r}: ä/ö kept")
        for sw, dk in DANISH_FOR_SWEDISH.items():
            if g.count(sw) != o.count(dk):
                problems.append(f"{g!r} -> {o!r}: {sw} not read as {dk}")
        if g.count("å") != o.count("å") or g.count("Å") != o.count("Å"):
            problems.append(f"{g!r} -> {o!r}: å changed")
    return problems


def copy_damage_rate(gold: str, ocr: str) -> float:
    """norrkoping_fsg: damage rate among word tokens without ä/ö (the photocopy's own damage)."""
    words = [(g, o) for g, o in token_pairs(gold, ocr)
             if any(ch.isalpha() for ch in g) and not any(ch in g for ch in "äöÄÖ")]
    return 100.0 * sum(g != o for g, o in words) / len(words)


def swedish_engine_problems(gold: str, ocr: str) -> list[str]:
    """gotland_rpr: a Swedish engine on a clean scan never loses or changes å ä ö é (the marked
    letters of each token come through in order), and each damaged token is at most two glyph
    edits away from the truth."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if [ch for ch in g if ch in MARKED_LETTERS] != [ch for ch in o if ch in MARKED_LETTERS]:
            problems.append(f"{g!r} -> {o!r}: marked letter changed")
        if edit_distance(g, o) > 2:
            problems.append(f"{g!r} -> {o!r}: more than two edits")
    return problems


def lexicon_shape_problems(gold: str, ocr: str) -> list[str]:
    """skelleftea_klg: the scanning app's language model only ever puts letters in place of
    letters: the non-letter characters of a token (punctuation, digits, hyphens) stay as they
    were, in order, and the first letter keeps its case."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if g == o:
            continue
        if [ch for ch in g if not ch.isalpha()] != [ch for ch in o if not ch.isalpha()]:
            problems.append(f"{g!r} -> {o!r}: non-letters changed")
        gl, ol = [ch for ch in g if ch.isalpha()], [ch for ch in o if ch.isalpha()]
        if gl and (not ol or gl[0].isupper() != ol[0].isupper()):
            problems.append(f"{g!r} -> {o!r}: case of first letter changed")
    return problems


def marks_added(gold: str, ocr: str) -> list[str]:
    """uddevalla_scn: low film contrast loses the small marks (dots, ring, accent); it never
    creates one, so no OCR token has more å ä ö é than its gold."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr)
            if sum(o.count(ch) for ch in MARKED_LETTERS) > sum(g.count(ch) for ch in MARKED_LETTERS)]


def marked_vs_plain_rates(gold: str, ocr: str) -> tuple[float, float]:
    """uddevalla_scn: damage rate of word tokens with å/ä/ö and of the other word tokens."""
    words = [(g, o) for g, o in token_pairs(gold, ocr) if any(ch.isalpha() for ch in g)]
    marked = [(g, o) for g, o in words if any(ch in g for ch in SWEDISH_LETTERS)]
    plain = [(g, o) for g, o in words if not any(ch in g for ch in SWEDISH_LETTERS)]
    return (100.0 * sum(g != o for g, o in marked) / len(marked),
            100.0 * sum(g != o for g, o in plain) / len(plain))


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS, word_count)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_english_model_pair_follows_its_rule() -> None:
    gold, ocr = read("dalarna_kdn", "gold"), read("dalarna_kdn", "ocr")
    assert "é" in gold and "é" in ocr
    assert english_model_problems(gold, ocr) == []


def test_danish_model_pair_follows_its_rule() -> None:
    gold, ocr = read("norrkoping_fsg", "gold"), read("norrkoping_fsg", "ocr")
    assert "æ" in ocr and "ø" in ocr and "å" in ocr
    assert danish_model_problems(gold, ocr) == []


def test_danish_model_pair_has_sparse_copy_damage() -> None:
    assert 1.0 <= copy_damage_rate(read("norrkoping_fsg", "gold"), read("norrkoping_fsg", "ocr")) <= 5.0


def test_swedish_engine_pair_keeps_marked_letters_and_edits_are_small() -> None:
    assert swedish_engine_problems(read("gotland_rpr", "gold"), read("gotland_rpr", "ocr")) == []


def test_scanning_app_pair_keeps_token_shape() -> None:
    assert lexicon_shape_problems(read("skelleftea_klg", "gold"), read("skelleftea_klg", "ocr")) == []


def test_microfilm_pair_never_adds_marks() -> None:
    assert marks_added(read("uddevalla_scn", "gold"), read("uddevalla_scn", "ocr")) == []


def test_microfilm_pair_loses_marks_most() -> None:
    marked, plain = marked_vs_plain_rates(read("uddevalla_scn", "gold"), read("uddevalla_scn", "ocr"))
    assert marked >= 2.0 * plain


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= word_count(GOLD)



def test_english_model_rule_can_fail() -> None:
    gold = "Åsa får två, Helén\n"
    assert not english_model_problems(gold, "Asa far tva, Helén\n")
    assert english_model_problems(gold, "Asa får tva, Helén\n")  # one å kept
    assert english_model_problems(gold, "Asa far tva, Helen\n")  # é lost
    assert english_model_problems(gold, "Asa far tva. Helén\n")  # other misread


def test_danish_model_rule_can_fail() -> None:
    gold = "Förändring på två år\n"
    assert not danish_model_problems(gold, "Førændring på två år\n")
    assert danish_model_problems(gold, "Förændring på två år\n")  # ö kept
    assert danish_model_problems(gold, "Forændring på två år\n")  # ö read as o
    assert danish_model_problems(gold, "Førændring pa två år\n")  # å lost


def test_copy_damage_rate_can_fail() -> None:
    gold = "ett två tre fyra\n"
    assert copy_damage_rate(gold, gold) == 0.0
    assert copy_damage_rate(gold, "ctt tva tre fyra\n") == 50.0


def test_swedish_engine_rule_can_fail() -> None:
    gold = "Ståhl, Myrén och barnen\n"
    assert not swedish_engine_problems(gold, "Ståbl, Myrén och bamen\n")
    assert swedish_engine_problems(gold, "Stahl, Myrén och barnen\n")  # ring lost
    assert swedish_engine_problems(gold, "Ståhl, Myren och barnen\n")  # accent lost
    assert swedish_engine_problems(gold, "Ståhl, Myrén och bamcrr\n")  # three edits


def test_lexicon_shape_rule_can_fail() -> None:
    gold = "Vägen, 40 cm Fällfors.\n"
    assert not lexicon_shape_problems(gold, "Vågen, 40 om Fallfors.\n")
    assert lexicon_shape_problems(gold, "Vågen. 40 om Fallfors.\n")  # comma read as full stop
    assert lexicon_shape_problems(gold, "Vågen, 40 c1n Fallfors.\n")  # digit for a letter
    assert lexicon_shape_problems(gold, "vågen, 40 om Fallfors.\n")  # case changed


def test_marks_added_can_fail() -> None:
    gold = "Kon och Elvén\n"
    assert not marks_added(gold, "Kon och Elven\n")
    assert marks_added(gold, "Kön och Elvén\n")


def test_marked_vs_plain_rates_can_fail() -> None:
    gold = "två ett tre fyra fem\n"
    marked, plain = marked_vs_plain_rates(gold, "två ctt tre fyra fem\n")
    assert not marked >= 2.0 * plain
    marked, plain = marked_vs_plain_rates(gold, "tva ett tre fyra fem\n")
    assert marked >= 2.0 * plain
