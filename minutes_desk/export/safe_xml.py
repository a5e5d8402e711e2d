"""Parsing XML that came from outside: no entities, no DTD, no network, bounded size.

An exported file travels by mail and shared folders before it is imported or verified, so it is
treated as hostile: a DTD (the carrier of billion-laughs and external-entity attacks) is refused
outright rather than parsed carefully, and the size is capped before lxml sees a byte.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from minutes_desk.errors import InputError
from minutes_desk.textio import read_capped_bytes

NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""A character XML 1.0 cannot carry at all, not even as a character reference."""

MAX_XML_BYTES = 20 * 1024 * 1024
"""Far above any real record (a 20-item record is ~100 kB) and small enough to parse in memory."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
        remove_pis=False,
    )


def parse_bytes(data: bytes, name: str = "XML-filen") -> etree._ElementTree:
    """The parsed document; InputError (one Swedish line) for anything unsafe or malformed."""
    if len(data) > MAX_XML_BYTES:
        raise InputError(f"{name}: filen är för stor för att vara ett protokoll ({len(data) // 1024} kB)")
    if not data.strip():
        raise InputError(f"{name}: filen är tom")
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: ogiltig XML ({_first_line(exc)})") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputError(f"{name}: XML med DTD (<!DOCTYPE …>) tas inte emot av säkerhetsskäl")
    if _has_entity_refs(tree.getroot()):
        raise InputError(f"{name}: XML med entitetsreferenser tas inte emot av säkerhetsskäl")
    return tree


def parse_file(path: str | Path) -> etree._ElementTree:
    path = Path(path)
    return parse_bytes(read_capped_bytes(path, MAX_XML_BYTES), path.name)


def _has_entity_refs(root: etree._Element) -> bool:
    return any(isinstance(node, etree._Entity) for node in root.iter())


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
