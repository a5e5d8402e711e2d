"""The proofreading engine: finds OCR errors in Swedish minutes text and ranks their corrections.

Decisions per word, in order: the user's dictionary (wins over everything), the document's known
names, numbers and codes (left alone), lexicon words (flagged only as lower-confidence real-word
errors, and only when the document's profile shows it loses the diacritics that would restore a far
likelier word), valid compounds (flagged only when a restoration is clearly likelier), and unknown
words (always flagged when lower case; names and acronyms only when a restoration beats the
hypothesis that they are an unlisted name).

The document itself is evidence too: its clean forms restore their damaged copies ("Borner" where
the list has "Börner"), a restoration of a real word that it writes elsewhere gains by its count
there, and what it does throughout (loses every ö, reads small å/ä/ö as capitals) changes what a
single token means. So are the neighbours (proof/context.py: "3,8 ar" is år, "Are kommun" is
Åre, "Par Svensson" is Pär; proof/neighbours.py with the genre's word pairs: "personal son
arbetar" is som, "16 naj" is maj), a person's name the document also spells with its å, ä, ö or é
("Anders Jonsson" beside "Anders Jönsson"), and the shape of a name nobody listed (proof/letters.py: "Wcsterlund"
has letters no name has). Shape rules (proof/marks.py) read ligatures, specks, digits inside
words and acronyms, line-break hyphens and capitals that are the OCR's; proof/casing.py and
proof/position.py say what case a correction takes and where in a sentence or heading a token is.

Figures: benchmarks/engine_pairs.py (every token-aligned pair: dev, former blind sets, real OCR by
Tesseract; sealed sets with --sealed), benchmarks/engine_generalisation.py (simulated damage of
held-out documents); floors in tests/proof/test_holdout_floor.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import product
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from minutes_desk.proof import (capitals, casing, context, letters, ligatures, lone, margins, marks, parties, position, priors,
                                 spellings, wordpairs)
from minutes_desk.proof.casing import apply_case
from minutes_desk.proof import lexicon_format as lf
from minutes_desk.proof.candidates import (
    CASE_MISMATCH, DOUBLED, EXTRA_PART_PENALTY, FOREIGN_PENALTY, MIN_PART, Candidate, CandidateFinder, channel_score,
    compound_zipf, keys_for,
)
from minutes_desk.proof.channel import (DAMAGE_BASE, DAMAGE_BOOST_MAX, DIACRITICS, OTHER_BASE, OTHER_BOOST_MAX, REAL_WORD_MIN_RATE, Profile, class_members, log10,
                                        posterior, skeleton)
from minutes_desk.proof.flags import Flag, FlagKind
from minutes_desk.proof.lexicon import Lexicon
from minutes_desk.proof.neighbours import NeighbourJudge, confusable
from minutes_desk.proof.tokens import Token, is_number_like, tokens
from minutes_desk.proof.userdict import UserDictionary

REAL_WORD_MARGIN = 0.5
"""log10 odds a restoration needs over a real word as written (3:1; 5:1 missed most diacritics a
lightly damaged text loses, "far" for "får", and kept no right word more on the tuning split)."""
REAL_WORD_MIN_MARGIN = 0.3
"""Even where the document never keeps the letter, a restoration needs 2:1 odds over the word as written."""
DAMAGED_COMPOUND_BOOST = 2.0
"""From this damage (Profile.damage_boost) an unlisted compound that nothing reads gets the edit search."""
UNLISTED_COMPOUND_PENALTY = 1.0
"""An unlisted compound ("radhuset") loses this much against a listed word one confusion away."""
REAL_WORD_STRONG = 1.5
"""log10 odds (30:1) at which a restoration of a real word needs no document evidence for its
particular confusion (a lossy text with a rare "for" for a frequent "för")."""
REAL_WORD_MIN_COUNT = 1
"""Times the document must show a confusion before a real word is doubted by it (channel.REAL_WORD_MIN_RATE)."""
LOSSY_MIN_COUNT = 2
"""A document doubts real words at all only once it has shown some letter lost at least twice."""
MAX_CHECK_FALLBACKS = 400
"""Edit-distance searches per check: a text full of non-words (a foreign language, garbage) would
otherwise take minutes; past the budget unknown words get the OCR-model candidates only."""
GENITIVE_MIN = 5
GENITIVE_PENALTY = 1.5
"""Zipf points a genitive in -s no list holds gets below its base form (as unseen inflections do)."""
MAX_ACRONYM = 4
"""Capitalised words this short may be abbreviations or acronyms no list holds ("Kdir", "KFN")."""
CAPITAL_EDIT_LENGTH = 8
"""Below this length the capital search reads letters only, never one more or less ("Kdir" is no "Där")."""
CAPITAL_EDIT_BOOST = 2.0
"""Damage (Profile.damage_boost) from which an unknown capitalised word inside a sentence gets the edit
search too (measured: from 2.0 more right on every real-OCR set and simulation, no false alarm on the
simulations, one wrong reading on holdout12; readings of another length made other names of
unlisted ones: "Gr6ndahl" is no Gröndal)."""
_NUMBER_AFTER = re.compile(r"\.?\s?\d")
UNDOTTED_MAX = 4
"""Letters of the longest abbreviation with one inner dot worth looking for ("t.ex." has three)."""
CAPITAL_SEARCH_LENGTH = 10
"""Capitalised words this long are compounds or heading words more often than names."""
CAPITAL_SEARCH_MARGIN = 1.0
"""log10 odds an edit-search reading of a capitalised word needs over the OCR model's best one."""
PLACE_SEARCH_LENGTH = 5
"""Capitalised words at least this long are read as a municipality or county one letter away."""
PLACE_MARGIN = 0.5
"""log10 odds the place needs over an unlisted name as written."""
MAX_WORD = 48
"""Longer letter runs are flagged without a search (the longest Swedish compounds stay below this)."""
MAX_PROFILE_FALLBACKS = 100
"""Edit-distance searches per estimation pass: enough to learn a systematic swap, bounded in time."""
RELAXED_HEAD = 3
RELAXED_TAIL = 5
RELAXED_HEAD_ZIPF = 4.0
RELAXED_TAIL_ZIPF = 3.5
"""Two words make a compound hunspell-sv's flags do not (Engine._two_common_words) only when both are
this long and this common."""
RELAXED_COMPOUND_PENALTY = 3.0
"""Zipf points such a compound stands below its weaker word (measured on the development sets: 1.0 and
2.0 let common-word compounds that the OCR made of others pass, "delarsrapporten" for delårsrapporten;
3.0 keeps those and still accepts "elevtalen", "årsräkningar", "meröppet")."""
CAPITAL_LEARN_LENGTH = 7
"""A capitalised unknown word this long may teach the profile a confusion the edit search finds."""
LONG_LEARN_LENGTH = 8
"""An unknown word this long teaches the profile the confusions of its clear reading with some slack."""
LONG_LEARN_SLACK = 2.5
"""How far (zipf) below the word's prior such a long word's clear reading may score and still teach."""
PROFILE_PASSES = 2
"""Estimation rounds: the second re-reads the document with the channel the first one learned."""
CONFIDENT_ODDS = 1.0
"""log10 odds (10:1) of a correction over the runner-up before the profile learns from it."""
TOPICAL_WEIGHT = 1.0
"""Weight of the document's own word counts against the general frequency list, for real words."""
DOCUMENT_WORD_ZIPF = 3.0
"""Prior of a form the document itself writes elsewhere, as a restoration of an unknown word."""
DOCUMENT_WORD_MIN = 3
READINGS_PER_NAME = 8
"""Rewritten readings of an unknown capitalised word matched against the document's forms."""
READING_MIN_COST = -3.5
"""Readings rarer than this (log10) say nothing about the word."""
"""Shorter forms are too many to say anything about each other."""
COMMON_JOINED_ZIPF = 4.0
"""A hyphenated pair of words is one word broken at a line end when joined it is this common."""
STREAK_MARGIN = 1.0
"""Zipf points a word without a capital I inside needs over the word with l for it ("kaIn": kan)."""
FIRST_NAME_MIN_ZIPF = 3.0
"""A damaged first name is restored only to a name this common (rarer ones are someone's own)."""
FIRST_NAME_EDIT_LENGTH = 6
"""Shorter ones only by a letter read for another: a letter more or less makes too many names."""
FIRST_NAME_MARGIN = 1.0
"""log10 odds the likeliest such name needs over the next one."""
SHORT_SPECKLE_ZIPF = 4.5
"""A short word split by a speck ("å.t") only this common: abbreviations look the same ("s.k")."""
LINE_BREAK_EVIDENCE = 2
"""Or when the document keeps this many line breaks' hyphens in words known only joined."""
SMALL_AS_CAPITAL_MIN = 2
"""Such words a document needs before a capital A or O amid small words is read as å, ä or ö."""
_AFTER_PLACE = frozenset({"län", "kommun"})
"""Written in small letters after the name of their place ("Kalmar län", "Robertsfors kommun")."""
_CLAUSE = "att"
"""The word a protocol's decision clauses open with, in small letters, also on a line of their own."""
INNER_CAPITAL_MIN = 1
"""Times a page writes a capital inside small words before that capital opening a word amid small
words is taken for the small letter too ("att Lamnar": lämnar, where "beLtagare" stands elsewhere)."""
_INNER_CAPITALS = re.compile(r"[a-zåäöéü]+(?:[A-ZÅÄÖ][a-zåäöéü]*)+")
"""A word of small letters with capitals inside it ("beLtagare"), as no writer writes one."""
DROP_EVIDENCE_ZIPF = 3.0
"""A dropped ligature or letter is learned from the words its return makes that are at least this
common (rare forms are made by chance: "pa" + å is some "påa")."""
NEVER_KEPT = 0.95
"""A letter this document loses at least this often is one it never keeps (an OCR without it)."""
NEVER_KEPT_NAME_MARGIN = 0.1
"""log10 odds a listed name needs over a participant's name as written, where the document never
keeps the letter that tells them apart: the spelling as read says nothing, the frequencies decide."""
NAME_SHAPE_MIN = 5
NAME_SHAPE_ODDITY = 1.0
"""Only names that look odd (letters.oddity) are read again by their shape, and only into readings
that no longer do."""
NAME_SHAPE_MIN_CONFUSION = 0.001
"""In-class confusions likelier than this are tried one at a time (u for n, c for e, l for i)."""
NAME_SHAPE_MARGIN = 1.0
"""log10 odds (10:1) the reading with a name's letters needs over the name as written."""
_OCR_MARK = re.compile(r"[0-9|!$éèüûòôóõâãàíìîïù]|[a-zåäö]I")
"""Digits, é, è, ü (for ö), the accents of other languages' letters (â for å, í for i) and a capital I
after a small letter are OCR marks, not spellings of a name (a listed name with ü, "Müller", is known
before this is asked)."""
_AGENDA_HEADING = re.compile(r"^[ \t]*(?:§[ \t]*)?\d+[.)]?[ \t]+([^\W\d_]\S*)(?:[ \t]+\S+){0,4}[ \t]*$", re.MULTILINE)
"""A numbered agenda heading of a few words ("10.  Ovriga fragor", "§ 4 Mötets öppnande")."""
_HEADING_NUMBER = re.compile(r"[ \t]*(?:§[ \t]*)?\d+[.)]?[ \t]+")
_CASE_NUMBER_AFTER = re.compile(r"[ \t]+(?:(?:[A-ZÅÄÖ]{1,6}[ \t]+)?\d[\d.,-]*[/:]\d[\d./:-]*"
                                r"|[A-ZÅÄÖ]{1,6}[ \t]+(?:19|20)\d\d-\d+)(?![^\s.,;)])")
