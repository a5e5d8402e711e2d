"""Plain word lists in and out: one word a line, or ``wrong<TAB>right`` for a correction.

These are the files people already keep (a spell checker's personal list, a spreadsheet column
saved as text), so import is lenient about encoding and comments but strict about what a word is:
a bad line stops the whole import with its line number, and nothing is written.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from minutes_desk.errors import InputError
from minutes_desk.textio import read_text_file

MAX_WORD_LENGTH = 100
MAX_NOTE_LENGTH = 500

Item = tuple[str, str | None]
"""(word, None) for an accepted word, (wrong, right) for a correction."""


def clean_word(word: str, what: str = "ordet") -> str:
    """The word in NFC, or an :class:`InputError` saying why it cannot be a dictionary entry."""
    word = unicodedata.normalize("NFC", word.strip())
    if not word:
        raise InputError(f"{what} är tomt")
    if len(word) > MAX_WORD_LENGTH:
        raise InputError(f"{what} är för långt (högst {MAX_WORD_LENGTH} tecken)")
    if any(c.isspace() for c in word):
        raise InputError(f"{what} ”{word}” innehåller mellanslag; ange ett ord i taget")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in word):
        raise InputError(f"{what} ”{word}” innehåller otillåtna tecken")
    return word


def clean_note(note: str) -> str:
    note = unicodedata.normalize("NFC", note.strip())
    if len(note) > MAX_NOTE_LENGTH:
        raise InputError(f"anteckningen är för lång (högst {MAX_NOTE_LENGTH} tecken)")
    return note


def clean_correction(wrong: str, right: str) -> tuple[str, str]:
    wrong, right = clean_word(wrong, "det felaktiga ordet"), clean_word(right, "rättelsen")
    if wrong == right:
        raise InputError(f"rättelsen ”{wrong}” → ”{right}” ändrar inget")
    if wrong.casefold() == right.casefold():
        raise InputError(f"rättelsen ”{wrong}” → ”{right}” ändrar bara stora/små bokstäver")
    return wrong, right


def parse_word_list(text: str, name: str = "ordlistan") -> list[Item]:
    """Items of a plain list; blank lines and ``#`` comments are ignored."""
    items: list[Item] = []
    for number, line in enumerate(text.split("\n"), 1):
        line = line.strip(" \r\ufeff")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if len(parts) == 1:
                items.append((clean_word(parts[0]), None))
            elif len(parts) == 2:
                items.append(clean_correction(parts[0], parts[1]))
            else:
                raise InputError("ange ett ord, eller fel<TAB>rätt, per rad")
        except InputError as exc:
            raise InputError(f"{name}, rad {number}: {exc}") from None
    return items


def read_word_list(path: str | Path) -> list[Item]:
    path = Path(path)
    return parse_word_list(read_text_file(path).text, path.name)


def format_word_list(words: list[str], corrections: list[tuple[str, str]]) -> str:
    """Words first, then corrections, each sorted: the file imports back to the same entries."""
    lines = sorted(words, key=str.casefold) + [f"{w}\t{r}" for w, r in sorted(corrections, key=lambda p: p[0].casefold())]
    return "".join(line + "\n" for line in lines)
