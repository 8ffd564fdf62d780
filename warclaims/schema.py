"""The claims table's columns and vocabularies, and the check the pipeline runs on every table.

Vocabularies follow the shared annotation guide (ANNOTATION.md); the README's data
dictionary describes each column.  `check_claims` runs inside the pipeline, not only in
tests, so a table that breaks the contract never reaches a chart.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:   # pandas is imported when a table is made: the CSV extractor needs none
    import pandas as pd

METRICS = ("deployed", "killed", "wounded", "casualties", "captured", "missing")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")
#: What kind of count a claim is (warclaims.extract.kind) and how precise its claim date is
#: (warclaims.extract.when; "" when the text gives no date).
COUNT_KINDS = ("cumulative", "period", "rate", "unknown")
CLAIM_DATE_PRECISIONS = ("day", "week", "month", "year", "")

#: Floor and ceiling of each vague amount, as the annotation guide fixes them.
VAGUE_BOUNDS: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
}

#: One row per article.  `path` is the file it was read from; `row` the row of a corpus file
#: (.csv: as a spreadsheet numbers it, header = 1; .jsonl: the line), "" for a file of its own.
ARTICLE_COLUMNS = (
    "article_id", "title", "outlet", "outlet_source", "wire", "published", "date_source",
    "url", "path", "row", "problem",
)

CLAIM_COLUMNS = (
    "claim_id", "article_id", "outlet", "wire", "published",
    "metric", "qualifier", "value", "low", "high",
    "subject", "claimant", "claimant_country",
    "period", "period_start", "period_end", "incremental",
    "claimed_on", "claimed_on_precision", "count_kind",
    "quote", "quote_start", "start", "end", "number_text", "risk", "risk_reasons",
)

INTEGER_COLUMNS = ("value", "low", "high")
OFFSET_COLUMNS = ("quote_start", "start", "end", "incremental")
FLOAT_COLUMNS = ("risk",)
TEXT_COLUMNS = tuple(
    c for c in CLAIM_COLUMNS if c not in INTEGER_COLUMNS + OFFSET_COLUMNS + FLOAT_COLUMNS
)

#: Rows are sorted on this key so that a re-run with nothing new writes the same bytes.
CLAIM_SORT_KEY = ("published", "article_id", "start", "metric", "claim_id")


def coerce_claims(table: pd.DataFrame) -> pd.DataFrame:
    """Put the columns in their fixed order and types (nullable integers, strings)."""
    import pandas as pd

    out = table.reindex(columns=list(CLAIM_COLUMNS)).copy()
    for column in INTEGER_COLUMNS:
        out[column] = pd.to_numeric(out[column], errors="raise").astype("Int64")
    for column in OFFSET_COLUMNS:
        out[column] = pd.to_numeric(out[column], errors="raise").astype("int64")
    for column in FLOAT_COLUMNS:
        out[column] = pd.to_numeric(out[column], errors="raise").astype("float64").round(2)
    for column in TEXT_COLUMNS:
        out[column] = out[column].astype("string").fillna("")
    return out


class SchemaError(ValueError):
    """The claims table breaks its contract; the message lists every broken rule."""


def check_claims(table: pd.DataFrame) -> pd.DataFrame:
    """Raise SchemaError listing every broken rule; return the table unchanged when it holds."""
    errors: list[str] = []
    if tuple(table.columns) != CLAIM_COLUMNS:
        errors.append(f"columns are {list(table.columns)}, expected {list(CLAIM_COLUMNS)}")
        raise SchemaError("; ".join(errors))
    if table["claim_id"].duplicated().any():
        dupes = sorted(set(table.loc[table["claim_id"].duplicated(), "claim_id"]))
        errors.append(f"claim_id not unique: {dupes[:5]}")
    for column, vocabulary in (("metric", METRICS), ("qualifier", QUALIFIERS), ("count_kind", COUNT_KINDS),
                               ("claimed_on_precision", CLAIM_DATE_PRECISIONS)):
        bad = sorted(set(table[column]) - set(vocabulary))
        if bad:
            errors.append(f"{column} outside its vocabulary: {bad}")
    errors.extend(_number_rule_errors(table))
    if not table["incremental"].isin([0, 1]).all():
        errors.append("incremental must be 0 or 1")
    if (table["end"] <= table["start"]).any() or (table["start"] < table["quote_start"]).any():
        errors.append("offsets must satisfy quote_start <= start < end")
    if not table["risk"].between(0, 1).all():
        errors.append("risk must lie between 0 and 1")
    if errors:
        raise SchemaError("; ".join(errors))
    return table


def _number_rule_errors(table: pd.DataFrame) -> list[str]:
    """Which of value/low/high each qualifier fills, and low <= value <= high."""
    filled = table[["value", "low", "high"]].notna()
    expected = {
        "exact": (True, False, False), "approx": (True, False, False),
        "at_least": (True, True, False), "at_most": (True, False, True),
        "range": (False, True, True), "vague": (False, True, True),
    }
    errors = []
    for qualifier, pattern in expected.items():
        rows = filled[table["qualifier"] == qualifier]
        if len(rows) and not (rows == list(pattern)).all(axis=None):
            errors.append(f"{qualifier} rows must fill value/low/high as {pattern}")
    both = table["low"].notna() & table["high"].notna()
    if (table.loc[both, "low"] > table.loc[both, "high"]).any():
        errors.append("low > high")
    if (table[["value", "low", "high"]].fillna(1) < 0).any(axis=None):
        errors.append("negative counts")
    return errors
