"""What the engine reports about one suspicious word."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class FlagKind(str, Enum):
    NON_WORD = "non-word"
    """Not a Swedish word, a valid compound, a name or a known abbreviation."""
    OCR_PATTERN = "ocr-pattern"
    """Digits or capitals where letters belong: "6vriga", "kI", a lone "1" for "i"."""
    REAL_WORD = "real-word"
    """A real word whose restored form fits far better here: "for" -> "för" in a text that lost its diacritics."""


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    word: str
    kind: FlagKind
    confidence: float
    suggestions: tuple[tuple[str, float], ...] = field(default_factory=tuple)
    """Best first: (replacement, score in 0..1)."""

    @property
    def best(self) -> str | None:
        return self.suggestions[0][0] if self.suggestions else None

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "word": self.word,
            "kind": self.kind.value,
            "confidence": round(self.confidence, 4),
            "suggestions": [{"word": w, "score": round(s, 4)} for w, s in self.suggestions],
        }
