"""Stage 3: the files under data/, and the refresh that rebuilds everything in order.

Hand-kept (people write them; the code reads them and only ever appends rows):
  data/articles.csv — the manifest: a row per article; a value typed there wins over inference.
  data/review.csv   — review decisions (see warclaims.review).
  data/claimants.csv — alias → canonical claimant, country, kind (see warclaims.provenance).
Rebuilt on every refresh (safe to delete): data/claims.csv (what the extractor found),
data/claims_reviewed.csv (with the review applied), data/review_orphans.csv,
data/claims_provenance.csv, data/copy_families.csv, data/lineage.csv,
data/claimants_unmatched.csv, data/discrepancies.csv,
data/article_index.csv, data/problems.csv, data/cache/, the stored outputs of
notebooks/*.ipynb and figures/.  Every file is written to a temporary name and renamed into
place, so a refresh stopped half-way leaves the previous outputs whole.
"""
from __future__ import annotations

import os
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from warclaims.articles import ARTICLE_SUFFIXES, MANIFEST_COLUMNS, ArticleWarning, read_manifest
from warclaims.cache import ArticleCache
from warclaims.extract import article_claims, claims_table
from warclaims.exports import write_spreadsheet_csv
from warclaims.files import append_csv_rows, write_csv
from warclaims.analysis import discrepancies
from warclaims.provenance import (
    copy_families,
    drift_table,
    lineage,
    read_claimants,
    read_provenance_table,
    unmatched_claimants,
    with_provenance,
)
from warclaims.review import ORPHAN_COLUMNS, REVIEWED_COLUMNS, apply_review, charted, read_review
from warclaims.schema import ARTICLE_COLUMNS, CLAIM_COLUMNS, coerce_claims
from warclaims.sources import Source, iter_sources, read_source, source_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
MANIFEST = DATA / "articles.csv"
REVIEW_FILE = DATA / "review.csv"
CLAIMS_FILE = DATA / "claims.csv"
REVIEWED_FILE = DATA / "claims_reviewed.csv"
ORPHANS_FILE = DATA / "review_orphans.csv"
ARTICLE_INDEX_FILE = DATA / "article_index.csv"
PROBLEMS_FILE = DATA / "problems.csv"
CLAIMANTS_FILE = DATA / "claimants.csv"
PROVENANCE_FILE = DATA / "claims_provenance.csv"
FAMILIES_FILE = DATA / "copy_families.csv"
LINEAGE_FILE = DATA / "lineage.csv"
UNMATCHED_FILE = DATA / "claimants_unmatched.csv"
DISCREPANCIES_FILE = DATA / "discrepancies.csv"
DRIFT_FILE = DATA / "drift.csv"
PROBLEM_COLUMNS = ("file", "row", "kind", "message")
MANIFEST_NOTE = "added by refresh: outlet, wire and published were inferred from the text; edit any value to correct it"

__all__ = [
    "Corpus", "build_tables", "read_articles", "read_claims", "read_corpus", "read_csv_table",
    "read_orphans", "read_provenance",
    "read_problems", "read_reviewed_claims", "refresh", "run_notebooks", "write_csv",
]


