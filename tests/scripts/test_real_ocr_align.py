"""scripts/real_ocr.py's alignment, line rebuilding and printing on small handmade cases (no tesseract needed)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import PROJECT_ROOT

spec = importlib.util.spec_from_file_location("real_ocr", PROJECT_ROOT / "scripts" / "real_ocr.py")
real_ocr = importlib.util.module_from_spec(spec)
sys.modules["real_ocr"] = real_ocr  # its dataclasses look themselves up there
spec.loader.exec_module(real_ocr)

GOLD = "\n".join([
    " Minnesanteckningar från",
    "Södertörnskommunernas ledningsgrupp",
    "",
    "Tid Fredag den 9 juni kl 08.30-11.00",
    "",
    "Inga övriga frågor anmäls.",
    "10.  Övriga frågor",
    "",
]) + "\n"


def assert_token_aligned(gold: str, ocr: str) -> None:
    """The format `minutes-desk evaluate` needs: same lines, same whitespace, same tokens per line."""
    g_lines, o_lines = gold.split("\n"), ocr.split("\n")
    assert len(g_lines) == len(o_lines)
    for g, o in zip(g_lines, o_lines):
        assert re.findall(r"\s+", g) == re.findall(r"\s+", o)
        assert len(g.split()) == len(o.split())
        assert (g[:1].isspace(), g[-1:].isspace()) == (o[:1].isspace(), o[-1:].isspace())


def ocr_of(*lines: str) -> str:
    """What tesseract prints: no blank lines kept from the page, single spaces, a form feed at the end."""
    return "\n".join(lines) + "\n\f"


def test_clean_reading_keeps_every_line_unchanged() -> None:
    ocr = ocr_of("Minnesanteckningar från", "Södertörnskommunernas ledningsgrupp",
                 "Tid Fredag den 9 juni kl 08.30-11.00", "Inga övriga frågor anmäls.", "10. Övriga frågor")
    pair = real_ocr.make_pair(GOLD, ocr)
    assert pair.gold == GOLD and pair.ocr == GOLD
    assert (pair.lines_kept, pair.lines_dropped, pair.tokens_dropped) == (5, 0, 0)
    assert pair.word_tokens_damaged == pair.tokens_damaged == 0
    assert pair.word_tokens == 15  # "9", "08.30-11.00" and "10." hold no letter


def test_damaged_tokens_are_kept_in_the_gold_whitespace() -> None:
    ocr = ocr_of("Minnesanteckningar fran", "Sédertérnskommunernas ledningsgrupp",
                 "Tid Fredag den 9 juni kI 08.30-11.00", "Inga 6vriga fragor anmals.", "10. Qvriga fragor")
    pair = real_ocr.make_pair(GOLD, ocr)
    assert_token_aligned(pair.gold, pair.ocr)
    assert pair.gold == GOLD
    assert pair.ocr.split("\n") == [
        " Minnesanteckningar fran", "Sédertérnskommunernas ledningsgrupp", "",
        "Tid Fredag den 9 juni kI 08.30-11.00", "", "Inga 6vriga fragor anmals.", "10.  Qvriga fragor", "", "",
    ]
    assert (pair.word_tokens_damaged, pair.word_tokens, pair.tokens_damaged) == (8, 15, 8)


def test_split_token_drops_the_line_from_both_files() -> None:
    ocr = ocr_of("Minnesanteckningar från", "Södertörns kommunernas ledningsgrupp",
                 "Tid Fredag den 9 juni kl 08.30-11.00", "Inga övriga frågor anmäls.", "10. Övriga frågor")
    pair = real_ocr.make_pair(GOLD, ocr)
    assert_token_aligned(pair.gold, pair.ocr)
    assert "ledningsgrupp" not in pair.gold and "ledningsgrupp" not in pair.ocr
    assert (pair.lines_kept, pair.lines_dropped, pair.tokens_dropped) == (4, 1, 2)
    assert pair.ocr == pair.gold  # the other lines were read cleanly and stay


def test_merged_token_drops_the_line() -> None:
    ocr = ocr_of("Minnesanteckningar från", "Södertörnskommunernas ledningsgrupp",
                 "Tid Fredag den 9 junikl 08.30-11.00", "Inga övriga frågor anmäls.", "10. Övriga frågor")
    pair = real_ocr.make_pair(GOLD, ocr)
    assert_token_aligned(pair.gold, pair.ocr)
    assert "Fredag" not in pair.gold
    assert pair.lines_dropped == 1 and pair.tokens_dropped == 7


def test_stray_speck_token_drops_the_line() -> None:
    ocr = ocr_of("Minnesanteckningar från :", "Södertörnskommunernas ledningsgrupp",
                 "Tid Fredag den 9 juni kl 08.30-11.00", "Inga övriga frågor anmäls.", "10. Övriga frågor")
    pair = real_ocr.make_pair(GOLD, ocr)
    assert "Minnesanteckningar" not in pair.gold
    assert pair.lines_dropped == 1


def test_lost_line_is_dropped_and_the_rest_stays_in_step() -> None:
    ocr = ocr_of("Minnesanteckningar från", "Tid Fredag den 9 juni kl 08.30-11.00",
                 "Inga 6vriga frågor anmäls.", "10. Övriga frågor")
    pair = real_ocr.make_pair(GOLD, ocr)
    assert_token_aligned(pair.gold, pair.ocr)
    assert "Södertörnskommunernas" not in pair.gold
    assert "Inga 6vriga frågor anmäls." in pair.ocr.split("\n")
    assert (pair.lines_kept, pair.lines_dropped) == (4, 1)


def test_two_lines_read_as_one_drop_both() -> None:
    ocr = ocr_of("Minnesanteckningar från Södertörnskommunernas ledningsgrupp",
                 "Tid Fredag den 9 juni kl 08.30-11.00", "Inga övriga frågor anmäls.", "10. Övriga frågor")
    pair = real_ocr.make_pair(GOLD, ocr)
    assert_token_aligned(pair.gold, pair.ocr)
    assert "Minnesanteckningar" not in pair.gold and "ledningsgrupp" not in pair.gold
    assert (pair.lines_kept, pair.lines_dropped) == (3, 2)


def test_invented_ocr_line_is_ignored() -> None:
    ocr = ocr_of("Minnesanteckningar från", "~ , ' .", "Södertörnskommunernas ledningsgrupp",
                 "Tid Fredag den 9 juni kl 08.30-11.00", "Inga övriga frågor anmäls.", "10. Övriga frågor")
    pair = real_ocr.make_pair(GOLD, ocr)
    assert pair.ocr == GOLD and pair.lines_dropped == 0


def test_tokens_map_one_to_one_when_only_damaged() -> None:
    assert real_ocr.align_tokens(["kl", "i", "övriga"], ["kI", "1", "6vriga"]) == ["kI", "1", "6vriga"]
    assert real_ocr.align_tokens(["Inga", "övriga"], ["Inga", "övr", "iga"]) is None


def test_a_split_and_a_merge_that_cancel_out_in_the_count_are_caught() -> None:
    gold = ["Camilla", "Broo", "utses", "som", "justerare"]
    ocr = ["Cam", "illa", "Broo", "utsessom", "justerare"]
    assert real_ocr.align_tokens(gold, ocr) is None


def test_lost_and_invented_token_in_one_line_are_caught() -> None:
    gold = ["Magnus", "Gyllestad", "hälsar", "alla", "välkomna"]
    ocr = ["Magnus", "hälsar", "alla", "välkomna", "—"]
    assert real_ocr.align_tokens(gold, ocr) is None


def test_rebuild_keeps_leading_trailing_and_double_whitespace() -> None:
    assert real_ocr.rebuild_line(" 10.  Övriga\tfrågor  ", ["1O.", "Ovriga", "fragor"]) == " 1O.  Ovriga\tfragor  "


def test_folded_similarity_sees_through_lost_diacritics() -> None:
    assert real_ocr.similarity("Södertörn", "Sodertorn") == 1.0
    assert real_ocr.similarity("Södertörn", "Sédertérn") > 0.7
    assert real_ocr.similarity("och", "Valhall") < 0.5


def test_render_prints_each_line_unwrapped_and_paginates(tmp_path: Path) -> None:
    long_line = " ".join(["Kommunstyrelsens arbetsutskott beslutar att återremittera ärendet"] * 3)
    lines = [f"Rad {n} med å ä ö" for n in range(90)] + ["", long_line]
    pdf = tmp_path / "print.pdf"
    real_ocr.render_pdf(lines, pdf, real_ocr.PROFILES["eng-clean"])
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2
    assert float(reader.pages[0].mediabox.width) > 595.3  # widened, not wrapped
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Rad 0 med å ä ö" in text and "Rad 89 med å ä ö" in text
    assert any(line.strip() == long_line for line in text.split("\n"))


def test_a_merge_hidden_by_a_speck_is_caught() -> None:
    assert real_ocr.align_tokens(["Plats:", "Stadshuset"], ["Plats:.Stadshuset", ":"]) is None
    assert real_ocr.align_tokens(["Plats:", "Stadshuset"], ["Plats;", "Stadshusct"]) == ["Plats;", "Stadshusct"]
