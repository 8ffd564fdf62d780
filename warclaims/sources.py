"""Where articles come from: files of one article each, and the rows of corpus files.

A folder of articles may hold

- .txt files, one article each, read as `warclaims.articles.read_article` reads them;
- .html/.htm web pages as a browser saves them: trafilatura takes the main text, the title,
  the site name, the publication date and the address from the page (no HTML is parsed here);
- corpus files, .csv or .jsonl, one article a row, their columns named as CORPUS_FIELD_NAMES lists.

`load_articles` reads every article under a folder into one table.  `iter_sources` lists the
articles lazily as `Source`s (a file, or a file's row with that row's
values), streaming corpus files row by row, so a corpus of millions of rows is never held in
memory.  A Source is small and picklable: it is what goes to worker processes.  `read_source`
turns one into the article row that `read_article` gives for a .txt file, and `source_key` is
its key in the refresh's cache.  Every problem (a malformed row, a page without text) is raised
as an ArticleWarning naming the file and row, and the rest of the file goes on.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from warclaims.articles import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_CHARS,
    _warn,
    article_from_text,
    article_paths,
    is_prose,
    looks_binary,
    read_article,
    read_manifest,
    starts_utf16,
)
from warclaims.cache import cache_key
from warclaims.dates import find_dates
from warclaims.schema import ARTICLE_COLUMNS

if TYPE_CHECKING:   # pandas is imported by load_articles: the corpus extractor needs none
    import pandas as pd

HTML_SUFFIXES = (".html", ".htm")
CORPUS_SUFFIXES = (".csv", ".jsonl")

#: The column names a corpus file (.csv header, .jsonl keys) may give each field, matched
#: without regard to case, with spaces, hyphens and camelCase read as underscores ("Full Text",
#: "publishedAt"); where several are present the first listed here is taken.  Only `text` is
#: required; a file without it is not a corpus and is skipped.
CORPUS_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article_text", "full_text", "story_text"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "media_name", "source", "publisher", "site_name", "sitename", "domain"),
    "published": ("published", "publish_date", "published_at", "date", "pubdate", "publication_date"),
    "url": ("url", "link", "guid"),
    "wire": ("wire",),
    "article_id": ("article_id", "id", "stories_id"),
}
#: The longest CSV field read: ten times the longest article read.  A longer one is a broken
#: file (a quote never closed), reported rather than read whole into memory.
CSV_FIELD_LIMIT = 10 * MAX_ARTICLE_CHARS
#: Web pages are read this far (a saved page carries scripts and styles beside its text).
MAX_PAGE_BYTES = 10 * MAX_ARTICLE_CHARS
#: Dates from a page's markup only (meta tags, <time>, its address): htmldate's extensive
#: search takes a footer's copyright year for the date; dates in the text are found as in a .txt.
_PAGE_DATE_SEARCH = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Source:
    """One article to read: a file of its own, or row `row` of a corpus file with that row's
    values in `fields` (under the names of CORPUS_FIELD_NAMES: text, title, outlet, …)."""

    path: str
    row: int | None = None
    fields: dict[str, str] | None = field(default=None, hash=False)

    @property
    def article_id(self) -> str:
        """The file's name without its suffix; for a corpus row its id column, or
        "<file name without suffix>-<row>" when that is missing or empty."""
        stem = Path(self.path).stem
        if self.row is None:
            return stem
        return (self.fields or {}).get("article_id", "").strip() or f"{stem}-{self.row}"


def file_format(path: Path | str) -> str:
    """"html", "csv", "jsonl", or "txt" for any other suffix."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    return suffix.removeprefix(".") if suffix in CORPUS_SUFFIXES else "txt"


# --- Listing ------------------------------------------------------------------------------------

