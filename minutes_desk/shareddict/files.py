"""Appending to and reading back ``.mdict`` files without ever leaving them unreadable.

Writers only append whole lines (one ``os.write`` per chunk on an ``O_APPEND`` descriptor, then
``fsync``); readers only consume complete, checksummed lines. A process killed mid-write leaves at
most one torn line at the end, which the reader skips and the next writer closes off with a newline.
No lock is taken on shared files: each file has a single writer (one user on one machine).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from minutes_desk.shareddict.lineformat import FORMAT_VERSION, Record, decode, encode, header_version

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 256 * 1024 * 1024
"""About 3 million entries: a larger file in the shared folder is not one of ours and is skipped."""

CHUNK_BYTES = 64 * 1024
"""Large imports are written in chunks, each fsynced, so a crash loses at most the chunk in flight."""


def append_lines(path: Path, data: bytes, header: bytes | None = None, *, private: bool = False) -> None:
    """Append complete lines to ``path``, creating it (with ``header``) if missing or empty.

    A line torn by an earlier crash is closed off with a newline (then skipped by readers); in a
    ``private`` file, which nobody else reads, it is cut off instead.
    """
    if not data:
        return
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    try:
        size = os.fstat(fd).st_size
        prefix = b""
        if size == 0:
            prefix = header or b""
        elif _read_at(fd, size - 1, 1) != b"\n":
            if private:
                os.ftruncate(fd, len(complete_part(_read_at(fd, 0, size))))
            else:
                prefix = b"\n"
        _write_chunks(fd, prefix + data)
    finally:
        os.close(fd)


def _read_at(fd: int, offset: int, size: int) -> bytes:
    """Like os.pread, which Windows lacks; with O_APPEND, writes go to the end whatever the position."""
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, size)


def _write_chunks(fd: int, data: bytes) -> None:
    start = 0
    while start < len(data):
        end = len(data) if len(data) - start <= CHUNK_BYTES else data.rfind(b"\n", start, start + CHUNK_BYTES) + 1
        if end <= start:
            end = data.index(b"\n", start + CHUNK_BYTES) + 1
        view = memoryview(data)[start:end]
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
        start = end


def complete_part(data: bytes) -> bytes:
    """The bytes up to and including the last newline: a line still being written is left for later."""
    return data[: data.rfind(b"\n") + 1]


@dataclass(slots=True)
class ParseResult:
    records: list[Record]
    consumed: int
    """Bytes of complete lines read; the next read starts here."""
    damaged: int
    first_damaged_line: int


def parse(data: bytes, first_line_number: int = 1) -> ParseResult:
    """Records from the complete lines of ``data``; damaged lines are counted, never fatal."""
    body = complete_part(data)
    records: list[Record] = []
    damaged = 0
    first_damaged = 0
    append = records.append
    for number, line in enumerate(body.split(b"\n")[:-1], first_line_number):
        if not line or line[0] == 35:  # "#": a header or comment
            continue
        record = decode(line)
        if record is None:
            damaged += 1
            first_damaged = first_damaged or number
        else:
            append(record)
    return ParseResult(records, len(body), damaged, first_damaged)


@dataclass(slots=True)
class Tail:
    """How far one file has been read: its identity and the bytes of complete lines consumed."""

    inode: int
    consumed: int = 0
    lines: int = 0


def read_tail(path: Path, tail: Tail | None) -> tuple[list[Record], Tail] | None:
    """New records appended to ``path`` since ``tail``; None if the file was replaced or shrank.

    Damaged lines are skipped with a warning that names the file and the first bad line.
    """
    with open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        if tail is not None and (stat.st_ino != tail.inode or stat.st_size < tail.consumed):
            return None
        tail = tail or Tail(stat.st_ino)
        if tail.consumed == 0 and not _readable_version(handle, path):
            return [], Tail(stat.st_ino, stat.st_size)
        handle.seek(tail.consumed)
        data = handle.read()
    result = parse(data, tail.lines + 1)
    if result.damaged:
        log.warning(
            "%s: %d trasig(a) rad(er) hoppades över (första på rad %d)",
            path.name, result.damaged, result.first_damaged_line,
        )
    lines = tail.lines + data.count(b"\n", 0, result.consumed)
    return result.records, Tail(tail.inode, tail.consumed + result.consumed, lines)


def _readable_version(handle: BinaryIO, path: Path) -> bool:
    first = handle.readline(4096)
    handle.seek(0)
    version = header_version(first)
    if version is not None and version > FORMAT_VERSION:
        log.warning("%s: skriven av en nyare version av programmet (format %d); hoppas över", path.name, version)
        return False
    return True


def copy_new_bytes(source: Path, target: Path) -> bool:
    """Bring ``target`` up to date with the append-only ``source``; True if anything changed.

    Only complete lines are copied. A source that no longer starts like the copy (replaced or
    truncated) is copied whole into a fresh file, so readers of the old copy notice the new inode.
    """
    with open(source, "rb") as src:
        size = os.fstat(src.fileno()).st_size
        if size > MAX_FILE_BYTES:
            log.warning("%s: för stor för en ordlistefil (%d MB); hoppas över", source.name, size // 2**20)
            return False
        try:
            have = target.stat().st_size
        except FileNotFoundError:
            have = -1
        if have >= 0 and have <= size:
            head = src.read(min(have, 4096))
            with open(target, "rb") as dst:
                same_start = dst.read(len(head)) == head
            if same_start:
                if have == size:
                    return False
                src.seek(have)
                new = complete_part(src.read(size - have))
                if not new:
                    return False
                with open(target, "ab") as dst:
                    dst.write(new)
                return True
        src.seek(0)
        data = complete_part(src.read(size))
    write_atomically(target, data)
    return True


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def truncate(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(0)
        os.fsync(handle.fileno())


def encode_all(records: Iterable[Record]) -> bytes:
    return b"".join(encode(r) for r in records)
