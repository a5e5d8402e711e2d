"""Structural checks of the sealed holdout set 19 (writer R).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the five
damage processes); they never run the engine. Each check is a function returning a list of
problems (or a number), and the *_can_fail tests feed it deliberately broken input so no check
is vacuous. The process rules are written out here on their own, not taken from make_damage.py;
one test (only) asks make_damage.py to reproduce the OCR files.
"""
from __future__ import annotations

import re
from pathlib import Path

from tests.proof.holdout19 import make_damage
from tests.proof.pair_checks import (damage_rate, edit_distance, folder_tests, has_letter,
                                     rates_differ_test, reader, token_pairs)

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "helsingborg_hamn": (25.0, 30.0),
    "ragunda_hvn": (18.0, 24.0),
    "hudiksvall_krisstab": (8.5, 12.5),
    "kalmar_klg": (12.0, 17.0),
    "sodertorn_bff": (8.0, 11.5),
}
GOLD_WORDS = (350, 450)

# A: the Swedish letters of ISO 646-SE (SEN 850200) printed with the US-ASCII table.
ISO646_SE_ON_ASCII = str.maketrans("ÄÖÅäöåÉéÜü", "[\\]{|}@`^~")
SWEDISH_ONLY = "ÄÖÅäöåÉéÜü"

# B: the handwriting model's alphabet, and the pre-1906 spellings its language model prefers.
HTR_ALPHABET = set("abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789.,:;()-/")
PRE_REFORM = (
    (r"^av", "af"), (r"^Av", "Af"), (r"^över", "öfver"), (r"^skriv", "skrifv"), (r"^vilk", "hvilk"),
    (r"^kv", "qv"), (r"t$", "dt"), (r"^blir$", "blifver"),
)

# C: a fluent model output: whole words, Swedish letters, the punctuation of a sentence.
VLM_CLEAN = re.compile(r"[(]?[A-Za-zÅÄÖåäöÉé][A-Za-zÅÄÖåäöÉé-]*[.,:;)]*|[a-z.]+@[a-z]+\.se[.,]?")

# D: marks a speck or show-through can add to a glyph, and the specks read as punctuation.
ADDED_MARKS = {"a": "äåáà", "o": "öóø", "e": "éëè", "u": "üú", "i": "íï", "y": "ý", "n": "ñ",
               "c": "çe", "l": "t", "A": "ÄÅ", "O": "ÖØ", "E": "ÉË", "U": "Ü", "I": "Í", "F": "E"}
SPECK_MARKS = "'.,`·"

# E: what is left of a glyph when the underline is removed with its descender.
DESCENDER_CLIPPED = {"g": "oa", "p": "on", "q": "ao", "y": "v", "j": "i", ",": ".", ";": ":", "Q": "O"}


def seven_bit_problems(gold: str, ocr: str) -> list[str]:
    """helsingborg_hamn: every å ä ö (Å Ä Ö, é É, ü Ü) is the ASCII sign at its 7-bit code, nothing
    else changed, and no Swedish letter is left in the OCR text."""
    problems = [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if g.translate(ISO646_SE_ON_ASCII) != o]
    problems += [f"{ch!r} left in OCR" for ch in SWEDISH_ONLY if ch in ocr]
    return problems


def pre_reform(gold_token: str, ocr_token: str) -> bool:
    """True when the OCR token is the gold token in a spelling from before the 1906 reform."""
    return any(re.sub(pat, rep, gold_token, count=1) == ocr_token for pat, rep in PRE_REFORM)


def strip_punct(token: str) -> str:
    return token.strip("().,:;\"'")


