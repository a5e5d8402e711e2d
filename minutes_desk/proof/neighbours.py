"""Real words and short readings judged by the words beside them (the word-pair model, proof/wordpairs.py).

Two questions the engine's word-by-word verdicts cannot answer: is a real word the OCR's reading of
another ("personal son arbetar": som; "verksamheten ske följas upp": ska), and which reading of a
short flagged word fits ("16 naj": maj, not nää). Both are asked after the word-by-word pass, with
the neighbours as that pass corrects them, and never of a word the user's dictionary has decided.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import replace

from minutes_desk.proof import context, margins, position, wordpairs
from minutes_desk.proof import lexicon_format as lf
from minutes_desk.proof.candidates import ALPHABET, DOUBLED, DOUBLING_EDIT, FOREIGN_PENALTY
from minutes_desk.proof.channel import DAMAGE_BOOST_MAX, FALLBACK_EDIT, DIACRITICS, REAL_WORD_MIN_RATE, Profile, log10, posterior, prior
from minutes_desk.proof.flags import Flag, FlagKind
from minutes_desk.proof.lexicon import Lexicon
from minutes_desk.proof.tokens import Token

MAX_LENGTH = 12
"""Real words up to this long are doubted by their neighbours (longer ones one confusion from a
common word are too rare to be worth the look-ups; measured: 6 -> 12 letters put two more right on
the development sets and none wrong)."""
MIN_ZIPF = 4.5
"""Only common words are offered as readings of a real word (all of them in Lexicon.frequent)."""
MIN_CONFUSION = 0.0005
"""Confusions at least this likely in general (classes, shapes, diacritics) make readings."""
MARGIN = 0.5
"""log10 odds (3:1) a reading needs over the real word as written (measured with the corpus of
356,000 words: 0.5 put more right than 0.7 on three sets and fewer on none, no new false alarm; 0.9 fewer; with
206,000 words 1.0 had put fewer right, and with Dirichlet-smoothed counts 0.7 had changed a right word)."""
CHOICE_MARGIN = 1.0
"""log10 odds a reading of a flagged word needs over the best one to take its place (measured on
simulated damage: 1.5 kept fewer right readings first, 0.5 put some wrong ones first)."""
MAX_CACHED = 50_000
RARE_WRITTEN = 5.0
"""A real word rarer than this (zipf) is doubted by any one letter changed as well, not only by the
modelled confusions: an OCR process outside the model ("komman" for kommun, "dill" for till) makes
such words of common ones more often than a writer uses them (measured: 3.0 -> 4.0 -> 5.0 put more
right on every real-OCR set and simulation, no false alarm; with no limit a little more, for 0.03 s
more on the 10,000-word check)."""
ANY_MIN_LENGTH = 3
"""(measured: 3 put more right than 4; 2 changed right words, a two-letter word has many readings)"""
DOUBTED_RULED = frozenset({"år"})
"""Of the words proof/context.py rules on, those the neighbours may doubt as well: an OCR that reads
ä as å ("det år svårt") makes år of är where the document never loses a diacritic."""
_NOT_DOUBTED = context.RULED - DOUBTED_RULED


class NeighbourJudge:
    def __init__(self, lexicon: Lexicon, known: Callable[[str], tuple[float, int] | None],
                 pairs: wordpairs.WordPairs, user_decided: Callable[[str], bool]) -> None:
        self.lexicon = lexicon
        self.known = known
        self.pairs = pairs
        self.user_decided = user_decided
        self._doublings: dict[str, list[tuple[str, float]]] = {}
        self._abbreviations: dict[str, list[str]] = {}
        self._any: dict[str, list[tuple[str, float, int]]] = {}

    def doubt(self, text: str, tok: Token, profile: Profile, flags: list[Flag], starts: list[int]) -> Flag | None:
        """A real word that one confusion of the OCR makes of a common word, where the words beside
        it call for that word more than the frequencies and the document's channel say against it."""
        written = tok.text
        word = written.lower()
        if not written.isalpha() or not 2 <= len(word) <= MAX_LENGTH:
            return None  # (a lone letter is a list's "c." as often as a word)
        amid_small = False
        if not written.islower():
            # a sentence's capitalised first word too ("Ett godkänna"), unless it may be a name; and
            # one amid small words, its capital a small letter misread ("om 11 mnkr Tör 2024": för)
            entry = self.lexicon.get(word)
            opens = position.sentence_start(text, tok.raw_start)
            amid_small = not opens and position.after_small_word(text, tok)
            if not written[1:].islower() or not (amid_small or opens) \
                    or entry is None or entry[1] & (lf.PROPER | lf.ABBREV) or amid_small and not entry[1] & lf.LOWER:
                return None  # ("Ev" opening a line is eventuellt)
        status = self.known(word)
        if status is None or status[1] != 1 or word in _NOT_DOUBTED or self.user_decided(word):
            return None  # ("bar": proof/context.py's rules know when it is har)
        if text[tok.end : tok.end + 1] == "." and self.lexicon.abbreviation(word):
            return None  # "tel.", "jfr.": an abbreviation's dot, not a sentence's end
        zipf_written = status[0]
        entry = self.lexicon.get(word)
        if entry is not None and not entry[1] & (lf.HUNSPELL | lf.DOMAIN):
            zipf_written -= FOREIGN_PENALTY  # "on", "air": web words hunspell-sv does not know (our own
            # abbreviations are no web junk: "ev annan kontaktperson")
        # each reading's odds before its neighbours are asked: those the pairs cannot lift past
        # the margin are not worth looking the neighbours up for
        priors = [(zipf - zipf_written + log10(profile.p_sub(reading[i], word[i])) - log10(profile.p_sub(word[i], word[i])),
                   reading) for reading, zipf, i in self.readings(word)
                  if reading[i] not in DIACRITICS or profile.letter_loss(reading[i]) >= REAL_WORD_MIN_RATE]
        # (a text that keeps its å, ä, ö wrote "ar" and "stod" as meant)
        doubling = log10(DOUBLING_EDIT * profile.damage_boost / DAMAGE_BOOST_MAX)
        priors += [(zipf - zipf_written + doubling, reading) for reading, zipf in self.doubling_readings(word)]
        if zipf_written < RARE_WRITTEN and len(word) >= ANY_MIN_LENGTH:
            seen = {reading for _, reading in priors}
            other = log10(FALLBACK_EDIT * profile.damage_boost / DAMAGE_BOOST_MAX)
            priors += [(zipf - zipf_written + other, reading) for reading, zipf, _ in self.any_readings(word) if reading not in seen]
        best, best_odds = self._lifted(text, tok, word, priors, flags, starts)
        if best is None or best in context.RULED and context.reading(
                best, context.previous_word(text, tok.raw_start), context.next_word(text, tok.end)) == word:
            return None  # "tre år", "per år": the grammar of proof/context.py keeps the word as written
        p = posterior(best_odds, 0.0)
        best = best if written.islower() or amid_small else best.capitalize()
        return Flag(tok.start, tok.end, written, FlagKind.REAL_WORD, round(0.6 * p, 4), ((best, round(p, 4)),))

    def choose(self, text: str, flag: Flag, profile: Profile, flags: list[Flag], starts: list[int]) -> Flag:
        """``flag`` with its readings of the word's own length re-ranked by their neighbours: the
        frequencies and the channel alone cannot tell "ncd" (med, ned) or "naj" (maj, nej)."""
        word = flag.word
        if flag.best is None or not word.isalpha() or not word.islower() or len(word) > MAX_LENGTH \
                or self.user_decided(word):
            return flag
        top = flag.best
        if top in context.RULED:
            return flag  # "ar:" is är: the rules of proof/context.py know these words better
        readings = {w for w, _ in flag.suggestions if len(w) == len(word) and w.islower()}
        readings.update(r for r, _, _ in self.any_readings(word))  # (the channel prices the letter changed)
        if top not in readings:
            return flag
        before, after = self._context(text, flag.start, flag.end, flags, starts)
        if wordpairs.NUMBER in (before, after):
            abbreviations = self.abbreviation_readings(word)
            if top in abbreviations:
                return flag  # ("dar 2024/123": the engine's case-number rule chose dnr)
            readings.update(abbreviations)  # "38,6 makr": mnkr, its n read as a
        if len(readings) < 2:
            return flag

        def odds(reading: str) -> float:
            entry = self.lexicon.get(reading)
            zipf = entry[0] if entry is not None else 0.0
            channel = sum(log10(profile.p_sub(a, b)) for a, b in zip(reading, word))
            return zipf + channel + (self.pairs.lift(before, reading, top, after) if reading != top else 0.0)

        best = max(sorted(readings), key=odds)
        if best == top or odds(best) - odds(top) < CHOICE_MARGIN:
            return flag
        return replace(flag, suggestions=((best, flag.suggestions[0][1]), *((w, p) for w, p in flag.suggestions if w != best)))

    def doubt_cut(self, text: str, tok: Token, where: str, rate: float, flags: list[Flag], starts: list[int]) -> Flag | None:
        """A real word at a margin of a page that cuts words there ("landsting" ending a line): the
        completion the words beside it call for, where that beats the word as written, the page's odds
        of a cut word included."""
        written = tok.text
        word = written.lower()
        if rate < margins.DOUBT_RATE or not written.isalpha() or not written[1:].islower():
            return None
        status = self.known(word)
        if status is None or self.user_decided(word):
            return None
        entry = self.lexicon.get(word)
        if entry is not None and entry[1] & (lf.PROPER | lf.FIRST_NAME | lf.ABBREV):
            return None  # "Eva" opening a list's line is a name, not "Leva" cut short
        comps = [(zipf - status[0] + margins.cut_cost(lost, rate), reading)
                 for reading, zipf, lost in margins.completions(self.lexicon, word, where, names=False, most=margins.DOUBT_FORMS)]
        best, best_odds = self._lifted(text, tok, word, comps, flags, starts)
        if best is None:
            return None
        p = posterior(best_odds, 0.0)
        best = best if written.islower() else best.capitalize()
        return Flag(tok.start, tok.end, written, FlagKind.REAL_WORD, round(0.5 * p, 4), ((best, round(p, 4)),))

    def _lifted(self, text: str, tok: Token, word: str, priors: list[tuple[float, str]], flags: list[Flag],
                starts: list[int]) -> tuple[str | None, float]:
        """The reading whose odds over ``word`` (``priors``: odds before the neighbours, reading), with
        the lift its neighbours give, pass MARGIN by most, and those odds; (None, MARGIN) if none does.
        The neighbours are looked up only if some reading could pass."""
        priors = [(odds, reading) for odds, reading in priors if odds + wordpairs.MAX_LIFT > MARGIN]
        if not priors:
            return None, MARGIN
        before, after = self._context(text, tok.start, tok.end, flags, starts)
        best, best_odds = None, MARGIN
        for odds, reading in priors:
            odds += self.pairs.lift(before, reading, word, after)
            if odds > best_odds:
                best, best_odds = reading, odds
        return best, best_odds

    def choose_completion(self, text: str, flag: Flag, flags: list[Flag], starts: list[int]) -> Flag:
        """A word cut short at a page's margin: which of its completions (the readings that begin or
        end with it) the words beside it call for ("handlingar" before "Beslut": handlingarna)."""
        word = flag.word.lower()
        completions = [(w, p) for w, p in flag.suggestions
                       if p > 0 and len(w) > len(word) and (w.lower().startswith(word) or w.lower().endswith(word))]
        if len(completions) < 2 or flag.best is None:
            return flag
        top = flag.suggestions[0]
        before, after = self._context(text, flag.start, flag.end, flags, starts)

        def odds(reading: tuple[str, float]) -> float:
            lift = self.pairs.lift(before, reading[0].lower(), top[0].lower(), after) if reading != top else 0.0
            return log10(reading[1]) + lift

        best = max(completions, key=odds)
        if best == top or odds(best) - odds(top) < CHOICE_MARGIN:
            return flag
        return replace(flag, suggestions=((best[0], top[1]), *((w, p) for w, p in flag.suggestions if w != best[0])))

    def readings(self, word: str) -> list[tuple[str, float, int]]:
        """Common words one modelled confusion (a class's, a shape's, a diacritic) away from
        ``word``: (reading, zipf, position)."""
        return [(reading, zipf, i) for reading, zipf, i in self.any_readings(word) if reading[i] in confusable(word[i])]

    def any_readings(self, word: str) -> list[tuple[str, float, int]]:
        """Common words any one letter away from ``word``: (reading, zipf, position)."""
        return _memo(self._any, word, self._one_letter_away)

    def _one_letter_away(self, word: str) -> list[tuple[str, float, int]]:
        places = {word[:i] + letter + word[i + 1 :]: i for i, ch in enumerate(word) for letter in ALPHABET if letter != ch}
        found = self.lexicon.frequent_of(places)
        return [(reading, zipf, places[reading]) for reading in places if (entry := found.get(reading)) is not None
                for zipf, bits in (entry,) if bits & lf.WORD and bits & lf.LOWER and zipf >= MIN_ZIPF]

    def abbreviation_readings(self, word: str) -> list[str]:
        """The abbreviations of our domain list one letter away from ``word`` ("makr": mnkr, "dar":
        dnr): rare as words go, but a number beside them calls for them as for no other word (asked
        only there: a search of the alphabet at every letter)."""
        return _memo(self._abbreviations, word, self._abbreviations_away)

    def _abbreviations_away(self, word: str) -> list[str]:
        out = []
        for i, ch in enumerate(word):
            for letter in ALPHABET:
                reading = word[:i] + letter + word[i + 1 :]
                entry = self.lexicon.get(reading) if letter != ch else None
                if entry is not None and entry[1] & lf.ABBREV and entry[1] & lf.LOWER:
                    out.append(reading)
        return out

    def doubling_readings(self, word: str) -> list[tuple[str, float]]:
        """Common words a doubled consonant read once or a single one read twice away from ``word``
        ("koma": komma, "remis": remiss; a fax or copy merges and splits such letters)."""
        return _memo(self._doublings, word, self._doublings_away)

    def _doublings_away(self, word: str) -> list[tuple[str, float]]:
        out = []
        for i, ch in enumerate(word):
            if ch not in DOUBLED:
                continue
            if word[i + 1 : i + 2] == ch:
                reading = word[:i] + word[i + 1 :]
            elif word[i - 1 : i] != ch:
                reading = word[: i + 1] + ch + word[i + 1 :]
            else:
                continue
            entry = self.lexicon.frequent(reading)
            if entry is not None and entry[1] & lf.WORD and entry[1] & lf.LOWER and entry[0] >= MIN_ZIPF:
                out.append((reading, entry[0]))
        return out

    @staticmethod
    def _context(text: str, start: int, end: int, flags: list[Flag], starts: list[int]) -> tuple[str, str]:
        """The pair model's units beside ``text[start:end]``, with the flagged words around corrected."""
        word = text[start:end]
        left = _corrected_slice(text, flags, starts, max(0, start - wordpairs.WINDOW), start)
        right = _corrected_slice(text, flags, starts, end, min(len(text), end + wordpairs.WINDOW))
        return wordpairs.neighbours(left + word + right, len(left), len(left) + len(word))


@functools.cache
def confusable(observed: str) -> tuple[str, ...]:
    """The letters the OCR reads as ``observed`` at least MIN_CONFUSION of the time."""
    return tuple(x for x in ALPHABET if x != observed and prior(x, observed) >= MIN_CONFUSION)


def _memo(cache: dict, word: str, compute: Callable[[str], list]) -> list:
    """``compute(word)``, remembered in ``cache`` (emptied when it grows past MAX_CACHED)."""
    found = cache.get(word)
    if found is None:
        if len(cache) > MAX_CACHED:
            cache.clear()
        found = cache[word] = compute(word)
    return found


def _corrected_slice(text: str, flags: list[Flag], starts: list[int], a: int, b: int) -> str:
    """``text[a:b]`` with the flagged words inside it replaced by their best suggestions."""
    out, pos = [], a
    for k in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
        flag = flags[k]
        if flag.end > b or flag.start < pos or flag.best is None:
            continue
        out.append(text[pos : flag.start])
        out.append(flag.best)
        pos = flag.end
    out.append(text[pos:b])
    return "".join(out)


__all__ = ["NeighbourJudge", "confusable"]
