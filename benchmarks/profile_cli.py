"""Where the time of `helpers.py extract` goes: start-up, reading, sentence splitting, each
decision of the extractor, writing.

Builds the benchmark corpus (benchmarks/extract_speed.py: text articles recombined from the
seeds' sentences, fixed random seed) in a temporary folder, runs the whole command line once
under cProfile in a fresh process,

    python -m cProfile -o PROFILE helpers.py extract CORPUS/text -o OUT.csv --workers 1 --quiet

and prints one table: the seconds and share of the profiled run each stage took, and how much
of that went to the regular-expression engine.

Each function's own time (cProfile's tottime) belongs to the stage of its module
(`STAGES`); the time of a function outside the project (the `re` engine, `str` methods,
pandas, the csv module …) belongs to the functions that called it, shared out in proportion to
the time spent under each caller, up to the first project function.  The body of every module
and the import machinery are start-up, and so is compiling a pattern that waited for its first
use (`warclaims.patterns`), as it was when every pattern was compiled at import.  cProfile slows function calls down by about half, so
the shares, not the seconds, are the figures to quote; the run is one process (`--workers 1`).

    .venv/bin/python benchmarks/profile_cli.py [--articles 5000] [--format csv|parquet] [--top N]
        [--input PATH] [--stats FILE]

--input profiles the command on PATH (an article, a folder) instead of the benchmark corpus:
on one article, what start-up costs.
"""
from __future__ import annotations

import argparse
import pstats
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract_speed import build_corpus  # noqa: E402

ARTICLES = 5_000
START_UP = "start-up (imports)"
OTHER = "other"
READING = "reading files"
METADATA = "page metadata"
#: The stage of each project module, in the order the table prints them.
STAGES: dict[str, str] = {
    "helpers.py": "command line",
    "warclaims/cli.py": "command line",
    "warclaims/sources.py": READING,
    "warclaims/corpus.py": "batching (corpus)",
    "warclaims/extract/sentences.py": "sentence splitting",
    "warclaims/numbers.py": "amounts (numbers)",
    "warclaims/extract/head.py": "head",
    "warclaims/extract/metric.py": "metric",
    "warclaims/extract/subject.py": "subject",
    "warclaims/extract/claimant.py": "claimant",
    "warclaims/extract/period.py": "period",
    "warclaims/periods.py": "period phrases (periods)",
    "warclaims/extract/when.py": "claim date (when)",
    "warclaims/extract/kind.py": "count kind (kind)",
    "warclaims/extract/risk.py": "risk",
    "warclaims/extract/context.py": "context",
    "warclaims/extract/article.py": "article",
    "warclaims/lexicon.py": "lexicon, countries",
    "warclaims/countries.py": "lexicon, countries",
    "warclaims/extract/table.py": "table (claim ids)",
    "warclaims/schema.py": "writing",
}
#: Functions whose time (and that of what they call) is all one stage's, whatever calls them:
#: the script's body, which cProfile runs with the `exec` every import runs through too, and
#: the stages inside a module whose other functions take the stage of their callers
#: (warclaims/articles.py and dates.py serve reading, metadata and the extractor alike), and
#: the compiling of a pattern on first use, which is start-up put off.
ENTRIES: dict[tuple[str, str], str] = {
    ("helpers.py", "<module>"): "command line",
    ("warclaims/patterns.py", "compiled"): START_UP,
    ("warclaims/articles.py", "_describe"): METADATA,
    ("warclaims/articles.py", "body_segments"): "body segments",
}
SHARED = frozenset({"warclaims/articles.py", "warclaims/dates.py", "warclaims/patterns.py"})
#: Functions of warclaims/corpus.py that write the output (the rest of the module batches).
WRITING = frozenset({"write", "write_part", "arrow_table", "arrow_schema", "pandas_metadata", "claims_frame", "typed",
                     "claim_record", "_nullable_integer", "_integer", "_rounded", "_text", "__enter__", "__exit__"})
#: Frames that are part of the function they are written in, whose stage they take.
COMPREHENSIONS = frozenset({"<listcomp>", "<genexpr>", "<dictcomp>", "<setcomp>", "<lambda>"})
ORDER = list(dict.fromkeys([START_UP, "command line", READING, METADATA, "body segments", *STAGES.values(), OTHER]))

Key = tuple[str, int, str]


def project_path(filename: str) -> str | None:
    """A file's path in the project, or None for a file outside it."""
    try:
        return Path(filename).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return None


def entry_stage(key: Key) -> str | None:
    return ENTRIES.get((project_path(key[0]) or "", key[2]))


def own_stage(key: Key) -> str | None:
    """The stage a function's own time belongs to, or None when its callers' stages decide."""
    filename, _, name = key
    if filename.startswith("<frozen importlib"):
        return START_UP
    relative = project_path(filename)
    if relative is None or name in COMPREHENSIONS:
        return None
    if (relative, name) in ENTRIES:
        return ENTRIES[relative, name]
    if relative == "warclaims/corpus.py" and name in WRITING:
        return "writing"
    if relative in SHARED:
        return None
    return STAGES.get(relative) or (OTHER if relative.startswith("warclaims/") else None)


