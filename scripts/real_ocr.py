"""Damage a clean text with a real OCR process: print it, scan it badly, read it back with Tesseract.

Simulated damage only holds the errors its author thought of; this pipeline makes token-aligned pairs
(same lines, same whitespace, same token count per line) whose damage comes from a real recogniser:
render each gold line to a PDF (reportlab), rasterise (pdftoppm), degrade per PROFILE (ImageMagick),
OCR (tesseract), then align the OCR back onto the gold and keep only the lines that map 1:1, token
for token. Needs poppler-utils, imagemagick, tesseract-ocr(-eng,-swe) on the PATH; the alignment
functions are pure Python (tests/scripts/test_real_ocr_align.py).

    python scripts/real_ocr.py GOLD.txt OUTDIR --name NAME --profile eng-fax [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
MARGIN_PT = 56.0  # ~2 cm, like a typed page
A4_PT = (595.28, 841.89)
LINE_MATCH = 0.5  # lowest similarity at which an OCR line may stand for a gold line
INDEL_COST = 0.75  # a token lost + a token invented (1.5) costs more than one garbled token (<= 1)
GLUE_MARGIN = 0.2  # how much likelier "two tokens glued" must look than "one damaged token" to reject
WORD = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Profile:
    """One way of printing, scanning and reading a page; `degrade` are ImageMagick operators."""

    name: str
    lang: str
    dpi: int
    psm: int
    font: str  # file in FONT_DIR
    font_size: float
    max_rotation: float  # degrees; each page gets its own angle in [-max, max] from the seed
    degrade: tuple[str, ...]
    jpeg_quality: int


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        # A clean office print read by a model without Swedish letters: damage is mostly å/ä/ö.
        Profile("eng-clean", "eng", 300, 6, "DejaVuSerif.ttf", 11.0, 0.3,
                ("-blur", "0x0.5", "-attenuate", "0.3", "+noise", "Gaussian"), 85),
        # A fax: standard fax resolution halves the vertical one, then blur, noise and a hard threshold
        # thin and merge strokes (l/I/1, rn/m, cl/d) on top of the missing diacritics; a few specks.
        Profile("eng-fax", "eng", 200, 6, "DejaVuSans.ttf", 10.0, 0.8,
                ("-resize", "100%x50%", "-resize", "100%x200%", "-blur", "0x0.8",
                 "-attenuate", "0.6", "+noise", "Gaussian", "-threshold", "60%",
                 "-attenuate", "0.01", "+noise", "Impulse"), 70),
        # A poor low-resolution scan read by the Swedish model: letter shapes suffer, diacritics less.
        Profile("swe-poor", "swe", 100, 4, "DejaVuSerif.ttf", 10.0, 0.6,
                ("-blur", "0x0.9", "-attenuate", "1.5", "+noise", "Gaussian"), 25),
        # A dot-matrix printout (monospaced glyphs made of an ordered pattern of dots over a worn
        # ribbon's blur) read by the Swedish model: broken strokes, h/b, n/r, u/o, N/K, ä/å/a swaps.
        Profile("swe-dots", "swe", 200, 4, "DejaVuSansMono.ttf", 10.0, 0.6,
                ("-blur", "0x1.2", "-ordered-dither", "o4x4"), 60),
        # The same printout read by a model without Swedish letters: dense damage, diacritics lost too.
        Profile("eng-dots", "eng", 200, 6, "DejaVuSansMono.ttf", 10.0, 0.6,
                ("-blur", "0x1.2", "-ordered-dither", "o4x4"), 60),
        # A microfilm reader-printer copy: low resolution, soft focus, grey on grey (contrast squeezed
        # into the middle of the range), grain; the Swedish model reads ä as å, e as o, comma as stop.
        Profile("swe-film", "swe", 130, 4, "DejaVuSerif.ttf", 10.0, 0.6,
                ("-blur", "0x1.4", "+level", "32%,72%", "-attenuate", "0.5", "+noise", "Gaussian"), 60),
    )
}


# ---------------------------------------------------------------- alignment (pure Python)

def _fold(text: str) -> str:
    """Compare letters, not their accents or case: "Sédertérn" should look like "Södertörn"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def similarity(a: str, b: str) -> float:
    """How alike two strings are, 0..1, after folding."""
    return SequenceMatcher(None, _fold(a), _fold(b), autojunk=False).ratio()


