"""Spreadsheet exports cannot run as formulas; the canonical table keeps the exact text."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from warclaims.extract import claims_from_text
from warclaims.exports import FORMULA_STARTS, neutralise, spreadsheet_safe, write_spreadsheet_csv
from warclaims.files import write_csv
from warclaims.schema import check_claims

#: An article whose sentence starts with a formula: "=cmd|' /C calc'!A0" is the classic payload.
FORMULA_ARTICLE = (
    "Published: 28 April 2025\n"
    "=HYPERLINK(\"http://evil.example\",\"x\") North Korea sent about 11,000 soldiers to Russia, "
    "South Korea's spy agency said.\n"
)


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"])
def test_formula_text_is_prefixed(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["", "plain", "11,000", " =not first", "'already quoted", "a=b"])
def test_other_text_is_unchanged(text: str) -> None:
    assert neutralise(text) == text


def test_numbers_are_untouched() -> None:
    table = pd.DataFrame({
        "value": pd.array([-5, 0, 11_000, None], dtype="Int64"),
        "risk": [-0.5, 0.0, 1.0, 0.2],
        "offset": pd.Series([-1, 2, 3, 4], dtype="int64"),
        "text": pd.array(["-5", "=x", None, "ok"], dtype="string"),
    })
    safe = spreadsheet_safe(table)
    pd.testing.assert_series_equal(safe["value"], table["value"])
    pd.testing.assert_series_equal(safe["risk"], table["risk"])
    pd.testing.assert_series_equal(safe["offset"], table["offset"])
    assert list(safe["text"].astype(object).where(safe["text"].notna(), None)) == ["'-5", "'=x", None, "ok"]


def test_input_table_is_not_modified() -> None:
    table = pd.DataFrame({"quote": ["=1+1"]})
    spreadsheet_safe(table)
    assert table.loc[0, "quote"] == "=1+1"


def test_claims_table_keeps_exact_text_and_export_neutralises_it(tmp_path: Path) -> None:
    claims = claims_from_text(FORMULA_ARTICLE, "2025-04-28")
    assert len(claims) == 1
    quote = claims.loc[0, "quote"]
    assert quote.startswith("=HYPERLINK(")
    # The canonical table keeps the exact text, offsets and all.
    canonical = tmp_path / "claims.csv"
    write_csv(claims, canonical)
    assert pd.read_csv(canonical, dtype="string", keep_default_na=False).loc[0, "quote"] == quote
    # The spreadsheet copy: same rows and columns, no cell starting a formula.
    export = tmp_path / "claims_spreadsheet.csv"
    write_spreadsheet_csv(claims, export)
    rows = list(csv.reader(io.StringIO(export.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == list(claims.columns)
    assert len(rows) == len(claims) + 1
    for row in rows[1:]:
        for column, cell in zip(rows[0], row):
            if not pd.api.types.is_numeric_dtype(claims[column].dtype):
                assert not cell.startswith(FORMULA_STARTS), (column, cell)
    assert rows[1][rows[0].index("quote")] == "'" + quote
    assert rows[1][rows[0].index("value")] == "11000"
    check_claims(claims)   # the canonical table itself is untouched


def test_spreadsheet_csv_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out" / "table.csv"
    write_spreadsheet_csv(pd.DataFrame({"a": ["=x"]}), target)
    write_spreadsheet_csv(pd.DataFrame({"a": ["+y"]}), target)
    assert target.read_bytes().decode("utf-8-sig") == "a\n'+y\n"
    assert [p.name for p in target.parent.iterdir()] == ["table.csv"], "no temporary file left behind"


def test_no_code_path_evaluates_text() -> None:
    """No module of the package (or helpers.py) calls eval/exec/compile, pandas eval/query, or
    unpickles: article text is only ever matched against patterns."""
    import ast

    package = Path(__file__).resolve().parent.parent / "warclaims"
    calls = []
    for source in [*sorted(package.glob("*.py")), package.parent / "helpers.py"]:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                    "eval", "exec", "compile", "__import__"):
                calls.append(f"{source.name}:{node.lineno} {node.func.id}")
            if isinstance(node, ast.Attribute) and node.attr in ("literal_eval", "system", "popen", "loads") \
                    and isinstance(node.value, ast.Name) and node.value.id in ("ast", "os", "pickle", "marshal"):
                calls.append(f"{source.name}:{node.lineno} {node.value.id}.{node.attr}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("eval", "query"):
                calls.append(f"{source.name}:{node.lineno} .{node.func.attr}() (pandas evaluates its string)")
    assert calls == []
