"""Stage 2 at scale: stream a corpus of any size through the extractor.

`extract_corpus` reads articles lazily (`sources.iter_sources`: .txt, .html, and .csv/.jsonl
corpus files with one article a row), extracts their claims in batches and writes each batch
as soon as it is done, so memory stays flat however many articles there are.  Batches run

- in this process (`workers=1`),
- on every core of this machine (the default: a process pool), or
- on a Dask cluster (`client=` or `scheduler=`), each batch written by its worker as one part
  of a partitioned Parquet dataset.

Every way gives the same rows in the same order: the corpus's order (files by name, rows of a
corpus file in file order), claims in reading order within an article.  The rows carry the
claims table's columns (schema.CLAIM_COLUMNS) plus `path` and `row`: where the article came
from, so every number leads back to its file, row and characters.  Problems (bad rows,
undated articles, …) stream to a CSV beside the output.

Claims travel from the extractor to the writer as plain records (tuples of int, float, str or
None, typed as `schema.coerce_claims` types the table's columns), made in the worker: a CSV is
written by the csv module and a Parquet file by pyarrow from those columns, with no DataFrame in
between.  Nothing here imports plotting or notebook machinery; pandas and pyarrow are imported
only for Parquet (and `read_extracted`), Dask and tqdm only when used.
"""
from __future__ import annotations

import csv
import io
import math
import os
import sys
import tempfile
import threading
import time
import warnings
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from warclaims.articles import ArticleWarning, article_paths, read_manifest
from warclaims.extract import article_claims
from warclaims.pattern_store import save_new_programs
from warclaims.schema import CLAIM_COLUMNS, FLOAT_COLUMNS, INTEGER_COLUMNS, OFFSET_COLUMNS, coerce_claims
from warclaims.sources import CSV_FIELD_LIMIT, Source, file_format, iter_sources, read_source

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["CORPUS_COLUMNS", "CorpusRun", "count_articles", "extract_corpus", "read_extracted"]

CORPUS_COLUMNS = (*CLAIM_COLUMNS, "path", "row")
PROBLEM_COLUMNS = ("file", "row", "kind", "message")
#: Articles per batch: large enough that sending a batch to a worker costs little next to
#: extracting it, small enough that a batch's claims are a few megabytes at most.
BATCH_SIZE = 250
#: Articles per Dask partition (one Parquet part each).
PARTITION_SIZE = 2_000

_INTEGER = ("value", "low", "high", "row")
_OFFSETS = ("quote_start", "start", "end", "incremental")

#: A claim as the writers take it: one plain value (int, float, str or None) a corpus column, in
#: CORPUS_COLUMNS order, as `typed` would type it (`claim_record`).
Record = tuple[object, ...]


@dataclass
class BatchResult:
    """What one batch of articles gave: claim records, problems, and how much text was read."""

    rows: list[Record] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)
    articles: int = 0
    claims: int = 0
    text_bytes: int = 0


@dataclass
class CorpusRun:
    """The summary of one `extract_corpus` run."""

    out: Path
    problems_file: Path
    articles: int = 0
    claims: int = 0
    text_bytes: int = 0
    seconds: float = 0.0
    problem_kinds: Counter = field(default_factory=Counter)
    parts: int = 0

    @property
    def problems(self) -> int:
        return sum(self.problem_kinds.values())

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def megabytes_per_second(self) -> float:
        return self.text_bytes / 1e6 / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (f"{self.claims:,} claims from {self.articles:,} articles -> {self.out}"
                f" ({self.problems:,} problems in {self.problems_file.name};"
                f" {self.seconds:.1f} s, {self.articles_per_second:,.0f} articles/s,"
                f" {self.megabytes_per_second:.2f} MB/s)")


# --- One batch: what a worker runs ------------------------------------------------------------

_ONE_BATCH_AT_A_TIME = threading.Lock()


