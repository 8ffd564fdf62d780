"""Totals, spans and rates on the charts and in discrepancies; the claim-date time axis.
Sentences from the development set (article id in each test)."""
from __future__ import annotations

import pandas as pd
import pytest

from warclaims.analysis import discrepancies, on_time_axis, over_time, spans_and_rates
from warclaims.extract import claims_from_text

RATE = ("With 500 Russian soldiers killed or wounded each day, according to the latest estimate by US "
        "intelligence and military officials, the Russian war effort has slowed to a crawl.")   # c02
PERIOD = ("Russia's Battlegroup Yug eliminated up to 710 Ukrainian servicepeople over the past day, the "
          "Russian Defense Ministry said on Wednesday.")   # e05
TOTAL = ("The Wagner Group has suffered 30,000 casualties in Ukraine since Russia invaded its neighbor a "
         "year ago, White House National Security Council adviser John Kirby said.")   # d05
SENT_IN_A_YEAR = ("South Korean and Western intelligence agencies have said Pyongyang sent more than 10,000 "
                  "soldiers to Russia's Kursk region in 2024.")   # seed 000


def claims(*texts: tuple[str, str, str]) -> pd.DataFrame:
    return pd.concat([claims_from_text(text, published=published, article_id=article_id)
                      for article_id, published, text in texts], ignore_index=True)


def test_time_charts_leave_out_rates_and_counts_for_a_span():
    table = claims(("c02", "2022-08-12", RATE), ("e05", "2024-12-04", PERIOD), ("d05", "2023-02-18", TOTAL))
    assert list(over_time(table)["article_id"]) == ["d05"]
    assert list(spans_and_rates(table)["count_kind"]) == ["rate", "period"]


def test_troops_sent_in_a_year_are_the_forces_size_on_the_chart():
    table = claims(("000", "2025-09-03", SENT_IN_A_YEAR))
    assert table.iloc[0]["count_kind"] == "period" and len(over_time(table)) == 1


def test_a_rate_and_a_total_are_no_discrepancy():
    table = claims(("c02", "2023-02-18", RATE), ("d05", "2023-02-18", TOTAL))
    assert set(table["metric"]) == {"casualties"} and set(table["subject"]) == {"RU"}
    assert discrepancies(table).empty
    assert len(discrepancies(table.assign(count_kind="unknown"))) == 1


def test_the_claimed_axis_dates_a_figure_by_when_it_was_said():   # e02
    table = claims(("e02", "2024-12-09", "The revelation marks an increase from the 31,000 deaths Zelenskyy "
                                         "reported in February 2023."))
    assert on_time_axis(table, "claimed").iloc[0]["published"] == "2023-02-01"
    assert on_time_axis(table, "published").iloc[0]["published"] == "2024-12-09"


def test_an_unknown_time_axis_is_refused():
    with pytest.raises(ValueError, match="time axis"):
        on_time_axis(claims(("d05", "2023-02-18", TOTAL)), "said")


def test_two_figures_of_one_article_said_on_different_days_are_no_discrepancy():   # d03
    table = claims(("d03", "2022-05-09", "On March 25, Russia’s defence ministry said that 1,351 Russian soldiers "
                                         "had been killed. Russia’s defence ministry said on Friday that 15,000 "
                                         "Russian soldiers had been killed."))
    assert len(set(table["claimed_on"])) == 2
    assert discrepancies(table, days=60).empty
