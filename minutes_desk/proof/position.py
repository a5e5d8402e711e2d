"""Where a token stands in the text: sentence and line starts, headings, the names around it.

The engine's rules depend on position as much as on letters: a capital opening a sentence says
less about a name than one inside it, a word before a surname is a first name, a heading of
capitals holds words, not acronyms. Pure functions of the text and a token's offsets.
"""

from __future__ import annotations

import re

from minutes_desk.proof.tokens import Token

HEADING_CHARS = 120
"""A line longer than this is no heading of capitals."""
HEADING_WORDS = 6
"""A line of at most this many words ending without punctuation is a heading: the next line starts anew."""
OPENERS = " \t\"'’(–—-•*"
"""What may stand between a sentence's start and its first word."""


LONE_HEADING_MIN = 5
"""Letters a word of capitals alone on its line needs to be a heading word rather than an acronym."""


def caps_line(text: str, tok: Token) -> bool:
    """Is the token on a line of capitals, two words or more or one long one (a heading: short, so
    only a window around the token is looked at, however long a line without breaks may be)?"""
    window = max(0, tok.start - HEADING_CHARS)
    start = text.rfind("\n", window, tok.start) + 1
    end = text.find("\n", tok.end, tok.end + HEADING_CHARS)
    if (start == 0 and window > 0) or (end < 0 and tok.end + HEADING_CHARS < len(text)):
        return False  # a line this long is no heading
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if any(ch.isalpha() for ch in w)]
    # a word of capitals alone on its line is a heading ("BESLUT", "ÖVRIGT") once it is longer than
    # most acronyms
    return (len(words) >= 2 or len(words) == 1 and sum(ch.isalpha() for ch in words[0]) >= LONE_HEADING_MIN) \
        and all(w.isupper() for w in words)


_HEAD_FOLLOWERS = re.compile(r"-,?[ \t]+(?:och|eller|samt|respektive|resp\.|som|till)\b")


def compound_head(text: str, tok: Token) -> bool:
    """Is the token a compound's first part whose second follows later ("hälso- och sjukvård",
    "barn-, kultur- och fritidsnämnden")?"""
    return bool(_HEAD_FOLLOWERS.match(text, tok.end))


def after_capital(text: str, pos: int) -> bool:
    """Does the word before ``pos`` open with a capital (a first name before a surname)?"""
    before = text[max(0, pos - 40) : pos].split()
    return bool(before) and before[-1][:1].isupper()


def line_before(text: str, pos: int) -> str:
    """The text of ``pos``'s line before it, at most HEADING_CHARS of it (a text without line
    breaks is one long line: its start is no help, and looking for it cost time for every word)."""
    start = max(0, pos - HEADING_CHARS)
    return text[text.rfind("\n", start, pos) + 1 or start : pos]


def after_small_word(text: str, tok: Token) -> bool:
    """Is the token inside a sentence, after a word in small letters on its line ("att Aterkomma")?"""
    before = line_before(text, tok.raw_start).split()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def after_running_line(text: str, pos: int) -> bool:
    """Does the line before the one at ``pos`` end with a word in small letters, no punctuation
    ("... med tillägg av de punkter som" / "önskades."): a sentence running on, no label or heading?"""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[max(0, line_start - 80) : line_start].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def before_surname(text: str, tok: Token, sentence_end: bool = True) -> bool:
    """Is the token followed, after one space, by a capitalised word of small letters on its line
    that ends a name ("Par Svensson,", "Hakan Lind (S)"; with ``sentence_end`` also "Östen Lind.")?"""
    ends = r"[\s,;.:(]" if sentence_end else r"[\s,;(]"
    # the surname went through the same OCR: a digit or é may stand among its letters ("Kallstr6m")
    match = re.match(r" [A-ZÅÄÖ][a-zåäöéü016]+(?:-[A-ZÅÄÖ][a-zåäöéü016]+)?(?=" + ends + "|$)", text[tok.end : tok.end + 40])
    return match is not None


def before_name(text: str, tok: Token) -> bool:
    """Is the token followed by a capitalised word on its line ("0stra Skaraborg")? Then it is
    the first word of a name, and its damaged first letter a capital."""
    after = text[tok.end : tok.end + 40].split()
    return bool(after) and after[0][:1].isupper() and text[tok.end : tok.end + 1] == " "


def after_name(text: str, tok: Token) -> bool:
    """Is the token after a capitalised word that does not open a sentence itself (a name it
    continues: "Region Dalarnas ldrottsförbund")?"""
    window = max(0, tok.raw_start - 40)
    before = text[window : tok.raw_start].split()
    if before and before[-1][:1].isupper() and before[-1][-1:].isalpha() and not sentence_start(text, tok.raw_start):
        # a capitalised word that does not open a sentence itself: a name the token continues
        prev_start = text.rfind(before[-1], window, tok.raw_start)
        return not sentence_start(text, prev_start)
    return False


def _line_above(text: str, pos: int) -> str | None:
    """The line above the one ``pos`` opens, stripped ("" at the text's start); None where ``pos``
    does not open its line (a line longer than line_before looks at opens far before the word)."""
    before = line_before(text, pos)
    line_start = pos - len(before)
    if before.strip(OPENERS) or (line_start > 0 and text[line_start - 1] != "\n"):
        return None
    if line_start == 0:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()


def heading_line(text: str, pos: int) -> bool:
    """Does the word at ``pos`` open a line after a blank line or a short line ending without
    punctuation (a heading such as "Arbetsutskottets beslut")? Such a line starts with a capital."""
    prev = _line_above(text, pos)
    return prev is not None and (not prev or (len(prev.split()) <= HEADING_WORDS and prev[-1:].isalnum()))


def label(text: str, tok: Token) -> bool:
    """Is the token a label opening its line ("Plats:", "Justerare:")? A header's word, never a name."""
    return text[tok.end : tok.end + 1] == ":" and not line_before(text, tok.start).strip(OPENERS)


def mark_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is no space ("" at the text's start); a look back over
    the spaces alone, not a copy of the text before."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


_ITEM_NUMBER = re.compile(r"[ \t]*(?:§[ \t]*\d+[.,)]?|\d{1,2}[.,)]|[a-z][.)])[ \t]+")


def after_item_number(text: str, pos: int) -> bool:
    """Does ``pos`` follow only an item's number on its line ("§ 4 ", "7. ", "6, ", "a) ")? An
    item's first word has a capital (a bare number may be a date's day running on: "2 april")."""
    return _ITEM_NUMBER.fullmatch(line_before(text, pos)) is not None


def paragraph_start(text: str, pos: int) -> bool:
    """Does ``pos`` open a line after a blank line (or the text)? A paragraph of minutes opens with a capital."""
    return _line_above(text, pos) == ""


def sentence_start(text: str, pos: int) -> bool:
    """True at the start of the text or a paragraph, or after a full stop, colon, question or
    exclamation mark; a line break inside a running sentence does not start one."""
    i = pos
    while i > 0 and text[i - 1] in OPENERS:
        i -= 1
    if i == 0:
        return True
    if text[i - 1] != "\n":
        return text[i - 1] in ".:!?"
    j = i - 1
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in "\n.:!?"


__all__ = ["HEADING_CHARS", "HEADING_WORDS", "OPENERS", "after_capital", "after_item_number", "after_name", "after_running_line", "after_small_word", "before_name", "before_surname",
           "caps_line", "compound_head", "heading_line", "label", "line_before", "mark_before", "paragraph_start", "sentence_start"]