def extract_batch(batch: list[tuple[Source, dict[str, str] | None]]) -> BatchResult:
    """Read and extract a batch of articles (with their manifest rows), in order.

    Runs in a worker process or on a Dask worker: it depends only on its argument, so the same
    batch gives the same result wherever it runs.  Problems are collected by catching warnings,
    which is process-wide: batches sent to one process's threads (a Dask worker with several)
    take turns, which costs nothing, as extraction holds the interpreter lock anyway.
    """
    result = BatchResult()
    with _ONE_BATCH_AT_A_TIME, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        for source, manual in batch:
            result.articles += 1
            try:
                claims, text_bytes = _article_result(source, manual)
            except Exception as error:   # noqa: BLE001 - one article must not end a run of millions
                warnings.warn(ArticleWarning(source.path, f"the extractor failed on this article"
                                             f" ({type(error).__name__}: {error}); skipped", "extractor error",
                                             "" if source.row is None else source.row), stacklevel=1)
                continue
            result.text_bytes += text_bytes
            result.rows.extend(claims)
    result.claims = len(result.rows)
    result.problems = [problem_row(w.message) for w in caught if isinstance(w.message, ArticleWarning)]
    save_new_programs()   # a pool worker ends without running `atexit`
    return result


def _article_result(source: Source, manual: dict[str, str] | None) -> tuple[list[Record], int]:
    """One article's claims as records (with its path and row) and the size of its text in bytes."""
    article = read_source(source, manual)
    claims = article_claims(article)
    for claim in claims:
        claim.update(path=source.path, row=source.row)
    return [claim_record(claim) for claim in claims], len(str(article.get("text") or "").encode("utf-8"))


def problem_row(warning: ArticleWarning) -> dict[str, str]:
    return {"file": warning.file, "row": warning.row, "kind": warning.kind, "message": warning.problem}


# --- Records: claims as the writers take them -------------------------------------------------

def claim_record(row: Mapping[str, object]) -> Record:
    """A claim row (the claims table's columns, then path and row) as a record."""
    return tuple([convert(row.get(column)) for column, convert in _CONVERTERS])


def _nullable_integer(value: object) -> int | None:
    """A cell of a nullable integer column (Int64); None (or NaN) is missing."""
    return None if value is None or value != value else _integer(value)


def _integer(value: object) -> int:
    """A cell of an integer column (int64); like pandas, a number with a fraction is an error."""
    number = int(value)
    if number != value and not isinstance(value, str):
        raise ValueError(f"{value!r} is not an integer")
    return number


def _rounded(value: object) -> float | None:
    """A cell of a float column, rounded to 2 decimals as numpy rounds (x * 100 to the even
    integer, / 100; `round(x, 2)` may differ in the last bit); NaN is missing, as pyarrow and
    pandas' CSV writer take it."""
    number = float(value)
    if math.isnan(number):
        return None
    return round(number * 100) / 100 if math.isfinite(number) else number


def _text(value: object) -> str:
    """A cell of a text column: "" for a missing value."""
    return "" if value is None or value != value else str(value)


def _converter(column: str) -> Callable[[object], object]:
    """How `typed` (schema.coerce_claims for the claims table's columns) types a cell of `column`."""
    if column in INTEGER_COLUMNS or column == "row":
        return _nullable_integer
    if column in OFFSET_COLUMNS:
        return _integer
    return _rounded if column in FLOAT_COLUMNS else _text


_CONVERTERS = tuple((column, _converter(column)) for column in CORPUS_COLUMNS)


@lru_cache(maxsize=1)
def arrow_schema() -> pa.Schema:
    """The Parquet files' schema (pyarrow is imported here, on the first Parquet write)."""
    import pyarrow as pa

    return pa.schema(
        [(name, pa.int64() if name in _INTEGER + _OFFSETS else pa.float64() if name == "risk" else pa.string())
         for name in CORPUS_COLUMNS]
    )


def arrow_table(records: list[Record]) -> pa.Table:
    """Records as a table of the Parquet schema, built column by column."""
    import pyarrow as pa

    schema = arrow_schema()
    columns = list(zip(*records)) if records else [()] * len(schema)
    return pa.Table.from_arrays([pa.array(values, type=column.type) for values, column in zip(columns, schema)],
                                schema=schema)


