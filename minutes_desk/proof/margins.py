"""Words cut short at a page's margin: a curled page under a phone camera, a tight crop, a sheet fed
askew or the gutter of a bound volume loses the last letters of the lines that reach the right edge
("Smedjebacke", "protok") or the first letters of the lines at the left one ("slutande" for Beslutande).

Only a line that reaches the right margin can lose letters there (every line starts at the left one),
and only a page that shows it does so more than once makes a short word likelier a cut one than a word
of its own: the engine reads such a token as the words it begins or ends (``completions``), at the
odds the page's own cut words give (``cut_rate``). Pure functions of the text and the lexicon.
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
DOUBT_RATE = 0.01
"""A real word at a margin is doubted as a cut one only on a page that cuts at least this share of its
words there (five times CUT_BASE): elsewhere the look-ups cost more than they find."""
DOUBT_FORMS = 2000
"""... and only where at most this many forms begin (or end) as it does ("och" opening a line: no)."""
COMPLETION_MIN_ZIPF = 1.5
"""A completion is a form at least this common (a rare form's start is a word's start by chance)."""
_PUNCT = " \t.,:;!?)]”\"'»"
_OPENERS = " \t(\"'“«-–•*"
RIGHT, LEFT = "right", "left"
LEFT_INDENT = 2
"""A line opening with more space than this is indented: its first word stands clear of the left margin."""


def margin_width(text: str) -> int:
    """How long the document's lines are where they reach the right margin (0: too few lines)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < MARGIN_MIN_LINES:
        return 0
    return lengths[min(len(lengths) - 1, int(MARGIN_QUANTILE * len(lengths)))]


def side(text: str, tok: Token, width: int) -> str:
    """RIGHT where the token ends a line that reaches the right margin, LEFT where it opens a line at
    the left one, else ""."""
    start = text.rfind("\n", 0, tok.start) + 1
    if not text[start : tok.start].strip(_OPENERS) and tok.start - start <= LEFT_INDENT:
        return LEFT
    if width <= 0:
        return ""
    end = text.find("\n", tok.end)
    end = len(text) if end < 0 else end
    if text[tok.end : end].strip(_PUNCT):
        return ""
    return RIGHT if len(text[start:end].rstrip()) >= MARGIN_SHARE * width else ""


def runs_on(text: str, tok: Token) -> bool:
    """Does the line above run on into the token's line (it ends in a small letter or a comma)?"""
    start = text.rfind("\n", 0, tok.start)
    above = text[:max(start, 0)].rstrip(" \t")
    return start > 0 and bool(above) and (above[-1] == "," or above[-1].islower())


def wrapped_above(text: str, pos: int, width: int) -> bool:
    """Did the line above end where the word at ``pos`` would not fit beside it under the right
    margin (a running text wrapped there, no heading)? True where the page's width is unknown
    (``width`` 0)."""
    start = text.rfind("\n", 0, pos)
    if start <= 0 or width <= 0:
        return True
    above = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    word = text[pos : pos + width].split(maxsplit=1)
    return len(above) + 1 + (len(word[0]) if word else 0) >= MARGIN_SHARE * width


def completions(lexicon: Lexicon, core: str, where: str, names: bool = True, most: int = CUT_FORMS
                ) -> list[tuple[str, float, int]]:
    """(form, zipf, letters lost) of each common form that ``core`` begins (``where`` RIGHT) or ends
    (LEFT), 1 to CUT_MAX letters longer (``names=False``: no name, for a token in small letters;
    none where more than ``most`` forms begin or end so)."""
    if len(core) < CUT_MIN_KEPT or not core.isalpha():
        return []
    if where == RIGHT:
        forms = lexicon.with_skeleton_prefix(skeleton(core), most) or []
        kept = str.startswith
    else:
        forms = lexicon.with_skeleton_suffix(skeleton(core), most) or []
        kept = str.endswith
    return [(w, z, len(w) - len(core)) for w, z, bits in forms
            if 0 < len(w) - len(core) <= CUT_MAX and kept(w, core) and bits & lf.WORD
            and not bits & lf.NOSUGGEST and z >= COMPLETION_MIN_ZIPF and (names or bits & lf.LOWER)]


def cut_cost(lost: int, rate: float) -> float:
    """log10 P(a word at the margin lost these ``lost`` last letters) on a page that cuts at ``rate``."""
    return math.log10(rate) + (lost - 1) * math.log10(CUT_MORE)


def cut_rate(text: str, width: int, where: str, lexicon: Lexicon, known: Callable[[str], object]) -> float:
    """The share of words at the ``where`` margin this page cuts short: unknown words there that
    begin (or end) a common form, drawn toward CUT_BASE."""
    at_edge = cut = 0
    for line in text.split("\n"):
        words = line.split()
        if not words or where == RIGHT and len(line.rstrip()) < MARGIN_SHARE * width \
                or where == LEFT and len(line) - len(line.lstrip()) > LEFT_INDENT:
            continue
        word = (words[-1].strip(_PUNCT) if where == RIGHT else words[0].strip(_OPENERS + _PUNCT))
        if word.isalpha():
            at_edge += 1
            cut += known(word) is None and bool(completions(lexicon, word.lower(), where))
    return (cut + CUT_BASE * CUT_EVIDENCE) / (at_edge + CUT_EVIDENCE)
