"""`python helpers.py manifest import EXPORT.csv` (`warclaims.manifest.import_export`): the
empty outlet, published and url cells of the hand-kept manifest are filled from a monitoring
tool's export, matched on article id or web address; a value a person typed is never replaced.

Ids, addresses, outlets and dates are those of development-set articles (copied here); every
file is written under `tmp_path`.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from warclaims.cli import main
from warclaims.manifest import articles_to_complete, import_export
from warclaims.sources import load_articles

HEADER = "article_id,outlet,wire,published,url,note\n"
A06_URL = "https://khnews.heraldcorp.com/view.php?ud=20241125050060"
J13_URL = "https://kyivindependent.com/half-of-russias-shells-used-in-ukraine-supplied-by-north-korea-the-times-reports/"


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def manifest_rows(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_an_empty_cell_is_filled_from_the_row_with_the_same_id(tmp_path):
    manifest = write(tmp_path / "articles.csv", HEADER + "a03,,,,,\n")
    export = write(tmp_path / "export.csv", "id,source,date\na03,Devdiscourse,2024-10-23\n")
    report = import_export(export, manifest, index=None)
    assert manifest_rows(manifest)[1] == "a03,Devdiscourse,,2024-10-23,,"
    assert (report.cells, len(report.filled)) == (2, 1)


def test_a_typed_cell_is_kept(tmp_path):
    manifest = write(tmp_path / "articles.csv", HEADER + "a06,Korea Herald,,,,typed by hand\n")
    export = write(tmp_path / "export.csv", "article_id,outlet,published\na06,The Korea Herald,2024-11-25\n")
    report = import_export(export, manifest, index=None)
    assert manifest_rows(manifest)[1] == "a06,Korea Herald,,2024-11-25,,typed by hand"
    assert report.kept == ["a06 outlet: kept 'Korea Herald' (export row 2: 'The Korea Herald')"]


def test_a_row_is_matched_on_its_url_without_scheme_www_or_trailing_slash(tmp_path):
    manifest = write(tmp_path / "articles.csv", HEADER + f"j13,,,,{J13_URL.rstrip('/')},\n")
    export = write(tmp_path / "export.csv",
                   f"Link,Publication,PubDate\n{J13_URL.replace('https://', 'http://www.')},The Kyiv Independent,"
                   "2024-10-05T09:12:00Z\n")
    import_export(export, manifest, index=None)
    assert manifest_rows(manifest)[1] == f"j13,The Kyiv Independent,,2024-10-05,{J13_URL.rstrip('/')},"


def test_a_row_without_a_url_is_matched_on_the_url_the_refresh_found_in_its_text(tmp_path):
    manifest = write(tmp_path / "articles.csv", HEADER + "a06,,,,,\n")
    index = write(tmp_path / "article_index.csv", f"article_id,title,outlet,url\na06,,,{A06_URL}\n")
    export = write(tmp_path / "export.csv", f"url,site\n{A06_URL},The Korea Herald\n")
    import_export(export, manifest, index=index)
    assert manifest_rows(manifest)[1] == f"a06,The Korea Herald,,,{A06_URL},"


def test_an_unmatched_row_is_reported(tmp_path, capsys):
    manifest = write(tmp_path / "articles.csv", HEADER + "a03,,,,,\n")
    export = write(tmp_path / "export.csv", f"id,url,outlet\nq1,{A06_URL},The Korea Herald\n")
    assert main(["manifest", "import", str(export), "--manifest", str(manifest)]) == 0
    printed = capsys.readouterr().out
    assert "filled 0 cells in 0 rows" in printed
    assert f"could not match 1 row of {export}" in printed and f"row 2 (id 'q1', url '{A06_URL}')" in printed


def test_a_missing_export_exits_2_naming_the_file(tmp_path, capsys):
    manifest = write(tmp_path / "articles.csv", HEADER + "a03,,,,,\n")
    missing = tmp_path / "no_such_export.csv"
    assert main(["manifest", "import", str(missing), "--manifest", str(manifest)]) == 2
    assert capsys.readouterr().err == f"error: {missing}: no such file\n"
    assert manifest_rows(manifest) == [HEADER.strip(), "a03,,,,,"]


def test_an_export_without_usable_columns_exits_2(tmp_path, capsys):
    manifest = write(tmp_path / "articles.csv", HEADER + "a03,,,,,\n")
    export = write(tmp_path / "export.csv", "headline,words\nNorth Korea confirms troop deployment in Russia,312\n")
    assert main(["manifest", "import", str(export), "--manifest", str(manifest)]) == 2
    assert f"error: {export}: no column to match articles on" in capsys.readouterr().err


def test_an_invalid_date_is_reported_and_the_rest_of_the_row_filled(tmp_path):
    manifest = write(tmp_path / "articles.csv", HEADER + "j12,,,,,\n")
    export = write(tmp_path / "export.csv", "id,outlet,published\nj12,NK News,2025-06-31\n")
    report = import_export(export, manifest, index=None)
    assert manifest_rows(manifest)[1] == "j12,NK News,,,,"
    assert report.problems == [f"{export}, row 2: published '2025-06-31' is not a calendar date; not filled"]


def test_a_malformed_row_is_reported_and_the_next_rows_still_fill(tmp_path):
    manifest = write(tmp_path / "articles.csv", HEADER + "a03,,,,,\nj12,,,,,\n")
    export = write(tmp_path / "export.csv", "id,outlet\na03,Devdiscourse,extra cell\nj12,NK News\n")
    report = import_export(export, manifest, index=None)
    assert report.problems == [f"{export}, row 2: 3 cells where the header has 2; skipped"]
    assert manifest_rows(manifest)[1:] == ["a03,,,,,", "j12,NK News,,,,"]


def test_rows_columns_and_bytes_not_filled_stay_as_they_were(tmp_path):
    kept = ('a06,,,2024-11-25,,"typed, with a comma\nand a line break",KR\r\n'
            "bad,row,with,too,many,cells,for,the,header\r\n")
    manifest = write(tmp_path / "articles.csv", "article_id,outlet,wire,published,url,note,topic\r\n"
                     "a03,,,,,,KP\r\n" + kept)
    export = write(tmp_path / "export.csv", "id,outlet\na03,Devdiscourse\n")
    import_export(export, manifest, index=None)
    assert manifest.read_bytes() == ("article_id,outlet,wire,published,url,note,topic\r\n"
                                     "a03,Devdiscourse,,,,,KP\r\n" + kept).encode("utf-8")


def test_articles_without_an_outlet_or_a_date_are_listed_with_their_manifest_row(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write(seeds / "b04.txt", "North Korea sent an additional 3,000 troops to Russia this year, and are continuing"
          " to supply missiles, artillery and ammunition to help Moscow fight Kyiv, Seoul’s military said Thursday.\n")
    manifest = write(tmp_path / "articles.csv", HEADER + "b04,,,,,\n")
    with pytest.warns(UserWarning):
        articles = load_articles(seeds, manifest)
    table = articles_to_complete(articles, manifest)
    assert table.to_dict("records") == [{"article_id": "b04", "missing": "outlet, date",
                                         "title": articles.loc[0, "title"], "manifest_row": "2"}]
