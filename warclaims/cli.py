"""Command line: `python helpers.py extract PATH... -o claims.parquet` and `python helpers.py refresh`."""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

DESCRIPTION = """\
Numeric war claims from news articles.

  extract   read articles (.txt, .html, and .csv/.jsonl corpus files with one article a row;
            files or folders) and write the claims table as Parquet or CSV, streaming, on
            every core or on a Dask cluster; runs without the notebooks
  refresh   what `make` runs: rebuild data/claims.csv, data/article_index.csv and
            data/problems.csv from seeds/ (with the hand-kept data/articles.csv), then
            re-run every notebook in notebooks/, which exports the charts to figures/
"""
#: Problems printed to the terminal; the rest are in the problems file.
PROBLEMS_SHOWN = 20


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python helpers.py", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="{extract,refresh}")
    extract = commands.add_parser(
        "extract", help="write the claims table for articles in any format",
        description="Write the claims table for articles (files or folders of .txt, .html, .csv, .jsonl).")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article file, corpus file or folder")
    extract.add_argument("-o", "--output", type=Path, default=None,
                         help="claims.csv or claims.parquet (a folder with --scheduler); default: CSV on standard output")
    extract.add_argument("--manifest", type=Path, default=None,
                         help="hand-kept articles.csv whose outlet/wire/published/url win over the text")
    extract.add_argument("--workers", type=int, default=None,
                         help="processes on this machine (default: every core; 1 = this process only)")
    extract.add_argument("--scheduler", default=None, metavar="ADDRESS",
                         help="run on a Dask cluster (e.g. tcp://10.0.0.5:8786); -o names a dataset folder")
    bar = extract.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None, help="always show a progress bar")
    bar.add_argument("--quiet", dest="progress", action="store_false", help="never show a progress bar")
    refresh = commands.add_parser("refresh", help="rebuild data/, notebooks and figures from seeds/",
                                  description="Rebuild data/ from seeds/, then re-run the notebooks.")
    refresh.add_argument("--no-notebooks", action="store_true", help="rebuild the tables only")
    return parser.parse_args(argv)


def run_extract(args: argparse.Namespace) -> int:
    from warclaims.corpus import extract_corpus

    if args.scheduler and args.output is None:
        print("error: --scheduler needs -o FOLDER for the Parquet dataset", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        out = args.output or Path(scratch) / "claims.csv"
        run = extract_corpus(list(args.paths), out, workers=args.workers, scheduler=args.scheduler,
                             manifest=args.manifest, progress=args.progress)
        show_problems(run.problems_file, run.problems)
        if args.output is None:
            with open(run.out, encoding="utf-8") as claims:
                shutil.copyfileobj(claims, sys.stdout)
            print(f"{run.claims:,} claims from {run.articles:,} articles ({run.problems:,} problems)", file=sys.stderr)
        else:
            print(run, file=sys.stderr)
    return 0


def show_problems(problems_file: Path, count: int) -> None:
    """The first problems as warnings on standard error, naming file and row."""
    import csv

    with open(problems_file, encoding="utf-8", newline="") as stream:
        for number, problem in enumerate(csv.DictReader(stream)):
            if number == PROBLEMS_SHOWN:
                print(f"warning: … {count - PROBLEMS_SHOWN:,} more in {problems_file}", file=sys.stderr)
                return
            where = problem["file"] + (f", row {problem['row']}" if problem["row"] else "")
            print(f"warning: {where}: {problem['message']}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "extract":
        return run_extract(args)
    from warclaims.pipeline import refresh

    tables = refresh(notebooks=not args.no_notebooks)
    print(f"{len(tables['claims'])} claims from {len(tables['articles'])} articles"
          f" ({tables['reread']} read, {tables['from_cache']} from the cache);"
          f" {len(tables['problems'])} problems (data/problems.csv)", file=sys.stderr)
    return 0
