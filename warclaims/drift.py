"""How figures changed as outlets passed them on: the tables behind the drift chart, the
notebook's table and the report's line (pandas only, no plotting).

A figure's *path* (`provenance.figure_paths`) runs from its first appearance to every later
article that carried the same subject, metric and number (or the number rounded).  Each later
carrying has DRIFT_COLUMNS: hedge kept / dropped / changed / added, attribution kept / moved /
dropped / added, rounded.  Here:

- `drift_steps`: one row per claim on a path that some later article carried — the first
  appearance, then each carrying with what changed, in words ("hedge changed (about → more
  than)"); the CSV saved beside the chart;
- `drift_paths`: one row per path, with how many later articles carried it and how many
  changed it, kind by kind; `drift_shown` picks the rows a bounded chart or table shows;
- `drift_summary` / `drift_html`: each shown path's first appearance and each change, with the
  sentences;
- `drift_counts` / `drift_line`: how many carryings changed what, for the notebook and report.

An attribution is compared by canonical claimant, so "the NIS" carried as "South Korea's
intelligence agency" is kept; a figure said in the outlet's own voice at first and carried so
again ("unsourced") keeps its attribution too.
"""
from __future__ import annotations

import html
from typing import Any

import pandas as pd

from warclaims.analysis import HtmlTable, describe_figure, figure_dates, highlight_number, subject_name

__all__ = [
    "CHANGE_KINDS", "MAX_DRIFT_ROWS", "drift_counts", "drift_html", "drift_line", "drift_note",
    "drift_paths", "drift_shown", "drift_steps", "drift_summary", "step_changes",
]

#: Every kind of change a carrying can make, in the order the chart's legend and the report
#: list them: (aspect, what happened) -> label.
CHANGE_KINDS = {
    ("hedge", "dropped"): "hedge dropped",
    ("hedge", "changed"): "hedge changed",
    ("hedge", "added"): "hedge added",
    ("attribution", "moved"): "attribution moved",
    ("attribution", "dropped"): "attribution dropped",
    ("attribution", "added"): "attribution added",
    ("rounded", "rounded"): "rounded",
}
#: The label of a carrying that changed nothing.
KEPT = "kept"
FIRST_SEEN, CARRIED = "first seen", "carried"
#: A chart or table shows at most this many paths (those carried by most later articles).
MAX_DRIFT_ROWS = 24
#: The notebook's table lists at most this many changed carryings per path.
MAX_CHANGES_SHOWN = 5
#: Unchanged carryings are named (outlet, date) on the first appearance's row up to this many.
KEPT_NAMED = 3
OWN_VOICE = "outlet's own voice"
HEDGE_WORDS = {"exact": "no hedge", "approx": "about", "at_least": "more than", "at_most": "up to"}

STEP_COLUMNS = (
    "subject", "metric", "path_first_seen", "path", "date", "step", "article_id", "claim_id", "outlet", "figure",
    "claimant", "hedge_drift", "attribution_drift", "rounded", "changes", "detail", "quote",
)
PATH_COLUMNS = (
    "subject", "metric", "path", "first_date", "last_date", "figure", "claimant", "outlet", "carried_by",
    "carried", "changed", *CHANGE_KINDS.values(),
)
SUMMARY_COLUMNS = ("path", "whose people", "metric", "step", "date", "outlet", "figure", "claimant",
                   "what changed", "quote")


# --- one row per claim on a path -----------------------------------------------------------------

def _text(value: Any) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and value != value) \
        else str(value).strip()


def _who(row: dict[str, Any]) -> str:
    """Who a claim attributes the figure to, as the drift compares it: the canonical claimant."""
    return _text(row.get("claimant_canonical")) or _text(row.get("claimant"))


def step_changes(hedge: Any, attribution: Any, rounded: Any) -> list[str]:
    """The CHANGE_KINDS labels of one carrying ([] when it changed nothing)."""
    found = [("hedge", _text(hedge)), ("attribution", _text(attribution))]
    if rounded is not None and rounded is not pd.NA and bool(rounded):
        found.append(("rounded", "rounded"))
    return [CHANGE_KINDS[key] for key in CHANGE_KINDS if key in found]


