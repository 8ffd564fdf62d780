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
from pathlib import Path

import pandas as pd

from warclaims.analysis import claimant_is_party, describe_figure

__all__ = [
    "canonical_claimants", "copy_families", "lineage", "normalise_name", "read_claimants",
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
    with the outlets that carried each and the first and last dates."""
    dated = claims[(claims["published"] != "") & (claims["incremental"] == 0)].copy()
    dated["figure"] = [describe_figure(r) for r in dated.to_dict("records")]
    dated["figure_key"] = _figure_key(dated)
    grouped = dated.groupby(_SERIES_KEY + ["figure_key", "figure"], dropna=False, sort=True)
    table = grouped.agg(first_seen=("published", "min"), last_seen=("published", "max"),
                        reports=("article_id", "nunique"),
                        outlets=("outlet", lambda s: ", ".join(sorted(set(s))))).reset_index()
    table = table.sort_values(_SERIES_KEY + ["first_seen", "figure"], kind="stable")
    return table.drop(columns="figure_key").reset_index(drop=True)


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
    return out


def _add_first_seen(out: pd.DataFrame) -> None:
    """first_seen, days_since_first_seen and superseded, from the same claimant's figures."""
    key = _figure_key(out)
    dated = out["published"] != ""
    first = out[dated].groupby(key[dated])["published"].min()
    out["first_seen"] = key.map(first).fillna("").astype("string")
    published = pd.to_datetime(out["published"].where(dated), errors="coerce")
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