def _relative(path: str, root: Path) -> str:
    """Paths inside the project are stored relative to it, so outputs do not depend on where
    the repository was cloned.  Links are not followed (a looping one must not stop the run)."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return str(path)


@dataclass
class Corpus:
    """Articles read from files, their claim rows, the problems met, and cache counts."""

    articles: pd.DataFrame
    claim_rows: list[dict[str, object]]
    problems: list[dict[str, str]] = field(default_factory=list)
    reread: int = 0
    from_cache: int = 0
    entries: dict[str, tuple[Source, dict[str, object]]] = field(default_factory=dict)
    manifest_ids: set[str] = field(default_factory=set)

    def claims(self) -> pd.DataFrame:
        return claims_table(self.claim_rows)

    def problems_table(self) -> pd.DataFrame:
        table = pd.DataFrame(self.problems, columns=list(PROBLEM_COLUMNS)).astype("string")
        return table.sort_values(list(PROBLEM_COLUMNS), kind="stable").reset_index(drop=True)


def _caught(caught: list[warnings.WarningMessage], root: Path) -> list[dict[str, str]]:
    return [{"file": _relative(w.message.file, root), "row": w.message.row, "kind": w.message.kind,
             "message": w.message.problem}
            for w in caught if isinstance(w.message, ArticleWarning)]


def read_corpus(sources: list[Path] | Path, manifest: Path | None, root: Path = ROOT,
                cache: ArticleCache | None = None) -> Corpus:
    """Read every article, files and corpus rows alike (see warclaims.sources), from the cache
    when its bytes or row values, its manifest row and the extractor are unchanged, and extract
    its claims.  Problems are collected, not raised."""
    rows, claim_rows, read_problems, reread, entries = [], [], [], 0, {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        manual = read_manifest(manifest) if manifest else {}
        for source in iter_sources(sources):
            entry, was_read = _article_entry(source, manual.get(source.article_id), root, cache)
            entries[source.article_id] = (source, entry)
            reread += was_read
            rows.append(entry["article"])
            claim_rows.extend(entry["claims"])
            read_problems.extend(entry["problems"])
    problems = _caught(caught, root) + read_problems
    if not rows:
        problems.append({"file": _relative(str(sources), root), "row": "", "kind": "no articles",
                         "message": f"no articles found ({', '.join(ARTICLE_SUFFIXES)} files)"})
    if manifest:
        problems.extend(_manifest_strays(manifest, manual, set(entries), root))
    articles = pd.DataFrame(rows, columns=[*ARTICLE_COLUMNS, "text", "body"]).astype("string")
    articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    return Corpus(articles, claim_rows, problems, reread, len(rows) - reread, entries, set(manual))


def _article_entry(source: Source, manual: dict[str, str] | None, root: Path,
                   cache: ArticleCache | None) -> tuple[dict[str, object], bool]:
    """One article's row, claims and problems; True when it had to be read again."""
    try:
        key = source_key(source, manual)
    except OSError:
        key = ""   # unreadable now: read below, which reports it, and never cached
    entry = cache.get(key) if cache and key else None
    if entry is not None:
        _point_at(entry, source, root)
        return entry, False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        article = read_source(source, manual)
    article["path"] = _relative(source.path, root)
    entry = {"article": article, "claims": article_claims(article), "problems": _caught(caught, root)}
    if cache and key:
        cache.put(key, entry)
    return entry, True


def _point_at(entry: dict[str, object], source: Source, root: Path) -> None:
    """A cached entry made to name where its article is now: the same bytes may sit in another
    folder, the same corpus row (with its own id) on another row of its file."""
    article = entry["article"]
    was = (article["path"], article.get("row", ""))
    now = (_relative(source.path, root), "" if source.row is None else str(source.row))
    article["path"], article["row"] = now
    for problem in entry["problems"]:
        if (problem["file"], problem["row"]) == was:
            problem["file"], problem["row"] = now


def _manifest_strays(manifest: Path, manual: dict[str, dict[str, str]], present: set[str],
                     root: Path) -> list[dict[str, str]]:
    return [{"file": _relative(str(manifest), root), "row": manual[article_id].get("_row", ""), "kind": "manifest",
             "message": f"names article {article_id!r}, which is not among the files read"}
            for article_id in sorted(set(manual) - present)]


def add_manifest_rows(manifest: Path, articles: pd.DataFrame, known: set[str]) -> list[str]:
    """Give each readable article the manifest lacks a row of inferred values (appended; rows
    people wrote are never rewritten).  Returns the article ids added."""
    new = articles[~articles["article_id"].isin(known) & (articles["text"].fillna("") != "")]
    rows = [[a.article_id, a.outlet if a.outlet_source == "text" else "", a.wire,
             a.published if a.date_source == "text" else "", a.url, MANIFEST_NOTE]
            for a in new.itertuples(index=False)]
    if rows:
        append_csv_rows(manifest, MANIFEST_COLUMNS, rows)
    return list(new["article_id"])


