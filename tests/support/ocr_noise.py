"""A simulator of the OCR error process seen in scanned Swedish minutes, for measuring on damage we do not have.

It damages a clean text token by token and never touches whitespace, so the output stays
token-aligned with its input (token i of line n in one is token i of line n in the other), the
same layout as ``shared/eval/001.corrected.txt``. The confusions are the process's, not any one
document's misspellings: diacritics read as a bare or foreign letter or a digit, one letter read as
two and two as one, i/l/1/I swapped, digits for letter pairs. The "digits" profile is "mixed" plus
the damage scanners do to numbers, dates and times (0->O/o, 1->l/I, 5->S, 8->B, 6->b, rarely 2->Z,
one dash read as another), drawn from its own random stream so its letter damage equals "mixed".
"""

from __future__ import annotations

import random
import re

# Each source character or pair -> OCR readings with relative weights.
CONFUSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "ö": (("o", 6.0), ("é", 2.0), ("6", 1.5), ("0", 0.3)),
    "ä": (("a", 6.0), ("i", 1.5), ("d", 0.8), ("ia", 0.6), ("ai", 0.3)),
    "å": (("a", 6.0), ("i", 0.8), ("ai", 0.5)),
    "Ö": (("O", 5.0), ("6", 1.0), ("0", 0.5)),
    "Ä": (("A", 5.0),),
    "Å": (("A", 5.0),),
    "lö": (("16", 1.0),),
    "öj": (("oi", 1.0),),
    "i": (("1", 0.4), ("l", 0.3)),
    "l": (("I", 1.0), ("1", 0.4)),
    "I": (("l", 1.0), ("1", 0.5)),
    "m": (("rn", 0.3),),
    "rn": (("m", 0.5),),
    "é": (("e", 1.0),),
}

# A phone photo or worn print read by an OCR trained on other languages: Swedish letters as its own
# accented ones, letters of like outline swapped, specks inside words. Used by the "shapes" profile
# only, so the other profiles (and every figure measured with them) stay as they were.
SHAPE_CONFUSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "ä": (("a", 3.0), ("â", 1.5), ("à", 1.0), ("ã", 1.0)),
    "å": (("a", 3.0), ("à", 1.5), ("â", 1.0)),
    "ö": (("o", 3.0), ("ô", 1.5), ("õ", 1.0), ("ø", 1.0)),
    "m": (("n", 1.0), ("rn", 0.5)),
    "n": (("m", 0.3), ("u", 1.0)),
    "a": (("o", 0.5), ("e", 0.5)),
    "e": (("c", 1.0), ("o", 0.5)),
    "t": (("f", 1.0), ("l", 0.5)),
    "h": (("b", 1.0),),
    "i": (("í", 0.5), ("l", 1.0)),
    "l": (("1", 0.5), ("t", 0.5)),
}
_SPECKS = ".,'"

PROFILES: dict[str, dict[str, float]] = {
    # Mixed damage as in a poor scan: some diacritics lost, some read as digits/foreign letters.
    "mixed": {},
    # A text layer that lost every diacritic: ö->o, ä->a, å->a almost always.
    "no-diacritics": {"o": 50.0, "a": 50.0, "O": 50.0, "A": 50.0},
    # "mixed" plus digits read as letters inside numbers, dates and times.
    "digits": {},
    # SHAPE_CONFUSIONS instead of CONFUSIONS, and a speck inside one damaged word in five.
    "shapes": {},
    # A curled or tightly cropped page: the last word of a line reaching the right margin loses its last
    # 1-3 letters, a line's first word its first 1-2 (session 8).
    "margins": {},
    # A PDF text layer whose font has no character map: å, ä, ö, é as the base letter and a spacing
    # accent after it ("mo¨te"), fi and fl as ligature characters (session 8).
    "text-layer": {},
    # A clean, low-resolution scan read by a cloud OCR: a damaged word has exactly one letter wrong, any
    # letter of the same case, shape or no shape (session 9).
    "one-letter": {},
}

