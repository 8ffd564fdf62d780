"""The hand-kept table of news outlets (warclaims/data/news_outlets.csv) and what the claimant
decision makes of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from warclaims.extract import claims_from_text
from warclaims.news_outlets import NEWS_OUTLETS_CSV, country_of_domain, names_an_outlet, news_outlets


def test_every_row_has_a_name_and_a_known_country() -> None:
    assert len(news_outlets()) > 100 and all(news_outlets().values())


def test_the_table_is_sorted_by_name_so_additions_are_easy_to_review() -> None:
    names = [line.split(",")[0] for line in NEWS_OUTLETS_CSV.read_text(encoding="utf-8").splitlines()[1:]]
    assert names == sorted(names, key=str.casefold)


def test_a_bad_country_code_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "outlets.csv"
    bad.write_text("outlet,country\nXinhua,CN\nDaily Planet,ZZ\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"outlets.csv:3"):
        news_outlets.__wrapped__(bad)


def test_an_outlet_name_is_a_whole_word_in_its_own_case() -> None:
    assert names_an_outlet("Pakistan's Dawn newspaper") and not names_an_outlet("raids at dawn")


def test_a_state_news_agency_named_alone_is_media() -> None:
    table = claims_from_text("Xinhua reported that 40 soldiers were killed in the attack.", published="2025-01-01")
    assert table.iloc[0]["claimant_country"] == "media"


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.rte.ie/news/world/2024/1011/1475112-unifil-lebanon-peacekeepers/", "IE"),
    ("https://www.independent.co.uk/news/world/middle-east/x.html", "UK"),   # the ISO code is GB
    ("https://tribune.com.pk/story/2540000/x", "PK"),
    ("caliber.az/en/post/x", "AZ"),
    ("https://qudsnen.co/x/", ""),   # .co is taken for its sound, not for Colombia
    ("https://www.bbc.com/news/x", ""),
    ("", ""),
])
def test_a_country_code_domain_names_the_outlets_country(url: str, country: str) -> None:
    assert country_of_domain(url) == country


def test_an_outlet_the_table_lacks_is_of_its_domains_country() -> None:
    # probe K (an Israeli site's copy): the Prime Minister's Office of the outlet's state
    text = ("Romi Gonen, Emily Damari and Doron Steinbrecher were handed over to the Red Cross in Gaza City on "
            "Sunday afternoon and brought back to Israel, hours after a ceasefire between Israel and Hamas came into "
            "force following 15 months of war.\n\n"
            "After Sunday's release, 94 hostages remain in Gaza, according to the Prime Minister's Office. The IDF "
            "has declared at least 34 of them dead, and officials fear the true number is higher.")
    table = claims_from_text(text, published="2025-01-20", outlet="Jerusalem Daily Brief",
                             url="https://www.jdbnews.co.il/security/three-hostages-home-ceasefire-begins-94-still-held")
    assert table.loc[table["value"] == 94, "claimant_country"].tolist() == ["IL"]
