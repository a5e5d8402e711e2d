"""The OCR channel: how intended Swedish text turns into what the OCR wrote, P(observed | intended).

OCR of Swedish loses or mangles diacritics and confuses thin glyphs: ö is read as o, é, 6 or 0;
ä and å as a, i, d; i and l as 1, I, j; n as u, e as c, h as b. Letters that OCR confuses share a *skeleton* class, so
one lexicon look-up by skeleton finds every word an OCR reading may stand for. Confusions of
one letter into two (ä -> ia, å -> ai, ö -> oé, m -> rn) are rewrite rules tried before the
look-up; so are digits read for letters of their shape (5 for s, 8 and 6 for b), and, at a
word's last letter only, t for f and one letter for a double one. The probabilities start from general priors and are re-estimated per document
(:class:`Profile`): a text where every ö became o is not one with three typos.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import dataclass, field

_SERIALS = itertools.count()

SKELETON_VERSION = 4
"""Bump when the classes change: the lexicon cache is sorted by skeleton."""

_CLASSES = {
    # ä and å are read as a, i or d; i and l as 1, I, j: one class, since they mix both ways
    "a": "aåäàáâãdiljíìîï1|!",
    "o": "oöóòôõøéèêüûù60",
    # glyphs of one shape: n and u upside down, e and c with and without the bar, h and b with
    # and without the bowl's base ("förbuudet", "Wcsterlund", "Oskarsbamn")
    "n": "nu",
    "e": "ec",
    "h": "hb",
}
_SKELETON_TABLE = str.maketrans({ch: cls for cls, members in _CLASSES.items() for ch in members})


def class_members(ch: str) -> str:
    """The letters the OCR confuses with ``ch`` (its skeleton class; ``ch`` alone if it has none)."""
    return _CLASSES.get(skeleton(ch), ch)


def skeleton(word: str) -> str:
    """The OCR-confusion class string of a lower-case word: "södertälje" and "sedertilje" share one."""
    return word.translate(_SKELETON_TABLE)


DIACRITICS = frozenset("åäöé")
"""The Swedish letters with marks an OCR loses or misreads (the plain letters are all others)."""

# Prior P(observed | intended) for confusions within a skeleton class, from the OCR process
# (not from any document): diacritics dropped or misread, thin letters swapped.
_PRIOR_SUBS: dict[tuple[str, str], float] = {
    ("ö", "o"): 0.05, ("ö", "é"): 0.01, ("ö", "6"): 0.01, ("ö", "0"): 0.002, ("ö", "ó"): 0.002,
    ("ä", "a"): 0.05, ("ä", "i"): 0.01, ("ä", "d"): 0.003, ("ä", "å"): 0.002, ("ä", "á"): 0.002,
    ("å", "a"): 0.05, ("å", "i"): 0.005, ("å", "d"): 0.002, ("å", "ä"): 0.002, ("å", "á"): 0.002,
    ("a", "ä"): 0.001, ("a", "å"): 0.001, ("a", "d"): 0.0005,
    ("o", "ö"): 0.001, ("o", "0"): 0.002, ("o", "6"): 0.001, ("o", "é"): 0.001,
    ("ö", "ü"): 0.003, ("ö", "è"): 0.003, ("ö", "û"): 0.001, ("ö", "ò"): 0.002,
    # an OCR trained on other languages reads Swedish letters as its own accented ones: a single
    # mark (circumflex, grave, tilde) for the ring or the dots, a slashed o for ö; a plain letter
    # gains such a mark only from a speck
    **{("å", m): 0.002 for m in "âàã"}, **{("ä", m): 0.002 for m in "âàã"},
    **{("ö", m): 0.002 for m in "ôõø"}, ("a", "à"): 0.0003, ("a", "â"): 0.0003, ("o", "ô"): 0.0003,
    ("e", "é"): 0.002,
    ("é", "e"): 0.01, ("é", "ö"): 0.002,
    ("i", "1"): 0.003, ("i", "l"): 0.003, ("i", "j"): 0.001, ("i", "|"): 0.001, ("i", "!"): 0.001,
    ("l", "i"): 0.003, ("l", "1"): 0.003, ("l", "j"): 0.001, ("l", "|"): 0.002, ("l", "!"): 0.001,
    ("j", "i"): 0.002, ("j", "l"): 0.001,
    ("d", "a"): 0.0005, ("a", "i"): 0.0005, ("i", "a"): 0.0005, ("d", "l"): 0.0003, ("l", "d"): 0.0003,
    ("n", "u"): 0.003, ("u", "n"): 0.002, ("l", "t"): 0.002, ("e", "c"): 0.002, ("c", "e"): 0.001, ("h", "b"): 0.001, ("b", "h"): 0.001,
}
_PRIOR_OTHER_IN_CLASS = 0.0001

# Letters of like outline that a worn or blurred print turns into each other, outside the classes
# above (whose members share a skeleton): a leg gained or lost (m/n, n/r), a bowl closed or opened
# (a/o/e, c/o), a crossbar lost (t/f, t/l), a tail (v/y, g/q), an ascender (n/h: a dot-matrix "Hätverket"
# for Nätverket), a worn ö's dots and bowl against å's ring or ä's bowl ("måte" for möte). Likelier than an arbitrary edit, but not free: a word as written
# still needs its odds.
_SHAPE_PAIRS = ("mn", "nr", "ao", "ae", "eo", "co", "tf", "ti", "tl", "vy", "gq", "uv", "kh", "rt", "öå", "öä", "nh")
SHAPE_SUB = 0.0012
_PRIOR_SHAPES = {(a, b): SHAPE_SUB for x, y in _SHAPE_PAIRS for a, b in ((x, y), (y, x))}


def shape_letters(observed: str) -> str:
    """The letters of like outline (outside the skeleton classes) an OCR may have read as ``observed``."""
    return "".join(a for a, b in _PRIOR_SHAPES if b == observed)

# Rewrites of one letter into two or two into one: (intended, observed) -> prior probability.
PRIOR_REWRITES: dict[tuple[str, str], float] = {
    ("ä", "ia"): 0.006, ("ä", "ai"): 0.003, ("ä", "ii"): 0.001,
    ("å", "ai"): 0.006, ("å", "ia"): 0.002, ("å", "da"): 0.001,
    ("ö", "oé"): 0.002, ("ö", "éo"): 0.001,
    ("ö", "ii"): 0.001, ("i", "ii"): 0.0005, ("u", "ii"): 0.0005,
    ("m", "rn"): 0.002, ("rn", "m"): 0.001, ("d", "cl"): 0.001, ("h", "li"): 0.0005, ("li", "h"): 0.0005,
    ("w", "vv"): 0.001, ("ll", "il"): 0.0005, ("k", "lc"): 0.0005, ("k", "ic"): 0.0003, ("n", "ri"): 0.0003,
    # digits read for letters of the same shape (word start or inside; only in tokens with more
    # letters than digits, so codes such as "5G" or "B8" are not rewritten)
    ("s", "5"): 0.002, ("s", "$"): 0.002, ("b", "8"): 0.002, ("b", "6"): 0.0005, ("g", "9"): 0.001, ("t", "7"): 0.0005,
    # what Tesseract without Swedish makes of ö, å and ä besides dropping the dots: a d, a digit
    # or an ampersand of the same outline, ö as two glyphs ("Sddertorn", "uppg4r", "d&", "so6dra")
    ("ö", "d"): 0.003, ("ö", "dé"): 0.001, ("ö", "o6"): 0.001, ("ö", "6o"): 0.0005, ("ö", "é6"): 0.0005, ("ö", "6é"): 0.0005,
    ("ö", "g"): 0.0003, ("ä", "aé"): 0.001,
    ("ö", "q"): 0.0003,
    ("å", "4"): 0.001, ("ä", "4"): 0.0005, ("å", "8"): 0.0005, ("å", "&"): 0.002, ("ä", "&"): 0.001,
    ("å", "é"): 0.001,
    # a Swedish model swaps the dotted letters between themselves ("Fölt" for Fält)
    ("ä", "ö"): 0.001, ("ö", "ä"): 0.001,
    # a text layer's font without a map for å, ä, ö leaves the replacement character
    ("å", "\ufffd"): 0.3, ("ä", "\ufffd"): 0.3, ("ö", "\ufffd"): 0.3,
    # the q of the names in -qvist read as a ("Lundavist"); l read as t ("beslut" as "bestut")
    ("qv", "av"): 0.003, ("l", "t"): 0.002,
    # currency signs of a letter's outline: ¥ a Y, € an E or C, £ an E or t, ¢ a c or s
    ("y", "¥"): 0.002, ("e", "€"): 0.002, ("c", "€"): 0.001, ("e", "£"): 0.001, ("t", "£"): 0.001,
    ("c", "¢"): 0.001, ("s", "¢"): 0.001,
    # an at sign for a dotted round letter ("sk@ts", "inf@r", "st@llas")
    ("ö", "@"): 0.001, ("ä", "@"): 0.001,
}

EDGE_REWRITES: dict[tuple[str, str], float] = {
    # at the word's end only: the crossbar of an f lost ("chet"), a doubled consonant read once
    ("f", "t"): 0.001, ("t", "f"): 0.0005,
    # rarer than an unmodelled edit, so the edit-distance search still runs beside it
    **{(c + c, c): 0.0002 for c in "tnmlsrkpdfg"},
}
"""Rewrites the OCR makes at a word's last letter: tried there alone, they cost few readings."""