def iter_sources(paths: Iterable[Path | str] | Path | str) -> Iterator[Source]:
    """Every article under `paths`, lazily: files in name order (see `article_paths`: folders
    one level deep; a file named on its own is read whatever its suffix, as text unless it is
    .html/.htm/.csv/.jsonl), the rows of a corpus file in file order."""
    for path in article_paths(paths):
        kind = file_format(path)
        if kind == "csv":
            yield from _csv_sources(path)
        elif kind == "jsonl":
            yield from _jsonl_sources(path)
        else:
            yield Source(str(path))


def _normalised_name(name: str) -> str:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())
    return re.sub(r"[\s-]+", "_", snake).lower()


@lru_cache(maxsize=256)
def find_fields(names: tuple[str, ...]) -> dict[str, str]:
    """Each field of CORPUS_FIELD_NAMES found among a file's column `names`, and the name it has there."""
    by_normal: dict[str, str] = {}
    for name in names:
        by_normal.setdefault(_normalised_name(name), name)
    found = {}
    for canonical, accepted in CORPUS_FIELD_NAMES.items():
        present = [by_normal[name] for name in accepted if name in by_normal]
        if present:
            found[canonical] = present[0]
    return found


def _not_a_corpus(path: Path) -> None:
    _warn(path, f"no text column ({', '.join(CORPUS_FIELD_NAMES['text'])}); not read as a corpus", "not a corpus")


def _row_source(path: Path, row: int, fields: dict[str, str]) -> Source | None:
    if not fields.get("text", "").strip():
        _warn(path, "empty text; row skipped", "empty", row)
        return None
    return Source(str(path), row, fields)


def _csv_sources(path: Path) -> Iterator[Source]:
    """A CSV corpus's rows, numbered as a spreadsheet shows them (the header is row 1)."""
    records = _csv_records(path)
    first = next(records, None)
    if first is None:
        return   # empty or binary: reported as it was read
    header = first[1]
    columns = find_fields(tuple(header))
    if "text" not in columns:
        _not_a_corpus(path)
        return
    positions = {canonical: header.index(name) for canonical, name in columns.items()}
    for number, values in records:
        if not values:
            continue   # a blank line
        if len(values) != len(header):
            _warn(path, f"{len(values)} fields where the header has {len(header)}; row skipped",
                  "malformed row", number)
            continue
        source = _row_source(path, number, {canonical: values[i] for canonical, i in positions.items()})
        if source:
            yield source


def _csv_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(row number, values) of each record; one the csv module cannot parse is reported and skipped."""
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    records = csv.reader(_text_lines(path))
    number = 0
    while True:
        number += 1
        try:
            values = next(records)
        except StopIteration:
            return
        except csv.Error as error:
            _warn(path, f"malformed CSV row skipped ({error})", "malformed row", number)
            continue
        yield number, values


def _jsonl_sources(path: Path) -> Iterator[Source]:
    """A JSONL corpus's objects, numbered by line; whether it has a text field is decided by
    its first object."""
    checked = False
    for number, line in enumerate(_text_lines(path), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict):
            _warn(path, "not a JSON object; line skipped", "malformed row", number)
            continue
        columns = find_fields(tuple(record))
        if not checked and "text" not in columns:
            _not_a_corpus(path)
            return
        checked = True
        source = _row_source(path, number, {canonical: _json_text(record[key]) for canonical, key in columns.items()})
        if source:
            yield source


def _json_text(value: object) -> str:
    """A JSON value as a field's text: strings and numbers as written, anything else empty."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else ""


def _text_lines(path: Path) -> Iterator[str]:
    """A corpus file's lines, decoded one at a time (see `_decoded_lines`); a file that cannot
    be opened is reported."""
    try:
        stream = path.open("rb")
    except OSError as error:
        _warn(path, f"could not be read: {error.strerror or error}", "unreadable")
        return
    with stream:
        yield from _decoded_lines(stream, path)