"""A case number next ("2024/123", "2024:1187", "3.5.1-12345/2024": digits with a slash or colon inside),
perhaps after a body's acronym ("KS 2024/45"), or a year and a serial after one ("KFN 2024-0318"; a
bare "2024-2027" may be a span of years)."""
CASE_LABEL_MAX_ZIPF = 4.0
"""A word at least this common stands before a case number as written."""
REPLACEMENT = "\ufffd"
"""What a text layer's font without a map for a letter leaves (here always one of å, ä, ö)."""
_DIGIT_THEN_SMALL = re.compile(r"\d[a-zåäö]+")
"""A digit before small letters only ("4r", "4n") is a letter of its shape, not a code's digit."""
_DIGIT_AMID_LETTERS = re.compile(r"[^\W\d_]\d[^\W\d_]|[^\W\d_]{3}\d$")
"""A digit between letters, or one after three letters at the end: no code has one there ("SE5" and
"XC40" are codes), and no capital is hidden in it ("0dmark" is Ödmark)."""


@dataclass
class _Verdict:
    kind: FlagKind
    confidence: float
    suggestions: tuple[tuple[str, float], ...]


class Engine:
    """The engine with its lexicon and caches. Not thread-safe: use one per thread (loading is cheap).

    ``known_words`` (the names of the document's participant lists) are trusted as names: they are
    flagged only when they carry OCR marks (digits, é, a capital I inside) or when a listed word or
    name explains them far better ("Bergstrom" -> "Bergström"), since the list went through the
    same OCR as the rest.
    """

    def __init__(self, lexicon: Lexicon, user_dictionary: UserDictionary | None = None) -> None:
        self.lexicon = lexicon
        self.finder = CandidateFinder(lexicon)
        self.letters = letters.load()
        self.user_dictionary = user_dictionary
        self._known_cache: dict[str, tuple[float, int] | None] = {}
        self._verdicts: dict[tuple, _Verdict | None] = {}
        self._undotted: dict[str, str | None] = {}
        self._last_tokens: tuple[str, list[Token]] | None = None
        self.neighbours = NeighbourJudge(lexicon, self.known, wordpairs.load(), self._user_decided)
        self._budget = MAX_CHECK_FALLBACKS

    @classmethod
    def load(cls, user_dictionary: UserDictionary | None = None) -> Engine:
        """The engine over the shipped lexicon (the first run builds its cache: a few seconds, once)."""
        return cls(Lexicon.load(), user_dictionary)

    # ----------------------------------------------------------------- word status

    def known(self, word: str) -> tuple[float, int] | None:
        """(zipf, parts) if ``word`` (as written) is a word: a lexicon form, a valid compound or a hyphenated pair."""
        lw = word.lower()
        cached = self._known_cache.get(word)
        if cached is not None or word in self._known_cache:
            return cached
        result = self._lookup(lw, word)
        if result is None and lw.isalpha():
            result = self._two_common_words(lw)  # (a whole word only: no piece of "om-sorgsplanen")
        if result is None and "-" in lw.strip("-"):
            parts = [p for p in lw.split("-") if p]
            found = [self._lookup(p, p) if any(c.isalpha() for c in p) else (3.0, 1) for p in parts]
            if all(found):
                result = (min(f[0] for f in found), 1)  # type: ignore[index]
        if len(self._known_cache) > 200_000:
            self._known_cache.clear()
        self._known_cache[word] = result
        return result

    def _web_only(self, lw: str) -> bool:
        """A two-letter form only the web's frequency list holds ("ov", "po", "oy"): no word of Swedish
        minutes, but what an OCR makes of one ("av", "på", "ny"); our abbreviations ("fr", "tr") are."""
        if len(lw) != 2:
            return False
        entry = self.lexicon.get(lw)
        return entry is not None and not entry[1] & (lf.HUNSPELL | lf.DOMAIN) and not self.lexicon.abbreviation(lw)

    def _lookup(self, lw: str, written: str) -> tuple[float, int] | None:
        entry = self.lexicon.get(lw)
        if entry is not None and entry[1] & lf.WORD and _case_ok(written, entry[1]):
            return _case_zipf(written, entry[0], entry[1]), 1
        if lw.endswith(".") and "." not in lw[:-1]:
            entry = self.lexicon.get(lw[:-1])
            if entry is not None and entry[1] & lf.WORD and _case_ok(written, entry[1]):
                return _case_zipf(written, entry[0], entry[1]), 1
        if lw.endswith("s") and len(lw) > GENITIVE_MIN and lw[-2] not in "sxz":
            # a genitive no list spells out ("justerandes signatur"): any noun or participle takes one
            entry = self.lexicon.get(lw[:-1])
            if entry is not None and entry[1] & lf.WORD and entry[1] & lf.HUNSPELL and not entry[1] & lf.ABBREV:
                return _case_zipf(written, entry[0] - GENITIVE_PENALTY, entry[1]), 1
        return self._compound(lw)

    def _compound(self, lw: str) -> tuple[float, int] | None:
        """Exact split into compound parts by hunspell-sv's begin/middle/end flags."""
        if len(lw) < 2 * MIN_PART + 1 or len(lw) > MAX_WORD or not lw.isalpha():
            return None
        memo: dict[tuple[int, bool], tuple[float, int] | None] = {}

        def tail(i: int, first: bool) -> tuple[float, int] | None:
            if (i, first) in memo:
                return memo[(i, first)]
            best: tuple[float, int] | None = None
            if not first:
                entry = self.lexicon.get(lw[i:])
                if entry is not None and entry[1] & lf.END:
                    best = (entry[0], 1)
            need = lf.BEGIN if first else lf.MIDDLE
            for j in range(len(lw) - MIN_PART, i + MIN_PART - 1, -1):
                entry = self.lexicon.get(lw[i:j])
                if entry is None or not entry[1] & need:
                    continue
                rest = tail(j, False)
                if rest is None and lw[j - 1] == lw[j - 2] and lw[j - 1] in DOUBLED:
                    # "nattillsyn": natt + tillsyn, three like consonants written as two
                    rest = tail(j - 1, False)
                if rest is None:
                    continue
                cand = (min(entry[0], rest[0]), rest[1] + 1)
                if best is None or cand[0] - EXTRA_PART_PENALTY * cand[1] > best[0] - EXTRA_PART_PENALTY * best[1]:
                    best = cand
            memo[(i, first)] = best
            return best

        found = tail(0, True)
        if found is None or found[1] < 2:
            return None
        return found

    def _two_common_words(self, lw: str) -> tuple[float, int] | None:
        """"elevtalen", "årsräkningar", "meröppet": two common Swedish words (the first with a
        joint s or not) that hunspell-sv's compound flags do not join, since they mark some stems
        only; a compound no less, but a doubtful one (RELAXED_COMPOUND_PENALTY below its weaker
        word): a reading of the OCR that explains the letters far better still wins."""
        best = None
        if len(lw) > MAX_WORD:
            return None  # (no Swedish word is this long: not worth a look-up per letter)
        for j in range(RELAXED_HEAD, len(lw) - RELAXED_TAIL + 1):
            head = self.lexicon.get(lw[:j])
            if head is None or not _common_part(head, RELAXED_HEAD_ZIPF):
                continue
            for k in (j, j + 1) if lw[j : j + 1] == "s" and not lw[j - 1] == "s" else (j,):
                tail = self.lexicon.get(lw[k:])
                if len(lw) - k >= RELAXED_TAIL and tail is not None and _common_part(tail, RELAXED_TAIL_ZIPF):
                    zipf = min(head[0], tail[0]) - RELAXED_COMPOUND_PENALTY
                    if best is None or zipf > best[0]:
                        best = (zipf, 2)
        return best

    # ----------------------------------------------------------------- profile

    def profile(self, full_text: str, known_words: Iterable[str] = ()) -> Profile:
        """The document's confusion profile, estimated in two passes (EM-like).

        Pass one corrects the unknown words with the prior channel and keeps the confident
        corrections; their confusions, with the letters of the words read correctly, are the counts
        of pass two, which re-estimates the same way under the learned channel.
        """
        names = {w.lower() for w in known_words}
        types: Counter[str] = Counter()
        small_as_capital = 0
        for tok in self._tokens(full_text):
            if not is_number_like(tok.text):
                types[marks.fold(tok.text)] += 1
            small_as_capital += self._small_as_capital(full_text, tok)
        profile = Profile()
        searched: dict[str, tuple[tuple[str, str], ...]] = {}
        for round_ in range(PROFILE_PASSES):
            profile = self._estimate(types, names, profile, MAX_PROFILE_FALLBACKS if round_ == 0 else 0, searched)
        vocabulary: dict[str, set[str]] = {}
        for word, count in types.items():
            lw = word.lower()
            profile.word_counts[lw] += count
            if len(lw) >= DOCUMENT_WORD_MIN and lw.isalpha() and not _OCR_MARK.search(word[1:]) \
                    and not self._lost_diacritics(lw):
                vocabulary.setdefault(skeleton(lw), set()).add(lw)
        # a name damaged differently in two places ("Ödrnark", "Odmark"): the one-into-two
        # readings of unknown capitalised words join the forms they may stand for
        unknown_names = {w.lower() for w in types if w[:1].isupper() and len(w) >= DOCUMENT_WORD_MIN
                         and w.isalpha() and self.known(w) is None}
        for lw in unknown_names:
            for key in keys_for(lw, profile, READINGS_PER_NAME):
                if key.text != lw and key.cost >= READING_MIN_COST:
                    sk = skeleton(key.text)
                    if (vocabulary.get(sk, set()) - {lw}) & unknown_names:  # another unknown name
                        vocabulary[sk].add(key.text)
        # a listed word with å, ä, ö or é that the document also writes damaged ("Forsström",
        # "Forsstrom") is worth keeping as well as a skeleton with two clean forms
        written = Counter(skeleton(w.lower()) for w in types if w.isalpha())
        profile.vocabulary = {sk: frozenset(forms) for sk, forms in vocabulary.items() if len(forms) > 1 or (
            written[sk] > 1 and any(ch in DIACRITICS for ch in next(iter(forms))) and self.known(next(iter(forms))))}
        profile.name_spellings = spellings.profile_spellings(full_text, self._tokens(full_text), names)
        profile.name_doublings = spellings.profile_doublings(full_text, self._tokens(full_text), names)
        profile.small_as_capital = small_as_capital
        for word, count in types.items():
            if _INNER_CAPITALS.fullmatch(word):
                # (H and I inside a word are other letters' glyphs, ll and l: marks.misread_capitals)
                profile.inner_capitals.update({ch: count for ch in word[1:] if ch.isupper() and ch not in "HI"})
        profile.line_break_hyphens = sum(1 for w in types if self.known(w) is None
                                         and (joined := marks.line_break_join(w)) is not None and self.known(joined) is not None)
        profile.agenda_openers = frozenset(m.group(1) for m in _AGENDA_HEADING.finditer(full_text))
        small = [(w, n) for w, n in types.items() if len(w) >= 3 and w.isalpha() and w.islower()]
        profile.unknown_share = sum(n for w, n in small if self.known(w) is None and not self._marks_only(w)) \
            / max(1, sum(n for _, n in small))
        profile.damage_boost = min(DAMAGE_BOOST_MAX, max(1.0, profile.plain_damage() / DAMAGE_BASE))
        profile.other_boost = min(OTHER_BOOST_MAX, max(1.0, profile.other_damage() / OTHER_BASE))
        profile.ligatures = ligatures.learn(types, lambda w: (self.known(w) or (None,))[0])
        profile.ligature_drops = ligatures.learn_drops(
            (w for w in types if w.islower() and self.lexicon.get(w) is None and self.known(w) is None),
            lambda w: self._listed_word(w, DROP_EVIDENCE_ZIPF))
        profile.seven_bit = marks.is_seven_bit(full_text)
        profile.margin_width = margins.margin_width(full_text)
        if profile.margin_width:  # (a text of a few lines says nothing of its margins)
            profile.cut_rates = {where: margins.cut_rate(full_text, profile.margin_width, where, self.lexicon, self.known)
                                 for where in (margins.RIGHT, margins.LEFT)}
        profile.party_case = parties.document_case(full_text)
        return profile

    def _zipf(self, word: str) -> float:
        entry = self.lexicon.get(word)
        return entry[0] if entry is not None else 0.0

    def _lost_diacritics(self, lw: str) -> bool:
        """Is ``lw`` an unknown form that is a listed word with its diacritics lost
        ("socialnamnden")? Then the document's copy is no clean form to restore others by."""
        if self.known(lw) is not None:
            return False
        return any(form != lw and context.plain(form) == lw for form, _, _ in self.lexicon.same_skeleton(skeleton(lw)))

    def _marks_only(self, lw: str) -> bool:
        """Is ``lw`` a listed word with its marks lost or read as another language's ("namnden",
        "nâmnden")? Such a word shows a page that damages marks, not letters. (å, ä and ö read for
        each other are a Swedish model's letter damage: "nåmnden" counts.)"""
        if self._lost_diacritics(lw):
            return True
        if not any(ch not in SWEDISH_MARKED and _unmarked(ch) != ch for ch in lw):
            return False
        bare = _unmarked(lw)
        return any(form != lw and _unmarked(form) == bare for form, _, _ in self.lexicon.same_skeleton(skeleton(bare)))

    def _small_as_capital(self, text: str, tok: Token) -> bool:
        """"att Aterkomma": a capital A or O amid small words, where the word with å, ä or ö
        in lower case is a common word."""
        word = tok.text
        if word[:1] not in "AO" or not word[1:].isalpha() or not word[1:].islower() or not position.after_small_word(text, tok):
            return False
        cands = self.finder.find(word.lower(), Profile(), fallback=False, limit=1)
        return bool(cands) and cands[0].word[:1] in "åäö" and self._common_lower(cands[0].word)

    def _estimate(self, types: Counter[str], names: set[str], channel: Profile, max_fallbacks: int,
                  searched: dict[str, tuple[tuple[str, str], ...]]) -> Profile:
        """One round: the confident corrections under ``channel`` and the words read as written.

        Edit distance (in the first round only) finds damage outside the built-in confusions (a
        font that turns every f into t); its readings are kept in ``searched`` for the later
        rounds, which count them where their own channel finds nothing better, so a confusion
        seen once is not forgotten; counted twice, later rounds reverse it like any other.
        """
        learned = Profile()
        fallbacks = 0
        for word, count in types.items():
            lw = word.lower()
            if lw in names or len(lw) > MAX_WORD:
                continue  # (no Swedish word is that long: a run of letters pasted without spaces)
            status = self.known(word)
            if status is not None:
                if status[1] == 1 and lw.isalpha():
                    learned.add_word(lw, lw, count)
                continue
            # (a capitalised word only when longer than abbreviations and short names are, and not
            # one of capitals: a heading's few words or an acronym teach too little)
            fallback = len(lw) >= (4 if word[:1].islower() else CAPITAL_LEARN_LENGTH) and lw.isalpha() \
                and not word.isupper() and fallbacks < max_fallbacks
            fallbacks += fallback
            cands = self.finder.find(lw, channel, compounds=False, fallback=fallback, limit=2)
            ops = None
            if cands and cands[0].word != lw:
                margin = cands[0].score - (cands[1].score if len(cands) > 1 else -99.0)
                prior = priors.NAME_ZIPF if word[:1].isupper() else priors.UNKNOWN_ZIPF
                # (a long unknown word is seldom right as written: its clear reading may score lower)
                slack = LONG_LEARN_SLACK if len(lw) >= LONG_LEARN_LENGTH else 0.0
                if margin >= CONFIDENT_ODDS and cands[0].score > prior - 9 - slack:
                    ops = cands[0].ops
                    if fallback:
                        searched[lw] = ops
            if ops is None:
                ops = searched.get(lw)
            if ops is not None:
                learned.add_alignment(list(ops), count)
        return learned

    def _tokens(self, text: str) -> list[Token]:
        """Tokens of ``text``; the last text's are kept, since profile() and check() of one
        document tokenise the same text."""
        if self._last_tokens is None or self._last_tokens[0] != text:
            self._last_tokens = (text, tokens(text))
        return self._last_tokens[1]

    # ----------------------------------------------------------------- check

    def check(self, text: str, profile: Profile | None = None, known_words: Iterable[str] = ()) -> list[Flag]:
        """Flags for ``text`` in order, offsets in code points of ``text``.

        Without ``profile`` the profile is estimated from ``text`` itself; to re-check one edited
        line or block, pass the whole document's profile (and its names).
        """
        names = {w.lower() for w in known_words}
        if profile is None:
            profile = self.profile(text, names)
        self._budget = MAX_CHECK_FALLBACKS
        flags: list[Flag] = []
        for tok in self._tokens(text):
            flag = self._bang_as_letter(text, tok, profile, names) or self._check_token(text, tok, profile, names)
            if flag is not None:
                flags.append(flag)
        flags.extend(lone.readings(text))
        if profile.party_case:
            # "Per Ek (MI)," "Eva Lund tV)": the whole token is the party's, whatever else read it;
            # and "(fp)" is a party, not "få"
            party_spans = parties.readings(text, profile.party_case)
            taken = [(start, end) for start, end, _ in party_spans] + parties.clean_spans(text)
            flags = [f for f in flags if not any(start <= f.start < end for start, end in taken)]
            flags.extend(Flag(start, end, text[start:end], FlagKind.OCR_PATTERN, 0.85, ((fixed, 0.9),))
                         for start, end, fixed in party_spans)
        flags.extend(Flag(start, end, text[start:end], FlagKind.OCR_PATTERN, 0.7, ((fixed, 0.7),))
                     for start, end, fixed in marks.address_readings(text))
        if profile.seven_bit:
            # "samh{llsbyggnadsf|rvaltningen": the whole word, read back from the 7-bit code
            spans = marks.seven_bit_readings(text)
            flags = [f for f in flags if not any(start <= f.start < end for start, end, _ in spans)]
            flags.extend(Flag(start, end, text[start:end], FlagKind.OCR_PATTERN, 0.9, ((fixed, 0.9),))
                         for start, end, fixed in spans)
        flags.sort(key=lambda f: f.start)
        # the neighbours, read as the flags above correct them, doubt short real words and choose
        # between the readings of short flagged ones ("16 naj": maj, not nää)
        starts = [f.start for f in flags]
        flagged = set(starts)
        paired = [flag for tok in self._tokens(text) if tok.start not in flagged
                  for flag in (self.neighbours.doubt(text, tok, profile, flags, starts),) if flag is not None]
        flags = [self.neighbours.choose(text, flag, profile, flags, starts) for flag in flags]
        if profile.cut_rates:
            flags, cut = self._margin_words(text, profile, flags, starts, flagged | {f.start for f in paired})
            paired += cut
        if paired:
            flags = sorted(flags + paired, key=lambda f: f.start)
        return flags

    def _margin_words(self, text: str, profile: Profile, flags: list[Flag], starts: list[int], taken: set[int]
                      ) -> tuple[list[Flag], list[Flag]]:
        """On a page that cuts words at its margins, the words beside a word there choose: among the
        completions of a flagged one ("kommunstyrel"), and whether an unflagged real word is a cut one
        ("till handlingar" ending a line). Returns the flags re-ranked and the new ones."""
        def side(start: int, end: int, word: str) -> str:
            return margins.side(text, Token(start, end, word, start), profile.margin_width)

        chosen = [self.neighbours.choose_completion(text, flag, flags, starts) if side(flag.start, flag.end, flag.word) else flag
                  for flag in flags]
        doubting = max(profile.cut_rates.values()) >= margins.DOUBT_RATE
        cut = [flag for tok in (self._tokens(text) if doubting else []) if tok.start not in taken
               for where in (side(tok.start, tok.end, tok.text),) if where
               for flag in (self.neighbours.doubt_cut(text, tok, where, profile.cut_rates[where], flags, starts),)
               if flag is not None]
        return chosen, cut

    def _bang_as_letter(self, text: str, tok: Token, profile: Profile, names: set[str]) -> Flag | None:
        """"stimulansmede!", "!änsövning": an exclamation mark at an unknown word's edge is the l
        (or i) the OCR read it for, where the word with it restores to a listed one; "sommar!" stays."""
        word = tok.text
        after, before = text[tok.end : tok.end + 2], text[max(0, tok.start - 2) : tok.start]
        if not word.isalpha() or self.known(word) is not None:
            return None
        if after[:1] == "!" and not after[1:2].isalnum():
            grown = Token(tok.start, tok.end + 1, word + "!", tok.raw_start)
        elif word.islower() and (before[-1:] == "!" and not before[:1].strip() and len(before) == 2 or before == "!"):
            grown = Token(tok.start - 1, tok.end, "!" + word, tok.raw_start - 1)
        else:
            return None
        flag = self._check_token(text, grown, profile, names)
        if flag is None or not flag.suggestions or self.known(flag.suggestions[0][0]) is None:
            return None
        return flag

    def _check_token(self, text: str, tok: Token, profile: Profile, names: set[str]) -> Flag | None:
        word = tok.text
        user = self.user_dictionary
        if user is not None:
            verdict = user.verdict(word)
            if verdict is True:
                return None
            remembered = user.correction(word)  # the dictionary folds case itself and may restore it
            if remembered is not None or verdict is False:
                own = self._verdict(word, profile) or _Verdict(FlagKind.NON_WORD, 1.0, ())
                suggestions = own.suggestions
                if remembered is not None:
                    first = apply_case(word, remembered) if remembered.islower() else remembered
                    suggestions = ((first, 1.0), *((w, p) for w, p in suggestions if w != first))
                return Flag(tok.start, tok.end, word, own.kind, 1.0, suggestions)
        start_of_sentence = position.sentence_start(text, tok.raw_start) or position.label(text, tok)
        if word[:1] in "ji" and word[1:].isalpha() and word[1:].islower() and position.label(text, tok) \
                and self.known(word) is not None:
            # "justerare:": a label opening its line is written with a capital; j and i are the
            # small letters an OCR reads for the capitals of their shape
            return Flag(tok.start, tok.end, word, FlagKind.OCR_PATTERN, 0.6, ((word.capitalize(), 0.8),))
        acronym = capitals.acronym_with_digits(text, tok, self.lexicon) or capitals.acronym_with_l(word, self.lexicon)
        if acronym is not None:
            return Flag(tok.start, tok.end, word, FlagKind.OCR_PATTERN, 0.8, ((acronym, 0.9),))
        undotted = self._undotted_abbreviation(text, tok) or self._small_abbreviation_in_capitals(text, tok)
        if undotted is not None:
            return undotted
        place = self._place_slot(text, tok, profile)
        if place is not None:
            return place
        if position.compound_head(text, tok):
            return self._compound_head(tok, profile)
        first_name = self._first_name(text, tok, profile) or self._name_in_small_letters(text, tok, profile) \
            or self._label_word(text, tok) or self._case_number_label(text, tok)
        if first_name is not None:
            return first_name
        spelled = (spellings.spelling_flag(text, tok, profile, names, self.known) if _lossy(profile) else None) \
            or spellings.doubling_flag(text, tok, profile, self._zipf, self.known)
        if spelled is not None:
            return spelled
        damaged_first_name = self._damaged_first_name(text, tok, profile)
        if damaged_first_name is not None:
            return damaged_first_name
        # a capital opening a line says as little about a name as one opening a sentence (a line
        # of minutes is a heading, a label or a list item as often as a sentence's rest)
        opens_line = start_of_sentence or not position.line_before(text, tok.start).strip(position.OPENERS)
        at_margin = margins.side(text, tok, profile.margin_width) if profile.cut_rates and self.known(word) is None else ""
        if "/" in text[tok.start - 1 : tok.end + 1] and self._web_only(word.lower()):
            return None  # "ng/l", "m/s": a unit's piece
        if word.lower() in names or word.lower().rstrip(".") in names:
            # the document's own names: right unless a listed word or name explains them far
            # better (the participant list went through the same OCR: "Bergstrom", "Tyres6")
            verdict_obj = self._verdict(word, profile, start_of_sentence, known_name=True)
        else:
            verdict_obj = self._verdict(word, profile, opens_line, caps_line=word.isupper() and position.caps_line(text, tok),
                                        at_margin=at_margin)
        if verdict_obj is None:
            return self._context_restoration(text, tok, profile) or self._one_letter_place(text, tok, profile)
        if verdict_obj.kind is FlagKind.REAL_WORD and context.as_written(word, context.next_word(text, tok.end)):
            return None  # "Val av justerare": the next word shows the word is meant as written
        suggestions = verdict_obj.suggestions
        if word[:1] == "I" and not start_of_sentence and word.lower() not in names and not self._after_first_name(text, tok):
            # a word-initial capital I read for l inside a sentence ("Iokal"): the capital is the OCR's
            # (not in one of the document's names, or after a first name: "Lena Iund" is Lund)
            suggestions = tuple((w[:1].lower() + w[1:] if w[:1] == "L" and not w[1:2].isupper() else w, p)
                                for w, p in suggestions)
        if self._small_read_as_capital(text, tok, profile, start_of_sentence or (
                opens_line and not position.after_running_line(text, tok.start))):
            # "att Aterkomma", "Mötets Oppnande": inside a sentence the OCR read a small å, ä or ö
            # as a capital, where the restoration is a common word in lower case and no name
            suggestions = tuple((w[:1].lower() + w[1:] if w[:1] in "ÅÄÖ" and self._common_lower(w, listed=True) else w, p)
                                for w, p in suggestions)
        item = position.after_item_number(text, tok.raw_start)
        under_heading = word[:1].islower() and position.heading_line(text, tok.start)
        if suggestions and word[:1].islower() and (start_of_sentence or item or under_heading):
            # "6. vriga frågor": the first letter, a capital, was lost; the reading keeps the capital.
            # So it does where the OCR read the first letter as another one opening a label, an
            # item ("§ 4 tnformation"), a paragraph or a line after a sentence's end ("batum:",
            # "fvriga frågor"): the glyph it misread was a capital (inside a line, the full stop may be
            # a comma misread: "Per Sandén. onhetschef"; after a line ending in no stop, the sentence may go on)
            opens = not position.line_before(text, tok.start).strip(position.OPENERS)
            capital = opens and (position.label(text, tok) or position.mark_before(text, tok.raw_start) in ("", ".", ":", "!", "?"))
            # so it does opening an item, a paragraph or the line after a heading (a line shorter than
            # the page's, its words not wrapped) where the OCR read another letter, not one that lost
            # its marks ("oversynen" is a small ö); but a protocol's decision clauses open with "att" in
            # small letters ("Beslut" / "att ...")
            heading = item or opens and (position.paragraph_start(text, tok.raw_start) or under_heading
                                         and not margins.wrapped_above(text, tok.start, profile.margin_width))
            suggestions = tuple((w[:1].upper() + w[1:] if w[:1].lower() != word[:1] and (len(w) > len(word) or len(w) == len(word) and (
                capital or heading and w != _CLAUSE and context.plain(w[:1]) != word[:1])) else w, p)
                for w, p in suggestions)
        if at_margin == margins.LEFT and suggestions and word[:1].islower():
            # "arin Berg": a line's first word that lost its first letters at the left margin takes a
            # capital, as a line of minutes mostly opens, unless the line above runs on into it
            runs_on = margins.runs_on(text, tok)
            suggestions = tuple((w[:1].upper() + w[1:] if len(w) > len(word) and w[:1].islower() and (
                not runs_on or self._listed_first_name(w)) else w, p) for w, p in suggestions)
        if word[:1] in "l|" and suggestions and (start_of_sentence or position.heading_line(text, tok.start)
                                                 or self._continues_name(text, tok, suggestions[0][0])):
            # a word-initial l restored as i where a capital is due ("lngen övrig fråga"): the OCR
            # reads a capital I as l far more often than it loses the dot of a small i
            suggestions = tuple((w[:1].upper() + w[1:] if w[:1] == "i" else w, p) for w, p in suggestions)
        if suggestions:
            # "ar" and "nar" lose their diacritic to two words each: the word before decides
            reading = context.reading(suggestions[0][0].lower(), *self._neighbours(text, tok))
            if reading is not None:
                chosen = apply_case(word, reading)
                if chosen == word and verdict_obj.kind is FlagKind.REAL_WORD:
                    return None  # "tre år": the word as written is the reading its neighbours call for
                suggestions = ((chosen, suggestions[0][1]), *((w, p) for w, p in suggestions if w != chosen))
        if suggestions and not word[:1].islower() and position.before_surname(text, tok) and not self._in_names(suggestions[0][0]):
            # "0sten Lind": before a surname the token is a first name, so a name among the
            # readings goes first ("Östen", not the cheese)
            named = next(((w, p) for w, p in suggestions if self._is_name(w)), None)
            if named is not None:
                suggestions = (named, *(s for s in suggestions if s != named))
        if suggestions and casing.DOTTED_CAPITAL.search(word):
            # "miljOpaverkan": a capital O or A inside a word the lexicon knows in small letters
            # is a dotted letter read as a capital, not a name written in parts
            suggestions = tuple((casing.small_dotted(word, w) if self.known(w.lower()) is not None else w, p)
                                for w, p in suggestions)
        if (word[:1].isdigit() or word[:1] in (REPLACEMENT, "$")) and suggestions:
            # a digit or a replacement character keeps no case: "6vriga" opening a line or a heading
            # ("§ 26 6vriga frågor") is "Övriga", "0hrn" is the name "Öhrn", "Ulrika \ufffddmark" Ödmark
            line = position.line_before(text, tok.start)
            heading = bool(_HEADING_NUMBER.fullmatch(line))
            # 5 and 8 have the height of S and B (but after a word in small letters a sentence goes
            # on in small letters: "efter 5ommaren"); a 0 or 6 beside a capitalised word is part of a name
            # ("Östra" is written in names, "öppna" is not)
            capital = start_of_sentence or heading or word[:1] in "58$" and not position.after_small_word(text, tok) or (
                word[:1] == REPLACEMENT and position.after_capital(text, tok.raw_start))
            # a 0 or 6 beside a capitalised word is a name's capital ("0stra Göinge", "Anna 0stberg")
            name_next = word[:1] in "06" and (position.before_name(text, tok) or position.after_capital(text, tok.raw_start))
            suggestions = tuple(
                (w[:1].upper() + w[1:] if capital or self._is_name(w) or (name_next and self._in_names(w)) else w, p)
                for w, p in suggestions
            )
        elif suggestions and word[:1].isalpha():
            suggestions = self._first_letter_case(text, tok, profile, suggestions)
        return Flag(tok.start, tok.end, word, verdict_obj.kind, verdict_obj.confidence, suggestions)

    def _first_letter_case(self, text: str, tok: Token, profile: Profile, suggestions: tuple[tuple[str, float], ...]
                           ) -> tuple[tuple[str, float], ...]:
        """A name has its capital wherever it stands, whatever case the OCR gave it ("fasmus": Rasmus,
        "sundsvsll": Sundsvall). And the case of a reading whose first letter the OCR read as another
        letter (not one that lost its dots: "Ovriga" keeps its capital) is not the OCR's: inside a
        sentence, after a word in small letters or a comma, a common word has its small letter
        ("beslut Tattas": a small f read as T), as it has after a word in small letters where the page
        writes that capital inside small words too (Profile.inner_capitals); "län" and "kommun" after
        their place's name are small words."""
        word = tok.text
        before = position.line_before(text, tok.raw_start).split()
        inside = bool(before) and (before[-1].endswith(",") or before[-1].isalpha() and before[-1].islower())
        out = []
        place_before = bool(before) and before[-1][:1].isupper() and before[-1].isalpha() and not before[-1].isupper()
        for w, p in suggestions:
            if w[:1].isalpha() and not w[1:2].isupper():
                if place_before and w.lower() in _AFTER_PLACE and word[1:].islower():
                    w = w.lower()  # "Kalmar Lan": län and kommun after the place's name are small words
                elif self._is_name(w):
                    w = w[:1].upper() + w[1:]
                elif word[:1].isupper() and inside and self._common_lower(w, listed=True) and (
                        context.plain(w[:1].lower()) != context.plain(word[:1].lower())
                        or profile.inner_capitals[word[:1]] >= INNER_CAPITAL_MIN and before[-1].isalpha()):
                    w = w[:1].lower() + w[1:]
            out.append((w, p))
        return tuple(out)

    def _neighbours(self, text: str, tok: Token) -> tuple[str, str]:
        return context.previous_word(text, tok.raw_start), context.next_word(text, tok.end)

    def _context_restoration(self, text: str, tok: Token, profile: Profile) -> Flag | None:
        """A real word its neighbours call the other reading of ("ekonomiskt stod": the noun
        "stöd", in a text that loses the diacritic concerned; "bar beslutat": har, its h read as b)."""
        core = tok.text.lower()
        if not core.isalpha() or not tok.text[:1].islower():
            return None
        restored = context.reading(core, *self._neighbours(text, tok))
        if restored is None or len(restored) != len(core) or skeleton(restored) != skeleton(core):
            return None
        if context.plain(restored) == core:  # diacritics put back (never taken away: "när" stays)
            if not _lossy(profile) or any(a != b and profile.letter_loss(a) < REAL_WORD_MIN_RATE
                                          for a, b in zip(restored, core)):
                return None
        elif any(a in "åäö" and a != b for a, b in zip(restored, core)) or context.plain(core) != core:
            return None
        return Flag(tok.start, tok.end, tok.text, FlagKind.REAL_WORD, 0.5, ((apply_case(tok.text, restored), 0.6),))

    def _one_letter_place(self, text: str, tok: Token, profile: Profile) -> Flag | None:
        """"i Götoborg", "Kolmar kommun": the municipalities and counties are a closed list, so an
        unlisted capitalised word one letter from one of them is that place, unless the words beside
        it make it a person's name ("Anna Kalmer": a capitalised word before or after it)."""
        word = tok.text
        core = word.lower()
        if len(core) < PLACE_SEARCH_LENGTH or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() \
                or self.known(word) is not None \
                or spellings.name_neighbours(text, tok) and not context.expects_place(*self._neighbours(text, tok)):
            return None  # ("Region Västeroorrlands" is a place's slot, whatever the capitals beside it)
        found = self.finder.one_letter_from(core, context.places_of_length(len(core)), profile)
        if not found:
            return None
        best = max(found, key=lambda c: c.score)
        prior = priors.unlisted_name(core, _identity_score(core, profile)) - self.letters.oddity(core)
        if best.score - prior < PLACE_MARGIN:
            return None
        p = round(posterior(best.score, prior), 4)
        return Flag(tok.start, tok.end, word, FlagKind.NON_WORD, p, ((best.word.capitalize(), p),))

    def _user_decided(self, word: str) -> bool:
        """Has the user's dictionary a say on ``word`` (accepted, marked wrong, or a correction)?"""
        user = self.user_dictionary
        return user is not None and (user.verdict(word) is not None or user.correction(word) is not None)

    def _compound_head(self, tok: Token, profile: Profile) -> Flag | None:
        """"hälso- och sjukvård": a compound's first part standing for itself, right when the
        lexicon lets it begin a compound, else restored among the forms that may."""
        folded = self._folded(tok.text)
        if folded != tok.text:
            # "Miljo¨- och": a text layer's accent or ligature, whatever part the letters make
            return Flag(tok.start, tok.end, tok.text, FlagKind.OCR_PATTERN, 0.9, ((folded, 0.9),))
        core = tok.text.lower()
        entry = self.lexicon.get(core)
        if entry is not None and entry[1] & (lf.BEGIN | lf.WORD) or not any(ch.isalpha() for ch in core):
            return None
        cands = [c for c in self.finder.find(core, profile, compounds=False, fallback=False, usable=lf.BEGIN | lf.WORD)
                 if c.word != core]
        if not cands:
            return None
        return Flag(tok.start, tok.end, tok.text, FlagKind.NON_WORD, 0.8, _suggest(tok.text, cands[:3], cands[0].score - 2))

    def _first_name(self, text: str, tok: Token, profile: Profile) -> Flag | None:
        """"Par Svensson", "Hakan Lind": in a text that loses diacritics, a capitalised common
        word before a surname is the first name its restoration is ("Pär", "Håkan")."""
        word = tok.text
        if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() \
                or self._is_name(word) or self.known(word) is None or not _lossy(profile) \
                or not position.before_surname(text, tok, sentence_end=False):  # "Stora Tuna." is a place
            return None
        if self._listed_first_name(word):
            return None  # "Lena Åkesson": a first name as written, whatever the page does to its e
        for cand in self.finder.find(word.lower(), profile, compounds=False, fallback=False, limit=4):
            if cand.word != word.lower() and self._is_name(cand.word) and self._listed_first_name(cand.word) and all(
                    a == b or profile.letter_loss(a) >= REAL_WORD_MIN_RATE for a, b in cand.ops):
                return Flag(tok.start, tok.end, word, FlagKind.REAL_WORD, 0.6, ((apply_case(word, cand.word), 0.6),))
        return None

    def _undotted_abbreviation(self, text: str, tok: Token) -> Flag | None:
        """"bla", "tex": an abbreviation of minutes whose dots the OCR took for specks and dropped, where
        writers of minutes never write its letters as a word (none in the corpus of minutes, no
        abbreviation of our lists: "dvs" stays) and no "bla bla" follows."""
        word = tok.text
        if not 2 <= len(word) <= UNDOTTED_MAX or not word.isalpha() or not word[1:].islower():
            return None
        lw = word.lower()
        if lw not in self._undotted:
            if len(self._undotted) > 100_000:
                self._undotted.clear()
            written = self._dotted_abbreviation(lw) or self.neighbours.pairs.singles.get(lw, 0) > 0
            self._undotted[lw] = None if written else marks.undotted_abbreviation(lw, self._dotted_abbreviation)
        dotted = self._undotted[lw]
        if dotted is None or lw in (context.next_word(text, tok.end), context.previous_word(text, tok.raw_start)):
            return None
        if text[tok.end : tok.end + 1] == ".":
            dotted = dotted.rstrip(".")  # ("bla." : the dot is there)
        return Flag(tok.start, tok.end, word, FlagKind.OCR_PATTERN, 0.8, ((apply_case(word, dotted), 0.9),))

    def _small_abbreviation_in_capitals(self, text: str, tok: Token) -> Flag | None:
        """"KL. 13.15" in a line of small letters: an abbreviation our lists know in small letters only,
        before a number, read in capitals (a k and an l of a worn print have the capitals' height)."""
        word = tok.text
        if not 2 <= len(word) <= 3 or not word.isalpha() or not word.isupper() or not _NUMBER_AFTER.match(text, tok.end) \
                or position.caps_line(text, tok):
            return None
        entry = self.lexicon.get(word.lower())
        if entry is None or not entry[1] & lf.ABBREV or not entry[1] & lf.LOWER or entry[1] & (lf.UPPER | lf.PROPER):
            return None
        return Flag(tok.start, tok.end, word, FlagKind.OCR_PATTERN, 0.8, ((word.lower(), 0.9),))

    def _dotted_abbreviation(self, form: str) -> bool:
        """Is ``form`` an abbreviation of our lists, as written ("bl.a.", "dvs")?"""
        entry = self.lexicon.get(form)
        return entry is not None and bool(entry[1] & lf.ABBREV)

    def _label_word(self, text: str, tok: Token) -> Flag | None:
        """"Förbinder:" opening a line: a label of the minutes (a word of the genre list) read as
        another word by one confusion (h as b). A label is one of the genre's few words, so there a
        genre word beats a commoner one the OCR made of it."""
        word = tok.text
        if len(word) < 4 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() \
                or not (position.label(text, tok) or text[tok.end : tok.end + 1] in ("\n", "") and position.heading_line(text, tok.start)):
            return None
        core = word.lower()
        entry = self.lexicon.get(core)
        if entry is None or entry[1] & lf.DOMAIN or self._user_decided(core):
            return None
        for i, ch in enumerate(core):
            for letter in confusable(ch):
                reading = core[:i] + letter + core[i + 1 :]
                found = self.lexicon.get(reading)
                if found is not None and found[1] & lf.DOMAIN and found[1] & lf.LOWER and not found[1] & (lf.PROPER | lf.ABBREV):
                    return Flag(tok.start, tok.end, word, FlagKind.REAL_WORD, 0.6, ((reading.capitalize(), 0.7),))
        return None

    def _case_number_label(self, text: str, tok: Token) -> Flag | None:
        """"dar 2024:1187", "Dar KS 2024/45": before a case number only its label stands (dnr, nr), so a
        short word one letter from one of our abbreviations is that abbreviation there, whatever word
        it also is ("där" never stands before a case number)."""
        word = tok.text
        if not 2 <= len(word) <= 4 or not word.isalpha() or not word[1:].islower() or self._user_decided(word.lower()):
            return None  # (a body's acronym before its case number stays: "MBN 2024/123")
        if not _CASE_NUMBER_AFTER.match(text, tok.end):
            return None  # (the code right after it, or after a body's acronym: "Dnr KS 2024/45")
        entry = self.lexicon.get(word.lower())
        if entry is not None and (entry[1] & lf.ABBREV or entry[0] >= CASE_LABEL_MAX_ZIPF):
            return None  # ("där 2024/25": a common word as written is meant)
        readings = self.neighbours.abbreviation_readings(word.lower())
        if len(readings) != 1:
            return None
        reading = readings[0] if word.islower() else readings[0].capitalize()
        return Flag(tok.start, tok.end, word, FlagKind.OCR_PATTERN, 0.7, ((reading, 0.8),))

    def _name_in_small_letters(self, text: str, tok: Token, profile: Profile) -> Flag | None:
        """"jonas Öhman", "med jönköping University": a listed name, and nothing but a name, in small
        letters before a capitalised word lost its capital to the OCR (J and I read as j and i). A
        place or surname of our own lists ("växjö", "jönsson") is one wherever it stands: no gold
        writes one in small letters, as writers do a product's name ("powerpoint"), unless it is a
        damaged word ("halls": hålls)."""
        word = tok.text
        if len(word) < 3 or not word.isalpha() or not word.islower():
            return None
        entry = self.lexicon.get(word)
        if entry is None or not entry[1] & lf.PROPER or entry[1] & lf.LOWER or self._user_decided(word) \
                or self.neighbours.readings(word):
            return None  # ("lill Stockholm" is "till" damaged: a common word one confusion away)
        if not position.before_name(text, tok):
            if not entry[1] & lf.DOMAIN or entry[1] & lf.FIRST_NAME:
                return None  # a first name is often a word's damage too ("bill", "may", "mia")
            own = self._verdict(word, profile)
            if own is not None and own.suggestions and own.suggestions[0][0].lower() != word:
                return None
        return Flag(tok.start, tok.end, word, FlagKind.OCR_PATTERN, 0.8, ((word.capitalize(), 0.9),))

    def _damaged_first_name(self, text: str, tok: Token, profile: Profile) -> Flag | None:
        """"Holena Lind", "Birgor Sjöberg": a word no list holds, before a surname, one confusion
        or edit from a common first name, is that name (the participant list went through the
        same OCR, so the document's own list is no evidence for it)."""
        word = tok.text
        if len(word) < 4 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() or marks.fold(word) != word \
                or self.lexicon.get(word.lower()) is not None or self.known(word) is not None \
                or not position.before_surname(text, tok, sentence_end=False) or self._budget <= 0:
            return None
        if self._after_first_name(text, tok):
            return None  # "Camilla Broo Huddinge": after a first name the word is the surname
        self._budget -= 1
        found = [c for c in self.finder.find(word.lower(), profile, compounds=False, fallback=True, limit=6)
                 if c.word != word.lower() and (len(c.word) == len(word) or len(word) >= FIRST_NAME_EDIT_LENGTH)
                 and (entry := self.lexicon.get(c.word)) is not None and entry[1] & lf.FIRST_NAME
                 and entry[0] >= FIRST_NAME_MIN_ZIPF]
        # a genitive never stands before a surname: "Cecilis" is Cecilia, not the likely "Cecilias" too
        scores = {c.word: c.score for c in found}
        found = [c for c in found if not (c.word.endswith("s") and scores.get(c.word[:-1], -99.0) >= c.score)]
        if not found or len(found) > 1 and found[0].score - found[1].score < FIRST_NAME_MARGIN:
            return None
        return Flag(tok.start, tok.end, word, FlagKind.NON_WORD, 0.6, ((found[0].word.capitalize(), 0.6),))

    def _after_first_name(self, text: str, tok: Token) -> bool:
        """Does the token follow a listed first name, so that it is most likely a surname?"""
        words_before = text[max(0, tok.raw_start - 40) : tok.raw_start].split()
        before = self.lexicon.get(words_before[-1].lower()) if words_before and words_before[-1].isalpha() else None
        return before is not None and bool(before[1] & lf.FIRST_NAME)

    def _place_slot(self, text: str, tok: Token, profile: Profile) -> Flag | None:
        """"Are kommun", "Region Varmland": a capitalised word where a place name is due, that is
        no place as written but one by the OCR's confusions, is that place (even if a name)."""
        word = tok.text
        if not word[:1].isupper() or not word.isalpha() or context.is_place(word) \
                or not context.expects_place(*self._neighbours(text, tok)):
            return None
        cands = [c for c in self.finder.find(word.lower(), profile, compounds=False, fallback=False, limit=8)
                 if context.is_place(c.word)]
        if not cands:
            return None
        return Flag(tok.start, tok.end, word, FlagKind.REAL_WORD if self.known(word) else FlagKind.NON_WORD, 0.7,
                    _suggest(word, cands[:3], cands[0].score - 2))

    def _continues_name(self, text: str, tok: Token, reading: str) -> bool:
        """Does an l-initial token read as a rare i-word follow a name ("Dalarnas ldrottsförbund")?
        Then the l stands for the capital I of a name's next word, the OCR's commonest l."""
        entry = self.lexicon.get(reading.lower())
        if entry is not None and entry[0] >= 4.0:
            return False  # "idag", "inom": common words, which a name rarely continues with
        if position.after_name(text, tok):
            return True
        before = text[max(0, tok.raw_start - 40) : tok.raw_start].split()
        if not before or not before[-1][:1].isupper():
            return False
        entry = self.lexicon.get(before[-1].lower())  # a place or name, at a sentence's start too
        return entry is not None and bool(entry[1] & lf.PROPER)

    def _after_abbreviation(self, text: str, tok: Token) -> bool:
        """Does the token follow an abbreviation's dot on its line ("bl.a. återhållsamhet"), which ends no sentence?"""
        before = position.line_before(text, tok.start).split()
        return bool(before) and before[-1][:1].islower() and before[-1].endswith(".") and self.lexicon.abbreviation(before[-1][:-1])

    def _small_read_as_capital(self, text: str, tok: Token, profile: Profile, start_of_sentence: bool) -> bool:
        """May the token's capital be a small å, ä or ö the OCR read as a capital? Inside a sentence,
        not continuing a name, in a document that does so elsewhere ("att Aterkomma") or never keeps
        the letters at all (an engine without them reads a dotted or ringed small letter as tall:
        "Oppnande", "Sterhallsamhet")."""
        word = tok.text
        line = position.line_before(text, tok.start)
        before = line.split()
        if start_of_sentence and self._after_abbreviation(text, tok):
            start_of_sentence = False  # "bl.a. Aterhallsamhet": an abbreviation's dot ends no sentence
        # a capitalised word opening the line after its number is a heading's first word, no name
        # the token continues ("§ 44 Motets Oppnande")
        heading_word = len(before) >= 1 and _HEADING_NUMBER.fullmatch(line[: line.rfind(before[-1])]) is not None
        rest = word[1:]
        if not word[:1].isupper() or rest != rest.lower() or not rest[:2].strip("0123456789") or start_of_sentence \
                or _HEADING_NUMBER.fullmatch(line) \
                or position.heading_line(text, tok.start) or (position.after_name(text, tok) and not heading_word):
            return False
        if word in profile.agenda_openers:
            return False  # "samt Ovriga interna frågor": the agenda item "10. Ovriga fragor" referred to
        if word[:1] in "AO" and profile.small_as_capital >= SMALL_AS_CAPITAL_MIN and position.after_small_word(text, tok):
            return True
        return all(profile.letter_loss(ch) >= NEVER_KEPT for ch in "åäö")

    def _folded(self, word: str) -> str:
        """marks.fold's reading of ``word``; of a spacing accent that could sit on either neighbour, the
        commoner word it makes ("ide´er": idéer, not the web's "ideér")."""
        readings = marks.fold_readings(word)
        known = [(status[0], r) for r in readings for status in (self.known(r),) if status is not None]
        return max(known)[1] if known else readings[0]

    def _listed_word(self, word: str, min_zipf: float = 0.0) -> bool:
        entry = self.lexicon.get(word)
        return entry is not None and bool(entry[1] & lf.WORD) and entry[0] >= min_zipf

    def _common_lower(self, word: str, listed: bool = False) -> bool:
        """A common word in small letters, or (unless ``listed``) a compound ("åtgärdsplan"): no name."""
        entry = self.lexicon.get(word.lower())
        if entry is None:
            if listed:
                return False
            status = self.known(word.lower())
            return status is not None and status[1] >= 2
        # (a rare form only hunspell-sv vouches for, unless it is as long as a compound: web junk
        # is short, and "folkhälsomyndighetens" is listed by wordfreq alone)
        return bool(entry[1] & lf.LOWER) and not entry[1] & lf.PROPER \
            and (entry[0] >= 3.0 or bool(entry[1] & lf.HUNSPELL) or len(word) >= CAPITAL_SEARCH_LENGTH)

    def _in_names(self, word: str) -> bool:
        """Is ``word`` written with a capital in some source (a part of place or body names)?"""
        entry = self.lexicon.get(word.lower())
        return entry is not None and bool(entry[1] & lf.PROPER)

    def _listed_first_name(self, word: str) -> bool:
        entry = self.lexicon.get(word.lower())
        return entry is not None and bool(entry[1] & lf.FIRST_NAME)

    def _is_name(self, word: str) -> bool:
        entry = self.lexicon.get(word.lower())
        return entry is not None and bool(entry[1] & lf.PROPER) and not entry[1] & lf.LOWER

    def _verdict(self, word: str, profile: Profile, sentence_start: bool = False, known_name: bool = False,
                 caps_line: bool = False, at_margin: str = "") -> _Verdict | None:
        # the position counts only for a capitalised or number-like word (the name prior): a
        # lower-case word re-checked at a line's start keeps its verdict from the whole document
        position = sentence_start and (not word[:1].islower() or is_number_like(word))
        caps_line = caps_line and word.isupper()
        key = (word, profile.serial, profile.words_seen, position, known_name, caps_line, at_margin)
        if key in self._verdicts:
            return self._verdicts[key]
        verdict = self._judge(word, profile, sentence_start, known_name, caps_line, at_margin)
        if len(self._verdicts) > 100_000:
            self._verdicts.clear()
        self._verdicts[key] = verdict
        return verdict

    def _judge(self, word: str, profile: Profile, sentence_start: bool = False, known_name: bool = False,
               caps_line: bool = False, at_margin: str = "") -> _Verdict | None:
        """The verdict on one word. ``caps_line``: the word stands in a line of capitals (a heading
        such as "NASTA MOTE"), where a short word is a word like any other, not an acronym.
        ``at_margin``: it ends a line at the right margin or opens one at the left (margins.side) of a page
        whose cut words Profile.cut_rates counts."""
        mapped = ligatures.apply(word, profile.ligatures)
        if mapped != word:
            # "informaƟon": a character this document's text layer writes for a ligature
            if self.known(mapped) is not None:
                return _Verdict(FlagKind.OCR_PATTERN, 0.9, ((mapped, 0.9),))
            if not any(ch in ligatures.SYMBOLS for ch in word):
                # (a symbol is a ligature only where that makes a word as it stands: "f&tt" is fått)
                own = self._judge(mapped, profile, sentence_start, known_name, caps_line)
                return _Verdict(FlagKind.OCR_PATTERN, 0.9, own.suggestions if own is not None and own.suggestions
                                else ((mapped, 0.5),))
        folded = self._folded(word)
        if folded != word and len(folded.rstrip(".")) >= 2:
            # a PDF text layer's ligature ("ﬁnns"), decomposed letter, spacing accent or soft hyphen:
            # judged as its letters, and always worth a flag, since the characters are not what the
            # text means
            if self.known(folded) is not None:
                return _Verdict(FlagKind.OCR_PATTERN, 0.9, ((folded, 0.9),))  # the letters make a word
            own = self._judge(folded, profile, sentence_start, known_name)
            if own is not None and own.suggestions and not marks.spacing_marks(word):
                return _Verdict(FlagKind.OCR_PATTERN, own.confidence, own.suggestions)
            # a text layer's accent is no OCR guess: the name it makes ("Wa¨sterlund") comes first
            rest = tuple(s for s in own.suggestions if s[0] != folded) if own is not None else ()
            return _Verdict(FlagKind.OCR_PATTERN, 0.9, ((folded, 0.9), *rest))
        word = folded
        if any(unicodedata.decomposition(ch).startswith(("<super>", "<sub>")) for ch in word):
            return None  # a unit or formula ("m²", "CO₂"): no OCR makes a superscript
        core = word.lower().rstrip(".")
        if len(core) < 2:
            return None
        if len(core) > MAX_WORD:
            return _Verdict(FlagKind.NON_WORD, 0.95, ())  # no Swedish word is this long: not worth a search
        fixed = marks.misread_capitals(word)
        if fixed is not None and ("H" in word[1:] or "L" in word[1:]) and self.known(fixed) is None:
            # a capital H inside a word is ll, an L l, only where that makes a word, or restores to one
            own = self._judge(fixed, profile, sentence_start, known_name)
            if own is None or not own.suggestions or self.known(own.suggestions[0][0]) is None:
                fixed = None
        if fixed is not None:
            # "kIar", "GIomdal", "lUC": the case pattern alone shows I and l were swapped
            own = self._judge(fixed, profile, sentence_start, known_name)
            suggestions = own.suggestions if own is not None and own.suggestions else ((fixed, 0.9),)
            if re.search(r"[a-zåäö]I[a-zåäö]", word):
                # or the I is a streak of the scan read into the word ("kaIn"): the far commoner word
                dropped = word[0] + word[1:].replace("I", "")
                status, rival = self.known(dropped), self.known(suggestions[0][0])
                if status is not None and status[1] == 1 and (rival is None or status[0] > rival[0] + STREAK_MARGIN):
                    suggestions = ((dropped, 0.9), *(s for s in suggestions if s[0] != dropped))
            return _Verdict(FlagKind.OCR_PATTERN, 0.95, suggestions)
        status = self.known(word)
        if status is not None and word.islower() and self._web_only(core):
            status = None  # "ov", "po": only the web's list knows them; minutes do not
        if status is None and word[:1] == "I" and word[1:2].islower() and self.known("l" + word[1:]) is not None:
            # "Iägesbild": an unknown word that is a word with l for its capital I (no Swedish word
            # or common name starts with l and a consonant or ä, so the l reading is the OCR's slip)
            fixed = "L" + word[1:]
            own = self._judge(fixed, profile, sentence_start)  # "Iagga": the l reading may be damaged too
            return _Verdict(FlagKind.OCR_PATTERN, 0.9, own.suggestions if own is not None and own.suggestions else ((fixed, 0.9),))
        marked = bool(_OCR_MARK.search(word[1:] if word[:1] in "Il" else word))
        if status is None and profile.ligature_drops and word.isalpha():
            # "nns", "ck": a text layer that drops a ligature throughout lost it here
            readings = [(status_[0] - penalty, w) for w, penalty in ligatures.restorations(core, profile.ligature_drops)
                        for status_ in (self.known(w),) if status_ is not None]
            readings += [(entry[0] - penalty, w) for w, penalty in ligatures.letter_restorations(core, profile.ligature_drops)
                         for entry in (self.lexicon.get(w),) if entry is not None and entry[1] & lf.WORD]
            if readings:
                restored = max(readings)[1]
                if word[:1].islower() and restored[:1] != core[:1] and self._is_name(restored):
                    restored = restored.capitalize()  # "lvsborg": the name's capital was the letter dropped
                return _Verdict(FlagKind.OCR_PATTERN, 0.9, ((apply_case(word, restored), 0.9),))
        if status is None:
            # "b1.a.", "fr.o.rn.": an abbreviation with digits or rn read for its letters
            for reading in marks.dotted_readings(word):
                if self.known(reading) is not None:
                    return _Verdict(FlagKind.OCR_PATTERN, 0.9, ((reading, 0.9),))
            speckled = self._speckle(word, profile, sentence_start)
            if speckled is not None:
                return speckled
            tripled = marks.triple_letter_reading(word)
            if tripled is not None:
                own = self._judge(tripled, profile, sentence_start, known_name)
                return _Verdict(FlagKind.OCR_PATTERN, 0.9, own.suggestions if own is not None and own.suggestions else ((tripled, 0.9),))
        joined = marks.line_break_join(word)
        if joined is not None and (status is None or word.split("-")[0].endswith("s") or self._one_word(joined)
                                   or profile.line_break_hyphens >= LINE_BREAK_EVIDENCE):
            # "fritidsför-valtningen": a hyphen kept from a line break inside one token; the word
            # is the joined one when that is a word (or restores to one) and the hyphenated form
            # is not a pair of words ("svart-vit" stays; a first part ending in the joint s, as in
            # "utbildnings-", is a compound's and never hyphenated by a writer)
            if self.known(joined) is not None:
                return _Verdict(FlagKind.NON_WORD, 0.8, ((joined, 0.9),))
            first = word.split("-")[0]
            if status is None and self.known(first) is not None and not first.endswith("s"):
                # "nej-réster": a word, a hyphen and a damaged word the joined form restores no
                # better than its parts do: the writer's hyphen stays ("nej-röster")
                parted = self._hyphenated(word, profile)
                if parted is not None and parted.suggestions \
                        and all(self.known(p) is not None for p in parted.suggestions[0][0].split("-")):
                    return parted
            own = self._judge(joined, profile, sentence_start)
            if own is not None and own.suggestions and self.known(own.suggestions[0][0]) is not None \
                    and (status is None or own.suggestions[0][1] >= 0.5):
                return _Verdict(own.kind, round(0.9 * own.confidence, 4), own.suggestions)
        if status is not None:
            zipf, parts = status
            if "-" in core.strip("-") and _lossy(profile):
                return self._hyphenated(word, profile)  # "Karl-Goran": each part may have lost its dots
            if parts == 1:
                return self._real_word(word, core, zipf, profile, known_name)
            return self._doubtful_compound(word, core, zipf, parts, profile)
        if not any(ch.isalpha() for ch in core) or "." in core or "-" in core:
            return self._hyphenated(word, profile) if "-" in core else None
        known_name = known_name and not marked  # "Tyres6" in a participant list is still damage
        # plain edit distance only for lower-case words: a capitalised word it cannot explain
        # by the OCR's confusions is an unlisted name far more often than a typo (measured: the
        # search for long capitalised words too cost 2-3 points of precision on simulated damage)
        # a digit among letters is damage for certain ("8ESLOTANDE", "Forenin9en")
        digits = bool(_DIGIT_AMID_LETTERS.search(word))
        fallback = (word[:1].islower() or (digits and word.isupper())) and self._budget > 0
        self._budget -= fallback
        find = dict(capitalised=not word[:1].islower(), acronym=word.isupper() and len(core) <= 6 and not caps_line,
                    digit_word=bool(_DIGIT_THEN_SMALL.fullmatch(word)))
        found = self.finder.find(core, profile, fallback=fallback, **find)
        wide = found if fallback else None

        def wide_search() -> list[Candidate]:
            """The edit search (once per word, however many of the rules below ask for it)."""
            nonlocal wide
            if wide is None:
                self._budget -= 1
                wide = self.finder.find(core, profile, fallback=True, **find)
            return wide

        cands = _with_document_forms(core, found, profile, lambda w: self.known(w) is not None)
        if at_margin:
            # "Smedjebacke" ending a line at the margin, "slutande" opening one: the words it begins or
            # ends, at the page's odds of a cut word there
            # (a reading found otherwise as well keeps the better of its two scores)
            kept = _identity_score(core, profile)
            rate = profile.cut_rates[at_margin]
            cut = {w: Candidate(w, z - 9 + kept + margins.cut_cost(lost, rate), tuple(zip(core, core)))
                   for w, z, lost in margins.completions(self.lexicon, core, at_margin, names=not word[:1].islower())}
            cands = _merged([c for c in cands if c.word not in cut or c.score > cut[c.word].score], list(cut.values()))
        if digits and not fallback and self._budget > 0:
            # "Irgr1d", "Ha1lards": a name with a digit has more damage than the digit as often as
            # not; the edit search, for readings of its length that mend a letter besides the
            # digit (the digit readings know the digit: "Hack4s" is Hackås, not hackas; one letter
            # fewer or more makes another name of an unlisted one: "Gr6ndahl" is no Gröndal)
            cands = _merged(cands, [c for c in wide_search()
                                    if len(c.word) == len(core) and any(a != b and not b.isdigit() for a, b in c.ops)])
        if word[:1].isupper() and word[1:].islower() and core.isalpha() and profile.damage_boost >= CAPITAL_EDIT_BOOST \
                and self._budget > 0:
            # a badly damaged page: a capitalised word it does not list is a listed one damaged
            # more often than a name no list holds; the edit search, for readings of its length
            cands = _merged(cands, [c for c in wide_search() if len(c.word) == len(core)])
        if (word.isupper() or word[1:].islower()) and word[:1].isupper() and core.isalpha() and len(core) >= 3:
            # (a capitalised word's first letter too: "Onr" is Dnr, "Cenom" Genom)
            cands = _merged(cands, capitals.shape_readings(word, core, {c.word for c in cands}, self.lexicon))
        if word[:1].isupper() and len(core) > MAX_ACRONYM and (word[1:].islower() or caps_line) \
                and (digits or not marked and (sentence_start or caps_line or len(core) >= CAPITAL_SEARCH_LENGTH)) \
                and self._budget > 0:
            # ... except where a capital says little about a name: opening a sentence or a line, in
            # a heading of capitals, or a word longer than names are; and then only a common word
            # may come of the search, never another name
            bar = max((c.score for c in cands if c.word != core), default=-99.0) + CAPITAL_SEARCH_MARGIN
            cands = _merged(cands, [c for c in wide_search()
                                    if c.score > bar and self._common_lower(c.word)
                                    and (len(c.word) == len(core) or len(core) >= CAPITAL_EDIT_LENGTH)])
        cands = [c for c in cands if c.word != core]
        identity = _identity_score(core, profile)
        # "Wcsterlund": letter sequences no name has; short words and mixed capitals are
        # abbreviations ("Kdir", "SKLs"), which keep no name's letters
        oddity = self.letters.oddity(core) if len(core) >= 5 and sum(ch.isupper() for ch in word) <= 1 else 0.0
        if oddity >= NAME_SHAPE_ODDITY and not marked and word[1:].islower() and core.isalpha() and self._budget > 0:
            # a name with letters no name has ("Zcynop", "Ablqvisi"): the edit search may find the
            # name it was, as long as that one looks like a name
            cands = _merged(cands, [c for c in wide_search() if self.letters.oddity(c.word) < NAME_SHAPE_ODDITY])
        if known_name:
            # a listed name is trusted as written, except for letters this document never keeps:
            # where no ö survives, "Gronqvist" beside a listed "Grönqvist" is no evidence of a name
            never_kept = bool(cands) and all(profile.letter_loss(a) >= NEVER_KEPT for a, b in cands[0].ops if a != b)
            # (the list went through the same OCR: a page of unknown words damages its names as well)
            prior = priors.listed_name(identity, oddity, never_kept, _unknown_share(profile, cands))
            if not cands or cands[0].score - prior < _margin(cands[0], profile):
                return self._shaped_name(word, core, profile)
            kind = FlagKind.OCR_PATTERN if marked else FlagKind.NON_WORD
            return _Verdict(kind, round(0.8 * posterior(cands[0].score, prior), 4), _suggest(word, cands, prior))
        # a capitalised word may be an unlisted name, a short all-caps one an acronym; a long
        # all-caps word is a heading word like any other
        capital = word[:1].isupper() and not (word.isupper() and len(core) > priors.ACRONYM_MAX)
        if is_number_like(word) or capital:
            prior = priors.capitalised(word, core, identity, oddity, acronym_slot=not caps_line, sentence_start=sentence_start,
                                       marked=marked, reads_as_common=bool(cands) and self._common_lower(cands[0].word),
                                       damage_boost=profile.damage_boost,
                                       # (damage is seldom the same twice: a word written so twice is written so)
                                       unknown_share=_unknown_share(profile, cands) if profile.word_counts[core] <= 1 else 0.0)
            if not cands or cands[0].score < prior:
                return self._digit_damage(word, profile) or self._shaped_name(word, core, profile)
            kind = FlagKind.OCR_PATTERN if marked else FlagKind.NON_WORD
            return _Verdict(kind, posterior(cands[0].score, prior), _suggest(word, cands, prior))
        if not cands and (REPLACEMENT in core or any(ch.isdigit() for ch in core)):
            return self._digit_damage(word, profile)  # None for a code such as "5YES" or "A4-format"
        prior = priors.unknown(identity)
        kind = FlagKind.OCR_PATTERN if marked else FlagKind.NON_WORD
        return _Verdict(kind, 0.95, _suggest(word, cands, prior))

    def _shaped_name(self, word: str, core: str, profile: Profile) -> _Verdict | None:
        """An unlisted name whose letters no name has, where one OCR confusion gives letters a
        name has ("Jäclerberg": cl for d, "Riugsjöholm": u for n): the reading by the letter
        model as the prior of names nobody listed, times the document's channel."""
        if not core.isalpha() or len(core) < NAME_SHAPE_MIN or self.letters.oddity(core) < NAME_SHAPE_ODDITY:
            return None
        own = self.letters.logprob(core)
        best, best_score = core, own
        for key in keys_for(core, profile):
            forms = [key.text]
            for i, ch in enumerate(key.text):
                if not key.fixed[i]:
                    forms.extend(key.text[:i] + c + key.text[i + 1 :] for c in class_members(ch)
                                 if c != ch and c.isalpha() and profile.p_sub(c, ch) >= NAME_SHAPE_MIN_CONFUSION)
            for form in forms:
                scored = channel_score(form, key, profile)
                if scored is None:
                    continue
                value = self.letters.logprob(form) + scored[0] + key.cost
                if value > best_score:
                    best, best_score = form, value
        if best == core or best_score - own < NAME_SHAPE_MARGIN or self.letters.oddity(best) > NAME_SHAPE_ODDITY:
            return None  # a reading still odd is a foreign name's ("Asgeirdottir", "Wcislo"), not damage
        return _Verdict(FlagKind.OCR_PATTERN, round(0.6 * posterior(best_score, own), 4), ((apply_case(word, best), 0.5),))

    def _speckle(self, word: str, profile: Profile, sentence_start: bool) -> _Verdict | None:
        """"avta.let", "Ryd'en": a speck inside a word the word without it explains (as written
        or restored); otherwise the token is left to the other rules."""
        joined = marks.speckle_join(word)
        after_first = joined is None
        if after_first:
            joined = marks.first_letter_speckle_join(word)
            if joined is None:
                return None
            if word[:1].isupper() or len(joined.rstrip(".")) < 3:
                # "B.yström", "å.t": a capital's or a two-letter word's speck only where the word
                # without it is known as it stands, and a short one only where common ("s.k",
                # "f.n", an initial stay)
                status = self.known(joined)
                short_ok = len(joined.rstrip(".")) >= 4 or (
                    self._common_lower(joined.rstrip(".")) and status is not None and status[0] >= SHORT_SPECKLE_ZIPF)
                return _Verdict(FlagKind.OCR_PATTERN, 0.85, ((joined, 0.9),)) if status is not None and short_ok else None
        if "|" in word and not after_first:
            # a bar is a streak of the scan or an l: the commoner word of the two readings
            as_l = word.replace("|", "l")
            status_l, status_joined = self.known(as_l), self.known(joined)
            if status_l is not None and (status_joined is None or status_l[0] >= status_joined[0]):
                return _Verdict(FlagKind.OCR_PATTERN, 0.85, ((as_l, 0.9),))
            if status_joined is None:
                return None  # left to the channel, which reads the bar as l or i among other damage
        if self.known(joined) is not None:
            return _Verdict(FlagKind.OCR_PATTERN, 0.85, ((joined, 0.9),))
        own = self._judge(joined, profile, sentence_start)
        if own is not None and own.suggestions and self.known(own.suggestions[0][0]) is not None:
            # the token keeps an abbreviation's final dot ("t.llägget."): so does its reading
            dot = "." if word.endswith(".") else ""
            return _Verdict(FlagKind.OCR_PATTERN, round(0.9 * own.confidence, 4),
                            tuple((w if w.endswith(".") else w + dot, p) for w, p in own.suggestions))
        if after_first or "'" in word or "’" in word:
            # after the first letter only where the word without it is one, or restores to one
            # ("s.k" is an abbreviation); an apostrophe may be a name's ("D'Angelo")
            return None
        return _Verdict(FlagKind.OCR_PATTERN, 0.6, ((joined, 0.5),))  # a dot or comma inside a word never is

    def _one_word(self, joined: str) -> bool:
        """Is a hyphenated pair of words ("kom-mun") joined a common word of its own ("kommun")?
        Then the hyphen is a line break's; "svart-vit" joined is rarer than its parts and stays."""
        entry = self.lexicon.get(joined.lower().rstrip("."))
        return entry is not None and bool(entry[1] & lf.WORD) and entry[0] >= COMMON_JOINED_ZIPF

    def _digit_damage(self, word: str, profile: Profile) -> _Verdict | None:
        """Flag a digit a word cannot hold (marks.digit_reading), or a replacement character, even
        in a word no list holds: for the latter the å, ä or ö whose letters look likeliest."""
        if REPLACEMENT in word:
            spots = [i for i, ch in enumerate(word) if ch == REPLACEMENT][:3]
            forms = []
            for letters_ in product("åäö", repeat=len(spots)):
                form = list(word)
                for i, ch in zip(spots, letters_):
                    form[i] = ch
                forms.append("".join(form))
            best = max(forms, key=lambda form: self.letters.logprob(form.replace(REPLACEMENT, "")))
            return _Verdict(FlagKind.OCR_PATTERN, 0.7, ((best, 0.5),))
        for reading in marks.capital_digit_readings(word):
            # "P1AT5" in a heading of capitals: the reading that is a word, or restores to one
            own = self.known(reading) is not None and ((reading, 0.7),) or None
            if own is None:
                judged = self._judge(reading, profile, caps_line=True)
                own = judged.suggestions[:1] if judged is not None and judged.suggestions \
                    and len(judged.suggestions[0][0]) == len(reading) and self.known(judged.suggestions[0][0]) is not None \
                    else None  # (a code such as "5YES" is no word with a letter dropped)
            if own:
                return _Verdict(FlagKind.OCR_PATTERN, 0.7, own)
        reading = marks.digit_reading(word, profile.counts.get(("ö", "0"), 0) >= profile.counts.get(("o", "0"), 0))
        return None if reading is None else _Verdict(FlagKind.OCR_PATTERN, 0.7, ((reading, 0.5),))

    def _real_word(self, word: str, core: str, zipf: float, profile: Profile, name: bool = False) -> _Verdict | None:
        if not _lossy(profile) or len(core) < 2 or not core.isalpha():
            return None
        cands = self.finder.find(core, profile, compounds=False, fallback=False, limit=3)
        best = next((c for c in cands if c.word != core), None)
        if best is None:
            return None
        entry = self.lexicon.get(core)
        if name and entry is not None and not entry[1] & lf.PROPER and self._is_name(best.word):
            # a participant's name that reads as a common word ("Hakan", the chin): as a name the
            # word is unlikely, and a listed name the document's own losses explain is the reading
            zipf -= CASE_MISMATCH
        swedish = entry is None or bool(entry[1] & (lf.HUNSPELL | lf.DOMAIN))
        if not swedish:
            zipf -= FOREIGN_PENALTY  # "air", "fair": web words hunspell-sv does not know
        # the document's own usage: a restoration it writes elsewhere is likelier here (the word as
        # read gets no such bonus: in a lossy text its count is mostly damaged copies)
        identity = zipf - 9 + _identity_score(core, profile)
        odds = best.score + _topical(best.word, profile) - identity
        if swedish and odds < REAL_WORD_STRONG:
            # ordinary evidence: only for confusions this document is seen to make
            for intended, observed in best.ops:
                if intended != observed and (
                    profile.letter_loss(intended) < REAL_WORD_MIN_RATE
                    or profile.counts.get((intended, observed), 0) < REAL_WORD_MIN_COUNT
                ):
                    return None
        margin = _margin(best, profile) if swedish else REAL_WORD_MARGIN
        if name and all(profile.letter_loss(a) >= NEVER_KEPT for a, b in best.ops if a != b):
            margin = NEVER_KEPT_NAME_MARGIN  # "Marta" where no ä survives: the likelier name as such
        if odds < margin:
            return None
        p = posterior(best.score, identity)
        return _Verdict(FlagKind.REAL_WORD, round(0.7 * p, 4), _suggest(word, [best], identity))

    def _doubtful_compound(self, word: str, core: str, zipf: float, parts: int, profile: Profile) -> _Verdict | None:
        """A valid-looking compound ("nitverk" = nit + verk) that a restoration explains far better."""
        prior = compound_zipf(zipf, parts) - UNLISTED_COMPOUND_PENALTY - 9 + _identity_score(core, profile)
        # (no compound reading below what the word as written is worth need be looked for)
        cands = self.finder.find(core, profile, fallback=False, limit=3, floor=prior + REAL_WORD_MIN_MARGIN)
        cands = [c for c in cands if c.word != core]
        if not cands and profile.damage_boost >= DAMAGED_COMPOUND_BOOST and self._budget > 0:
            # a badly damaged page: the edit search, for a common word of the compound's length
            # ("ordfarande": ordförande, where this page's channel lacks the confusion)
            self._budget -= 1
            cands = [c for c in self.finder.find(core, profile, compounds=False, limit=3)
                     if c.word != core and len(c.word) == len(core) and self._common_lower(c.word)]
        if not cands:
            return None
        if cands[0].score - prior < _margin(cands[0], profile):
            return None
        return _Verdict(FlagKind.NON_WORD, round(0.8 * posterior(cands[0].score, prior), 4), _suggest(word, cands, prior))

    def _hyphenated(self, word: str, profile: Profile) -> _Verdict | None:
        """"klimat-nitverk": judge each part on its own, keep the hyphens."""
        pieces = word.split("-")
        verdicts = [self._judge(piece, profile) if piece else None for piece in pieces]
        flagged = [v for v in verdicts if v is not None]
        if not flagged:
            return None
        fixed = [v.suggestions[0][0] if v is not None and v.suggestions else p for p, v in zip(pieces, verdicts)]
        suggestion = "-".join(fixed)
        confidence = min(v.confidence for v in flagged)
        kind = flagged[0].kind
        return _Verdict(kind, confidence, ((suggestion, 0.5),) if suggestion != word else ())


