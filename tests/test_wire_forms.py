"""Classes of wire sentences the development set holds too few of, each in a form written for the
test (so no article's text is special-cased): one behaviour each."""
from __future__ import annotations

import pandas as pd

from warclaims.extract import claims_from_text


def only_claim(text: str) -> pd.Series:
    table = claims_from_text(text, published="2025-06-24")
    assert len(table) == 1, table[["metric", "value", "quote"]].to_string()
    return table.iloc[0]


def test_a_headline_without_the_hedge_is_the_body_claim_said_again():
    table = claims_from_text("Israeli army kills 78 more Palestinians in Gaza\n\n"
                             "At least 78 more Palestinians were killed in Gaza in the past 24 hours, the Health "
                             "Ministry said on Tuesday.", published="2025-06-24")
    assert len(table) == 1 and table.iloc[0]["claimant"] == "the Health Ministry"


def test_a_monitor_is_no_newspaper():
    row = only_claim("The Britain-based monitor said 146 fighters were killed.")
    assert row["claimant_country"] == "other"


def test_a_body_based_in_a_capital_does_not_speak_for_its_state():
    row = only_claim("The Washington-based think tank estimated Ukrainian casualties at almost 400,000.")
    assert row["claimant_country"] == "other"


def test_a_rights_group_with_news_in_its_name_is_no_outlet():
    row = only_claim("The US-based Human Rights Activists News Agency put the toll at 1,054 killed.")
    assert row["claimant_country"] == "other"


def test_an_institute_named_after_a_country_is_no_state():
    row = only_claim("More than 2,400 people were killed in militant violence in Pakistan last year, according "
                     "to the Pakistan Institute for Conflict and Security Studies.")
    assert row["claimant_country"] == "other"


def test_the_who_chief_is_a_speaker():
    row = only_claim("WHO chief Tedros Adhanom Ghebreyesus said six health workers had been killed.")
    assert (row["claimant"], row["claimant_country"]) == ("WHO chief Tedros Adhanom Ghebreyesus", "un")


def test_a_mission_that_verified_deaths_is_their_claimant():
    row = only_claim("The UN Human Rights Monitoring Mission in Ukraine has verified at least 14,300 civilian "
                     "deaths since February 2022.")
    assert row["claimant_country"] == "un"