def _decoded_lines(stream: io.BufferedReader, path: Path) -> Iterator[str]:
    """Lines with their line ends (as csv wants them): UTF-8 (a byte-order mark dropped) or
    UTF-16 with its mark.  Lines that are not UTF-8 are read as Windows-1252, and the file
    reported once; an empty or binary file is reported and gives no lines."""
    head = stream.peek(4096)[:4096]
    if starts_utf16(head):
        with io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline="") as text:
            yield from text
        return
    if not head.strip():
        _warn(path, "empty file", "empty")
        return
    if looks_binary(head):
        _warn(path, "binary file (not text), skipped", "binary")
        return
    reported = False
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("cp1252", errors="replace")
            if not reported:
                _warn(path, f"not UTF-8 (line {number}), read as Windows-1252", "encoding")
                reported = True
        yield line.removeprefix("\ufeff") if number == 1 else line


# --- Reading --------------------------------------------------------------------------------------

def read_source(source: Source, manual: dict[str, str] | None = None) -> dict[str, object]:
    """The article row of one source: ARTICLE_COLUMNS, `text` and `body`, as `read_article`
    gives for a .txt file.  What a page's tags or a row's columns say fills title, outlet, wire,
    published (date_source "metadata") and url; the hand-kept `manual` values still win."""
    if source.fields is not None:
        return _read_row(source, manual)
    if file_format(source.path) == "html":
        return _read_page(Path(source.path), manual)
    return read_article(Path(source.path), manual)


def _read_row(source: Source, manual: dict[str, str] | None) -> dict[str, object]:
    fields = source.fields or {}
    problems: list[str] = []
    metadata = {name: fields.get(name, "").strip() for name in ("title", "outlet", "url", "wire")}
    metadata["published"] = _checked_date(fields.get("published", ""), problems)
    return article_from_text(with_title(fields.get("text", ""), metadata["title"]), file=source.path,
                             article_id=source.article_id, row=source.row or "", manual=manual,
                             metadata=metadata, problems=problems)


def _read_page(path: Path, manual: dict[str, str] | None) -> dict[str, object]:
    text, metadata, problems = _page_contents(path)
    return article_from_text(text, file=path, article_id=path.stem, manual=manual, metadata=metadata,
                             problems=problems)


