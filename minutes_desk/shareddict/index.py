"""Merging everyone's files: for each entry key the last writer wins, tombstones included.

Merging is commutative and idempotent, so files can be read in any order, re-read, or contain
duplicates (a flush repeated after a crash) and every machine still reaches the same state.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from minutes_desk.shareddict.files import Tail, read_tail
from minutes_desk.shareddict.lineformat import CORRECTION_KEY, WORD_KEY, WORD_OPS, Record

log = logging.getLogger(__name__)


class Index:
    """The winning record per key."""

    __slots__ = ("winners",)

    def __init__(self) -> None:
        self.winners: dict[tuple[str, str], Record] = {}

    def merge(self, records: Iterable[Record]) -> bool:
        winners = self.winners
        changed = False
        # Record.key and Record.order inlined, with positions (0 time, 2 op, 3 subject) instead of
        # names: this loop runs once per line of every file.
        for record in records:
            key = (WORD_KEY if record[2] in WORD_OPS else CORRECTION_KEY, record[3].casefold())
            current = winners.get(key)
            if current is None or record[0] > current[0] or (record[0] == current[0] and record.order > current.order):
                winners[key] = record
                changed = True
        return changed

    def live(self, key: tuple[str, str]) -> Record | None:
        record = self.winners.get(key)
        return None if record is None or record.is_tombstone else record


class Level:
    """One level of the dictionary (own or shared): an index fed by tailing a set of files."""

    def __init__(self) -> None:
        self.index = Index()
        self._tails: dict[Path, Tail] = {}

    def read(self, paths: list[Path], drained: Path | None = None) -> bool:
        """Merge what was appended to ``paths`` since the last read; True if the content changed.

        A file that vanished, shrank or was replaced cannot be un-merged, so the level is rebuilt;
        except ``drained`` (the outbox), which is only ever emptied after its entries reached
        another of ``paths``, so it is simply read again from the start.
        """
        if drained is not None and drained in self._tails:
            try:
                if drained.stat().st_size < self._tails[drained].consumed:
                    del self._tails[drained]
            except FileNotFoundError:
                del self._tails[drained]
        present = [p for p in paths if p.exists()]
        if set(self._tails) - set(present):
            return self._rebuild(present)
        changed = False
        for path in present:
            try:
                result = read_tail(path, self._tails.get(path))
            except FileNotFoundError:
                if path in self._tails:
                    return self._rebuild([p for p in paths if p.exists()])
                continue
            except OSError as exc:
                log.warning("%s: kunde inte läsas (%s); hoppas över", path.name, exc.strerror or exc)
                continue
            if result is None:
                return self._rebuild(present)
            records, self._tails[path] = result
            changed = self.index.merge(records) or changed
        return changed

    def _rebuild(self, paths: list[Path]) -> bool:
        log.debug("rebuilding from %d files", len(paths))
        self.index = Index()
        self._tails = {}
        self.read(paths)
        return True
