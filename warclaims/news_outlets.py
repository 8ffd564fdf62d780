"""News outlets and agencies by name, from the hand-kept data/news_outlets.csv (columns outlet,
country: one row per name an outlet goes by, and the country it is based in).

The claimant decision reads it: a claim an outlet reports ("Xinhua reported", "according to
Anadolu") has claimant country `media` whatever the outlet's state, as the annotation guide
says; the country column lets a reviewer see which state media a row is.  Names are matched
case-sensitively as whole words, so "Dawn" is the Pakistani paper and "at dawn" is not.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from warclaims.countries import project_code, valid_codes

NEWS_OUTLETS_CSV = Path(__file__).resolve().parent / "data" / "news_outlets.csv"
COLUMNS = ("outlet", "country")


@lru_cache(maxsize=1)
def news_outlets(path: Path = NEWS_OUTLETS_CSV) -> dict[str, str]:
    """Every outlet name → its country code; a bad row raises ValueError naming file and line."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path}: columns {reader.fieldnames}, expected {COLUMNS}")
        rows = list(reader)
    codes, found = valid_codes(), {}
    for line, row in enumerate(rows, start=2):
        name, country = row["outlet"].strip(), row["country"]
        if not name or country not in codes:
            raise ValueError(f"{path}:{line}: bad row {row}")
        if name in found:
            raise ValueError(f"{path}:{line}: {name!r} appears twice")
        found[name] = country
    return found


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    names = sorted(news_outlets(), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")


def names_an_outlet(text: str) -> bool:
    """Whether `text` names a news outlet or agency of the table ("Turkey's Anadolu news agency",
    "Xinhua")."""
    return _outlet_pattern().search(text) is not None


_OUTLET_PARTS = re.compile(r"\s*(?:[/|(),]|\s-\s)\s*")


@lru_cache(maxsize=1024)
def outlet_country(outlet: str, url: str = "") -> str:
    """The country of an article's outlet as the table knows it ("Dawn" → PK; "France 24 / AFP"
    → FR, its first name the table knows), else the country its web address's country-code
    domain names ("www.rte.ie" → IE, "tribune.com.pk" → PK), or ""."""
    table = news_outlets()
    for part in _OUTLET_PARTS.split(outlet):
        country = table.get(part.strip())
        if country:
            return country
    return country_of_domain(url)


#: Country-code domains sites take for their sound, not their country ("quds.co", "example.io", "…tv").
_GENERIC_COUNTRY_DOMAINS = frozenset({"co", "io", "tv", "me", "fm", "ai", "cc", "ws", "to", "gg", "sh", "nu", "tk", "eu"})
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^/@\s]*@)?([^/:?#\s]+)", re.I)


def country_of_domain(url: str) -> str:
    """The project code of the country whose country-code top-level domain a web address ends
    in ("https://www.independent.co.uk/…" → UK), or "" (".com", ".org", a domain sites take
    for its sound)."""
    host = _HOST.match(url)
    domain = host.group(1).rstrip(".").rsplit(".", 1)[-1].lower() if host else ""
    if len(domain) != 2 or domain in _GENERIC_COUNTRY_DOMAINS:
        return ""
    code = project_code("GB" if domain == "uk" else domain.upper())
    return code if code in valid_codes() else ""
