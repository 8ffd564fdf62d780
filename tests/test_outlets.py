"""Outlets (`warclaims.articles.find_outlet`, through `article_from_text`): an outlet is a
publication's name — from a web address, a masthead, a "SOURCE:" line, a copyright line or a
dateline's credit — and never a sentence of the article.

The lines below are copied exactly from development-set articles (their ids in the comments);
nothing outside the repository is read.  A test joins a few of them into an article's text.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from warclaims.articles import ArticleWarning, article_from_text
from warclaims.sources import load_articles

ROOT = Path(__file__).resolve().parent.parent

#: Opening lines of development-set articles that name no publication: sentences (with and
#: without a "date" header), a headline ending in its source, a photo credit, a dateline's
#: place with a credit but no dash, a caption's list of sources.
OPENING_LINES = {
    "a03": " date 2024-10-23 Approximately 3,000 North Korean troops have been dispatched to Russia, where they are"
           " undergoing training on drones and other military equipment, with the expectation of deploying to"
           " Ukraine. This information was disclosed by South Korea's National Intelligence Service (NIS) during a"
           " private parliamentary briefing.",
    "b04": "North Korea sent an additional 3,000 troops to Russia this year, and are continuing to supply missiles,"
           " artillery and ammunition to help Moscow fight Kyiv, Seoul’s military said Thursday.",
    "b01": "North Korea confirms troop deployment in Russia",
    "c02": " date 2022-08-12 Heavy losses have left Russia behind its target, US officials say.",
    "d13": "Russia said to have suffered largest loss since WW2, with up to quarter of a million dead",
    "e05": "Ukraine Loses Up to 710 Soldiers in With Russian Forces - MoD",
    "a12": " date 2025-01-13 Photo : YONHAP News",
    "f10": " date 2024-08-19 Gaza (Union)",
    "g14": "Image :Reported Houthi attacks in the Red Sea and Gulf of Aden – Source: Operation Atalanta, UKMTO,"
           " Lloyd’s List Intelligence/Seasearcher – Excludes suspicious approaches, incidents where location data"
           " is unavailable, and incidents not involving the Houthis",
    "a09": "Umer Jamshaid Published December 23, 2024 | 11:39 PM",
}
#: A sentence of the body of e14, to stand after a line under test.
BODY = ("The Verkhovna Rada, Ukraine’s parliament, has passed a law on reducing the maximum age of conscripts"
        " for military service from 27 to 25 years.")


def outlet(text: str, **kwargs: object) -> tuple[str, str]:
    """(outlet, outlet_source) of an article with this text; warnings about its date ignored."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)
        article = article_from_text(text, file="article.txt", article_id="article", **kwargs)
    return article["outlet"], article["outlet_source"]


@pytest.mark.parametrize("article_id", OPENING_LINES)
def test_an_opening_line_that_names_no_publication_gives_no_outlet(article_id):
    assert outlet(f"{OPENING_LINES[article_id]}\n\n{BODY}\n") == ("unknown outlet", "unknown")


def test_a_copyright_line_gives_its_holder_without_the_company_form():
    # h14 ends "©2025 Bloomberg L.P." (its "(Bloomberg) —" dateline left out here)
    text = ("Total in 2021 froze the $20 billion plan to build what was at the time hailed as Africa’s biggest"
            " private investment, after Islamic State-linked militants carried out a major attack on the nearby"
            " town of Palma, in northeast Mozambique.\n©2025 Bloomberg L.P.\n")
    assert outlet(text) == ("Bloomberg", "text")


def test_a_copyright_line_with_all_rights_reserved_gives_its_holder():
    # j12 (its "NK News" masthead left out here)
    text = (f"{BODY}\n\n© Korea Risk Group. All rights reserved.\nNo part of this content may be reproduced,"
            " distributed, or used for commercial purposes without prior written permission from Korea Risk Group.\n")
    assert outlet(text) == ("Korea Risk Group", "text")


