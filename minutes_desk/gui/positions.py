"""Code points (Python, the model) versus UTF-16 units (Qt's text positions).

They differ only after a character outside the Basic Multilingual Plane (an emoji, a rare CJK
ideograph); for the usual text both conversions are the identity and cost one regex scan.
"""

from __future__ import annotations

import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def to_qt(text: str, pos: int) -> int:
    if not _ASTRAL.search(text, 0, pos):
        return pos
    return pos + sum(1 for _ in _ASTRAL.finditer(text, 0, pos))


def from_qt(text: str, qpos: int) -> int:
    if not _ASTRAL.search(text, 0, qpos):
        return qpos
    units = 0
    for i, ch in enumerate(text):
        if units >= qpos:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def has_astral(text: str) -> bool:
    return _ASTRAL.search(text) is not None