class Attribution:
    """Each function's share of each stage.  A function outside the project takes its callers'
    shares, weighted by the cumulative time spent under each caller; a project function takes
    its own stage, except for the share of its time spent under an import (the patterns a
    module compiles as it loads are start-up, whichever module's they are)."""

    def __init__(self, stats: Mapping[Key, tuple]) -> None:
        self.stats = stats
        self.memo: dict[Key, dict[str, float]] = {}

    def shares(self, key: Key, path: frozenset[Key] = frozenset()) -> dict[str, float]:
        if key in self.memo:
            return self.memo[key]
        stage = own_stage(key)
        if stage == START_UP or entry_stage(key):
            return self.memo.setdefault(key, {stage: 1.0})
        inherited = self.inherited(key, path)
        if inherited is None:   # a cycle or the root: not memoised, another path may do better
            return {stage or OTHER: 1.0}
        if stage is not None:
            importing = inherited.get(START_UP, 0.0)
            inherited = {START_UP: importing, stage: 1.0 - importing}
        return self.memo.setdefault(key, inherited)

    def inherited(self, key: Key, path: frozenset[Key]) -> dict[str, float] | None:
        """The callers' shares, weighted by the time under each; None without callers."""
        callers = {caller: edge for caller, edge in self.stats[key][4].items() if caller not in path}
        if not callers:
            return None
        weights = {caller: edge[3] for caller, edge in callers.items()}
        if sum(weights.values()) <= 0:
            weights = {caller: edge[1] for caller, edge in callers.items()}
        total = sum(weights.values()) or 1
        result: dict[str, float] = defaultdict(float)
        for caller, weight in weights.items():
            for stage, fraction in self.shares(caller, path | {key}).items():
                result[stage] += fraction * weight / total
        return dict(result)


def is_regex(key: Key) -> bool:
    """The regular-expression engine: the methods of compiled patterns and the `re` module."""
    filename, _, name = key
    return "re.Pattern" in name or "re.Match" in name or "/re/" in filename.replace("\\", "/")


def stage_seconds(stats: Mapping[Key, tuple]) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds of each stage, and of those the seconds in the regex engine."""
    attribution = Attribution(stats)
    seconds: dict[str, float] = defaultdict(float)
    regex: dict[str, float] = defaultdict(float)
    for key, (_, _, tottime, _, _) in stats.items():
        for stage, fraction in attribution.shares(key).items():
            seconds[stage] += tottime * fraction
            if is_regex(key):
                regex[stage] += tottime * fraction
    return seconds, regex


def print_table(seconds: Mapping[str, float], regex: Mapping[str, float], articles: int) -> None:
    total = sum(seconds.values())
    print(f"{'stage':<28} {'seconds':>8} {'share':>7} {'regex s':>8} {'µs/article':>10}")
    for stage in ORDER:
        if seconds.get(stage, 0) >= 0.0005:
            print(f"{stage:<28} {seconds[stage]:>8.2f} {seconds[stage] / total:>7.1%} {regex.get(stage, 0):>8.2f}"
                  f" {seconds[stage] / articles * 1e6:>10,.0f}")
    print(f"{'total (profiled)':<28} {total:>8.2f} {1:>7.1%} {sum(regex.values()):>8.2f}"
          f" {total / articles * 1e6:>10,.0f}")


def print_top(stats: Mapping[Key, tuple], count: int) -> None:
    """The functions with the most own time, and the stage each (mostly) belongs to."""
    attribution = Attribution(stats)
    print(f"\n{'own s':>7}  {'calls':>9}  function (stage)")
    for key, (_, calls, tottime, _, _) in sorted(stats.items(), key=lambda item: -item[1][2])[:count]:
        shares = attribution.shares(key)
        stage = max(shares, key=shares.get)
        where = f"{Path(key[0]).name}:{key[1]} {key[2]}" if key[1] else key[2]
        print(f"{tottime:>7.2f}  {calls:>9,}  {where} ({'' if shares[stage] > 0.95 else 'mostly '}{stage})")


def profile_run(corpus: Path, out: Path, profile: Path) -> None:
    command = [sys.executable, "-m", "cProfile", "-o", str(profile), str(ROOT / "helpers.py"), "extract", str(corpus),
               "-o", str(out), "--workers", "1", "--quiet"]
    print(" ".join(["python", *command[1:]]).replace(str(ROOT) + "/", ""), flush=True)
    subprocess.run(command, cwd=ROOT, check=True, stderr=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=ARTICLES, help="text articles (default %(default)s)")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv", help="the output written")
    parser.add_argument("--top", type=int, default=0, help="also list the N functions with most own time")
    parser.add_argument("--stats", type=Path, help="keep the cProfile file here")
    parser.add_argument("--input", type=Path, help="profile on this article or folder instead of the corpus")
    args = parser.parse_args(argv)
    sys.setrecursionlimit(20_000)   # the attribution walks up long chains of callers
    root = Path(tempfile.mkdtemp(prefix="warclaims-profile-"))
    try:
        source = args.input.resolve() if args.input else build_corpus(root / "corpus", args.articles, 1, 1).text
        profile = args.stats or root / "extract.prof"
        profile_run(source, root / f"claims.{args.format}", profile)
        stats = pstats.Stats(str(profile)).stats
        print_table(*stage_seconds(stats), 1 if args.input else args.articles)
        if args.top:
            print_top(stats, args.top)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
