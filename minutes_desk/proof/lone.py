"""A lone 1, l, | or I between words: the preposition "i", a capital I, or a number's or a date's 1.

The OCR reads the small word "i" as any thin upright stroke. Between words, where Swedish has the
preposition, such a stroke is "i"; before a month it is "i" or the date's 1 ("sammanträdet I april",
"den I april"); before a group of three digits it is a number's first digit ("totalt I 146").
Pure string rules over the document's text.
"""

from __future__ import annotations

import re

from minutes_desk.proof import context
from minutes_desk.proof.flags import Flag, FlagKind

_TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")
_LONE_MARK = re.compile(r"(?<!\S)[1l|Iíìîï](?!\S)")
LONE_WINDOW = 200
"""Characters looked at around a lone mark for the words beside it."""
_NUMERAL_LOOKING = {"1", "l", "|", "I"}
"""Lone marks that may be the numeral 1 ("punkt 1", "1 januari"); an accented í never is."""
_NOT_LONE_AFTER = {
    "punkt", "bilaga", "paragraf", "nr", "kapitel", "sida", "dag", "steg", "fas", "etapp", "kvartal",
    "version", "del", "bild", "alternativ", "grupp", "mål", "tabell", "figur", "avsnitt", "ärende",
    "år", "vecka", "nivå", "klass", "rum", "hus", "sal", "våning", "plan", "skede", "scenario", "område",
    "kl", "kl.", "§", "p", "p.", "punkterna", "och", "eller", "till", "mot", "den", "per", "nummer",
}
_JOINING = {"och", "eller", "samt", "till", "mot", "den", "per"}
"""Words of _NOT_LONE_AFTER that a numeral follows as a digit ("punkterna 3 och 1"), never as a capital I."""
_THOUSANDS = re.compile(r"\d{3}(?:[.,]\d+)?[.,:;]?")
"""A group of three digits: the rest of a number whose first digit stands before it ("1 146")."""
_BEFORE_DATE = {"den", "fran", "fr.o.m", "t.o.m", "fom", "tom", "senast", "per", "till"}
"""Words (plain) after which a lone I, l or | before a month is the date's 1, not the preposition."""
_DATE_EDGE = ".,:;()"
_DIGIT_WORD = re.compile(r"[0568|][^\W\d_]{2,}")
_MONTHS = {
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
}


_STROKES = re.compile(r"(?<!\S)(?=\S*1)[1lI|t£{][1lI|]{3}(?!\S)")
"""Four thin strokes with a digit among them, the first maybe a t-like sign (£, {): "till" read
stroke by stroke ("välkommen 1111 Leksand", "£111 september")."""


_DASH_SIGNS = re.compile(r"(?<!\S)(?:[~»=+]|—-|=-|-=)(?!\S)")
"""Signs an OCR makes of a dash standing alone between words: a tilde, a guillemet, an equals or plus sign."""


