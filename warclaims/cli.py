"""Command line: `python helpers.py extract PATH... -o claims.parquet`, `python helpers.py refresh`,
`python helpers.py score GOLD.csv PREDICTED.csv` and `python helpers.py manifest import EXPORT.csv`."""
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
  score     score a predicted claims table against a gold one by the annotation guide's
            matching rule: per-metric counts, accuracy on matches, and last the line
            'F1 0.xxx P 0.xxx R 0.xxx (tp/gold/pred)'
  manifest  manifest import EXPORT.csv: fill the empty outlet, published and url cells of
            data/articles.csv from a monitoring tool's export, matched on article id or url;
            never replaces a value a person typed
"""
#: Problems printed to the terminal; the rest are in the problems file.
PROBLEMS_SHOWN = 20


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python helpers.py", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="{extract,refresh,score,manifest}")
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
    score = commands.add_parser(
        "score", help="score a predicted claims table against a gold one",
        description="Score PREDICTED against GOLD (CSV files with the columns article_id, metric, qualifier,"
                    " value, low, high) on the articles that appear in GOLD.")
    score.add_argument("gold", type=Path, metavar="GOLD.csv", help="the gold claims")
    score.add_argument("predicted", type=Path, metavar="PREDICTED.csv", help="the predicted claims")
    score.add_argument("--articles", type=article_ids, default=None, metavar="ID,ID",
                       help="score only these articles (an article without gold rows makes its predictions spurious)")
    score.add_argument("--show", action="store_true", help="list the missed and spurious claims with their quotes")
    add_manifest_parser(commands)
    return parser.parse_args(argv)


def add_manifest_parser(commands: argparse._SubParsersAction) -> None:
    """`manifest import EXPORT.csv [--manifest data/articles.csv] [--dry-run]`."""
    manifest = commands.add_parser("manifest", help="work on the hand-kept manifest data/articles.csv",
                                   description="Work on the hand-kept manifest data/articles.csv.")
    actions = manifest.add_subparsers(dest="action", required=True, metavar="{import}")
    importing = actions.add_parser(
        "import", help="fill empty outlet, published and url cells from a monitoring tool's export",
        description="Fill the EMPTY outlet, published and url cells of the manifest from EXPORT.csv, a"
                    " monitoring tool's export with columns such as id/article_id, url/link,"
                    " outlet/source/publication/site and published/date/pubdate (names matched without"
                    " regard to case).  Rows match on article id, else on the url (scheme, www. and a"
                    " trailing slash ignored).  A value in the manifest is never replaced.")
    importing.add_argument("export", type=Path, metavar="EXPORT.csv", help="the export (CSV)")
    importing.add_argument("--manifest", type=Path, default=None,
                           help="the manifest to fill (default: data/articles.csv); the article_index.csv beside"
                                " it gives the urls the last refresh found in the articles' text")
    importing.add_argument("--dry-run", action="store_true", help="report what would be filled; write nothing")


def article_ids(text: str) -> list[str]:
    """The ids of --articles: comma-separated, spaces around an id ignored."""
    ids = [article_id.strip() for article_id in text.split(",") if article_id.strip()]
    if not ids:
        raise argparse.ArgumentTypeError("no article id given")
    return ids


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


def run_score(args: argparse.Namespace) -> int:
    from warclaims.scoring import ClaimsFileError, format_report, read_claims_csv, score

    try:
        gold, predicted = read_claims_csv(args.gold), read_claims_csv(args.predicted)
    except ClaimsFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_report(score(gold, predicted, articles=args.articles), show=args.show))
    return 0


def run_manifest_import(args: argparse.Namespace) -> int:
    """Fill the manifest's empty cells from an export; 2 when the export or the manifest
    cannot be read at all (the message names the file), else 0 with every row's problem shown."""
    from warclaims.manifest import ARTICLE_INDEX_FILE, MANIFEST, ManifestImportError, import_export

    manifest = args.manifest or MANIFEST
    index = ARTICLE_INDEX_FILE if args.manifest is None else args.manifest.parent / ARTICLE_INDEX_FILE.name
    try:
        report = import_export(args.export, manifest, index, dry_run=args.dry_run)
    except ManifestImportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("\n".join(report.summary()))
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr)
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
    if args.command == "score":
        return run_score(args)
    if args.command == "manifest":
        return run_manifest_import(args)
    from warclaims.pipeline import refresh

    tables = refresh(notebooks=not args.no_notebooks)
    print(f"{len(tables['claims'])} claims from {len(tables['articles'])} articles"
          f" ({tables['reread']} read, {tables['from_cache']} from the cache);"
          f" {len(tables['problems'])} problems (data/problems.csv)", file=sys.stderr)
    return 0
