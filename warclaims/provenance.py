"""Where each figure came from and how it travelled (pandas only, no plotting).

- **Canonical claimants**: `data/claimants.csv` maps the words articles use ("Seoul", "the
  NIS", "South Korea's intelligence agency") to who they are, with a country and a kind.
- **Copied text**: articles that share passages word for word (not merely the same facts) form
  copy families; the likely origin is the wire an article credits, else the earliest article.
  Text inside quotation marks is left out, because two outlets quoting the same speech did not
  copy each other.
- **Lineage**: for each claimant, subject and metric, the distinct figures in the order they
  were first seen, who repeated them and until when; a claim is *superseded* when a different
  figure from the same claimant had been published before its article.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from warclaims.analysis import claimant_is_party, describe_figure, figure_dates
from warclaims.schema import CLAIM_COLUMNS, coerce_claims

__all__ = [
    "canonical_claimants", "copy_families", "drift_table", "figure_paths", "lineage", "normalise_name", "read_claimants",
    "read_provenance_table",
    "resolve_claimant", "shared_passages", "shingles", "unmatched_claimants", "with_provenance",
]

CLAIMANT_COLUMNS = ("alias", "canonical", "country", "kind")
CLAIMANT_KINDS = ("intelligence agency", "military", "head of state", "government", "ministry",
                  "outlet", "monitoring group", "lawmaker", "official", "other")
SHINGLE_WORDS = 8
#: Two articles are copies when they share at least this many 8-word runs outside quotes —
#: about one 20-word sentence, so one changed word in a copied paragraph does not hide it.
MIN_SHARED_SHINGLES = 12

_QUOTED = re.compile(r"[\"“”][^\"“”]{0,600}[\"“”]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

PROVENANCE_COLUMNS = (
    "claimant_canonical", "claimant_kind", "claimant_is_party", "family", "independent_reports",
    "first_seen", "days_since_first_seen", "superseded",
    "path_origin", "hedge_drift", "attribution_drift", "rounded",
)


# --- Canonical claimants -----------------------------------------------------------------------

def normalise_name(text: str) -> str:
    """Lower case, straight apostrophes, no leading article, single spaces."""
    text = text.replace("’", "'").replace("‘", "'").strip().lower()
    text = re.sub(r"^(?:the|a|an)\s+", "", text)
    return re.sub(r"\s+", " ", text)


def read_claimants(path: Path) -> tuple[pd.DataFrame, list[dict[str, str]]]:
    """The alias table and the problems of its malformed rows (reported, skipped)."""
    rows, problems = [], []
    if not path.exists():
        return pd.DataFrame(columns=list(CLAIMANT_COLUMNS)).astype("string"), problems
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            alias, canonical = (row.get("alias") or "").strip(), (row.get("canonical") or "").strip()
            if None in row or not alias or not canonical:
                problems.append({"file": str(path), "row": str(number), "kind": "claimants",
                                 "message": "a row needs alias and canonical; row skipped"})
                continue
            kind = (row.get("kind") or "").strip()
            if kind and kind not in CLAIMANT_KINDS:
                problems.append({"file": str(path), "row": str(number), "kind": "claimants",
                                 "message": f"kind {kind!r} is not one of {', '.join(CLAIMANT_KINDS)}; kept"})
            rows.append({c: (row.get(c) or "").strip() for c in CLAIMANT_COLUMNS})
    return pd.DataFrame(rows, columns=list(CLAIMANT_COLUMNS)).astype("string"), problems


def resolve_claimant(claimant: str, aliases: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """The alias row for a claimant: the whole name, else the longest alias it contains."""
    name = normalise_name(claimant)
    if not name:
        return None
    if name in aliases:
        return aliases[name]
    contained = [a for a in aliases if re.search(rf"(?<![\w]){re.escape(a)}(?![\w])", name)]
    return aliases[max(contained, key=len)] if contained else None


def _alias_index(claimants: pd.DataFrame) -> dict[str, dict[str, str]]:
    return {normalise_name(r["alias"]): r for r in claimants.to_dict("records")}


def canonical_claimants(claims: pd.DataFrame, claimants: pd.DataFrame) -> pd.DataFrame:
    """claimant_canonical, claimant_kind and claimant_is_party for every claim (by index)."""
    aliases = _alias_index(claimants)
    canonical, kinds, party = [], [], []
    for row in claims.to_dict("records"):
        match = resolve_claimant(str(row["claimant"]), aliases)
        canonical.append(match["canonical"] if match else str(row["claimant"]))
        kinds.append(match["kind"] if match else "")
        country = (match["country"] if match and match["country"] else row["claimant_country"])
        party.append(claimant_is_party(row["subject"], country))
    return pd.DataFrame({"claimant_canonical": canonical, "claimant_kind": kinds,
                         "claimant_is_party": party}, index=claims.index)


def unmatched_claimants(claims: pd.DataFrame, claimants: pd.DataFrame) -> pd.DataFrame:
    """Claimants no alias covers, with how many claims name them: rows to add to claimants.csv."""
    aliases = _alias_index(claimants)
    names = [c for c in claims["claimant"] if c and resolve_claimant(str(c), aliases) is None]
    table = pd.Series(names, dtype="string").value_counts().rename_axis("claimant").reset_index(name="claims")
    return table.sort_values(["claims", "claimant"], ascending=[False, True], kind="stable").reset_index(drop=True)


# --- Copied text ------------------------------------------------------------------------------------

def shingles(body: str) -> set[tuple[str, ...]]:
    """Every run of eight words outside quotation marks, lower-cased."""
    words = _WORD.findall(_QUOTED.sub(" ", body).replace("’", "'").lower())
    return {tuple(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


#: A passage carried by more articles than this is not counted pair by pair (that grows with
#: the square of the outlets carrying it): its articles are joined when the same set of
#: articles shares enough passages.
WIDE_SHARING = 20


def shared_passages(articles: pd.DataFrame, minimum: int = MIN_SHARED_SHINGLES) -> pd.DataFrame:
    """Pairs of articles sharing at least `minimum` eight-word runs, with the count.

    Runs carried by many articles are grouped by the set of articles carrying them, so time
    and memory stay near-linear in the corpus; such a group is listed as a chain of pairs.
    """
    owners: dict[int, list[str]] = defaultdict(list)
    for record in sorted(articles.to_dict("records"), key=lambda r: r["article_id"]):
        for shingle in shingles(str(record["body"])):
            owners[hash(shingle)].append(record["article_id"])
    by_owners: dict[tuple[str, ...], int] = defaultdict(int)
    for ids in owners.values():
        if len(ids) > 1:
            by_owners[tuple(ids)] += 1
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for ids, shared in by_owners.items():
        if len(ids) <= WIDE_SHARING:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    counts[(a, b)] += shared
        elif shared >= minimum:
            for a, b in zip(ids, ids[1:]):
                counts[(a, b)] = max(counts[(a, b)], shared)
    rows = [{"article_a": a, "article_b": b, "shared_runs": n} for (a, b), n in sorted(counts.items()) if n >= minimum]
    return pd.DataFrame(rows, columns=["article_a", "article_b", "shared_runs"])


def copy_families(articles: pd.DataFrame, minimum: int = MIN_SHARED_SHINGLES) -> pd.DataFrame:
    """One row per article in a copy family: the family (named for its first article), the
    likely origin and how it was decided.  Articles that copy nobody are not listed."""
    pairs = shared_passages(articles, minimum)
    parent = {a: a for a in articles["article_id"]}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for pair in pairs.itertuples(index=False):
        first, second = sorted((find(pair.article_a), find(pair.article_b)))
        parent[second] = first
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(parent):
        members[find(article_id)].append(article_id)
    info = articles.set_index("article_id")
    rows = []
    for ids in (m for m in members.values() if len(m) > 1):
        origin, how = _origin(info.loc[ids])
        rows.extend({"family": ids[0], "article_id": a, "outlet": info.loc[a, "outlet"],
                     "published": info.loc[a, "published"], "wire": info.loc[a, "wire"],
                     "origin": origin, "origin_from": how} for a in ids)
    columns = ["family", "article_id", "outlet", "published", "wire", "origin", "origin_from"]
    return pd.DataFrame(rows, columns=columns).astype("string")


def _origin(members: pd.DataFrame) -> tuple[str, str]:
    """The wire a member credits, else the earliest member's outlet."""
    wires = sorted({w for cell in members["wire"].fillna("") for w in str(cell).split("/") if w})
    if wires:
        return "/".join(wires), "wire credited in the text"
    dated = members[members["published"].fillna("") != ""].sort_values("published", kind="stable")
    earliest = dated.iloc[0] if len(dated) else members.iloc[0]
    return str(earliest["outlet"]), "earliest article"


