"""OCR damage read from a token's shape alone: what no spelling of a word or name would look like.

A capital I or H among small letters ("kIar", "sammanstäHer"), a digit between letters
("B6rner"), a stray dot or apostrophe inside a word ("avta.let", "Ryd'en"), a ligature ("ﬁnns"),
a hyphen kept from a line break ("för-valtningen"), digits inside an acronym ("M5B:s") and
letters of an abbreviation read as digits or rn ("b1.a.", "fr.o.rn."). Each function returns the
token as the OCR's source most likely wrote it (or None); the engine then judges that reading.
Pure string functions: no lexicon, no profile.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable

_COMPAT_TAGS = ("<compat>", "<wide>", "<narrow>", "<font>")
"""Compatibility forms that are the same letters (ligatures, full-width, mathematical letters);
superscripts, fractions and circled forms mean something else and stay."""


_SPACING_MARKS = {"\u00a8": "\u0308", "\u02da": "\u030a", "\u00b4": "\u0301"}
"""A PDF text layer's diaeresis, ring or acute set as a character of its own beside its letter: before
it where the layer kept TeX's order of accent then letter ("m¨ote"), after it where it kept the order
of a combining mark ("mo¨te")."""
_TAKES = {"\u00a8": "aou", "\u02da": "a", "\u00b4": "e"}
"""The letters each spacing mark sits on in Swedish text and names (ä ö ü, å, é)."""
MAX_MARK_READINGS = 4
"""Readings kept of a word whose marks could sit on either neighbour ("sjo¨ar")."""


def fold(word: str) -> str:
    """``word`` as the letters a PDF text layer meant: compatibility characters as their letters
    ("ﬁ" -> "fi"), letters in composed form (a decomposed "å" is one letter), a spacing diaeresis,
    ring or acute put on the letter beside it that takes it ("m¨ote", "mo¨te" -> "möte"), a soft hyphen
    left by an old line break removed. Offsets stay those of the original text: only the judged word
    is folded. Where a mark could sit on either neighbour, the letter after it (TeX's order) wins;
    fold_readings gives both."""
    return fold_readings(word)[0]


def fold_readings(word: str) -> list[str]:
    """The foldings of ``word`` (see fold), the letter after an ambiguous mark first."""
    if word.isascii():
        return [word]
    chars = word.replace("\u00ad", "")
    if not spacing_marks(chars):
        return [_letters(chars)]  # (most words: one reading, without the walk below)
    # each reading: the letters so far, and whether the next letter was already written with a mark
    readings: list[tuple[str, bool]] = [("", False)]
    for i, ch in enumerate(chars):
        sides = _mark_sides(chars, i) if ch in _SPACING_MARKS else ()
        grown: list[tuple[str, bool]] = []
        for text, written in readings:
            if written:
                grown.append((text, False))
            elif not sides:
                grown.append((text + ch, False))
            else:
                mark = _SPACING_MARKS[ch]
                placed = [(text + chars[i + 1] + mark, True)] if "after" in sides else []
                if "before" in sides and not unicodedata.combining(text[-1]):  # one mark to a letter
                    placed.append((text + mark, False))
                grown += placed or [(text + ch, False)]
        readings = grown[:MAX_MARK_READINGS]
    out: list[str] = []
    for text, _ in sorted(readings, key=lambda r: spacing_marks(r[0])):  # every mark placed, first
        folded = _letters(text)
        if folded not in out:
            out.append(folded)
    return out


def spacing_marks(word: str) -> int:
    """How many spacing diaereses, rings and acutes ``word`` holds."""
    return sum(ch in _SPACING_MARKS for ch in word)


def _mark_sides(word: str, i: int) -> tuple[str, ...]:
    """Where the spacing mark at ``word[i]`` goes: on the letter after it, before it, or either."""
    takes = _TAKES[word[i]]
    after = i + 1 < len(word) and word[i + 1].lower() in takes
    before = i > 0 and word[i - 1].lower() in takes
    return tuple(side for side, ok in (("after", after), ("before", before)) if ok)


def _letters(text: str) -> str:
    """``text`` with compatibility letters as their letters, in composed form."""
    return unicodedata.normalize("NFC", "".join(_letters_of(ch) for ch in text))


def _letters_of(ch: str) -> str:
    """A ligature or other compatibility letter as its letters; "²", "½" and the like stay."""
    if not unicodedata.decomposition(ch).startswith(_COMPAT_TAGS):
        return ch
    plain = unicodedata.normalize("NFKC", ch)
    return plain if plain.isalpha() else ch


def misread_capitals(word: str) -> str | None:
    """The word with I, l and ll put right where the case pattern betrays the OCR, else None."""
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 2:
        return None
    if "l" in word and all(ch.isupper() or ch == "l" for ch in letters) and sum(ch.isupper() for ch in letters) >= 2:
        return word.replace("l", "I")  # "lUC": an acronym with a lower-case l among capitals
    rest = word[1:]
    small = rest.replace("H", "")
    if "H" in rest and re.fullmatch(r"[^\W_]+", small) and small.lower() == small and any(ch.isalpha() for ch in small):
        return word[0] + rest.replace("H", "ll")  # "sammanstäHer", "HeHstr6m": a double l read as one capital H
    if "I" in rest and any(ch.islower() for ch in rest) and all(ch.islower() or ch == "I" for ch in rest if ch.isalpha()):
        return word[0] + rest.replace("I", "l")  # "kIar", "GIomdal": a capital I inside a lower-case word
    if word[0].islower() and "L" in rest and all(ch.islower() or ch == "L" for ch in rest if ch.isalpha()):
        # "besLut", "kL": a small l read as a capital (in a word that opens with a capital, an L may be
        # a name's: "MalmöLundregionen")
        return word[0] + rest.replace("L", "l")
    return None


_LINE_BREAK = re.compile(r"[^\W\d_][a-zåäöéü]+-[a-zåäöéü]{3,}\.?")


def line_break_join(word: str) -> str | None:
    """The word without its hyphen when the hyphen joins two lower-case pieces of one word."""
    if not _LINE_BREAK.fullmatch(word):
        return None
    return word.replace("-", "")


_SPECKLE = re.compile(r"(?<=[^\W\d_]{2})[.'’,|](?=[^\W\d_]{2})")


_SPECKLE_AFTER_FIRST = re.compile(r"(?<=^[^\W\d_])[.'’,](?=[^\W\d_]+\.?$)")


def speckle_join(word: str) -> str | None:
    """The word without a stray dot, comma, apostrophe or bar between letters ("avta.let", "Ryd'en",
    "krigs'organisation", "Gr|anskningen"): specks and streaks of a scan, never inside a Swedish
    word (a bar may also be an l: the caller weighs that reading). Abbreviations have one letter
    between their dots ("fr.o.m.") and keep them."""
    joined = _SPECKLE.sub("", word)
    return joined if joined != word else None


def first_letter_speckle_join(word: str) -> str | None:
    """"a.tt", "t.llägget": a speck after the first letter. Abbreviations look the same ("s.k",
    "t.ex"), so the caller takes the joined word only where it is (or restores to) a word."""
    joined = _SPECKLE_AFTER_FIRST.sub("", word)
    return joined if joined != word else None


def triple_letter_reading(word: str) -> str | None:
    """"Valllby": no Swedish word writes a letter three times in a row (a compound drops one)."""
    reading = re.sub(r"([^\W\d_])\1\1+", r"\1\1", word)
    return reading if reading != word else None


_DOTTED_READINGS = (
    str.maketrans({"1": "l", "|": "l", "0": "o"}),
    str.maketrans({"1": "i", "|": "l", "0": "o"}),
)


def dotted_readings(word: str) -> list[str]:
    """An abbreviation with thin or round letters read as digits ("b1.a.", "t.0.m.") or another
    thin letter ("bi.a."), or m read as rn ("fr.o.rn."): its possible readings, likeliest first."""
    if "." not in word:
        return []
    out = [word.translate(table) for table in _DOTTED_READINGS if any(ch in "10|" for ch in word)]
    if "rn" in word:
        out.append(word.replace("rn", "m"))
    if "i" in word:
        out.append(word.replace("i", "l"))  # "bi.a.": the l lost its height
    return [reading for reading in out if reading != word]


def undotted_abbreviation(word: str, dotted: Callable[[str], bool]) -> str | None:
    """The abbreviation with one dot between these letters ("bla": bl.a.), where ``dotted`` tells an
    abbreviation of the lists; the final dot's form first. (Two dots lost are far rarer than a letter
    misread: "from" is fram more often than fr.o.m.)"""
    for i in range(1, len(word)):
        form = word[:i] + "." + word[i:]
        for candidate in (form + ".", form):
            if dotted(candidate):
                return candidate
    return None


_DIGIT_INSIDE = re.compile(r"(?<=[^\W\d_])[016](?=[^\W\d_])")
_DIGIT_LETTERS = {"0": "o", "6": "ö"}
_LEADING_ZERO = re.compile(r"0(?=[a-zåäöéü]{2,}$)")


def digit_reading(word: str, zero_for_o_umlaut: bool) -> str | None:
    """A digit between letters ("Gy1lestad", "B6rner"), or a 0 opening a word of small letters
    ("0sten": the 0 has a capital's height), is OCR damage even in a word no list holds: the
    letters the digits most often stand for. Other digits at the edge ("5YES", "A4") are codes.
    ``zero_for_o_umlaut``: the document reads Ö as 0 at least as often as O."""
    leading = bool(_LEADING_ZERO.match(word))
    if not _DIGIT_INSIDE.search(word) and not leading:
        return None

    def letter(match: re.Match[str]) -> str:
        digit, i = match.group(), match.start()
        if digit == "1":
            near = word[i - 1 : i] + word[i + 1 : i + 2]
            return "l" if "l" in near.lower() else "i"
        return _DIGIT_LETTERS[digit]

    reading = _DIGIT_INSIDE.sub(letter, word)
    if leading:
        reading = ("Ö" if zero_for_o_umlaut else "O") + reading[1:]
    return reading.upper() if word.isupper() else reading


_CAPS_WITH_DIGIT = re.compile(r"(?=[^:]*[0-9|$])([A-ZÅÄÖ0-9|$]{2,5})((?::[a-zåäö]{1,3})?)")
_CAPITAL_DIGITS = {"5": "S", "$": "S", "8": "B", "0": "OD", "1": "IL", "|": "IL"}
"""The capitals a digit has the outline of (0 is round like O and D)."""


CAPITAL_SHAPES = {"O": "DQ", "D": "O", "Q": "O", "C": "G", "G": "C", "E": "F", "F": "E", "P": "R", "R": "P",
                  "T": "I", "I": "T", "U": "V", "V": "U"}
"""Capitals of like outline: a worn or faxed heading turns one into the other."""

_CAPS_DIGITS = {"0": "OD", "1": "IL", "4": "AÅÄ", "5": "S", "$": "S", "6": "GÖ", "8": "B", "9": "G", "7": "T", "|": "IL"}
"""The capitals a digit has the outline of, in a word of capitals."""
MAX_CAPS_READINGS = 64


def capital_digit_readings(word: str) -> list[str]:
    """"P1AT5", "8ESLUTANDE": a word of capitals with digits of their shapes read for some of its
    letters: every reading (at most MAX_CAPS_READINGS), likeliest shapes first; [] for no such word."""
    letters = sum(ch.isalpha() for ch in word)
    digits = sum(ch in _CAPS_DIGITS for ch in word)
    if not digits or letters < 2 * digits or letters < 3 or not all(ch.isupper() or ch in _CAPS_DIGITS for ch in word) \
            or re.search(r"\d\d", word):
        return []  # two digits together are a number ("COVID19", "B12"), not letters
    choices = [_CAPS_DIGITS.get(ch, ch) for ch in word]
    out = []
    for reading in itertools.product(*choices):
        out.append("".join(reading))
        if len(out) >= MAX_CAPS_READINGS:
            break
    return out


def acronym_readings(word: str) -> tuple[list[str], str] | None:
    """(["MSB"], ":s") for "M5B:s": capitals with digits of the same shape read for some of them
    (every reading, likeliest first), and the inflection after the colon; None where no digit
    stands for a capital."""
    match = _CAPS_WITH_DIGIT.fullmatch(word)
    if match is None or not any(ch.isalpha() for ch in match.group(1)):
        return None
    choices = [_CAPITAL_DIGITS.get(ch, ch) for ch in match.group(1)]
    if any(ch.isdigit() for choice in choices for ch in choice):
        return None
    return ["".join(letters) for letters in itertools.product(*choices)], match.group(2)


_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
"""A web address, or an e-mail address matched from the start of its run only (a long run of letters
without an @ would otherwise be tried from each of its letters)."""
_ADDRESS_MARKS = re.compile(r"(?<=[a-zåäö])[I1|](?=[a-zåäö])")


def address_readings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reading) of the e-mail and web addresses in ``text`` that hold a capital I or
    a 1 between small letters ("eIin.bjork@saffIe.se", "regionka1mar.se"): no words, but the
    OCR damages them too, and such a mark is a misread l."""
    out = []
    for match in _ADDRESS.finditer(text):
        address = match.group().rstrip(".,;:)")
        fixed = _ADDRESS_MARKS.sub("l", address)
        if fixed != address:
            out.append((match.start(), match.start() + len(address), fixed))
    return out


_SEVEN_BIT = str.maketrans({"[": "Ä", "\\": "Ö", "]": "Å", "{": "ä", "|": "ö", "}": "å", "`": "é", "^": "Ü", "~": "ü"})
_SEVEN_BIT_MARK = re.compile(
    r"(?<=[A-Za-z])[{}|`](?=[A-Za-z])"  # a small ä, ö, å or é inside a word: "samh{llet"
    r"|(?<![^\s(\"'])[\[\]\\](?=[a-z]{2})"  # a capital Ä, Å or Ö opening one: "]str|m"
    r"|(?<![^\s(\"'])[{}|](?=[a-z])"  # a small one opening it: "{r", "|ppnar"
    r"|(?<=[a-z])[{}|](?![\w{}|\[\]\\])"  # a small one closing it: "milj|", "p}"
)
"""A mark of the 7-bit code where no bracket, brace or bar stands in ordinary text (a checkbox
"[X]", a table's "|" between spaces)."""
_SEVEN_BIT_WORD = re.compile(r"[A-Za-z{}|`\[\]\\^~]*[A-Za-z][A-Za-z{}|`\[\]\\^~]*")
SEVEN_BIT_MIN = 3
"""Marks a text needs before it counts as 7-bit Swedish."""


def is_seven_bit(text: str) -> bool:
    """Is ``text`` Swedish written in the 7-bit national code (ISO 646-SE: ä as {, ö as |, å as },
    Ä Ö Å as [ \\ ]), as an old system or a PDF font of that encoding leaves it? Such a text has
    no å, ä or ö at all and the brackets inside its words."""
    if any(ch in "åäöÅÄÖ" for ch in text):
        return False
    return len(_SEVEN_BIT_MARK.findall(text)) >= SEVEN_BIT_MIN


def seven_bit_readings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reading) of the words of a 7-bit text that hold its marks ("samh{llsbyggnadsf|rvaltningen")."""
    out = []
    for match in _SEVEN_BIT_WORD.finditer(text):
        word = match.group()
        if not _SEVEN_BIT_MARK.search(word) or "@" in text[match.end() : match.end() + 1]:
            continue  # an e-mail address keeps its letters
        out.append((match.start(), match.start() + len(word), word.translate(_SEVEN_BIT)))
    return out


__all__ = ["CAPITAL_SHAPES", "acronym_readings", "capital_digit_readings", "first_letter_speckle_join", "triple_letter_reading", "address_readings", "digit_reading", "dotted_readings", "fold", "line_break_join",
           "is_seven_bit", "misread_capitals", "seven_bit_readings", "speckle_join"]