REAL_WORD_MIN_RATE = 0.04
"""A real word is doubted only where this document loses at least this share of the letter
concerned (ö read as anything else), and only by a confusion seen in it (once is enough: a text
damaged lightly shows each confusion only a few times)."""


FALLBACK_EDIT = 0.0003
"""Probability of one unmodelled edit (insertion, deletion, substitution outside a class)."""

DAMAGE_BASE = 0.002
"""Share of plain letters misread that the priors above assume; a document showing more raises
its unseen confusions (Profile.damage_boost) in proportion, up to DAMAGE_BOOST_MAX."""
DAMAGE_BOOST_MAX = 10.0
DAMAGE_EVIDENCE = 1000
"""Letters of evidence the general damage rate weighs as in a document's estimate (about 200 words)."""

OTHER_BASE = 0.001
"""Share of letters read as a letter no table models that the prior FALLBACK_EDIT assumes; a document
showing more raises such substitutions (Profile.other_boost) in proportion, up to OTHER_BOOST_MAX
(measured: 0.0005 and a maximum of 30 put no more right)."""
OTHER_BOOST_MAX = 10.0

SMOOTHING = 30.0
"""Weight of the prior against the document's own counts (pseudo-occurrences per letter)."""


@dataclass
class Profile:
    """A document's OCR confusion profile: counts of what each intended letter became.

    ``counts[(intended, observed)]`` counts single letters (identity included) and rewrites;
    ``totals[intended]`` counts every occurrence of the intended letter or letter pair seen.
    """

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)
    words_seen: int = 0
    serial: int = field(default_factory=lambda: next(_SERIALS), compare=False)
    """Tells profiles apart in the engine's caches (an id() can be reused once a profile is gone)."""
    _learned: tuple[tuple[int, int, int], list[tuple[str, str]]] | None = field(default=None, repr=False, compare=False)
    word_counts: Counter[str] = field(default_factory=Counter, repr=False, compare=False)
    """How often the document writes each word form (lower case): what it is about."""
    vocabulary: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    """The document's own clean word forms (lower case) by skeleton: a name written right in one
    place restores its damaged copies elsewhere ("Borner" where "Börner" stands in the list)."""
    name_spellings: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict, repr=False, compare=False)
    """Names the document writes with å, ä, ö or é intact, by their plain form, each with the plain
    first names written before it: its copies that lost those letters are the same name."""
    name_doublings: dict[str, dict[str, tuple[int, frozenset[str]]]] = field(default_factory=dict, repr=False,
                                                                            compare=False)
    """Capitalised names by their form with doubled consonants read once, each written form with
    how often the document writes it and the first names or surnames written beside it."""
    seven_bit: bool = field(default=False, compare=False)
    """The text is Swedish in the 7-bit national code (marks.is_seven_bit)."""
    agenda_openers: frozenset[str] = field(default=frozenset(), compare=False)
    """The first words of the document's numbered agenda headings ("10. Ovriga fragor"), as written:
    a writer who refers to an agenda item inside a sentence keeps its capital."""
    small_as_capital: int = field(default=0, compare=False)
    """Words amid small words that open with A or O for a small å, ä or ö ("att Aterkomma"): an
    OCR without Swedish does this throughout a document, a writer's capital once in a while."""
    inner_capitals: Counter[str] = field(default_factory=Counter, repr=False, compare=False)
    """Capitals the document writes inside words of small letters ("beLtagare", "tiUL"), by letter:
    no writer does, so the OCR reads that small letter as its capital, at a word's start as well."""

    ligatures: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    """Odd characters of a PDF text layer and the ligatures they stand for ("Ɵ": ti; ligatures.learn)."""
    ligature_drops: tuple[str, ...] = field(default=(), compare=False)
    """Ligatures the text layer dropped throughout ("nns" for finns; ligatures.learn_drops)."""
    party_case: str = field(default="", compare=False)
    """How the document writes party letters after names ("upper": "(S)", "lower": "(s)"; "" if it
    writes none): proof/parties.py reads damaged ones only in a document that writes them."""
    line_break_hyphens: int = field(default=0, compare=False)
    """Words the document writes with a line break's hyphen kept inside ("re-dovisas"), known
    only joined: a text copied from a hyphenated PDF keeps them throughout, also where both
    pieces happen to be words ("till-syn")."""
    margin_width: int = field(default=0, compare=False)
    """How long the document's lines are where they reach the right margin (margins.margin_width)."""
    cut_rates: dict[str, float] = field(default_factory=dict, compare=False)
    """The share of words at each margin (margins.RIGHT, LEFT) this page cuts short (margins.cut_rate;
    none: not estimated)."""
    damage_boost: float = field(default=1.0, compare=False)
    """How much likelier than in general this document makes an unseen confusion of plain letters:
    a page that misreads letters often does so in words it turns into other words too ("son" for
    "som"), where the profile, counting only the damage it could correct, sees none."""
    unknown_share: float = field(default=0.0, compare=False)
    """The share of the document's words in small letters that no list or compound rule knows: the
    page's damage as the reader sees it, diacritics lost included (damage_boost counts only the
    letters the profile could mend)."""
    other_boost: float = field(default=1.0, compare=False)
    """How much likelier than in general this document makes a substitution no table models ("atd"
    for att): an OCR process outside the model shows it in the corrections it could make."""
    _p_cache: dict[tuple[str, str, bool], float] = field(default_factory=dict, repr=False, compare=False)
    _p_state: tuple[int, float, float] = field(default=(-1, 0.0, 0.0), repr=False, compare=False)

    def p_sub(self, intended: str, observed: str, boosted: bool = True) -> float:
        """P(observed | intended) for one letter (identity included) or one rewrite (``boosted``:
        with the document's damage_boost, which the candidate search's beam leaves out, lest
        the plain confusions crowd out the rewrites). Remembered until the counts or the boost change."""
        state = (self.words_seen, self.damage_boost, self.other_boost)
        if self._p_state != state:
            self._p_cache.clear()
            self._p_state = state
        key = (intended, observed, boosted)
        p = self._p_cache.get(key)
        if p is None:
            p = self._p_cache[key] = self._p_sub(intended, observed, boosted)
        return p

    def _p_sub(self, intended: str, observed: str, boosted: bool) -> float:
        general = prior(intended, observed)
        if boosted and intended not in DIACRITICS and observed not in DIACRITICS and (
                (intended, observed) in _PRIOR_SUBS or (intended, observed) in _PRIOR_SHAPES):
            general *= self.damage_boost
        elif _unmodelled(intended, observed):
            general *= self.other_boost
        n = self.totals.get(intended, 0)
        if not n:
            return general
        return (self.counts.get((intended, observed), 0) + SMOOTHING * general) / (n + SMOOTHING)

    def loss_rate(self, intended: str, observed: str) -> float:
        """How often this document turned ``intended`` into ``observed`` (0 when it never did)."""
        n = self.totals.get(intended, 0)
        return self.counts.get((intended, observed), 0) / n if n else 0.0

    def letter_loss(self, intended: str) -> float:
        """The share of ``intended`` this document did not keep (read as anything else)."""
        n = self.totals.get(intended, 0)
        return 1.0 - self.counts.get((intended, intended), 0) / n if n else 0.0

    def other_damage(self) -> float:
        """The share of letters this document read as a letter no table models, drawn toward OTHER_BASE
        as plain_damage is toward DAMAGE_BASE."""
        wrong = sum(n for (a, b), n in self.counts.items() if _unmodelled(a, b))
        seen = sum(n for a, n in self.totals.items() if len(a) == 1)
        return (wrong + OTHER_BASE * DAMAGE_EVIDENCE) / (seen + DAMAGE_EVIDENCE)

    def plain_damage(self) -> float:
        """The share of plain letters (not å, ä, ö, é) this document misread as another letter, drawn
        toward DAMAGE_BASE as if DAMAGE_EVIDENCE letters more had been read at that rate: one
        misread letter in a few lines is no damaged page."""
        wrong = sum(n for (a, b), n in self.counts.items() if a != b and len(a) == 1 == len(b) and a not in DIACRITICS)
        seen = sum(n for a, n in self.totals.items() if len(a) == 1 and a not in DIACRITICS)
        return (wrong + DAMAGE_BASE * DAMAGE_EVIDENCE) / (seen + DAMAGE_EVIDENCE)

    def add_word(self, intended: str, observed: str, times: int = 1) -> None:
        """Count the letters of an aligned pair (same length) or of a word read as itself, ``times`` over."""
        self.add_alignment(list(zip(intended, observed)), times)

    def add_alignment(self, ops: list[tuple[str, str]], times: int = 1) -> None:
        for a, b in ops:
            self.counts[(a, b)] += times
            self.totals[a] += times
        self.words_seen += times

    def learned_rewrites(self, minimum: int = 2) -> list[tuple[str, str]]:
        """Confusions outside the built-in classes that this document shows repeatedly (l -> j)."""
        key = (self.words_seen, sum(self.totals.values()), minimum)
        if self._learned is not None and self._learned[0] == key:
            return self._learned[1]
        out = []
        for (a, b), n in self.counts.items():
            if a and b and a != b and n >= minimum and (a, b) not in PRIOR_REWRITES and skeleton(a) != skeleton(b):
                out.append((a, b))
        self._learned = (key, sorted(out))
        return self._learned[1]

    def to_dict(self) -> dict[str, object]:
        return {
            "words_seen": self.words_seen,
            "confusions": {f"{a}>{b}": n for (a, b), n in sorted(self.counts.items()) if a != b},
        }


