"""The actor aliases: the hand-kept file's consistency, its coverage of the UN member states,
and how the extractor finds actors in real phrases."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pycountry
import pytest

from warclaims.countries import (
    ALIASES_CSV,
    GROUP_CODES,
    aliases,
    read_aliases,
    un_members,
)
from warclaims.lexicon import ACTORS, PLAIN_CASE_LETTERS, find_actors

#: Members whose capital is left out, because news uses the name for something else too.
NO_CAPITAL = {
    "AG": "St. John's is also Newfoundland's capital",
    "BE": "Brussels stands for the EU institutions",
    "BG": "Sofia is a common first name",
    "BS": "Nassau is also a New York county",
    "CL": "Santiago is a common first name and many cities",
    "CR": "San Jose is also the Californian city",
    "GD": "St. George's is many places",
    "GY": "Georgetown is also a part of Washington and its university",
    "JM": "Kingston is also in Ontario and London",
    "LY": "Tripoli is also Lebanon's second city",
    "PA": "Panama City is also in Florida",
    "SC": "Victoria is a first name, an Australian state and a Canadian city",
}
#: Members without a demonym of their own in news English.
NO_DEMONYM = {
    "CF": "'central African' is a region",
    "CG": "news 'Congolese' is the DR Congo's (CD)",
    "DM": "'Dominican' is the Dominican Republic's (DO)",
}
#: Demonyms English leaves unchanged in the plural ("the Sudanese", "the Swiss").
SAME_IN_PLURAL = re.compile(r"(?:ese|sh|ch|ss|ois)$|^(?:I-Kiribati|Ni-Vanuatu|Malagasy)$")


def kinds_by_code() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for row in read_aliases():
        found.setdefault(row.code, set()).add(row.kind)
    return found


# --- The file ------------------------------------------------------------------------------------

def test_the_alias_file_ships_inside_the_package():
    assert ALIASES_CSV.parent.parent == Path(__file__).resolve().parent.parent / "warclaims"
    assert ALIASES_CSV.is_file()


def test_rows_are_sorted_by_code_kind_and_alias():
    rows = [(row.code, row.kind, row.alias) for row in read_aliases()]
    assert rows == sorted(rows)


def test_no_alias_has_two_codes():
    codes: dict[str, set[str]] = {}
    for row in read_aliases():
        codes.setdefault(row.alias.lower(), set()).add(row.code)
    assert {alias: found for alias, found in codes.items() if len(found) > 1} == {}


def test_every_code_is_a_country_a_convention_code_or_a_group():
    iso = {country.alpha_2 for country in pycountry.countries}
    for row in read_aliases():
        assert row.code in iso - {"GB"} or row.code in {"UK", "XK"} or row.code in GROUP_CODES, row
    assert GROUP_CODES == {"aa", "abu sayyaf", "adf", "aes", "al-qaeda", "al-shabaab", "aqap", "arsa", "biff", "bla",
                           "boko haram", "codeco", "csp", "dawlah islamiyah", "ecowas", "eln", "fano", "farc", "fdlr",
                           "fla", "fsa",
                           "hamas", "hezbollah", "houthis", "hts", "isis", "iswap", "janjaweed", "jem", "jnim",
                           "kataib hezbollah", "kia", "let", "lna", "lra", "ltte", "m23", "maoists", "mndaa", "nato", "npa",
                           "ola", "pdf", "peshmerga", "pkk", "pmf", "polisario", "rsf", "sdf", "sna", "splm-io", "taliban",
                           "tnla", "tplf", "tpnpb", "ttp", "wazalendo", "white army", "ypg"}


def test_no_alias_has_stray_whitespace():
    for row in read_aliases():
        assert row.alias == " ".join(row.alias.split()), row


@pytest.mark.parametrize("line, problem", [
    ("Narnian,NN,demonym", "unknown code"),
    ("Londoner,GB,demonym", "ISO code where the project writes UK"),
    ("Ruritanian,RU,nickname", "unknown kind"),
    ("Kyiv,UA,capital", "an alias twice"),
])
def test_bad_rows_are_refused(tmp_path: Path, line: str, problem: str):
    path = tmp_path / "aliases.csv"
    path.write_text(f"alias,code,kind\nKyiv,UA,capital\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_aliases(path)


# --- Coverage ------------------------------------------------------------------------------------

def test_there_are_193_un_member_states_in_project_codes():
    members = un_members()
    assert len(members) == 193
    assert {"UK", "US", "UA", "RU", "SS", "KP"} <= members
    assert not {"GB", "PS", "TW", "VA", "PR", "HK"} & members


def test_every_member_has_a_demonym_and_a_capital_unless_listed():
    found = kinds_by_code()
    assert sorted(c for c in un_members() if "capital" not in found.get(c, ())) == sorted(NO_CAPITAL)
    assert sorted(c for c in un_members() if "demonym" not in found.get(c, ())) == sorted(NO_DEMONYM)


def test_every_member_has_a_plural_demonym_unless_english_keeps_the_singular():
    found = kinds_by_code()
    demonyms: dict[str, list[str]] = {}
    for row in read_aliases():
        if row.kind == "demonym":
            demonyms.setdefault(row.code, []).append(row.alias)
    for code in sorted(un_members() - set(NO_DEMONYM)):
        if "demonym_plural" not in found[code]:
            assert any(SAME_IN_PLURAL.search(d) for d in demonyms[code]), (code, demonyms[code])


def test_every_member_and_named_non_member_has_a_name():
    codes = {row.code for row in aliases().values() if row.kind == "name"}
    assert un_members() | {"PS", "TW", "VA", "XK"} <= codes


def test_the_file_wins_over_pycountry():
    assert aliases()["congo"].code == "CD"   # pycountry's "Congo" is the Republic of the Congo
    assert aliases()["republic of the congo"].code == "CG"
    assert aliases()["united kingdom"].code == "UK"


def test_the_aliases_kept_by_hand_before_keep_their_codes():
    kept = {"North Korea": "KP", "DPRK": "KP", "Kim": "KP", "KCNA": "KP", "NIS": "KR", "Seoul": "KR",
            "Russia": "RU", "Wagner": "RU", "Kremlin": "RU", "HUR": "UA", "Kiev": "UA", "U.S.": "US",
            "Pentagon": "US", "Austin": "US", "Britain": "UK", "Downing Street": "UK", "IDF": "IL",
            "Gaza": "PS", "West Bank": "PS", "Palestinian Authority": "PS", "Türkiye": "TR",
            "Turkey": "TR", "Hezbollah": "hezbollah", "Hamas": "hamas", "Houthi": "houthis",
            "Rapid Support Forces": "rsf", "RSF": "rsf"}
    assert {alias: aliases()[alias.lower()].code for alias in kept} == kept


def test_every_alias_is_found_as_itself():
    for code, names in ACTORS.items():
        for name in names:
            assert find_actors(name) == [(0, len(name), code, name)], name


def test_plain_case_letters_pair_only_with_their_upper_case():
    """What `word_alternation` and `fold` assume of the letters beyond ASCII in actors' names."""
    everything = [chr(point) for point in range(sys.maxunicode + 1)]
    for letter in PLAIN_CASE_LETTERS:
        pattern = re.compile(re.escape(letter), re.I)
        assert letter == letter.lower() and letter.upper().lower() == letter
        assert {c for c in everything if pattern.fullmatch(c)} == {letter, letter.upper()}
        assert {c for c in everything if c.lower() == letter} == {letter, letter.upper()}