def _detail(origin: dict[str, Any], row: dict[str, Any], changes: list[str]) -> str:
    """What changed, from → to: "hedge changed (about → more than); rounded (11,000 → 10,000)"."""
    parts = []
    for change in changes:
        if change.startswith("hedge"):
            words = [HEDGE_WORDS.get(_text(r["qualifier"]), _text(r["qualifier"])) for r in (origin, row)]
        elif change.startswith("attribution"):
            words = [_who(r) or OWN_VOICE for r in (origin, row)]
        else:
            words = [f"{int(r['value']):,}" for r in (origin, row)]
        parts.append(f"{change} ({words[0]} → {words[1]})")
    return "; ".join(parts)


def drift_steps(provenance: pd.DataFrame) -> pd.DataFrame:
    """STEP_COLUMNS: for every path some later article carried, its first appearance (`step`
    "first seen", dated when the figure was said) and each carrying ("carried", dated by its
    article's publication, else when it was said), with the drift columns, `changes` (the
    CHANGE_KINDS labels, "; "-joined, or "kept") and `detail` (each change from → to).  Sorted
    on the columns in their order (subject, metric, the path's first date `path_first_seen`,
    path, date), the first appearance before a carrying of the same day."""
    if provenance.empty or "path_origin" not in provenance:
        return pd.DataFrame(columns=list(STEP_COLUMNS)).astype("string")
    frame = provenance.assign(_said=figure_dates(provenance).to_numpy())
    origin_of = frame["path_origin"].astype("string").fillna("")
    carried = frame[origin_of != ""]
    origins = frame[frame["claim_id"].isin(set(carried["path_origin"]))]
    by_id = {r["claim_id"]: r for r in origins.to_dict("records")}
    rows = [_step(origin, origin, FIRST_SEEN) for origin in by_id.values()]
    rows += [_step(by_id[r["path_origin"]], r, CARRIED) for r in carried.to_dict("records")]
    table = pd.DataFrame(rows, columns=[*STEP_COLUMNS, "_order"])
    table = table.sort_values(["subject", "metric", "path_first_seen", "path", "date", "_order", "article_id",
                               "claim_id"], kind="stable")
    return table.drop(columns="_order").astype("string").reset_index(drop=True)


def _step(origin: dict[str, Any], row: dict[str, Any], step: str) -> dict[str, Any]:
    first = step == FIRST_SEEN
    changes = [] if first else step_changes(row["hedge_drift"], row["attribution_drift"], row["rounded"])
    return {
        "subject": _text(row["subject"]), "metric": _text(row["metric"]),
        "path_first_seen": _text(origin["_said"]), "path": _text(origin["claim_id"]),
        "date": _text(row["_said"]) if first else (_text(row["published"]) or _text(row["_said"])), "step": step,
        "article_id": _text(row["article_id"]), "claim_id": _text(row["claim_id"]), "outlet": _text(row["outlet"]),
        "figure": describe_figure(row), "claimant": _text(row["claimant"]),
        "hedge_drift": "" if first else _text(row["hedge_drift"]),
        "attribution_drift": "" if first else _text(row["attribution_drift"]),
        "rounded": "" if first else str(bool(row["rounded"])),
        "changes": "" if first else ("; ".join(changes) or KEPT),
        "detail": "" if first else _detail(origin, row, changes),
        "quote": _text(row.get("quote")), "_order": 0 if first else 1,
    }


# --- one row per path -------------------------------------------------------------------------------

