"""Build dictionaries/lexicon.tsv.gz from its sources (run with `make lexicon`).

Sources (see dictionaries/README.md for versions and licences):
- hunspell-sv (PyPI): sv_SE.dic/.aff and sv_SE_expanded.dic, every stem expanded through its
  suffix rules, with the compound flags (begin/middle/end, only-in-compound) kept per form;
- wordfreq's Swedish list for frequencies, cleaned of the diacritic-less web junk it holds;
- dictionaries/places.tsv (municipalities, counties, regions; copied from the CC0 reference data)
  in every inflected form;
- dictionaries/domain.tsv (our own: public bodies, abbreviations, words of the minutes genre);
- Swedish first names and surnames from Faker's sv_SE person provider (Isof and Skatteverket
  top-500 statistics).
Also writes dictionaries/letters.tsv.gz, the letter-trigram model of the built lexicon.
The output is deterministic: same sources, same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
import sysconfig
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutes_desk.proof import letters  # noqa: E402
from minutes_desk.proof import lexicon_format as lf  # noqa: E402
from minutes_desk.proof.channel import skeleton  # noqa: E402

DICT_DIR = ROOT / "dictionaries"
COMPOUND_FLAGS = {"X": lf.BEGIN, "U": lf.MIDDLE, "Y": lf.END}
ONLYINCOMPOUND, NEEDAFFIX, FORBIDDEN, NOSUGGEST, PERMIT = "Z", "¤", "%", "!", "W"


@dataclass(frozen=True)
class Suffix:
    strip: str
    add: str
    cont: str
    condition: re.Pattern[str]


def hunspell_dir() -> Path:
    return Path(sysconfig.get_path("data")) / "share" / "hunspell"


def parse_aff(path: Path) -> dict[str, list[Suffix]]:
    rules: dict[str, list[Suffix]] = defaultdict(list)
    headers: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] != "SFX":
            continue
        flag = parts[1]
        if flag not in headers:  # "SFX A Y 1": the block header
            headers.add(flag)
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add, _, cont = parts[3].partition("/")
        add = "" if add == "0" else add
        cond = parts[4] if len(parts) > 4 else "."
        rules[flag].append(Suffix(strip, add, cont, re.compile(f"(?:{cond})$")))
    return rules


def expand_hunspell(dic_paths: list[Path], rules: dict[str, list[Suffix]],
                    paradigms: list[list[str]] | None = None) -> dict[str, int]:
    """Every form of every stem, lower-cased, with its usage bits; ``paradigms`` (if given)
    receives the forms of each stem."""
    forms: dict[str, int] = defaultdict(int)

    def put(form: str, bits: int) -> None:
        if form and " " not in form and not _NOISE.search(form.lower()):
            key = form.lower()
            if form[:1].isupper():
                bits |= lf.PROPER
            if len(form) > 1 and form.isupper():
                bits |= lf.UPPER
            elif form.islower():
                bits |= lf.LOWER
            forms[key] |= bits | lf.HUNSPELL

    for dic in dic_paths:
        lines = dic.read_text(encoding="utf-8").splitlines()[1:]
        for line in lines:
            stem, _, flags = line.strip().partition("/")
            if not stem or " " in stem or FORBIDDEN in flags:
                continue
            extra = lf.NOSUGGEST if NOSUGGEST in flags else 0
            stem_bits = extra
            for flag, bit in COMPOUND_FLAGS.items():
                if flag in flags:
                    stem_bits |= bit
            if ONLYINCOMPOUND not in flags and NEEDAFFIX not in flags:
                stem_bits |= lf.WORD
            put(stem, stem_bits)
            paradigm = [stem.lower()]
            end = lf.END if "Y" in flags else 0
            for flag in flags:
                for rule in rules.get(flag, ()):
                    if not stem.endswith(rule.strip) or not rule.condition.search(stem):
                        continue
                    form = stem[: len(stem) - len(rule.strip)] + rule.add
                    bits = extra
                    if ONLYINCOMPOUND not in rule.cont:
                        bits |= lf.WORD | end
                    if PERMIT in rule.cont or ONLYINCOMPOUND in rule.cont:
                        for cflag, bit in COMPOUND_FLAGS.items():
                            if cflag in rule.cont:
                                bits |= bit
                    put(form, bits)
                    paradigm.append(form.lower())
            if paradigms is not None and len(set(paradigm)) > 1:
                paradigms.append(list(dict.fromkeys(paradigm)))
    return forms


def paradigm_frequencies(paradigms: list[list[str]], freq: dict[str, float]) -> dict[str, float]:
    """A frequency for the forms the frequency list never saw, from the other forms of their
    stem ("kommunikatörerna" from "kommunikatör"): an unseen inflection of a common word is
    likelier than one of a rare word, though each is rarer than the forms the list has."""
    out: dict[str, float] = {}
    for paradigm in paradigms:
        seen = [10 ** freq[form] for form in paradigm if form in freq]
        if not seen:
            continue
        zipf = math.log10(sum(seen)) - PARADIGM_PENALTY
        for form in paradigm:
            if form not in freq and zipf > out.get(form, lf.ZIPF_UNSEEN):
                out[form] = zipf
    return out


PLACE_ZIPF = 3.0
"""Frequency floor of municipalities, regions and public bodies: minutes name them all the time."""
NAME_ZIPF = 2.5
"""Frequency floor of a listed name."""
NAME_ZIPF_MAX = 5.0
NAME_SHARE_BASE = 0.001
NAME_SHARE_ZIPF = 3.3
"""A name borne by 0.1 % of the population is as frequent as a zipf-3 word; ten times the share, one more."""
_NOISE = re.compile(r"([aeiouyåäöé])\1\1|(.)\2\2\2")
"""A vowel three times or any letter four times in a row: a noise ("åååå", "mmmm"), no word."""
PARADIGM_PENALTY = 1.5
"""Zipf points an unseen form stands below the summed frequency of its stem's seen forms."""
OCR_JUNK_MARGIN = 0.7
"""A form hunspell does not know is dropped when a far more frequent word shares its OCR skeleton."""
JUNK_SHARE = 2.0
"""Zipf distance between a word and its copies with diacritics lost in web text (about 1 %)."""