# Digits and dashes inside a token that holds a digit -> OCR readings with relative weights.
DIGIT_CONFUSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "0": (("O", 5.0), ("o", 2.0)),
    "1": (("l", 4.0), ("I", 3.0)),
    "5": (("S", 1.0),),
    "8": (("B", 1.0),),
    "6": (("b", 1.0),),
    "2": (("Z", 1.0),),
    "-": (("–", 1.0), ("—", 1.0)),
    "–": (("-", 2.0), ("—", 1.0)),
    "—": (("-", 1.0), ("–", 1.0)),
}
# How readily each character is misread once its token is chosen (2->Z is rare).
_DIGIT_CHANCE = {"0": 0.6, "1": 0.6, "5": 0.4, "8": 0.4, "6": 0.4, "2": 0.05, "-": 0.3, "–": 0.3, "—": 0.3}

_TOKEN = re.compile(r"\S+")
_DIACRITICS = "öäåÖÄÅ"
_SOURCES = sorted(CONFUSIONS, key=len, reverse=True)


def damage(text: str, rate: float = 0.3, seed: int = 0, profile: str = "mixed") -> str:
    """Damage about ``rate`` of the damageable tokens (those with a confusable character)."""
    rng = random.Random(seed)
    boost = PROFILES[profile]
    diacritic_loss = profile == "no-diacritics"

    def damage_token(match: re.Match[str]) -> str:
        token = match.group(0)
        if not any(src in token for src in _SOURCES):
            return token
        if diacritic_loss:
            return _rewrite(token, rng, boost, always_diacritics=True)
        # Diacritics are what scanners lose most; other confusions are rarer per token.
        has_diacritic = any(ch in _DIACRITICS for ch in token)
        if rng.random() >= (rate if has_diacritic else rate * 0.15):
            return token
        return _rewrite(token, rng, boost, always_diacritics=False)

    if profile == "shapes":
        return _TOKEN.sub(lambda m: _shape_token(m.group(0), rate, rng), text)
    if profile == "margins":
        return _cut_margins(text, rate, rng)
    if profile == "text-layer":
        return _unmapped_font(text)
    if profile == "one-letter":
        return _TOKEN.sub(lambda m: _one_letter(m.group(0), rate, rng), text)
    noisy = _TOKEN.sub(damage_token, text)
    if profile == "digits":
        noisy = _damage_digits(text, noisy, rate, random.Random(f"digits-{seed}"))
    return noisy


_MARGIN_WORD = re.compile(r"^([^\W\d_]+)(\W*)$")
_SPACING_ACCENTS = {"å": ("a", "\u02da"), "ä": ("a", "\u00a8"), "ö": ("o", "\u00a8"), "é": ("e", "\u00b4"),
                    "Å": ("A", "\u02da"), "Ä": ("A", "\u00a8"), "Ö": ("O", "\u00a8"), "É": ("E", "\u00b4")}


def _cut_margins(text: str, rate: float, rng: random.Random) -> str:
    """The "margins" profile: only lines that reach the right margin (the longest tenth of the text's
    lines, within a tenth of their length) lose letters there; every line may lose them at the left."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = lengths[int(0.9 * len(lengths))] if lengths else 0
    out = []
    for line in lines:
        tokens = line.split(" ")
        last = _MARGIN_WORD.match(tokens[-1])
        if width and len(line.rstrip()) >= 0.9 * width and last and len(last.group(1)) >= 6 and rng.random() < rate:
            tokens[-1] = last.group(1)[: -rng.choice((1, 1, 2, 2, 3))]  # (the punctuation after it is lost too)
        first = re.match(r"^([^\W\d_]+)(.*)$", tokens[0])
        if first and len(first.group(1)) >= 5 and rng.random() < rate:
            tokens[0] = first.group(1)[rng.choice((1, 1, 2)):] + first.group(2)
        out.append(" ".join(tokens))
    return "\n".join(out)


def _unmapped_font(text: str) -> str:
    """The "text-layer" profile: no randomness, the same mapping throughout, as a font's is."""
    letters = "".join(base + mark if ch in _SPACING_ACCENTS else ch
                      for ch in text for base, mark in (_SPACING_ACCENTS.get(ch, (ch, "")),))
    return letters.replace("fi", "\ufb01").replace("fl", "\ufb02")


_LOWER = "abcdefghijklmnopqrstuvwxyzåäö"


