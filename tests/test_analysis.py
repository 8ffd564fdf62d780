"""warclaims.analysis: bounds, figures as text, discrepancies, counts and evidence."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from claim_rows import (
    AA_KILLED, TRT_KILLED, aa_killed, aa_thousands, claim, mia_another, mia_casualties,
    mia_sent, table, trt_killed, trt_sent,
)
from warclaims.analysis import (
    OWN_VOICE, casualty_series, claim_bounds, claimant_is_party, claimant_short,
    counts_by_metric_and_outlet, describe_figure, discrepancies, evidence_table, figure_data,
    highlight_number, subjects_title, troop_series, undated_note,
)
from warclaims.schema import METRICS


def test_same_day_600_vs_2000_killed_is_a_discrepancy() -> None:
    pairs = discrepancies(table(trt_killed(), aa_killed()))
    assert len(pairs) == 1
    pair = pairs.iloc[0]
    assert (pair["metric"], pair["subject"], pair["days_apart"]) == ("killed", "KP", 0)
    assert {pair["outlet_a"], pair["outlet_b"]} == {"TRT World", "Anadolu Agency"}
    assert {pair["figure_a"], pair["figure_b"]} == {"about 600", "about 2,000"}
    assert {pair["quote_a"], pair["quote_b"]} == {TRT_KILLED, AA_KILLED}


def test_more_than_10000_agrees_with_about_11000() -> None:
    assert discrepancies(table(trt_sent(), mia_sent())).empty


def test_claims_further_apart_than_the_window_are_not_compared() -> None:
    claims = table(trt_killed("2025-08-15"), aa_killed("2025-09-03"))
    assert discrepancies(claims, days=3).empty
    assert len(discrepancies(claims, days=30)) == 1


def test_increments_are_never_compared_with_totals() -> None:
    assert discrepancies(table(mia_sent(), mia_another(), trt_sent())).empty


def test_undated_claims_are_not_compared() -> None:
    assert discrepancies(table(trt_killed(""), aa_killed())).empty


def test_approx_tolerance_is_ten_percent() -> None:
    near = claim("c-near", "009_x", "X", "2025-09-03", "killed", "exact", "Some 650 died.", "650",
                 value=650)
    far = claim("c-far", "009_y", "Y", "2025-09-03", "killed", "exact", "Some 700 died.", "700",
                value=700)
    assert discrepancies(table(trt_killed(), near)).empty  # 650 is within 600 ± 10 %
    assert len(discrepancies(table(trt_killed(), far))) == 1  # 700 is not


def test_discrepancy_order_does_not_depend_on_input_order() -> None:
    rows = [trt_killed(), aa_killed(), trt_sent(), aa_thousands()]
    first = discrepancies(table(*rows))
    second = discrepancies(table(*reversed(rows)))
    pd.testing.assert_frame_equal(first, second)
    assert list(first["metric"]) == ["deployed", "killed"]


@pytest.mark.parametrize(("row", "expected"), [
    (trt_killed(), (600.0, 600.0, 600.0, "approx")),
    (mia_another(), (3000.0, 3000.0, 3000.0, "point")),
    (trt_sent(), (10000.0, 10000.0, None, "open_up")),
    (claim("c-most", "009", "X", "2025-01-01", "killed", "at_most", "Up to 3,000 died.", "3,000",
           value=3000, high=3000), (3000.0, None, 3000.0, "open_down")),
    (claim("c-range", "009", "X", "2025-01-01", "deployed", "range",
           "10,000 to 12,000 troops were sent.", "10,000 to 12,000", low=10000, high=12000),
     (11000.0, 10000.0, 12000.0, "bar")),
    (aa_thousands(), (round(math.sqrt(2000 * 9999), 1), 2000.0, 9999.0, "band")),
], ids=["approx", "exact", "at_least", "at_most", "range", "vague"])
def test_bounds_per_qualifier(row: dict[str, object], expected: tuple) -> None:
    bounds = claim_bounds(table(row)).iloc[0]
    y, low, high, mark = expected
    assert bounds["y"] == y
    assert (None if pd.isna(bounds["y_low"]) else bounds["y_low"]) == low
    assert (None if pd.isna(bounds["y_high"]) else bounds["y_high"]) == high
    assert bounds["mark"] == mark


def test_claim_bounds_labels_own_voice_and_parses_dates() -> None:
    bounds = claim_bounds(table(aa_thousands(), trt_killed("")))
    assert list(bounds["claimant_label"]) == [OWN_VOICE, "Seoul"]
    assert bounds["published"].iloc[0] == pd.Timestamp("2025-09-03")
    assert pd.isna(bounds["published"].iloc[1])


@pytest.mark.parametrize(("qualifier", "numbers", "text"), [
    ("exact", {"value": 600}, "600"),
    ("approx", {"value": 600}, "about 600"),
    ("at_least", {"value": 10000, "low": 10000}, "more than 10,000"),
    ("at_most", {"value": 3000, "high": 3000}, "up to 3,000"),
    ("range", {"low": 10000, "high": 12000}, "10,000–12,000"),
    ("vague", {"low": 2000, "high": 9999}, "thousands (2,000–9,999)"),
])
def test_describe_figure(qualifier: str, numbers: dict[str, int], text: str) -> None:
    row = {"qualifier": qualifier, "value": pd.NA, "low": pd.NA, "high": pd.NA, **numbers}
    assert describe_figure(row) == text


def test_troop_series_marks_increments() -> None:
    series = troop_series(table(mia_sent(), mia_another(), trt_killed()))
    assert dict(zip(series["claim_id"], series["kind"])) == {
        "c-mia-sent": "total", "c-mia-another": "increment"}


def test_casualty_series_keeps_killed_wounded_casualties_only() -> None:
    series = casualty_series(table(trt_killed(), mia_casualties(), trt_sent()))
    assert sorted(series["metric"]) == ["casualties", "killed"]


def test_undated_claims_are_left_off_figure_data_and_counted() -> None:
    series = troop_series(table(trt_sent(), mia_sent("")))
    assert list(figure_data(series)["claim_id"]) == ["c-trt-sent"]
    assert undated_note(series) == "1 claim without a publication date left off the chart."


def test_counts_have_every_metric_in_fixed_order_with_zeros() -> None:
    counts = counts_by_metric_and_outlet(table(trt_killed(), aa_killed(), trt_sent()))
    assert list(counts.index) == list(METRICS)
    assert list(counts.columns) == ["Anadolu Agency", "TRT World"]
    assert counts.loc["killed", "TRT World"] == 1
    assert counts.loc["missing"].sum() == 0


def test_highlight_number_marks_the_number_and_escapes_html() -> None:
    quote = "Seoul's <b>estimate</b>: 600 & more"
    start = 40 + quote.index("600")
    assert highlight_number(quote, start, start + 3, 40) == (
        "Seoul&#x27;s &lt;b&gt;estimate&lt;/b&gt;: <mark>600</mark> &amp; more")


def test_highlight_number_outside_the_quote_leaves_it_unmarked() -> None:
    assert highlight_number("600 killed", 50, 53, 0) == "600 killed"


def test_evidence_table_marks_each_claims_number() -> None:
    evidence = evidence_table(table(aa_killed(), trt_killed()))
    assert list(evidence.columns) == ["outlet", "published", "metric", "figure", "claimant", "quote"]
    assert "<mark>2,000</mark>" in evidence.loc[evidence["outlet"] == "Anadolu Agency", "quote"].iloc[0]
    assert "<mark>600</mark>" in evidence.loc[evidence["outlet"] == "TRT World", "quote"].iloc[0]


@pytest.mark.parametrize(("claimant", "country", "label"), [
    ("Seoul", "KR", "Seoul (KR)"),
    ("South Korea's intelligence agency", "KR", "South Korea's intelligence… (KR)"),
    ("the South Korean military leadership", "KR", "the South Korean military… (KR)"),
    ("South Korean and Western intelligence agencies", "western",
     "South Korean and Western… (western)"),
    ("", "", "outlet's own voice"),
    ("  ", "KR", "outlet's own voice"),
    ("Kyiv", "", "Kyiv"),
])
def test_claimant_short(claimant: str, country: str, label: str) -> None:
    assert claimant_short(claimant, country) == label
    assert len(label.split(" (")[0]) <= 27  # at most 26 characters and the ellipsis


def test_claimant_is_party_for_own_side_opponents_and_allies_only() -> None:
    assert claimant_is_party("UA", "UA")          # a side on its own people
    assert claimant_is_party("RU", "UA")          # the other side of the war
    assert claimant_is_party("KP", "RU")          # allies count as parties
    assert not claimant_is_party("KP", "KR")      # South Korea is not at war here
    assert not claimant_is_party("KP", "")        # no country, no party
    rows = table(trt_killed(), claim("c-ua", "009_ua", "X", "2025-09-03", "killed", "exact",
                                     "Kyiv said 600 died.", "600", value=600, claimant="Kyiv"))
    rows.loc[1, "claimant_country"] = "UA"
    assert list(claim_bounds(rows)["claimant_is_party"]) == [False, True]


def test_a_title_names_any_country_by_its_demonym() -> None:   # the devset's Yemeni losses
    assert subjects_title(["YE"], "casualties").startswith("Yemeni casualties:")


def test_subjects_title_names_a_country_only_for_a_single_subject() -> None:
    assert subjects_title(["KP", "KP"], "troops deployed") == (
        "North Korean troops deployed: figures as reported, by outlet and claimant")
    assert subjects_title(["XX"], "casualties").startswith("XX casualties:")
    mixed = subjects_title(["KP", "RU"], "troops deployed")
    assert mixed == "Troops deployed: figures as reported, by outlet, claimant and subject"
    assert subjects_title([], "casualties") == (
        "Casualties: figures as reported, by outlet and claimant")
