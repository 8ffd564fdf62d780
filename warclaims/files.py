"""Writing files safely: every write goes to a temporary file beside the target and is then
renamed over it, so a run stopped half-way leaves the previous file whole."""
from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)   # mkstemp makes files private; outputs are for everyone to read
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_csv(table: pd.DataFrame, path: Path) -> None:
    """Write `table` as UTF-8 CSV with "\\n" line ends, atomically."""
    write_bytes_atomic(path, table.to_csv(index=False, lineterminator="\n").encode("utf-8"))


def append_csv_rows(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Add rows to a hand-kept CSV without touching a byte of what is already there.

    The header is written only when the file is new or empty.
    """
    existing = path.read_bytes() if path.exists() else b""
    if existing and not existing.endswith(b"\n"):
        existing += b"\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if not existing:
        writer.writerow(columns)
    writer.writerows(rows)
    write_bytes_atomic(path, existing + buffer.getvalue().encode("utf-8"))