@lru_cache(maxsize=1)
def pandas_metadata() -> dict[bytes, bytes]:
    """The schema metadata pandas gives the typed table (the same whatever its rows)."""
    import pandas as pd
    import pyarrow as pa

    empty = typed(pd.DataFrame(columns=list(CORPUS_COLUMNS)))
    return pa.Table.from_pandas(empty, schema=arrow_schema(), preserve_index=False).schema.metadata


def typed(table: pd.DataFrame) -> pd.DataFrame:
    """The claims table's types (schema.coerce_claims), `path` as text and `row` as a nullable integer."""
    import pandas as pd

    out = coerce_claims(table)
    out["path"] = table["path"].astype("string").fillna("")
    out["row"] = pd.to_numeric(table["row"]).astype("Int64")
    return out


def write_part(result: BatchResult, path: Path) -> None:
    """One batch's claims as a Parquet file, written atomically (a Dask partition).  The file
    carries pandas' description of the columns, so `pandas.read_parquet` gives the typed table's
    dtypes (nullable integers), as it did when parts were written from a DataFrame."""
    import pyarrow.parquet as pq

    with AtomicFile(path) as temporary:
        pq.write_table(arrow_table(result.rows).replace_schema_metadata(pandas_metadata()), temporary)


def extract_partition(index: int, batch: list[tuple[Source, dict[str, str] | None]],
                      dataset: str) -> BatchResult:
    """A Dask task: extract one partition and write it as `part-NNNNN.parquet` in `dataset`;
    only the counts and problems travel back to the client."""
    result = extract_batch(batch)
    write_part(result, Path(dataset) / part_name(index))
    result.rows = []
    return result


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


# --- Writing ----------------------------------------------------------------------------------

class AtomicFile:
    """A temporary path beside `path` that replaces it only when the block ends without error,
    so an interrupted run never leaves half a table where a whole one was."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __enter__(self) -> str:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, self.temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        os.close(handle)
        return self.temporary

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            os.chmod(self.temporary, 0o644)
            os.replace(self.temporary, self.path)
        else:
            Path(self.temporary).unlink(missing_ok=True)


class Sink(Protocol):
    def write(self, records: list[Record]) -> None: ...


class ParquetSink:
    """Claims appended to one Parquet file, one row group per batch."""

    def __init__(self, temporary: str) -> None:
        import pyarrow.parquet as pq

        self.writer = pq.ParquetWriter(temporary, arrow_schema())

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, *_: object) -> None:
        self.writer.close()

    def write(self, records: list[Record]) -> None:
        if records:
            self.writer.write_table(arrow_table(records))


class CsvSink:
    """Claims appended to a CSV file (UTF-8, header once), for runs small enough for a spreadsheet.

    The csv module writes what `DataFrame.to_csv` wrote from the typed table (pandas writes
    through it too): None as an empty cell, an int in digits, a float as its repr ("0.35",
    "1.0"), and quotes only where a cell needs them."""

    def __init__(self, stream: io.TextIOBase) -> None:
        self.writer = csv.writer(stream, lineterminator="\n")
        stream.write(",".join(CORPUS_COLUMNS) + "\n")

    def write(self, records: list[Record]) -> None:
        self.writer.writerows(records)


class ProblemLog:
    """Problems appended to a CSV as they come, and counted by kind."""

    def __init__(self, stream: io.TextIOBase) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=PROBLEM_COLUMNS, lineterminator="\n")
        self.writer.writeheader()
        self.kinds: Counter = Counter()

    def write(self, problems: list[dict[str, str]]) -> None:
        for problem in problems:
            self.kinds[problem["kind"]] += 1
            self.writer.writerow(problem)


def read_extracted(path: Path | str) -> pd.DataFrame:
    """A table `extract_corpus` wrote (CSV, Parquet file or Parquet dataset folder), typed as
    `typed` types it."""
    import pandas as pd

    path = Path(path)
    if path.suffix == ".csv":
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        return typed(table.replace({column: {"": None} for column in (*_INTEGER, *_OFFSETS)}))
    parts = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
    tables = [pd.read_parquet(part) for part in parts]
    return typed(pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=list(CORPUS_COLUMNS)))


# --- Running batches --------------------------------------------------------------------------

def batched_sources(paths: Iterable[Path | str] | Path | str, manual: dict[str, dict[str, str]],
                    size: int, log: ProblemLog) -> Iterator[list[tuple[Source, dict[str, str] | None]]]:
    """Sources in batches of `size`, each with its manifest row; problems met while listing the
    sources (missing paths, malformed corpus rows) go to the log as they are found."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        sources = iter_sources(paths)
        while True:
            batch = [(source, manual.get(source.article_id)) for source in islice(sources, size)]
            log.write([problem_row(w.message) for w in caught if isinstance(w.message, ArticleWarning)])
            caught.clear()
            if not batch:
                return
            yield batch


