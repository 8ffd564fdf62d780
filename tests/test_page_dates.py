"""The publication date at the top of a page (`warclaims.articles.article_from_text`).

The header lines below are copied from development-set articles (named beside each); where the
development set holds no example of a form (numeric dates, labels in other scripts, an
impossible date), a copied line is rewritten in that form and the comment says so.  Nothing
outside the repository is read.
"""
from __future__ import annotations

import ast
import warnings
from pathlib import Path

from warclaims.articles import ArticleWarning, article_from_text

ROOT = Path(__file__).resolve().parent.parent

# --- Lines of development-set article a06 (The Korea Herald), around which pages are built ---
MASTHEAD = "The Korea Herald"
TITLE = "North Korean troopers killed, wounded in Ukraine war: NIS"
PUBLISHED_LINE = "Published : Nov. 25, 2024 - 15:27"
BODY = (
    "South Korea has intelligence that North Korea has suffered losses among its troops dispatched"
    " to the war against Ukraine.",
    "According to the National Intelligence Service on Monday, North Korean troops have been killed"
    " and wounded after they were confirmed to have been deployed in Russia’s Kursk region bordering"
    " Ukraine.",
)
#: a06's body line with a date written month first and without its year.
MONTH_FIRST_BODY_LINE = ("In a Nov. 20 briefing to the National Assembly, the NIS said North Korean troops were"
                         " believed to have been participating in battles on the front lines of the war.")
#: The same line as a British page would write it, day first.
DAY_FIRST_BODY_LINE = MONTH_FIRST_BODY_LINE.replace("Nov. 20", "20 Nov.")


def page(*top: str, body: tuple[str, ...] = BODY) -> str:
    """An article as a06 is laid out: masthead, headline, the `top` lines, then the body."""
    return "\n\n".join([MASTHEAD, TITLE, *top, *body]) + "\n"


def read(text: str, url: str = "", manual_date: str = "") -> tuple[dict[str, object], list[ArticleWarning]]:
    """The article row of `text` and the problems raised; `url` and `manual_date` as a
    manifest row would give them."""
    manual = {key: value for key, value in (("url", url), ("published", manual_date)) if value}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        row = article_from_text(text, file="page.txt", article_id="page", manual=manual)
    return row, [w.message for w in caught if isinstance(w.message, ArticleWarning)]


def published(text: str, url: str = "") -> str:
    return str(read(text, url)[0]["published"])


def problem_kinds(text: str, url: str = "", manual_date: str = "") -> list[str]:
    return [problem.kind for problem in read(text, url, manual_date)[1]]


# --- Labelled dates ---------------------------------------------------------------------------

def test_labelled_date_with_abbreviated_month_and_time():
    assert published(page("By Kim Arin", PUBLISHED_LINE)) == "2024-11-25"


def test_label_after_a_byline_on_the_same_line():
    # a09 (UrduPoint)
    assert published(page("Umer Jamshaid Published December 23, 2024 | 11:39 PM")) == "2024-12-23"


def test_day_month_comma_year_after_an_agency_and_a_label():
    # k05 (Business Recorder)
    assert published(page("AFP Published 27 Sep, 2023 01:18pm")) == "2023-09-27"


def test_iso_date_with_a_time_after_a_label():
    # a06's line with its date as an ISO date-time
    assert published(page("Published : 2024-11-25T15:27:00+09:00")) == "2024-11-25"


def test_korean_label_and_year_first_dotted_date():
    # a06's line as the Korean edition of the paper labels it ("입력": entered)
    assert published(page("입력 2024.11.25 15:27")) == "2024-11-25"


def test_chinese_label_and_date():
    # a06's line with a Chinese label and date
    assert published(page("发布时间：2024年11月25日 15:27")) == "2024-11-25"


def test_label_alone_on_the_line_above_its_date():
    # a06's line with its label and its date on lines of their own
    assert published(page("Published :", "Nov. 25, 2024 - 15:27")) == "2024-11-25"


def test_relative_time_after_a_label_is_not_a_date():
    # a06's line with "2 hours ago" for its date
    assert published(page("Published : 2 hours ago")) == ""


# --- Published and Updated --------------------------------------------------------------------------

UPDATED_LINE = "Updated : Nov. 26, 2024 - 09:10"   # a06's line as an update, a day later


def test_published_wins_over_an_updated_line_above_it():
    assert published(page(UPDATED_LINE, PUBLISHED_LINE)) == "2024-11-25"


def test_published_wins_over_an_update_on_the_same_line():
    assert published(page(f"{PUBLISHED_LINE} {UPDATED_LINE}")) == "2024-11-25"


def test_an_update_does_not_conflict_with_the_publication_date():
    assert "conflicting dates" not in problem_kinds(page(UPDATED_LINE, PUBLISHED_LINE))


def test_an_updated_date_is_taken_when_it_is_the_only_one():
    assert published(page(UPDATED_LINE)) == "2024-11-26"


# --- Lone dates ----------------------------------------------------------------------------------

def test_date_alone_on_its_line():
    # g10 (Namibia Daily News)
    assert published(page("June 24, 2025")) == "2025-06-24"


def test_byline_followed_by_the_date():
    # j12 (NK News)
    assert published(page("Anton Sokolin June 17, 2025")) == "2025-06-17"


