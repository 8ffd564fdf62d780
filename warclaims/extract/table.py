"""The claims table: a stable id for each claim (`claim_id`), the claim rows of an article row
(`article_claims`), and the checked table of many articles (`extract_claims`).

pandas is imported only when a table is made: the claim rows alone (what `helpers.py extract`
streams to a CSV) need none of it."""
from __future__ import annotations

import hashlib
import warnings
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from warclaims.articles import ArticleWarning
from warclaims.extract.article import claims_in_article
from warclaims.schema import CLAIM_COLUMNS, CLAIM_SORT_KEY, check_claims, coerce_claims

if TYPE_CHECKING:
    import pandas as pd


def claim_id(row: dict[str, object], repeat: int = 0) -> str:
    """A stable id from the article and the claim's own words (not from row order).

    `repeat` tells apart the same sentence said again later in the same article."""
    quote = " ".join(str(row["quote"]).split())
    offset = int(row["start"]) - int(row["quote_start"])
    occurrence = str(row["quote"])[:offset].count(str(row["number_text"]))
    key = f"{row['article_id']}|{row['metric']}|{quote}|{row['number_text']}|{occurrence}"
    key += f"|again {repeat}" if repeat else ""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def article_claims(article: Mapping[str, object]) -> list[dict[str, object]]:
    """The claim rows of one article row (as `load_articles` gives), ids set."""
    published_text = str(article.get("published") or "")
    published = date.fromisoformat(published_text) if published_text else None
    failures: list[str] = []
    rows = claims_in_article(str(article["article_id"]), str(article.get("text") or ""), published,
                             str(article.get("outlet") or ""), failures, str(article.get("url") or ""))
    if failures:
        warnings.warn(ArticleWarning(article.get("path") or article["article_id"],
                                     f"the extractor failed on {len(failures)} sentence(s), skipped; the rest of the "
                                     f"article was read ({failures[0]})", "extractor error"), stacklevel=2)
    seen: dict[str, int] = {}
    for row in rows:
        row.update(outlet=article.get("outlet") or "", wire=article.get("wire") or "", published=published_text)
        base = claim_id(row)
        repeat = seen.get(base, 0)   # the same sentence said again later in the article
        seen[base] = repeat + 1
        row["claim_id"] = base if repeat == 0 else claim_id(row, repeat)
    return rows


def claims_table(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Claim rows as the checked claims table, in its fixed column order and row order."""
    import pandas as pd

    table = coerce_claims(pd.DataFrame(rows, columns=list(CLAIM_COLUMNS)))
    table = table.sort_values(list(CLAIM_SORT_KEY), kind="stable").reset_index(drop=True)
    return check_claims(table)


def extract_claims(articles: pd.DataFrame) -> pd.DataFrame:
    """The tidy claims table for a table of articles (as `load_articles` returns)."""
    records = articles.astype(object).where(articles.notna(), "").to_dict("records")
    return claims_table([row for article in records for row in article_claims(article)])


def claims_from_text(text: str, published: str = "", article_id: str = "text", outlet: str = "",
                     url: str = "") -> pd.DataFrame:
    """The claims of one article given as a string (for tests and quick looks)."""
    import pandas as pd

    articles = pd.DataFrame([{
        "article_id": article_id, "text": text, "published": published,
        "outlet": outlet, "wire": "", "url": url,
    }])
    return extract_claims(articles)
