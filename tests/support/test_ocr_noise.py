from __future__ import annotations

from tests.conftest import seed_path
from tests.support.ocr_noise import damage


def test_damage_keeps_the_token_layout() -> None:
    text = seed_path("000").read_text("utf-8")
    noisy = damage(text, rate=0.5, seed=3)
    assert noisy != text
    assert [line.split() and len(line.split()) for line in noisy.splitlines()] == [
        line.split() and len(line.split()) for line in text.splitlines()
    ]
    assert [len(a) - len(a.lstrip()) for a in noisy.splitlines()] == [
        len(a) - len(a.lstrip()) for a in text.splitlines()
    ]


def test_damage_is_reproducible_and_follows_the_rate() -> None:
    text = "Södertörns högskola och övriga kommuner i länet förlänger avtalet. " * 30
    assert damage(text, 0.3, seed=1) == damage(text, 0.3, seed=1)
    tokens = text.split()
    changed = sum(a != b for a, b in zip(tokens, damage(text, 0.3, seed=1).split()))
    assert 0.1 * len(tokens) < changed < 0.4 * len(tokens)


def test_no_diacritics_profile_strips_them_all() -> None:
    noisy = damage("Mötet på förvaltningen är över.", profile="no-diacritics", seed=2)
    assert not set("åäöÅÄÖ") & set(noisy)