def align_lines(gold: list[str], ocr: list[str], threshold: float = LINE_MATCH) -> dict[int, int]:
    """Monotone 1:1 map gold line index -> OCR line index maximising total similarity.

    Tesseract drops blank lines and may merge or split lines; such lines either find no partner or
    a partner with the wrong token count, which the token check then rejects. Blank lines take no part.
    """
    gi = [i for i, line in enumerate(gold) if line.strip()]
    oi = [j for j, line in enumerate(ocr) if line.strip()]
    n, m = len(gi), len(oi)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    sims: dict[tuple[int, int], float] = {}
    for a in range(1, n + 1):
        g = gold[gi[a - 1]].strip()
        for b in range(1, m + 1):
            best = max(score[a - 1][b], score[a][b - 1])
            o = ocr[oi[b - 1]].strip()
            matcher = SequenceMatcher(None, _fold(g), _fold(o), autojunk=False)
            if matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold:
                s = matcher.ratio()
                if s >= threshold:
                    sims[a, b] = s
                    best = max(best, score[a - 1][b - 1] + s)
            score[a][b] = best
    pairs: dict[int, int] = {}
    a, b = n, m
    while a and b:
        s = sims.get((a, b))
        if s is not None and abs(score[a][b] - (score[a - 1][b - 1] + s)) < 1e-9:
            pairs[gi[a - 1]] = oi[b - 1]
            a, b = a - 1, b - 1
        elif score[a][b] == score[a - 1][b]:
            a -= 1
        else:
            b -= 1
    return pairs


def align_tokens(gold: list[str], ocr: list[str]) -> list[str] | None:
    """OCR token for each gold token, or None unless the best alignment is one-to-one in order.

    Edit-distance alignment with substitution cost 1 - similarity and INDEL_COST per lost or invented
    token: a token split, merged, lost or invented (or two that cancel out in the count) makes an
    alignment with gaps cheaper than the diagonal, and the line is not a clean pair.
    """
    if len(gold) != len(ocr):
        return None
    n = len(gold)
    sub = [[1.0 - similarity(g, o) for o in ocr] for g in gold]
    cost = [[0.0] * (n + 1) for _ in range(n + 1)]
    for a in range(n + 1):
        for b in range(n + 1):
            if a == b == 0:
                continue
            options = []
            if a:
                options.append(cost[a - 1][b] + INDEL_COST)
            if b:
                options.append(cost[a][b - 1] + INDEL_COST)
            if a and b:
                options.append(cost[a - 1][b - 1] + sub[a - 1][b - 1])
            cost[a][b] = min(options)
    diagonal = sum(sub[k][k] for k in range(n))
    if diagonal > cost[n][n] + 1e-9 or any(_glued(gold, ocr, k, 1.0 - sub[k][k]) for k in range(n)):
        return None
    return list(ocr)


def _glued(gold: list[str], ocr: list[str], k: int, alike: float) -> bool:
    """Whether pair k looks like a merge or split hidden by a speck or a second error elsewhere in the line.

    "Tid:.09.00-11.45 :" for "Tid: 09.00-11.45" has the right count and a cheap diagonal, but its first
    token is far more like both gold tokens glued together than like the first alone, and as long as them.
    """
    off = abs(len(ocr[k]) - len(gold[k]))
    for a, b in ((k - 1, k), (k, k + 1)):
        if a < 0 or b >= len(gold):
            continue
        glued_gold, glued_ocr = gold[a] + gold[b], ocr[a] + ocr[b]
        if abs(len(ocr[k]) - len(glued_gold)) < off and similarity(glued_gold, ocr[k]) > alike + GLUE_MARGIN:
            return True
        if abs(len(glued_ocr) - len(gold[k])) < off and similarity(gold[k], glued_ocr) > alike + GLUE_MARGIN:
            return True
    return False