# --- Lineage ------------------------------------------------------------------------------------------

_FIGURE_KEY = ["claimant_canonical", "subject", "metric", "qualifier", "value", "low", "high"]
_SERIES_KEY = ["claimant_canonical", "subject", "metric"]


def _figure_key(frame: pd.DataFrame) -> pd.Series:
    return frame[_FIGURE_KEY].astype("string").fillna("").agg("|".join, axis=1)


def lineage(claims: pd.DataFrame) -> pd.DataFrame:
    """For each claimant, subject and metric: its distinct figures in the order first seen,
    with the outlets that carried each and the first and last dates (when it was said where
    the text gives it, else the publication date: `analysis.figure_dates`)."""
    claims = claims.assign(said=figure_dates(claims))
    dated = claims[(claims["said"] != "") & (claims["incremental"] == 0)].copy()
    dated["figure"] = [describe_figure(r) for r in dated.to_dict("records")]
    dated["figure_key"] = _figure_key(dated)
    grouped = dated.groupby(_SERIES_KEY + ["figure_key", "figure"], dropna=False, sort=True)
    table = grouped.agg(first_seen=("said", "min"), last_seen=("said", "max"),
                        reports=("article_id", "nunique"),
                        outlets=("outlet", lambda s: ", ".join(sorted(set(s))))).reset_index()
    table = table.sort_values(_SERIES_KEY + ["first_seen", "figure"], kind="stable")
    return table.drop(columns="figure_key").reset_index(drop=True)


