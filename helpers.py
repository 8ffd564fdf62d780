"""The one module the notebooks import: a thin front over the `warclaims` package.

Pipeline stages, in the order data flows:

1. articles  — `load_articles(folder)`: one row per article file (warclaims.sources, reading with warclaims.articles)
2. claims    — `extract_claims(articles)`: the tidy table of numeric claims (warclaims.extract);
               `extract_corpus(paths, out=…)`: the same, streamed to Parquet/CSV for corpora of
               any size, on every core or a Dask cluster (warclaims.corpus)
3. tables    — `refresh()`, `read_claims()`, `read_articles()`: the files under data/ (warclaims.pipeline)
4. analysis  — series and discrepancies the charts draw (warclaims.analysis)
5. figures   — house style, charts and exports (warclaims.figures)

Streaming extraction and stages 4 and 5 are imported only when a name from them is first used,
so the command-line extractor (`python helpers.py extract …`) never loads matplotlib or notebook machinery.

Command line: `python helpers.py --help`.
"""
from __future__ import annotations

import importlib
import sys
from typing import Any

if __name__ == "__main__":   # the command line: before the notebooks' imports, which load pandas
    from warclaims.cli import main

    sys.exit(main())

from warclaims.articles import read_article
from warclaims.extract import claims_from_text, extract_claims
from warclaims.pipeline import (
    REVIEW_FILE,
    read_articles,
    read_claims,
    read_csv_table,
    read_orphans,
    read_provenance,
    read_problems,
    read_reviewed_claims,
    refresh,
)
from warclaims.review import record_review as _record_review
from warclaims.schema import CLAIM_COLUMNS, check_claims
from warclaims.sources import load_articles

_LAZY_MODULES = ("warclaims.analysis", "warclaims.provenance", "warclaims.drift", "warclaims.stories",
                 "warclaims.figures", "warclaims.story_figures", "warclaims.drift_figures", "warclaims.corpus",
                 "warclaims.manifest", "warclaims.review_panel")


def __getattr__(name: str) -> Any:
    """Load analysis and figure helpers on first use (PEP 562)."""
    for module_name in _LAZY_MODULES:
        module = importlib.import_module(module_name)
        if name in getattr(module, "__all__", ()):
            return getattr(module, name)
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")


def __dir__() -> list[str]:
    names = set(globals())
    for module_name in _LAZY_MODULES:
        names.update(getattr(importlib.import_module(module_name), "__all__", ()))
    return sorted(names)


def record_review(decision: str, *, reviewer: str, claim_id: str = "", reviewed_on: str | None = None,
                  **fields: object) -> dict[str, str]:
    """Append a review decision to data/review.csv (see warclaims.review for the fields)."""
    return _record_review(REVIEW_FILE, decision, reviewer=reviewer, claim_id=claim_id,
                          reviewed_on=reviewed_on, **fields)


__all__ = [
    "CLAIM_COLUMNS", "check_claims", "claims_from_text", "extract_claims", "load_articles",
    "read_article", "read_articles", "read_claims", "read_csv_table", "read_orphans", "read_problems", "read_provenance",
    "read_reviewed_claims", "record_review", "refresh",
]