def rebuild_line(gold_line: str, ocr_tokens: list[str]) -> str:
    """The gold line's exact whitespace with the OCR's tokens in place of the gold's."""
    parts = re.split(r"(\s+)", gold_line)
    tokens = iter(ocr_tokens)
    out = [part if not part or part.isspace() else next(tokens) for part in parts]
    if next(tokens, None) is not None:
        raise ValueError("more OCR tokens than gold tokens")
    return "".join(out)


@dataclass
class PairResult:
    gold: str
    ocr: str
    lines_kept: int  # non-blank lines kept
    lines_dropped: int
    tokens_kept: int
    tokens_dropped: int
    word_tokens: int  # tokens with a letter, in kept lines
    word_tokens_damaged: int
    tokens_damaged: int


def is_word(token: str) -> bool:
    return WORD.search(token) is not None


def make_pair(gold_text: str, ocr_text: str) -> PairResult:
    """Token-aligned (gold, ocr) texts from a gold text and a raw OCR reading of it.

    Gold blank lines stay blank in both; a non-blank line is kept only if it found an OCR line and
    every token maps 1:1; otherwise it leaves BOTH files.
    """
    gold_lines = gold_text.split("\n")
    ocr_lines = [unicodedata.normalize("NFC", line) for line in ocr_text.replace("\f", "\n").split("\n")]
    pairs = align_lines(gold_lines, ocr_lines)
    out_gold: list[str] = []
    out_ocr: list[str] = []
    r = PairResult("", "", 0, 0, 0, 0, 0, 0, 0)
    for i, line in enumerate(gold_lines):
        if not line.strip():
            out_gold.append(line)
            out_ocr.append(line)
            continue
        g_tokens = line.split()
        o_tokens = align_tokens(g_tokens, ocr_lines[pairs[i]].split()) if i in pairs else None
        if o_tokens is None:
            r.lines_dropped += 1
            r.tokens_dropped += len(g_tokens)
            continue
        r.lines_kept += 1
        r.tokens_kept += len(g_tokens)
        for g, o in zip(g_tokens, o_tokens):
            r.tokens_damaged += g != o
            if is_word(g):
                r.word_tokens += 1
                r.word_tokens_damaged += g != o
        out_gold.append(line)
        out_ocr.append(rebuild_line(line, o_tokens))
    r.gold, r.ocr = "\n".join(out_gold), "\n".join(out_ocr)
    return r


# ---------------------------------------------------------------- print, scan, read

def render_pdf(lines: list[str], pdf: Path, profile: Profile) -> None:
    """One printed line per gold line, never wrapped: the page widens to the longest line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = profile.font.removesuffix(".ttf")
    pdfmetrics.registerFont(TTFont(font, str(FONT_DIR / profile.font)))
    size = profile.font_size
    widest = max((pdfmetrics.stringWidth(line.strip(), font, size) for line in lines), default=0.0)
    width = max(A4_PT[0], widest + 2 * MARGIN_PT)
    height = A4_PT[1]
    leading = size * 1.45
    per_page = int((height - 2 * MARGIN_PT) // leading)
    c = canvas.Canvas(str(pdf), pagesize=(width, height), invariant=1)
    for start in range(0, max(len(lines), 1), per_page):
        c.setFont(font, size)
        y = height - MARGIN_PT - size
        for line in lines[start:start + per_page]:
            c.drawString(MARGIN_PT, y, line.strip())
            y -= leading
        c.showPage()
    c.save()


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core each: the machine is shared, output stable
    return subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)


def magick() -> str:
    """The real ImageMagick convert (a stand-in may shadow /usr/bin/convert on the PATH)."""
    return "/usr/bin/convert" if Path("/usr/bin/convert").exists() else "convert"


def scan_pages(pdf: Path, workdir: Path, profile: Profile, seed: int) -> list[Path]:
    """Rasterise and degrade each page; each page's skew angle and noise come from the seed."""
    _run(["pdftoppm", "-r", str(profile.dpi), "-gray", "-png", str(pdf), str(workdir / "page")])
    rng = random.Random(seed)
    scanned = []
    for k, page in enumerate(sorted(workdir.glob("page-*.png"))):
        angle = rng.uniform(-profile.max_rotation, profile.max_rotation)
        out = workdir / f"scan-{k + 1:03d}.jpg"
        _run([magick(), str(page), "-seed", str(seed * 1000 + k), "-background", "white",
              "-rotate", f"{angle:.3f}", *profile.degrade, "-quality", str(profile.jpeg_quality), str(out)])
        scanned.append(out)
    return scanned


