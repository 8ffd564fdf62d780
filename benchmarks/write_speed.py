"""What writing the claims costs, next to extracting them: the streamed writer (plain records,
the csv module, pyarrow column by column) against a DataFrame per batch (what
`warclaims.corpus` did before: `typed(DataFrame(rows))`, then `to_csv` or
`pyarrow.Table.from_pandas`).

Builds the benchmark corpus (benchmarks/extract_speed.py) in a temporary folder, extracts the
claims of its text articles once in this process (timed: the cost to compare with), then writes
them in batches of `warclaims.corpus.BATCH_SIZE` articles each way, best of --repeat runs, to
files in the same folder.  Prints microseconds per claim and per article and the share of the
extraction time.  Nothing is checked: times depend on the machine.

    .venv/bin/python benchmarks/write_speed.py [--articles 5000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from extract_speed import build_corpus  # noqa: E402

from warclaims.articles import ArticleWarning  # noqa: E402
from warclaims.corpus import (  # noqa: E402
    BATCH_SIZE,
    CORPUS_COLUMNS,
    CsvSink,
    ParquetSink,
    arrow_schema,
    claim_record,
    typed,
)
from warclaims.extract import article_claims  # noqa: E402
from warclaims.sources import iter_sources, read_source  # noqa: E402

Batches = list[list[dict[str, object]]]


def extracted(folder: Path) -> tuple[Batches, float]:
    """The claim rows of every article, in batches of BATCH_SIZE articles, and the seconds taken."""
    batches: Batches = [[]]
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)
        for number, source in enumerate(iter_sources(folder)):
            if number and number % BATCH_SIZE == 0:
                batches.append([])
            for claim in article_claims(read_source(source, None)):
                claim.update(path=source.path, row=source.row)
                batches[-1].append(claim)
    return batches, time.perf_counter() - started


def streamed_csv(batches: Batches, out: Path) -> None:
    with open(out, "w", encoding="utf-8", newline="") as stream:
        sink = CsvSink(stream)
        for rows in batches:
            sink.write([claim_record(row) for row in rows])


def streamed_parquet(batches: Batches, out: Path) -> None:
    with ParquetSink(str(out)) as sink:
        for rows in batches:
            sink.write([claim_record(row) for row in rows])


def frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    return typed(pd.DataFrame(rows, columns=list(CORPUS_COLUMNS)))


def dataframe_csv(batches: Batches, out: Path) -> None:
    with open(out, "w", encoding="utf-8", newline="") as stream:
        stream.write(",".join(CORPUS_COLUMNS) + "\n")
        for rows in batches:
            frame(rows).to_csv(stream, index=False, header=False, lineterminator="\n")


def dataframe_parquet(batches: Batches, out: Path) -> None:
    with pq.ParquetWriter(str(out), arrow_schema()) as writer:
        for rows in batches:
            writer.write_table(pa.Table.from_pandas(frame(rows), schema=arrow_schema(), preserve_index=False))


def best_of(repeat: int, write: Callable[[Batches, Path], None], batches: Batches, out: Path) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        write(batches, out)
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5_000, help="text articles (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each writer, the best kept")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="warclaims-write-"))
    try:
        corpus = build_corpus(root / "corpus", args.articles, 1, 1)
        batches, seconds = extracted(corpus.text)
        claims = sum(map(len, batches))
        print(f"{args.articles:,} articles, {claims:,} claims, {len(batches)} batches; extraction {seconds:.2f} s"
              f" ({seconds / args.articles * 1e6:,.0f} µs/article)\n")
        print(f"{'writer':<22} {'seconds':>8} {'µs/claim':>9} {'µs/article':>10} {'of extraction':>13}")
        for name, write, suffix in (("streamed CSV", streamed_csv, "csv"), ("DataFrame CSV", dataframe_csv, "csv"),
                                    ("streamed Parquet", streamed_parquet, "parquet"),
                                    ("DataFrame Parquet", dataframe_parquet, "parquet")):
            taken = best_of(args.repeat, write, batches, root / f"claims.{suffix}")
            print(f"{name:<22} {taken:>8.3f} {taken / claims * 1e6:>9.1f} {taken / args.articles * 1e6:>10.0f}"
                  f" {taken / seconds:>13.1%}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
