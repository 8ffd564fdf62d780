"""Bad article files: each is reported in the `problem` column and by an ArticleWarning that
names the file, and never stops a good article beside it from yielding its claims.

Every test builds its own folder in `tmp_path`; nothing here reads the repository's data.
"""
from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import helpers
from warclaims.articles import ArticleWarning
from warclaims.schema import ARTICLE_COLUMNS, CLAIM_COLUMNS

#: A real wire story with exactly one claim (see `test_good_article_alone_yields_its_claim`).
GOOD_ARTICLE = (
    "Moscow, 28 April 2025 (dpa/MIA) - Russian President Vladimir Putin on Monday thanked North "
    "Korean soldiers for fighting alongside Russian forces.\n"
    "According to South Korea's intelligence agency, North Korea sent about 11,000 soldiers to "
    "support Russia late last year, primarily deployed in the region around the areas occupied "
    "by Ukraine in Russia's Kursk.\n"
)
GOOD_ID = "good"

#: Windows-1252 bytes: curly quotes (0x93/0x94) and an en dash (0x96) are not valid UTF-8.
CP1252_ARTICLE = (
    "Kyiv, 3 May 2025 (AFP) \x96 Ukraine\x92s military said on Saturday that \x93about 1,200\x94 "
    "Russian soldiers had been killed in the past day.\n"
).encode("latin-1")

#: PNG signature, a chunk header and NUL bytes: a picture saved with the wrong extension.
BINARY_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64 + bytes(range(256))

NO_DATE_ARTICLE = (
    "Ukraine says Russian losses rose again\n"
    "Ukraine's General Staff said that some 1,100 Russian soldiers were killed over the past day, "
    "a figure that could not be independently verified.\n"
)

#: Bad file name -> (bytes written, pattern its `problem` message must match).
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", r"empty"),
    "whitespace": (b"  \n\t\n   \r\n", r"empty"),
    "cp1252": (CP1252_ARTICLE, r"UTF-8|Windows-1252|cp1252|encod"),
    "binary": (BINARY_BYTES, r"binary"),
    "no_date": (NO_DATE_ARTICLE.encode("utf-8"), r"\bno\b.*\bdate"),
}


def write_folder(folder: Path, bad: str | None = None) -> Path:
    """The good article, plus the bad file named `bad` when given; returns the folder."""
    (folder / f"{GOOD_ID}.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    if bad is not None:
        (folder / f"{bad}.txt").write_bytes(BAD_FILES[bad][0])
    return folder


def load_quietly(folder: Path) -> pd.DataFrame:
    """`helpers.load_articles` with its ArticleWarnings recorded rather than shown."""
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always", ArticleWarning)
        return helpers.load_articles(folder)


def row_of(articles: pd.DataFrame, article_id: str) -> pd.Series:
    """The one row of `articles` for `article_id`."""
    rows = articles[articles["article_id"] == article_id]
    assert len(rows) == 1, f"expected one row for {article_id!r}, got {len(rows)}"
    return rows.iloc[0]


def assert_good_claim(articles: pd.DataFrame) -> None:
    """The good article is read cleanly and yields exactly its one claim."""
    good = row_of(articles, GOOD_ID)
    assert good["problem"] == ""
    assert good["date_source"] == "text"
    claims = helpers.extract_claims(articles)
    mine = claims[claims["article_id"] == GOOD_ID]
    assert len(mine) == 1, mine.to_string()
    claim = mine.iloc[0]
    assert claim["metric"] == "deployed"
    assert claim["qualifier"] == "approx"
    assert claim["value"] == 11_000
    assert claim["subject"] == "KP"
    assert claim["claimant_country"] == "KR"
    assert claim["published"] == "2025-04-28"


def test_good_article_alone_yields_its_claim(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ArticleWarning)
        articles = helpers.load_articles(write_folder(tmp_path))
    assert len(articles) == 1
    assert_good_claim(articles)


@pytest.mark.parametrize("bad", BAD_FILES)
def test_bad_file_has_a_readable_problem(tmp_path: Path, bad: str) -> None:
    articles = load_quietly(write_folder(tmp_path, bad))
    assert len(articles) == 2, "a bad file stays in the table as a row"
    problem = row_of(articles, bad)["problem"]
    assert re.search(BAD_FILES[bad][1], problem, re.I), problem


@pytest.mark.parametrize("bad", BAD_FILES)
def test_bad_file_warning_names_the_file(tmp_path: Path, bad: str) -> None:
    write_folder(tmp_path, bad)
    with pytest.warns(ArticleWarning, match=re.escape(f"{bad}.txt")) as caught:
        helpers.load_articles(tmp_path)
    named = [str(w.message) for w in caught if f"{bad}.txt" in str(w.message)]
    assert any(re.search(BAD_FILES[bad][1], message, re.I) for message in named), named


@pytest.mark.parametrize("bad", BAD_FILES)
def test_good_article_beside_bad_file_still_yields_its_claim(tmp_path: Path, bad: str) -> None:
    assert_good_claim(load_quietly(write_folder(tmp_path, bad)))


def test_cp1252_file_is_still_read(tmp_path: Path) -> None:
    row = row_of(load_quietly(write_folder(tmp_path, "cp1252")), "cp1252")
    assert "\u201cabout 1,200\u201d" in row["text"], "curly quotes decoded as Windows-1252"
    assert "Ukraine\u2019s" in row["body"]
    assert row["published"] == "2025-05-03"


def test_binary_file_is_not_read(tmp_path: Path) -> None:
    row = row_of(load_quietly(write_folder(tmp_path, "binary")), "binary")
    assert row["text"] == ""
    assert row["body"] == ""


def test_article_without_date_has_unknown_date_source(tmp_path: Path) -> None:
    row = row_of(load_quietly(write_folder(tmp_path, "no_date")), "no_date")
    assert row["date_source"] == "unknown"
    assert row["published"] == ""


def test_folder_without_articles_gives_empty_table(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not an article\n", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(BINARY_BYTES)
    articles = load_quietly(tmp_path)
    assert articles.empty
    assert set(ARTICLE_COLUMNS) <= set(articles.columns)


def test_folder_without_articles_warns_naming_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "no_articles_here"
    folder.mkdir()
    with pytest.warns(ArticleWarning, match=re.escape(folder.name)):
        helpers.load_articles(folder)


def test_folder_without_articles_gives_empty_claims(tmp_path: Path) -> None:
    claims = helpers.extract_claims(load_quietly(tmp_path))
    assert claims.empty
    assert tuple(claims.columns) == CLAIM_COLUMNS


def test_a_sentence_the_rules_fail_on_loses_only_its_own_claims(monkeypatch):
    import warclaims.extract.article as extractor
    from warclaims.articles import ArticleWarning
    from warclaims.extract import claims_from_text

    real = extractor._claims_in_sentence

    def failing(article_id, sentence, *rest):
        if "Wagner" in sentence.text:
            raise IndexError("list index out of range")
        return real(article_id, sentence, *rest)

    monkeypatch.setattr(extractor, "_claims_in_sentence", failing)
    text = ("Russia's Wagner Group has deployed between 800 and 1,200 mercenaries to Libya.\n\n"
            "More than 350 civilians have been killed since April 2019, the UN said.")
    with pytest.warns(ArticleWarning, match=r"failed on 1 sentence\(s\), skipped; the rest of the article was read"):
        table = claims_from_text(text, published="2020-05-07")
    assert table["value"].tolist() == [350]
