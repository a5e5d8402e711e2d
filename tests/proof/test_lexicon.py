"""The lexicon's cache: built once, found again, rebuilt when the lexicon changes or the cache is damaged."""

from __future__ import annotations

import gzip
from pathlib import Path

from minutes_desk.proof import lexicon_format as lf
from minutes_desk.proof.channel import skeleton
from minutes_desk.proof.lexicon import Lexicon, _bloom_slots

ROWS = [("kommun", 52, lf.WORD | lf.BEGIN | lf.END | lf.LOWER), ("möte", 48, lf.WORD | lf.LOWER),
        ("mötet", 45, lf.WORD | lf.LOWER), ("motet", 10, lf.WORD | lf.LOWER), ("skr", 35, lf.WORD | lf.UPPER)]


def write_lexicon(path: Path, rows) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for word, zipf, bits in sorted(rows):
            fh.write(f"{word}\t{zipf}\t{bits}\n")
    return path


def test_lookup_by_form_and_by_skeleton(tmp_path: Path) -> None:
    lex = Lexicon.load(write_lexicon(tmp_path / "lex.tsv.gz", ROWS), tmp_path / "cache")
    assert len(lex) == 5
    assert lex.get("mötet") == (4.5, lf.WORD | lf.LOWER)
    assert lex.get("motet") == (1.0, lf.WORD | lf.LOWER)
    assert lex.get("mötets") is None and lex.get("") is None
    assert {w for w, _, _ in lex.same_skeleton("motet")} == {"mötet", "motet"}
    assert lex.has_skeleton_prefix("kom") and not lex.has_skeleton_prefix("kx")
    assert not lex.has_skeleton("zzz")
    # the common forms alone, without the search
    assert lex.frequent("mötet") == lex.get("mötet") and lex.frequent("motet") is None


def test_forms_by_the_start_or_end_of_their_skeleton(tmp_path: Path) -> None:
    lex = Lexicon.load(write_lexicon(tmp_path / "lex.tsv.gz", ROWS), tmp_path / "cache")
    mote, kommun = skeleton("motet"), skeleton("kommun")
    assert {w for w, _, _ in lex.with_skeleton_prefix(mote[:3], 10)} == {"möte", "mötet", "motet"}
    assert lex.with_skeleton_prefix(mote[:3], 2) is None  # more forms than asked for: no anchor
    assert lex.with_skeleton_prefix("zz", 10) == []
    assert {w for w, _, _ in lex.with_skeleton_suffix(mote[-3:], 10)} == {"mötet", "motet"}
    assert {w for w, _, _ in lex.with_skeleton_suffix(kommun[-3:], 10)} == {"kommun"}
    assert lex.has_skeleton_suffix(kommun) and not lex.has_skeleton_suffix("x" + kommun)

def test_cache_is_reused_then_rebuilt_when_the_lexicon_changes(tmp_path: Path) -> None:
    source = write_lexicon(tmp_path / "lex.tsv.gz", ROWS)
    cache_dir = tmp_path / "cache"
    Lexicon.load(source, cache_dir)
    (cache,) = cache_dir.glob("lexicon-*.bin")
    stamp = cache.stat().st_mtime_ns
    Lexicon.load(source, cache_dir)
    assert cache.stat().st_mtime_ns == stamp
    write_lexicon(source, [*ROWS, ("nämnd", 45, lf.WORD | lf.LOWER)])
    lex = Lexicon.load(source, cache_dir)
    assert lex.get("nämnd") is not None
    assert len(list(cache_dir.glob("lexicon-*.bin"))) == 1  # the old cache is gone


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    source = write_lexicon(tmp_path / "lex.tsv.gz", ROWS)
    cache_dir = tmp_path / "cache"
    Lexicon.load(source, cache_dir)
    (cache,) = cache_dir.glob("lexicon-*.bin")
    data = cache.read_bytes()
    cache.write_bytes(data[: len(data) // 2])  # killed mid-write by some other tool
    assert Lexicon.load(source, cache_dir).get("kommun") == (5.2, ROWS[0][2])
    cache.write_bytes(b"garbage")
    assert Lexicon.load(source, cache_dir).get("möte") is not None


def test_the_shipped_lexicon(session_lexicon: Lexicon) -> None:
    lex = session_lexicon
    assert len(lex) > 900_000
    for word in ("övriga", "södertälje", "kommundirektör", "kl", "mnkr", "rufs", "nynäshamns", "bergström"):
        assert lex.get(word) is not None, word
    # diacritic-less web junk and OCR junk are gone or cut down
    for junk in ("fran", "ovriga", "goteborg", "lnte"):
        assert lex.get(junk) is None, junk
    assert lex.get("for")[0] < lex.get("för")[0] - 2
    # compound flags carried through hunspell-sv's suffix rules
    assert lex.get("förvaltnings")[1] & lf.BEGIN
    assert lex.get("kommunerna")[1] & lf.END


def test_unwritable_cache_directory_falls_back_to_temp(tmp_path: Path) -> None:
    source = write_lexicon(tmp_path / "lex.tsv.gz", ROWS)
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the cache directory should be")
    assert Lexicon.load(source, blocked / "cache").get("kommun") is not None


def test_the_skeleton_filter_hides_no_form(session_lexicon: Lexicon) -> None:
    lex = session_lexicon
    for i in range(0, len(lex), 41):
        word = lex._blob[lex._offsets[i] : lex._offsets[i + 1]]
        assert word in {w for w, _, _ in lex.same_skeleton(skeleton(word))}, word


def test_the_skeleton_filter_answers_most_misses(session_lexicon: Lexicon) -> None:
    """Most skeletons asked of are in no form; the filter must say so for nearly all of them."""
    bloom = session_lexicon._bloom
    misses = [f"qx{n}zv".encode() for n in range(5000)]
    passed = sum(all(bloom[s >> 3] >> (s & 7) & 1 for s in _bloom_slots(key)) for key in misses)
    assert passed < 150  # (about 1 % expected)
