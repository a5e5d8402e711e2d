"""The case of a correction: what the OCR wrote decides, except where its capitals are its own damage.

"6vriga" is "övriga", "SODERTORN" is "SÖDERTÖRN", but a capital I inside a word is a misread l
("kI"), and a capital O or A standing for a dotted small letter ("JOnköping", "miljOpaverkan") is
the OCR's, not the writer's ("BioDrivÖst" keeps its capital: it opens a part of a name).
"""

from __future__ import annotations

import re
import unicodedata


def apply_case(observed: str, word: str) -> str:
    """Give ``word`` the case pattern of what the OCR wrote: "6vriga"->"övriga", "SODERTORN"->"SÖDERTÖRN".

    A capital I inside a word ("kI", "FaIlah") is a misread l, not a capital, so it is not copied.
    """
    letters = [ch for ch in observed if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return word.upper()
    # (a currency sign read for a letter stands for a capital of its outline: "¥rkanden")
    initial = observed[:1].isupper() or observed[:1] in CAPITAL_SIGNS or (observed[:1].isdigit() and observed[1:2].isupper())
    if len(observed) == len(word):
        # an inner capital standing for another letter is the writer's only where it opens a
        # part of a name ("BioDrivÖst"); "JOnköping", "lOper", "pA" read a dotted small letter as a capital
        chars = [w.upper() if o.isupper() and o != "I" and (o.lower() == w or _base(o) == _base(w) and _opens_part(observed, k)) else w
                 for k, (o, w) in enumerate(zip(observed, word))]
        result = "".join(chars)
    else:
        result = word
    return result[:1].upper() + result[1:] if initial else result


CAPITAL_SIGNS = "¥€£"
"""Signs an OCR reads for capitals of their outline (Y, E or C, E)."""
DOTTED_CAPITAL = re.compile(r"(?<=[a-zåäö])[AO](?=[a-zåäö])")


def small_dotted(observed: str, reading: str) -> str:
    """``reading`` with the letters standing where ``observed`` has an inner capital O or A
    in small letters, if they are å, ä or ö ("miljOpaverkan" -> "miljöpåverkan")."""
    if len(observed) != len(reading):
        return reading
    return "".join(r.lower() if m and r in "ÅÄÖ" else r
                   for r, m in zip(reading, (bool(DOTTED_CAPITAL.match(observed, k)) for k in range(len(observed)))))


def _base(ch: str) -> str:
    """The letter without its marks ("Ö" -> "o"): a capital read for another letter altogether
    ("ansGkt" for ansökt) is a misread glyph, not a part of a name."""
    return unicodedata.normalize("NFD", ch.lower())[:1]


def _opens_part(observed: str, k: int) -> bool:
    """Does the capital at ``k`` open a part of a name written in parts: two small letters before
    and after it ("BioDrivÖst")?"""
    return observed[max(0, k - 2) : k].islower() and k >= 2 and observed[k + 1 : k + 3].islower() and len(observed) >= k + 3


__all__ = ["DOTTED_CAPITAL", "apply_case", "small_dotted"]
