"""Ignoring a word in the open record, and taking that back, as undo steps like any edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class IgnoreCommand(QUndoCommand):
    """``apply(word, ignore)`` stores the choice with the record (it runs before the push, so a
    refused write never becomes an undo step)."""

    def __init__(self, apply: Callable[[str, bool], bool], word: str, ignore: bool, label: str) -> None:
        super().__init__(label)
        self._apply = apply
        self.word = word
        self.ignore = ignore
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.word, self.ignore)

    def undo(self) -> None:
        self._apply(self.word, not self.ignore)
