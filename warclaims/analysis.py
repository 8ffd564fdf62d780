"""Series, discrepancies and tables that the notebooks show and the charts draw.

Pure pandas: nothing here imports matplotlib, so the tables can be built and tested without
a plotting backend.  Every function takes a claims table (the columns of
`warclaims.schema.CLAIM_COLUMNS`) and returns a new frame; none modifies its input.

Plotting columns added by `claim_bounds`:

| column | meaning |
| --- | --- |
| `y` | central value: `value` for exact/approx/at_least/at_most; the midpoint of low and high for a range; the geometric mean of low and high for a vague amount ("thousands" → about 4,470) |
| `y_low`, `y_high` | the bounds drawn; empty (NA) means open: at_least has no upper bound, at_most no lower bound |
| `mark` | how the chart draws the claim: `point` exact, `approx` approx, `open_up` at_least, `open_down` at_most, `bar` range, `band` vague |
| `claimant_label` | the claimant, or "(outlet's own voice)" when the outlet states the number itself |
| `claimant_is_party` | True when the claimant's country is a side of the war the number is about: the subject itself, or a side in `WAR_PARTIES` (see `claimant_is_party`) |
| `figure` | the figure as a reader would say it ("about 600", "more than 10,000") |
| `published` | the publication date as a datetime (NaT when the article has no date) |

A reviewed claims table (`warclaims.review.REVIEWED_COLUMNS`: the claims columns plus
`review_status`, `reviewer`, `reviewed_on`, `review_reason`) works everywhere a claims table
does; `review_status` is kept in the series, in `figure_data` and in the evidence and plotted
tables, so a reader can tell claims a person checked from those only the machine read.
"""
from __future__ import annotations

import html
import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from warclaims.countries import demonyms
from warclaims.schema import METRICS, VAGUE_BOUNDS

__all__ = [
    "APPROX_TOLERANCE",
    "article_table",
    "CASUALTY_METRICS",
    "HtmlTable",
    "OWN_VOICE",
    "SUBJECT_NAMES",
    "TIME_AXES",
    "WAR_PARTIES",
    "casualty_series",
    "claim_bounds",
    "claimant_is_party",
    "claimant_short",
    "counts_by_metric_and_outlet",
    "describe_figure",
    "discrepancies",
    "discrepancy_table",
    "dominant_subject",
    "echo_lines",
    "echo_rows",
    "echo_shown",
    "evidence_html",
    "evidence_table",
    "figure_data",
    "figure_dates",
    "group_order",
    "kind_class",
    "outlet_claimant_counts",
    "outlet_claimant_data",
    "outlet_claimant_matrix",
    "outlet_claims",
    "outlet_groups",
    "outlet_is_unknown",
    "outlet_order",
    "on_time_axis",
    "over_time",
    "highlight_number",
    "plotted_table",
    "REVIEW_STATUSES",
    "rejected_html",
    "rejected_table",
    "review_counts",
    "review_queue",
    "review_queue_html",
    "spans_and_rates",
    "subject_name",
    "subject_note",
    "subjects_title",
    "superseded_reports",
    "troop_series",
    "undated_note",
]

#: Label for claims the outlet states in its own voice (empty claimant).
OWN_VOICE = "(outlet's own voice)"
#: Metrics drawn on the casualty chart, in drawing order.
CASUALTY_METRICS = ("killed", "wounded", "casualties")
#: "about N" is read as N ± this share when comparing claims.
APPROX_TOLERANCE = 0.10

MARKS = {
    "exact": "point", "approx": "approx", "at_least": "open_up",
    "at_most": "open_down", "range": "bar", "vague": "band",
}
_VAGUE_WORDS = {bounds: word for word, bounds in VAGUE_BOUNDS.items()}

#: Columns of the CSV written beside each time chart, in this order.
FIGURE_DATA_COLUMNS = (
    "published", "outlet", "article_id", "claim_id", "metric", "qualifier", "kind",
    "value", "low", "high", "y", "y_low", "y_high", "mark", "figure", "subject",
    "claimant_label", "incremental", "claimant_country", "claimant_is_party", "review_status",
)
#: Where a claim stands after review, in the order the review notebook counts them.
REVIEW_STATUSES = ("machine", "accepted", "fixed", "added", "rejected")
#: Readable adjective for each subject code (chart titles); unknown codes are shown as they are.
SUBJECT_NAMES = {
    "KP": "North Korean", "KR": "South Korean", "RU": "Russian", "UA": "Ukrainian",
    "US": "US", "UK": "British", "IL": "Israeli", "PS": "Palestinian", "LB": "Lebanese",
    "civilians": "civilian",
}
#: (subject, claimant_country) pairs where the claimant is a side of the war the number is
#: about: opposing sides, and the allies North Korea and Russia about each other.
WAR_PARTIES = frozenset({
    ("RU", "UA"), ("UA", "RU"), ("KP", "UA"), ("UA", "KP"), ("KP", "RU"), ("RU", "KP"),
    ("IL", "PS"), ("PS", "IL"), ("IL", "LB"), ("LB", "IL"),
})
#: Longest claimant text on a chart label before it is cut (with an ellipsis).
CLAIMANT_MAX_CHARS = 26
#: Chart label of a claim the outlet states in its own voice.
OWN_VOICE_SHORT = "outlet's own voice"
#: Outlet names that mean nobody could name the outlet (compared case-insensitively).
UNKNOWN_OUTLETS = ("", "unknown outlet")
#: Charts name (and colour) at most this many outlets, those with most claims; the rest are
#: gathered under OTHER_OUTLETS, and an unnamed outlet is UNKNOWN_OUTLET.
MAX_NAMED_OUTLETS = 8
OTHER_OUTLETS = "other outlets"
UNKNOWN_OUTLET = "outlet unknown"
#: The outlet x claimant matrix names at most this many claimants (most claims first); the
#: rest are gathered under OTHER_CLAIMANTS.
MAX_NAMED_CLAIMANTS = 12
OTHER_CLAIMANTS = "other claimants"
#: The echo chart draws at most this many figures (rows): the ones carried by most articles.
MAX_ECHO_ROWS = 24
#: Columns of the discrepancy table, in this order.
DISCREPANCY_COLUMNS = (
    "metric", "subject", "days_apart",
    "published_a", "outlet_a", "article_id_a", "figure_a", "claimant_a", "quote_a",
    "published_b", "outlet_b", "article_id_b", "figure_b", "claimant_b", "quote_b",
    "claim_id_a", "claim_id_b", "y_a", "y_b", "label",
)


