"""The engine's word list at run time: membership, frequency and usage bits of ~1M Swedish forms.

Nothing of that size may be built at start, so the first run turns ``dictionaries/lexicon.tsv.gz``
into a cache file (in config.cache_dir(), under a file lock, named after the lexicon's hash so a
new lexicon is picked up by itself). Later starts read that file with one split: the forms sorted
by their OCR skeleton (see :mod:`channel`), so that one bisect finds every form an OCR reading
may stand for ("Sodertalje" -> "Södertälje"), plus two compact arrays for frequency and bits, and the
forms' order by their skeleton read backwards (for the forms that end as a damaged token does),
and a Bloom filter of the skeletons: most skeletons the engine asks of are in no form, and the
filter says so without a search.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from zlib import crc32


from minutes_desk import config
from minutes_desk.proof import lexicon_format as lf
from minutes_desk.proof.channel import SKELETON_VERSION, skeleton

_MAGIC = b"MDLEX6\n"
_FAST_ZIPF = 30
"""Forms at least this frequent (zipf 3.0) also go into a dict, so most tokens are found in O(1)."""
_BLOCK = 16
"""One skeleton in every _BLOCK is kept as a Python object; the rest stay in one bytes blob."""
_BLOOM_MASK = (1 << 24) - 1
"""The filter's size in bits less one: 2 MB, two slots per skeleton, 1 % false hits over 930,000."""