def test_date_in_a_photo_caption_is_not_taken():
    # k11 (The Philippine Star): the caption dates the photo
    caption = ("This handout photo released by Armed Forces of the Philippines (AFP) Public Information Office"
               " (PIO) Western Mindanao Command (WESTMINCON) taken on January 27, 2019, shows debris inside a"
               " Catholic Church where two bombs exploded in Jolo, Sulu province on the southern island of Mindanao.")
    assert published(page(caption)) == ""


def test_date_of_a_quoted_social_media_post_is_not_taken():
    # f08 (Quds News Network)
    post = ("Recent investigation by The Guardian reveals satellite images uncovering extensive destruction of"
            " buildings and land in Gaza. pic.twitter.com/lw9AYP94n3")
    assert published(page(post, "— Quds News Network (@QudsNen) February 1, 2024")) == ""


# --- Datelines -------------------------------------------------------------------------------------

def test_dateline_with_its_date_before_the_credit():
    # seed 003 (MIA)
    line = ("Moscow, 28 April 2025 (dpa/MIA) - Russian President Vladimir Putin on Monday thanked North Korean"
            " soldiers for fighting alongside Russian forces to help recapture the Kursk region from Ukraine.")
    assert published(page(line)) == "2025-04-28"


def test_dateline_with_its_date_inside_the_credit():
    # a09 (UrduPoint)
    line = ("Kyiv, (APP - UrduPoint / Pakistan Point News - 23rd Dec, 2024) Ukrainian President Volodymyr"
            " Zelensky said Monday that over 3,000 North Korean soldiers have been killed or wounded fighting"
            " against Ukraine's incursion in Russia's Kursk region.")
    assert published(page(line)) == "2024-12-23"


def test_a_date_in_the_story_after_a_dateline_is_not_the_article_date():
    # h03's sentence behind an AP dateline
    line = ("ADDIS ABABA, Ethiopia (AP) — Ethiopian officials stated that when the peace agreement was struck"
            ' on November 2, 2022, it prevented "1,000 deaths every day," as per Obasanjo.')
    assert published(page(line)) == ""


def test_a_dateline_without_a_year_gives_no_date():
    # g10 (Namibia Daily News)
    line = ("TEHRAN, June 24 — The death toll from Israeli strikes across Iran over the past 12 days has reached"
            " 606, with 5,332 others injured, Iran’s Health Minister Mohammad-Reza Zafarghandi said on Tuesday.")
    assert published(page(line)) == ""


# --- Numeric dates: the order of day and month ---------------------------------------------------------

def test_numeric_date_with_a_day_over_12_reads_itself():
    # a06's line with its date as digits
    assert published(page("Published : 25/11/2024 - 15:27")) == "2024-11-25"


def test_numeric_date_read_month_first_on_a_page_writing_month_before_day():
    text = page("Published : 11/05/2024 - 15:27", body=(*BODY, MONTH_FIRST_BODY_LINE))
    assert published(text) == "2024-11-05"


def test_numeric_date_read_day_first_on_a_page_writing_day_before_month():
    text = page("Published : 11/05/2024 - 15:27", body=(*BODY, DAY_FIRST_BODY_LINE))
    assert published(text) == "2024-05-11"


def test_dotted_numeric_date_is_read_day_first():
    assert published(page("Published : 11.05.2024 - 15:27")) == "2024-05-11"


def test_numeric_date_after_a_label_of_a_day_first_language():
    assert published(page("Опубликовано: 11/05/2024 15:27")) == "2024-05-11"


def test_numeric_date_read_in_the_order_of_the_sites_country():
    url = "https://www.independent.co.uk/news/world/europe/ukraine-war-casualties-total-russia-latest-b2395516.html"
    assert published(page("Published : 11/05/2024 - 15:27"), url) == "2024-05-11"


def test_numeric_date_nothing_settles_is_reported_not_guessed():
    row, problems = read(page("Published : 11/05/2024 - 15:27"))
    assert row["published"] == ""
    assert [p.kind for p in problems] == ["ambiguous date"]
    assert "11 May 2024 or 5 November 2024" in problems[0].problem


def test_unsettled_numeric_date_is_not_reported_when_the_manifest_gives_the_date():
    assert problem_kinds(page("Published : 11/05/2024 - 15:27"), manual_date="2024-11-05") == [
        "date from manifest"]


# --- Dates that are no real day -----------------------------------------------------------------------

def test_impossible_iso_date_is_reported_as_invalid_not_missing():
    # a06's line with the 30th of February for its date
    assert problem_kinds(page("Published : 2031-02-30")) == ["invalid date"]


def test_impossible_day_of_a_month_is_reported_as_invalid():
    # g10's line with the 31st of June for its date
    assert problem_kinds(page("June 31, 2025")) == ["invalid date"]


def test_impossible_date_header_is_reported_as_invalid():
    text = " date 2031-02-30 WORLD\n" + page()
    assert problem_kinds(text) == ["invalid date"]


def test_an_impossible_date_does_not_hide_a_real_one():
    assert published(page("Updated : 2024-11-31", PUBLISHED_LINE)) == "2024-11-25"


# --- Module structure -------------------------------------------------------------------------------

def test_articles_module_does_not_import_sources():
    """warclaims.sources builds on warclaims.articles; the reverse import would be a cycle."""
    tree = ast.parse((ROOT / "warclaims" / "articles.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert "warclaims.sources" not in imported