def read_pages(images: list[Path], profile: Profile) -> str:
    return "\n".join(
        _run(["tesseract", str(img), "-", "-l", profile.lang, "--psm", str(profile.psm)]).stdout for img in images
    )


def tesseract_version() -> str:
    return _run(["tesseract", "--version"]).stdout.splitlines()[0]


def run(
    gold_path: Path, outdir: Path, name: str, profile: Profile, seed: int, keep_images: Path | None
) -> dict[str, object]:
    """The whole pipeline for one gold file; writes NAME.gold.txt, NAME.ocr.txt, NAME.meta.json."""
    gold_text = gold_path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        render_pdf(gold_text.split("\n"), work / "print.pdf", profile)
        images = scan_pages(work / "print.pdf", work, profile, seed)
        raw = read_pages(images, profile)
        if keep_images:
            keep_images.mkdir(parents=True, exist_ok=True)
            for img in images:
                img.replace(keep_images / f"{name}.{img.name}")
    pair = make_pair(gold_text, raw)
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / f"{name}.gold.txt").write_text(pair.gold, encoding="utf-8")
    (outdir / f"{name}.ocr.txt").write_text(pair.ocr, encoding="utf-8")
    meta = {
        "source": str(gold_path),
        "profile": profile.name,
        "dpi": profile.dpi,
        "language": profile.lang,
        "psm": profile.psm,
        "font": f"{profile.font} {profile.font_size:g} pt",
        "degrade": f"-rotate ±{profile.max_rotation} " + " ".join(profile.degrade) + f" -quality {profile.jpeg_quality}",
        "seed": seed,
        "tesseract": tesseract_version(),
        "lines_kept": pair.lines_kept,
        "lines_dropped": pair.lines_dropped,
        "tokens_kept": pair.tokens_kept,
        "tokens_dropped": pair.tokens_dropped,
        "tokens_damaged": pair.tokens_damaged,
        "word_tokens": pair.word_tokens,
        "word_tokens_damaged": pair.word_tokens_damaged,
        "damage_rate": round(pair.word_tokens_damaged / pair.word_tokens, 4) if pair.word_tokens else 0.0,
    }
    (outdir / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--profile", required=True, choices=sorted(PROFILES))
    ap.add_argument("--name", help="output base name (default: GOLD's stem without .gold, plus .PROFILE)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep-images", type=Path, help="keep the degraded page images in this folder")
    args = ap.parse_args(argv)
    missing = [tool for tool in ("pdftoppm", magick(), "tesseract") if shutil.which(tool) is None]
    if missing:
        ap.error(f"missing {', '.join(missing)}: apt-get install poppler-utils imagemagick tesseract-ocr "
                 "tesseract-ocr-eng tesseract-ocr-swe")
    name = args.name or f"{args.gold.name.removesuffix('.txt').removesuffix('.gold')}.{args.profile}"
    meta = run(args.gold, args.outdir, name, PROFILES[args.profile], args.seed, args.keep_images)
    print(f"{name}: lines kept {meta['lines_kept']}, dropped {meta['lines_dropped']}; "
          f"tokens kept {meta['tokens_kept']}, dropped {meta['tokens_dropped']}; "
          f"damaged word tokens {meta['word_tokens_damaged']}/{meta['word_tokens']} ({meta['damage_rate']:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