def _unmodelled(intended: str, observed: str) -> bool:
    """A letter read as another letter that no table of the model holds."""
    return (len(intended) == 1 == len(observed) and intended != observed and intended.isalpha() and observed.isalpha()
            and (intended, observed) not in _PRIOR_SUBS and (intended, observed) not in _PRIOR_SHAPES
            and skeleton(intended) != skeleton(observed))


def prior(intended: str, observed: str) -> float:
    """P(observed | intended) of the OCR process in general, before any document is seen."""
    if intended == observed:
        return _identity_prior(intended)
    if len(intended) == 1 and len(observed) == 1:
        p = _PRIOR_SUBS.get((intended, observed))
        if p is not None:
            return p
        if skeleton(intended) == skeleton(observed):
            return _PRIOR_OTHER_IN_CLASS
        return _PRIOR_SHAPES.get((intended, observed), FALLBACK_EDIT)
    return PRIOR_REWRITES.get((intended, observed), EDGE_REWRITES.get((intended, observed), FALLBACK_EDIT))


_IDENTITY: dict[str, float] = {}


def _identity_prior(ch: str) -> float:
    p = _IDENTITY.get(ch)
    if p is None:
        lost = sum(v for (a, _), v in _PRIOR_SUBS.items() if a == ch)
        lost += sum(v for (a, _), v in PRIOR_REWRITES.items() if a == ch)
        lost += sum(v for (a, _), v in EDGE_REWRITES.items() if a == ch) / 10  # at one position only
        p = _IDENTITY[ch] = max(0.5, 1.0 - lost)
    return p


def log10(p: float) -> float:
    return math.log10(p) if p > 0 else -12.0


def posterior(score: float, rival: float) -> float:
    """P(a reading scored ``score`` is right | it or a rival scored ``rival``), log10 scores."""
    diff = max(-30.0, min(30.0, rival - score))
    return 1.0 / (1.0 + 10**diff)