def read_provenance_table(path: Path) -> pd.DataFrame:
    """A claims-with-provenance CSV (as the refresh writes data/claims_provenance.csv) with its
    types: the claims columns as `schema.coerce_claims` types them, then the provenance ones."""
    raw = pd.read_csv(path, dtype="string", keep_default_na=False)
    table = coerce_claims(raw)
    for column in raw.columns[len(CLAIM_COLUMNS):]:
        table[column] = raw[column]
    table["independent_reports"] = pd.to_numeric(table["independent_reports"]).astype("int64")
    table["days_since_first_seen"] = pd.to_numeric(table["days_since_first_seen"]).astype("Int64")
    for column in ("claimant_is_party", "superseded", "rounded"):
        if column in table:
            table[column] = table[column] == "True"
    return table


def with_provenance(claims: pd.DataFrame, articles: pd.DataFrame, claimants: pd.DataFrame) -> pd.DataFrame:
    """The claims with PROVENANCE_COLUMNS added (see the module doc)."""
    out = claims.copy()
    if out.empty:
        for column in PROVENANCE_COLUMNS:
            out[column] = pd.Series(dtype="string")
        return out
    out[["claimant_canonical", "claimant_kind", "claimant_is_party"]] = canonical_claimants(out, claimants)
    families = copy_families(articles)
    family_of = dict(zip(families["article_id"], families["family"]))
    out["family"] = [family_of.get(a, "") for a in out["article_id"]]
    same_figure = out[["subject", "metric", "qualifier", "value", "low", "high"]].astype("string").fillna("").agg("|".join, axis=1)
    independent = pd.Series([family_of.get(a, a) for a in out["article_id"]], index=out.index)
    out["independent_reports"] = independent.groupby(same_figure).transform("nunique").astype("int64")
    _add_first_seen(out)
    out[list(DRIFT_COLUMNS)] = figure_paths(out)
    return out


