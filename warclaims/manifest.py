"""The hand-kept manifest data/articles.csv: which articles still lack an outlet or a date
(`articles_to_complete`, listed in 01_claims.ipynb), and filling its empty cells from a
news-monitoring tool's export (`import_export`, `python helpers.py manifest import FILE.csv`).

The import only ever fills cells that are empty: a value a person typed is never replaced,
and every row, column and byte of the rows it does not fill stays as it was (the file is
rewritten in one rename, see warclaims.files).  An export row is matched to a manifest row on
the article id, else on the web address, compared without its scheme, "www.", trailing slash,
fragment and tracking parameters ("utm_…").  A manifest row without a url of its own is
matched on the address the last refresh found in its text (data/article_index.csv).
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pandas as pd

from warclaims.articles import ArticleWarning, decode_article, outlet_name, read_manifest
from warclaims.dates import find_written_dates
from warclaims.files import write_bytes_atomic
from warclaims.pipeline import ARTICLE_INDEX_FILE, MANIFEST
from warclaims.sources import published_date

__all__ = ["COMPLETE_COLUMNS", "ImportReport", "ManifestImportError", "articles_to_complete",
           "import_export", "normalise_url"]

#: Columns of the table of articles that lack an outlet or a date.
COMPLETE_COLUMNS = ("article_id", "missing", "title", "manifest_row")
#: The manifest's cells an export may fill, in the order they are reported.
FILLED_FIELDS = ("outlet", "published", "url")
#: The names an export's columns may have for each field, matched without regard to case,
#: spaces, hyphens or camelCase ("Article ID", "publishedAt"); the first present is taken.
EXPORT_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "article_id": ("article_id", "id", "story_id", "stories_id", "article"),
    "url": ("url", "link", "article_url", "canonical_url", "permalink", "guid"),
    "outlet": ("outlet", "source", "publication", "site", "site_name", "sitename", "media_name", "media",
               "publisher", "source_name", "domain"),
    "published": ("published", "date", "pubdate", "pub_date", "publish_date", "published_at", "publication_date",
                  "published_date", "date_published"),
}
#: Query parameters that only say where a reader came from; left out when addresses are compared.
_TRACKING_PARAMETER = re.compile(r"^(?:utm_\w*|fbclid|gclid|ocid|cmpid|ref|smid)$", re.I)
_DELIMITERS = ",;\t|"


class ManifestImportError(Exception):
    """The export or the manifest cannot be read at all; the message names the file and why."""


@dataclass
class ImportReport:
    """What an import did: the cells filled (article id → {field: value}), the values kept
    because a person had typed another, the export rows that matched no manifest row, and the
    problems met (each naming its file and row)."""

    manifest: Path
    export: Path
    filled: dict[str, dict[str, str]] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def cells(self) -> int:
        return sum(len(values) for values in self.filled.values())

    def summary(self) -> list[str]:
        """The lines the command prints: what was filled, kept and not matched."""
        counts = {name: sum(name in values for values in self.filled.values()) for name in FILLED_FIELDS}
        shown = ", ".join(f"{name} {count}" for name, count in counts.items() if count)
        lines = [f"{self.manifest}: filled {_count(self.cells, 'cell')} in {_count(len(self.filled), 'row')}"
                 + (f" ({shown})" if shown else "") + f" from {self.export}"
                 + ("" if self.written or not self.cells else " (dry run: nothing written)")]
        if self.kept:
            lines.append(f"kept {_count(len(self.kept), 'value')} a person had typed (the export differs):")
            lines.extend(f"  {line}" for line in self.kept)
        if self.unmatched:
            lines.append(f"could not match {_count(len(self.unmatched), 'row')} of {self.export}"
                         f" to an article of the manifest:")
            lines.extend(f"  {line}" for line in self.unmatched)
        return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# --- Articles that lack an outlet or a date -----------------------------------------------------

def articles_to_complete(articles: pd.DataFrame, manifest: Path = MANIFEST) -> pd.DataFrame:
    """The articles with no outlet ("unknown outlet") or no publication date, by article id:
    what is `missing` ("outlet", "date" or "outlet, date"), the title, and the row of the
    manifest to fill in (`manifest_row`; empty when the article has none yet, as for an
    unreadable file: add a row with its article_id).  Fill them in by hand, or from an export
    with `import_export`."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)   # listed in data/problems.csv already
        rows = read_manifest(manifest) if manifest.exists() else {}
    outlet = articles["outlet"].fillna("").str.strip()
    published = articles["published"].fillna("").str.strip()
    no_outlet, no_date = outlet.isin(["", "unknown outlet"]), published.eq("")
    missing = pd.Series("", index=articles.index, dtype="string")
    missing[no_outlet & ~no_date] = "outlet"
    missing[no_date & ~no_outlet] = "date"
    missing[no_outlet & no_date] = "outlet, date"
    table = pd.DataFrame({
        "article_id": articles["article_id"], "missing": missing, "title": articles["title"].fillna(""),
        "manifest_row": [rows.get(article_id, {}).get("_row", "") for article_id in articles["article_id"]],
    }).astype("string")
    table = table[table["missing"] != ""]
    return table.sort_values("article_id", kind="stable").reset_index(drop=True)[list(COMPLETE_COLUMNS)]