def drift_paths(steps: pd.DataFrame) -> pd.DataFrame:
    """PATH_COLUMNS from `drift_steps`: per path its first appearance (date, figure, claimant,
    outlet), the last carrying's date, the outlets that carried it later (`carried_by`, in the
    order they first did, ", "-joined), how many later articles carried it and how many changed
    it, and per kind of change how many carryings made it.  In the order of `drift_steps`."""
    if steps.empty:
        return pd.DataFrame(columns=list(PATH_COLUMNS))
    rows = []
    for path, group in steps.groupby("path", sort=False):
        first = group[group["step"] == FIRST_SEEN].iloc[0]
        later = group[group["step"] == CARRIED]
        changed = later[later["changes"] != KEPT]
        kinds = [k for cell in later["changes"] for k in cell.split("; ")]
        rows.append({
            "subject": first["subject"], "metric": first["metric"], "path": path,
            "first_date": first["date"], "last_date": max(group["date"]), "figure": first["figure"],
            "claimant": first["claimant"], "outlet": first["outlet"],
            "carried_by": ", ".join(dict.fromkeys(o or "unknown outlet" for o in later["outlet"])),
            "carried": later["article_id"].nunique(), "changed": changed["article_id"].nunique(),
            **{label: kinds.count(label) for label in CHANGE_KINDS.values()},
        })
    return pd.DataFrame(rows, columns=list(PATH_COLUMNS))


def drift_shown(paths: pd.DataFrame, limit: int | None = MAX_DRIFT_ROWS) -> pd.DataFrame:
    """The paths a bounded chart or table shows: all when at most `limit` (None: no limit),
    else the `limit` carried by most later articles (then changed by most, then the earliest,
    then by path id); in the order of `drift_paths` (subject, metric, first date)."""
    if limit is None or len(paths) <= limit:
        return paths.reset_index(drop=True)
    ranked = paths.assign(_carried=-paths["carried"], _changed=-paths["changed"])
    ranked = ranked.sort_values(["_carried", "_changed", "first_date", "path"], kind="stable").head(limit)
    return paths[paths["path"].isin(set(ranked["path"]))].reset_index(drop=True)


def drift_note(shown: pd.DataFrame, paths: pd.DataFrame, where: str = "the CSV saved beside this chart") -> str:
    """The line saying which paths a bounded chart or table leaves out, and where they are
    listed ('' when it shows every path)."""
    left = len(paths) - len(shown)
    if left <= 0:
        return ""
    least = int(shown["carried"].min()) if len(shown) else 0
    verb = "is" if left == 1 else "are"
    return (f"{len(shown)} of {len(paths)} paths shown (those carried by most later articles, each by "
            f"{least} or more). The other {left} {verb} listed in {where}.")


# --- the notebook's table -----------------------------------------------------------------------------

def _date_words(date: str) -> str:
    return date or "no date"


def _kept_words(later: pd.DataFrame) -> str:
    """The first appearance's 'what changed' cell: how many later articles carried it, how many
    unchanged (named when few) and how many changed."""
    kept = later[later["changes"] == KEPT]
    changed = later[later["changes"] != KEPT]
    n = later["article_id"].nunique()
    parts = [f"carried by {n} later article{'s' if n != 1 else ''}"]
    if len(kept):
        names = ", ".join(f"{r['outlet'] or 'unknown outlet'} {_date_words(r['date'])}"
                          for r in kept.to_dict("records")) if len(kept) <= KEPT_NAMED else ""
        parts.append(f"{len(kept)} as first seen" + (f" ({names})" if names else ""))
    if len(changed):
        parts.append(f"{len(changed)} changed it (below)")
    return "; ".join(parts)


def drift_summary(provenance: pd.DataFrame, limit: int | None = MAX_DRIFT_ROWS,
                  changes_per_path: int | None = MAX_CHANGES_SHOWN) -> pd.DataFrame:
    """SUMMARY_COLUMNS: for each path shown (`drift_shown`), its first appearance — with how
    many later articles carried it, and how many unchanged — then each carrying that changed
    it, with what changed from → to and the sentence (HTML, the number marked).  At most
    `changes_per_path` changed carryings per path (None: all); a last row says how many more
    there are.  `attrs["note"]` says which paths are left out (`drift_note`)."""
    steps = drift_steps(provenance)
    paths = drift_paths(steps)
    shown = drift_shown(paths, limit)
    marked = _marked_quotes(provenance)
    rows: list[dict[str, str]] = []
    for number, path in enumerate(shown["path"], start=1):
        group = steps[steps["path"] == path]
        first, later = group[group["step"] == FIRST_SEEN].iloc[0], group[group["step"] == CARRIED]
        rows.append(_summary_row(number, first, _kept_words(later), marked))
        changed = later[later["changes"] != KEPT]
        listed = changed if changes_per_path is None else changed.head(changes_per_path)
        rows += [_summary_row(number, r, r["detail"], marked) for _, r in listed.iterrows()]
        if len(listed) < len(changed):
            rows.append({"path": str(number), "step": "…",
                         "what changed": f"{len(changed) - len(listed)} more changed carryings: see data/drift.csv"})
    table = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS)).astype("string").fillna("")
    table.attrs["note"] = drift_note(shown, paths, "data/drift.csv and figures/drift.csv")
    table.attrs["paths"] = len(paths)
    return table


