"""Articles in any format (`warclaims.sources`): .txt files, saved web pages (.html), and corpus
files (.csv, .jsonl) with one article a row.

The article is made of sentences from a seed article (seeds/001_…, Anadolu Agency, 3 September
2025), so the claims compared are ones the extractor really finds.
"""
from __future__ import annotations

import csv
import json
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from warclaims.articles import ArticleWarning
from warclaims.cache import ArticleCache
from warclaims.extract import article_claims
from warclaims.pipeline import read_corpus
from warclaims.sources import Source, iter_sources, load_articles, read_source

ROOT = Path(__file__).resolve().parent.parent
TITLE = "'Courageous' North Korean soldiers joined Ukraine war at Kim's initiative: Putin"
PARAGRAPHS = (
    'Russian President Vladimir Putin on Wednesday said the "courageous" North Korean soldiers joined'
    " the Ukraine war at the initiative of their leader Kim Jong-un.",
    "He noted that North Korean special forces had participated in the battle for Russia’s Kursk region"
    " against Ukrainian troops.",
    "Later, Pyongyang deployed thousands of troops to Russia in the Ukraine war.",
    "According to South Korea, Pyongyang lost some 2,000 troops in the fight against Kiev.",
)
BODY = "\n\n".join(PARAGRAPHS)
PUBLISHED = "2025-09-03"
URL = "https://www.aa.com.tr/en/world/courageous-north-korean-soldiers-joined-ukraine-war/3677311"
SAME = ["metric", "qualifier", "value", "low", "high", "subject", "claimant", "period", "quote"]

TXT = f"{TITLE}\nSeptember 3, 2025\n\n{BODY}\n"
HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE}</title>
<meta property="og:site_name" content="Anadolu Agency">
<meta property="og:url" content="{URL}">
<meta property="article:published_time" content="2025-09-03T14:22:00+03:00">
</head><body>
<nav><ul><li><a href="/en">Home</a></li><li><a href="/en/world">World</a></li>
<li><a href="/en/economy">Economy</a></li><li><a href="/en/sports">Sports</a></li></ul></nav>
<article>
{"".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)}
</article>
<footer><p>© 2025 Anadolu Agency. All rights reserved.</p><a href="/en/contact">Contact us</a></footer>
</body></html>
"""
EMPTY_PAGE = """<!DOCTYPE html><html><head><title>Page not found</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© 2025</footer></body></html>
"""


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([header, *rows])
    return path


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def article_in(kind: str, folder: Path) -> Path:
    """The test article saved as `kind` in `folder` (a corpus file holds it as its one row)."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "txt":
        path = folder / "article.txt"
        path.write_text(TXT, encoding="utf-8")
        return path
    if kind == "html":
        path = folder / "article.html"
        path.write_text(HTML, encoding="utf-8")
        return path
    row = {"id": "aa-3677311", "title": TITLE, "outlet": "Anadolu Agency", "published": PUBLISHED,
           "url": URL, "text": BODY}
    if kind == "csv":
        return write_csv(folder / "corpus.csv", list(row), [list(row.values())])
    return write_jsonl(folder / "corpus.jsonl", [row])


def read_one(path: Path) -> dict[str, object]:
    """The article row of the single article at `path`, its warnings recorded."""
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always", ArticleWarning)
        (source,) = list(iter_sources(path))
        return read_source(source)