class Lexicon:
    """Forms sorted by (skeleton, form), held as blobs with offset arrays.

    A million Python strings would take 0.3 s to create at every start and 60 MB; instead every
    16th skeleton is an object (a C bisect finds the block) and the block is searched in the blob.
    """

    def __init__(self, sk_blob: bytes, sk_offsets: array, blob: str, offsets: array, zipf: array,
                 bits: array, fast: array, backward: array, bloom: bytes) -> None:
        self._sk_blob = sk_blob
        self._sk_offsets = sk_offsets
        self._count = len(zipf)
        self._sparse = [sk_blob[sk_offsets[i] : sk_offsets[i + 1]] for i in range(0, self._count, _BLOCK)]
        self._blob = blob
        self._offsets = offsets
        self._zipf = zipf
        self._bits = bits
        self._fast = {blob[offsets[i] : offsets[i + 1]]: i for i in fast}
        self._backward = backward
        self._bloom = bloom
        self._ranges: dict[str, tuple[int, int]] = {}
        self._prefixes: dict[str, bool] = {}

    def __len__(self) -> int:
        return self._count

    @classmethod
    def load(cls, source: Path | None = None, cache_dir: Path | None = None) -> Lexicon:
        source = source or config.dictionaries_dir() / lf.LEXICON_FILE
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
        name = f"lexicon-{digest}-s{SKELETON_VERSION}-{_MAGIC[2:-1].decode()}.bin"
        try:
            cache = _ensure_cache(source, (cache_dir or config.cache_dir()) / name)
        except OSError:
            # the cache directory cannot be written (read-only home, a file in its place): use /tmp
            cache = _ensure_cache(source, Path(tempfile.gettempdir()) / f"minutes_desk-{config.user_name()}" / name)
        try:
            return cls._read_cache(cache)
        except (OSError, ValueError, UnicodeDecodeError):
            # a damaged cache (disk full, killed mid-copy): build it again once
            with _build_lock(cache):
                _write_cache(source, cache)
            return cls._read_cache(cache)

    @classmethod
    def _read_cache(cls, path: Path) -> Lexicon:
        data = path.read_bytes()
        if not data.startswith(_MAGIC):
            raise ValueError(f"{path}: not a lexicon cache")
        pos = len(_MAGIC)
        header_end = data.index(b"\n", pos)
        count, sk_len, words_len, n_fast = (int(x) for x in data[pos:header_end].split())
        pos = header_end + 1

        def take(size: int) -> bytes:
            nonlocal pos
            chunk = data[pos : pos + size]
            if len(chunk) != size:
                raise ValueError(f"{path}: truncated lexicon cache")
            pos += size
            return chunk

        sk_blob = take(sk_len)
        blob = take(words_len).decode("utf-8")
        bloom = take((_BLOOM_MASK + 1) // 8)
        arrays = []
        for code, size in (("I", count + 1), ("I", count + 1), ("B", count), ("H", count), ("I", n_fast), ("I", count)):
            arr = array(code)
            arr.frombytes(take(size * arr.itemsize))
            arrays.append(arr)
        sk_offsets, offsets, zipf, bits, fast, backward = arrays
        if pos != len(data) or sk_offsets[-1] != sk_len or offsets[-1] != len(blob):
            raise ValueError(f"{path}: damaged lexicon cache")
        return cls(sk_blob, sk_offsets, blob, offsets, zipf, bits, fast, backward, bloom)

    def _key(self, i: int) -> bytes:
        return self._sk_blob[self._sk_offsets[i] : self._sk_offsets[i + 1]]

    def _bound(self, target: bytes, right: bool) -> int:
        """First index whose skeleton is >= target (> target when ``right``)."""
        block = (bisect_right if right else bisect_left)(self._sparse, target)
        lo = max(0, (block - 1) * _BLOCK)
        hi = min(self._count, block * _BLOCK)
        while lo < hi:
            mid = (lo + hi) // 2
            key = self._key(mid)
            if key < target or (right and key == target):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _range(self, sk: str) -> tuple[int, int]:
        found = self._ranges.get(sk)
        if found is None:
            target = sk.encode("utf-8")
            bloom = self._bloom
            a, b = _bloom_slots(target)
            if not (bloom[a >> 3] >> (a & 7) & 1 and bloom[b >> 3] >> (b & 7) & 1):
                lo = hi = 0
            else:
                lo = self._bound(target, False)
                hi = lo if lo >= self._count or self._key(lo) != target else self._bound(target, True)
            if len(self._ranges) > 50_000:
                self._ranges.clear()
            found = self._ranges[sk] = (lo, hi)
        return found

    def get(self, word: str) -> tuple[float, int] | None:
        """(zipf, bits) of an exact lower-case form, or None."""
        i = self._fast.get(word)
        if i is None:
            lo, hi = self._range(skeleton(word))
            blob, offsets = self._blob, self._offsets
            for j in range(lo, hi):
                if blob[offsets[j] : offsets[j + 1]] == word:
                    i = j
                    break
            else:
                return None
        return self._zipf[i] / 10.0, self._bits[i]

    def frequent(self, word: str) -> tuple[float, int] | None:
        """(zipf, bits) of an exact lower-case form of zipf 3.0 or more, or None: get() without the
        search, for callers that want common words only and ask of many strings."""
        i = self._fast.get(word)
        return None if i is None else (self._zipf[i] / 10.0, self._bits[i])

    def frequent_of(self, forms: Iterable[str]) -> dict[str, tuple[float, int]]:
        """frequent() of many forms at once: those of zipf 3.0 or more, with (zipf, bits)."""
        fast, zipf, bits = self._fast, self._zipf, self._bits
        return {form: (zipf[i] / 10.0, bits[i]) for form in forms if (i := fast.get(form)) is not None}

    def abbreviation(self, word: str) -> bool:
        """Is ``word`` (without its dot) an abbreviation ("tel", "bl.a"), so that a dot after it ends no sentence?"""
        entry, dotted = self.get(word), self.get(word + ".")
        return dotted is not None or entry is not None and bool(entry[1] & lf.ABBREV)

    def same_skeleton(self, sk: str) -> Iterator[tuple[str, float, int]]:
        """Every form whose OCR skeleton is ``sk``: the forms an OCR reading with that skeleton may stand for."""
        lo, hi = self._range(sk)
        blob, offsets, zipf, bits = self._blob, self._offsets, self._zipf, self._bits
        for i in range(lo, hi):
            yield blob[offsets[i] : offsets[i + 1]], zipf[i] / 10.0, bits[i]

    def with_skeleton_prefix(self, prefix: str, most: int) -> list[tuple[str, float, int]] | None:
        """Every form whose skeleton begins with ``prefix``; None when there are more than ``most``."""
        target = prefix.encode("utf-8")
        lo = self._bound(target, False)
        hi = self._bound(target + b"\xff", False)  # (no UTF-8 byte is 0xff: past every longer skeleton)
        if hi - lo > most:
            return None
        blob, offsets, zipf, bits = self._blob, self._offsets, self._zipf, self._bits
        return [(blob[offsets[i] : offsets[i + 1]], zipf[i] / 10.0, bits[i]) for i in range(lo, hi)]

    def with_skeleton_suffix(self, suffix: str, most: int) -> list[tuple[str, float, int]] | None:
        """Every form whose skeleton ends with ``suffix``; None when there are more than ``most``."""
        target = suffix.encode("utf-8")[::-1]
        lo, hi = self._backward_bound(target), self._backward_bound(target + b"\xff")
        if hi - lo > most:
            return None
        blob, offsets, zipf, bits = self._blob, self._offsets, self._zipf, self._bits
        return [(blob[offsets[i] : offsets[i + 1]], zipf[i] / 10.0, bits[i]) for i in self._backward[lo:hi]]

    def has_skeleton_suffix(self, suffix: str) -> bool:
        target = suffix.encode("utf-8")[::-1]
        i = self._backward_bound(target)
        return i < self._count and self._backward_key(i).startswith(target)

    def _backward_key(self, k: int) -> bytes:
        i = self._backward[k]
        return self._sk_blob[self._sk_offsets[i] : self._sk_offsets[i + 1]][::-1]

    def _backward_bound(self, target: bytes) -> int:
        """First place in the backward order whose reversed skeleton is >= target."""
        lo, hi = 0, self._count
        while lo < hi:
            mid = (lo + hi) // 2
            if self._backward_key(mid) < target:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def has_skeleton(self, sk: str) -> bool:
        lo, hi = self._range(sk)
        return hi > lo

    def has_skeleton_prefix(self, prefix: str) -> bool:
        found = self._prefixes.get(prefix)
        if found is None:
            target = prefix.encode("utf-8")
            i = self._bound(target, False)
            found = i < self._count and self._key(i).startswith(target)
            if len(self._prefixes) > 50_000:
                self._prefixes.clear()
            self._prefixes[prefix] = found
        return found


def _bloom_slots(key: bytes) -> tuple[int, int]:
    """The filter's two bits for a skeleton: CRCs of its bytes forwards and backwards, which are
    different linear maps of the key, so two skeletons that share one slot seldom share the other."""
    return crc32(key) & _BLOOM_MASK, crc32(key[::-1]) & _BLOOM_MASK


def _build_lock(cache: Path) -> AbstractContextManager[object]:
    """The lock two processes building the same cache take (filelock is imported here, as only a
    build needs it: its import cost every start 20 ms of the engine's 0.35 s)."""
    from filelock import FileLock

    return FileLock(str(cache) + ".lock")


def _ensure_cache(source: Path, cache: Path) -> Path:
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        with _build_lock(cache):
            if not cache.exists():
                _write_cache(source, cache)
    return cache


def _write_cache(source: Path, cache: Path) -> None:
    # one bytes object per form, "skeleton NUL word NUL zipf bits", so that a plain sort orders the
    # forms by (skeleton, word) at a third of the memory tuples would take
    entries: list[bytes] = []
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, zipf, bits = line.rstrip("\n").split("\t")
            info = bytes((min(int(zipf), 255),)) + int(bits).to_bytes(2, "little")
            entries.append(b"%s\0%s\0%s" % (skeleton(word).encode("utf-8"), word.encode("utf-8"), info))
    entries.sort()
    sk_offsets, offsets = array("I", [0]), array("I", [0])
    zipf_arr, bits_arr, fast = array("B"), array("H"), array("I")
    sk_blob, words_blob = bytearray(), bytearray()
    for i, entry in enumerate(entries):
        sk, _, rest = entry.partition(b"\0")
        word_bytes, info = rest[:-4], rest[-3:]
        sk_blob += sk
        words_blob += word_bytes
        sk_offsets.append(sk_offsets[-1] + len(sk))
        offsets.append(offsets[-1] + len(word_bytes.decode("utf-8")))
        zipf_arr.append(info[0])
        bits_arr.append(int.from_bytes(info[1:], "little"))
        if info[0] >= _FAST_ZIPF:
            fast.append(i)
    del entries
    # (the skeleton's bytes read backwards: a suffix of the skeleton is a prefix of that, whole characters and all)
    backward = array("I", sorted(range(len(zipf_arr)), key=lambda i: sk_blob[sk_offsets[i] : sk_offsets[i + 1]][::-1]))
    bloom = bytearray((_BLOOM_MASK + 1) // 8)
    for i in range(len(zipf_arr)):
        for slot in _bloom_slots(bytes(sk_blob[sk_offsets[i] : sk_offsets[i + 1]])):
            bloom[slot >> 3] |= 1 << (slot & 7)
    fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".lexicon-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(_MAGIC)
            out.write(f"{len(zipf_arr)} {len(sk_blob)} {len(words_blob)} {len(fast)}\n".encode())
            out.write(sk_blob)
            out.write(words_blob)
            out.write(bloom)
            for arr in (sk_offsets, offsets, zipf_arr, bits_arr, fast, backward):
                out.write(arr.tobytes())
        os.replace(tmp, cache)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in cache.parent.glob("lexicon-*.bin"):
        if old != cache:
            old.unlink(missing_ok=True)  # an earlier lexicon's cache: 40 MB nobody reads any more