def _merged(cands: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """``cands`` with the readings of ``extra`` they lack, best first (as CandidateFinder.find ranks)."""
    known = {c.word for c in cands}
    return sorted(cands + [c for c in extra if c.word not in known], key=lambda c: (-c.score, c.word))


def _case_ok(written: str, bits: int) -> bool:
    """An acronym known only in capitals ("KI") is not the lower-case word "ki"."""
    if bits & lf.LOWER or not bits & lf.UPPER:
        return True
    letters = [ch for ch in written if ch.isalpha()]
    return bool(letters) and letters[0].isupper()


def _case_zipf(written: str, zipf: float, bits: int) -> float:
    """A name written in lower case ("halls", "powerpoint") is still a word, but a less likely one."""
    if bits & lf.PROPER and not bits & lf.LOWER and written[:1].islower():
        return zipf - CASE_MISMATCH
    return zipf


def _with_document_forms(core: str, cands: list[Candidate], profile: Profile,
                         known: Callable[[str], bool]) -> list[Candidate]:
    """``cands`` with the document's own forms that the channel turns into ``core`` (same skeleton
    as one of its readings, same length), each as likely as a fairly common word: the channel
    decides the direction, so "börner" restores "borner" but never the reverse."""
    if not profile.vocabulary:
        return cands
    best = {c.word: c for c in cands}
    # the one-into-two readings only for a word the lexicon cannot explain (a name): beside a
    # listed restoration, a damaged copy elsewhere in the document is no evidence
    explained = any(c.word != core for c in cands)
    for key in keys_for(core, profile, 1 if explained else READINGS_PER_NAME):  # the first is as read
        for form in profile.vocabulary.get(skeleton(key.text), ()):
            if form == core or len(form) != len(key.text) or (explained and form not in profile.word_counts):
                continue  # a reading of another damaged name (no form the document writes) only for names
            if explained and not DIACRITICS.intersection(form) and not known(form):
                continue  # "Sdderiund" beside "Sdderlund": another damaged copy of the listed name both stand for
            scored = channel_score(form, key, profile)
            if scored is None:
                continue
            score = DOCUMENT_WORD_ZIPF - 9 + scored[0] + key.cost
            if form not in best or score > best[form].score:
                best[form] = Candidate(form, score, tuple(scored[1]))
    return sorted(best.values(), key=lambda c: (-c.score, c.word))


def _topical(word: str, profile: Profile) -> float:
    """Zipf points a word gains for being written in this document (a cache language model)."""
    return TOPICAL_WEIGHT * log10(1 + profile.word_counts.get(word, 0))


def _identity_score(word: str, profile: Profile) -> float:
    return sum(log10(profile.p_sub(ch, ch)) for ch in word)


SWEDISH_MARKED = "åäöéÅÄÖÉ"


def _unmarked(word: str) -> str:
    """``word`` without any marks on its letters ("nâmnden" -> "namnden")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _unknown_share(profile: Profile, cands: list[Candidate]) -> float:
    """The page's share of unknown words, as evidence against a name as written; none where its best
    reading takes away a mark the OCR wrote (an OCR seldom writes marks that are not there: "Ödlund"
    is no Odlund)."""
    if cands and any(b in DIACRITICS and a != b for a, b in cands[0].ops):
        return 0.0
    return profile.unknown_share


def _margin(candidate: Candidate, profile: Profile) -> float:
    """The odds a restoration needs over a reading that is a word or name as written: less where
    the document (almost) never keeps the letters the restoration puts back."""
    loss = max((profile.letter_loss(a) for a, b in candidate.ops if a != b), default=0.0)
    return max(REAL_WORD_MIN_MARGIN, REAL_WORD_MARGIN * (1.0 - loss))


def _common_part(entry: tuple[float, int], floor: float) -> bool:
    """A Swedish word in lower case (hunspell-sv's, not a name or an abbreviation) at least this common."""
    zipf, bits = entry
    return zipf >= floor and bool(bits & lf.WORD and bits & lf.HUNSPELL and bits & lf.LOWER) and not bits & (lf.PROPER | lf.ABBREV)


def _lossy(profile: Profile) -> bool:
    """Does this document lose some letter often enough to doubt real words at all? (Asked for most
    tokens: remembered per state of the profile.)"""
    state = (profile.serial, profile.words_seen)
    found = _LOSSY.get(state)
    if found is None:
        if len(_LOSSY) > 1000:
            _LOSSY.clear()
        found = _LOSSY[state] = any(
            a and a != b and n >= LOSSY_MIN_COUNT and profile.letter_loss(a) >= REAL_WORD_MIN_RATE
            for (a, b), n in profile.counts.items()
        )
    return found


_LOSSY: dict[tuple[int, int], bool] = {}


def _suggest(observed: str, cands: list[Candidate], rival: float) -> tuple[tuple[str, float], ...]:
    if not cands:
        return ()
    top = max(c.score for c in cands)
    total = sum(10 ** (c.score - top) for c in cands) + 10 ** (max(-30.0, rival - top))
    out = []
    seen = set()
    for c in cands:
        text = apply_case(observed, c.word)
        if text in seen:
            continue
        seen.add(text)
        out.append((text, round(10 ** (c.score - top) / total, 4)))
    return tuple(out)


def corrected_text(text: str, flags: Iterable[Flag]) -> str:
    """``text`` with every flagged word replaced by its best suggestion; everything else kept as is."""
    out = []
    pos = 0
    for flag in sorted(flags, key=lambda f: f.start):
        if flag.start < pos or flag.best is None:
            continue
        out.append(text[pos : flag.start])
        out.append(flag.best)
        pos = flag.end
    out.append(text[pos:])
    return "".join(out)


__all__ = ["Engine", "apply_case", "corrected_text"]
