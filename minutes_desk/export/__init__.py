"""Export of records and checking of exported files (GUI-free).

Public API::

    from minutes_desk.export import export_record, verify_file, read_native_xml, SigningKey

    result = export_record(meeting, xml=Path, pdf_path=Path, akn=Path, sign=SigningKey(p12, password),
                           corrections=summarize_corrections([(old, new), ...]))
        # ExportResult(written, content_hash, final, pages); a draft gets the UTKAST mark, an approved
        # record exports as final; IntegrityError when an approved record no longer matches its hash,
        # MinutesDeskError when the native XML would not validate; nothing is written on failure
    verification = verify_file(path)     # XML or PDF; Verification(kind, meeting, content_hash,
                                         # signatures); IntegrityError (one line) when altered
    record = read_native_xml(path)       # NativeRecord(meeting, record_hash, corrections, ...),
                                         # parsed safely; InputError for hostile or broken files

Modules: native_xml (own format, resources/schema/), akoma_ntoso, pdf (layout), pdfa (PDF/A-3b
finishing), signing (PAdES via pyHanko), verify, safe_xml, exporter (the files, atomically).
"""

from minutes_desk.export.exporter import ExportResult, SigningKey, export_record
from minutes_desk.export.native_xml import NativeRecord, summarize_corrections
from minutes_desk.export.native_xml import read as read_native_xml
from minutes_desk.export.verify import Verification, verify_file

__all__ = [
    "ExportResult",
    "NativeRecord",
    "SigningKey",
    "Verification",
    "export_record",
    "read_native_xml",
    "summarize_corrections",
    "verify_file",
]
