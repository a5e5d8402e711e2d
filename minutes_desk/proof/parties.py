"""Party letters after a member's name ("Anna Berg (S)", "Per Ek (kd)"), as an OCR damages them.

A list of members gives each one's party in brackets, a letter or two from a small closed set. The
brackets and the letters are the thin or round strokes an OCR misreads most: "(" as t, 1 or I,
")" as I, l, J, y, i, ! or 3, S as 5, $, 8, 3 or 9, L as 1 or I, C as € or 0, V as ¥, M and K as 4. A token in a party's place that one such
reading per character turns into a party's letters is that party, where the document writes
parties at all (one clean "(S)" or "(m)" is the evidence), in the case the document writes them.
Pure string functions over the document's text.
"""

from __future__ import annotations

import itertools
import re

PARTIES = frozenset({"S", "M", "C", "L", "V", "KD", "MP", "SD", "FP"})
"""The Riksdag's parties, present and past (FP: Folkpartiet, the Liberals' name until 2015)."""
_OPENERS = "(t1Il|[{"
_CLOSERS = ")IlJj1|]}yi!3"
_LETTER_SHAPES = {"5": "S", "$": "S", "8": "S", "3": "S", "9": "S", "1": "L", "I": "L", "|": "L", "l": "L", "€": "C",
                  "0": "CD", "O": "CD", "¥": "V", "4": "MK"}
"""The party letters each character may be a misread of (the set of parties decides: "(0)" is C, "(90)" SD)."""
_TRAILING = ",.;:"
_CLEAN = re.compile(r"\((?:" + "|".join(sorted(PARTIES)) + r")\)", re.IGNORECASE)
_TOKEN = re.compile(r"\S+|\n")
_SURNAME = re.compile(r"[A-ZÅÄÖ][^\W\d_]*(?:-[A-ZÅÄÖ][^\W\d_]*)?,?")


EVIDENCE = 2
"""Damaged party tokens after names that make a document one that writes parties, where it has no
clean one ("Lotta Wikström (50), Per Ek (5)")."""


def document_case(text: str) -> str:
    """"upper" or "lower": how the document writes its clean party tokens; "" if it writes none
    (and fewer than EVIDENCE damaged ones)."""
    found = [m.group() for m in _CLEAN.finditer(text)]
    if not found:
        return "upper" if len(readings(text, "upper")) >= EVIDENCE else ""
    lower = sum(token[1:-1].islower() for token in found)
    return "lower" if lower * 2 > len(found) else "upper"


def reading(token: str) -> str | None:
    """The clean party token ``token`` stands for ("(MI" -> "(M)", "t$)" -> "(S)"), upper case, or
    None where no party explains it or it is clean already."""
    if _CLEAN.fullmatch(token) or token[:1] not in _OPENERS or len(token) < 2:
        return None
    body = token[1:]
    splits = []
    if body[-1:] in _CLOSERS:
        splits.append(body[:-1])  # the closing bracket read as a thin letter or kept
        if body[-1:] == ")" and len(body) >= 3 and body[-2] in _CLOSERS:
            splits.append(body[:-2])  # ")" read as two strokes: "(MI)"
    if token[0] == "(" and ")" not in body:
        splits.append(body)  # the closing bracket lost: "(KD"
    for inner in splits:
        if not 1 <= len(inner) <= 2:
            continue
        options = [{ch.upper(), *_LETTER_SHAPES.get(ch, "")} for ch in inner]
        for letters in itertools.product(*options):
            party = "".join(letters)
            if party in PARTIES:
                return f"({party})"
    return None


def readings(text: str, case: str) -> list[tuple[int, int, str]]:
    """(start, end, reading) of each damaged party token after a word in ``text``, read in the
    document's ``case`` (document_case); none where the document writes no clean party token."""
    if not case:
        return []
    out = []
    previous = ""
    for m in _TOKEN.finditer(text):
        token = m.group()
        core = token.rstrip(_TRAILING) or token
        if _SURNAME.fullmatch(previous) and 2 <= len(core) <= 5:
            fixed = reading(core)
            if fixed is not None:
                out.append((m.start(), m.start() + len(core), fixed.lower() if case == "lower" else fixed))
        previous = "" if token == "\n" else token  # (a party follows its name on the same line)
    return out


def clean_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clean party tokens of ``text``: "(fp)" and "(s)" are parties, not the
    words "få" and "s" damaged."""
    return [m.span() for m in _CLEAN.finditer(text)]


__all__ = ["PARTIES", "clean_spans", "document_case", "reading", "readings"]
