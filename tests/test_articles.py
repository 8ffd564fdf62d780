"""Reading article files (`warclaims.articles.load_articles`): dates, wires and the body.

Each test writes real article texts into its own folder under `tmp_path`: the project's seed
articles (copied from the repository's seeds/ folder, which is never written to) and one
development-set article held below as a string.  Nothing outside the repository is read.
"""
from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

from warclaims.articles import ArticleWarning
from warclaims.sources import load_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_000 = "000_e71f8adc84992862"   # "date 2025-09-03 WORLD" header, "Explore" list (TRT World)
SEED_001 = "001_6029dff90c6fc784"   # header and "SOURCE:AA"
SEED_002 = "002_3f52c08f8a7c2341"   # "By [AFP](#)", "August 15, 2025" line (The Moscow Times)
SEED_003 = "003_3bc72fdcf4e78d89"   # "Moscow, 28 April 2025 (dpa/MIA) -" dateline
SEED_004 = "004_2a837432b18d5e63"   # no date of its own; "Sept. 5, 2025" in a sidebar bullet

#: Development-set article a03 (Devdiscourse), exactly as saved: a "date YYYY-MM-DD" header on
#: the first line and no other date.
A03 = (
    " date 2024-10-23 Approximately 3,000 North Korean troops have been dispatched to Russia, "
    "where they are undergoing training on drones and other military equipment, with the "
    "expectation of deploying to Ukraine. This information was disclosed by South Korea's "
    "National Intelligence Service (NIS) during a private parliamentary briefing.\n\n"
    "Lawmaker Park Sunwon reported that another 1,500 North Korean troops have recently arrived "
    "in Russia, bringing the total to 3,000. NIS believes North Korea plans to send 10,000 troops "
    "by December. The soldiers are currently split between multiple military bases for training, "
    "and it's believed they haven't yet been involved in battles.\n\n"
    "The drills include learning to operate drones, but doubts remain about their combat "
    "readiness due to a lack of modern warfare experience. As these developments unfold, military "
    "tensions rise in South Korea, which fears a potential boost in North Korea's nuclear and "
    "missile capabilities through Russian support and technology exchange.\n\n"
)