def claims_of(article: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame(article_claims(article))[SAME].reset_index(drop=True)


def load_recorded(folder: Path) -> tuple[pd.DataFrame, list[ArticleWarning]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        articles = load_articles(folder)
    return articles, [w.message for w in caught if isinstance(w.message, ArticleWarning)]


# --- One article, four formats -------------------------------------------------------------------

@pytest.fixture(scope="module")
def as_txt(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return read_one(article_in("txt", tmp_path_factory.mktemp("txt")))


@pytest.mark.parametrize("kind", ["html", "csv", "jsonl"])
def test_each_format_gives_the_claims_of_the_txt_article(kind: str, as_txt: dict[str, object],
                                                          tmp_path: Path) -> None:
    expected = claims_of(as_txt)
    assert len(expected) >= 2, "the test article should hold claims"
    pd.testing.assert_frame_equal(claims_of(read_one(article_in(kind, tmp_path))), expected)


@pytest.mark.parametrize("kind", ["txt", "html", "csv", "jsonl"])
def test_each_format_gives_the_same_publication_date(kind: str, tmp_path: Path) -> None:
    assert read_one(article_in(kind, tmp_path))["published"] == PUBLISHED


def test_a_web_page_gives_its_site_address_and_title(tmp_path: Path) -> None:
    article = read_one(article_in("html", tmp_path))
    assert (article["outlet"], article["url"], article["title"]) == ("Anadolu Agency", URL, TITLE)
    assert (article["outlet_source"], article["date_source"]) == ("metadata", "metadata")


def test_a_page_without_a_date_tag_is_dated_by_its_text_not_its_copyright_year(tmp_path: Path) -> None:
    page = HTML.replace('<meta property="article:published_time" content="2025-09-03T14:22:00+03:00">', "")
    (tmp_path / "page.html").write_text(page.replace("<article>", "<article><p>September 3, 2025</p>"),
                                        encoding="utf-8")
    article = read_one(tmp_path / "page.html")
    assert (article["published"], article["date_source"]) == (PUBLISHED, "text")


def test_a_web_page_leaves_its_menus_and_footer_out(tmp_path: Path) -> None:
    body = str(read_one(article_in("html", tmp_path))["body"])
    assert "Economy" not in body and "rights reserved" not in body
    assert PARAGRAPHS[-1] in body


# --- Problems by file and row --------------------------------------------------------------------

def test_a_malformed_csv_row_is_reported_by_row_and_the_others_are_read(tmp_path: Path) -> None:
    header = ["article_id", "published", "title", "text"]
    rows = [["first", PUBLISHED, TITLE, BODY], ["broken", PUBLISHED, "one field too many", BODY, "extra"],
            ["third", PUBLISHED, TITLE, BODY]]
    path = write_csv(tmp_path / "corpus.csv", header, rows)
    articles, problems = load_recorded(tmp_path)
    assert list(articles["article_id"]) == ["first", "third"]
    assert [(p.file, p.row, p.kind) for p in problems] == [(str(path), "3", "malformed row")]


def test_a_csv_row_with_empty_text_is_reported_by_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "corpus.csv", ["id", "date", "text"],
                     [["first", PUBLISHED, BODY], ["empty", PUBLISHED, "  "]])
    articles, problems = load_recorded(tmp_path)
    assert list(articles["article_id"]) == ["first"]
    assert [(p.file, p.row, p.kind) for p in problems] == [(str(path), "3", "empty")]


def test_a_bad_jsonl_line_is_reported_by_line_and_the_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "good", "text": BODY, "published": PUBLISHED})
    path.write_text(f'{good}\n{{"id": "cut", "text": "Russia said 300 soldiers\n["a list"]\n'
                    f'{good.replace("good", "again")}\n', encoding="utf-8")
    articles, problems = load_recorded(tmp_path)
    assert list(articles["article_id"]) == ["again", "good"]
    assert [(p.row, p.kind) for p in problems] == [("2", "malformed row"), ("3", "malformed row")]
    assert {p.file for p in problems} == {str(path)}


def test_the_rows_of_a_corpus_keep_their_claims_beside_a_bad_row(tmp_path: Path) -> None:
    write_csv(tmp_path / "corpus.csv", ["id", "text"], [["one", BODY], ["bad"], ["two", BODY]])
    articles, _ = load_recorded(tmp_path)
    claims = [claims_of(article) for article in articles.to_dict("records")]
    assert len(claims[0]) >= 2
    pd.testing.assert_frame_equal(claims[0], claims[1])


def test_a_page_without_article_text_is_reported_and_the_folder_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_empty.html").write_text(EMPTY_PAGE, encoding="utf-8")
    article_in("html", tmp_path)
    articles, problems = load_recorded(tmp_path)
    empty = articles.set_index("article_id").loc["a_empty"]
    assert (empty["body"], empty["title"]) == ("", "Page not found")
    assert [(p.file, p.kind) for p in problems] == [(str(tmp_path / "a_empty.html"), "no text")]
    assert PARAGRAPHS[-1] in articles.set_index("article_id").loc["article", "body"]


