"""Structural checks of the sealed holdout set 22 (writer U).

These tests check the DATA only (alignment, word counts, damage rates, the rules and the shapes
of the five OCR processes); they never run the engine. Each check is a function returning a list
of problems (or figures), and the *_can_fail tests feed it deliberately broken input so no check
is vacuous.
"""
from __future__ import annotations

import re
from pathlib import Path

from tests.proof.pair_checks import (damage_rate, edit_distance, folder_tests, has_letter, rates_differ_test,
                                     reader, token_pairs)

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "gavleborg_kdg": (17.0, 23.0),
    "kungalv_tn": (26.0, 32.0),
    "eslov_ksau": (21.0, 27.0),
    "ostersund_csg": (7.0, 12.0),
    "lidkoping_lg": (14.0, 20.0),
}
GOLD_WORDS = (330, 420)

NORDIC = "åäöÅÄÖ"
FRENCH_READINGS = {
    "ä": "âàa", "å": "àâa", "ö": "ôo",
    "Ä": "ÂAÀ", "Å": "ÀA", "Ö": "ÔO",
}
LINES_PER_PHOTO = 10
GUTTER_CHARS = 14


# --- A: screen-share capture (gavleborg_kdg) ------------------------------------------------------

def glyph_level_problems(gold: str, ocr: str, most: int = 4) -> list[str]:
    """The screen capture misreads glyphs, it never puts a different word in: at most ``most``
    edits per token."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if edit_distance(g, o) > most]


def line_rates(gold: str, ocr: str, min_words: int = 4) -> list[float]:
    """Damage rate of every line with at least ``min_words`` word tokens."""
    rates = []
    for gl, ol in zip(gold.split("\n"), ocr.split("\n")):
        words = [(g, o) for g, o in zip(gl.split(), ol.split()) if has_letter(g)]
        if len(words) >= min_words:
            rates.append(sum(g != o for g, o in words) / len(words))
    return rates


def has_sharp_and_blurred_lines(gold: str, ocr: str) -> bool:
    rates = line_rates(gold, ocr)
    return min(rates) == 0.0 and max(rates) >= 0.35


# --- B: French recognition language (kungalv_tn) --------------------------------------------------

def french_language_problems(gold: str, ocr: str) -> list[str]:
    """Only å ä ö Å Ä Ö change, each into a French reading; they never survive; nothing else changes."""
    problems = [f"{ch!r} kept" for ch in NORDIC if ch in ocr]
    for g, o in token_pairs(gold, ocr):
        if len(g) != len(o) or any(
                (gc != oc) if gc not in FRENCH_READINGS else (oc not in FRENCH_READINGS[gc])
                for gc, oc in zip(g, o)):
            problems.append(f"{g!r} -> {o!r}")
    return problems


# --- C: photocopy of a photocopy from a binder (eslov_ksau) --------------------------------------

def gutter_rates(gold: str, ocr: str, edge: int = GUTTER_CHARS) -> tuple[float, float]:
    """Damage rates of word tokens starting within ``edge`` characters of the left edge, and of the rest."""
    near, far = [0, 0], [0, 0]
    for gl, ol in zip(gold.split("\n"), ocr.split("\n")):
        for match, o in zip(re.finditer(r"\S+", gl), ol.split()):
            g = match.group()
            if has_letter(g):
                side = near if match.start() < edge else far
                side[0] += g != o
                side[1] += 1
    return 100.0 * near[0] / near[1], 100.0 * far[0] / far[1]


def specks(gold: str, ocr: str) -> int:
    """Tokens that gained a mark at their start or end from copier dust."""
    return sum(1 for g, o in token_pairs(gold, ocr)
               if len(o) == len(g) + 1 and (o[1:] == g or o[:-1] == g) and (o[0] in ".,'`" or o[-1] in ".,'`"))


# --- D: cloud drive conversion, Arial, single spacing (ostersund_csg) ----------------------------

def cloud_drive_problems(gold: str, ocr: str) -> list[str]:
    """Only the I/l ambiguity, clipped marks of capital Å Ä Ö, rn read as m and a final full stop
    read as comma; small å ä ö are always kept; capitals on a line with no text above keep their marks."""
    def neutral(token: str) -> str:
        token = token.replace("I", "l").translate(str.maketrans("ÅÄÖ", "AAO")).replace("rn", "m")
        return token[:-1] + "." if token.endswith(",") else token

    problems = [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if neutral(g) != neutral(o)]
    problems += [f"{g!r} -> {o!r}: small mark lost" for g, o in token_pairs(gold, ocr)
                 if [c for c in g if c in "åäö"] != [c for c in o if c in "åäö"]]
    gl, ol = gold.split("\n"), ocr.split("\n")
    for n, (g, o) in enumerate(zip(gl, ol)):
        if n == 0 or not gl[n - 1].strip():
            if [c for c in g if c in "ÅÄÖ"] != [c for c in o if c in "ÅÄÖ"]:
                problems.append(f"line {n + 1}: capital mark lost with no text above")
    return problems


# --- E: phone photographs of the projected minutes (lidkoping_lg) ---------------------------------

def photo_rows_rates(gold: str, ocr: str, per_photo: int = LINES_PER_PHOTO) -> tuple[float, float]:
    """Damage rates of the upper and the lower half of every photograph (rows of ``per_photo`` lines)."""
    gl, ol = gold.split("\n"), ocr.split("\n")
    top = [n for n in range(len(gl)) if n % per_photo < per_photo // 2]
    bottom = [n for n in range(len(gl)) if n % per_photo >= per_photo // 2]

    def rate(rows: list[int]) -> float:
        return damage_rate("\n".join(gl[n] for n in rows), "\n".join(ol[n] for n in rows))

    return rate(top), rate(bottom)


# --- the set itself -------------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_screen_pair_is_glyph_level_with_sharp_and_blurred_stretches() -> None:
    gold, ocr = read("gavleborg_kdg", "gold"), read("gavleborg_kdg", "ocr")
    assert glyph_level_problems(gold, ocr) == []
    assert has_sharp_and_blurred_lines(gold, ocr)


def test_french_pair_follows_its_rule() -> None:
    assert french_language_problems(read("kungalv_tn", "gold"), read("kungalv_tn", "ocr")) == []


def test_photocopy_pair_worsens_toward_the_gutter_and_has_specks() -> None:
    gold, ocr = read("eslov_ksau", "gold"), read("eslov_ksau", "ocr")
    near, far = gutter_rates(gold, ocr)
    assert near >= 1.5 * far
    assert specks(gold, ocr) >= 3


def test_cloud_drive_pair_follows_its_rule() -> None:
    gold, ocr = read("ostersund_csg", "gold"), read("ostersund_csg", "ocr")
    assert cloud_drive_problems(gold, ocr) == []
    assert "Ö" in gold.split("\n")[0]


def test_projected_pair_worsens_toward_the_top_of_each_photo() -> None:
    top, bottom = photo_rows_rates(read("lidkoping_lg", "gold"), read("lidkoping_lg", "ocr"))
    assert top >= 1.5 * bottom


def test_make_damage_reproduces_the_ocr_side() -> None:
    import random

    from tests.proof.holdout22 import make_damage

    for name, (process, seed) in make_damage.PROCESSES.items():
        assert process(read(name, "gold"), random.Random(seed)) == read(name, "ocr")


# --- each check can fail --------------------------------------------------------------------------


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len("Nämnden beslutar\nkl. 10.00 § 5 bifall\n".split())


def test_glyph_level_check_can_fail() -> None:
    assert not glyph_level_problems("kommunen beslutar\n", "kornmunen bes1utar\n")
    assert glyph_level_problems("kommunen beslutar\n", "kommunen antar\n")


def test_sharp_and_blurred_check_can_fail() -> None:
    gold = "ett två tre fyra\nfem sex sju åtta\n"
    assert has_sharp_and_blurred_lines(gold, "ett tva tre fyra\nfem sex sju åtta\n") is False
    assert has_sharp_and_blurred_lines(gold, "ett tva tre fyra\nfem sex sjv åtta\n") is False
    assert has_sharp_and_blurred_lines(gold, "ett tva trc fyra\nfem sex sju åtta\n") is True


def test_french_rule_can_fail() -> None:
    gold = "Göran får väg Åsa\n"
    assert not french_language_problems(gold, "Gôran fàr vâg Àsa\n")
    assert french_language_problems(gold, "Göran fàr vâg Àsa\n")  # ö kept
    assert french_language_problems(gold, "Gôran fär vâg Àsa\n")  # ä where å stood
    assert french_language_problems(gold, "Gôran fàr vâq Àsa\n")  # other misread


def test_gutter_check_can_fail() -> None:
    gold = "ett två tre fyra fem sex sju åtta\n"
    near, far = gutter_rates(gold, "ett två tre fyra fem sex sjv atta\n")
    assert not near >= 1.5 * far


def test_speck_count_can_fail() -> None:
    assert specks("beslut om bidrag\n", "beslut. 'om bidrag\n") == 2
    assert specks("beslut om bidrag\n", "besluf om bidraq\n") == 0


def test_cloud_drive_rule_can_fail() -> None:
    gold = "Östersund\nInger Åslund läge\n"
    assert not cloud_drive_problems(gold, "Östersund\nlnger Aslund Iäge\n")
    assert cloud_drive_problems(gold, "Ostersund\nInger Åslund läge\n")  # no text above
    assert cloud_drive_problems(gold, "Östersund\nInger Åslund lage\n")  # small mark lost
    assert cloud_drive_problems(gold, "Östersund\nInqer Åslund läge\n")  # other misread


def test_photo_rows_check_can_fail() -> None:
    gold = "ett\ntvå\ntre\nfyra\n"
    top, bottom = photo_rows_rates(gold, "ett\ntvå\ntre\nfyro\n", per_photo=4)
    assert not top >= 1.5 * bottom