def copy_seeds(folder: Path, *article_ids: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for article_id in article_ids:
        shutil.copyfile(SEEDS / f"{article_id}.txt", folder / f"{article_id}.txt")
    return folder


def load_one(folder: Path, manifest: Path | None = None) -> pd.Series:
    """The single article row of `folder`, with no warning expected."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", ArticleWarning)
        table = load_articles(folder, manifest=manifest)
    assert len(table) == 1
    return table.iloc[0]


# --- Publication dates --------------------------------------------------------------------------

def test_date_header_gives_published(tmp_path):
    (tmp_path / "a03.txt").write_text(A03, encoding="utf-8")
    row = load_one(tmp_path)
    assert (row["published"], row["date_source"]) == ("2024-10-23", "text")


def test_date_header_is_not_part_of_body(tmp_path):
    (tmp_path / "a03.txt").write_text(A03, encoding="utf-8")
    row = load_one(tmp_path)
    assert "date 2024-10-23" not in row["body"]
    assert row["body"].startswith("Approximately 3,000 North Korean troops")


def test_month_day_year_line_gives_published(tmp_path):
    # Seed 000 with its first line (the "date 2025-09-03 WORLD" header) removed, so that only
    # its "September 3, 2025" line dates it; nothing else is changed.
    text = (SEEDS / f"{SEED_000}.txt").read_text(encoding="utf-8")
    without_header = text.split("\n", 1)[1]
    assert "September 3, 2025\n" in without_header and "date 2025" not in without_header
    (tmp_path / f"{SEED_000}.txt").write_text(without_header, encoding="utf-8")
    row = load_one(tmp_path)
    assert (row["published"], row["date_source"]) == ("2025-09-03", "text")


def test_month_day_year_line_under_byline_gives_published(tmp_path):
    row = load_one(copy_seeds(tmp_path, SEED_002))
    assert (row["published"], row["date_source"]) == ("2025-08-15", "text")


def test_dateline_gives_published_and_wire(tmp_path):
    row = load_one(copy_seeds(tmp_path, SEED_003))
    assert (row["published"], row["date_source"]) == ("2025-04-28", "text")
    assert row["wire"] == "dpa/MIA"


def test_date_in_sidebar_bullet_list_is_not_taken(tmp_path):
    copy_seeds(tmp_path, SEED_004)
    with pytest.warns(ArticleWarning, match="no publication date"):
        table = load_articles(tmp_path)
    row = table.iloc[0]
    assert "Sept. 5, 2025" in row["text"]
    assert (row["published"], row["date_source"]) == ("", "unknown")
    assert "no publication date" in row["problem"]


# --- The manifest ---------------------------------------------------------------------------------

MANIFEST = (
    "article_id,outlet,wire,published,url,note\n"
    f"{SEED_003},MIA,,2025-04-29,,\"Credited (dpa/MIA); a hand-corrected date for the test\"\n"
)


def test_manifest_date_and_outlet_win_over_text(tmp_path):
    folder = copy_seeds(tmp_path / "articles", SEED_003)
    manifest = tmp_path / "articles.csv"
    manifest.write_text(MANIFEST, encoding="utf-8")
    row = load_one(folder, manifest)
    assert (row["published"], row["date_source"]) == ("2025-04-29", "manifest")
    assert (row["outlet"], row["outlet_source"]) == ("MIA", "manifest")
    assert row["wire"] == "dpa/MIA"   # the manifest leaves wire empty: the text's credit stays


def test_manifest_date_used_when_text_has_none(tmp_path):
    folder = copy_seeds(tmp_path / "articles", SEED_004)
    manifest = tmp_path / "articles.csv"
    manifest.write_text(f"article_id,outlet,wire,published,url,note\n{SEED_004},,,2025-09-03,,\n",
                        encoding="utf-8")
    with pytest.warns(ArticleWarning, match="manifest's date is used"):
        row = load_articles(folder, manifest=manifest).iloc[0]
    assert (row["published"], row["date_source"]) == ("2025-09-03", "manifest")


def test_manifest_file_is_byte_identical_after_loading(tmp_path):
    folder = copy_seeds(tmp_path / "articles", SEED_003)
    manifest = tmp_path / "articles.csv"
    manifest.write_bytes(MANIFEST.encode("utf-8"))
    before = manifest.read_bytes()
    load_one(folder, manifest)
    assert manifest.read_bytes() == before


def test_article_files_are_byte_identical_after_loading(tmp_path):
    folder = copy_seeds(tmp_path, SEED_000, SEED_002, SEED_003)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    load_articles(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


# --- Wires ------------------------------------------------------------------------------------------

def test_markdown_byline_gives_wire(tmp_path):
    row = load_one(copy_seeds(tmp_path, SEED_002))
    assert row["wire"] == "AFP"


def test_source_line_gives_wire(tmp_path):
    row = load_one(copy_seeds(tmp_path, SEED_001))
    assert row["wire"] == "AA"


def test_source_line_naming_the_outlet_gives_no_wire(tmp_path):
    # Seed 000 ends "SOURCE:TRT World and Agencies": an outlet, no agency by name.
    row = load_one(copy_seeds(tmp_path, SEED_000))
    assert row["wire"] == ""


# --- The body -------------------------------------------------------------------------------------

def test_body_drops_recommended_and_explore_lists_but_keeps_prose_after_them(tmp_path):
    row = load_one(copy_seeds(tmp_path, SEED_000))
    body = row["body"]
    assert "Earlier in mid-August, Putin sent a letter to Kim" in body
    assert "Around 600 North Korean soldiers have been killed" in body
    assert "Thousands of soldiers" not in body
    assert "Recommended" not in body.splitlines()
    for link in ("Nineteen terrorists killed in northwestern region: Pakistan military",
                 "Dutch government vows rapid ban", "Contact us"):
        assert link not in body


def test_body_drops_related_line(tmp_path):
    row = load_one(copy_seeds(tmp_path, SEED_000))
    assert "RelatedTRT Global" not in row["body"]
    assert "Putin praises North Korean troops fighting in Ukraine" not in row["body"]


def test_body_drops_bullet_sidebar(tmp_path):
    copy_seeds(tmp_path, SEED_004)
    with pytest.warns(ArticleWarning):
        body = load_articles(tmp_path).iloc[0]["body"]
    assert "sending thousands of troops and container loads of weapons" in body
    assert "Lisbon" not in body and "Sept. 5, 2025" not in body


def test_rows_sorted_by_article_id_whatever_the_file_order(tmp_path):
    folder = copy_seeds(tmp_path, SEED_003, SEED_001, SEED_002)
    table = load_articles([folder / f"{SEED_003}.txt", folder / f"{SEED_001}.txt",
                           folder / f"{SEED_002}.txt"])
    assert list(table["article_id"]) == [SEED_001, SEED_002, SEED_003]
