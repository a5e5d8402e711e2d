"""``check``, ``correct`` and ``evaluate``: the proofreading engine on the command line."""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from typing import TYPE_CHECKING

from minutes_desk.textio import read_text_file

if TYPE_CHECKING:
    from minutes_desk.proof.flags import Flag

_KIND_SV = {"non-word": "okänt ord", "ocr-pattern": "OCR-mönster", "real-word": "troligen fel ord"}


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    check = subparsers.add_parser("check", help="hitta OCR-fel i en textfil")
    check.add_argument("file", metavar="FIL")
    check.add_argument("--format", choices=("json", "text"), default="text", help="utdataformat (standard: text)")
    check.set_defaults(func=_check)

    correct = subparsers.add_parser("correct", help="skriv ut texten med varje flaggat ord ersatt av bästa förslaget")
    correct.add_argument("file", metavar="FIL")
    correct.set_defaults(func=_correct)

    evaluate = subparsers.add_parser(
        "evaluate", help="mät motorn mot en ordlikställd handrättad text (precision, täckning, F1, förslag)"
    )
    evaluate.add_argument("ocr_file", metavar="OCR_FIL")
    evaluate.add_argument("gold_file", metavar="FACIT_FIL")
    evaluate.add_argument("--format", choices=("json", "text"), default="text", help="utdataformat (standard: text)")
    evaluate.add_argument("--details", action="store_true", help="lista missade, falska och felrättade ord")
    evaluate.set_defaults(func=_evaluate)


def _flags(text: str) -> list[Flag]:
    # The engine (and through document_names, the parser) load only for these commands.
    from minutes_desk.proof.engine import Engine
    from minutes_desk.proof.names import document_names

    engine = Engine.load()
    names = document_names(text)
    return engine.check(text, engine.profile(text, names), known_words=names)


def _check(args: argparse.Namespace) -> int:
    text = read_text_file(args.file).text
    flags = _flags(text)
    if args.format == "json":
        json.dump([f.to_dict() for f in flags], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)
    for f in flags:
        line = bisect.bisect_right(line_starts, f.start)
        column = f.start - line_starts[line - 1] + 1
        proposals = ", ".join(w for w, _ in f.suggestions[:3]) or "inga förslag"
        print(f"{line}:{column}\t{f.word}\t{_KIND_SV[f.kind.value]} ({f.confidence:.2f})\t→ {proposals}")
    print(f"{len(flags)} misstänkta ord", file=sys.stderr)
    return 0


def _correct(args: argparse.Namespace) -> int:
    text = read_text_file(args.file).text
    from minutes_desk.proof.engine import corrected_text

    sys.stdout.write(corrected_text(text, _flags(text)))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    ocr = read_text_file(args.ocr_file).text
    gold = read_text_file(args.gold_file).text
    from minutes_desk.proof.evaluation import score

    result = score(ocr, gold, _flags(ocr))
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"fel i OCR-texten:        {result.errors} av {result.errors + result.correct_tokens} ord")
    print(f"upptäckt precision:      {result.precision:.4f}")
    print(f"upptäckt täckning:       {result.recall:.4f}")
    print(f"upptäckt F1:             {result.f1:.4f}")
    print(f"bästa förslaget rätt:    {result.suggestion_accuracy:.4f} ({result.corrected} av {result.errors})")
    print(f"rätta ord som ändras:    {result.changed_share:.4f} ({result.changed_correct} av {result.correct_tokens})")
    if args.details:
        for ocr_word, gold_word in result.missed:
            print(f"missat\t{ocr_word}\t{gold_word}")
        for ocr_word, fixed in result.false_alarms:
            print(f"falskt\t{ocr_word}\t{fixed}")
        for ocr_word, gold_word, fixed in result.wrong_suggestions:
            print(f"fel förslag\t{ocr_word}\t{gold_word}\t{fixed}")
    return 0
