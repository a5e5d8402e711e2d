"""The engine's word list at run time: membership, frequency and usage bits of ~1M Swedish forms.

Nothing of that size may be built at start, so the first run turns ``dictionaries/lexicon.tsv.gz``
into a cache file (in config.cache_dir(), under a file lock, named after the lexicon's hash so a
new lexicon is picked up by itself). Later starts read that file with one split: the forms sorted
by their OCR skeleton (see :mod:`channel`), so that one bisect finds every form an OCR reading
may stand for ("Sodertalje" -> "Södertälje"), plus two compact arrays for frequency and bits.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock

from minutes_desk import config
from minutes_desk.proof import lexicon_format as lf
from minutes_desk.proof.channel import SKELETON_VERSION, skeleton

_MAGIC = b"MDLEX1\n"
_FAST_ZIPF = 30
"""Forms at least this frequent (zipf 3.0) also go into a dict, so most tokens are found in O(1)."""


class Lexicon:
    def __init__(self, words: list[str], zipf: array, bits: array) -> None:
        self._words = words
        self._zipf = zipf
        self._bits = bits
        self._fast = {words[i]: i for i in range(len(words)) if zipf[i] >= _FAST_ZIPF}

    def __len__(self) -> int:
        return len(self._words)

    @classmethod
    def load(cls, source: Path | None = None, cache_dir: Path | None = None) -> Lexicon:
        source = source or config.dictionaries_dir() / lf.LEXICON_FILE
        cache_dir = cache_dir or config.cache_dir()
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
        cache = cache_dir / f"lexicon-{digest}-s{SKELETON_VERSION}.bin"
        if not cache.exists():
            cache_dir.mkdir(parents=True, exist_ok=True)
            with FileLock(str(cache) + ".lock"):
                if not cache.exists():
                    _write_cache(source, cache)
        return cls._read_cache(cache)

    @classmethod
    def _read_cache(cls, path: Path) -> Lexicon:
        data = path.read_bytes()
        if not data.startswith(_MAGIC):
            path.unlink(missing_ok=True)
            raise OSError(f"{path}: not a lexicon cache")
        pos = len(_MAGIC)
        header_end = data.index(b"\n", pos)
        count, words_len = (int(x) for x in data[pos:header_end].split())
        pos = header_end + 1
        words = data[pos : pos + words_len].decode("utf-8").split("\n")
        pos += words_len
        zipf = array("B")
        zipf.frombytes(data[pos : pos + count])
        pos += count
        bits = array("H")
        bits.frombytes(data[pos : pos + 2 * count])
        if len(words) != count or len(bits) != count:
            path.unlink(missing_ok=True)
            raise OSError(f"{path}: truncated lexicon cache")
        return cls(words, zipf, bits)

    def get(self, word: str) -> tuple[float, int] | None:
        """(zipf, bits) of an exact lower-case form, or None."""
        i = self._fast.get(word)
        if i is None:
            sk = skeleton(word)
            lo = bisect_left(self._words, sk, key=skeleton)
            hi = len(self._words)
            while lo < hi and self._words[lo] != word:
                if skeleton(self._words[lo]) != sk:
                    return None
                lo += 1
            if lo >= hi:
                return None
            i = lo
        return self._zipf[i] / 10.0, self._bits[i]

    def same_skeleton(self, sk: str) -> Iterator[tuple[str, float, int]]:
        """Every form whose OCR skeleton is ``sk``: the forms an OCR reading with that skeleton may stand for."""
        lo = bisect_left(self._words, sk, key=skeleton)
        hi = bisect_right(self._words, sk, lo=lo, key=skeleton)
        for i in range(lo, hi):
            yield self._words[i], self._zipf[i] / 10.0, self._bits[i]

    def has_skeleton_prefix(self, prefix: str) -> bool:
        i = bisect_left(self._words, prefix, key=skeleton)
        return i < len(self._words) and skeleton(self._words[i]).startswith(prefix)


def _write_cache(source: Path, cache: Path) -> None:
    entries = []
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, zipf, bits = line.rstrip("\n").split("\t")
            entries.append((skeleton(word), word, min(int(zipf), 255), int(bits)))
    entries.sort()
    words_blob = "\n".join(e[1] for e in entries).encode("utf-8")
    zipf = array("B", (e[2] for e in entries))
    bits = array("H", (e[3] for e in entries))
    fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".lexicon-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(_MAGIC)
            out.write(f"{len(entries)} {len(words_blob)}\n".encode())
            out.write(words_blob)
            out.write(zipf.tobytes())
            out.write(bits.tobytes())
        os.replace(tmp, cache)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
