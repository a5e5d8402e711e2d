"""Capitals the OCR read for others of their outline: acronyms and words written in capitals.

In capitals other letters share an outline than in small letters: O and D, E and F, C and G, P and
R, T and I, a digit and the capital of its shape (5 and S, 8 and B). An acronym with such a capital
or digit ("(5D)", "MBI"), or a heading's word ("DCH", "BESLUI"), reads as the known acronym or
common word one such capital away; a code no list holds ("(5G)", "K5") stays as written.
"""

from __future__ import annotations

from minutes_desk.proof import lexicon_format as lf
from minutes_desk.proof import marks
from minutes_desk.proof.candidates import Candidate
from minutes_desk.proof.channel import log10
from minutes_desk.proof.lexicon import Lexicon
from minutes_desk.proof.tokens import Token

CAPITAL_SHAPE_SUB = 0.002
"""P(a capital read for another of its outline)."""
CAPITAL_SHAPE_MIN_ZIPF = 4.0
"""A capital read for another of its outline, into a common word only."""
ABBREVIATION_SHAPE_MIN_ZIPF = 3.0
"""Or into an abbreviation of the minutes ("Dnr") from this common."""


def acronym_with_digits(text: str, tok: Token, lexicon: Lexicon) -> str | None:
    """"(5D)", "M5B:s": an acronym with a digit read for a capital of the same shape; only
    when the letters make a known acronym (a code such as "(5G)" stays), and outside
    brackets only for three letters or more ("K5" may be a code)."""
    word = tok.text
    readings = marks.acronym_readings(word)
    if readings is None or lexicon.get(word.lower()) is not None:
        return None
    options, inflection = readings
    bracketed = text[tok.start - 1 : tok.start] == "(" and text[tok.end : tok.end + 1] == ")"
    if not bracketed and len(options[0]) < 3:
        return None
    for letters in options:
        entry = lexicon.get(letters.lower())
        if entry is not None and entry[1] & lf.UPPER:
            return letters + inflection
    return None


def acronym_with_l(word: str, lexicon: Lexicon) -> str | None:
    """"MBI": an unknown acronym whose I is the L of a known one (the bar of the L lost)."""
    if not word.isupper() or "I" not in word or len(word) < 3 or not word.isalpha() or lexicon.get(word.lower()):
        return None
    fixed = word.replace("I", "L")
    entry = lexicon.get(fixed.lower())
    return fixed if entry is not None and entry[1] & lf.WORD else None


def shape_readings(word: str, core: str, found: set[str], lexicon: Lexicon) -> list[Candidate]:
    """"DCH", "BESLUI": the common words (or abbreviations) one capital of the same outline away
    from ``word`` (``core``: its lower-case letters), besides those already ``found``."""
    out = []
    for i, ch in enumerate(word):
        for capital in marks.CAPITAL_SHAPES.get(ch, ""):
            reading = core[:i] + capital.lower() + core[i + 1 :]
            entry = lexicon.get(reading)
            if reading in found or entry is None or not entry[1] & lf.WORD \
                    or entry[0] < (CAPITAL_SHAPE_MIN_ZIPF if not entry[1] & lf.ABBREV else ABBREVIATION_SHAPE_MIN_ZIPF):
                continue
            ops = tuple((a, a) for a in core[:i]) + ((capital.lower(), core[i]),) + tuple((a, a) for a in core[i + 1 :])
            out.append(Candidate(reading, entry[0] - 9 + log10(CAPITAL_SHAPE_SUB), ops))
    return out


__all__ = ["acronym_with_digits", "acronym_with_l", "shape_readings"]
