"""When a figure was said (`claimed_on`, `claimed_on_precision`) and what kind of count it is
(`count_kind`), each on a real sentence of the development set (article id in each test)."""
from __future__ import annotations

import pandas as pd

from warclaims.extract import claims_from_text


def claim(text: str, published: str, value: int) -> pd.Series:
    table = claims_from_text(text, published=published)
    rows = table[(table["value"] == value) | (table["low"] == value)]
    assert len(rows) == 1, table[["metric", "value", "low", "quote"]].to_string()
    return rows.iloc[0]


def said(text: str, published: str, value: int) -> tuple[str, str]:
    row = claim(text, published, value)
    return row["claimed_on"], row["claimed_on_precision"]


# --- When it was said ----------------------------------------------------------------------------

def test_a_weekday_after_told_reporters_is_the_latest_such_day():   # c02, published Friday 12 August 2022
    text = ("“I think it’s safe to suggest that the Russians probably took 70 or 80,000 casualties in less than "
            "six months,” Colin Kahl, the undersecretary of defense for policy, told reporters at the Pentagon "
            "on Monday, citing deaths and injuries.")
    assert said(text, "2022-08-12", 70000) == ("2022-08-08", "day")


def test_said_last_month_is_the_month_before_the_article():   # a06
    text = ("The NIS said last month that Pyongyang was due to send about 10,900 troops, most of them from "
            "special forces, to fight alongside Russia.")
    assert said(text, "2024-11-25", 10900) == ("2024-10-01", "month")


def test_a_fronted_date_before_a_saying_verb_is_when_it_was_said():   # d03
    text = ("On March 25, Russia’s defence ministry said that 1,351 Russian soldiers had been killed and 3,825 "
            "wounded since Moscow launched what it calls its “special operation” in Ukraine on February 24.")
    assert said(text, "2022-05-09", 1351) == ("2022-03-25", "day")


def test_a_month_and_year_after_reported_is_when_it_was_said_not_the_period():   # e02
    text = ("The revelation marks an increase from the 31,000 deaths Zelenskyy reported in February 2023, when "
            "he declined to provide figures for the wounded to avoid giving strategic advantages to Russia.")
    row = claim(text, "", 31000)
    assert (row["claimed_on"], row["claimed_on_precision"], row["period"]) == ("2023-02-01", "month", "")


def test_a_statement_yesterday_is_the_day_before():   # f10
    text = ("The UN office said in a statement yesterday that 2023 had seen 172 aid workers killed by August 7, "
            "with more than half of the deaths recorded in the first three months.")
    assert said(text, "2024-08-19", 172) == ("2024-08-18", "day")


def test_earlier_in_the_week_is_the_articles_week():   # j08, published Saturday 11 January 2025
    text = ("Earlier in the week, the U.S. Deputy Ambassador to the United Nations said the organization "
            "estimates North Korea has deployed over 12,000 soldiers to Russia to support Moscow's war in Ukraine.")
    assert said(text, "2025-01-11", 12000) == ("2025-01-06", "week")


def test_a_quotation_after_a_dated_statement_keeps_its_date():   # i05
    text = ("NATO will massively increase the number of its forces at high readiness, the alliance’s "
            "Secretary-General Jens Stoltenberg announced on Monday. “We will transform the NATO response force "
            "and increase the number of our high-readiness forces to well over 300,000,” he told reporters.")
    assert said(text, "2022-06-27", 300000) == ("2022-06-27", "day")


def test_a_day_people_died_is_no_claim_date():   # c08
    text = "The Israeli army said three more soldiers were killed in the clashes on Tuesday."
    assert said(text, "2023-12-27", 3) == ("", "")


def test_a_weekday_needs_the_publication_date():   # a06, read without its date
    text = ("RBC-Ukraine, a Ukrainian news agency, reported Sunday that a Storm Shadow missile strike on the "
            "Kursk region killed about 500 North Korean soldiers and hurt three, including an interpretation officer.")
    assert said(text, "", 500) == ("", "")


# --- What kind of count --------------------------------------------------------------------------

def test_a_figure_each_day_is_a_rate():   # c02
    text = ("With 500 Russian soldiers killed or wounded each day, according to the latest estimate by US "
            "intelligence and military officials, the Russian war effort has slowed to a crawl.")
    assert claim(text, "2022-08-12", 500)["count_kind"] == "rate"


def test_a_toll_since_a_date_is_cumulative():   # c08
    text = "The death toll of the Israeli army since the launch of Israeli attacks on Gaza on Oct. 7 has risen to 491."
    assert claim(text, "2023-12-27", 491)["count_kind"] == "cumulative"


def test_a_toll_that_stands_at_a_figure_is_cumulative():   # k05
    assert claim("The combined death toll from the offensive now stands at more than 400 people.",
                 "2023-09-27", 400)["count_kind"] == "cumulative"


def test_a_count_over_the_past_day_is_a_period():   # e05
    text = ("Russia's Battlegroup Yug eliminated up to 710 Ukrainian servicepeople over the past day, the Russian "
            "Defense Ministry said on Wednesday.")
    assert claim(text, "2024-12-04", 710)["count_kind"] == "period"


def test_a_toll_of_one_attack_is_unknown():   # c08
    assert claim("Around 1,200 Israelis are believed to have been killed in the Hamas attack.",
                 "2023-12-27", 1200)["count_kind"] == "unknown"


def test_a_day_after_is_neither_rate_nor_period():   # k02
    text = ("The mass surrender came a day after at least six displaced residents were killed by shelling just "
            "outside of the town.")
    assert claim(text, "2024-01-01", 6)["count_kind"] == "unknown"


def test_the_present_perfect_with_no_span_is_a_total_so_far():   # seed 003
    text = ("Seoul claims that North Korea's army has suffered around 4,000 casualties in the Ukraine war, which "
            "includes both injuries and deaths.")
    assert claim(text, "2025-04-28", 4000)["count_kind"] == "cumulative"
