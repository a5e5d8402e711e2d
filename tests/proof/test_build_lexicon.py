"""scripts/build_lexicon.py's parts on tiny sources of our own (the full build runs with `make lexicon`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from minutes_desk.proof import lexicon_format as lf
from tests.conftest import PROJECT_ROOT

spec = importlib.util.spec_from_file_location("build_lexicon", PROJECT_ROOT / "scripts" / "build_lexicon.py")
build = importlib.util.module_from_spec(spec)
sys.modules["build_lexicon"] = build  # its dataclasses look themselves up there
spec.loader.exec_module(build)

AFF = """SET UTF-8
SFX A Y 1
SFX A 0 s .
SFX D Y 2
SFX D 0 en [^e]
SFX D 0 ens [^e]
SFX v N 2
SFX v a s/WXZ a
SFX v 0 s/WXZ [^a]
"""
DIC = """5
kommun/ADvXY
möte/AY
Huddinge/AX
spöke/%
tvåord med/A
"""


def test_expansion_keeps_compound_flags(tmp_path: Path) -> None:
    (tmp_path / "t.aff").write_text(AFF, encoding="utf-8")
    (tmp_path / "t.dic").write_text(DIC, encoding="utf-8")
    forms = build.expand_hunspell([tmp_path / "t.dic"], build.parse_aff(tmp_path / "t.aff"))
    assert set(forms) == {"kommun", "kommuns", "kommunen", "kommunens", "möte", "mötes", "huddinge", "huddinges"}
    assert forms["kommun"] & (lf.WORD | lf.BEGIN | lf.END) == lf.WORD | lf.BEGIN | lf.END
    # the linking -s- form is a compound beginning only; the genitive -s is a word (and can end one)
    assert forms["kommuns"] & lf.BEGIN and forms["kommuns"] & lf.WORD and forms["kommuns"] & lf.END
    assert forms["kommunen"] & lf.END and not forms["kommunen"] & lf.BEGIN
    assert forms["huddinge"] & lf.PROPER and forms["huddinge"] & lf.BEGIN
    assert forms["möte"] & lf.LOWER and not forms["huddinge"] & lf.LOWER


def test_restorations_find_the_diacritic_form() -> None:
    known = {"från": 6.5, "fran": 3.9, "övriga": 5.0}
    assert build.restorations("fran", known) == 6.5
    assert build.restorations("ovriga", known) == 5.0
    assert build.restorations("xyz", known) == 0.0


def test_places_and_domain_words(tmp_path: Path) -> None:
    places = tmp_path / "places.tsv"
    places.write_text("# comment\nUpplands Väsby\tmunicipality\nHaninge\tmunicipality\n", encoding="utf-8")
    forms = build.read_places(places)
    assert {"upplands", "väsby", "väsbys", "haninge", "haninges"} <= set(forms)
    assert forms["haninges"] & lf.PROPER and forms["haninge"] & lf.BEGIN
    domain = tmp_path / "domain.tsv"
    domain.write_text("kl\tabbr\t5.0\nSKR\tabbr\nbör\tgenre\t6.0\n", encoding="utf-8")
    words = build.read_domain(domain)
    assert words["kl"] == (lf.WORD | lf.DOMAIN | lf.ABBREV | lf.LOWER, 5.0)
    assert words["skr"][0] & lf.UPPER and not words["skr"][0] & lf.LOWER
    assert words["bör"][1] == 6.0


def test_the_letter_model_is_built_from_the_lexicon_and_reads_back(tmp_path: Path) -> None:
    import gzip

    from minutes_desk.proof import letters

    lexicon = tmp_path / "lexicon.tsv.gz"
    rows = [("kommun", lf.WORD | lf.HUNSPELL | lf.LOWER), ("kommunen", lf.WORD | lf.HUNSPELL | lf.LOWER),
            ("lindgren", lf.WORD | lf.PROPER), ("lundgren", lf.WORD | lf.PROPER), ("xyz", lf.WORD | lf.LOWER)]
    with gzip.open(lexicon, "wt", encoding="utf-8") as out:
        out.writelines(f"{w}\t30\t{b}\n" for w, b in rows)
    out_path = tmp_path / "letters.tsv.gz"
    assert build.build_letters(lexicon, out_path) > 0
    model = letters.load(out_path)
    assert "^^x" not in model.trigrams  # web junk hunspell does not know is no Swedish
    assert model.trigrams["gre"] == 2 and model.pairs["^^"] == 4
    assert abs(model.typical - max(model.mean_logprob("lindgren"), model.mean_logprob("lundgren"))) < 1e-4
    first = out_path.read_bytes()
    build.build_letters(lexicon, out_path)
    assert out_path.read_bytes() == first  # same lexicon, same bytes


def test_names_take_their_frequency_from_the_population() -> None:
    names = build.name_frequencies([{"Marta": 0.000568, "Märta": 0.002804}, {"Berg": 0.2, "Ek": 0.00001}], first_names=1)
    assert names["märta"][0] & lf.FIRST_NAME and not names["berg"][0] & lf.FIRST_NAME  # a surname is no first name
    assert names["berg"][1] == build.NAME_ZIPF_MAX and names["ek"][1] == build.NAME_ZIPF  # bounded both ways
    bits, marta = names["marta"]
    assert bits & lf.PROPER and names["märta"][1] > marta  # five Märta to one Marta in Sweden
    assert build.NAME_ZIPF <= marta <= build.NAME_ZIPF_MAX and names["märtas"] == names["märta"]


def test_unseen_forms_take_a_frequency_from_their_stem(tmp_path: Path) -> None:
    (tmp_path / "t.aff").write_text(AFF, encoding="utf-8")
    (tmp_path / "t.dic").write_text(DIC, encoding="utf-8")
    paradigms: list[list[str]] = []
    build.expand_hunspell([tmp_path / "t.dic"], build.parse_aff(tmp_path / "t.aff"), paradigms)
    assert ["kommun", "kommuns", "kommunen", "kommunens"] in paradigms
    found = build.paradigm_frequencies(paradigms, {"kommun": 5.0, "kommunen": 5.0, "möte": 0.5})
    assert abs(found["kommunens"] - (5.0 + 0.30103 - build.PARADIGM_PENALTY)) < 1e-3
    assert "kommun" not in found and "mötes" not in found  # seen forms keep theirs; a rare stem lends nothing


def test_noises_are_no_words() -> None:
    assert build._NOISE.search("åååå") and build._NOISE.search("mmmm")
    assert not build._NOISE.search("glasssked") and not build._NOISE.search("kommunikatör")
