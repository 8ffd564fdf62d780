"""How long a refresh of the tables takes cold, warm, and after one article is added.

Builds a throw-away project in a temporary folder with ARTICLES articles made by recombining
the paragraphs of the five articles in seeds/ (numbers varied, file names made up; the same
articles on every run: the random generator has a fixed seed), then runs
`warclaims.pipeline.build_tables` three times and prints, for each run, the seconds it took,
how many articles were read again, how many came from the cache, and the claims found.

    .venv/bin/python benchmarks/refresh_incremental.py [--articles N] [--keep] [--full]
    make bench   # this at 1,000 articles (tables), then --full at 500 (tables, notebooks, figures)

Times depend on the machine; nothing here checks them.  `make_articles` is also used by
tests/test_refresh_safety.py to build large projects.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from warclaims import pipeline  # noqa: E402
from warclaims.pipeline import build_tables  # noqa: E402

SEEDS = ROOT / "seeds"
ARTICLES = 1000
RANDOM_SEED = 20250903
#: Paragraphs kept from the top of the base seed: the title, dateline and date live there.
HEAD_PARAGRAPHS = 3
#: A number with thousands separators, or a bare number of 2 to 5 digits.
NUMBER = re.compile(r"(?<![\d.,/-])(\d{1,3}(?:,\d{3})+|\d{2,5})(?![\d/-]|,\d|\.\d)")


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _vary(paragraph: str, rng: random.Random) -> str:
    """The paragraph with its counts changed (years such as 2025 and small numbers kept)."""
    def replace(match: re.Match[str]) -> str:
        words = match.group(1)
        value = int(words.replace(",", ""))
        if value < 20 or (1900 <= value <= 2100 and "," not in words):
            return words
        new = max(20, int(round(value * rng.uniform(0.5, 2.0), -1 if value >= 100 else 0)))
        return f"{new:,}" if new >= 1000 else str(new)
    return NUMBER.sub(replace, paragraph)


def article_text(rng: random.Random, seeds: list[list[str]]) -> str:
    """One made-up article: the head of one seed, then 4 to 9 body paragraphs of any seed."""
    base = rng.choice(seeds)
    body = [p for paragraphs in seeds for p in paragraphs[HEAD_PARAGRAPHS:]]
    chosen = rng.sample(body, rng.randint(4, min(9, len(body))))
    return "\n\n".join(base[:HEAD_PARAGRAPHS] + [_vary(p, rng) for p in chosen]) + "\n"


def make_articles(folder: Path, count: int, seed: int = RANDOM_SEED, start: int = 0) -> list[Path]:
    """Write `count` recombined articles to `folder` (deterministic for a given seed/start)."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [_paragraphs(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    rng = random.Random(f"{seed}:{start}")
    paths = []
    for number in range(start, start + count):
        path = folder / f"gen{number:05d}_{rng.getrandbits(64):016x}.txt"
        path.write_text(article_text(rng, seeds), encoding="utf-8")
        paths.append(path)
    return paths


def make_project(root: Path, count: int) -> Path:
    """A project folder with `count` articles in seeds/ and an empty manifest in data/."""
    make_articles(root / "seeds", count)
    (root / "data").mkdir(parents=True, exist_ok=True)
    (root / "data" / "articles.csv").write_text("article_id,outlet,wire,published,url,note\n",
                                                encoding="utf-8")
    return root


def timed_build(root: Path) -> tuple[float, dict[str, object], int]:
    """build_tables(root), its per-problem warnings on stderr silenced: (seconds, result,
    article files read in all).  build_tables reads the corpus a second time when it adds
    manifest rows, so the files read can exceed its `reread` count, which is the last pass's."""
    calls = 0
    real = pipeline.read_source

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    pipeline.read_source = counted
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            started = time.perf_counter()
            tables = build_tables(root)
            seconds = time.perf_counter() - started
    finally:
        pipeline.read_source = real
    return seconds, tables, calls


#: What a full refresh needs of the project besides seeds/ and data/articles.csv.
PROJECT_PARTS = ("helpers.py", "warclaims", "notebooks", "data/claimants.csv")
#: What a full refresh writes: a re-run with nothing new must leave these bytes as they were.
OUTPUTS = ("data", "figures", "notebooks")


def make_full_project(root: Path, count: int) -> Path:
    """A copy of this project's code and notebooks with `count` made-up articles in seeds/."""
    make_project(root, count)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, root / part, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        elif source.exists():
            shutil.copy2(source, root / part)
    return root


def output_digests(root: Path) -> dict[str, str]:
    """A digest of every file a refresh writes (the cache excepted: it is allowed to grow)."""
    digests = {}
    for folder in OUTPUTS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "cache" not in path.relative_to(root).parts:
                digests[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def timed_refresh(root: Path) -> float:
    """`python helpers.py refresh` in the project, as `make` runs it: seconds of wall time."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "helpers.py", "refresh"], cwd=root, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def full_refresh_runs(root: Path, count: int) -> None:
    """Time the whole refresh (tables, notebooks, figures) cold, warm and after one added
    article, and say whether the warm re-run changed any file."""
    make_full_project(root, count)
    print(f"full refresh (tables, notebooks, figures): {count} articles in "
          f"{root}")
    cold = timed_refresh(root)
    before = output_digests(root)
    warm = timed_refresh(root)
    changed = sorted(name for name, digest in output_digests(root).items() if before.get(name) != digest)
    make_articles(root / "seeds", 1, start=count)
    added = timed_refresh(root)
    print(f"{'cold':<26} {cold:8.1f} s")
    print(f"{'warm (nothing changed)':<26} {warm:8.1f} s   files changed: {len(changed)}"
          + (f" ({', '.join(changed[:5])}{', …' if len(changed) > 5 else ''})" if changed else ""))
    print(f"{'after adding one article':<26} {added:8.1f} s   (target: warm and one added ≤ 90 s on two cores)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=ARTICLES, help="articles to generate")
    parser.add_argument("--keep", action="store_true", help="keep (and print) the temporary project")
    parser.add_argument("--full", action="store_true",
                        help="time the whole refresh as `make` runs it (notebooks and figures too)")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="warclaims-bench-"))
    if args.full:
        try:
            full_refresh_runs(root, args.articles)
        finally:
            if not args.keep:
                shutil.rmtree(root, ignore_errors=True)
        return 0
    try:
        make_project(root, args.articles)
        print(f"project: {args.articles} articles recombined from {SEEDS.name}/ "
              f"(random seed {RANDOM_SEED}) in {root if args.keep else 'a temporary folder'}")
        runs = []
        runs.append(("cold", *timed_build(root)))
        runs.append(("warm (nothing changed)", *timed_build(root)))
        make_articles(root / "seeds", 1, start=args.articles)
        runs.append(("after adding one article", *timed_build(root)))
        for label, seconds, tables, files_read in runs:
            print(f"{label:<26} {seconds:8.3f} s   re-read {tables['reread']:>5}   "
                  f"from cache {tables['from_cache']:>5}   claims {len(tables['claims']):>6}   "
                  f"(article files read in all: {files_read})")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
