"""Does a change leave what `helpers.py extract` writes byte for byte as it was?

Runs the command line on the same inputs in two copies of this working tree and compares every
file written (claims CSV or Parquet, and the problems CSV) byte for byte:

- the tree as it is, and
- the same tree without the change under test: PATCH (a unified diff, as `git diff` prints it)
  applied in reverse; by default `git diff REV -- FILES`, the change since REV (default HEAD)
  of the files that start the command, read articles and write claims (`PLUMBING_FILES`),

so a change is checked while other files (the extractor's rules, say) change under it: both
sides run the same rules.  When someone else has changed one of FILES too, give --patch with
your hunks alone.  With --reference DIR the outputs are compared instead with those a run
with --save DIR stored.

Inputs: the seeds (seeds/), the benchmark corpus (benchmarks/extract_speed.py: --articles text
articles, their .jsonl corpus file and --html web pages, built in a temporary folder), and any
--input folder or file (e.g. the development set's articles).  Each is written as CSV with one
worker and with two, and as Parquet with one.  Exit status 1 when any file differs.

    .venv/bin/python benchmarks/compare_outputs.py [--files F ... | --patch PATCH ...] [--rev REV] [--articles 2000]
        [--html 200] [--input PATH ...] [--save DIR | --reference DIR] [--keep]
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract_speed import build_corpus  # noqa: E402

#: The files that start the command, read articles, make claim rows and write them (and the
#: country table the rules load): the extractor's plumbing, not its rules.
PLUMBING_FILES = ("helpers.py", "warclaims/cli.py", "warclaims/corpus.py", "warclaims/schema.py",
                  "warclaims/sources.py", "warclaims/countries.py", "warclaims/extract/__init__.py",
                  "warclaims/extract/table.py")
#: (name of the run, output suffix, --workers)
RUNS = (("csv-1", ".csv", "1"), ("csv-2", ".csv", "2"), ("parquet-1", ".parquet", "1"))


@dataclass
class Input:
    name: str
    path: str   # as given on the command line (relative to the tree for the seeds)


def copy_tree(target: Path) -> None:
    """The working tree's files (tracked and untracked, not ignored) copied to `target`."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def change_under_test(patches: list[Path], files: list[str], rev: str) -> bytes:
    """The PATCH files' text, else the diff of `files` since `rev`."""
    if patches:
        return b"".join(patch.read_bytes() for patch in patches)
    return subprocess.run(["git", "diff", "--binary", rev, "--", *files], cwd=ROOT, check=True,
                          capture_output=True).stdout


def take_back(tree: Path, patch: bytes) -> None:
    """`tree` without the change `patch` makes."""
    subprocess.run(["git", "apply", "--reverse", "-"], input=patch, cwd=tree, check=True)


def run_all(tree: Path, inputs: list[Input], out: Path) -> Iterator[Path]:
    """Every run of every input in `tree`, written under `out`; the files written."""
    out.mkdir(parents=True, exist_ok=True)
    for source in inputs:
        for run, suffix, workers in RUNS:
            claims = out / f"{source.name}_{run}{suffix}"
            subprocess.run([sys.executable, "helpers.py", "extract", source.path, "-o", str(claims),
                            "--workers", workers, "--quiet"], cwd=tree, check=True, capture_output=True)
            yield claims
            yield claims.with_name(f"{claims.stem}_problems.csv")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.exists() else "missing"


def compare(names: list[str], new: Path, old: Path) -> int:
    """Print one line a file; the number of files that differ."""
    different = 0
    for name in names:
        same = (new / name).exists() and (old / name).exists() and (new / name).read_bytes() == (old / name).read_bytes()
        different += not same
        size = (new / name).stat().st_size if (new / name).exists() else 0
        print(f"{'same' if same else 'DIFFERENT':>9}  {size:>10,} B  {digest(new / name)}  {name}")
    return different


def inputs_for(scratch: Path, articles: int, pages: int, extra: list[Path]) -> list[Input]:
    """The inputs, the benchmark corpus built in `scratch`/corpus and named from a tree beside it
    (`../corpus/…`), so the paths written in the outputs are the same on every run."""
    corpus = build_corpus(scratch / "corpus", articles, 1, pages)
    given = [Input(f"input{number}-{path.name}", str(path.resolve())) for number, path in enumerate(extra)]
    return [Input("seeds", "seeds"), *(Input(f"bench-{name}", f"../corpus/{path.relative_to(corpus.root).as_posix()}")
                                      for name, path in (("text", corpus.text), ("jsonl", corpus.jsonl),
                                                         ("html", corpus.html))), *given]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", nargs="+", default=list(PLUMBING_FILES),
                        help="the files whose change since REV is tested (default: the plumbing's)")
    parser.add_argument("--rev", default="HEAD", help="see --files (default %(default)s)")
    parser.add_argument("--patch", type=Path, nargs="+", default=[], help="the change under test, as diffs")
    parser.add_argument("--articles", type=int, default=2_000, help="benchmark text articles (default %(default)s)")
    parser.add_argument("--html", type=int, default=200, help="benchmark web pages (default %(default)s)")
    parser.add_argument("--input", type=Path, nargs="*", default=[], help="more article folders or files")
    stored = parser.add_mutually_exclusive_group()
    stored.add_argument("--save", type=Path, help="store this tree's outputs in DIR as the reference")
    stored.add_argument("--reference", type=Path, help="compare with the outputs stored in DIR")
    parser.add_argument("--keep", action="store_true", help="keep (and print) the temporary folder")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="warclaims-compare-"))
    try:
        inputs = inputs_for(scratch, args.articles, args.html, args.input)
        copy_tree(scratch / "new")
        names = [path.name for path in run_all(scratch / "new", inputs, scratch / "new-out")]
        if args.save:
            shutil.copytree(scratch / "new-out", args.save, dirs_exist_ok=True)
            print(f"{len(names)} outputs stored in {args.save}")
            return 0
        if args.reference:
            old = args.reference
            print(f"this tree against the outputs stored in {old}")
        else:
            copy_tree(scratch / "old")
            take_back(scratch / "old", change_under_test(args.patch, args.files, args.rev))
            old = scratch / "old-out"
            list(run_all(scratch / "old", inputs, old))
            tested = ", ".join(map(str, args.patch)) or f"the change of {', '.join(args.files)} since {args.rev}"
            print(f"this tree against the same tree without {tested}")
        different = compare(names, scratch / "new-out", old)
        print(f"{len(names) - different} of {len(names)} files byte-identical")
        return 1 if different else 0
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
