"""Parsing many documents for an import: in worker processes when there are enough to pay for them.

The parser is pure Python and by far the slowest step of an import (tens of ms per document against
about one for storing it), so a batch import parses on every core. Workers are spawned, never
forked: the caller may hold an open database or, in the app, Qt's threads.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from minutes_desk.model import Meeting

PARALLEL_FROM = 50
"""Fewer documents than this parse in-process: starting a worker costs about as much as 10 parses."""

MAX_WORKERS = 4


def default_workers(documents: int) -> int:
    if documents < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


class Parser:
    """Parses text after text for one import call, with one pool for all its batches."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def parse_all(self, texts: list[str], progress: Callable[[], Any] | None = None) -> Iterator[Meeting]:
        """Meetings in the order of ``texts``; ``progress()`` after each."""
        from minutes_desk.parser import parse  # here, so reading records never loads the parser

        if self.workers < 2 or len(texts) < 2:
            results: Iterator[Meeting] = map(parse, texts)
        else:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
            results = self._pool.map(parse, texts, chunksize=max(1, len(texts) // (self.workers * 4)))
        for meeting in results:
            if progress:
                progress()
            yield meeting
