"""Digits read as letters ("2O19", "kl O8.3O-ll.OO", "§ l2", "9.4S"), read back where a number is expected.

:func:`numeric_view` gives a copy of the text, one character for one (so offsets in it index the
original), in which a run of digits and digit-like letters (O/o -> 0, l/I/| -> 1, S -> 5, B -> 8,
b -> 6, Z -> 2) is rewritten as digits when the context says a number stands there: the run holds
a real digit, or has the shape of a time ("ll.OO"), or follows "kl"/"klockan"/"nr", "§" or a number
and a dash ("8.30 - ll"), or precedes "§", or stands before a month name ("lO juni"), or opens a
line as an item number ("lO. Val av justerare"). Words are never touched: a run
that touches a letter outside the digit-like ones ("Olle", "kI") is no number. Only the date,
time, item-number and protocol-number patterns read this view; every other rule reads the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "b": "6", "Z": "2"})
_LIKE = "0-9OolI|SBbZ"
_RUN = re.compile(
    rf"(?<![^\W\d_])(?<![{_LIKE}])[{_LIKE}](?:[{_LIKE}.:/\-–—‐‑‒−]*[{_LIKE}])?(?![^\W\d_])"
)
_TIME_SHAPE = re.compile(r"[0-2OolI|Z]?[0-9OolI|SBbZ][.:][0-5OolI|SZ][0-9OolI|SBbZ]")
_BEFORE_NUMBER = re.compile(r"(?:(?<![^\W\d_])(?:k[lI1|i]\.?|klockan|nr\.?)|[§$])[ \t]*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(rf"\d[{_LIKE}]*[ \t]*[-–—‐‑‒−][ \t]*$")
_AFTER_NUMBER = re.compile(r"^[ \t]*[§$]")
_LONE_DAYS = frozenset("SBbZ")
_ITEM_START = re.compile(r"(?:^|\n)[ \t\f]*$")
_ITEM_END = re.compile(r"^\.(?:[ \t]+\S|[ \t]*(?:\r?\n|$))")
_MONTH_AFTER = re.compile(
    r"^[ \t]+(?:jan|feb|(?:m|rn)a[rj]|apr|jun|jul|aug|sep|okt|nov|dec)", re.IGNORECASE
)


@lru_cache(maxsize=8)
def numeric_view(text: str) -> str:
    """``text`` with digit-like letters read as digits where a number is expected (same length)."""
    pieces: list[str] = []
    last = 0
    for match in _RUN.finditer(text):
        run = match.group(0)
        if run.isdigit() or not _is_number(text, match, run):
            continue
        pieces.append(text[last:match.start()])
        pieces.append(run.translate(_AS_DIGIT))
        last = match.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _is_number(text: str, match: re.Match[str], run: str) -> bool:
    if any(ch.isdigit() for ch in run):
        return True
    if _TIME_SHAPE.fullmatch(run):
        return True
    before = text[max(0, match.start() - 12):match.start()]
    after = text[match.end():match.end() + 6]
    if _BEFORE_NUMBER.search(before) or _RANGE_BEFORE.search(before) or _AFTER_NUMBER.match(after):
        return True
    # A day before a month name ("lO juni", "den b december"); but "I maj"/"l maj" is "i maj".
    if (len(run) == 2 or run in _LONE_DAYS) and _MONTH_AFTER.match(after) and 1 <= int(run.translate(_AS_DIGIT)) <= 31:
        return True
    # An item number opening a line: two characters at most, and not the roman "I"/"II".
    return (len(run) <= 2 and set(run) & set("Ool") != set() and _ITEM_START.search(before) is not None
            and _ITEM_END.match(after) is not None)
