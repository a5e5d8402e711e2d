"""Candidate corrections for one OCR token, ranked by the noisy channel: P(word) x P(OCR output | word).

Candidates come from reversing the OCR's confusions, not from blind edit distance: the token is
rewritten by the one-into-two rules (``ia`` may be ``ä``), and the result is looked up by skeleton,
which stands for every letter the OCR may have confused. Compounds are restored part by part
(``Sodertornskommunernas`` -> ``Södertörns`` + ``kommunernas``) using hunspell-sv's compound
flags. Plain edit distance 1 is the fallback for damage outside the model: a search over the same
skeleton index, no separate edit-distance index (dictionaries/README.md says why not symspellpy).
A long word damaged further is compared (rapidfuzz) with the forms that begin or end as it does.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from minutes_desk.proof import lexicon_format as lf
from minutes_desk.proof.channel import (DIACRITICS, EDGE_REWRITES, FALLBACK_EDIT, PRIOR_REWRITES, Profile, log10,
                                        shape_letters, skeleton)
from minutes_desk.proof.lexicon import Lexicon

MAX_REWRITES = 3
"""One-into-two rewrites tried per token."""
MAX_VARIANTS = 48
"""Rewritten readings looked up per token (24 gave the same figures on every development set, 5 %
faster, but one right reading fewer on a sealed set)."""
COMPOUND_PENALTY = 1.5
"""Zipf points a compound loses against its weakest part: unlisted compounds are rarer than words."""
EXTRA_PART_PENALTY = 0.5
"""And this much per part beyond two."""
COMPOUND_CEILING = 2.5
"""An unlisted compound is never a frequent word, however frequent its parts ("för" + "händer")."""
MIN_PART = 2
"""Shortest compound part (hunspell-sv's COMPOUNDMIN)."""
FOREIGN_PENALTY = 1.0
"""Zipf points a frequency-list word unknown to hunspell-sv loses as a reading of a lossy text."""
CASE_MISMATCH = 1.5
"""Zipf points a name or acronym loses as the reading of a word the OCR wrote in lower case."""
ALPHABET = "abcdefghijklmnopqrstuvwxyzåäöé"
DOUBLING_EDIT = 0.003
"""A letter doubled or undoubled ("anmalls", "tilfälle"), or an å, ä, ö a text layer's font dropped
("mte"), is ten times likelier than any other edit."""
WEAK_CONFUSION = 0.001
"""A confusion this rare leaves room for an edit to explain the token better."""
RARE_CONFUSION = 0.01
"""Confusions rarer than this add up: two of them leave room for an edit as one weak one does."""
WEAK_MIN_LENGTH = 4
"""Shorter tokens have too many words one edit away ("kI" is "kl", not "vi")."""
UNDOUBLED_MIN = 3
"""A double consonant read once is looked for from three letters on: "til" is till, not tid (one doubling
against a letter read for another, in a word of the commonest)."""
REWRITE_SEARCHES = 2
"""Rewritten readings given an edit search of their own when nothing else explains a token."""
REWRITE_SEARCH_MIN = -3.0
"""Only rewrites at least this likely (log10: rn for m is, a digit for a letter is not)."""
COHERENT_LOSS = 0.3
"""P(a further diacritic of a word lost | one of them lost): losses come in runs, not alone. At 1.0
a text damaged lightly lost right words to restorations (benchmarks/engine_generalisation.py)."""
DOUBLED = frozenset("bdfgklmnprstv")
"""Consonants that Swedish doubles, and OCR may read once."""
STROKES = frozenset("li1|!j")
"""Thin upright glyphs an OCR reads into a word from a streak or speck of the scan."""
INDEL_SHARE = 0.25
"""A letter lost or one too many (not a doubling) is this much rarer than an unmodelled substitution:
an OCR reads a glyph as another glyph far more often than it drops or invents one."""
FIRST_LETTER_MIN = 10
"""Only long words get the (costly) first-letter fallback: short ones have too many readings."""
TWO_EDIT_MIN = 8
"""Only words this long get the search for two damaged letters: shorter ones have too many words two
edits away."""
TWO_EDIT_BELOW = -13.0
"""And only where nothing else reads the word better than this score."""
CAPITAL_TWO_EDIT_BOOST = 2.0
"""A capitalised word gets that search only on a page this damaged (Profile.damage_boost), where it
is a damaged word ("Firhandliogen") more often than a name no list holds."""
TWO_EDIT_REACH = 4
"""How far past a first edit the token must go on as the start of some form for the edit to be searched
on; the first edits that let it go on furthest are searched."""
TWO_EDIT_LOOK = 8
"""How far past a first edit that is looked at (no need to know whether it goes on further)."""
TWO_EDIT_TRIES = 6
"""At most this many first edits are searched on (each is an edit search of its own)."""
TWO_EDIT_BACK = 2
"""Each edit at most this many letters before the token stops being the start of any form."""
ANCHOR_BELOW = -11.0
"""The anchored search runs where nothing else reads the word better than this score."""
ANCHOR_MIN = 4
"""The anchored search looks among the forms that begin (or end) as the token does for at least this
many letters ..."""
ANCHOR_EDITS = 3
"""... for forms at most this many edits from the token ..."""
ANCHOR_FORMS = 4000
"""... unless more forms begin (or end) so: a start such as "för" is no anchor (the search takes a
millisecond per thousand forms)."""
ANCHOR_KEEP = 20
"""The nearest forms by plain edit distance that the channel scores (a common ending such as "-ningen"
has a hundred forms within three edits; the same figures on every set as with all of them)."""
ANCHOR_PART = 4
"""A token made of two listed forms of at least this many letters each is no anchored search's."""
FIRST_LETTER_KEYS = 4
"""Rewritten readings (the likeliest) tried per first letter in that fallback."""
TAIL_MIN = 4
CAPITAL_TAIL_MIN = 12
COMMON_HEAD_ZIPF = 2.0
"""A capitalised word gets the damaged-last-part search only this long, and only after a common first part."""
TAIL_HEADS = 2
"""A damaged last part is searched for after the longest first parts only (shortest part TAIL_MIN letters)."""
MIDDLE_MIN = 14
"""Compounds at least this long are searched for an inner part damaged beyond the model."""
MIDDLE_STARTS = 2
"""The last places where the parts before the damage end that are tried (the longest heads)."""
MIDDLE_MAX_PART = 12
"""The longest damaged stretch searched (about one part's length)."""
MIDDLE_TRIES = 4
"""Stretches searched at most per word."""


@dataclass(frozen=True)
class Candidate:
    word: str
    """Lower case; the caller restores the token's case."""
    score: float
    """log10 P(word) + log10 P(observed | word)."""
    ops: tuple[tuple[str, str], ...]
    """(intended, observed) for every letter or rewrite, identity included: what the profile counts."""
    parts: int = 1


@dataclass(frozen=True)
class _Key:
    """A rewritten reading of the token: ``text`` is what is looked up; ``observed[k]`` says what
    the OCR wrote for key position k (None: inside a rewrite, already accounted for)."""

    text: str
    observed: tuple[str | None, ...]
    fixed: tuple[bool, ...]
    """True where the key letter came from a rewrite and must be matched exactly."""
    cost: float


def compound_zipf(weakest_part: float, parts: int) -> float:
    """The prior (zipf scale) of a compound that no list holds."""
    return min(COMPOUND_CEILING, weakest_part - COMPOUND_PENALTY) - EXTRA_PART_PENALTY * (parts - 2)


def _coherent(cand: Candidate, profile: Profile) -> Candidate:
    """Diacritics lost together: once a word lost one, its others were likely lost too (the same
    glyphs, the same print), so every loss after the cheapest costs at most COHERENT_LOSS. The
    reading restoring every damaged position ("Savsjo" -> "Sävsjö") then beats a partial one."""
    costs = sorted(log10(profile.p_sub(a, b)) for a, b in cand.ops
                   if a in DIACRITICS and a != b and len(b) == 1 and skeleton(a) == skeleton(b))
    gain = sum(max(0.0, log10(COHERENT_LOSS) - c) for c in costs[:-1])
    return Candidate(cand.word, cand.score + gain, cand.ops, cand.parts) if gain else cand


def _doubling(observed: str, variant: str, edit: tuple[str, str]) -> bool:
    """True when the edit inserts or deletes a letter next to the same letter."""
    intended, seen = edit
    if (seen or intended) not in DOUBLED:
        return False  # Swedish doubles consonants: "uu" is more often a confusion ("förbuudet")
    if seen and not intended:  # a deletion from what the OCR wrote
        return any(observed[i] == observed[i + 1] == seen for i in range(len(observed) - 1))
    if intended and not seen:
        return any(variant[i] == variant[i + 1] == intended for i in range(len(variant) - 1))
    return False


def _keep(best: dict[str, Candidate], cands: Iterable[Candidate]) -> None:
    """Each reading of ``cands`` into ``best`` where it scores higher than the same word found before."""
    for cand in cands:
        old = best.get(cand.word)
        if old is None or cand.score > old.score:
            best[cand.word] = cand


WEAK_READING = -7.0
"""A modelled reading scoring below this (a rare word: "dyl" for "dyt" by t read as l) does not spare
a short word the edit search, which may find a common one ("det", e read as y): an OCR process
outside the model makes such words (measured on the simulated one-letter damage, tuning split: best
0.672 -> 0.738; -6 put a wrong reading first on holdout15, -8 fewer right)."""
WEAK_READING_LENGTH = 6
"""Words up to this long get the whole search under WEAK_READING; it is cheap for them (longer: 0.45 s
more on the 10,000-word check)."""
WEAK_LONG_READING = -10.0
"""A longer word whose best modelled reading scores below this gets the plain edit search alone."""


def _needs_fallback(observed: str, best: dict[str, Candidate], profile: Profile) -> bool:
    """No reading besides the token itself, or the best one needs a confusion hardly likelier
    than an edit ("tram": "trim" by a for i loses to "fram" by t for f)."""
    rivals = [c for w, c in best.items() if w != observed]
    if not rivals:
        return True
    top = max(rivals, key=lambda c: c.score)
    weak = WEAK_CONFUSION if len(observed) >= WEAK_MIN_LENGTH else FALLBACK_EDIT
    # two rare confusions together ("nöjligheter" as "nojjigheter") are as weak as one
    rare = [p for p in (profile.p_sub(a, b) for a, b in top.ops if a != b) if p < RARE_CONFUSION]
    return math.prod(rare) < weak or len(observed) <= WEAK_READING_LENGTH and top.score < WEAK_READING


def _best_other(best: dict[str, Candidate], observed: str) -> float:
    """The best score of a reading other than the token itself."""
    return max((c.score for w, c in best.items() if w != observed), default=-99.0)


def _doubled_keys(observed: str, last: bool) -> Iterator[tuple[int, _Key]]:
    """(position, reading) for each single consonant of ``observed`` read as a double one, from its
    second letter (to its last when ``last``), at the cost of a doubling."""
    cost = log10(DOUBLING_EDIT)
    for i in range(1, len(observed) if last else len(observed) - 1):
        ch = observed[i]
        if ch not in DOUBLED or observed[i - 1] == ch or observed[i + 1 : i + 2] == ch:
            continue
        text = observed[: i + 1] + observed[i:]
        fixed = (*(False,) * i, True, True, *(False,) * (len(observed) - i - 1))
        yield i, _Key(text, (*observed[: i + 1], None, *observed[i + 1 :]), fixed, cost)


def _rewritten(keys: list[_Key]) -> list[_Key]:
    """The readings with one likely rewrite, likeliest first: worth an edit search of their own."""
    one = [k for k in keys if k.cost >= REWRITE_SEARCH_MIN and sum(1 for f, o in zip(k.fixed, k.observed) if f and o) == 1]
    return sorted(one, key=lambda k: -k.cost)[:REWRITE_SEARCHES]


def _needs_rare(best: dict[str, Candidate], observed: str, profile: Profile, capitalised: bool) -> bool:
    """The best reading needs a confusion rarer than a letter read twice, and the token has a
    double consonant that may be one (an unlisted compound with a doubled letter is never looked up)."""
    if observed in best or not any(a == b and a in DOUBLED for a, b in zip(observed, observed[1:])):
        return False  # a word or compound as written keeps its double letter
    rivals = [c for w, c in best.items() if w != observed]
    if not rivals:
        return not capitalised  # a capitalised word nothing explains is likelier a name ("Årssnurra")
    top = max(rivals, key=lambda c: c.score)
    return any(a != b and profile.p_sub(a, b) < DOUBLING_EDIT for a, b in top.ops)


@lru_cache(maxsize=64)
def _rules_by_observed(learned: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """The rewrites (built in and learned from a document) by what the OCR wrote: intended readings."""
    by_obs: dict[str, list[str]] = {}
    for intended, obs in (*PRIOR_REWRITES, *learned):
        by_obs.setdefault(obs, []).append(intended)
    return {obs: tuple(readings) for obs, readings in by_obs.items()}


def keys_for(observed: str, profile: Profile, limit: int = MAX_VARIANTS, digit_word: bool = False) -> list[_Key]:
    """The rewritten readings of ``observed``, likeliest first (the first is as read).
    ``digit_word``: the OCR wrote a digit before small letters only ("4r"), no code."""
    letters = sum(ch.isalpha() for ch in observed)
    if letters <= sum(ch.isdigit() for ch in observed) and not digit_word:
        by_obs = {}  # a code ("5G", "B8"), not a word: nothing in it is a misread letter ("4r" is år)
    else:
        by_obs = _rules_by_observed(tuple(profile.learned_rewrites()))
    at_end: dict[str, list[str]] = {}
    for intended, obs in EDGE_REWRITES:
        if observed.endswith(obs) and len(observed) > 3:
            at_end.setdefault(obs, []).append(intended)
    if not at_end and not any(piece in observed for piece in by_obs):
        return [_Key(observed, tuple(observed), (False,) * len(observed), 0.0)]
    # every place a rule may apply: (start, end, intended, cost)
    sites: list[tuple[int, int, str, float]] = []
    for i in range(len(observed)):
        for length in (1, 2):
            piece = observed[i : i + length]
            if len(piece) < length:
                continue
            last = i + length == len(observed)
            for intended in (*by_obs.get(piece, ()), *(at_end.get(piece, ()) if last else ())):
                sites.append((i, i + length, intended, log10(profile.p_sub(intended, piece, boosted=False))))
    sites.sort(key=lambda site: -site[3])
    # sets of up to MAX_REWRITES sites that do not overlap, likeliest first: a word with many
    # rewritable letters ("5ammantradesdatum": m, d, a) still gets the likely reading of its first
    chosen_sets: list[tuple[tuple[int, ...], float]] = [((), 0.0)]
    frontier = chosen_sets[:]
    for _ in range(MAX_REWRITES):
        grown = []
        for chosen, cost in frontier:
            for k in range(chosen[-1] + 1 if chosen else 0, len(sites)):
                start, end = sites[k][:2]
                if all(end <= sites[j][0] or sites[j][1] <= start for j in chosen):
                    grown.append(((*chosen, k), cost + sites[k][3]))
        grown.sort(key=lambda item: -item[1])
        frontier = grown[: 4 * limit]
        chosen_sets.extend(frontier)
    chosen_sets.sort(key=lambda item: -item[1])
    return [_key(observed, [sites[k] for k in chosen], cost) for chosen, cost in chosen_sets[:limit]]


def _key(observed: str, rewrites: list[tuple[int, int, str, float]], cost: float) -> _Key:
    """The reading of ``observed`` with ``rewrites`` (start, end, intended, cost) applied."""
    text: list[str] = []
    slots: tuple[str | None, ...] = ()
    fixed: tuple[bool, ...] = ()
    i = 0
    for start, end, intended, _ in sorted(rewrites):
        plain = observed[i:start]
        text += (plain, intended)
        slots += (*plain, observed[start:end], *(None,) * (len(intended) - 1))
        fixed += (False,) * len(plain) + (True,) * len(intended)
        i = end
    rest = observed[i:]
    text.append(rest)
    return _Key("".join(text), slots + tuple(rest), fixed + (False,) * len(rest), cost)


def channel_score(word: str, key: _Key, profile: Profile) -> tuple[float, list[tuple[str, str]]] | None:
    """log10 P(key's observed text | word) for a word as long as the key, with its alignment."""
    return _channel(word, key, 0, profile)


def _channel(word: str, key: _Key, start: int, profile: Profile) -> tuple[float, list[tuple[str, str]]] | None:
    """log10 P(observed slice | word) where ``word`` fills key positions start..start+len(word)."""
    total = 0.0
    ops: list[tuple[str, str]] = []
    k = start
    end = start + len(word)
    while k < end:
        obs = key.observed[k]
        if key.fixed[k]:
            # a rewrite: the word must hold exactly the intended piece
            length = 1
            while k + length < len(key.text) and key.observed[k + length] is None:
                length += 1
            if k + length > end or obs is None or word[k - start : k - start + length] != key.text[k : k + length]:
                return None
            ops.append((key.text[k : k + length], obs))
            k += length
            continue
        assert obs is not None
        ch = word[k - start]
        if ch != obs:
            p = profile.p_sub(ch, obs)
        else:
            p = profile.p_sub(ch, ch)
        total += log10(p)
        ops.append((ch, obs))
        k += 1
    return total, ops


class CandidateFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def find(self, observed: str, profile: Profile, *, compounds: bool = True, fallback: bool = True,
             limit: int = 5, capitalised: bool = True, acronym: bool = False, usable: int = lf.WORD,
             digit_word: bool = False, floor: float = -99.0) -> list[Candidate]:
        """Best corrections of a lower-case token, best first (the token itself may be among them).

        ``capitalised=False`` (the OCR wrote it in lower case) makes names and acronyms, which
        are written with capitals, less likely readings; ``acronym=True`` (a short all-capitals
        token) makes words that are not acronyms less likely. ``usable``: the lexicon bits a form
        needs (lf.BEGIN for the first part of "hälso- och sjukvård"). ``digit_word``: see keys_for.
        """
        best: dict[str, Candidate] = {}
        keys = keys_for(observed, profile, digit_word=digit_word)
        for key in keys:
            for word, zipf, bits in self.lexicon.same_skeleton(skeleton(key.text)):
                if not bits & usable or bits & lf.NOSUGGEST and word != observed:
                    continue
                scored = _channel(word, key, 0, profile)
                if scored is None:
                    continue
                channel, ops = scored
                if not capitalised and not bits & lf.LOWER and bits & (lf.PROPER | lf.UPPER):
                    zipf -= CASE_MISMATCH
                elif acronym and not bits & lf.UPPER:
                    zipf -= 2 * CASE_MISMATCH
                if not bits & (lf.HUNSPELL | lf.DOMAIN | lf.PROPER | lf.UPPER) and word != observed:
                    zipf -= FOREIGN_PENALTY  # "our" for Onr: a web word hunspell-sv does not know
                score = zipf - 9 + channel + key.cost
                old = best.get(word)
                if old is None or score > old.score:
                    best[word] = Candidate(word, score, tuple(ops))
        if compounds and len(observed) >= 2 * MIN_PART + 1:
            top = max((c.score for c in best.values()), default=floor)
            for key in keys:
                if COMPOUND_CEILING - 9 + key.cost <= top:
                    continue  # no compound reading of this key could beat what was found
                found = self._compound(key, profile)
                if found:
                    _keep(best, (found,))
        if fallback and len(observed) >= UNDOUBLED_MIN:
            _keep(best, self._undoubled(observed, profile))
        needs_fallback = fallback and _needs_fallback(observed, best, profile)
        if fallback and not needs_fallback and _best_other(best, observed) < WEAK_LONG_READING:
            _keep(best, self._edit_fallback(observed, profile))
        if needs_fallback:
            _keep(best, self._edit_fallback(observed, profile))
            if _needs_fallback(observed, best, profile):
                # a rewrite and one more damage in the same word ("tilsarnmans": rn for m, one l
                # for two): the edit search again on the likeliest rewritten readings
                for key in _rewritten(keys):
                    rewrites = tuple((key.text[k], o) for k, o in enumerate(key.observed) if key.fixed[k] and o)
                    _keep(best, (Candidate(c.word, c.score + key.cost, (*c.ops, *rewrites), c.parts)
                                 for c in self._edit_fallback(key.text, profile)))
            if compounds and len(observed) >= FIRST_LETTER_MIN and _needs_fallback(observed, best, profile):
                _keep(best, self._first_letter_compounds(observed, profile))
            if compounds and not capitalised and len(observed) >= FIRST_LETTER_MIN and not any(w != observed for w in best):
                # (only where nothing else reads the word; not a capitalised one: "Södertäljebroen" is
                # a place no list holds, no "Södertäljebron")
                _keep(best, self._edited_compounds(observed, profile))
            if compounds and len(observed) >= FIRST_LETTER_MIN and _needs_fallback(observed, best, profile):
                _keep(best, self._undoubled_compounds(observed, profile))
            if compounds and (not capitalised or len(observed) >= CAPITAL_TAIL_MIN) and len(observed) >= FIRST_LETTER_MIN \
                    and _needs_fallback(observed, best, profile):
                # a capitalised word only when long and after a common first part: a name or place
                # no list holds ends in anything ("Södertäljebroen")
                _keep(best, self._damaged_tail_compounds(observed, profile, common_head=capitalised))
            if compounds and len(observed) >= MIDDLE_MIN and not any(w != observed for w in best):
                # (only where nothing else reads the word: a weak reading found before is as costly as this)
                _keep(best, self._damaged_middle_compounds(observed, profile))
            if compounds and len(observed) >= TWO_EDIT_MIN:
                # (a capitalised word on a cleaner page gets only the anchored search: the caller
                # keeps only common words of it, which begin or end as the token does)
                if (not capitalised or profile.damage_boost >= CAPITAL_TWO_EDIT_BOOST) and _best_other(best, observed) < TWO_EDIT_BELOW:
                    _keep(best, self._two_edits(observed, profile))
                if _best_other(best, observed) < ANCHOR_BELOW:
                    _keep(best, self._anchored(observed, profile))
        if compounds and len(observed) >= 2 * MIN_PART + 2 and _needs_rare(best, observed, profile, capitalised):
            _keep(best, self._doubled_once_compounds(observed, profile))
        ranked = (_coherent(c, profile) for c in best.values())
        return sorted(ranked, key=lambda c: (-c.score, c.word))[:limit]

    def _first_letter_compounds(self, observed: str, profile: Profile) -> list[Candidate]:
        """A long word whose first letter is damaged beyond the model ("torvaltningsakademin"):
        every other first letter, then the usual restoration with compounds."""
        out = []
        cost = log10(FALLBACK_EDIT)
        tails: dict = {}  # the readings differ in the first letter only: their tails are shared
        # the rest's rewritten readings are the same whatever the first letter: walked once
        rests = sorted((k for k in keys_for(observed, profile, 4 * FIRST_LETTER_KEYS) if not k.fixed[0]), key=lambda k: -k.cost)[:FIRST_LETTER_KEYS]
        for ch, ch_sk in _ALPHABET_SKELETONS:
            if ch_sk == skeleton(observed[0]) or not self.lexicon.has_skeleton_prefix(ch_sk + skeleton(observed[1:4])):
                continue
            for rest in rests:
                key = _Key(ch + rest.text[1:], (ch, *rest.observed[1:]), rest.fixed, rest.cost)
                found = self._compound(key, profile, tails)
                if found is not None:
                    ops = ((found.ops[0][0], observed[0]), *found.ops[1:])
                    out.append(Candidate(found.word, found.score + cost, ops, found.parts))
        return out

    def _damaged_tail_compounds(self, observed: str, profile: Profile, common_head: bool = False) -> list[Candidate]:
        """A compound whose last part has damage beyond the model ("samrädsprovessen"): the longest
        first parts the OCR model reads, then the edit search on the rest as a last part (the edit
        search over whole forms finds no compound that no list holds)."""
        n = len(observed)
        key = _Key(observed, tuple(observed), (False,) * n, 0.0)
        out = []
        heads = 0
        for j in range(n - TAIL_MIN, MIN_PART * 2 - 1, -1):
            if not self.lexicon.has_skeleton(skeleton(observed[:j])):
                continue
            head = self._best_part(key, 0, j, profile, lf.BEGIN)
            if head is None:
                continue
            word, score, ops, zipf = head
            if common_head:
                bits = self.lexicon.get(word)
                if bits is None or not bits[1] & lf.LOWER or bits[1] & lf.PROPER or bits[0] < COMMON_HEAD_ZIPF:
                    continue
            for tail in self._edit_fallback(observed[j:], profile, usable=lf.END):
                entry = self.lexicon.get(tail.word)
                if entry is None:
                    continue
                channel = score - zipf + 9 + tail.score - (entry[0] - 9)
                prior = compound_zipf(min(zipf, entry[0]), 2)
                out.append(Candidate(word + tail.word, prior - 9 + channel, (*ops, *tail.ops), 2))
            heads += 1
            if heads >= TAIL_HEADS:
                break
        return out

    def _damaged_middle_compounds(self, observed: str, profile: Profile) -> list[Candidate]:
        """A long compound with damage beyond the model in a part before its last ("kommunledniagsförvaltningen":
        n read as a in "lednings"; "förvaltnintsdirektör"): the parts around it as written, the edit
        search on the stretch between (a last part damaged so is the tail search's)."""
        n = len(observed)
        reachable = [True] + [False] * n  # observed[:i] is a run of parts a compound may go on from
        for i in range(n - TAIL_MIN):
            if reachable[i]:
                for j in range(i + MIN_PART, n - TAIL_MIN + 1):
                    entry = self.lexicon.get(observed[i:j])
                    if entry is not None and entry[1] & (lf.BEGIN if i == 0 else lf.MIDDLE):
                        reachable[j] = True
        starts = [0] + [i for i in range(MIN_PART * 2, n - TAIL_MIN) if reachable[i]][-MIDDLE_STARTS:]
        ends = [k for k in range(MIN_PART * 2, n - MIN_PART * 2 + 1) if self._splits(observed, k, lf.MIDDLE)]
        # the shortest stretches first, a few of them: the damage is one part's, and each edit search
        # costs; a stretch that is a word as written is a part the flags do not join ("tele" + "upphandling")
        stretches = sorted(((i, k) for i in starts for k in ends if MIN_PART * 2 <= k - i <= MIDDLE_MAX_PART
                            and self.lexicon.get(observed[i:k]) is None), key=lambda ik: (ik[1] - ik[0], ik[0]))
        out = []
        for i, k in stretches[:MIDDLE_TRIES]:
            for part in self._edit_fallback(observed[i:k], profile, usable=lf.BEGIN if i == 0 else lf.MIDDLE):
                text = observed[:i] + part.word + observed[k:]
                entry = self.lexicon.get(part.word)
                cost = part.score - (entry[0] - 9) if entry is not None else log10(FALLBACK_EDIT)
                found = self._compound(_Key(text, tuple(text), (False,) * len(text), cost), profile)
                if found is not None:
                    out.append(Candidate(found.word, found.score, (*found.ops, *part.ops), found.parts))
        return out

    def _doubled_once_compounds(self, observed: str, profile: Profile) -> list[Candidate]:
        """A compound with a letter read twice ("mentorsstid": one linking s and "tid"): each
        double consonant read as one, then the usual restoration with compounds."""
        if self._splits(observed, 0, lf.BEGIN):
            return []  # a compound as written ("års" + "snurra") keeps its double letter
        out = []
        cost = log10(DOUBLING_EDIT)
        for i in range(1, len(observed) - 1):
            ch = observed[i]
            if ch not in DOUBLED or observed[i + 1] != ch:
                continue
            text = observed[:i] + observed[i + 1 :]
            key = _Key(text, (*observed[:i], ch + ch, *observed[i + 2 :]), (*(False,) * i, True, *(False,) * (len(text) - i - 1)), cost)
            found = self._compound(key, profile)
            if found is not None:
                out.append(found)
        return out

    def _splits(self, text: str, i: int, need: int) -> bool:
        """Does text[i:] split exactly into compound parts (the engine's test of a word as written)?"""
        if need != lf.BEGIN:
            entry = self.lexicon.get(text[i:])
            if entry is not None and entry[1] & lf.END:
                return True
        for j in range(i + MIN_PART, len(text) - MIN_PART + 1):
            entry = self.lexicon.get(text[i:j])
            if entry is not None and entry[1] & need and self._splits(text, j, lf.MIDDLE):
                return True
        return False

    def _undoubled(self, observed: str, profile: Profile) -> list[Candidate]:
        """Listed words with one single consonant of the token doubled ("byga", "avaktar"): the
        OCR reads two narrow like letters as one; on a damaged page a class confusion may score
        above DOUBLING_EDIT and keep the edit search from ever trying it."""
        out = []
        for _, key in _doubled_keys(observed, last=True):
            for word, zipf, bits in self.lexicon.same_skeleton(skeleton(key.text)):
                if not bits & lf.WORD or bits & lf.NOSUGGEST:
                    continue
                scored = _channel(word, key, 0, profile)
                if scored is not None:
                    out.append(Candidate(word, zipf - 9 + scored[0] + key.cost, (*scored[1],)))
        return out

    def _edited_compounds(self, observed: str, profile: Profile) -> list[Candidate]:
        """A long compound with one letter too many or one read for a letter of like outline inside
        ("internkolntrollplanen": a streak read as l; "studioplaneringen"): the variants that split
        exactly into parts, then the usual restoration of each (the edit search over whole forms
        finds no compound that no list holds)."""
        out = []
        for i in range(1, len(observed) - 1):
            # a letter too many only of the thin strokes a streak or speck makes: any other deleted
            # letter makes other parts of a compound no list holds ("årsräkningar": "år" + "räkningar")
            variants = [(observed[:i] + observed[i + 1 :], ("", observed[i]), log10(FALLBACK_EDIT))] if observed[i] in STROKES else []
            variants += [(observed[:i] + ch + observed[i + 1 :], (ch, observed[i]), log10(profile.p_sub(ch, observed[i])))
                         for ch in shape_letters(observed[i])]
            for text, edit, cost in variants:
                if not self._splits(text, 0, lf.BEGIN):
                    continue
                found = self._compound(_Key(text, tuple(text), (False,) * len(text), cost), profile)
                if found is not None:
                    out.append(Candidate(found.word, found.score, (*found.ops, edit), found.parts))
        return out

    def _undoubled_compounds(self, observed: str, profile: Profile) -> list[Candidate]:
        """A long compound with a double consonant read once inside ("komunstyrelsen"): each
        single consonant doubled, then the usual restoration with compounds (a letter read twice
        is the edit-distance search's already)."""
        out = []
        for i, key in _doubled_keys(observed, last=False):
            if not self.lexicon.has_skeleton_prefix(skeleton(key.text[: i + 2])):
                continue
            found = self._compound(key, profile)
            if found is not None:
                out.append(found)
        return out

    def _best_part(self, key: _Key, start: int, end: int, profile: Profile, need: int) -> tuple[str, float, list] | None:
        best = None
        for word, zipf, bits in self.lexicon.same_skeleton(skeleton(key.text[start:end])):
            if not bits & need or bits & lf.NOSUGGEST:
                continue
            scored = _channel(word, key, start, profile)
            if scored is None:
                continue
            score = zipf - 9 + scored[0]
            if best is None or score > best[1]:
                best = (word, score, scored[1], zipf)
        return best

    def _compound(self, key: _Key, profile: Profile, tails: dict | None = None) -> Candidate | None:
        """The best split of ``key`` into compound parts. ``tails`` (shared between calls) holds
        the best splits of later parts by the key's suffix, which they depend on alone."""
        text = key.text
        n = len(text)
        shared: dict = {} if tails is None else tails
        own: dict = {}  # splits that start with a first part belong to this key alone

        def tail(i: int, first: bool) -> tuple[float, list[str], list, float] | None:
            """Best split of text[i:] into parts: (channel sum, parts, ops, weakest zipf)."""
            memo, slot = (own, i) if first else (shared, (text[i:], key.observed[i:], key.fixed[i:]))
            if slot in memo:
                return memo[slot]
            result = None
            need_inner = lf.BEGIN if first else lf.MIDDLE
            for j in range(i + MIN_PART, n - MIN_PART + 1):
                if key.fixed[j] and key.observed[j] is None:
                    continue  # never split inside a rewrite
                if not self.lexicon.has_skeleton_prefix(skeleton(text[i:j])):
                    break
                part = self._best_part(key, i, j, profile, need_inner)
                if part is None:
                    continue
                rest = tail(j, False)
                if rest is None:
                    continue
                zipf = min(part[3], rest[3])
                channel = part[1] - part[3] + 9 + rest[0]
                total = zipf + channel
                if result is None or total > result[3] + result[0]:
                    result = (channel, [part[0], *rest[1]], part[2] + rest[2], zipf)
            if not first:
                last = self._best_part(key, i, n, profile, lf.END)
                if last is not None:
                    channel = last[1] - last[3] + 9
                    if result is None or last[3] + channel > result[3] + result[0]:
                        result = (channel, [last[0]], last[2], last[3])
            memo[slot] = result
            return result

        found = tail(0, True)
        if found is None:
            return None
        channel, parts, ops, zipf = found
        if len(parts) < 2:
            return None
        prior = compound_zipf(zipf, len(parts))
        return Candidate("".join(parts), prior - 9 + channel + key.cost, tuple(ops), len(parts))

    def one_letter_from(self, observed: str, forms: Iterable[str], profile: Profile) -> list[Candidate]:
        """The forms of a short closed list (``forms``: the municipalities) that differ from ``observed``
        in one letter, scored as the edit search scores its substitutions, without its search."""
        out = []
        for form in forms:
            if len(form) != len(observed) or sum(a != b for a, b in zip(form, observed)) != 1:
                continue
            entry = self.lexicon.get(form)
            scored = None if entry is None else _channel(form, _Key(form, tuple(observed), (False,) * len(form), 0.0), 0, profile)
            if scored is not None:
                out.append(Candidate(form, entry[0] - 9 + scored[0], tuple(scored[1])))
        return out

    def _reach(self, sk: str, known: int = 0, most: int | None = None) -> int:
        """The length of the longest prefix of skeleton ``sk`` that begins some form (``known``: a
        length already known to; ``most``: no need to look past it)."""
        reach = known
        end = len(sk) if most is None else min(len(sk), most)
        while reach < end and self.lexicon.has_skeleton_prefix(sk[: reach + 1]):
            reach += 1
        return reach

    def _edit_variants(self, observed: str, start: int = 0, back: int | None = None) -> list[tuple[int, str, str, tuple[str, str]]]:
        """(position, skeleton, text, (intended, observed)) of each one-edit variant of ``observed`` at
        ``start`` or later, built on the skeleton: an edit at position i leaves sk[:i] as it is, so past
        the longest prefix of the token that begins some form no edit can make a word (a long word
        damaged early costs a few lookups). ``back``: only edits at most this many letters before it."""
        sk = skeleton(observed)
        n = len(observed)
        reach = self._reach(sk)
        if back is not None:
            start = max(start, reach - back)
        variants: list[tuple[int, str, str, tuple[str, str]]] = []
        for i in range(start, min(n, reach + 1)):
            variants.append((i, sk[:i] + sk[i + 1 :], observed[:i] + observed[i + 1 :], ("", observed[i])))
            if i + 1 < n:
                swapped = observed[i + 1] + observed[i]
                variants.append((i, sk[:i] + sk[i + 1] + sk[i] + sk[i + 2 :], observed[:i] + swapped + observed[i + 2 :],
                                 (swapped, observed[i : i + 2])))
            for ch, ch_sk in _ALPHABET_SKELETONS:
                if ch_sk != sk[i]:
                    variants.append((i, sk[:i] + ch_sk + sk[i + 1 :], observed[:i] + ch + observed[i + 1 :], (ch, observed[i])))
        for i in range(start, min(n, reach) + 1):
            # an inserted letter is no class's stand-in: each letter is tried, so "mte" costs möte
            # the dropped ö alone, not an é read for it as well
            for ch in ALPHABET:
                variants.append((i, sk[:i] + skeleton(ch) + sk[i:], observed[:i] + ch + observed[i:], (ch, "")))
        return variants

    def _edit_cost(self, observed: str, text: str, edit: tuple[str, str], profile: Profile) -> float:
        """log10 P of one edit: a letter read as another or a swap (the channel's), a letter lost or one
        too many."""
        if edit[0] and edit[1]:
            return log10(profile.p_sub(*edit))
        return log10(DOUBLING_EDIT) if _doubling(observed, text, edit) or edit[0] in DIACRITICS else log10(FALLBACK_EDIT * INDEL_SHARE)

    def _edit_fallback(self, observed: str, profile: Profile, usable: int = lf.WORD, start: int = 0,
                       before: float = 0.0, before_ops: tuple = (), back: int | None = None) -> list[Candidate]:
        """Edit distance 1 (by skeleton, so class confusions come free) for damage the model lacks.

        Variants are built on the skeleton first, and only those the lexicon holds are scored.
        ``start``, ``before`` and ``before_ops``: the edit search of a reading one edit from the token
        (see _two_edits), at ``start`` or later, that edit's cost and operations.
        """
        out: dict[str, Candidate] = {}
        seen: set[str] = set()
        for _, var_sk, text, edit in self._edit_variants(observed, start, back):
            if text in seen or len(text) < 2 or not self.lexicon.has_skeleton(var_sk):
                continue
            seen.add(text)
            substitution = len(edit[0]) == len(edit[1]) == 1
            if substitution:
                # the class's stand-in letter is in ``text``: each word is scored against the
                # letter the OCR wrote, so "bestutet" costs beslutet P(t | l), not P(ä | l) P(t | ä)
                key = _Key(text, tuple(observed), tuple(False for _ in text), before)
            else:
                key = _Key(text, tuple(text), tuple(False for _ in text), before + self._edit_cost(observed, text, edit, profile))
            for word, zipf, bits in self.lexicon.same_skeleton(var_sk):
                if not bits & usable or bits & lf.NOSUGGEST:
                    continue
                scored = _channel(word, key, 0, profile)
                if scored is None:
                    continue
                score = zipf - 9 + scored[0] + key.cost
                if word not in out or score > out[word].score:
                    ops = tuple(scored[1]) if substitution else (*scored[1], edit)
                    out[word] = Candidate(word, score, (*ops, *before_ops))
        return list(out.values())

    def _two_edits(self, observed: str, profile: Profile) -> list[Candidate]:
        """A long word with two letters damaged beyond the model ("kimmanerna", "wtgångspuokt"): the
        edit search again, from there on, on the one-edit readings that let the token's letters go on
        as the start of some form furthest past the edit (those likeliest to mend the first damage)."""
        out: list[Candidate] = []
        firsts = []
        # each damage stands where the token stops being the start of any form, or a letter or two
        # before it (a confusion within a class of the skeleton goes unnoticed a little longer)
        for i, var_sk, text, edit in self._edit_variants(observed, back=TWO_EDIT_BACK):
            if len(edit[0]) <= 1:
                beyond = self._reach(var_sk, i, i + TWO_EDIT_LOOK) - i
                if beyond >= TWO_EDIT_REACH:
                    firsts.append((-beyond, i, text, edit))
        for _, i, text, edit in sorted(firsts)[:TWO_EDIT_TRIES]:
            # (after a letter too many is dropped, the next letter stands where it stood)
            out += self._edit_fallback(text, profile, start=i if not edit[0] else i + 1,
                                       before=self._edit_cost(observed, text, edit, profile), before_ops=(edit,),
                                       back=TWO_EDIT_BACK)
        return out

    def _anchored(self, observed: str, profile: Profile) -> list[Candidate]:
        """A long word with damage in two or three letters ("handlingartsa", "sansmanträdet"): the
        forms that begin or end as it does, a few edits from it by plain edit distance (rapidfuzz),
        each scored by the channel along its alignment. The anchor stops a letter or two before the
        token stops being the start (or end) of any form, where the damage most likely is."""
        n = len(observed)
        if any(self._listed(observed[:i]) and self._listed(observed[i:]) for i in range(ANCHOR_PART, n - ANCHOR_PART + 1)):
            return []  # two words as written ("teleupphandlingen"): a compound no flag joins, not damage
        sk = skeleton(observed)
        found: dict[str, float] = {}
        head = self._reach(sk)
        tail = ANCHOR_MIN - 1
        while tail < n and self.lexicon.has_skeleton_suffix(sk[n - tail - 1 :]):
            tail += 1
        # (where too many forms begin or end so, an anchor a letter longer)
        starts = (self.lexicon.with_skeleton_prefix(sk[:k], ANCHOR_FORMS) for k in range(max(ANCHOR_MIN, head - TWO_EDIT_BACK), head + 1))
        ends = (self.lexicon.with_skeleton_suffix(sk[n - k :], ANCHOR_FORMS) for k in range(max(ANCHOR_MIN, tail - TWO_EDIT_BACK), tail + 1))
        for forms in (next((f for f in starts if f is not None), None), next((f for f in ends if f is not None), None)):
            for w, z, bits in forms or ():
                if abs(len(w) - n) <= ANCHOR_EDITS and bits & lf.WORD and not bits & lf.NOSUGGEST:
                    found[w] = z
        out = []
        for word, _, _ in process.extract(observed, list(found), scorer=Levenshtein.distance,
                                          score_cutoff=ANCHOR_EDITS, limit=ANCHOR_KEEP):
            channel, ops = self._aligned(word, observed, profile)
            out.append(Candidate(word, found[word] - 9 + channel, ops))
        return out

    def _listed(self, form: str) -> bool:
        entry = self.lexicon.get(form)
        return entry is not None and bool(entry[1] & lf.WORD)

    def _aligned(self, word: str, observed: str, profile: Profile) -> tuple[float, tuple[tuple[str, str], ...]]:
        """log10 P(observed | word) along plain edit distance's alignment, and its operations."""
        score, ops = 0.0, []
        for tag, i1, i2, j1, j2 in Levenshtein.opcodes(word, observed):
            if tag == "equal" or tag == "replace":
                for a, b in zip(word[i1:i2], observed[j1:j2]):
                    score += log10(profile.p_sub(a, b))
                    ops.append((a, b))
            else:  # a letter lost or one too many
                for a, b in itertools.zip_longest(word[i1:i2], observed[j1:j2], fillvalue=""):
                    score += self._edit_cost(observed, word, (a, b), profile)
                    ops.append((a, b))
        return score, tuple(ops)


_ALPHABET_SKELETONS = tuple(dict((skeleton(ch), ch) for ch in ALPHABET).items())
_ALPHABET_SKELETONS = tuple((ch, sk) for sk, ch in _ALPHABET_SKELETONS)