def _add_first_seen(out: pd.DataFrame) -> None:
    """first_seen (when the figure was first said: `analysis.figure_dates`), days from then
    to each article, and superseded: a newer figure of the same claimant had been said before
    the article."""
    key = _figure_key(out)
    said = figure_dates(out)
    dated = said != ""
    first = said[dated].groupby(key[dated]).min()
    out["first_seen"] = key.map(first).fillna("").astype("string")
    published = pd.to_datetime(out["published"].where(out["published"] != ""), errors="coerce")
    seen = pd.to_datetime(out["first_seen"].where(out["first_seen"] != ""), errors="coerce")
    out["days_since_first_seen"] = (published - seen).dt.days.astype("Int64")
    series = out[_SERIES_KEY].astype("string").fillna("").agg("|".join, axis=1)
    figures_by_series: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s, k, f in zip(series, key, out["first_seen"]):
        if f and (f, k) not in figures_by_series[s]:
            figures_by_series[s].append((f, k))
    out["superseded"] = [
        bool(p) and bool(c) and any(k != own and f > first_own and f < p for f, k in figures_by_series[s])
        for s, own, first_own, p, c in zip(series, key, out["first_seen"], out["published"], out["claimant"])
    ]


# --- Drift along a figure's path ----------------------------------------------------------------

#: Columns `with_provenance` adds for drift (see `figure_paths`).
DRIFT_COLUMNS = ("path_origin", "hedge_drift", "attribution_drift", "rounded")
DRIFT_TABLE_COLUMNS = (
    "subject", "metric", "origin_claim_id", "origin_article_id", "origin_outlet", "origin_said",
    "origin_figure", "origin_claimant", "claim_id", "article_id", "outlet", "said", "figure", "claimant",
    "hedge_drift", "attribution_drift", "rounded", "quote",
)
#: A figure's path ends when no article carried it for this long (a year: tolls and force sizes
#: are repeated for months, and the same number years later is another figure).
PATH_GAP_DAYS = 365
#: A number is carried rounded when it is the first one's to this many significant digits.
ROUNDING_DIGITS = (1, 2)


