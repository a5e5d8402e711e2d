"""The built lexicon's file format, shared by scripts/build_lexicon.py (writer) and the engine (reader).

``dictionaries/lexicon.tsv.gz`` holds one lower-case word form a line, sorted:
``word<TAB>zipf*10<TAB>bits``. The bits say how the form may be used: alone, or as the first,
middle or last part of a compound (hunspell-sv's COMPOUNDBEGIN/MIDDLE/END flags, carried over
through its suffix rules), and where it came from.
"""

from __future__ import annotations

import gzip
from pathlib import Path

LEXICON_FILE = "lexicon.tsv.gz"

WORD = 1
"""May stand alone (not ONLYINCOMPOUND, not a bare NEEDAFFIX stem)."""
BEGIN = 2
MIDDLE = 4
END = 8
PROPER = 16
"""A name: written with a capital in its source."""
ABBREV = 32
"""An abbreviation or acronym of our domain list (kl, mnkr, SKR)."""
NOSUGGEST = 64
"""A word to accept but never to offer (hunspell-sv's NOSUGGEST: vulgar and rare forms)."""
HUNSPELL = 128
"""Known by hunspell-sv, so not web junk."""
DOMAIN = 256
"""From our own domain lexicon: places, public bodies, words of the minutes genre, names."""
UPPER = 512
"""Written in capitals in its source (an acronym such as SKR, RUFS)."""

LOWER = 1024
"""Written in lower case in some source: without it an acronym or name must keep its capitals."""
FIRST_NAME = 2048
"""A listed first name (a surname or place is no first name: "Engvall" is not "Ingvild")."""

ZIPF_UNSEEN = 1.0
"""Frequency given to forms that wordfreq has not seen (most inflections and compounds)."""


def write_table(lines: list[str], path: Path) -> None:
    """A generated table of dictionaries/ as gzip: same lines, same bytes (no time stamp in the header)."""
    with open(path, "wb") as raw, gzip.GzipFile(filename=path.name.removesuffix(".gz"), fileobj=raw, mode="wb",
                                                mtime=0, compresslevel=9) as gz:
        gz.write("".join(lines).encode("utf-8"))
