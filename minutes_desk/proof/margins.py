"""Words cut short at a page's right margin: a curled page under a phone camera, a tight crop or a
sheet fed askew loses the last letters of the lines that reach the edge ("Smedjebacke", "protok").

Only a line that reaches the margin can lose letters there, and only a page that shows it does so
more than once makes a short word likelier a cut one than a word of its own: the engine reads such
a token as the words it begins (``completions``), at the odds the page's own cut words give
(``cut_rate``). Pure functions of the text and the lexicon.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from minutes_desk.proof.channel import skeleton
from minutes_desk.proof.lexicon import Lexicon
from minutes_desk.proof import lexicon_format as lf
from minutes_desk.proof.tokens import Token

MARGIN_SHARE = 0.85
"""A line at least this long, against the document's long lines (MARGIN_QUANTILE), reaches the margin."""
MARGIN_QUANTILE = 0.9
MARGIN_MIN_LINES = 10
"""A text of fewer lines says nothing of its margin."""
CUT_MAX = 3
"""Letters a word loses at the margin at most (more leave too little to read it by)."""
CUT_MIN_KEPT = 3
"""Letters a cut word keeps at least."""
CUT_BASE = 0.002
"""The share of words at the margin cut short on a page that shows no cut word."""
CUT_EVIDENCE = 30
"""The page's own count weighs as if this many more words at the margin had been read at CUT_BASE."""
CUT_MORE = 0.5
"""Each letter lost beyond the first is this much less likely."""
CUT_FORMS = 5000
"""Forms looked at, at most, for the words a token begins (a short start such as "för" has too many)."""
COMPLETION_MIN_ZIPF = 1.5
"""A completion is a form at least this common (a rare form's start is a word's start by chance)."""
_PUNCT = " \t.,:;!?)]”\"'»"


def margin_width(text: str) -> int:
    """How long the document's lines are where they reach the right margin (0: too few lines)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < MARGIN_MIN_LINES:
        return 0
    return lengths[min(len(lengths) - 1, int(MARGIN_QUANTILE * len(lengths)))]


def at_margin(text: str, tok: Token, width: int) -> bool:
    """Does the token end a line that reaches the right margin?"""
    if width <= 0:
        return False
    end = text.find("\n", tok.end)
    end = len(text) if end < 0 else end
    if text[tok.end : end].strip(_PUNCT):
        return False
    start = text.rfind("\n", 0, tok.start) + 1
    return len(text[start:end].rstrip()) >= MARGIN_SHARE * width


def completions(lexicon: Lexicon, core: str, names: bool = True) -> list[tuple[str, float, int]]:
    """(form, zipf, letters lost) of each common form that ``core`` begins, 1 to CUT_MAX letters longer
    (``names=False``: no name, for a token in small letters)."""
    if len(core) < CUT_MIN_KEPT or not core.isalpha():
        return []
    forms = lexicon.with_skeleton_prefix(skeleton(core), CUT_FORMS) or []
    return [(w, z, len(w) - len(core)) for w, z, bits in forms
            if 0 < len(w) - len(core) <= CUT_MAX and w.startswith(core) and bits & lf.WORD
            and not bits & lf.NOSUGGEST and z >= COMPLETION_MIN_ZIPF and (names or bits & lf.LOWER)]


def cut_cost(lost: int, rate: float) -> float:
    """log10 P(a word at the margin lost these ``lost`` last letters) on a page that cuts at ``rate``."""
    return math.log10(rate) + (lost - 1) * math.log10(CUT_MORE)


def cut_rate(text: str, width: int, lexicon: Lexicon, known: Callable[[str], object]) -> float:
    """The share of words at the margin this page cuts short: unknown words there that begin a
    common form, drawn toward CUT_BASE."""
    at_edge = cut = 0
    for line in text.split("\n"):
        words = line.split()
        if not words or len(line.rstrip()) < MARGIN_SHARE * width:
            continue
        last = words[-1].strip(_PUNCT)
        if last.isalpha():
            at_edge += 1
            cut += known(last) is None and bool(completions(lexicon, last.lower()))
    return (cut + CUT_BASE * CUT_EVIDENCE) / (at_edge + CUT_EVIDENCE)