def _marked_quotes(provenance: pd.DataFrame) -> dict[str, str]:
    """claim_id -> its sentence as HTML with the number marked."""
    if provenance.empty:
        return {}
    return {r["claim_id"]: highlight_number(_text(r["quote"]), r["start"], r["end"], r["quote_start"])
            for r in provenance.to_dict("records")}


def _summary_row(number: int, step: pd.Series, changed: str, marked: dict[str, str]) -> dict[str, str]:
    return {"path": str(number), "whose people": subject_name(step["subject"]), "metric": step["metric"],
            "step": step["step"], "date": _date_words(step["date"]), "outlet": step["outlet"],
            "figure": step["figure"], "claimant": step["claimant"] or OWN_VOICE,
            "what changed": changed, "quote": marked.get(step["claim_id"], html.escape(step["quote"]))}


def drift_html(provenance: pd.DataFrame, limit: int | None = MAX_DRIFT_ROWS,
               changes_per_path: int | None = MAX_CHANGES_SHOWN) -> HtmlTable:
    """`drift_summary` as HTML (the sentences' numbers marked, every other cell escaped once),
    with the note on the paths left out under it; printed, a one-line summary."""
    table = drift_summary(provenance, limit, changes_per_path)
    escaped = table.copy()
    for column in escaped.columns:
        if column != "quote":
            escaped[column] = escaped[column].map(html.escape)
    text = escaped.to_html(index=False, escape=False, border=0, classes="evidence drift", na_rep="")
    note = table.attrs["note"]
    if note:
        text += f"\n<p>{html.escape(note)}</p>"
    shown = table["path"].nunique()
    return HtmlTable(text, f"drift along {shown} of {table.attrs['paths']} figure paths ({len(table)} rows)")


# --- counts for the notebook and the report -------------------------------------------------------------

def drift_counts(provenance: pd.DataFrame) -> dict[str, int]:
    """How many paths later articles carried, how many carryings (claims) there were, how many
    kept the figure as first seen and changed it, and how many made each kind of change."""
    steps = drift_steps(provenance)
    later = steps[steps["step"] == CARRIED]
    kinds = [k for cell in later["changes"] for k in cell.split("; ")]
    counts = {"paths": int(steps["path"].nunique()), "carryings": len(later),
              "kept": int((later["changes"] == KEPT).sum()), "changed": int((later["changes"] != KEPT).sum())}
    counts.update({label: kinds.count(label) for label in CHANGE_KINDS.values()})
    return counts


def drift_line(provenance: pd.DataFrame) -> str:
    """One sentence: 'Later articles carried 2 figures 3 times: 1 as first seen, 2 changed
    (hedge dropped 0, hedge changed 2, …, rounded 2).'"""
    counts = drift_counts(provenance)
    if not counts["carryings"]:
        return "No figure was carried by a later article."
    figures = f"{counts['paths']} figure{'s' if counts['paths'] != 1 else ''}"
    times = f"{counts['carryings']} time{'s' if counts['carryings'] != 1 else ''}"
    kinds = ", ".join(f"{label} {counts[label]}" for label in CHANGE_KINDS.values())
    return (f"Later articles carried {figures} {times}: {counts['kept']} as first seen, "
            f"{counts['changed']} changed ({kinds}).")
