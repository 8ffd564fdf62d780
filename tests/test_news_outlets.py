"""The hand-kept table of news outlets (warclaims/data/news_outlets.csv) and what the claimant
decision makes of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from warclaims.extract import claims_from_text
from warclaims.news_outlets import NEWS_OUTLETS_CSV, names_an_outlet, news_outlets


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
