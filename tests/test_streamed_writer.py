"""The streamed writer (`warclaims.corpus`): claims go from the extractor to a CSV (the csv
module) or a Parquet file (pyarrow, column by column) as plain records, and what is written is
what the DataFrame path wrote: `typed(DataFrame(rows))` then `to_csv` or
`pyarrow.Table.from_pandas`.  And `helpers.py extract` to a CSV loads neither pandas nor pyarrow.

The claims are the seed articles' and hand-made rows, so the tests need nothing outside the clone.
"""
from __future__ import annotations

import io
import math
import random
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from warclaims.articles import ArticleWarning
from warclaims.corpus import (
    CORPUS_COLUMNS,
    BatchResult,
    CsvSink,
    arrow_schema,
    arrow_table,
    claim_record,
    pandas_metadata,
    typed,
    write_part,
)
from warclaims.extract import article_claims
from warclaims.sources import iter_sources, read_source

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_rows() -> list[dict[str, object]]:
    """The seed articles' claim rows, with their path and row, as the corpus extractor makes them."""
    rows = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)   # an undated seed
        for source in iter_sources(ROOT / "seeds"):
            rows.extend({**claim, "path": source.path, "row": source.row}
                        for claim in article_claims(read_source(source, None)))
    return rows


def edge_row(**values: object) -> dict[str, object]:
    """A claim row whose cells try the writer: missing numbers, floats to round, text to quote."""
    row: dict[str, object] = {column: "" for column in CORPUS_COLUMNS}
    row.update(claim_id="c1", article_id="a,1", metric="killed", qualifier="range", value=None, low=10, high=20,
               quote='He said "about 10, maybe 20"\nkilled.', quote_start=0, start=15, end=17, incremental=1,
               outlet=None, risk=0.285, risk_reasons="range; quoted", path="dir, with comma/a.txt", row=None)
    row.update(values)
    return row


def dataframe_csv(rows: list[dict[str, object]]) -> str:
    """The CSV body as the DataFrame path wrote it."""
    frame = typed(pd.DataFrame(rows, columns=list(CORPUS_COLUMNS)))
    return frame.to_csv(index=False, header=False, lineterminator="\n")


def streamed_csv(rows: list[dict[str, object]]) -> str:
    """The CSV body as the streamed writer writes it (header line dropped)."""
    stream = io.StringIO()
    CsvSink(stream).write([claim_record(row) for row in rows])
    return stream.getvalue().split("\n", 1)[1]


def dataframe_arrow(rows: list[dict[str, object]]) -> pa.Table:
    frame = typed(pd.DataFrame(rows, columns=list(CORPUS_COLUMNS)))
    return pa.Table.from_pandas(frame, schema=arrow_schema(), preserve_index=False)


def test_the_seeds_claims_are_written_to_csv_as_the_dataframe_path_wrote_them(
        seed_rows: list[dict[str, object]]) -> None:
    assert len(seed_rows) > 10
    assert streamed_csv(seed_rows) == dataframe_csv(seed_rows)


def test_empty_int_float_and_quoted_cells_are_written_to_csv_as_the_dataframe_path_wrote_them() -> None:
    rows = [edge_row(), edge_row(value=7, low=None, high=None, qualifier="exact", risk=1.0, row=3),
            edge_row(risk=0.0, incremental=True, subject="Ukraine’s “troops”", row=12),
            edge_row(risk=2.675 / 10, period_start="2024-10-01", claimant=None),
            edge_row(risk=float("nan"), value=float("nan"), low=5.0, high=6.0)]
    assert streamed_csv(rows) == dataframe_csv(rows)


def test_risk_is_rounded_as_pandas_rounds_it() -> None:
    generator = random.Random(15)
    rows = [edge_row(risk=generator.choice((generator.random(), generator.randrange(1000) / 1000 + 0.005)))
            for _ in range(2_000)]
    assert streamed_csv(rows) == dataframe_csv(rows)


def test_a_fraction_in_an_integer_column_is_an_error_as_in_pandas() -> None:
    with pytest.raises(ValueError):
        claim_record(edge_row(low=10.5))


def test_the_seeds_claims_make_the_arrow_table_the_dataframe_path_made(seed_rows: list[dict[str, object]]) -> None:
    assert arrow_table([claim_record(row) for row in seed_rows]).equals(dataframe_arrow(seed_rows))


def test_edge_rows_make_the_arrow_table_the_dataframe_path_made() -> None:
    rows = [edge_row(), edge_row(value=7, low=None, high=None, risk=float("nan"), row=3)]
    streamed = arrow_table([claim_record(row) for row in rows])
    assert streamed.equals(dataframe_arrow(rows))
    assert streamed.column("risk").null_count == 1


def test_no_claims_make_an_empty_table_of_the_schema() -> None:
    assert arrow_table([]).equals(dataframe_arrow([]))


def test_a_dask_part_keeps_pandas_description_of_the_columns(seed_rows: list[dict[str, object]],
                                                            tmp_path: Path) -> None:
    rows = seed_rows
    write_part(BatchResult(rows=[claim_record(row) for row in rows]), tmp_path / "part-00000.parquet")
    assert pq.read_schema(tmp_path / "part-00000.parquet").metadata == dataframe_arrow(rows).schema.metadata
    assert pandas_metadata() == dataframe_arrow(rows).schema.metadata
    assert str(pd.read_parquet(tmp_path / "part-00000.parquet")["value"].dtype) == "Int64"


def test_helpers_extract_to_csv_imports_neither_pandas_nor_pyarrow_nor_dask(tmp_path: Path) -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    script = (
        "import runpy, sys\n"
        f"sys.argv = ['helpers.py', 'extract', {str(seed)!r}, '-o', {str(tmp_path / 'claims.csv')!r}, '--quiet']\n"
        "try:\n"
        "    runpy.run_path('helpers.py', run_name='__main__')\n"
        "except SystemExit as end:\n"
        "    assert not end.code, end.code\n"
        "print(sorted(m for m in ('pandas', 'pyarrow', 'dask', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "claims.csv").read_text(encoding="utf-8").count("\n") > 1


def test_nan_is_missing_in_every_kind_of_column() -> None:
    record = claim_record(edge_row(value=math.nan, risk=math.nan, subject=math.nan, row=math.nan))
    cells = dict(zip(CORPUS_COLUMNS, record))
    assert (cells["value"], cells["risk"], cells["subject"], cells["row"]) == (None, None, "", None)