def _file_under_new_manifest_rows(cache: ArticleCache, manifest: Path, corpus: Corpus, added: list[str]) -> None:
    """A new manifest row holds exactly what was inferred, so the article reads the same through
    it: store its entry under the new key instead of reading the article again next time."""
    manual = read_manifest(manifest) if added else {}
    for article_id in added:
        source, entry = corpus.entries[article_id]
        try:
            cache.put(source_key(source, manual.get(article_id)), entry)
        except OSError:
            continue   # removed since it was read: the next refresh reports it


def provenance_tables(claims: pd.DataFrame, articles: pd.DataFrame,
                      claimants: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Claims with their provenance, copy families, lineage, drift, unmatched claimants and
    discrepancies, by the file name each is written to."""
    provenance = with_provenance(claims, articles, claimants)
    return {PROVENANCE_FILE.name: provenance, FAMILIES_FILE.name: copy_families(articles),
            LINEAGE_FILE.name: lineage(provenance), DRIFT_FILE.name: drift_table(provenance),
            UNMATCHED_FILE.name: unmatched_claimants(claims, claimants),
            DISCREPANCIES_FILE.name: discrepancies(claims)}


def _implausible(claims: pd.DataFrame, articles: pd.DataFrame) -> list[dict[str, str]]:
    """Implausible magnitudes stay in the table but are listed, and left out of the charts."""
    flagged = claims[claims["risk_reasons"].str.contains("implausible magnitude", regex=False)]
    where = {a.article_id: (a.path, a.row) for a in articles.itertuples(index=False)}
    return [{"file": where[r.article_id][0], "row": where[r.article_id][1], "kind": "implausible magnitude",
             "message": f"{r.number_text!r} {r.metric} is more than any side has fielded; left out of the charts"
                        f" until a person accepts it (claim {r.claim_id})"}
            for r in flagged.itertuples(index=False)]


def _write_outputs(outputs: dict[Path, pd.DataFrame], root: Path, problems: list[dict[str, str]]) -> None:
    """Write each output; one that cannot be written (read-only data/) is reported, not fatal."""
    for path, table in outputs.items():
        try:
            if path.name.endswith("_spreadsheet.csv"):
                write_spreadsheet_csv(table, path)
            else:
                write_csv(table, path)
        except OSError as error:
            problems.append({"file": _relative(str(path), root), "row": "", "kind": "not writable",
                             "message": f"could not be written: {error.strerror or error}"})


def _new_manifest_rows(manifest: Path, corpus: Corpus, cache: ArticleCache, root: Path,
                       problems: list[dict[str, str]]) -> list[str]:
    try:
        added = add_manifest_rows(manifest, corpus.articles, corpus.manifest_ids)
    except OSError as error:
        problems.append({"file": _relative(str(manifest), root), "row": "", "kind": "not writable",
                         "message": f"rows for new articles could not be added: {error.strerror or error}"})
        return []
    _file_under_new_manifest_rows(cache, manifest, corpus, added)
    return added


def build_tables(root: Path = ROOT) -> dict[str, object]:
    """Read seeds/ with the manifest, extract, apply the review, and write data/."""
    data = root / "data"
    manifest = data / MANIFEST.name
    cache = ArticleCache(data / "cache")
    corpus = read_corpus(root / "seeds", manifest, root, cache)
    problems = list(corpus.problems)
    added = _new_manifest_rows(manifest, corpus, cache, root, problems)
    claims = corpus.claims()
    review, review_problems = read_review(data / REVIEW_FILE.name)
    reviewed, orphans = apply_review(claims, review, corpus.articles)
    claimants, claimant_problems = read_claimants(data / CLAIMANTS_FILE.name)
    provenance = provenance_tables(charted(reviewed), corpus.articles, claimants)
    problems += [{**p, "file": _relative(p["file"], root)} for p in review_problems + claimant_problems]
    problems += [{"file": _relative(str(data / REVIEW_FILE.name), root), "row": o["row"], "kind": "orphaned review",
                  "message": f"{o['decision']} {o['claim_id'] or o['article_id']}: {o['why']}"}
                 for o in orphans.to_dict("records")]
    problems += _implausible(claims, corpus.articles)
    outputs = {data / CLAIMS_FILE.name: claims, data / REVIEWED_FILE.name: reviewed,
               data / "claims_spreadsheet.csv": claims, data / "claims_reviewed_spreadsheet.csv": reviewed,
               data / ORPHANS_FILE.name: orphans,
               data / ARTICLE_INDEX_FILE.name: corpus.articles[list(ARTICLE_COLUMNS)],
               **{data / name: table for name, table in provenance.items()}}
    _write_outputs(outputs, root, problems)
    if cache.unwritable:
        problems.append({"file": _relative(str(data / "cache"), root), "row": "", "kind": "not writable",
                         "message": "the article cache could not be written; every refresh reads every article"})
    corpus.problems = problems
    _write_outputs({data / PROBLEMS_FILE.name: corpus.problems_table()}, root, problems)
    for problem in problems:
        where = problem["file"] + (f", row {problem['row']}" if problem["row"] else "")
        print(f"warning: {where}: {problem['message']}", file=sys.stderr)
    return {"articles": corpus.articles, "claims": claims, "reviewed": reviewed, "orphans": orphans,
            "provenance": provenance[PROVENANCE_FILE.name], "problems": corpus.problems_table(),
            "reread": corpus.reread, "from_cache": corpus.from_cache, "manifest_rows_added": added}


def run_notebooks(folder: Path = NOTEBOOKS, timeout: int = 600) -> list[Path]:
    """Execute every notebook in `folder` in place and store its outputs (see warclaims.notebooks).

    Imported here, not at module level, so extraction never loads notebook machinery.
    """
    from warclaims.notebooks import run_notebooks as run

    return run(folder, timeout)


def refresh(root: Path = ROOT, notebooks: bool = True) -> dict[str, object]:
    """Rebuild the tables from seeds/, then re-run every notebook (which exports the figures),
    then export the figure set of every story to figures/<story>/ with figures/stories.csv and
    figures/index.md (see warclaims.story_figures)."""
    tables = build_tables(root)
    if notebooks:
        run_notebooks(root / "notebooks")
        from warclaims.story_figures import export_stories   # here: extraction never loads matplotlib

        tables["stories"] = export_stories(root)
    return tables


def _read_table(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist yet: run `make` (or `python helpers.py refresh`)")
    table = pd.read_csv(path, dtype="string", keep_default_na=False)
    return table.reindex(columns=list(columns))


def read_claims(path: Path = CLAIMS_FILE) -> pd.DataFrame:
    """The claims table as the extractor found it in the last refresh (before review)."""
    return coerce_claims(_read_table(path, CLAIM_COLUMNS))


def read_reviewed_claims(path: Path = REVIEWED_FILE, include_rejected: bool = False) -> pd.DataFrame:
    """The claims with the review applied — what the charts draw.  `review_status` says where
    each stands (machine, accepted, fixed, added; rejected only with include_rejected)."""
    raw = _read_table(path, REVIEWED_COLUMNS)
    table = coerce_claims(raw)
    for column in REVIEWED_COLUMNS[len(CLAIM_COLUMNS):]:
        table[column] = raw[column].fillna("")
    return table if include_rejected else charted(table)


def read_provenance(path: Path = PROVENANCE_FILE) -> pd.DataFrame:
    """data/claims_provenance.csv as `provenance.read_provenance_table` reads it."""
    return read_provenance_table(path)


def read_csv_table(name: str) -> pd.DataFrame:
    """Any table the refresh wrote to data/ (e.g. "copy_families", "lineage", "discrepancies")."""
    return pd.read_csv(DATA / f"{name}.csv", dtype="string", keep_default_na=False)


def read_orphans(path: Path = ORPHANS_FILE) -> pd.DataFrame:
    """Review rows whose claim no longer exists, with the reason."""
    return _read_table(path, ORPHAN_COLUMNS)


def read_articles(path: Path = ARTICLE_INDEX_FILE) -> pd.DataFrame:
    """One row per article file as the last refresh read it (no text)."""
    return _read_table(path, ARTICLE_COLUMNS)


def read_problems(path: Path = PROBLEMS_FILE) -> pd.DataFrame:
    """What could not be read in the last refresh: file, row, kind, message."""
    return _read_table(path, PROBLEM_COLUMNS)
