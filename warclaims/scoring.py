"""Score a predicted claims table against a gold one, by the annotation guide's rule ("Scoring").

A predicted claim matches a gold claim of the same article when the metric is the same and the
numbers agree: the same `value`; or, for range and vague claims (no value), the same `low` and
`high`. Within one article, rows that agree on metric and numbers are one claim, on both sides;
the first such row stands for it. Precision, recall and F1 are over those claims; qualifier,
subject and claimant_country are then scored as accuracy on the matched pairs.

Only the csv module is used, so `python helpers.py score` starts without pandas.
"""
from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Columns both tables need; the scorer's key is built from them.
REQUIRED_COLUMNS = ("article_id", "metric", "qualifier", "value", "low", "high")
#: Fields compared on matched pairs, in the order the report lists them.
ACCURACY_FIELDS = ("qualifier", "subject", "claimant_country")
#: Number cells that mean "no number": empty, and what pandas writes for a missing value.
EMPTY_NUMBERS = frozenset({"", "nan", "none", "null", "<na>"})
#: Characters of a quote shown for each missed or spurious claim.
QUOTE_SHOWN = 140
#: Largest CSV field accepted (the csv module's default, 128 KiB, is smaller than some quotes).
CSV_FIELD_LIMIT = 2**31 - 1

Row = Mapping[str, str]


class ClaimsFileError(ValueError):
    """A claims table that cannot be scored; the message names the file and the problem."""


@dataclass(frozen=True)
class ClaimKey:
    """What makes two rows one claim: the article, the metric and the numbers.

    A claim with a value is keyed on the value alone; one without (range, vague) on low and high.
    """

    article_id: str
    metric: str
    value: int | None = None
    low: int | None = None
    high: int | None = None

    def sort_key(self) -> tuple[object, ...]:
        """Article, metric, then range claims before valued ones; an empty bound sorts first."""
        numbers = (self.low, self.high) if self.value is None else (self.value,)
        return (self.article_id, self.metric, self.value is not None,
                tuple((number is not None, number or 0) for number in numbers))

    def __str__(self) -> str:
        if self.value is not None:
            numbers = f"value={self.value}"
        else:
            numbers = f"low={_cell(self.low)} high={_cell(self.high)}"
        return f"{self.article_id} {self.metric} {numbers}"


@dataclass(frozen=True)
class Claim:
    """One claim of a table: its key and the row that stands for it."""

    key: ClaimKey
    row: Row

    @property
    def quote(self) -> str:
        return self.row.get("quote") or ""


@dataclass(frozen=True)
class Counts:
    """Matched, gold and predicted claims (of one metric, or of all)."""

    tp: int
    gold: int
    pred: int


