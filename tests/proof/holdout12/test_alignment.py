"""Structural checks of the development set holdout12 (writer J).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the
processes that are systematic or have a known shape); they never run the engine. Each check
is a function returning a list of problems (or a number), and the *_can_fail tests feed it
deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

import re
from pathlib import Path

from tests.proof.pair_checks import edit_distance, folder_tests, has_letter, rates_differ_test, reader, token_pairs, word_count

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "skelleftea_klg": (16.0, 22.0),
    "rsg_direktion": (9.5, 14.0),
    "linkoping_kfn": (3.5, 7.0),
    "dalarna_socnet": (18.0, 24.0),
    "kristianstad_kpr": (19.5, 25.0),
    "gotland_fsg": (10.5, 16.0),
}
GOLD_WORDS = (350, 450)

SWEDISH_MARKED = "åäöÅÄÖ"
MARKED = "åäöÅÄÖéÉ"
# rsg_direktion: ligature glyphs of the embedded Calibri subset whose ToUnicode entries are wrong.
LIGATURES = {"ff": "\u012b", "ft": "\u014c", "tf": "\u019e", "ti": "\u019f"}
LIGATURE_RE = re.compile("|".join(LIGATURES))
EDGE_COLUMN = 45



def english_model_problems(gold: str, ocr: str) -> list[str]:
    """skelleftea_klg: the English model has no å, ä, ö: none may appear in its output, and
    every word token that has one in the gold is damaged."""
    problems = [f"kept {ch!r}" for ch in SWEDISH_MARKED if ch in ocr]
    problems += [f"{g!r} undamaged" for g, o in token_pairs(gold, ocr)
                 if g == o and any(ch in SWEDISH_MARKED for ch in g)]
    return problems


def ligature_text(text: str) -> str:
    return LIGATURE_RE.sub(lambda m: LIGATURES[m.group()], text)


def font_mapping_problems(gold: str, ocr: str) -> list[str]:
    """rsg_direktion: every ti, tf, ft, ff became its broken ligature code; nothing else changed."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if ligature_text(g) != o]


def glyph_distance_problems(gold: str, ocr: str, most: int = 2) -> list[str]:
    """linkoping_kfn: the good engine misreads one or two glyphs of a word, never more."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if edit_distance(g, o) > most]


def fax_length_problems(gold: str, ocr: str) -> list[str]:
    """dalarna_socnet: fax damage works glyph by glyph (a letter dropped or doubled, two glyphs
    touching or one breaking, a lexicon snap to a word of the same shape): a damaged token is at
    most one character longer or shorter than its gold."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if abs(len(g) - len(o)) > 1]