def _page_contents(path: Path) -> tuple[str | None, dict[str, str], list[str]]:
    """A saved web page's text (None when it has none to read), what its tags say (title,
    outlet, published, url), and the problems met."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, {}, [f"could not be read: {error.strerror or error}"]
    if looks_binary(raw[:4096]) and not starts_utf16(raw):
        return None, {}, ["binary file (not text), skipped"]
    if not raw.strip():
        return "", {}, []
    problems: list[str] = []
    if len(raw) > MAX_PAGE_BYTES:
        problems.append(f"web page of {len(raw):,} bytes; only the first {MAX_PAGE_BYTES:,} bytes were read")
        raw = raw[:MAX_PAGE_BYTES]
    text, metadata = extract_page(raw)
    metadata["published"] = _checked_date(metadata.get("published", ""), problems)
    if not any(is_prose(line) for line in text.splitlines()):
        problems.append("no article text found in the page (trafilatura found nothing but menus or links)")
        return None, metadata, problems
    return with_title(text, metadata.get("title", "")), metadata, problems


def extract_page(raw: bytes) -> tuple[str, dict[str, str]]:
    """A web page's main text, one paragraph a line with a blank line between (as .txt articles
    are), and what its tags say: title, outlet (the site's name), published, url.

    trafilatura is imported here, when the first page is read, because importing it takes a
    while and reading .txt articles does not need it.
    """
    import trafilatura

    try:
        document = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                               date_extraction_params=_PAGE_DATE_SEARCH)
    except Exception:   # lxml and trafilatura raise many kinds of error on broken markup;
        document = None   # the page is reported as having no text, and the run goes on
    if document is None:
        return "", {}
    metadata = {"title": document.title or "", "outlet": document.sitename or "",
                "published": document.date or "", "url": document.url or ""}
    paragraphs = (line.strip() for line in (document.text or "").splitlines())
    return "\n\n".join(line for line in paragraphs if line), metadata


def with_title(text: str, title: str) -> str:
    """The text with its headline on top, as a .txt article has it, unless one of its first
    lines already holds it: a corpus's text column and a page's main text often leave the
    headline out, and a claim in a headline is the outlet's claim too."""
    title = " ".join(title.split())
    if not title or not text.strip():
        return text
    top = [" ".join(line.split()).casefold() for line in text.lstrip()[:5000].splitlines()[:3]]
    return text if any(title.casefold() in line for line in top) else f"{title}\n\n{text}"


def published_date(value: str) -> str | None:
    """The ISO date of a date or date-time as corpus files and pages write it: ISO 8601
    ("2025-09-03", "2025-09-03 14:22:00", "2025-09-03T14:22:00Z") or e-mail/RSS style
    ("Wed, 03 Sep 2025 14:22:00 GMT") or as news text writes one ("September 3, 2025").  The
    day as written, not moved to another time zone; None when the value is not a date."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime   # imported when needed: 20 ms of start-up

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    written = find_dates(value)
    return written[0][2].isoformat() if written else None


def _checked_date(value: str, problems: list[str]) -> str:
    """`published_date` of a metadata value; one that is not a date is noted and left out."""
    if not value.strip():
        return ""
    iso = published_date(value)
    if iso is None:
        problems.append(f"published value {value.strip()[:60]!r} is not a date; ignored")
    return iso or ""


# --- The table of articles -------------------------------------------------------------------

def load_articles(folder: Path | str | list[Path], manifest: Path | str | None = None) -> pd.DataFrame:
    """One row per article under `folder` (files and corpus rows), sorted by article_id.

    Columns: ARTICLE_COLUMNS plus `text` (the decoded file) and `body` (the article's own
    lines).  Unreadable files stay as rows with an empty body and a `problem`; each problem is
    also raised as an ArticleWarning naming the file.  `manifest` is the hand-kept manifest
    (data/articles.csv) whose values win over the files'; without it only the files are read.
    """
    import pandas as pd

    manual = read_manifest(Path(manifest)) if manifest else {}
    rows = [read_source(source, manual.get(source.article_id)) for source in iter_sources(folder)]
    if not rows:
        _warn(folder, f"no articles found ({', '.join(ARTICLE_SUFFIXES)} files)", "no articles")
    for article_id in sorted(set(manual) - {row["article_id"] for row in rows}):
        if manifest and rows:
            _warn(manifest, f"names article {article_id!r}, which is not among the files read", "manifest")
    table = pd.DataFrame(rows, columns=[*ARTICLE_COLUMNS, "text", "body"])
    return table.astype("string").sort_values("article_id", kind="stable").reset_index(drop=True)


# --- The cache ------------------------------------------------------------------------------------

def source_key(source: Source, manual: dict[str, str] | None) -> str:
    """The refresh cache's key of a source, with its manifest row and the extractor's version.

    A file is keyed by its name and bytes (a web page also by trafilatura's version); a corpus
    row by its file's name, its article id and its own values, so editing one row re-reads only
    that row.  The row's number is not part of the key, except through an article id made from
    it when the row has no id column.  OSError when the file cannot be read now.
    """
    name = Path(source.path).name
    if source.fields is not None:
        values = json.dumps([source.article_id, source.fields], sort_keys=True, ensure_ascii=False)
        return cache_key(values.encode("utf-8"), manual, name)
    raw = Path(source.path).read_bytes()
    if file_format(source.path) == "html":
        name += f"\0trafilatura {_trafilatura_version()}"
    return cache_key(raw, manual, name)


@lru_cache(maxsize=1)
def _trafilatura_version() -> str:
    from importlib.metadata import PackageNotFoundError, version   # imported when needed: 15 ms of start-up

    try:
        return version("trafilatura")
    except PackageNotFoundError:
        return "missing"