# --- Reading an export ----------------------------------------------------------------------------

def normalise_url(url: str) -> str:
    """A web address as compared between files: no scheme, no "www.", host in lower case, no
    trailing slash, no fragment, no tracking parameters ("utm_source", "fbclid")."""
    url = url.strip().strip("<>")
    if not url:
        return ""
    parts = urlsplit(url if "//" in url else f"//{url}")
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING_PARAMETER.match(key)]
    path = parts.path.rstrip("/")
    return host + path + (f"?{urlencode(query)}" if query else "")


def _column_key(name: str) -> str:
    """A header as compared: "Article ID", "article-id" and "articleId" are all "article_id"."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip().lstrip("\ufeff"))
    return re.sub(r"[\s\-_]+", "_", name).strip("_").lower()


def _export_columns(header: list[str]) -> dict[str, int]:
    """Field → column index, the first accepted name present for each field."""
    keys = [_column_key(name) for name in header]
    columns: dict[str, int] = {}
    for name, accepted in EXPORT_COLUMN_NAMES.items():
        found = next((keys.index(candidate) for candidate in accepted if candidate in keys), None)
        if found is not None:
            columns[name] = found
    return columns


def _delimiter(first_line: str) -> str:
    """The separator an export's header uses: the most frequent of , ; tab |."""
    counts = {delimiter: first_line.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _read_text(path: Path, what: str) -> tuple[str, str]:
    """A CSV file's text (a UTF-8 byte-order mark kept as "\\ufeff") and a note on its encoding;
    ManifestImportError when it cannot be read."""
    if not path.exists():
        raise ManifestImportError(f"{path}: no such file")
    if path.is_dir():
        raise ManifestImportError(f"{path}: is a folder, not a {what}")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ManifestImportError(f"{path}: could not be read: {error.strerror or error}") from error
    text, note = decode_article(raw)
    if text is None:
        raise ManifestImportError(f"{path}: not a text file (a CSV {what} was expected)")
    return ("\ufeff" + text if raw.startswith(codecs.BOM_UTF8) else text), note


@dataclass
class _ExportRow:
    number: int
    values: dict[str, str]


def _export_rows(path: Path, report: ImportReport) -> Iterator[_ExportRow]:
    """The export's rows with their values under the field names (article_id, url, outlet,
    published: empty where the export has no such column).  Fatal problems raise
    ManifestImportError; a malformed row is reported and skipped."""
    text, note = _read_text(path, "export")
    if note:
        report.problems.append(f"{path}: {note}")
    if not text.strip():
        raise ManifestImportError(f"{path}: empty file (a CSV with a header row was expected)")
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))
    try:
        header = next(reader)
    except csv.Error as error:
        raise ManifestImportError(f"{path}, row 1: the header cannot be read as CSV ({error})") from error
    columns = _export_columns(header)
    if "article_id" not in columns and "url" not in columns:
        raise ManifestImportError(
            f"{path}: no column to match articles on; the header {', '.join(header)!s} names none of"
            f" {', '.join(EXPORT_COLUMN_NAMES['article_id'] + EXPORT_COLUMN_NAMES['url'])}")
    if not set(columns) & set(FILLED_FIELDS):
        raise ManifestImportError(
            f"{path}: no column to fill the manifest from; the header {', '.join(header)!s} names none of"
            f" {', '.join(name for field_ in FILLED_FIELDS for name in EXPORT_COLUMN_NAMES[field_])}")
    number = 1   # rows as a spreadsheet numbers them: the header is row 1
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            report.problems.append(f"{path}, row {number}: not readable as CSV ({error}); skipped")
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            report.problems.append(f"{path}, row {number}: {len(cells)} cells where the header has {len(header)};"
                                   f" skipped")
            continue
        yield _ExportRow(number, {name: cells[index].strip() for name, index in columns.items()})


