"""People correct the machine: the hand-kept review file and the reviewed claims table.

`data/review.csv` holds one row per decision, keyed by `claim_id`:

- `accept` — the claim is right as extracted;
- `reject` — the claim is wrong (say why in `reason`); it leaves the charts;
- `fix` — the fields given (metric, qualifier, value/low/high, subject, claimant,
  claimant_country, period, incremental) replace the extracted ones; empty fields keep them;
- `add` — a claim the extractor missed, given by `article_id` and the exact `quote` (the
  sentence, or the part of it that holds the number); the code finds the offsets.

Every row records `reviewer` and `reviewed_on` (ISO date).  When several rows name one claim,
the last one in the file stands.  A row whose claim no longer exists is never dropped
silently: it is listed as orphaned, with the reason.  The code only ever appends to this file.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import warnings
from datetime import date
from pathlib import Path

import pandas as pd

from warclaims.articles import ArticleWarning, read_hand_kept_text
from warclaims.files import append_csv_rows
from warclaims.numbers import find_numbers
from warclaims.periods import resolve_period
from warclaims.schema import CLAIM_COLUMNS, METRICS, QUALIFIERS, coerce_claims

REVIEW_COLUMNS = (
    "claim_id", "decision", "reason", "article_id", "quote",
    "metric", "qualifier", "value", "low", "high", "subject", "claimant", "claimant_country",
    "period", "incremental", "reviewer", "reviewed_on",
)
DECISIONS = ("accept", "reject", "fix", "add")
FIXABLE = ("metric", "qualifier", "value", "low", "high", "subject", "claimant",
           "claimant_country", "period", "incremental")
STATUS_BY_DECISION = {"accept": "accepted", "reject": "rejected", "fix": "fixed", "add": "added"}
REVIEWED_COLUMNS = (*CLAIM_COLUMNS, "review_status", "reviewer", "reviewed_on", "review_reason")
ORPHAN_COLUMNS = ("row", "claim_id", "decision", "article_id", "reviewer", "reviewed_on", "why")


class ReviewError(ValueError):
    """A review decision that cannot be recorded (the message says which field is wrong)."""


def read_review(path: Path) -> tuple[pd.DataFrame, list[dict[str, str]]]:
    """Review rows (with their line number in `row`) and the problems of malformed rows."""
    if not path.exists():
        return pd.DataFrame(columns=["row", *REVIEW_COLUMNS]).astype("string"), []
    rows, problems = [], []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        text = read_hand_kept_text(path)
    problems += [{"file": str(path), "row": "", "kind": w.message.kind, "message": w.message.problem}
                 for w in caught if isinstance(w.message, ArticleWarning)]
    for number, row in enumerate(csv.DictReader(io.StringIO(text, newline="")), start=2):
        problem = _row_problem(row)
        if problem:
            problems.append({"file": str(path), "row": str(number), "kind": "review", "message": problem})
            continue
        rows.append({"row": str(number), **{c: (row.get(c) or "").strip() for c in REVIEW_COLUMNS}})
    return pd.DataFrame(rows, columns=["row", *REVIEW_COLUMNS]).astype("string"), problems


def _row_problem(row: dict[str, str | None]) -> str:
    if None in row:
        return "more fields than the header; row skipped"
    decision = (row.get("decision") or "").strip()
    if decision not in DECISIONS:
        return f"decision {decision!r} is not one of {', '.join(DECISIONS)}; row skipped"
    if decision == "add" and not ((row.get("article_id") or "").strip() and (row.get("quote") or "").strip()):
        return "an add row needs article_id and quote; row skipped"
    if decision != "add" and not (row.get("claim_id") or "").strip():
        return "no claim_id; row skipped"
    for field, vocabulary in (("metric", METRICS), ("qualifier", QUALIFIERS)):
        value = (row.get(field) or "").strip()
        if value and value not in vocabulary:
            return f"{field} {value!r} is outside its vocabulary; row skipped"
    for field in ("value", "low", "high"):
        value = (row.get(field) or "").replace(",", "").strip()
        if value and not value.isdigit():
            return f"{field} {value!r} is not a whole number; row skipped"
    return ""


def apply_review(claims: pd.DataFrame, review: pd.DataFrame,
                 articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The reviewed claims table (every claim, with `review_status`) and the orphaned rows."""
    table = claims.copy()
    table["review_status"] = "machine"
    for column in ("reviewer", "reviewed_on", "review_reason"):
        table[column] = ""
    orphans: list[dict[str, str]] = []
    known_articles = set(articles["article_id"])
    latest = review.drop_duplicates("claim_id", keep="last") if len(review) else review
    decisions = latest[latest["decision"] != "add"]
    for decision in decisions.itertuples(index=False):
        match = table.index[table["claim_id"] == decision.claim_id]
        if len(match) == 0:
            orphans.append(_orphan(decision, _why_orphaned(decision, known_articles, claims)))
            continue
        _apply_decision(table, match[0], decision)
    added = []
    for decision in review[review["decision"] == "add"].itertuples(index=False):
        row, why = _added_claim(decision, articles)
        if row is None:
            orphans.append(_orphan(decision, why))
        elif row["claim_id"] not in set(table["claim_id"]) | {r["claim_id"] for r in added}:
            added.append(row)
    if added:
        table = pd.concat([table, _as_reviewed(pd.DataFrame(added))], ignore_index=True)
    table = _as_reviewed(table).sort_values(["published", "article_id", "start", "claim_id"], kind="stable")
    return table.reset_index(drop=True), pd.DataFrame(orphans, columns=list(ORPHAN_COLUMNS)).astype("string")