def restorations(word: str, known: dict[str, float]) -> float:
    """The highest frequency among the forms of ``word`` with å/ä/ö put back (up to 3 places)."""
    spots = [i for i, ch in enumerate(word) if ch in "aoe"][:6]
    best = 0.0
    options = {"a": "aåä", "o": "oö", "e": "eé"}

    def walk(i: int, chars: list[str], changed: int) -> None:
        nonlocal best
        if i == len(spots):
            if changed:
                best = max(best, known.get("".join(chars), 0.0))
            return
        pos = spots[i]
        for alt in options[word[pos]]:
            if alt != word[pos] and changed >= 3:
                continue
            chars[pos] = alt
            walk(i + 1, chars, changed + (alt != word[pos]))
        chars[pos] = word[pos]

    walk(0, list(word), 0)
    return best


def wordfreq_table(hunspell_forms: dict[str, int]) -> dict[str, float]:
    """wordfreq's Swedish zipf values, cleaned.

    The list was made from web text, part of which lost its diacritics: "fran", "ovriga" are
    there, and "for" is far too frequent. A form without å/ä/ö whose restored form is much more
    frequent is dropped if hunspell-sv does not know it, and otherwise cut down to what its
    genuine use can be worth. The web also holds OCR output ("lnte" for "inte"): a form hunspell
    does not know that shares its OCR skeleton with a far more frequent word is dropped.
    """
    import wordfreq

    raw = {w: wordfreq.zipf_frequency(w, "sv") for w in wordfreq.iter_wordlist("sv", "large")}
    by_skeleton: dict[str, float] = {}
    for word, zipf in raw.items():
        sk = skeleton(word)
        by_skeleton[sk] = max(by_skeleton.get(sk, 0.0), zipf)
    cleaned: dict[str, float] = {}
    for word, zipf in raw.items():
        if not re.fullmatch(r"[a-zåäöéü][a-zåäöéü.:'-]*", word) or zipf <= 0 or _NOISE.search(word):
            continue
        known = word in hunspell_forms
        if not known and by_skeleton[skeleton(word)] > zipf + OCR_JUNK_MARGIN:
            continue  # "lnte", "dir": an OCR misreading of a far more frequent word, copied to the web
        if not any(ch in "åäöé" for ch in word):
            restored = restorations(word, raw)
            junk = restored - JUNK_SHARE
            if not known and restored > zipf:
                continue  # "fran", "ovriga", "goteborg": the restored word with its diacritics lost
            if junk > zipf - 0.3:
                zipf -= 1.0
            elif junk > zipf - 2:
                zipf = math.log10(10**zipf - 10**junk)
        if not known and zipf < 2.5:
            continue  # rare forms hunspell does not know: mostly typos and foreign words
        cleaned[word] = max(zipf, 0.5)
    return cleaned


