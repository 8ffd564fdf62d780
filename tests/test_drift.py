"""How a figure changed along its path from article to article (`provenance.figure_paths`,
`provenance.drift_table`), on the seeds' sentences."""
from __future__ import annotations

import pandas as pd

from warclaims.extract import claims_from_text
from warclaims.provenance import carries_rounded, drift_table, figure_paths, roundings

AROUND_600 = ("Around 600 North Korean soldiers have been killed and thousands more wounded fighting for "
              "Russia, Seoul has said.")
ABOUT_11000 = ("According to South Korea's intelligence agency, North Korea sent about 11,000 soldiers to support "
               "Russia late last year, primarily deployed in the region around the areas occupied by Ukraine in "
               "Russia's Kursk.")
MORE_THAN_10000 = ("South Korean and Western intelligence agencies have said Pyongyang sent more than 10,000 "
                   "soldiers to Russia's Kursk region in 2024, along with artillery shells, missiles and "
                   "long-range rocket systems.")


def articles(*texts: tuple[str, str, str]) -> pd.DataFrame:
    """The claims of (article id, publication date, text) articles, as one table."""
    tables = [claims_from_text(text, published=published, article_id=article_id)
              for article_id, published, text in texts]
    return pd.concat(tables, ignore_index=True)


def drift_of(claims: pd.DataFrame, article_id: str, value: int) -> tuple[str, str, bool]:
    paths = figure_paths(claims)
    row = paths[(claims["article_id"] == article_id) & (claims["value"] == value)].iloc[0]
    return row["hedge_drift"], row["attribution_drift"], bool(row["rounded"])


def test_a_figure_carried_word_for_word_keeps_hedge_and_source():   # seeds 002 (15 Aug) and 000 (3 Sep)
    claims = articles(("002", "2025-08-15", AROUND_600), ("000", "2025-09-03", AROUND_600))
    assert drift_of(claims, "000", 600) == ("kept", "kept", False)
    assert drift_table(claims.assign(**figure_paths(claims))).empty


def test_a_bare_figure_drops_the_hedge():
    claims = articles(("002", "2025-08-15", AROUND_600),
                      ("x", "2025-09-03", "600 North Korean soldiers were killed fighting for Russia, Seoul said."))
    assert drift_of(claims, "x", 600)[0] == "dropped"


def test_a_figure_in_the_outlets_own_voice_drops_its_source():
    claims = articles(("002", "2025-08-15", AROUND_600),
                      ("x", "2025-09-03", "Around 600 North Korean soldiers have been killed fighting for Russia."))
    assert drift_of(claims, "x", 600)[1] == "dropped"


def test_more_than_a_round_number_carries_a_higher_figure_rounded():   # seeds 003 (28 Apr) and 002 (15 Aug)
    claims = articles(("003", "2025-04-28", ABOUT_11000), ("002", "2025-08-15", MORE_THAN_10000))
    assert drift_of(claims, "002", 10000) == ("changed", "moved", True)


def test_roundings_are_to_one_or_two_significant_digits():
    assert {10000, 20000} <= roundings(11000) and 11000 not in roundings(11000)
    assert roundings(2700) == {2000, 3000, 2700} - {2700}


def test_an_exact_different_number_is_no_rounding():
    assert carries_rounded(11000, 10000, "at_least")
    assert not carries_rounded(11000, 10000, "exact")
    assert not carries_rounded(11000, 20000, "at_least")   # "more than 20,000" says more than 11,000


def test_an_about_figure_is_rounded_to_the_nearest():
    assert carries_rounded(11000, 10000, "approx")
    assert not carries_rounded(25900, 20000, "approx")   # "up to 25,900" is no "about 20,000"
    assert carries_rounded(11400, 12000, "at_most")


def test_an_outlets_own_figure_carried_in_its_own_voice_is_no_change():
    own = "Around 600 North Korean soldiers have been killed fighting for Russia."
    claims = articles(("002", "2025-08-15", own), ("000", "2025-09-03", own))
    assert drift_of(claims, "000", 600)[1] == "unsourced"
    assert drift_table(claims.assign(**figure_paths(claims))).empty


def test_the_same_number_years_later_is_another_figure():
    claims = articles(("002", "2022-08-15", AROUND_600), ("000", "2025-09-03", AROUND_600))
    assert drift_of(claims, "000", 600) == ("", "", False)