def _apply_decision(table: pd.DataFrame, index: int, decision: object) -> None:
    table.loc[index, "review_status"] = STATUS_BY_DECISION[decision.decision]
    table.loc[index, ["reviewer", "reviewed_on", "review_reason"]] = [
        decision.reviewer, decision.reviewed_on, decision.reason]
    if decision.decision != "fix":
        return
    for field in FIXABLE:
        value = getattr(decision, field)
        if value:
            table.loc[index, field] = int(value.replace(",", "")) if field in ("value", "low", "high", "incremental") else value
    if decision.qualifier:   # a new qualifier decides which of value/low/high stay filled
        _fit_numbers(table, index, decision)
    if decision.period:
        published = table.loc[index, "published"]
        start, end = resolve_period(decision.period, date.fromisoformat(published) if published else None)
        table.loc[index, ["period_start", "period_end"]] = [start.isoformat() if start else "",
                                                            end.isoformat() if end else ""]


def _fit_numbers(table: pd.DataFrame, index: int, decision: object) -> None:
    qualifier = decision.qualifier
    value = table.loc[index, "value"]
    if qualifier in ("exact", "approx"):
        table.loc[index, ["low", "high"]] = [pd.NA, pd.NA]
    elif qualifier == "at_least":
        table.loc[index, ["low", "high"]] = [value, pd.NA]
    elif qualifier == "at_most":
        table.loc[index, ["low", "high"]] = [pd.NA, value]
    else:
        table.loc[index, "value"] = pd.NA


def _why_orphaned(decision: object, known_articles: set[str], claims: pd.DataFrame) -> str:
    article = decision.article_id or ""
    if article and article not in known_articles:
        return f"article {article!r} is no longer among the articles"
    return "no claim has this id any more: the article's text changed or the extractor no longer finds it"


def _orphan(decision: object, why: str) -> dict[str, str]:
    return {"row": decision.row, "claim_id": decision.claim_id, "decision": decision.decision,
            "article_id": decision.article_id, "reviewer": decision.reviewer,
            "reviewed_on": decision.reviewed_on, "why": why}