def typewriter_problems(gold: str, ocr: str) -> list[str]:
    """kristianstad_kpr: the bilevel threshold only takes ink away from the diacritic marks, so no
    token gains one; the typewriter's fixed pitch keeps every token's length, except where a broken
    m was read as rn (one longer)."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if sum(ch in MARKED for ch in o) > sum(ch in MARKED for ch in g):
            problems.append(f"diacritic gained: {g!r} -> {o!r}")
        if len(o) != len(g) and not (len(o) == len(g) + 1 and "m" in g and "rn" in o):
            problems.append(f"length changed: {g!r} -> {o!r}")
    return problems


def edge_rates(gold: str, ocr: str, column: int = EDGE_COLUMN) -> tuple[float, float]:
    """gotland_fsg: damage rate of word tokens starting left of ``column`` and at or right of it."""
    counts = {False: [0, 0], True: [0, 0]}
    for gl, ol in zip(gold.split("\n"), ocr.split("\n")):
        for m, o in zip(re.finditer(r"\S+", gl), ol.split()):
            if has_letter(m.group()):
                side = counts[m.start() >= column]
                side[0] += 1
                side[1] += m.group() != o
    rate = lambda side: 100.0 * side[1] / side[0] if side[0] else 0.0  # noqa: E731
    return rate(counts[False]), rate(counts[True])


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS, word_count)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_english_model_pair_follows_its_rule() -> None:
    assert english_model_problems(read("skelleftea_klg", "gold"), read("skelleftea_klg", "ocr")) == []


def test_font_mapping_pair_follows_its_rule() -> None:
    assert font_mapping_problems(read("rsg_direktion", "gold"), read("rsg_direktion", "ocr")) == []


def test_modern_engine_pair_misreads_at_most_two_glyphs() -> None:
    assert glyph_distance_problems(read("linkoping_kfn", "gold"), read("linkoping_kfn", "ocr")) == []


def test_fax_pair_keeps_token_lengths_within_one() -> None:
    assert fax_length_problems(read("dalarna_socnet", "gold"), read("dalarna_socnet", "ocr")) == []


def test_typewriter_pair_follows_its_rules() -> None:
    assert typewriter_problems(read("kristianstad_kpr", "gold"), read("kristianstad_kpr", "ocr")) == []


def test_photo_pair_worsens_toward_the_right_edge() -> None:
    left, right = edge_rates(read("gotland_fsg", "gold"), read("gotland_fsg", "ocr"))
    assert right >= 2 * left > 0


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= word_count(GOLD)
    assert word_count(GOLD) == 4  # the time, the number and § are not words


def test_english_model_rule_can_fail() -> None:
    gold = "Åsa får två kort\n"
    assert not english_model_problems(gold, "Asa far tva kort\n")
    assert not english_model_problems(gold, "Asa fdr tv6 k0rt\n")
    assert english_model_problems(gold, "Asa får tva kort\n")  # å kept
    assert english_model_problems(gold, "Asa fär tva kort\n")  # a Swedish letter produced
    assert english_model_problems(gold, "Åsa far tva kort\n")  # Å kept


def test_font_mapping_rule_can_fail() -> None:
    gold = "till efter tid utfall effekt Tid\n"
    good = "\u019fll e\u014cer \u019fd u\u019eall e\u012bekt Tid\n"
    assert ligature_text(gold) == good
    assert not font_mapping_problems(gold, good)
    assert font_mapping_problems(gold, good.replace("\u019fd", "tid"))  # a ligature decoded right
    assert font_mapping_problems(gold, good.replace("Tid", "\u019fd"))  # capital T has no ligature
    assert font_mapping_problems(gold, good.replace("e\u014cer", "e\u014ccr"))  # other damage


def test_glyph_distance_rule_can_fail() -> None:
    gold = "nämnden beslutar\n"
    assert not glyph_distance_problems(gold, "nämndcn bcslutar\n")
    assert glyph_distance_problems(gold, "nårnndcn beslutar\n")  # three glyphs


def test_fax_length_rule_can_fail() -> None:
    gold = "kommuner samma\n"
    assert not fax_length_problems(gold, "komuner sanna\n")
    assert fax_length_problems(gold, "kmuner sanna\n")


def test_typewriter_rules_can_fail() -> None:
    gold = "månad timmar beslöt\n"
    assert not typewriter_problems(gold, "manad tirnmar beslot\n")
    assert typewriter_problems(gold, "månäd timmar beslöt\n")  # diacritic gained
    assert typewriter_problems(gold, "manad timar beslot\n")  # letter lost
    assert typewriter_problems("hålls\n", "lialls\n")  # longer, but not an m read as rn


def test_edge_gradient_can_fail() -> None:
    pad = " " * EDGE_COLUMN
    gold = f"ett två tre fyra{pad}fem sex\n"
    left, right = edge_rates(gold, f"etl tva tre fyra{pad}fem sex\n")
    assert (left, right) == (50.0, 0.0)
    assert not right >= 2 * left > 0  # damage at the lit edge
    left, right = edge_rates(gold, f"ett två tre fyra{pad}fcm scx\n")
    assert not right >= 2 * left > 0  # no damage at the lit edge at all
    left, right = edge_rates(gold, f"ett tva tre fyra{pad}fcm scx\n")
    assert (left, right) == (25.0, 100.0)
    assert right >= 2 * left > 0
