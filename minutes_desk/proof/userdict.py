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


class MemoryUserDictionary:
    """A user dictionary kept in memory: for local use without a shared folder, and for tests."""

    def __init__(self) -> None:
        self._verdicts: dict[str, bool] = {}
        self._corrections: dict[str, str] = {}
        self._revision = 0

    def accept(self, word: str) -> None:
        self._verdicts[word.casefold()] = True
        self._revision += 1

    def reject(self, word: str) -> None:
        self._verdicts[word.casefold()] = False
        self._revision += 1

    def remember(self, wrong: str, right: str) -> None:
        self._corrections[wrong.casefold()] = right
        self._verdicts.pop(wrong.casefold(), None)
        self._revision += 1

    def verdict(self, word: str) -> bool | None:
        return self._verdicts.get(word.casefold())

    def correction(self, wrong: str) -> str | None:
        return self._corrections.get(wrong.casefold())

    @property
    def revision(self) -> int:
        return self._revision
