"""Every country and armed group the extractor recognises, with the codes the annotation guide
uses (two-letter country codes, lower-case words for armed groups).

Country names and ISO codes come from pycountry (ISO 3166-1), never typed by hand.  What no
package keeps -- demonyms, capitals used as metonyms ("Kyiv said"), armed forces, ministries,
leaders, institutions, armed groups, and the news forms of names ISO lacks ("Russia",
"Ivory Coast") -- is kept in data/actor_aliases.csv, one row per alias (columns alias, code,
kind).  A row there wins over a pycountry name spelt the same: news "Congo" is the Democratic
Republic of the Congo (CD), not ISO's Republic of the Congo (CG).

Aliases that are ambiguous in news are left out on purpose: capitals that are also first names
or other cities ("Victoria", "Kingston", "Santiago", "Tripoli"), or stand for something else
("Brussels" for the EU); demonyms that belong to another country too ("Dominican",
"Congolese") or to a region ("central African").  tests/test_countries.py lists them.
"""
from __future__ import annotations

import csv
import importlib.util
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ALIASES_CSV = Path(__file__).resolve().parent / "data" / "actor_aliases.csv"
ALIAS_COLUMNS = ("alias", "code", "kind")
KINDS = frozenset({"name", "demonym", "demonym_plural", "capital", "force", "ministry", "leader",
                   "institution", "group"})

#: ISO codes the annotation guide writes otherwise.
PROJECT_CODES = {"GB": "UK"}
#: Parties ISO 3166-1 has no code for: Kosovo's user-assigned code, as the EU and IMF write it.
EXTRA_CODES = frozenset({"XK"})
#: Armed groups that are no state's forces, as the annotation guide writes them.
GROUP_CODES = frozenset({"aa", "abu sayyaf", "adf", "aes", "al-qaeda", "al-shabaab", "aqap", "arsa", "biff", "bla",
                         "boko haram", "codeco", "csp", "dawlah islamiyah", "ecowas", "eln", "fano", "farc", "fdlr", "fla", "fsa",
                         "hamas", "hezbollah", "houthis", "hts", "isis", "iswap", "janjaweed", "jem", "jnim",
                         "kataib hezbollah", "kia", "let", "lna", "lra", "ltte", "m23", "maoists", "mndaa", "nato", "npa",
                         "ola", "pdf", "peshmerga", "pkk", "pmf", "polisario", "rsf", "sdf", "sna", "splm-io", "taliban",
                         "tnla", "tplf", "tpnpb", "ttp", "wazalendo", "white army", "ypg"})

#: pycountry's entries that are not UN member states: dependent territories, uninhabited
#: islands and Antarctica, and the non-members PS, TW and VA.  What is left are the 193 members.
NON_MEMBERS = frozenset({
    "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK",
    "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF",
    "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "PS", "RE", "SH", "SJ",
    "SX", "TC", "TF", "TK", "TW", "UM", "VA", "VG", "VI", "WF", "YT",
})
#: Non-members that are parties or observers in the news, so their names are recognised too.
NAMED_NON_MEMBERS = frozenset({"PS", "TW", "VA"})


@dataclass(frozen=True)
class IsoCountry:
    """One entry of ISO 3166-1 as pycountry keeps it (the fields the aliases use)."""

    alpha_2: str
    name: str
    common_name: str | None = None
    official_name: str | None = None


@lru_cache(maxsize=1)
def iso_countries() -> tuple[IsoCountry, ...]:
    """pycountry's countries, in its order, read from its own ISO 3166-1 file as pycountry reads
    it.  Importing pycountry would cost the command line about 50 ms (it looks its version up
    among the installed packages) for a table read in 3 ms; tests/test_country_table.py checks
    that the two agree."""
    with _pycountry_database("iso3166-1.json").open(encoding="utf-8") as stream:
        entries = json.load(stream)["3166-1"]
    return tuple(IsoCountry(entry["alpha_2"], entry["name"], entry.get("common_name"), entry.get("official_name"))
                 for entry in entries)


@lru_cache(maxsize=1)
def iso_currency_codes() -> tuple[str, ...]:
    """The ISO 4217 alphabetic currency codes ("UAH", "SDG"), from pycountry's own file (see
    `iso_countries`)."""
    with _pycountry_database("iso4217.json").open(encoding="utf-8") as stream:
        return tuple(entry["alpha_3"] for entry in json.load(stream)["4217"])


