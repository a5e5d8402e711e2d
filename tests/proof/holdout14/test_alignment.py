"""Structural checks of the sealed holdout set 14 (writer L).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the
processes that are systematic or have a known shape); they never run the engine. Each check
is a function returning a list of problems, and the *_can_fail tests feed it deliberately
broken input so no check is vacuous.
"""
from __future__ import annotations

from pathlib import Path

from tests.proof.pair_checks import edit_distance, folder_tests, rates_differ_test, reader, token_pairs, word_count

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "umea_klg": (13.0, 19.0),
    "rsyd_dir": (7.5, 12.5),
    "orebro_tn": (3.5, 7.0),
    "eskilstuna_svg": (19.0, 25.0),
}
GOLD_WORDS = (350, 450)



# --- process rules ----------------------------------------------------------------------------

ASCENDERS = set("bdfhklt")


def english_model(token: str) -> str:
    """umea_klg: what the English-model engine makes of a gold token. No å/Å in its charset:
    always a/A. Capital Ä/Ö: the dots sit above cap height and are cut off: A/O. Lower-case
    ä/ö are in its charset and survive, except when the next letter is an ascender, which
    takes the dots as its own noise: a/o."""
    out = []
    for i, ch in enumerate(token):
        if ch in "åÅÄÖ":
            out.append({"å": "a", "Å": "A", "Ä": "A", "Ö": "O"}[ch])
        elif ch in "äö" and i + 1 < len(token) and token[i + 1] in ASCENDERS:
            out.append("a" if ch == "ä" else "o")
        else:
            out.append(ch)
    return "".join(out)


def english_model_problems(gold: str, ocr: str) -> list[str]:
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if english_model(g) != o]


LIGATURES = ("ffi", "ffl", "ff", "fi", "fl")


def pdf_layer(token: str) -> str:
    """rsyd_dir: ligature glyphs (own CID font, no ToUnicode) are lost; the 8-bit font's
    bytes (Windows-1252) are decoded as Windows-1250."""
    for lig in LIGATURES:
        token = token.replace(lig, "")
    return token.encode("cp1252").decode("cp1250")


def pdf_layer_problems(gold: str, ocr: str) -> list[str]:
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if pdf_layer(g) != o]



def distance_problems(gold: str, ocr: str, most: int) -> list[str]:
    """orebro_tn (most 2) and eskilstuna_svg (most 3): glyph-level damage only, every damaged
    token within ``most`` character edits of its gold token."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if edit_distance(g, o) > most]


SWEDISH_LETTERS = set("abcdefghijklmnopqrstuvwxyzåäöéABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉ")


def charset_problems(ocr: str) -> list[str]:
    """eskilstuna_svg: the Swedish engine's charset; no other letter may appear."""
    return sorted({ch for ch in ocr if ch.isalpha() and ch not in SWEDISH_LETTERS})


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS, word_count)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_english_model_pair_follows_its_rule() -> None:
    gold, ocr = read("umea_klg", "gold"), read("umea_klg", "ocr")
    assert english_model_problems(gold, ocr) == []
    assert not set("åÅÄÖ") & set(ocr)


def test_pdf_layer_pair_follows_its_rule() -> None:
    gold, ocr = read("rsyd_dir", "gold"), read("rsyd_dir", "ocr")
    assert pdf_layer_problems(gold, ocr) == []
    assert "å" not in ocr and "ĺ" in ocr


def test_office_scan_pair_damage_is_glyph_level() -> None:
    assert distance_problems(read("orebro_tn", "gold"), read("orebro_tn", "ocr"), 2) == []


def test_copy_pair_damage_is_glyph_level() -> None:
    assert distance_problems(read("eskilstuna_svg", "gold"), read("eskilstuna_svg", "ocr"), 3) == []


def test_copy_pair_has_no_foreign_letters() -> None:
    assert charset_problems(read("eskilstuna_svg", "gold"))  # the gold has one
    assert charset_problems(read("eskilstuna_svg", "ocr")) == []


# --- each check can fail ----------------------------------------------------------------------


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= word_count("Nämnden beslutar\nkl. 10.00 § 5 bifall\n")


def test_english_model_rule_can_fail() -> None:
    gold = "Åsa Öberg möte för ärende\n"
    assert not english_model_problems(gold, "Asa Oberg mote för ärende\n")
    assert english_model_problems(gold, "Åsa Oberg mote för ärende\n")  # å kept
    assert english_model_problems(gold, "Asa Oberg möte för ärende\n")  # dots kept before t
    assert english_model_problems(gold, "Asa Oberg mote for ärende\n")  # dots lost before r
    assert english_model_problems(gold, "Asa 0berg mote för ärende\n")  # other misread


def test_pdf_layer_rule_can_fail() -> None:
    gold = "Staffan från offentlig Søren\n"
    assert not pdf_layer_problems(gold, "Staan frĺn oentlig Sřren\n")
    assert pdf_layer_problems(gold, "Staffan frĺn oentlig Sřren\n")  # ligature kept
    assert pdf_layer_problems(gold, "Staan från oentlig Sřren\n")  # å decoded right
    assert pdf_layer_problems(gold, "Staan fran oentlig Sřren\n")  # other fault


def test_distance_check_can_fail() -> None:
    assert distance_problems("beslutet\n", "bcsiutct\n", 2)
    assert not distance_problems("beslutet\n", "bcslutet\n", 2)
    assert distance_problems("nämnden\n", "nxyzden\n", 2)


def test_charset_check_can_fail() -> None:
    assert charset_problems("Lejla Begović")
    assert charset_problems("Søren")
    assert not charset_problems("Lejla Begovic, Sandén")