def htr_problems(gold: str, ocr: str) -> list[str]:
    """ragunda_hvn: handwriting recognition damages a word by a few glyphs (edit distance at most 3)
    and writes only letters of its alphabet."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if g != o and edit_distance(g, o) > 3:
            problems.append(f"{g!r} -> {o!r}: too far")
        if g != o and set(o) - HTR_ALPHABET:
            problems.append(f"{o!r}: outside the alphabet")
    return problems


def pre_reform_count(gold: str, ocr: str) -> int:
    """ragunda_hvn: damaged tokens written in the old spelling."""
    return sum(g != o and pre_reform(strip_punct(g), strip_punct(o)) for g, o in token_pairs(gold, ocr))


def vlm_problems(gold: str, ocr: str) -> list[str]:
    """hudiksvall_krisstab: a language model writes fluent whole words: a damaged token is a clean
    word (letters, a hyphen, sentence punctuation) or a clean e-mail address, with no digit, no
    glyph-level noise and the gold's opening bracket kept; it never leaves a rare spelling with
    "qv" or "w" in a name."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if g != o:
            if not VLM_CLEAN.fullmatch(o):
                problems.append(f"{g!r} -> {o!r}: not a clean word")
            if g.startswith("(") != o.startswith("("):
                problems.append(f"{g!r} -> {o!r}: bracket changed")
        if has_letter(g) and ("qv" in o or "w" in o.lower()):
            problems.append(f"{o!r}: rare spelling left")
    return problems


def additions_only(g: str, o: str) -> bool:
    """True when ``o`` is ``g`` with marks only added: glyphs given a diacritic or a stroke
    (ADDED_MARKS) and specks (SPECK_MARKS) put in; nothing taken out."""
    n, m = len(g), len(o)
    ok = [[False] * (m + 1) for _ in range(n + 1)]
    ok[0][0] = True
    for i in range(n + 1):
        for j in range(m + 1):
            if not ok[i][j]:
                continue
            if j < m and o[j] in SPECK_MARKS:
                ok[i][j + 1] = True
            if i < n and j < m and (g[i] == o[j] or o[j] in ADDED_MARKS.get(g[i], "")):
                ok[i + 1][j + 1] = True
    return ok[n][m]