# --- bounds -----------------------------------------------------------------------------------

def _central(row: Mapping[str, Any]) -> float:
    """Central value of one claim (see the module docstring)."""
    qualifier = row["qualifier"]
    if qualifier in ("range", "vague"):
        low, high = float(row["low"]), float(row["high"])
        middle = math.sqrt(low * high) if qualifier == "vague" else (low + high) / 2
        return round(middle, 1)
    return float(row["value"])


def _drawn_bounds(row: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """(y_low, y_high) as drawn; None marks an open end."""
    qualifier, value = row["qualifier"], row["value"]
    if qualifier in ("exact", "approx"):
        return float(value), float(value)
    if qualifier == "at_least":
        return float(value), None
    if qualifier == "at_most":
        return None, float(value)
    return float(row["low"]), float(row["high"])


def _fmt(number: Any) -> str:
    """10000 -> '10,000'."""
    return f"{int(number):,}"


def describe_figure(row: Mapping[str, Any]) -> str:
    """The figure of one claim as text: '600', 'about 600', 'more than 10,000', 'up to 3,000',
    '10,000–12,000', 'thousands (2,000–9,999)'."""
    qualifier = row["qualifier"]
    if qualifier == "range":
        return f"{_fmt(row['low'])}–{_fmt(row['high'])}"
    if qualifier == "vague":
        bounds = (int(row["low"]), int(row["high"]))
        word = _VAGUE_WORDS.get(bounds, "vague")
        return f"{word} ({_fmt(bounds[0])}–{_fmt(bounds[1])})"
    prefix = {"exact": "", "approx": "about ", "at_least": "more than ", "at_most": "up to "}
    return f"{prefix.get(qualifier, '')}{_fmt(row['value'])}"


def _text(value: Any) -> str:
    """A cell as stripped text; NA and None become ''."""
    return "" if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
        else str(value).strip()


def claimant_short(claimant: Any, claimant_country: Any = "") -> str:
    """A short chart label for who made a claim: the claimant cut to at most
    CLAIMANT_MAX_CHARS characters (at a word boundary, with "…"), then the country in
    brackets.  'Seoul', 'KR' -> 'Seoul (KR)'; "South Korea's intelligence agency", 'KR' ->
    "South Korea's intelligence… (KR)"; an empty claimant -> "outlet's own voice"."""
    name, country = " ".join(_text(claimant).split()), _text(claimant_country)
    if not name:
        return OWN_VOICE_SHORT
    if len(name) > CLAIMANT_MAX_CHARS:
        cut = name[:CLAIMANT_MAX_CHARS]
        if name[CLAIMANT_MAX_CHARS] != " " and " " in cut:
            cut = cut[:cut.rindex(" ")]
        name = cut.rstrip(" ,;:.-–") + "…"
    return f"{name} ({country})" if country else name


def claimant_is_party(subject: Any, claimant_country: Any) -> bool:
    """True when the claimant's country is a side of the war the number is about: it equals
    the subject (a side reporting on its own people), or (subject, claimant_country) is in
    WAR_PARTIES.  An empty claimant country is never a party."""
    subject, country = _text(subject), _text(claimant_country)
    return bool(country) and (country == subject or (subject, country) in WAR_PARTIES)


def subject_name(code: Any) -> str:
    """Readable adjective for a subject code ('KP' -> 'North Korean', 'YE' -> 'Yemeni', from
    the alias table); other codes as they are."""
    code = _text(code)
    return SUBJECT_NAMES.get(code) or demonyms().get(code, code)


def subjects_title(subjects: Any, what: str, by: str = "by outlet and claimant") -> str:
    """A chart title from the subjects in the data, assuming nothing else: one subject ->
    "North Korean troops deployed: figures as reported, by outlet and claimant"; none or
    several -> "Troops deployed: figures as reported, by outlet, claimant and subject"."""
    distinct = sorted({_text(s) for s in subjects} - {""})
    if len(distinct) == 1:
        head = f"{subject_name(distinct[0])} {what}"
        tail = by
    else:
        head = what
        tail = by if not distinct else by.replace(" and ", ", ") + " and subject"
    return f"{head[:1].upper()}{head[1:]}: figures as reported, {tail}"


def claim_bounds(claims: pd.DataFrame) -> pd.DataFrame:
    """Add the plotting columns y, y_low, y_high, mark, claimant_label, claimant_is_party and
    figure, and parse `published` to a datetime (NaT when empty)."""
    out = claims.copy()
    rows = out.to_dict("records")
    bounds = [_drawn_bounds(r) for r in rows]
    out["y"] = pd.array([_central(r) for r in rows], dtype="Float64")
    out["y_low"] = pd.array([b[0] for b in bounds], dtype="Float64")
    out["y_high"] = pd.array([b[1] for b in bounds], dtype="Float64")
    out["mark"] = out["qualifier"].map(MARKS).astype("string")
    claimant = out["claimant"].astype("string").fillna("")
    out["claimant_label"] = claimant.where(claimant.str.strip() != "", OWN_VOICE)
    out["claimant_is_party"] = pd.array(
        [claimant_is_party(r.get("subject", ""), r.get("claimant_country", "")) for r in rows],
        dtype="boolean")
    out["figure"] = pd.array([describe_figure(r) for r in rows], dtype="string")
    out["published"] = pd.to_datetime(out["published"].astype("string").replace("", None),
                                      format="%Y-%m-%d", errors="coerce")
    return out


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in a fixed order: date, outlet, article, position in the article."""
    keys = [k for k in ("published", "outlet", "article_id", "start", "claim_id") if k in frame]
    return frame.sort_values(keys, kind="stable", na_position="last").reset_index(drop=True)


def outlet_order(outlets: Any) -> list[str]:
    """Distinct outlet names in a fixed order (case-insensitive alphabetical, then exact)."""
    names = {str(o) for o in pd.Series(list(outlets), dtype="string").fillna("")}
    return sorted(names, key=lambda name: (name.casefold(), name))


def _with_outlets(series: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Remember every outlet of the whole claims table and how many claims each carried, so
    colours (which go to the outlets with most claims) agree across charts."""
    series.attrs["all_outlets"] = outlet_order(claims["outlet"])
    series.attrs["outlet_claims"] = outlet_claims(claims["outlet"])
    return series


def outlet_is_unknown(outlet: Any) -> bool:
    """True for an outlet nobody could name: empty, or the pipeline's "unknown outlet"."""
    return _text(outlet).casefold() in UNKNOWN_OUTLETS


def outlet_claims(outlets: Any) -> dict[str, int]:
    """How many times each outlet occurs (one entry per claim), in `outlet_order`.  A mapping
    of outlet -> count is returned as it is (in that order)."""
    if isinstance(outlets, Mapping):
        counts = {str(k): int(v) for k, v in outlets.items()}
    else:
        counts = {}
        for name in pd.Series(list(outlets), dtype="string").fillna(""):
            counts[str(name)] = counts.get(str(name), 0) + 1
    return {name: counts[name] for name in outlet_order(counts)}


def outlet_groups(outlets: Any, top: int = MAX_NAMED_OUTLETS) -> dict[str, str]:
    """The group each outlet is charted under: itself for the `top` outlets with most claims
    (ties by name), OTHER_OUTLETS for the rest, UNKNOWN_OUTLET for an outlet nobody could
    name.  `outlets`: one entry per claim (a column), or a mapping outlet -> claims."""
    counts = outlet_claims(outlets)
    known = [o for o in counts if not outlet_is_unknown(o)]
    ranked = sorted(known, key=lambda o: (-counts[o], o.casefold(), o))
    named = set(ranked[:top])
    return {o: (UNKNOWN_OUTLET if outlet_is_unknown(o) else o if o in named else OTHER_OUTLETS)
            for o in counts}


def group_order(groups: Any) -> list[str]:
    """Outlet groups in legend order: named outlets (`outlet_order`), then OTHER_OUTLETS, then
    UNKNOWN_OUTLET."""
    distinct = set(groups)
    named = [g for g in outlet_order(distinct) if g not in (OTHER_OUTLETS, UNKNOWN_OUTLET)]
    return named + [g for g in (OTHER_OUTLETS, UNKNOWN_OUTLET) if g in distinct]


def dominant_subject(series: pd.DataFrame) -> str:
    """The subject (whose people) with most dated claims in a series, ties by code; '' when
    the series has no dated claim with a subject."""
    dated = series[pd.to_datetime(series["published"], errors="coerce").notna()] if len(series) else series
    subjects = dated.get("subject", pd.Series(dtype="string")).astype("string").fillna("")
    counts = subjects[subjects != ""].value_counts()
    if counts.empty:
        return ""
    return sorted(counts.index, key=lambda s: (-int(counts[s]), str(s)))[0]


def subject_note(series: pd.DataFrame, subject: str, what: str = "claims") -> str:
    """One sentence on the dated claims of other subjects a one-subject chart leaves out, or
    '' when there are none: "Only claims about North Korean people are drawn: 23 dated claims
    about 4 other subjects (Russian 12, US 6, Israeli 3, Lebanese 2) are in the table beside
    the chart."  At most five subjects are named."""
    dated = series[pd.to_datetime(series["published"], errors="coerce").notna()] if len(series) else series
    subjects = dated.get("subject", pd.Series(dtype="string")).astype("string").fillna("")
    others = subjects[subjects != subject].replace("", "no subject").value_counts()
    if others.empty:
        return ""
    names = sorted(others.index, key=lambda s: (-int(others[s]), str(s)))
    listed = ", ".join(f"{subject_name(s)} {int(others[s])}" for s in names[:5])
    more = f", {len(names) - 5} more" if len(names) > 5 else ""
    kinds = "subject" if len(names) == 1 else "subjects"
    total = int(others.sum())
    noun = what if total != 1 else what.rstrip("s")
    who = subject_name(subject) if subject else "one subject"
    verb = "is" if total == 1 else "are"
    return (f"Only {what} about {who} people are drawn: {total} dated {noun} about "
            f"{len(names)} other {kinds} ({listed}{more}) {verb} in the table beside the chart.")


def troop_series(claims: pd.DataFrame) -> pd.DataFrame:
    """Deployment claims with bounds, rates left out (`over_time`); `kind` is 'increment' for
    "another N" claims, else 'total'."""
    rows = over_time(claims[claims["metric"] == "deployed"])
    out = claim_bounds(rows)
    out["kind"] = pd.array(["increment" if int(i) == 1 else "total" for i in out["incremental"]],
                           dtype="string")
    return _with_outlets(_sorted(out), claims)


def casualty_series(claims: pd.DataFrame) -> pd.DataFrame:
    """Killed, wounded and casualties claims with bounds; counts for a span and rates are left
    out (`over_time`: "210 killed in the past 24 hours" is no point on a war's total)."""
    rows = over_time(claims[claims["metric"].isin(CASUALTY_METRICS)])
    out = claim_bounds(rows)
    out["kind"] = pd.array(["increment" if int(i) == 1 else "total" for i in out["incremental"]],
                           dtype="string")
    return _with_outlets(_sorted(out), claims)


def undated_note(series: pd.DataFrame) -> str:
    """One sentence on the claims left off a time chart because their article has no date."""
    missing = int(pd.to_datetime(series["published"].replace("", None), errors="coerce").isna().sum())
    if missing == 0:
        return "Every claim has a publication date; all are on the chart."
    noun = "claim" if missing == 1 else "claims"
    return f"{missing} {noun} without a publication date left off the chart."


def figure_data(series: pd.DataFrame) -> pd.DataFrame:
    """The rows a time chart draws (dated claims), in the fixed column order of its CSV."""
    dated = series[series["published"].notna()]
    out = dated.reindex(columns=[c for c in FIGURE_DATA_COLUMNS if c in dated.columns]).copy()
    out["published"] = out["published"].dt.strftime("%Y-%m-%d").astype("string")
    return _sorted(out)


def plotted_table(series: pd.DataFrame) -> pd.DataFrame:
    """A readable table of the figures on a chart: date, outlet, metric, figure, claimant."""
    data = figure_data(series)
    columns = ["published", "outlet", "metric", "figure", "kind", "claimant_label", "article_id",
               "review_status"]
    table = data.reindex(columns=[c for c in columns if c in data.columns])
    return table.rename(columns={"claimant_label": "claimant"})


# --- discrepancies ----------------------------------------------------------------------------

def _comparison_bounds(frame: pd.DataFrame) -> pd.DataFrame:
    """Bounds used to compare claims: approx widened by APPROX_TOLERANCE, open ends infinite."""
    low = frame["y_low"].astype("float64").fillna(-math.inf)
    high = frame["y_high"].astype("float64").fillna(math.inf)
    approx = frame["qualifier"] == "approx"
    low = low.where(~approx, low * (1 - APPROX_TOLERANCE))
    high = high.where(~approx, high * (1 + APPROX_TOLERANCE))
    return frame.assign(cmp_low=low, cmp_high=high)


def _period_bounds(frame: pd.DataFrame) -> pd.DataFrame:
    """Each claim's period as comparable text dates; an unknown end is open ("" / "~")."""
    start = frame.get("period_start", pd.Series("", index=frame.index)).fillna("").astype("string")
    end = frame.get("period_end", pd.Series("", index=frame.index)).fillna("").astype("string")
    return frame.assign(period_from=start.where(start != "", "0000-00-00"),
                        period_to=end.where(end != "", "9999-99-99"))


def _pair_label(row: Mapping[str, Any]) -> str:
    """'same day: about 600 vs about 2,000 killed' or '2 days apart: …'."""
    days = int(row["days_apart"])
    when = "same day" if days == 0 else f"{days} day{'s' if days > 1 else ''} apart"
    return f"{when}: {row['figure_a']} vs {row['figure_b']} {row['metric']}"


#: How a chart's time axis dates a claim: by its article, or by when the figure was said.
TIME_AXES = {"published": "publication date of the article",
             "claimed": "date the figure was said (else the article's date)"}


def figure_dates(claims: pd.DataFrame) -> pd.Series:
    """When each figure was said: `claimed_on` where the text gives it, else the publication
    date (ISO text; "" when neither is known)."""
    published = claims["published"].astype("string").fillna("")
    if "claimed_on" not in claims:
        return published
    claimed = claims["claimed_on"].astype("string").fillna("")
    return claimed.where(claimed != "", published)


def on_time_axis(claims: pd.DataFrame, axis: str = "published") -> pd.DataFrame:
    """The claims dated for a chart's time axis (`TIME_AXES`): as they are for "published";
    for "claimed", `published` holds the date the figure was said where the text gives it."""
    if axis not in TIME_AXES:
        raise ValueError(f"time axis {axis!r}: expected one of {sorted(TIME_AXES)}")
    return claims if axis == "published" else claims.assign(published=figure_dates(claims))


def kind_class(kinds: Any, metrics: Any) -> pd.Series:
    """'rate', 'period' or 'total' (cumulative and unknown counts): only figures of one class are
    compared, since a day's toll and a war's total do not contradict each other.  Troops sent in
    a span ("10,000 soldiers in 2024") are the force's size: a total."""
    series = pd.Series(kinds, dtype="string").fillna("unknown").reset_index(drop=True)
    deployed = pd.Series(metrics, dtype="string").reset_index(drop=True) == "deployed"
    return series.where(series.eq("rate") | (series.eq("period") & ~deployed), "total")


def over_time(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims a time chart draws: totals (`kind_class`).  A count for a stated span ("in the
    past 24 hours") or a rate ("each day") is not a point on a total's line; `spans_and_rates`
    lists them."""
    if "count_kind" not in claims:
        return claims
    return claims[(kind_class(claims["count_kind"], claims["metric"]) == "total").to_numpy()]


#: Columns of the table of counts for a span and rates, shown beside the time charts.
SPAN_AND_RATE_COLUMNS = ("published", "outlet", "metric", "figure", "count_kind", "period", "claimant", "quote")


def spans_and_rates(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims left off the time charts (`over_time`): counts for a stated span and rates,
    with their figure and period, by date."""
    if "count_kind" not in claims:
        return pd.DataFrame(columns=list(SPAN_AND_RATE_COLUMNS))
    rows = claims[(kind_class(claims["count_kind"], claims["metric"]) != "total").to_numpy()]
    table = rows.assign(figure=[describe_figure(r) for r in rows.to_dict("records")])
    table = table.reindex(columns=list(SPAN_AND_RATE_COLUMNS)).astype("string").fillna("")
    return table.sort_values(["published", "outlet", "metric"], kind="stable").reset_index(drop=True)


def discrepancies(claims: pd.DataFrame, days: int = 3) -> pd.DataFrame:
    """Pairs of claims that disagree: from different articles, same subject, metric and kind of
    count (`kind_class`), said at most `days` days apart (`figure_dates`: the claim date where
    known, else the publication date), periods overlapping (an unknown period overlaps any),
    whose bounds do not overlap.

    Conventions: each claim is an interval [y_low, y_high]; an open end (at_least, at_most)
    is infinite; an approximate figure ("about 600") is read as ±10 % (APPROX_TOLERANCE);
    exact figures are single points; range and vague amounts use their low and high.
    Incremental claims ("another 3,000") are not totals and are never compared; claims without
    a publication date are left out.  One row per pair; claim `a` is the earlier one (then the
    smaller article_id).  Rows are sorted by date, metric, subject and article ids.
    """
    frame = claim_bounds(claims) if "y_low" not in claims else claims.copy()
    frame["said"] = pd.to_datetime(figure_dates(claims).replace("", None), format="%Y-%m-%d", errors="coerce")
    frame["kind"] = kind_class(frame.get("count_kind", pd.Series("unknown", index=frame.index)),
                               frame["metric"]).to_numpy()
    frame = frame[frame["said"].notna() & (frame["incremental"].astype(int) == 0)]
    frame = _comparison_bounds(frame)
    keep = ["claim_id", "article_id", "outlet", "published", "said", "figure", "claimant_label",
            "quote", "y", "cmp_low", "cmp_high", "metric", "subject", "kind", "period_from", "period_to"]
    frame = _period_bounds(frame)
    pairs = frame[keep].merge(frame[keep], on=["metric", "subject", "kind"], suffixes=("_a", "_b"))
    later = (pairs["article_id_a"] != pairs["article_id_b"]) & ((pairs["said_a"] < pairs["said_b"]) | (
        (pairs["said_a"] == pairs["said_b"]) & (pairs["article_id_a"] < pairs["article_id_b"])))
    gap = (pairs["said_b"] - pairs["said_a"]).dt.days
    apart = (pairs["cmp_high_a"] < pairs["cmp_low_b"]) | (pairs["cmp_high_b"] < pairs["cmp_low_a"])
    same_time = (pairs["period_from_a"] <= pairs["period_to_b"]) & (pairs["period_from_b"] <= pairs["period_to_a"])
    found = pairs[later & (gap <= days) & apart & same_time].copy()
    found["days_apart"] = gap[found.index].astype("int64")
    found = found.rename(columns={"claimant_label_a": "claimant_a", "claimant_label_b": "claimant_b"})
    found["label"] = pd.array([_pair_label(r) for r in found.to_dict("records")], dtype="string")
    found = found.reindex(columns=list(DISCREPANCY_COLUMNS))
    order = ["published_a", "metric", "subject", "article_id_a", "article_id_b",
             "claim_id_a", "claim_id_b"]
    return found.sort_values(order, kind="stable").reset_index(drop=True)


def discrepancy_table(pairs: pd.DataFrame) -> pd.DataFrame:
    """The discrepancy pairs as a reader's table: what disagrees, who said each figure, quotes."""
    columns = ["label", "subject", "published_a", "outlet_a", "figure_a", "claimant_a", "quote_a",
               "published_b", "outlet_b", "figure_b", "claimant_b", "quote_b"]
    table = pairs.reindex(columns=columns).copy()
    for column in ("published_a", "published_b"):
        table[column] = pd.to_datetime(table[column]).dt.strftime("%Y-%m-%d").astype("string")
    return table.rename(columns={"label": "disagreement"})


# --- counts -----------------------------------------------------------------------------------

def counts_by_metric_and_outlet(claims: pd.DataFrame) -> pd.DataFrame:
    """Number of claims per metric (rows, fixed order) and outlet (columns, sorted); zeros filled."""
    outlets = outlet_order(claims["outlet"])
    table = pd.crosstab(claims["metric"], claims["outlet"]) if len(claims) else pd.DataFrame()
    table = table.reindex(index=list(METRICS), columns=outlets, fill_value=0).fillna(0)
    table = table.astype("int64")
    table.index.name, table.columns.name = "metric", "outlet"
    return table


def article_table(articles: pd.DataFrame) -> pd.DataFrame:
    """The article index for reading: id, title, outlet, wire, date and where the date came from."""
    columns = ["article_id", "title", "outlet", "wire", "published", "date_source"]
    table = articles.reindex(columns=columns)
    return table.sort_values(["published", "article_id"], kind="stable").reset_index(drop=True)


# --- provenance: echo and who-quoted-whom -------------------------------------------------------

#: Columns of the per-report echo table (`echo_rows`), in this order; also the CSV of the chart.
ECHO_COLUMNS = (
    "figure_label", "claimant_canonical", "subject", "metric", "figure", "claimant_is_party",
    "published", "outlet", "article_id", "claim_id", "family", "superseded", "first_seen",
    "last_seen",
)
#: Columns of the per-figure echo table (`echo_lines`), in this order.
ECHO_LINE_COLUMNS = (
    "figure_label", "claimant_canonical", "subject", "metric", "figure", "claimant_is_party",
    "first_seen", "last_seen", "reports", "independent", "outlets", "superseded_reports",
)
_ECHO_KEY = ["claimant_canonical", "subject", "metric", "qualifier", "value", "low", "high"]


def _canonical_label(claimant: Any) -> str:
    name = _text(claimant)
    return name if name else OWN_VOICE_SHORT


def _figure_label(claimant: Any, subject: Any, metric: Any, figure: Any, with_subject: bool) -> str:
    """'South Korean government · killed · about 600' (with the subject's name before the
    metric when a chart mixes subjects: '… · North Korean killed · …')."""
    what = f"{subject_name(subject)} {_text(metric)}" if with_subject else _text(metric)
    return f"{_canonical_label(claimant)} · {what} · {_text(figure)}"


def _as_date_text(values: pd.Series) -> pd.Series:
    """Dates as 'YYYY-MM-DD' text whether they came as text or as datetimes ('' when none)."""
    parsed = pd.to_datetime(values.astype("string").replace("", None), errors="coerce")
    return parsed.dt.strftime("%Y-%m-%d").astype("string").fillna("")


def echo_rows(provenance: pd.DataFrame) -> pd.DataFrame:
    """One row per report of a figure, for the echo chart (`ECHO_COLUMNS`).

    A *figure* is one claimant (canonical), subject, metric and number with its hedge
    ("about 600"); its label reads "South Korean government · killed · about 600" (the
    subject's name is added when the table mixes subjects).  Only dated totals are kept:
    increments ("another 3,000") and undated articles are left out, as in `lineage`.
    `first_seen` and `last_seen` are the figure's first and last publication dates.  Rows are
    sorted by the figure's first date, its label, then date, outlet and article.
    """
    frame = provenance.copy()
    if "claimant_canonical" not in frame:
        frame["claimant_canonical"] = frame["claimant"]
    frame["published"] = _as_date_text(frame["published"])
    frame = frame[(frame["published"] != "") & (frame["incremental"].astype(int) == 0)].copy()
    subjects = {_text(s) for s in frame["subject"]} - {""}
    records = frame.to_dict("records")
    frame["figure"] = [describe_figure(r) for r in records]
    frame["claimant_canonical"] = frame["claimant_canonical"].astype("string").fillna("")
    frame["figure_label"] = [
        _figure_label(r["claimant_canonical"], r["subject"], r["metric"], f, len(subjects) > 1)
        for r, f in zip(frame.to_dict("records"), frame["figure"])]
    if "claimant_is_party" not in frame:
        frame["claimant_is_party"] = [claimant_is_party(r["subject"], r["claimant_country"]) for r in records]
    for column, default in (("family", ""), ("superseded", False)):
        if column not in frame:
            frame[column] = default
    frame["claimant_is_party"] = frame["claimant_is_party"].astype(bool)
    frame["superseded"] = frame["superseded"].astype(bool)
    frame["family"] = frame["family"].astype("string").fillna("")
    key = frame[_ECHO_KEY].astype("string").fillna("").agg("|".join, axis=1) if len(frame) \
        else pd.Series(dtype="string")
    frame["first_seen"] = frame.groupby(key)["published"].transform("min") if len(frame) else ""
    frame["last_seen"] = frame.groupby(key)["published"].transform("max") if len(frame) else ""
    out = frame.reindex(columns=list(ECHO_COLUMNS))
    out = out.sort_values(["first_seen", "figure_label", "published", "outlet", "article_id", "claim_id"],
                          kind="stable")
    return out.reset_index(drop=True)


def echo_lines(reports: pd.DataFrame) -> pd.DataFrame:
    """One row per figure (`ECHO_LINE_COLUMNS`) from `echo_rows` or from a provenance table:
    first and last date, how many articles reported it, how many of them independently (the
    articles of one copy family count once), which outlets, and how many reports repeated it
    after a newer figure from the same claimant was out.  In the order first seen."""
    rows = reports if "figure_label" in reports else echo_rows(reports)
    if rows.empty:
        return pd.DataFrame(columns=list(ECHO_LINE_COLUMNS))
    source = rows.assign(_independent=rows["family"].where(rows["family"] != "", rows["article_id"]))
    grouped = source.groupby("figure_label", sort=False)
    table = grouped.agg(
        claimant_canonical=("claimant_canonical", "first"), subject=("subject", "first"),
        metric=("metric", "first"), figure=("figure", "first"),
        claimant_is_party=("claimant_is_party", "any"), first_seen=("first_seen", "first"),
        last_seen=("last_seen", "first"), reports=("article_id", "nunique"),
        independent=("_independent", "nunique"),
        outlets=("outlet", lambda s: ", ".join(outlet_order(s))),
        superseded_reports=("superseded", "sum")).reset_index()
    table["superseded_reports"] = table["superseded_reports"].astype("int64")
    table = table.sort_values(["first_seen", "figure_label"], kind="stable")
    return table.reindex(columns=list(ECHO_LINE_COLUMNS)).reset_index(drop=True)


def superseded_reports(provenance: pd.DataFrame) -> pd.DataFrame:
    """The reports that repeated a figure after a newer, different one from the same claimant
    had been published: date, outlet, figure, claimant, when the figure was first seen, and the
    sentence."""
    rows = echo_rows(provenance)
    rows = rows[rows["superseded"]]
    quotes = provenance.set_index("claim_id")["quote"] if "quote" in provenance else pd.Series(dtype="string")
    table = pd.DataFrame({
        "published": rows["published"], "outlet": rows["outlet"],
        "figure": rows["figure_label"], "first_seen": rows["first_seen"],
        "quote": rows["claim_id"].map(quotes).astype("string"),
    })
    return table.reset_index(drop=True)


def outlet_claimant_counts(provenance: pd.DataFrame) -> pd.DataFrame:
    """Claims per outlet (rows, sorted) and canonical claimant (columns, most claims first,
    then by name; the outlet's own voice last); zeros filled."""
    claimant = (provenance["claimant_canonical"] if "claimant_canonical" in provenance
                else provenance["claimant"]).astype("string").fillna("")
    claimant = claimant.map(_canonical_label)
    outlets = outlet_order(provenance["outlet"])
    totals = claimant.value_counts()
    columns = sorted(totals.index, key=lambda c: (c == OWN_VOICE_SHORT, -int(totals[c]), c.casefold(), c))
    table = pd.crosstab(provenance["outlet"].astype("string"), claimant) if len(provenance) else pd.DataFrame()
    table = table.reindex(index=outlets, columns=columns, fill_value=0).fillna(0).astype("int64")
    table.index.name, table.columns.name = "outlet", "claimant"
    return table


def outlet_claimant_matrix(provenance: pd.DataFrame, claimants: int = MAX_NAMED_CLAIMANTS,
                           outlets: int = MAX_NAMED_OUTLETS) -> pd.DataFrame:
    """`outlet_claimant_counts` bounded for a chart: rows are the `outlets` outlets with most
    claims, then OTHER_OUTLETS (the rest, summed) and UNKNOWN_OUTLET (see `outlet_groups`);
    columns the `claimants` canonical claimants with most claims, then OTHER_CLAIMANTS (the
    rest, summed), the outlet's own voice last.  Gathered rows and columns appear only when
    they hold someone.  `attrs` keeps how many outlets and claimants there are in all and how
    many each gathered row or column holds."""
    counts = outlet_claimant_counts(provenance)
    groups = outlet_groups(provenance["outlet"], top=outlets)
    rows = counts.groupby(counts.index.map(lambda o: groups.get(o, OTHER_OUTLETS)), sort=False).sum()
    rows = rows.reindex(group_order(rows.index))
    own = [c for c in counts.columns if c == OWN_VOICE_SHORT]
    named = [c for c in counts.columns if c != OWN_VOICE_SHORT]
    kept, gathered = named[:claimants], named[claimants:]
    table = rows[kept].copy()
    if gathered:
        table[OTHER_CLAIMANTS] = rows[gathered].sum(axis=1)
    for column in own:
        table[column] = rows[column]
    table = table.astype("int64")
    table.index.name, table.columns.name = "outlet", "claimant"
    table.attrs.update({
        "outlets": sum(1 for o in counts.index if not outlet_is_unknown(o)),
        "other_outlets": sum(1 for g in groups.values() if g == OTHER_OUTLETS),
        "claimants": len(named), "other_claimants": len(gathered)})
    return table


def echo_shown(lines: pd.DataFrame, limit: int = MAX_ECHO_ROWS) -> pd.DataFrame:
    """The figures an echo chart draws, from `echo_lines`: all of them when they are at most
    `limit`, else the `limit` carried by most articles (then most independent reports, the
    latest reported, the label): the ones that travelled (carried by two articles or more)
    first, then the latest reported.  In the order first seen."""
    if len(lines) <= limit:
        return lines.reset_index(drop=True)
    ranked = lines.assign(_reports=-pd.to_numeric(lines["reports"]),
                          _independent=-pd.to_numeric(lines["independent"]),
                          _last=lines["last_seen"].astype("string").fillna(""))
    ranked = ranked.sort_values(["_reports", "_independent", "_last", "figure_label"],
                                ascending=[True, True, False, True], kind="stable").head(limit)
    ranked = ranked.drop(columns=["_reports", "_independent", "_last"])
    return ranked.sort_values(["first_seen", "figure_label"], kind="stable").reset_index(drop=True)


def outlet_claimant_data(provenance: pd.DataFrame) -> pd.DataFrame:
    """`outlet_claimant_counts` in long form (outlet, claimant, claims): the matrix chart's CSV."""
    counts = outlet_claimant_counts(provenance)
    if counts.empty:
        return pd.DataFrame(columns=["outlet", "claimant", "claims"])
    return counts.stack().rename("claims").reset_index()


# --- evidence ---------------------------------------------------------------------------------

def highlight_number(quote: str, start: int, end: int, quote_start: int) -> str:
    """The quote as HTML, with the number (article offsets start:end) wrapped in <mark>.

    The quote begins at article offset `quote_start`.  Everything is HTML-escaped; when the
    offsets fall outside the quote, the quote is returned escaped and unmarked.
    """
    begin, stop = int(start) - int(quote_start), int(end) - int(quote_start)
    if not 0 <= begin < stop <= len(quote):
        return html.escape(quote)
    return (html.escape(quote[:begin]) + "<mark>" + html.escape(quote[begin:stop])
            + "</mark>" + html.escape(quote[stop:]))


def evidence_table(claims: pd.DataFrame) -> pd.DataFrame:
    """Outlet, date, metric, figure, claimant and the quote (HTML, number marked) per claim,
    ordered by date, outlet and position in the article."""
    frame = _sorted(claim_bounds(claims))
    quotes = [highlight_number(r["quote"], r["start"], r["end"], r["quote_start"])
              for r in frame.to_dict("records")]
    published = frame["published"].dt.strftime("%Y-%m-%d").astype("string").fillna("(no date)")
    table = pd.DataFrame({
        "outlet": frame["outlet"].astype("string"),
        "published": published,
        "metric": frame["metric"].astype("string"),
        "figure": frame["figure"],
        "claimant": frame["claimant_label"],
        "quote": pd.array(quotes, dtype="string"),
    })
    if "review_status" in frame:   # a reviewed table: say where each claim stands
        table.insert(0, "review_status", frame["review_status"].astype("string").fillna(""))
    return table


class HtmlTable:
    """An HTML table that notebooks render as is (text/html) and print as a one-line summary."""

    def __init__(self, html_text: str, summary: str) -> None:
        self.html = html_text
        self.summary = summary

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.summary

    __str__ = __repr__


def _html(table: pd.DataFrame, summary: str) -> HtmlTable:
    """A table as HTML: the `quote` column is HTML already (its <mark> kept), every other
    cell is escaped once."""
    escaped = table.copy()
    for column in escaped.columns:
        if column != "quote":
            escaped[column] = escaped[column].map(lambda v: html.escape(_text(v)))
    text = escaped.to_html(index=False, escape=False, border=0, classes="evidence",
                           na_rep="")
    return HtmlTable(text, summary)


def evidence_html(claims: pd.DataFrame) -> HtmlTable:
    """The evidence table as HTML, the quotes' <mark> kept, every other text escaped once."""
    table = evidence_table(claims)
    return _html(table, f"evidence for {len(table)} claims")


# --- review -----------------------------------------------------------------------------------

def _marked_quotes(frame: pd.DataFrame) -> pd.array:
    return pd.array([highlight_number(r["quote"], r["start"], r["end"], r["quote_start"])
                     for r in frame.to_dict("records")], dtype="string")


def review_counts(reviewed: pd.DataFrame) -> pd.DataFrame:
    """Claims per review status (machine, accepted, fixed, added, rejected; zeros kept), with
    a `claims` column.  Pass the table read with include_rejected=True to count rejections."""
    status = reviewed["review_status"].astype("string").fillna("") if len(reviewed) else pd.Series(dtype="string")
    counts = status.value_counts().reindex(list(REVIEW_STATUSES), fill_value=0).astype("int64")
    table = counts.rename("claims").to_frame()
    table.index.name = "review_status"
    return table


def review_queue(reviewed: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """The claims no person has reviewed yet (status `machine`), riskiest first (risk
    descending, then claim_id), at most `limit` of them: claim_id, risk, risk_reasons, figure,
    metric, subject, claimant, outlet, published, article_id and the quote as HTML with the
    number marked."""
    queue = reviewed[reviewed["review_status"] == "machine"]
    queue = queue.sort_values(["risk", "claim_id"], ascending=[False, True], kind="stable")
    if limit is not None:
        queue = queue.head(limit)
    frame = claim_bounds(queue.reset_index(drop=True))
    published = frame["published"].dt.strftime("%Y-%m-%d").astype("string").fillna("(no date)")
    return pd.DataFrame({
        "claim_id": frame["claim_id"].astype("string"),
        "risk": frame["risk"].astype("float64"),
        "risk_reasons": frame["risk_reasons"].astype("string").fillna(""),
        "figure": frame["figure"],
        "metric": frame["metric"].astype("string"),
        "subject": frame["subject"].astype("string"),
        "claimant": frame["claimant_label"].astype("string"),
        "outlet": frame["outlet"].astype("string"),
        "published": published,
        "article_id": frame["article_id"].astype("string"),
        "quote": _marked_quotes(frame),
    })


def review_queue_html(reviewed: pd.DataFrame, limit: int | None = None) -> HtmlTable:
    """`review_queue` as HTML (the number marked in each sentence)."""
    queue = review_queue(reviewed, limit)
    waiting = int((reviewed["review_status"] == "machine").sum())
    shown = "" if len(queue) == waiting else f" (the {len(queue)} riskiest shown)"
    table = queue.assign(risk=queue["risk"].map(lambda r: f"{r:.2f}"))
    return _html(table, f"{waiting} claims waiting for review{shown}")


def rejected_table(reviewed: pd.DataFrame) -> pd.DataFrame:
    """The rejected claims (read with include_rejected=True): who rejected each, when, why,
    and its sentence as HTML with the number marked.  They are left off every chart."""
    rows = reviewed[reviewed["review_status"] == "rejected"].sort_values("claim_id", kind="stable")
    frame = claim_bounds(rows.reset_index(drop=True))
    return pd.DataFrame({
        "claim_id": frame["claim_id"].astype("string"),
        "outlet": frame["outlet"].astype("string"),
        "figure": frame["figure"],
        "metric": frame["metric"].astype("string"),
        "reason": frame["review_reason"].astype("string").fillna(""),
        "reviewer": frame["reviewer"].astype("string").fillna(""),
        "reviewed_on": frame["reviewed_on"].astype("string").fillna(""),
        "quote": _marked_quotes(frame),
    })


def rejected_html(reviewed: pd.DataFrame) -> HtmlTable:
    """`rejected_table` as HTML (the number marked in each sentence)."""
    table = rejected_table(reviewed)
    return _html(table, f"{len(table)} rejected claims")
