"""Stage 3: the files under data/, and the refresh that rebuilds everything in order.

Hand-kept: data/articles.csv (the manifest) — read, never written.
Rebuilt on every refresh (safe to delete): data/claims.csv, data/article_index.csv,
data/problems.csv, the stored outputs of notebooks/*.ipynb and everything in figures/.
Every file is written to a temporary name and moved into place, so a refresh stopped
half-way leaves the previous outputs whole.
"""
from __future__ import annotations

import os
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

from warclaims.articles import ArticleWarning, load_articles
from warclaims.claims import extract_claims
from warclaims.schema import ARTICLE_COLUMNS, CLAIM_COLUMNS, coerce_claims

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
MANIFEST = DATA / "articles.csv"
CLAIMS_FILE = DATA / "claims.csv"
ARTICLE_INDEX_FILE = DATA / "article_index.csv"
PROBLEMS_FILE = DATA / "problems.csv"
PROBLEM_COLUMNS = ("file", "row", "kind", "message")


def write_csv(table: pd.DataFrame, path: Path) -> None:
    """Write `table` as UTF-8 CSV with "\\n" line ends, atomically (temp file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            table.to_csv(stream, index=False, lineterminator="\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _relative(path: str, root: Path) -> str:
    """Paths inside the project are stored relative to it, so outputs do not depend on
    where the repository was cloned."""
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path


def load_with_problems(sources: list[Path] | Path, manifest: Path | None,
                       root: Path = ROOT) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and the table of problems met while reading them (also echoed to stderr)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        articles = load_articles(sources, manifest=manifest)
    problems = [
        {"file": _relative(w.message.file, root), "row": w.message.row, "kind": w.message.kind,
         "message": w.message.problem}
        for w in caught if isinstance(w.message, ArticleWarning)
    ]
    for problem in problems:
        where = problem["file"] + (f", row {problem['row']}" if problem["row"] else "")
        print(f"warning: {where}: {problem['message']}", file=sys.stderr)
    articles["path"] = articles["path"].map(lambda p: _relative(p, root))
    table = pd.DataFrame(problems, columns=list(PROBLEM_COLUMNS)).astype("string")
    return articles, table.sort_values(list(PROBLEM_COLUMNS), kind="stable").reset_index(drop=True)


def build_tables(root: Path = ROOT) -> dict[str, pd.DataFrame]:
    """Read seeds/ with the manifest and write claims, article index and problems to data/."""
    seeds, data = root / "seeds", root / "data"
    articles, problems = load_with_problems(seeds, data / "articles.csv", root)
    claims = extract_claims(articles)
    write_csv(claims, data / CLAIMS_FILE.name)
    write_csv(articles[list(ARTICLE_COLUMNS)], data / ARTICLE_INDEX_FILE.name)
    write_csv(problems, data / PROBLEMS_FILE.name)
    return {"articles": articles, "claims": claims, "problems": problems}


def run_notebooks(folder: Path = NOTEBOOKS, timeout: int = 600) -> list[Path]:
    """Execute every notebook in `folder` in place, in name order, and store its outputs.

    Imported here, not at module level, so extraction never loads notebook machinery.
    """
    import nbformat
    from nbclient import NotebookClient

    done = []
    for path in sorted(folder.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                                resources={"metadata": {"path": str(folder)}}, record_timing=False)
        client.execute()
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            nbformat.write(notebook, stream)
        os.replace(temporary, path)
        done.append(path)
    return done


def refresh(root: Path = ROOT, notebooks: bool = True) -> dict[str, pd.DataFrame]:
    """Rebuild the tables from seeds/, then re-run every notebook (which exports the figures)."""
    tables = build_tables(root)
    if notebooks:
        run_notebooks(root / "notebooks")
    return tables


def _read_table(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist yet: run `make` (or `python helpers.py refresh`)")
    table = pd.read_csv(path, dtype="string", keep_default_na=False)
    return table.reindex(columns=list(columns))


def read_claims(path: Path = CLAIMS_FILE) -> pd.DataFrame:
    """The claims table as the last refresh wrote it, with its column types."""
    return coerce_claims(_read_table(path, CLAIM_COLUMNS))


def read_articles(path: Path = ARTICLE_INDEX_FILE) -> pd.DataFrame:
    """One row per article file as the last refresh read it (no text)."""
    return _read_table(path, ARTICLE_COLUMNS)


def read_problems(path: Path = PROBLEMS_FILE) -> pd.DataFrame:
    """What could not be read in the last refresh: file, row, kind, message."""
    return _read_table(path, PROBLEM_COLUMNS)