def test_a_url_line_gives_the_outlet_of_its_host():
    # j12's address, as the manifest of the development set gives it
    text = f"{BODY}\n\nurl: https://www.nknews.org/2025/06/kim-jong-un-to-send-6k-military-workers-to-rebuild-russias-kursk-shoigu/\n"
    assert outlet(text) == ("NK News", "text")


def test_a_url_of_an_unknown_site_gives_its_host():
    text = f"{BODY}\n\nurl: https://www.devdiscourse.com/article/law-order/3132230-3000-north-korean-troops-in-russia-a-rising-tension\n"
    assert outlet(text) == ("devdiscourse.com", "text")


def test_the_manifests_url_gives_the_outlet_of_its_host():
    manual = {"url": "https://khnews.heraldcorp.com/view.php?ud=20241125050060"}
    assert outlet(f"{OPENING_LINES['b04']}\n", manual=manual)[0] == "khnews.heraldcorp.com"


def test_a_known_masthead_on_the_first_line_gives_the_outlet():
    # a06
    assert outlet("The Korea Herald\n\n소아쌤\n\nNorth Korean troopers killed, wounded in Ukraine war: NIS\n") == (
        "The Korea Herald", "text")


def test_a_headline_ending_in_the_site_name_gives_the_outlet():
    # j12's first line, its "NK News Logo" line left out
    text = " date 2025-06-17  Kim Jong Un to send 6K military workers to rebuild Russia’s Kursk: Shoigu | NK News\n"
    assert outlet(f"{text}{BODY}\n") == ("NK News", "text")


def test_a_dateline_credit_before_a_dash_gives_the_outlet():
    # f08
    text = ("Israeli airstrikes claim more innocent lives in Gaza\nGaza (Quds News Network) – At least four"
            " Palestinian civilians were killed and several others injured last night in an Israeli airstrike"
            " targeting a residence in the eastern outskirts of Rafah, south of the Gaza Strip, according to local"
            " sources.\n")
    assert outlet(text) == ("Quds News Network", "text")


def test_a_dateline_credit_gives_the_publication_beside_the_agency():
    # a09: APP is the agency (the wire), UrduPoint the publication
    text = ("Kyiv, (APP - UrduPoint / Pakistan Point News - 23rd Dec, 2024) Ukrainian President Volodymyr Zelensky"
            " said Monday that over 3,000 North Korean soldiers have been killed or wounded fighting against"
            " Ukraine's incursion in Russia's Kursk region.\n")
    assert outlet(text) == ("UrduPoint", "text")


def test_a_syndicators_credit_gives_the_syndicator():
    # k03
    text = (" date 2024-08-21 (MENAFN- Asia Times) The battle for the border town of Maungdaw in Myanmar's northern"
            " Rakhine state between the insurgent Arakan (AA) and the Myanmar (MAF) is nearing a bloody dénouement.\n")
    assert outlet(text) == ("MENAFN", "text")


def test_a_source_line_naming_a_domain_gives_its_outlet():
    # e14 ends "Source: ukrinform.net"
    assert outlet(f"{BODY}\n\nSource: ukrinform.net\n") == ("Ukrinform", "text")


def test_a_site_name_that_is_a_clause_is_no_outlet():
    # a web page whose site name is a clause of its title (a06's headline)
    metadata = {"outlet": "North Korean troopers killed, wounded in Ukraine war: NIS"}
    assert outlet(f"{BODY}\n", metadata=metadata) == ("unknown outlet", "unknown")


def test_the_seeds_outlets_are_those_the_manifest_and_their_text_give():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)
        table = load_articles(ROOT / "seeds", ROOT / "data" / "articles.csv")
    assert dict(zip(table["article_id"], zip(table["outlet"], table["outlet_source"]))) == {
        "000_e71f8adc84992862": ("TRT World", "text"),
        "001_6029dff90c6fc784": ("Anadolu Agency", "text"),
        "002_3f52c08f8a7c2341": ("The Moscow Times", "text"),
        "003_3bc72fdcf4e78d89": ("MIA", "manifest"),
        "004_2a837432b18d5e63": ("redcanaco.com", "text"),
    }