def test_a_csv_without_a_text_column_is_reported_once_and_skipped(tmp_path: Path) -> None:
    manifest = ROOT / "data" / "articles.csv"
    (tmp_path / "articles.csv").write_bytes(manifest.read_bytes())
    article_in("txt", tmp_path)
    articles, problems = load_recorded(tmp_path)
    assert list(articles["article_id"]) == ["article"]
    assert [(p.file, p.kind) for p in problems] == [(str(tmp_path / "articles.csv"), "not a corpus")]


# --- Corpus columns ------------------------------------------------------------------------------

def test_column_names_are_matched_whatever_their_case(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "corpus.csv", ["Article_ID", "HEADLINE", "Publication Date", "Story_Text"],
                     [["aa-1", TITLE, PUBLISHED, BODY]])
    article = read_one(path)
    assert (article["article_id"], article["title"], article["published"]) == ("aa-1", TITLE, PUBLISHED)
    assert PARAGRAPHS[0] in str(article["body"])


def test_a_media_cloud_export_is_read(tmp_path: Path) -> None:
    header = ["stories_id", "publish_date", "title", "url", "language", "media_name", "media_url", "text"]
    path = write_csv(tmp_path / "mediacloud.csv", header,
                     [["3677311", "2025-09-03 14:22:00", TITLE, URL, "en", "aa.com.tr", "https://www.aa.com.tr", BODY]])
    article = read_one(path)
    assert (article["article_id"], article["published"], article["date_source"]) == ("3677311", PUBLISHED, "metadata")
    assert (article["outlet"], article["url"]) == ("Anadolu Agency", URL)


def test_a_row_without_an_id_is_named_after_its_file_and_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "export.csv", ["text"], [[BODY], [BODY]])
    assert [source.article_id for source in iter_sources(path)] == ["export-2", "export-3"]


def test_a_corpus_row_keeps_its_id_file_and_row(tmp_path: Path) -> None:
    write_csv(tmp_path / "corpus.csv", ["id", "text"], [["first", f"{TITLE}\n\n{BODY}"], ["second", BODY]])
    corpus = read_corpus(tmp_path, None, tmp_path)
    second = corpus.articles.set_index("article_id").loc["second"]
    assert (second["path"], second["row"]) == ("corpus.csv", "3")


def test_a_hand_kept_value_wins_over_a_corpus_column(tmp_path: Path) -> None:
    source = Source(str(tmp_path / "corpus.csv"), 2, {"text": BODY, "outlet": "aa.com.tr", "published": PUBLISHED})
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always", ArticleWarning)
        article = read_source(source, {"outlet": "The Test Gazette", "published": "2025-09-04"})
    assert (article["outlet"], article["outlet_source"]) == ("The Test Gazette", "manifest")
    assert (article["published"], article["date_source"]) == ("2025-09-04", "manifest")


# --- Streaming, workers and the cache --------------------------------------------------------------

def test_sources_are_listed_lazily(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "corpus.csv", ["id", "text"], [["first", BODY], ["broken"]])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        sources = iter_sources(path)
        assert next(sources).article_id == "first"
        assert caught == [], "the malformed row further down was not reached yet"
        assert list(sources) == []
        assert [w.message.row for w in caught] == ["3"]


def test_a_source_survives_pickling(tmp_path: Path) -> None:
    (source,) = list(iter_sources(article_in("csv", tmp_path)))
    assert pickle.loads(pickle.dumps(source)) == source


def test_editing_one_corpus_row_reads_only_that_row_again(tmp_path: Path) -> None:
    folder, cache = tmp_path / "articles", ArticleCache(tmp_path / "cache")
    folder.mkdir()
    rows = [[f"row-{n}", BODY] for n in range(3)]
    write_csv(folder / "corpus.csv", ["id", "text"], rows)
    read_corpus(folder, None, tmp_path, cache)
    rows[1][1] += "\n\nMore than 500 soldiers were wounded, the ministry said."
    write_csv(folder / "corpus.csv", ["id", "text"], rows)
    again = read_corpus(folder, None, tmp_path, cache)
    assert (again.reread, again.from_cache) == (1, 2)


def test_reading_text_files_does_not_import_trafilatura(tmp_path: Path) -> None:
    article_in("txt", tmp_path)
    check = ("import sys; from warclaims.pipeline import read_corpus; "
             f"read_corpus({str(tmp_path)!r}, None); assert 'trafilatura' not in sys.modules")
    result = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