def _pycountry_database(name: str) -> Path:
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pycountry is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "databases" / name


@dataclass(frozen=True)
class Alias:
    """One way the news names an actor: `alias` as written, the actor's `code`, its `kind`."""

    alias: str
    code: str
    kind: str


def project_code(alpha_2: str) -> str:
    """The annotation guide's code for an ISO 3166-1 alpha-2 code ("GB" → "UK")."""
    return PROJECT_CODES.get(alpha_2, alpha_2)


def un_members() -> frozenset[str]:
    """The project codes of the UN member states."""
    return frozenset(project_code(c.alpha_2) for c in iso_countries() if c.alpha_2 not in NON_MEMBERS)


def valid_codes() -> frozenset[str]:
    """Every code an alias may have: countries (ISO, in project form), extra codes, groups."""
    return frozenset(project_code(c.alpha_2) for c in iso_countries()) | EXTRA_CODES | GROUP_CODES


def _sensible_names(country: IsoCountry) -> list[str]:
    """The country's ISO name, common name and official name, leaving out ISO's inverted and
    qualified forms ("Korea, Republic of", "Holy See (Vatican City State)") and dropping a
    leading "the" ("the State of Palestine")."""
    names: list[str] = []
    for attribute in ("name", "common_name", "official_name"):
        name = getattr(country, attribute)
        if not name or "," in name or "(" in name:
            continue
        name = name.removeprefix("the ")
        if name not in names:
            names.append(name)
    return names


def pycountry_aliases() -> tuple[Alias, ...]:
    """The names of UN member states and of the named non-members, from pycountry."""
    return tuple(Alias(name, project_code(country.alpha_2), "name")
                 for country in iso_countries()
                 if country.alpha_2 not in NON_MEMBERS or country.alpha_2 in NAMED_NON_MEMBERS
                 for name in _sensible_names(country))


def read_aliases(path: Path = ALIASES_CSV) -> tuple[Alias, ...]:
    """The rows of an alias file, checked: known columns, kinds and codes, and no alias twice
    (compared in lower case, as actors are matched).  Raises ValueError on a bad row."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != ALIAS_COLUMNS:
            raise ValueError(f"{path}: columns {reader.fieldnames}, expected {ALIAS_COLUMNS}")
        rows = tuple(Alias(row["alias"], row["code"], row["kind"]) for row in reader)
    codes, seen = valid_codes(), set()
    for line, row in enumerate(rows, start=2):
        if row.kind not in KINDS or row.code not in codes or not row.alias.strip():
            raise ValueError(f"{path}:{line}: bad row {row}")
        if row.alias.lower() in seen:
            raise ValueError(f"{path}:{line}: {row.alias!r} appears twice")
        seen.add(row.alias.lower())
    return rows


@lru_cache(maxsize=1)
def aliases() -> dict[str, Alias]:
    """Every alias in lower case → its row: pycountry's names, then the hand-kept file's rows,
    which win over a name spelt the same."""
    merged = {row.alias.lower(): row for row in pycountry_aliases()}
    merged.update((row.alias.lower(), row) for row in read_aliases())
    return merged


def actors() -> dict[str, tuple[str, ...]]:
    """Code → every alias of it as written, plus each alias with a straight apostrophe also
    written with the typographic one ("N’Djamena")."""
    found: dict[str, list[str]] = {}
    for row in aliases().values():
        spellings = found.setdefault(row.code, [])
        spellings.append(row.alias)
        if "'" in row.alias:
            spellings.append(row.alias.replace("'", "\u2019"))
    return {code: tuple(spellings) for code, spellings in found.items()}


#: Endings of a demonym that is an adjective ("Spanish", not "Spaniard"), preferred in titles.
_ADJECTIVE_ENDINGS = ("ish", "ese", "an", "i", "ic")


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Code -> the demonym of the alias table a title uses: an adjective
    ending ("-ish", "-an", "-i", …) first, then the longest ('ES' -> 'Spanish', 'KP' ->
    'North Korean', 'PH' -> 'Philippine')."""
    found: dict[str, list[str]] = {}
    for row in read_aliases():
        if row.kind == "demonym" and "." not in row.alias:
            found.setdefault(row.code, []).append(row.alias)
    return {code: sorted(names, key=lambda n: (not n.endswith(_ADJECTIVE_ENDINGS), -len(n), n))[0]
            for code, names in found.items()}