def _added_claim(decision: object, articles: pd.DataFrame) -> tuple[dict[str, object] | None, str]:
    """A person's claim: offsets found from its quote in the article text."""
    article = articles[articles["article_id"] == decision.article_id]
    if article.empty:
        return None, f"article {decision.article_id!r} is not among the articles"
    record = article.iloc[0]
    text = str(record["text"]) if "text" in article.columns else ""
    at = text.find(decision.quote)
    if at < 0:
        return None, "the quote is not in the article's text (copy it exactly)"
    start, end = _number_span(decision, decision.quote)
    if decision.metric == "" or not (decision.value or decision.low):
        return None, "an add row needs metric and value (or low/high)"
    row: dict[str, object] = {c: "" for c in CLAIM_COLUMNS}
    row.update(article_id=decision.article_id, outlet=record["outlet"], wire=record["wire"],
               published=record["published"], quote=decision.quote, quote_start=at,
               start=at + start, end=at + end, number_text=decision.quote[start:end],
               incremental=int(decision.incremental or 0), risk=0.0, risk_reasons="added by a person")
    for field in FIXABLE:
        if field != "incremental" and getattr(decision, field):
            row[field] = getattr(decision, field).replace(",", "") if field in ("value", "low", "high") else getattr(decision, field)
    row["qualifier"] = row["qualifier"] or "exact"
    published = str(record["published"])
    period_start, period_end = resolve_period(str(row["period"]), date.fromisoformat(published) if published else None)
    row.update(period_start=period_start.isoformat() if period_start else "",
               period_end=period_end.isoformat() if period_end else "")
    row["claim_id"] = "h" + hashlib.sha1(f"{decision.article_id}|{decision.quote}|{row['metric']}|"
                                         f"{row['value']}|{row['low']}|{row['high']}".encode()).hexdigest()[:11]
    row.update(review_status="added", reviewer=decision.reviewer, reviewed_on=decision.reviewed_on,
               review_reason=decision.reason)
    return row, ""


def _number_span(decision: object, quote: str) -> tuple[int, int]:
    """Where the added claim's number stands in its quote: the amount whose value matches."""
    wanted = {int(v.replace(",", "")) for v in (decision.value, decision.low, decision.high) if v}
    amounts = find_numbers(quote)
    for amount in amounts:
        if {amount.value, amount.low, amount.high} & wanted:
            return amount.start, amount.end
    return (amounts[0].start, amounts[0].end) if amounts else (0, len(quote))


def _as_reviewed(table: pd.DataFrame) -> pd.DataFrame:
    out = coerce_claims(table)
    for column in REVIEWED_COLUMNS[len(CLAIM_COLUMNS):]:
        out[column] = table[column].astype("string").fillna("") if column in table else ""
    return out[list(REVIEWED_COLUMNS)]


def charted(reviewed: pd.DataFrame) -> pd.DataFrame:
    """The claims the charts draw: every claim but the rejected ones, and but implausible
    magnitudes nobody has checked (a person's accept or fix puts one back)."""
    implausible = reviewed["risk_reasons"].str.contains("implausible magnitude", regex=False)
    checked = reviewed["review_status"].isin(["accepted", "fixed", "added"])
    keep = (reviewed["review_status"] != "rejected") & (~implausible | checked)
    return reviewed[keep].reset_index(drop=True)


def record_review(path: Path, decision: str, *, reviewer: str, claim_id: str = "",
                  reviewed_on: str | None = None, **fields: object) -> dict[str, str]:
    """Append one decision to the review file (never rewriting the rows already there).

    The file is rewritten atomically from its own bytes plus the new line, so an interrupted
    call leaves it as it was.
    """
    unknown = set(fields) - set(REVIEW_COLUMNS)
    if unknown:
        raise ReviewError(f"unknown review fields: {sorted(unknown)}")
    row = {c: "" for c in REVIEW_COLUMNS}
    row.update({k: "" if v is None else str(v) for k, v in fields.items()})
    row.update(claim_id=claim_id, decision=decision, reviewer=reviewer,
               reviewed_on=reviewed_on or date.today().isoformat())
    problem = _row_problem(row)
    if problem or not reviewer.strip():
        raise ReviewError(problem.replace("; row skipped", "") or "reviewer is required")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["reviewed_on"]):
        raise ReviewError("reviewed_on must be an ISO date (YYYY-MM-DD)")
    append_csv_rows(path, REVIEW_COLUMNS, [[row[c] for c in REVIEW_COLUMNS]])
    return row