def _one_letter(token: str, rate: float, rng: random.Random) -> str:
    """One token under the "one-letter" profile: one letter of a word of two or more, any other letter."""
    spots = [i for i, ch in enumerate(token) if ch.lower() in _LOWER]
    if len(spots) < 2 or rng.random() >= rate:
        return token
    i = rng.choice(spots)
    ch = token[i]
    other = rng.choice([x for x in _LOWER if x != ch.lower()])
    return token[:i] + (other.upper() if ch.isupper() else other) + token[i + 1 :]


def _shape_token(token: str, rate: float, rng: random.Random) -> str:
    """One token under the "shapes" profile: one or two letters misread, sometimes a speck."""
    spots = [i for i, ch in enumerate(token) if ch in SHAPE_CONFUSIONS]
    has_diacritic = any(ch in _DIACRITICS for ch in token)
    if not spots or rng.random() >= (rate if has_diacritic else rate * 0.3):
        return token
    chars = list(token)
    chosen = [i for i in spots if token[i] in _DIACRITICS] or spots
    for i in rng.sample(chosen, min(len(chosen), 2 if rng.random() < 0.2 else 1)):
        readings = SHAPE_CONFUSIONS[token[i]]
        chars[i] = rng.choices([r for r, _ in readings], [w for _, w in readings])[0]
    if len(token) >= 5 and token.isalpha() and rng.random() < 0.2:
        at = rng.randrange(2, len(token) - 2)
        chars.insert(at, rng.choice(_SPECKS))
    return "".join(chars)


def _damage_digits(clean: str, noisy: str, rate: float, rng: random.Random) -> str:
    """Misread digits and dashes in about ``rate`` of the tokens holding a digit, one character for one.

    Only tokens whose clean form holds a digit: a "6" that the letter damage made of "ö" stays.
    """
    numeric = iter([any(ch.isdigit() for ch in token) for token in _TOKEN.findall(clean)])

    def damage_token(match: re.Match[str]) -> str:
        token = match.group(0)
        if not next(numeric) or not any(ch.isdigit() for ch in token) or rng.random() >= rate:
            return token
        chars = list(token)
        spots = [i for i, ch in enumerate(chars) if ch in DIGIT_CONFUSIONS]
        changed = False
        for i in spots:
            if rng.random() < _DIGIT_CHANCE[chars[i]]:
                chars[i] = _reading(chars[i], rng)
                changed = True
        likely = [i for i in spots if _DIGIT_CHANCE[token[i]] >= 0.3]
        if not changed and likely:
            i = rng.choice(likely)
            chars[i] = _reading(chars[i], rng)
        return "".join(chars)

    return _TOKEN.sub(damage_token, noisy)


def _reading(ch: str, rng: random.Random) -> str:
    readings = DIGIT_CONFUSIONS[ch]
    return rng.choices([r for r, _ in readings], [w for _, w in readings])[0]


def _rewrite(token: str, rng: random.Random, boost: dict[str, float], always_diacritics: bool) -> str:
    out: list[str] = []
    i = 0
    changed = False
    while i < len(token):
        src = next((s for s in _SOURCES if token.startswith(s, i)), None)
        if src is None:
            out.append(token[i])
            i += 1
            continue
        diacritic = src in _DIACRITICS
        if always_diacritics and diacritic:
            chance = 1.0
        elif always_diacritics:
            chance = 0.02
        else:
            chance = 0.7 if diacritic else 0.03
        if rng.random() < chance:
            readings = CONFUSIONS[src]
            weights = [w * boost.get(r, 1.0) for r, w in readings]
            out.append(rng.choices([r for r, _ in readings], weights)[0])
            changed = True
        else:
            out.append(src)
        i += len(src)
    if not changed and not always_diacritics:
        # The token was chosen for damage: damage its first confusable character.
        return _rewrite_first(token, rng)
    return "".join(out)


def _rewrite_first(token: str, rng: random.Random) -> str:
    diacritic_at = [i for i, ch in enumerate(token) if ch in _DIACRITICS]
    for i in diacritic_at or range(len(token)):
        src = next((s for s in _SOURCES if token.startswith(s, i)), None)
        if src:
            readings = CONFUSIONS[src]
            reading = rng.choices([r for r, _ in readings], [w for _, w in readings])[0]
            return token[:i] + reading + token[i + len(src):]
    return token