def _date_value(value: str, where: str, report: ImportReport) -> str:
    """An export's date as an ISO date; "" (and a problem reported) when it is not a day."""
    iso = published_date(value)
    if iso:
        return iso
    written = find_written_dates(value)
    if written and len(written[0].readings) == 2:
        day_first, month_first = (f"{d.day} {d:%B %Y}" for d in written[0].readings)
        why = f"could be {day_first} or {month_first}"
    elif written and not written[0].is_calendar_date:
        why = "is not a calendar date"
    else:
        why = "is not a date"
    report.problems.append(f"{where}: published {value!r} {why}; not filled")
    return ""


def _row_values(row: _ExportRow, path: Path, report: ImportReport) -> dict[str, str]:
    """The values of an export row the manifest may take, normalised: outlet names (a bare
    domain becomes its outlet's name), ISO dates, web addresses.  Bad values are reported."""
    where = f"{path}, row {row.number}"
    values: dict[str, str] = {}
    outlet = row.values.get("outlet", "")
    if outlet:
        values["outlet"] = outlet_name(outlet)
        if not values["outlet"]:
            report.problems.append(f"{where}: outlet {outlet!r} is not a publication's name; not filled")
    if row.values.get("published"):
        values["published"] = _date_value(row.values["published"], where, report)
    url = row.values.get("url", "")
    if url:
        values["url"] = url if normalise_url(url) and "." in normalise_url(url).split("/")[0] else ""
        if not values["url"]:
            report.problems.append(f"{where}: url {url!r} is not a web address; not filled")
    return {name: value for name, value in values.items() if value}


# --- The manifest, rows kept as written --------------------------------------------------------------

@dataclass
class _Record:
    """A manifest row: its cells, its text exactly as in the file (line end included), its
    row number as a spreadsheet shows it (the header is row 1), and whether CSV could read it."""

    cells: list[str]
    raw: str
    number: int
    readable: bool = True
    changed: bool = False


def _records(text: str) -> list[_Record]:
    """Every row of a CSV text with the text it was read from, so that rows left alone are
    written back byte for byte (a row whose quoted cell spans lines is one row)."""
    lines = re.split(r"(?<=\n)", text)
    consumed: list[str] = []

    def feed() -> Iterator[str]:
        for line in lines:
            if line:
                consumed.append(line)
                yield line

    records: list[_Record] = []
    reader = csv.reader(feed())
    while True:
        try:
            cells, readable = next(reader), True
        except StopIteration:
            break
        except csv.Error:
            cells, readable = [], False   # kept as written, and never filled
        records.append(_Record(cells, "".join(consumed), len(records) + 1, readable))
        consumed.clear()
    if consumed:   # text the reader held back at the end (an unclosed quote)
        records.append(_Record([], "".join(consumed), len(records) + 1, False))
    return records


def _cell(record: _Record, index: int) -> str:
    return record.cells[index] if index < len(record.cells) else ""


def _line_end(text: str) -> str:
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def _serialised(cells: list[str], line_end: str, had_line_end: bool) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=line_end).writerow(cells)
    written = buffer.getvalue()
    return written if had_line_end else written[: -len(line_end)]


# --- The import ------------------------------------------------------------------------------------

def import_export(export: Path, manifest: Path = MANIFEST, index: Path | None = ARTICLE_INDEX_FILE,
                  dry_run: bool = False) -> ImportReport:
    """Fill the empty outlet, published and url cells of `manifest` from a monitoring tool's
    `export` (a CSV; see EXPORT_COLUMN_NAMES), matched on article id or web address.

    Never replaces a value in the manifest, never drops a row or a column, and writes the
    file in one rename (nothing when nothing is filled, or with `dry_run`).  `index` is the
    article index of the last refresh, whose urls (found in the articles' text) match rows
    that have none of their own.  Raises ManifestImportError when the export or the manifest
    cannot be read at all; problems with single rows are in the report's `problems`.
    """
    export, manifest = Path(export), Path(manifest)
    report = ImportReport(manifest=manifest, export=export)
    text, note = _read_text(manifest, "manifest")
    records = _records(text.removeprefix("\ufeff"))
    if not records or not records[0].cells:
        raise ManifestImportError(f"{manifest}: no header row; nothing imported")
    header = records[0].cells
    keys = [_column_key(name) for name in header]
    if "article_id" not in keys:
        raise ManifestImportError(f"{manifest}: no article_id column (its header is {', '.join(header)}); nothing imported")
    columns = {name: keys.index(name) for name in ("article_id", *FILLED_FIELDS) if name in keys}
    for name in FILLED_FIELDS:
        if name not in columns:
            report.problems.append(f"{manifest}: no {name} column; {name} values not imported")
    by_id, by_url = _manifest_keys(records, columns, manifest, report, _index_urls(index))
    for row in _export_rows(export, report):
        _apply_row(row, records, columns, by_id, by_url, report)
    if report.cells and not dry_run:
        _write(manifest, text, note, records, report)
    return report


