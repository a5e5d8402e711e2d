"""Scoring the engine on a token-aligned pair (OCR text, hand correction), as shared/eval/README.md defines it.

Both texts have the same lines and the same whitespace-separated tokens. A token pair counts when
either side has a letter; edge punctuation is stripped before comparing. An error is a pair that
differs; it is detected when a flag overlaps the OCR token, and corrected when the token with every
flag's best suggestion applied equals the gold token.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field

from minutes_desk.errors import InputError
from minutes_desk.proof.engine import corrected_text
from minutes_desk.proof.flags import Flag

_EDGE = string.punctuation + "’‘“”«»–—…•"


@dataclass
class Scores:
    errors: int = 0
    correct_tokens: int = 0
    true_positives: int = 0
    false_positives: int = 0
    corrected: int = 0
    changed_correct: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)
    wrong_suggestions: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.errors if self.errors else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def suggestion_accuracy(self) -> float:
        return self.corrected / self.errors if self.errors else 1.0

    @property
    def changed_share(self) -> float:
        return self.changed_correct / self.correct_tokens if self.correct_tokens else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "errors": self.errors,
            "correct_tokens": self.correct_tokens,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "suggestion_accuracy": round(self.suggestion_accuracy, 4),
            "changed_correct": self.changed_correct,
            "changed_share": round(self.changed_share, 4),
        }


COUNTS = ("errors", "correct_tokens", "true_positives", "false_positives", "corrected", "changed_correct")
"""The counts of a Scores, which add up over pairs (its lists of misses do not)."""


def total(scores: Iterable[Scores]) -> Scores:
    """The scores of several pairs as one set's: their counts summed."""
    out = Scores()
    for s in scores:
        for name in COUNTS:
            setattr(out, name, getattr(out, name) + getattr(s, name))
    return out


def _strip(token: str) -> str:
    return token.strip(_EDGE)


def score(ocr_text: str, gold_text: str, flags: list[Flag]) -> Scores:
    ocr_lines = ocr_text.splitlines(keepends=True)
    gold_lines = gold_text.splitlines(keepends=True)
    if len(ocr_lines) != len(gold_lines):
        raise InputError(f"texterna är inte radlikställda: {len(ocr_lines)} mot {len(gold_lines)} rader")
    flags = sorted(flags, key=lambda f: f.start)
    result = Scores()
    offset = 0
    fi = 0
    for n, (ocr_line, gold_line) in enumerate(zip(ocr_lines, gold_lines), start=1):
        ocr_toks = list(re.finditer(r"\S+", ocr_line))
        gold_toks = gold_line.split()
        if len(ocr_toks) != len(gold_toks):
            raise InputError(f"rad {n}: olika antal ord ({len(ocr_toks)} mot {len(gold_toks)})")
        for match, gold in zip(ocr_toks, gold_toks):
            start, end = offset + match.start(), offset + match.end()
            ocr = match.group()
            if not any(ch.isalpha() for ch in ocr + gold):
                continue
            while fi < len(flags) and flags[fi].end <= start:
                fi += 1
            inside = [f for f in flags[fi:] if f.start < end and f.end > start]
            local = [
                Flag(f.start - start, f.end - start, f.word, f.kind, f.confidence, f.suggestions)
                for f in inside
                if f.start >= start and f.end <= end
            ]
            fixed = _strip(corrected_text(ocr, local))
            is_error = _strip(ocr) != _strip(gold)
            if is_error:
                result.errors += 1
                if inside:
                    result.true_positives += 1
                else:
                    result.missed.append((ocr, gold))
                if fixed == _strip(gold):
                    result.corrected += 1
                elif inside:
                    result.wrong_suggestions.append((ocr, gold, fixed))
            else:
                result.correct_tokens += 1
                if inside:
                    result.false_positives += 1
                    result.false_alarms.append((ocr, fixed))
                if fixed != _strip(ocr):
                    result.changed_correct += 1
        offset += len(ocr_line)
    return result
