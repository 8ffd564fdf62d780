"""Exports meant for spreadsheets: cells that a spreadsheet would run as a formula are made inert.

A cell whose text starts with "=", "+", "-", "@", a tab or a carriage return is read as a
formula (or as the start of one) by Excel, LibreOffice and Google Sheets when the CSV file is
opened — "CSV injection".  `spreadsheet_safe` prefixes such text cells with an apostrophe,
which the spreadsheet shows as plain text.  Numbers (including negative ones) are left as they
are.  Only the spreadsheet copy is changed: the canonical tables (data/claims.csv, …) keep the
exact text of the articles.  Nothing here, or anywhere in the project, evaluates article text.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from pandas.api.types import is_bool_dtype, is_numeric_dtype

from warclaims.files import write_bytes_atomic

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

__all__ = ["FORMULA_STARTS", "neutralise", "spreadsheet_safe", "write_spreadsheet_csv"]


def neutralise(value: object) -> object:
    """`value` with a leading apostrophe when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_safe(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of `table` whose text cells cannot run as formulas; numeric columns untouched."""
    out = table.copy()
    for column in out.columns:
        series = out[column]
        if is_numeric_dtype(series.dtype) or is_bool_dtype(series.dtype):
            continue
        out[column] = series.map(neutralise, na_action="ignore")
    safe_columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    out.columns = safe_columns
    return out


def write_spreadsheet_csv(table: pd.DataFrame, path: Path) -> None:
    """Write the spreadsheet-safe copy of `table` as UTF-8 CSV ("\\n" line ends), atomically.

    A byte-order mark is written first, so spreadsheets open the file as UTF-8 rather than in
    the machine's legacy code page.
    """
    text = spreadsheet_safe(table).to_csv(index=False, lineterminator="\n")
    write_bytes_atomic(Path(path), text.encode("utf-8-sig"))
