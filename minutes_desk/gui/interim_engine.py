"""TEMPORARY stand-in for minutes_desk.proof.engine until it lands; removed then.

Flags only the plainest OCR pattern (a digit inside a word) so the app can be driven and tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from minutes_desk.proof.flags import Flag, FlagKind

_DIGITS = {"6": "ö", "0": "o", "1": "l", "4": "a", "5": "s", "8": "å"}
_WORD = re.compile(r"\w+")


class InterimEngine:
    def profile(self, full_text: str, known_words: Iterable[str]) -> Any:
        return None

    def check(self, text: str, profile: Any = None, known_words: Iterable[str] = ()) -> list[Flag]:
        flags = []
        for m in _WORD.finditer(text):
            word = m.group()
            if re.search(r"[^\W\d_]", word) and re.search(r"\d", word) and not word.isupper():
                fixed = "".join(_DIGITS.get(c, c) for c in word)
                flags.append(Flag(m.start(), m.end(), word, FlagKind.OCR_PATTERN, 0.9, ((fixed, 0.9),)))
        return flags


def load(user_dictionary: Any = None) -> InterimEngine:
    return InterimEngine()
