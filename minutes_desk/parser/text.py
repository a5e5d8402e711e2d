"""Lines with their offsets, and the OCR-tolerant folding every fuzzy comparison in the parser uses.

Folding maps the characters a scanner confuses onto one class each (ö/ó/é/6/0 -> o, ä/å/à and a
text layer's replacement character -> a, 1/l/I/| -> i, rn -> m) so that a cue word and its damaged reading meet; a small edit distance on
the folded forms then absorbs what folding cannot (dropped letters, "ia" for "ä").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FOLD_TABLE = str.maketrans(
    {
        "ö": "o", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ø": "o", "é": "o", "è": "o", "ê": "o",
        "6": "o", "0": "o",
        "ä": "a", "å": "a", "à": "a", "á": "a", "â": "a", "æ": "a",
        "1": "i", "l": "i", "|": "i", "!": "i", "í": "i", "ì": "i", "ï": "i",
        "ü": "u", "ú": "u",
        # a text layer's font without a map for å, ä, ö leaves the replacement character; å and
        # ä are twice as common as ö, and both fold to a
        "\ufffd": "a",
    }
)
_FOLD_TABLE_1TO1 = dict(_FOLD_TABLE)
_FOLD_TABLE[0xAD] = None


def fold(text: str) -> str:
    """A comparison key: lower case, diacritics and OCR-confusable characters merged."""
    return text.lower().translate(_FOLD_TABLE).replace("rn", "m")


def fold_chars(text: str) -> str:
    """Like :func:`fold` but one character for one, so regex offsets in it index the original."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[:1] or c for c in text)
    return lowered.translate(_FOLD_TABLE_1TO1)


AE = "(?:a|i|d|ia|ai)"
"""The readings of "ä" that survive fold_chars(): a, i, d, ia, ai."""
AA = "(?:a|i|ai)"
"""The readings of "å" that survive fold_chars()."""
M = "(?:m|rn)"
"""The readings of "m"."""


def ocr_pattern(word: str) -> str:
    """A regex source matching ``word`` in fold_chars() text through the OCR readings of its letters."""
    out = []
    for ch in word.lower():
        if ch == "ä":
            out.append(AE)
        elif ch == "å":
            out.append(AA)
        elif ch == "m":
            out.append(M)
        else:
            out.append(re.escape(fold_chars(ch)))
    return "".join(out)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, or ``limit + 1`` when it exceeds ``limit``.

    Myers' bit-parallel algorithm: one pass of integer operations per character of ``b``, which
    keeps the many cue/place/role comparisons of a parse cheap.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    m = len(a)
    if m == 0:
        return len(b) if len(b) <= limit else limit + 1
    peq: dict[str, int] = {}
    bit = 1
    for ch in a:
        peq[ch] = peq.get(ch, 0) | bit
        bit <<= 1
    mask = (1 << m) - 1
    last = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score if score <= limit else limit + 1


def deletions(word: str, depth: int) -> set[str]:
    """The word with up to ``depth`` characters deleted: two words within distance k share one
    (SymSpell's trick), so a dictionary of these finds fuzzy candidates without comparing all."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def allowed_distance(word: str) -> int:
    """How much damage a folded cue of this length may carry and still be recognised."""
    n = len(word)
    if n <= 3:
        return 0
    if n <= 7:
        return 1
    return 2


def fuzzy_equal(damaged: str, clean: str) -> bool:
    """Whether ``damaged`` reads as ``clean`` (both already folded)."""
    return edit_distance(damaged, clean, allowed_distance(clean)) <= allowed_distance(clean)


@dataclass(frozen=True)
class Line:
    index: int
    start: int
    end: int
    text: str
    blank: bool
    content_start: int
    """Offset of the first non-blank character (``end`` for a blank line)."""


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        # A page break ("\f", as pdftotext writes it) or a CR of CRLF is not part of the line.
        lead = len(raw) - len(raw.lstrip("\f\v"))
        stripped = raw[lead:].rstrip("\r")
        start = pos + lead
        end = start + len(stripped)
        body = stripped.lstrip()
        lines.append(Line(index, start, end, stripped, not body.strip(), end - len(body) if body.strip() else end))
        pos += len(raw) + 1
    return lines


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """One space between words: how multi-line values are stored."""
    return _WS.sub(" ", text).strip()


def trimmed_span(text: str, start: int, end: int, strip: str = " \t\r\n\f,.;:-–") -> tuple[int, int]:
    """The span shrunk past leading/trailing whitespace and punctuation."""
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end