def _index_urls(index: Path | None) -> dict[str, str]:
    """article_id → the url the last refresh found for it (empty when there is no index)."""
    if index is None or not Path(index).exists():
        return {}
    try:
        table = pd.read_csv(index, dtype="string", keep_default_na=False, usecols=["article_id", "url"])
    except (ValueError, OSError, pd.errors.ParserError):
        return {}
    return {row.article_id: row.url for row in table.itertuples(index=False) if row.url}


def _manifest_keys(records: list[_Record], columns: dict[str, int], manifest: Path, report: ImportReport,
                   index_urls: dict[str, str]) -> tuple[dict[str, int], dict[str, int]]:
    """Record index by article id and by normalised url; malformed rows are reported, left as
    they are, and never filled.  An id given twice is matched to its last row, the one the
    refresh reads."""
    by_id: dict[str, int] = {}
    by_url: dict[str, int] = {}
    width = len(records[0].cells)
    for position, record in enumerate(records[1:], start=1):
        if record.readable and not any(cell.strip() for cell in record.cells):
            continue   # a blank line
        article_id = _cell(record, columns["article_id"]).strip()
        why = _malformed(record, width, article_id)
        if why:
            report.problems.append(f"{manifest}, row {record.number}: malformed row ({why}); left as it is")
            continue
        record.cells += [""] * (width - len(record.cells))   # a short row's missing cells are empty
        by_id[article_id] = position
    for article_id, position in by_id.items():
        cells = records[position].cells
        own = cells[columns["url"]] if "url" in columns else ""
        url = normalise_url(own or index_urls.get(article_id, ""))
        if url:
            by_url.setdefault(url, position)
    return by_id, by_url


def _malformed(record: _Record, width: int, article_id: str) -> str:
    """Why the refresh cannot read a manifest row either ("" when it can): a row with more
    cells than the header, or without an article id (a short row is read, its cells empty)."""
    if not record.readable:
        return "not readable as CSV"
    if len(record.cells) > width:
        return f"{len(record.cells)} cells where the header has {width}"
    return "" if article_id else "no article_id"


def _apply_row(row: _ExportRow, records: list[_Record], columns: dict[str, int],
               by_id: dict[str, int], by_url: dict[str, int], report: ImportReport) -> None:
    """Fill the empty cells of the manifest row an export row matches; report the rest."""
    article_id, url = row.values.get("article_id", ""), row.values.get("url", "")
    position = by_id.get(article_id) if article_id else None
    if position is None and url:
        position = by_url.get(normalise_url(url))
    if position is None:
        said = ", ".join(f"{name} {value!r}" for name, value in (("id", article_id), ("url", url)) if value)
        report.unmatched.append(f"row {row.number} ({said or 'no id and no url'})")
        return
    values = _row_values(row, report.export, report)
    record = records[position]
    record_id = record.cells[columns["article_id"]].strip()
    for name in FILLED_FIELDS:
        if name not in values or name not in columns:
            continue
        current = record.cells[columns[name]]
        if not current.strip():
            record.cells[columns[name]] = values[name]
            record.changed = True
            report.filled.setdefault(record_id, {})[name] = values[name]
        elif not _same(name, current, values[name]):
            report.kept.append(f"{record_id} {name}: kept {current.strip()!r} (export row {row.number}:"
                               f" {values[name]!r})")


def _same(name: str, typed: str, exported: str) -> bool:
    if name == "url":
        return normalise_url(typed) == normalise_url(exported)
    return " ".join(typed.split()).casefold() == " ".join(exported.split()).casefold()


def _write(manifest: Path, text: str, note: str, records: list[_Record], report: ImportReport) -> None:
    """The manifest with its filled rows written anew and every other row as it was."""
    line_end = _line_end(text)
    parts = []
    for record in records:
        if record.changed:
            parts.append(_serialised(record.cells, line_end, record.raw.endswith("\n")))
        else:
            parts.append(record.raw)
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    try:
        write_bytes_atomic(manifest, (bom + "".join(parts)).encode("utf-8"))
    except OSError as error:
        raise ManifestImportError(f"{manifest}: could not be written ({error.strerror or error}); nothing changed") \
            from error
    if note:
        report.problems.append(f"{manifest}: {note}; saved again as UTF-8")
    report.written = True