def roundings(number: int, direction: str = "any") -> set[int]:
    """The numbers a figure becomes when rounded to one or two significant digits — `down`,
    to `nearest`, `up`, or `any` of them: 11,000 -> {10,000, 20,000}; 2,700 -> {2,000, 3,000}."""
    found = set()
    for digits in ROUNDING_DIGITS:
        step = 10 ** max(0, len(str(abs(number))) - digits)
        ways = {"down": number // step * step, "nearest": round(number / step) * step,
                "up": -(-number // step) * step}
        found |= set(ways.values()) if direction == "any" else {ways[direction]}
    return found - {number, 0}


#: Which rounding keeps a hedged figure true: "more than" a number rounded down, "up to" one
#: rounded up, "about" one rounded to nearest.
_ROUNDING_OF_HEDGE = {"at_least": "down", "at_most": "up", "approx": "nearest"}


def carries_rounded(origin: int, later: int, qualifier: str) -> bool:
    """Whether `later` is `origin` rounded, hedged so as to stay true: "more than 10,000" or
    "about 10,000" for about 11,000; "up to 12,000" for 11,400 (not "about 20,000" for 25,900)."""
    direction = _ROUNDING_OF_HEDGE.get(qualifier)
    return direction is not None and later in roundings(origin, direction)


def _hedge_drift(origin: str, later: str) -> str:
    if origin == later:
        return "kept"
    if later == "exact":
        return "dropped"
    return "added" if origin == "exact" else "changed"


def _attribution_drift(origin: str, later: str) -> str:
    if not origin:
        return "added" if later else "unsourced"
    if not later:
        return "dropped"
    return "kept" if later == origin else "moved"


def figure_paths(claims: pd.DataFrame) -> pd.DataFrame:
    """DRIFT_COLUMNS for every claim: a figure's path is one subject, metric and number (or the
    number rounded: `carries_rounded`), from its first appearance (the earliest said, then
    published, then article) while articles keep carrying it (`_still_carried`); each later
    article's claim on the path is compared with it —
    hedge kept, dropped ("around 600" → "600"), added or changed ("about 11,000" → "more than
    10,000"); attribution (canonical claimant) kept, moved to another claimant, dropped into the
    outlet's own voice, or added.  The origin's own columns are empty, and so are those of claims
    with no single number (ranges, vague amounts), increments and undated claims."""
    out = pd.DataFrame({"path_origin": "", "hedge_drift": "", "attribution_drift": "", "rounded": False},
                       index=claims.index).astype({"path_origin": "string", "hedge_drift": "string",
                                                   "attribution_drift": "string", "rounded": "boolean"})
    frame = claims.assign(said=figure_dates(claims), who=_canonical_or_claimant(claims))
    on_paths = frame[(frame["said"] != "") & frame["value"].notna() & (frame["incremental"].astype(int) == 0)]
    order = on_paths.sort_values(["said", "published", "article_id", "start"], kind="stable")
    origins: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for index, row in zip(order.index, order.to_dict("records")):
        paths = origins[(str(row["subject"]), str(row["metric"]))]
        paths[:] = [o for o in paths if _still_carried(o["last"], row["said"])]
        value = int(row["value"])
        origin = next((o for o in paths if int(o["value"]) == value), None)
        rounded = origin is None
        if origin is None:
            origin = next((o for o in paths if carries_rounded(int(o["value"]), value, row["qualifier"])), None)
        if origin is None:
            paths.append(row | {"index": index, "last": row["said"]})
            continue
        origin["last"] = row["said"]
        if origin["article_id"] == row["article_id"]:
            continue   # the same figure said again in its first article
        out.loc[index, DRIFT_COLUMNS] = [origin["claim_id"], _hedge_drift(origin["qualifier"], row["qualifier"]),
                                         _attribution_drift(origin["who"], row["who"]), rounded]
    return out


def _still_carried(last: str, said: str) -> bool:
    """A path ends once no article carried its figure for `PATH_GAP_DAYS`: the same number years
    later ("up to 5,000" US troops in 2019 and in 2022) is another figure."""
    return (date.fromisoformat(said) - date.fromisoformat(last)).days <= PATH_GAP_DAYS


def _canonical_or_claimant(claims: pd.DataFrame) -> pd.Series:
    claimant = claims["claimant"].astype("string").fillna("")
    if "claimant_canonical" not in claims:
        return claimant
    canonical = claims["claimant_canonical"].astype("string").fillna("")
    return canonical.where(canonical != "", claimant)


def drift_table(provenance: pd.DataFrame) -> pd.DataFrame:
    """data/drift.csv: every claim that carried a figure otherwise than its first appearance
    (hedge not kept, attribution not kept, or rounded), beside that first appearance."""
    changed = provenance[(provenance["path_origin"].fillna("") != "")
                         & ((provenance["hedge_drift"] != "kept")
                            | ~provenance["attribution_drift"].isin(["kept", "unsourced"])
                            | provenance["rounded"].fillna(False).astype(bool))]
    if changed.empty:
        return pd.DataFrame(columns=list(DRIFT_TABLE_COLUMNS))
    by_id = provenance.set_index("claim_id")
    said = figure_dates(provenance).set_axis(provenance["claim_id"])
    origin = changed["path_origin"]
    rows = pd.DataFrame({
        "subject": changed["subject"], "metric": changed["metric"], "origin_claim_id": origin,
        "origin_article_id": origin.map(by_id["article_id"]), "origin_outlet": origin.map(by_id["outlet"]),
        "origin_said": origin.map(said),
        "origin_figure": [describe_figure(by_id.loc[o].to_dict()) for o in origin],
        "origin_claimant": origin.map(by_id["claimant"]),
        "claim_id": changed["claim_id"], "article_id": changed["article_id"], "outlet": changed["outlet"],
        "said": figure_dates(changed), "figure": [describe_figure(r) for r in changed.to_dict("records")],
        "claimant": changed["claimant"], "hedge_drift": changed["hedge_drift"],
        "attribution_drift": changed["attribution_drift"], "rounded": changed["rounded"], "quote": changed["quote"],
    })
    return rows.sort_values(["subject", "metric", "origin_said", "said", "article_id", "claim_id"],
                            kind="stable").reset_index(drop=True)
