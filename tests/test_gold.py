"""The claims table of the project's own seeds/ folder against a hand-checked gold file.

`tests/gold/seeds_gold.csv` is the annotators' gold for the five seed articles (one row a claim;
columns as in the annotation guide).  The comparison uses the scorer's key: a predicted claim
matches a gold claim of the same article when the metric is the same and the numbers agree (the
same value; for range and vague claims the same low and high).  Qualifier, subject and
claimant_country are then compared on every matched pair.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from warclaims.articles import ArticleWarning
from warclaims.sources import load_articles
from warclaims.extract import extract_claims
from warclaims.schema import check_claims

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MANIFEST = ROOT / "data" / "articles.csv"
GOLD = Path(__file__).resolve().parent / "gold" / "seeds_gold.csv"


def _cell(value: object) -> str:
    """A number cell as the gold writes it: an integer string, or "" when empty."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return ""
    return str(int(float(value)))


def scorer_key(row: pd.Series) -> tuple[str, ...]:
    """(article_id, metric, value) or, for range and vague claims, (article_id, metric, low, high)."""
    value = _cell(row["value"])
    if value:
        return (row["article_id"], row["metric"], value)
    return (row["article_id"], row["metric"], _cell(row["low"]), _cell(row["high"]))


@pytest.fixture(scope="module")
def loaded():
    manifest_before = MANIFEST.read_bytes()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        articles = load_articles(SEEDS, manifest=MANIFEST)
    assert MANIFEST.read_bytes() == manifest_before
    return articles, [w.message for w in caught if isinstance(w.message, ArticleWarning)]


@pytest.fixture(scope="module")
def articles(loaded) -> pd.DataFrame:
    return loaded[0]


@pytest.fixture(scope="module")
def claims(articles) -> pd.DataFrame:
    return extract_claims(articles)


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return pd.read_csv(GOLD, dtype=str, keep_default_na=False)


def _by_key(table: pd.DataFrame) -> dict[tuple[str, ...], pd.Series]:
    return {scorer_key(row): row for _, row in table.iterrows()}


def test_seed_claims_match_gold_on_scorer_key(claims, gold):
    predicted = {scorer_key(row) for _, row in claims.iterrows()}
    expected = {scorer_key(row) for _, row in gold.iterrows()}
    assert predicted - expected == set(), "claims not in the gold"
    assert expected - predicted == set(), "gold claims not found"


def test_seed_claims_have_no_repeated_scorer_key(claims):
    keys = [scorer_key(row) for _, row in claims.iterrows()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("column", ["qualifier", "subject", "claimant_country"])
def test_matched_seed_claims_agree_with_gold_on(column, claims, gold):
    predicted, expected = _by_key(claims), _by_key(gold)
    wrong = {key: (predicted[key][column], expected[key][column])
             for key in set(predicted) & set(expected)
             if predicted[key][column] != expected[key][column]}
    assert wrong == {}


@pytest.mark.parametrize(("article_id", "published", "date_source"), [
    ("000_e71f8adc84992862", "2025-09-03", "text"),
    ("001_6029dff90c6fc784", "2025-09-03", "text"),
    ("002_3f52c08f8a7c2341", "2025-08-15", "text"),
    ("003_3bc72fdcf4e78d89", "2025-04-28", "text"),
    ("004_2a837432b18d5e63", "2025-09-03", "manifest"),
])
def test_seed_published_dates(article_id, published, date_source, articles):
    row = articles.set_index("article_id").loc[article_id]
    assert (row["published"], row["date_source"]) == (published, date_source)


def test_only_seed_004_warns_and_for_its_missing_date(loaded):
    messages = [str(w) for w in loaded[1]]
    assert len(messages) == 1
    assert "004_2a837432b18d5e63" in messages[0] and "manifest's date is used" in messages[0]


def test_every_seed_claim_quote_holds_its_number(claims):
    assert len(claims) > 0
    for row in claims.itertuples():
        assert row.number_text in row.quote


def test_seed_claim_offsets_point_into_article_text(claims, articles):
    texts = dict(zip(articles["article_id"], articles["text"]))
    for row in claims.itertuples():
        text = texts[row.article_id]
        assert text[row.start:row.end] == row.number_text
        assert text[row.quote_start:row.quote_start + len(row.quote)] == row.quote


def test_seed_claims_table_passes_schema_check(claims):
    assert check_claims(claims) is claims


def test_seed_claims_carry_article_metadata(claims, articles):
    meta = articles.set_index("article_id")
    for row in claims.itertuples():
        assert row.published == meta.loc[row.article_id, "published"]
        assert row.outlet == meta.loc[row.article_id, "outlet"]
        assert row.wire == meta.loc[row.article_id, "wire"]