@dataclass(frozen=True)
class Agreement:
    """How many matched pairs agree on one field, of how many compared."""

    correct: int
    total: int

    @property
    def rate(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class Score:
    """The result of scoring one predicted table against one gold table."""

    tp: int
    gold: int
    pred: int
    by_metric: dict[str, Counts]
    #: Accuracy on matched pairs, for each of ACCURACY_FIELDS that the predictions carry.
    accuracy: dict[str, Agreement]
    #: Gold claims without a matching prediction, in key order.
    missed: list[Claim]
    #: Predicted claims without a matching gold claim, in key order.
    spurious: list[Claim]

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def parse_number(text: str | None) -> int | None:
    """A number cell as an integer ("10,000" and "10000.0" are 10000); None for an empty cell.

    Rounds as the reference scorer does (Python's round, halves to even).
    Raises ValueError for anything else.
    """
    text = (text or "").strip()
    if text.lower() in EMPTY_NUMBERS:
        return None
    try:
        return round(float(text.replace(",", "")))
    except (ValueError, OverflowError):
        raise ValueError(f"{text!r} is not a number") from None


def claim_key(row: Row) -> ClaimKey:
    """The scorer's key of one row; raises ValueError naming the column of a non-numeric cell."""
    numbers: dict[str, int | None] = {}
    for column in ("value", "low", "high"):
        try:
            numbers[column] = parse_number(row.get(column))
        except ValueError as error:
            raise ValueError(f"{column} {error}") from None
    article_id, metric = _text(row, "article_id"), _text(row, "metric").lower()
    if numbers["value"] is not None:
        return ClaimKey(article_id, metric, value=numbers["value"])
    return ClaimKey(article_id, metric, low=numbers["low"], high=numbers["high"])


def read_claims_csv(path: str | Path) -> list[dict[str, str]]:
    """The rows of a gold or predicted claims CSV, checked so that every row can be keyed.

    Raises ClaimsFileError naming the file (and the line) for a file that cannot be read, a
    missing required column or a non-numeric value, low or high.
    """
    path = Path(path)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    try:
        with path.open(newline="", encoding="utf-8-sig") as stream:
            reader = csv.DictReader(stream)
            _check_columns(path, reader.fieldnames)
            return list(_checked_rows(path, reader))
    except FileNotFoundError:
        raise ClaimsFileError(f"{path}: no such file") from None
    except OSError as error:
        raise ClaimsFileError(f"{path}: cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise ClaimsFileError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except csv.Error as error:
        raise ClaimsFileError(f"{path}: not a readable CSV ({error})") from None


def score(gold_rows: Iterable[Row], predicted_rows: Iterable[Row],
          articles: Iterable[str] | None = None) -> Score:
    """Score predicted rows against gold rows, on the articles of the gold (or on `articles`).

    `articles` names the articles to score, and may name articles with no gold rows: gold cannot
    list an article without claims, so a prediction there is spurious, not ignored.
    """
    keep = None if articles is None else set(articles)
    gold = _claims(gold_rows, keep)
    scored = keep if keep is not None else {key.article_id for key in gold}
    pred = _claims(predicted_rows, scored)
    matched = gold.keys() & pred.keys()
    return Score(
        tp=len(matched), gold=len(gold), pred=len(pred),
        by_metric=_counts_by_metric(gold, pred, matched),
        accuracy=_accuracy(gold, pred, matched),
        missed=_sorted_claims(gold, gold.keys() - matched),
        spurious=_sorted_claims(pred, pred.keys() - matched),
    )


def format_report(result: Score, show: bool = False) -> str:
    """The scorer's text report: counts per metric, accuracy on matches, optionally the missed
    and spurious claims with their quotes, and last 'F1 0.xxx P 0.xxx R 0.xxx (tp/gold/pred)'."""
    lines = [f"{metric:11s} tp {c.tp:3d}  gold {c.gold:3d}  pred {c.pred:3d}"
             for metric, c in result.by_metric.items()]
    lines += [f"{field} accuracy on matches: {a.correct}/{a.total}" for field, a in result.accuracy.items()]
    if show:
        lines += [_claim_line("MISSED  ", claim) for claim in result.missed]
        lines += [_claim_line("SPURIOUS", claim) for claim in result.spurious]
    lines.append(f"F1 {result.f1:.3f} P {result.precision:.3f} R {result.recall:.3f}"
                 f" ({result.tp}/{result.gold}/{result.pred})")
    return "\n".join(lines)


def _text(row: Row, column: str) -> str:
    """A cell stripped; "" for a missing cell (csv gives None for a short row)."""
    return (row.get(column) or "").strip()


def _cell(number: int | None) -> str:
    return "" if number is None else str(number)


def _check_columns(path: Path, fieldnames: Sequence[str] | None) -> None:
    if not fieldnames:
        raise ClaimsFileError(f"{path}: empty file, no header row")
    missing = [column for column in REQUIRED_COLUMNS if column not in fieldnames]
    if missing:
        raise ClaimsFileError(f"{path}: missing required column{'s' * (len(missing) > 1)}"
                              f" {', '.join(missing)} (header: {', '.join(fieldnames)})")


def _checked_rows(path: Path, reader: csv.DictReader) -> Iterator[dict[str, str]]:
    """Each row, after checking that its numbers parse; errors give the line the row starts on."""
    line = reader.line_num
    for row in reader:
        try:
            claim_key(row)
        except ValueError as error:
            raise ClaimsFileError(f"{path}, line {line + 1} (article {_text(row, 'article_id')!r}):"
                                  f" {error}") from None
        line = reader.line_num
        yield row


def _claims(rows: Iterable[Row], articles: set[str] | None) -> dict[ClaimKey, Row]:
    """Rows by key, of the given articles only (all when None); the first row of a key wins."""
    claims: dict[ClaimKey, Row] = {}
    for row in rows:
        if articles is None or _text(row, "article_id") in articles:
            claims.setdefault(claim_key(row), row)
    return claims


def _counts_by_metric(gold: Mapping[ClaimKey, Row], pred: Mapping[ClaimKey, Row],
                      matched: set[ClaimKey]) -> dict[str, Counts]:
    tp, in_gold, in_pred = (Counter(key.metric for key in keys) for keys in (matched, gold, pred))
    return {metric: Counts(tp=tp[metric], gold=in_gold[metric], pred=in_pred[metric])
            for metric in sorted(in_gold.keys() | in_pred.keys())}


def _accuracy(gold: Mapping[ClaimKey, Row], pred: Mapping[ClaimKey, Row],
              matched: set[ClaimKey]) -> dict[str, Agreement]:
    """Agreement on each field that the predicted rows carry; a gold row without it counts as ""."""
    accuracy = {}
    for field in ACCURACY_FIELDS:
        pairs = [(_text(gold[key], field).lower(), _text(pred[key], field).lower())
                 for key in matched if field in pred[key]]
        if pairs:
            accuracy[field] = Agreement(correct=sum(g == p for g, p in pairs), total=len(pairs))
    return accuracy


def _sorted_claims(claims: Mapping[ClaimKey, Row], keys: Iterable[ClaimKey]) -> list[Claim]:
    return [Claim(key, claims[key]) for key in sorted(keys, key=ClaimKey.sort_key)]


def _claim_line(label: str, claim: Claim) -> str:
    """One missed or spurious claim; the quote on one line even when the cell holds line breaks."""
    quote = " ".join(claim.quote.split())[:QUOTE_SHOWN]
    return f"{label} {claim.key} | {quote}"
