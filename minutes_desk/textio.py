"""Reading minutes text files as they arrive: any of the encodings Swedish offices produce.

Order of trust: a BOM, then strict UTF-8, then UTF-16 without BOM (NUL bytes in every other
position), then Windows-1252 (a superset of Latin-1 for å, ä, ö). A text that was UTF-8 read as
Windows-1252 once already ("NÃ¤mnden") is repaired. Binary files and empty files are refused with
a message, never half-read.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from minutes_desk.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
"""Minutes are a few pages; 20 MB of text is a wrong file, not a long meeting."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    sha256: str
    """Hash of the raw bytes, so a document is recognised whatever its encoding."""


def decode_bytes(data: bytes, name: str = "indata") -> DecodedText:
    if not data.strip():
        raise InputError(f"{name}: filen är tom")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: filen är för stor ({_size_text(len(data))}, högst {_size_text(MAX_BYTES)})")
    text, encoding = _decode(data, name)
    repaired = _repaired(text)
    if repaired != text:
        # UTF-8 once read as Windows-1252 and saved again ("NÃ¤mnden"): every å, ä, ö is two
        # characters; ftfy undoes that where the text shows it, and nothing else
        text, encoding = repaired, f"{encoding}, dubbelkodad (lagad)"
    # one line ending, and letters in composed form: a PDF text layer's decomposed "å" (a + ring)
    # looks the same but breaks search, sorting and the secretary's corrections
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{name}: filen innehåller ingen text")
    if _looks_binary(text):
        raise InputError(f"{name}: filen ser inte ut att vara text (binärfil?)")
    return DecodedText(text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def read_capped_bytes(path: str | Path, max_bytes: int) -> bytes:
    """A whole file, refused (one Swedish line) when missing, unreadable or larger than ``max_bytes``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path.name}: filen är för stor ({_size_text(size)}, högst {_size_text(max_bytes)})")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: filen finns inte") from None
    except IsADirectoryError:
        raise InputError(f"{path}: är en mapp, inte en fil") from None
    except PermissionError:
        raise InputError(f"{path}: saknar behörighet att läsa filen") from None
    except OSError as exc:
        raise InputError(f"{path.name}: filen kan inte läsas ({exc.strerror or exc})") from None


def read_text_file(path: str | Path) -> DecodedText:
    return decode_bytes(read_capped_bytes(path, MAX_BYTES), Path(path).name)


_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
"""The first character of a UTF-8 sequence read as Windows-1252 and a continuation byte's
character after it ("Ã¤", "â€“"): only a text showing them is handed to ftfy (whose import costs
about 50 ms at every start)."""


def _repaired(text: str) -> str:
    if not _MOJIBAKE.search(text):
        return text
    import ftfy  # (imported here: see _MOJIBAKE)

    return ftfy.fix_encoding(text)


def _size_text(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} kB"


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(f"{name}: felaktig {encoding}-text") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        raise InputError(f"{name}: filen ser inte ut att vara text (binärfil?)")
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) / 2)
    odd_nuls = data[1::2].count(0) / (len(data) / 2)
    for encoding, nul_share in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nul_share > 0.3:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(text: str) -> bool:
    """Control characters other than tab, newline and form feed mean this is not prose."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\f")
    controls += sample.count("\ufffd")
    return controls > max(8, len(sample) // 100)
