"""Structural checks of the sealed holdout set 11 (writer I).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the
processes that are systematic or have a known shape); they never run the engine. Each check
is a function returning a list of problems (or a number), and the *_can_fail tests feed it
deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.proof.pair_checks import edit_distance, folder_tests, rates_differ_test, reader, token_pairs

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "kiruna_klg": (14.0, 20.0),
    "vaxjo_csg": (10.0, 15.0),
    "karlstad_mn": (3.0, 7.0),
    "ostersund_kdn": (20.0, 26.0),
    "gavle_gavlegardarna": (8.0, 14.0),
}
GOLD_WORDS = (350, 450)

SWEDISH_ONLY = "åäöÅÄÖ"
BODY_FONT_SWAP = str.maketrans("äÄ", "åÅ")
LIGATURES = ("fi", "fl")


def english_charset_problems(ocr: str) -> list[str]:
    """kiruna_klg: the English model has no å ä ö (Å Ä Ö) in its charset, so none may appear."""
    return [ch for ch in SWEDISH_ONLY if ch in ocr]


def _strip_marks(token: str) -> str:
    decomposed = unicodedata.normalize("NFD", token)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def _is_heading(n: int, line: str) -> bool:
    """vaxjo_csg: the lines set in the bold heading font: the two title lines and the § headings."""
    return n < 2 or line.startswith("§ ")


def pdf_layer_expected(gold: str) -> str:
    """vaxjo_csg: what the broken text layer yields. Both fonts: the fi and fl ligature glyphs have
    no Unicode mapping and vanish. Body font: the glyph of ä (Ä) is mapped to the neighbouring code,
    å (Å). Heading font: accents are separate, unmapped glyphs, so every letter loses its mark."""
    out = []
    for n, line in enumerate(gold.split("\n")):
        text = line
        for ligature in LIGATURES:
            text = text.replace(ligature, "")
        out.append(_strip_marks(text) if _is_heading(n, line) else text.translate(BODY_FONT_SWAP))
    return "\n".join(out)


def pdf_layer_problems(gold: str, ocr: str) -> list[str]:
    """vaxjo_csg: every token must be exactly what the rule yields (nothing else damaged)."""
    return [f"{e!r} != {o!r}" for e, o in token_pairs(pdf_layer_expected(gold), ocr) if e != o]



def glyph_event_problems(gold: str, ocr: str, max_distance: int = 2) -> list[str]:
    """karlstad_mn, ostersund_kdn: each damaged token carries at most one glyph event (one
    substitution, a split rn<-m or merge m<-rn, one dropped or doubled letter): edit distance
    at most two and length changed by at most one."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr)
            if g != o and (edit_distance(g, o) > max_distance or abs(len(g) - len(o)) > 1)]


def e_to_c_share(gold: str, ocr: str) -> float:
    """gavle_gavlegardarna: share of damaged tokens showing the weak pin's signature, an e read
    as c at the same place (the pin that prints the bar of the lowercase e fires faintly)."""
    damaged = [(g, o) for g, o in token_pairs(gold, ocr) if g != o]
    signed = [(g, o) for g, o in damaged
              if len(g) == len(o) and any(a == "e" and b == "c" for a, b in zip(g, o))]
    return len(signed) / len(damaged) if damaged else 0.0


def reverse_pin_problems(gold: str, ocr: str) -> list[str]:
    """gavle_gavlegardarna: a weak pin removes dots, it never adds a bar: no c read as e."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr)
            if len(g) == len(o) and any(a == "c" and b == "e" for a, b in zip(g, o))]


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_english_model_pair_has_no_swedish_letters() -> None:
    assert any(ch in read("kiruna_klg", "gold") for ch in SWEDISH_ONLY)
    assert english_charset_problems(read("kiruna_klg", "ocr")) == []


def test_pdf_pair_follows_its_font_rules() -> None:
    gold, ocr = read("vaxjo_csg", "gold"), read("vaxjo_csg", "ocr")
    assert "fi" in gold and "fl" in gold and "ä" in gold
    assert pdf_layer_problems(gold, ocr) == []


def test_clean_scan_pair_has_single_glyph_events() -> None:
    assert glyph_event_problems(read("karlstad_mn", "gold"), read("karlstad_mn", "ocr")) == []


def test_photocopy_pair_has_single_glyph_events() -> None:
    assert glyph_event_problems(read("ostersund_kdn", "gold"), read("ostersund_kdn", "ocr")) == []


def test_dot_matrix_pair_shows_the_weak_pin() -> None:
    gold, ocr = read("gavle_gavlegardarna", "gold"), read("gavle_gavlegardarna", "ocr")
    assert e_to_c_share(gold, ocr) >= 0.5
    assert reverse_pin_problems(gold, ocr) == []


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())


def test_english_charset_check_can_fail() -> None:
    assert not english_charset_problems("Mote for fragor\n")
    assert english_charset_problems("Möte for fragor\n")
    assert english_charset_problems("Mote for frÅgor\n")


def test_pdf_rule_can_fail() -> None:
    gold = "Växjö kommun\nrubrik\n§ 1 Öppnande av fler\nfler fina nämnder för\n"
    good = "Vaxjo kommun\nrubrik\n§ 1 Oppnande av er\ner na nåmnder för\n"
    assert not pdf_layer_problems(gold, good)
    assert pdf_layer_problems(gold, good.replace("Oppnande", "Öppnande"))  # heading mark kept
    assert pdf_layer_problems(gold, good.replace("er na", "fler na"))  # one ligature kept
    assert pdf_layer_problems(gold, good.replace("nåmnder", "nämnder"))  # swap not applied
    assert pdf_layer_problems(gold, good.replace("för", "for"))  # other damage in body


def test_glyph_event_check_can_fail() -> None:
    gold = "kommunen beslutar\n"
    assert not glyph_event_problems(gold, "kornmunen beslutar\n")
    assert not glyph_event_problems(gold, "kommuen besluttar\n")
    assert glyph_event_problems(gold, "kornmuncn beslutar\n")  # two events
    assert glyph_event_problems(gold, "kommunen bes\n")  # truncated


def test_weak_pin_checks_can_fail() -> None:
    gold = "heter beslut vecka\n"
    assert e_to_c_share(gold, "hetcr bcslut vecka\n") == 1.0
    assert e_to_c_share(gold, "heter be5lut vccka\n") == 0.5
    assert e_to_c_share(gold, "beter be5lut vecka\n") == 0.0
    assert e_to_c_share(gold, gold) == 0.0
    assert reverse_pin_problems(gold, "heter beslut veeka\n")
    assert not reverse_pin_problems(gold, "hetcr beslut vecka\n")
