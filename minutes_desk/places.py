"""Swedish municipality and county names: a place after a person's name is an organisation, not a surname.

Read from the lexicon's own place list (dictionaries/places.tsv: municipalities, counties, regions,
copied from the CC0 reference data with its source noted there), so parser and engine share one source.
The parser keeps municipalities and the counties' short names ("Skåne", not "Skåne län" or "Region Skåne").
"""

from minutes_desk.config import dictionaries_dir


def _read_places() -> tuple[str, ...]:
    places = []
    for line in (dictionaries_dir() / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind = line.split("\t")[:2]
        if kind == "municipality" or kind == "county" and not name.endswith(" län"):
            places.append(name)
    return tuple(places)


PLACES: tuple[str, ...] = _read_places()
