"""What the engine needs from a user's corrections dictionary.

The shared dictionary (``minutes_desk.shareddict``) implements this with its levels (own, shared,
built-in); the engine only asks. Its answers win over the engine's own model.
"""

from __future__ import annotations

from typing import Protocol


class UserDictionary(Protocol):
    def verdict(self, word: str) -> bool | None:
        """True: the user accepts the word; False: the user marked it wrong; None: no opinion."""

    def correction(self, wrong: str) -> str | None:
        """A remembered correction for exactly this (case-folded) wrong form, or None."""

    @property
    def revision(self) -> int:
        """Changes whenever the content changes, so cached check results can be dropped."""
