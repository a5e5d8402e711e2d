"""Splitting minutes text into the words the engine judges, with code-point offsets.

A word is a run of letters and digits (with inner apostrophes, dots and hyphens, so "bl.a.",
"t.ex." and "E-post" stay whole); slashes, brackets and dashes separate words ("Göteborg/Västsverige").
Tokens that are not prose are skipped: numbers, dates, times, amounts, URLs, e-mail addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CHUNK = re.compile(r"\S+")
_RAW = re.compile(r"(?:[^\s/()\[\]{}<>\"“”«»,;–—]|(?<=[^\W\d_]),(?=[a-zåäö]))+")
"""A word's characters: slashes, brackets, quotes, dashes ("januari–augusti") and commas part
words, except a comma between a letter and a small letter ("Berg,qvist"), a speck of the scan."""
_EDGE = "\"'’‘`´.,:;!?*•–—-_…)(»«„“”[]{}"
_URL = re.compile(r"^(?:https?://|www\.)|@[\w-]+[.,:][\w-]|\.(?:se|nu|com|org|net|eu|info|gov)(?:/|[.,;:!?)]*$)", re.IGNORECASE)
"""A web or e-mail address: an @ with a domain after it, its dot maybe misread ("sk@ts" is a word
whose ö the OCR read as @)."""
_NUMERIC = re.compile(r"^[\d\s.,:\-–/%§+]+$")
_DIGITS_THEN_MARK = re.compile(r"\d+[:\-]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    """The word with edge punctuation stripped; text == source[start:end]."""
    raw_start: int
    """Where the piece it came from starts, before leading punctuation (for sentence context)."""


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    for chunk in _CHUNK.finditer(text):
        if _URL.search(chunk.group()):
            continue
        for match in _RAW.finditer(chunk.group()):
            raw = match.group()
            lead = len(raw) - len(raw.lstrip(_EDGE))
            core = raw[lead:].rstrip(_EDGE)
            if raw[lead + len(core) : lead + len(core) + 1] == "´" and core[-1:] in ("e", "E"):
                core += "´"  # "Lindhe´": a PDF text layer's acute after its letter (Lindhé), no quote mark
            if not core or not any(ch.isalpha() for ch in core) or _NUMERIC.match(core):
                continue
            start = chunk.start() + match.start() + lead
            # keep an abbreviation's final dot: "bl.a." stays whole; a sentence's full stop does not
            if "." in core and raw[lead + len(core) : lead + len(core) + 1] == ".":
                core += "."
            out.append(Token(start, start + len(core), core, chunk.start() + match.start()))
    return out


def is_number_like(word: str) -> bool:
    """Codes and amounts with letters: "10-tal", "3D", "Q1", "1:a", "§3", "08:orna" stay unflagged if unknown."""
    letters = sum(ch.isalpha() for ch in word)
    digits = sum(ch.isdigit() for ch in word)
    return digits > 0 and (digits >= letters or bool(_DIGITS_THEN_MARK.match(word)))
