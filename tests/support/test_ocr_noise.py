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


def test_digits_profile_misreads_digits_and_keeps_the_letter_damage_of_mixed() -> None:
    text = seed_path("000").read_text("utf-8")
    noisy = damage(text, rate=0.5, seed=4, profile="digits")
    mixed = damage(text, rate=0.5, seed=4)
    assert [len(line.split()) for line in noisy.splitlines()] == [len(line.split()) for line in text.splitlines()]
    assert len(noisy) == len(mixed)
    changed = [(a, b) for a, b in zip(mixed.split(), noisy.split()) if a != b]
    assert changed and all(any(ch.isdigit() for ch in a) for a, _ in changed)
    assert any(set(b) & set("OolIS") for _, b in changed)


def test_digits_profile_leaves_words_without_digits_alone() -> None:
    text = "Mötet öppnades kl 08.30 den 2019-10-04 och avslutades 11.00. " * 20
    noisy = damage(text, rate=1.0, seed=5, profile="digits")
    for a, b in zip(damage(text, rate=1.0, seed=5).split(), noisy.split()):
        assert a == b or any(ch.isdigit() for ch in a)
    assert noisy != damage(text, rate=1.0, seed=5)


def test_shapes_profile_keeps_the_layout_and_reads_letters_of_like_outline() -> None:
    text = seed_path("000").read_text("utf-8")
    noisy = damage(text, 0.3, seed=5, profile="shapes")
    assert [len(line.split()) for line in noisy.splitlines()] == [len(line.split()) for line in text.splitlines()]
    assert set("âàãôõø") & set(noisy)  # Swedish letters read as other languages' accented ones
    assert noisy == damage(text, 0.3, seed=5, profile="shapes")
    assert damage(text, 0.3, seed=5) == damage(text, 0.3, seed=5, profile="mixed")  # the old profiles are as they were


def test_margins_profile_cuts_only_the_first_and_last_words_of_lines() -> None:
    text = seed_path("000").read_text("utf-8")
    noisy = damage(text, 0.3, seed=5, profile="margins")
    assert noisy == damage(text, 0.3, seed=5, profile="margins") != text
    for clean, cut in zip(text.splitlines(), noisy.splitlines()):
        assert len(clean.split()) == len(cut.split())
        changed = [i for i, (a, b) in enumerate(zip(clean.split(" "), cut.split(" "))) if a != b]
        assert set(changed) <= {0, len(clean.split(" ")) - 1}
        for i in changed:
            a, b = clean.split(" ")[i], cut.split(" ")[i]
            assert (a.endswith(b) and 1 <= len(a) - len(b) <= 2) if i == 0 else (a.startswith(b) and len(b) < len(a))


def test_text_layer_profile_sets_marks_after_their_letters() -> None:
    assert damage("Första mötet på Ön, café", 1.0, seed=1, profile="text-layer") == \
        "Fo\u00a8rsta mo\u00a8tet pa\u02da O\u00a8n, cafe\u00b4"
    assert damage("fick flera", 1.0, seed=1, profile="text-layer") == "\ufb01ck \ufb02era"


def test_one_letter_profile_changes_exactly_one_letter_of_a_damaged_word() -> None:
    text = seed_path("000").read_text("utf-8")
    noisy = damage(text, 0.1, seed=3, profile="one-letter")
    assert noisy == damage(text, 0.1, seed=3, profile="one-letter")
    pairs = [(a, b) for a, b in zip(text.split(), noisy.split(), strict=True) if a != b]
    assert 0.05 * len(text.split()) < len(pairs) < 0.15 * len(text.split())
    for a, b in pairs:
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        assert len(diffs) == 1 and diffs[0][0].isalpha() and diffs[0][1].isalpha()
        assert diffs[0][0].isupper() == diffs[0][1].isupper()
