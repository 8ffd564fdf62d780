"""Command line: `python helpers.py extract PATH... -o claims.csv` and `python helpers.py refresh`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DESCRIPTION = """\
Numeric war claims from news articles.

  extract   read .txt articles (files or folders) and write the claims table as CSV;
            runs without the notebooks, on any articles of your own
  refresh   what `make` runs: rebuild data/claims.csv, data/article_index.csv and
            data/problems.csv from seeds/ (with the hand-kept data/articles.csv), then
            re-run every notebook in notebooks/, which exports the charts to figures/
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python helpers.py", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="{extract,refresh}")
    extract = commands.add_parser("extract", help="write the claims table for .txt articles",
                                  description="Write the claims table for .txt articles (files or folders).")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article file or folder")
    extract.add_argument("-o", "--output", type=Path, default=None,
                         help="CSV file to write (default: standard output)")
    extract.add_argument("--manifest", type=Path, default=None,
                         help="hand-kept articles.csv whose outlet/wire/published/url win over the text")
    refresh = commands.add_parser("refresh", help="rebuild data/, notebooks and figures from seeds/",
                                  description="Rebuild data/ from seeds/, then re-run the notebooks.")
    refresh.add_argument("--no-notebooks", action="store_true", help="rebuild the tables only")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "extract":
        from warclaims.files import write_csv
        from warclaims.pipeline import read_corpus

        corpus = read_corpus(list(args.paths), args.manifest, Path.cwd())
        for problem in corpus.problems:
            where = problem["file"] + (f", row {problem['row']}" if problem["row"] else "")
            print(f"warning: {where}: {problem['message']}", file=sys.stderr)
        claims, articles, problems = corpus.claims(), corpus.articles, corpus.problems
        if args.output is None:
            claims.to_csv(sys.stdout, index=False, lineterminator="\n")
        else:
            write_csv(claims, args.output)
            print(f"{len(claims)} claims from {len(articles)} articles -> {args.output}"
                  f" ({len(problems)} problems)", file=sys.stderr)
        return 0
    from warclaims.pipeline import refresh

    tables = refresh(notebooks=not args.no_notebooks)
    print(f"{len(tables['claims'])} claims from {len(tables['articles'])} articles"
          f" ({tables['reread']} read, {tables['from_cache']} from the cache);"
          f" {len(tables['problems'])} problems (data/problems.csv)", file=sys.stderr)
    return 0