def ordered_results(submit: Callable[[Any], Any], batches: Iterable[Any], window: int) -> Iterator[Any]:
    """Submit batches ahead (at most `window` in flight) and yield their results in submission
    order: all cores busy, memory bounded, and the output in the corpus's order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class _Done:
    """A finished future, so the serial run goes through the same loop as the parallel ones."""

    def __init__(self, value: object) -> None:
        self.value = value

    def result(self) -> object:
        return self.value


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# --- The entry point --------------------------------------------------------------------------

def extract_corpus(paths: Iterable[Path | str] | Path | str, out: Path | str, *,
                   workers: int | None = None, client: Any = None, scheduler: str | None = None,
                   manifest: Path | str | None = None, batch_size: int = BATCH_SIZE,
                   partition_size: int = PARTITION_SIZE, progress: bool | None = None) -> CorpusRun:
    """Extract the claims of every article under `paths` and write them to `out`.

    `out` ending in .csv gives a CSV; any other name a Parquet file (`.parquet` is added when the
    name has no suffix); with a Dask `client` (or a `scheduler` address to connect to) `out` is a
    folder holding a partitioned Parquet dataset (`part-00000.parquet`, …), which
    `pandas.read_parquet(out)` reads whole.  `workers` is the number of processes on this
    machine (default: every core; 1, or a corpus of one batch, runs in this process).  Problems go to
    `<out>_problems.csv`.  `progress` shows a tqdm bar (articles/s, ETA); by default only in a
    terminal or a notebook.
    """
    manual = read_manifest(Path(manifest)) if manifest else {}
    started = time.perf_counter()
    if client is not None or scheduler is not None:
        run = _run_on_dask(paths, Path(out), manual, client, scheduler, partition_size, progress)
    else:
        run = _run_here(paths, Path(out), manual, workers or default_workers(), batch_size, progress)
    run.seconds = time.perf_counter() - started
    return run


def output_path(out: Path) -> Path:
    return out if out.suffix else out.with_suffix(".parquet")


def problems_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}_problems.csv")


def _run_here(paths: Iterable[Path | str] | Path | str, out: Path, manual: dict[str, dict[str, str]],
              workers: int, batch_size: int, progress: bool | None) -> CorpusRun:
    out = output_path(out)
    run = CorpusRun(out, problems_path(out))
    with ExitStack() as stack:
        problems_stream = stack.enter_context(_atomic_text(stack, run.problems_file))
        log = ProblemLog(problems_stream)
        sink = CsvSink(stack.enter_context(_atomic_text(stack, out))) if out.suffix == ".csv" \
            else stack.enter_context(ParquetSink(stack.enter_context(AtomicFile(out))))
        batches, workers = _workers_needed(batched_sources(paths, manual, batch_size, log), workers)
        submit = stack.enter_context(_executor(workers))
        bar = stack.enter_context(_progress_bar(paths, progress))
        for result in ordered_results(submit, batches, window=2 * workers):
            _take(result, run, sink, log, bar)
        _report_if_empty(run, paths, log)
        run.problem_kinds = log.kinds
    return run


def _workers_needed(batches: Iterator[list[Any]], workers: int) -> tuple[Iterator[list[Any]], int]:
    """The batches, and the processes worth starting for them: one batch (a few articles) is
    extracted in this process, as starting a pool would take longer than the work."""
    if workers <= 1:
        return batches, workers
    ahead = list(islice(batches, 2))
    return chain(ahead, batches), workers if len(ahead) > 1 else 1


def _atomic_text(stack: ExitStack, path: Path) -> io.TextIOBase:
    """A text file written in place of `path` only when the run ends well."""
    return open(stack.enter_context(AtomicFile(path)), "w", encoding="utf-8", newline="")


def _report_if_empty(run: CorpusRun, paths: Iterable[Path | str] | Path | str, log: ProblemLog) -> None:
    if run.articles == 0:
        where = ", ".join(map(str, [paths] if isinstance(paths, (str, Path)) else paths))
        log.write([{"file": where, "row": "", "kind": "no articles",
                    "message": "no articles found (.txt, .html, .htm, .csv or .jsonl with a text column)"}])


def _take(result: BatchResult, run: CorpusRun, sink: Sink, log: ProblemLog, bar: Any) -> None:
    sink.write(result.rows)
    log.write(result.problems)
    run.articles += result.articles
    run.claims += result.claims
    run.text_bytes += result.text_bytes
    bar.update(result.articles)


class _executor:
    """`submit(batch)` in this process (one worker) or in a pool of processes."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = None

    def __enter__(self) -> Callable[[Any], Any]:
        if self.workers <= 1:
            return lambda batch: _Done(extract_batch(batch))
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(max_workers=self.workers)
        return lambda batch: self.pool.submit(extract_batch, batch)

    def __exit__(self, *_: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _run_on_dask(paths: Iterable[Path | str] | Path | str, out: Path, manual: dict[str, dict[str, str]],
                 client: Any, scheduler: str | None, partition_size: int, progress: bool | None) -> CorpusRun:
    """Partitions submitted to the cluster a few at a time per worker; each worker writes its
    part of the dataset, and only counts and problems come back."""
    own_client = client is None
    if own_client:
        from dask.distributed import Client

        client = Client(scheduler)
    run = CorpusRun(out, problems_path(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob("part-*.parquet"):   # derived parts of an earlier run
            stale.unlink()
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
        with AtomicFile(run.problems_file) as problems_temporary, \
                open(problems_temporary, "w", encoding="utf-8", newline="") as problems_stream:
            log = ProblemLog(problems_stream)
            indexed = enumerate(batched_sources(paths, manual, partition_size, log))
            submit = lambda item: client.submit(extract_partition, item[0], item[1], str(out.resolve()), pure=False)
            with _progress_bar(paths, progress) as bar:
                for result in ordered_results(submit, indexed, window):
                    _take(result, run, _NoSink(), log, bar)
                    run.parts += 1
            _report_if_empty(run, paths, log)
            run.problem_kinds = log.kinds
    finally:
        if own_client:
            client.close()
    return run


class _NoSink:
    def write(self, records: list[Record]) -> None:
        pass


# --- Progress ---------------------------------------------------------------------------------

def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    ipython = shell.get_ipython() if shell and hasattr(shell, "get_ipython") else None
    return ipython is not None and "IPKernelApp" in getattr(ipython, "config", {})


def _progress_bar(paths: Iterable[Path | str] | Path | str, progress: bool | None) -> Any:
    show = progress if progress is not None else (sys.stderr.isatty() or _in_notebook())
    if not show:
        return _NoBar()
    from tqdm.auto import tqdm

    return tqdm(total=count_articles(paths), unit=" articles", smoothing=0.1, dynamic_ncols=True)


def count_articles(paths: Iterable[Path | str] | Path | str) -> int:
    """How many articles `paths` hold, for the progress bar's ETA: files are counted, corpus files'
    rows read at the speed of the csv module (malformed rows included, so it may run over)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)
        files = article_paths(paths)
    return sum(_rows_in(path) for path in files)


def _rows_in(path: Path) -> int:
    kind = file_format(path)
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as stream:
            if kind == "jsonl":
                return sum(1 for line in stream if line.strip())
            if kind == "csv":
                csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
                return max(0, sum(1 for _ in csv.reader(stream)) - 1)
    except (OSError, csv.Error):
        return 0
    return 1


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *_: object) -> None:
        pass

    def update(self, _: int) -> None:
        pass