def speck_problems(gold: str, ocr: str) -> list[str]:
    """kalmar_klg: show-through and toner specks only add marks to a token."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if not additions_only(g, o)]


def underlined(gold: str) -> set[int]:
    """sodertorn_bff: line numbers (from 0) of the underlined lines: § headings, and each
    "Direktionens beslut" label with the decision text below it up to the next blank line."""
    lines = gold.split("\n")
    under, inside = set(), False
    for n, line in enumerate(lines):
        inside = (line.strip() == "Direktionens beslut") or (inside and bool(line.strip()))
        if inside or line.startswith("§ "):
            under.add(n)
    return under


def underline_problems(gold: str, ocr: str) -> list[str]:
    """sodertorn_bff: lines without underline are untouched; on underlined lines only descenders
    are clipped (g p q y j , ; Q to their clipped shapes), glyph for glyph."""
    under = underlined(gold)
    problems = []
    for n, (gl, ol) in enumerate(zip(gold.split("\n"), ocr.split("\n"))):
        if n not in under:
            if gl != ol:
                problems.append(f"line {n + 1}: not underlined but changed")
            continue
        for g, o in zip(gl.split(), ol.split()):
            if len(g) != len(o) or any(a != b and b not in DESCENDER_CLIPPED.get(a, "") for a, b in zip(g, o)):
                problems.append(f"line {n + 1}: {g!r} -> {o!r}")
    return problems


def underlined_rate(gold: str, ocr: str) -> float:
    """sodertorn_bff: damage rate of the underlined lines alone."""
    under = underlined(gold)
    gl, ol = gold.split("\n"), ocr.split("\n")
    return damage_rate("\n".join(gl[n] for n in sorted(under)), "\n".join(ol[n] for n in sorted(under)))


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_make_damage_reproduces_the_ocr_files() -> None:
    for name in PAIRS:
        assert make_damage.damage(name, read(name, "gold")) == read(name, "ocr"), name


def test_seven_bit_pair_follows_its_rule() -> None:
    gold, ocr = read("helsingborg_hamn", "gold"), read("helsingborg_hamn", "ocr")
    assert "é" in gold
    assert seven_bit_problems(gold, ocr) == []


def test_handwriting_pair_follows_its_rule() -> None:
    gold, ocr = read("ragunda_hvn", "gold"), read("ragunda_hvn", "ocr")
    assert htr_problems(gold, ocr) == []
    assert pre_reform_count(gold, ocr) >= 10


def test_language_model_pair_follows_its_rule() -> None:
    gold, ocr = read("hudiksvall_krisstab", "gold"), read("hudiksvall_krisstab", "ocr")
    assert "qv" in gold and "w" in gold
    assert vlm_problems(gold, ocr) == []


def test_speck_pair_only_adds_marks() -> None:
    assert speck_problems(read("kalmar_klg", "gold"), read("kalmar_klg", "ocr")) == []


def test_underline_pair_clips_only_descenders_on_underlined_lines() -> None:
    gold, ocr = read("sodertorn_bff", "gold"), read("sodertorn_bff", "ocr")
    assert len(underlined(gold)) >= 20
    assert underline_problems(gold, ocr) == []
    assert underlined_rate(gold, ocr) >= 25.0


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())


def test_seven_bit_rule_can_fail() -> None:
    gold = "Åsa Rosén får två\n"
    assert not seven_bit_problems(gold, "]sa Ros`n f}r tv}\n")
    assert seven_bit_problems(gold, "]sa Ros`n får tv}\n")  # one å kept
    assert seven_bit_problems(gold, "]sa Rosen f}r tv}\n")  # é read as e
    assert seven_bit_problems(gold, "]sa Ros`n f}r tu}\n")  # other misread


def test_handwriting_rule_can_fail() -> None:
    gold = "av skrivelse blir konstaterat\n"
    assert not htr_problems(gold, "af skrifvelse blifver konstateradt\n")
    assert pre_reform_count(gold, "af skrifvelse blifver konstateradt\n") == 4
    assert pre_reform_count(gold, "au skrivelse blir konstaterat\n") == 0
    assert htr_problems(gold, "av skrivelse blir kxnxtxtxrxt\n")  # too far
    assert htr_problems(gold, "av skr|velse blir konstaterat\n")  # outside the alphabet


def test_language_model_rule_can_fail() -> None:
    gold = "(ersatt av Sofia Wiklund) Lindqvist ev. kan\n"
    assert not vlm_problems(gold, "(ersatt av Sofia Viklund) Lindkvist eventuellt kan\n")
    assert vlm_problems(gold, "(ersatt av Sofia Wiklund) Lindkvist eventuellt kan\n")  # rare spelling left
    assert vlm_problems(gold, "(ersatt av Sofia Viklund) Lindkvist ev, kau\n".replace("kau", "k4n"))
    assert vlm_problems(gold, "ersatt av Sofia Viklund) Lindkvist ev. kan\n")  # bracket lost


def test_speck_rule_can_fail() -> None:
    gold = "förvaltningschef, om\n"
    assert not speck_problems(gold, "förvaltniñgschef·, öm\n")
    assert speck_problems(gold, "forvaltningschef, om\n")  # a diacritic taken away
    assert speck_problems(gold, "förvaltningschef om\n")  # a comma lost
    assert speck_problems(gold, "förvaltningscbef, om\n")  # a misread, not an added mark


def test_underline_rule_can_fail() -> None:
    gold = "§ 3 Budget, uppdrag\ntext med g och p\n\nDirektionens beslut\natt godkänna, och\n\nslut\n"
    good = "§ 3 Budoet. unndraa\ntext med g och p\n\nDirektionens beslut\natt aodkänna. och\n\nslut\n"
    assert underlined(gold) == {0, 3, 4}
    assert not underline_problems(gold, good)
    assert underline_problems(gold, good.replace("text med g", "text med a"))  # not underlined
    assert underline_problems(gold, good.replace("Budoet", "Bndoet"))  # not a descender
    assert underlined_rate(gold, gold) < 25.0