def readings(text: str) -> list[Flag]:
    """A lone "1" (or l, |, I) between words, where Swedish has the preposition "i"; four strokes
    between words, where it has "till"; a sign between words, where it has a dash."""
    out = _strokes(text) + _dashes(text)
    for piece in _LONE_MARK.finditer(text):
        raw = piece.group()
        ahead = text[max(0, piece.start() - LONE_WINDOW) : piece.start()]
        before_words, after_words = ahead.split(), text[piece.end() : piece.end() + LONE_WINDOW].split()
        if not before_words or not after_words:
            continue
        before, after = before_words[-1], after_words[0]
        if raw != "1" and _THOUSANDS.fullmatch(after) and before[-1:].isalpha() and len(before) >= 2:
            # "totalt I 146 ärenden", "till I 420 kronor": a number's first digit before its group
            out.append(Flag(piece.start(), piece.end(), raw, FlagKind.OCR_PATTERN, 0.7, (("1", 0.8),)))
            continue
        sentence_end = before[-1:] in (".", ":", "!", "?") and raw == "1" and after[:1].islower()
        # a lone l or | is no number: after a date or a time span as well ("17/10 l Botkyrka")
        letter_after_number = raw not in ("1", "I") and before[-1:].isdigit()
        # the next word may itself open with a digit read for a letter ("1 8orlänge"); a capital I
        # after a word in small letters stands before a number as "i" ("avtal I 12 månader")
        word_after = after[:1].isalpha() or bool(_DIGIT_WORD.match(after)) or (
            raw == "I" and after[:1].isdigit() and before.isalpha() and before.islower() and before not in _NOT_LONE_AFTER)
        # after a comma only a 1: "Söderholm, I vice ordförande" is a numeral
        after_comma = raw == "1" and before[-1:] == "," and before[-2:-1].isalpha()
        if not (before[-1:].isalpha() or after_comma or _TIME.match(before) or sentence_end or letter_after_number) \
                or not word_after:
            continue
        if len(before) < 2:
            continue  # "x   I vice ordförande": a table's column mark, not a word before a preposition
        month = after.lower().strip(".,:;") in _MONTHS
        if month and raw != "1" and not (raw == "I" and "\n" in ahead[len(ahead.rstrip()) :]):
            # "sammanträdet I april" is i, "den I april" and "från I januari" the date's 1 ("gälla 1
            # januari" is a date as often as "redovisas i november" is not: a digit stays)
            date = context.plain(before).strip(_DATE_EDGE) in _BEFORE_DATE
            out.append(Flag(piece.start(), piece.end(), raw, FlagKind.OCR_PATTERN, 0.7, (("1" if date else "i", 0.8),)))
            continue
        if raw in _NUMERAL_LOOKING and (before.lower() in _NOT_LONE_AFTER or month) \
                and not (raw == "I" and before.lower() in _JOINING and after[:1].islower()):
            continue  # (a capital I between a joining word and small letters is no numeral: "och I uppföljningen")
        if raw == "I" and not after[:1].islower() and not after[:1].isdigit() and (
                not after[:1].isupper() or after.isupper() or before.isupper()):
            continue  # (before a name "I" is i too: "Stadshuset I Nässjö"; a heading of capitals keeps it)
        between = ahead[len(ahead.rstrip()) :]
        if raw == "1" and "\n\n" in between:
            continue
        out.append(Flag(piece.start(), piece.end(), raw, FlagKind.OCR_PATTERN, 0.8, (("I" if sentence_end else "i", 0.9),)))
    return out



def _strokes(text: str) -> list[Flag]:
    """"1111" after a word and before a word or a number ("från 418 kr 1111 486 kr"): every letter of
    "till" is a thin upright stroke an OCR of dot-matrix print reads as a 1 or an l. No number of
    minutes is written so between words; a word a numeral follows ("punkt 1111", "den 1111") keeps it one."""
    out = []
    for piece in _STROKES.finditer(text):
        before_words = text[max(0, piece.start() - LONE_WINDOW) : piece.start()].split()
        after_words = text[piece.end() : piece.end() + LONE_WINDOW].split()
        if not before_words or not after_words or text[piece.start() - 1 : piece.start()] == "\n":
            continue
        before, after = before_words[-1], after_words[0]
        if not before[-1:].isalpha() or len(before) < 2 or before.lower() in _NOT_LONE_AFTER \
                or not (after[:1].isalpha() or after[:1].isdigit()):
            continue
        out.append(Flag(piece.start(), piece.end(), piece.group(), FlagKind.OCR_PATTERN, 0.7, (("till", 0.8),)))
    return out


def _dashes(text: str) -> list[Flag]:
    """"invånarantal. ~ Gruppen", "vård och omsorg » Gruppen": a sign standing alone between words
    of a line, where minutes set a dash (–); "=" and "+" only between sentences, never among numbers."""
    out = []
    for piece in _DASH_SIGNS.finditer(text):
        # (the words beside it on its line, within LONE_WINDOW: a page of one long line is no slower)
        start, end = piece.start(), piece.end()
        window_start = max(0, start - LONE_WINDOW)
        line_start = max(window_start, text.rfind("\n", window_start, start) + 1)
        line_end = text.find("\n", end, end + LONE_WINDOW)
        before = text[line_start:start].split()
        after = text[end : end + LONE_WINDOW if line_end < 0 else line_end].split()
        if not before or not after or not before[-1].rstrip(".,:;")[-1:].isalpha() or not after[0][:1].isalpha():
            continue
        if piece.group() in "=+" and not (before[-1].endswith(".") and after[0][:1].isupper()):
            continue  # ("kostnad = intäkt", "SKR + kommunerna": a writer's; after a full stop, the dash of a new point)
        out.append(Flag(piece.start(), piece.end(), piece.group(), FlagKind.OCR_PATTERN, 0.6, (("–", 0.7),)))
    return out


__all__ = ["readings"]