def place_forms(name: str) -> list[str]:
    """"Upplands Väsby" -> its words and the genitive of the last one; "Göteborg" -> "Göteborgs"."""
    words = name.split()
    last = words[-1]
    gen = last if last.endswith(("s", "x", "z")) else last + "s"
    return [*words, gen]


def read_places(path: Path) -> dict[str, int]:
    forms: dict[str, int] = defaultdict(int)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name = line.split("\t")[0]
        for i, form in enumerate(place_forms(name)):
            bits = lf.WORD | lf.PROPER | lf.DOMAIN
            if i >= len(name.split()) - 1:
                bits |= lf.BEGIN  # "Huddingekommun", "Södertörnskommunerna"
            forms[form.lower()] |= bits
    return forms


def read_domain(path: Path) -> dict[str, tuple[int, float]]:
    """Our own domain list: ``word<TAB>kind[<TAB>zipf]``, kind one of abbr, body, genre, name."""
    out: dict[str, tuple[int, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        word, kind = cols[0], cols[1]
        zipf = float(cols[2]) if len(cols) > 2 else 0.0
        bits = lf.WORD | lf.DOMAIN
        if kind == "abbr":
            bits |= lf.ABBREV
        if kind in ("body", "name") or word[:1].isupper():
            bits |= lf.PROPER
        if len(word) > 1 and word.isupper():
            bits |= lf.UPPER
        elif word.islower():
            bits |= lf.LOWER
        if kind == "genre":
            bits |= lf.BEGIN | lf.END
        if kind == "body" and not zipf:
            zipf = PLACE_ZIPF
        forms = [word]
        if kind in ("body", "name") and not word.endswith(("s", "x", "z")):
            forms.append(word + "s")  # "MalmöLundregionens", "Trafikverkets"
        for form in forms:
            old_bits, old_zipf = out.get(form.lower(), (0, 0.0))
            out[form.lower()] = (old_bits | bits, max(old_zipf, zipf))
    return out


def person_names() -> dict[str, tuple[int, float]]:
    """Swedish first names and surnames with a frequency from the share of the population that
    bears them (Faker's weights: Isof's and Skatteverket's counts), not from the web, where
    foreign text makes "Marta" likelier than "Märta" though Sweden has five Märta to one Marta."""
    from faker.providers.person.sv_SE import Provider

    return name_frequencies((Provider.first_names_female, Provider.first_names_male, Provider.last_names), first_names=2)


def name_frequencies(tables: Iterable[Mapping[str, float]], first_names: int = 0) -> dict[str, tuple[int, float]]:
    """Each name of ``tables`` (name -> share of the population) and its genitive, with its bits
    and the zipf value its share gives; the first ``first_names`` tables hold first names."""
    names: dict[str, tuple[int, float]] = {}
    for number, table in enumerate(tables):
        kind = lf.WORD | lf.PROPER | lf.DOMAIN | (lf.FIRST_NAME if number < first_names else 0)
        for name, share in table.items():
            zipf = min(NAME_ZIPF_MAX, max(NAME_ZIPF, NAME_SHARE_ZIPF + math.log10(share / NAME_SHARE_BASE)))
            for form in (name, name if name.endswith(("s", "x", "z")) else name + "s"):
                bits, old = names.get(form.lower(), (0, 0.0))
                names[form.lower()] = (bits | kind, max(old, zipf))
    return names


def build(out: Path) -> int:
    hdir = hunspell_dir()
    rules = parse_aff(hdir / "sv_SE.aff")
    paradigms: list[list[str]] = []
    forms = expand_hunspell([hdir / "sv_SE.dic", hdir / "sv_SE_expanded.dic"], rules, paradigms)
    freq = wordfreq_table(forms)
    table: dict[str, list[float]] = {w: [bits, 0.0] for w, bits in forms.items()}
    for word, zipf in paradigm_frequencies(paradigms, freq).items():
        table[word][1] = zipf
    for word, zipf in freq.items():
        entry = table.setdefault(word, [lf.WORD | lf.LOWER, 0.0])
        entry[1] = zipf
    for word, bits in read_places(DICT_DIR / "places.tsv").items():
        entry = table.setdefault(word, [0, 0.0])
        entry[0] = int(entry[0]) | bits
        entry[1] = max(entry[1], PLACE_ZIPF)
    for word, (bits, zipf) in person_names().items():
        entry = table.setdefault(word, [0, 0.0])
        # a form that is only a name takes the population's frequency; a word too ("björn") keeps its own
        entry[1] = zipf if not int(entry[0]) & lf.LOWER else max(entry[1], zipf)
        entry[0] = int(entry[0]) | bits
    for word, (bits, zipf) in read_domain(DICT_DIR / "domain.tsv").items():
        entry = table.setdefault(word, [0, 0.0])
        entry[0] = int(entry[0]) | bits
        entry[1] = max(entry[1], zipf)
    lines = []
    for word in sorted(table):
        bits, zipf = table[word]
        zipf = zipf or lf.ZIPF_UNSEEN
        lines.append(f"{word}\t{int(math.floor(zipf * 10 + 0.5))}\t{int(bits)}\n")
    with open(out, "wb") as raw, gzip.GzipFile(filename="lexicon.tsv", fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write("".join(lines).encode("utf-8"))
    return len(lines)


def build_letters(lexicon_path: Path, out: Path) -> int:
    """The letter-trigram model (minutes_desk/proof/letters.py) of the built lexicon's forms:
    Swedish words hunspell-sv knows and the listed names, with the names' median as typical."""
    forms, names = [], []
    with gzip.open(lexicon_path, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, _, bits_text = line.rstrip("\n").split("\t")
            bits = int(bits_text)
            if bits & lf.PROPER and not bits & lf.LOWER:
                names.append(word)
                forms.append(word)
            elif bits & lf.WORD and bits & lf.HUNSPELL:
                forms.append(word)
    model = letters.build(forms, names)
    letters.write(model, out)
    return len(model.trigrams)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DICT_DIR / lf.LEXICON_FILE)
    parser.add_argument("--letters-only", action="store_true",
                        help="rebuild only the letter model from the lexicon already built")
    args = parser.parse_args()
    if not args.letters_only:
        count = build(args.out)
        print(f"{args.out}: {count} forms, {args.out.stat().st_size / 1e6:.1f} MB")
    letters_out = args.out.with_name(letters.LETTERS_FILE)
    count = build_letters(args.out, letters_out)
    print(f"{letters_out}: {count} letter trigrams, {letters_out.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