# --- Real phrases --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kyiv said", [("UA", "Kyiv")]),
    ("Ethiopian forces", [("ET", "Ethiopian")]),
    ("the Sudanese Armed Forces", [("SD", "Sudanese Armed Forces")]),
    ("Burkinabe soldiers", [("BF", "Burkinabe")]),
    ("Malians", [("ML", "Malians")]),
    ("Côte d’Ivoire’s army", [("CI", "Côte d’Ivoire")]),
    ("fighting near N’Djamena", [("TD", "N’Djamena")]),
    ("Bissau-Guinean troops", [("GW", "Bissau-Guinean")]),
    ("M23 rebels in eastern Congo", [("m23", "M23"), ("CD", "Congo")]),
    ("troops from the Republic of the Congo", [("CG", "Republic of the Congo")]),
    ("Israel Defense Forces", [("IL", "Israel Defense Forces")]),
    ("Xi and Putin", [("CN", "Xi"), ("RU", "Putin")]),
])
def test_actors_in_real_phrases(text: str, expected: list[tuple[str, str]]):
    assert [(code, surface) for _, _, code, surface in find_actors(text)] == expected


def test_acronyms_are_case_sensitive():
    assert find_actors("let us know, said the saf") == []
    assert [code for _, _, code, _ in find_actors("the SAF and the UAE")] == ["SD", "AE"]


def test_ambiguous_words_are_not_actors():
    assert find_actors("a male victim in Victoria and Kingston") == []
    assert [code for _, _, code, _ in find_actors("officials in Malé")] == ["MV"]

