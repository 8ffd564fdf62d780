"""Small hand-made claims tables for the analysis and figure tests.

The sentences are copied from the seed articles, so the tests need nothing outside tests/.
"""
from __future__ import annotations

import pandas as pd

from warclaims.schema import CLAIM_COLUMNS, coerce_claims

#: Seed sentences the extractor tests share (seeds 000/002, 003).
KILLED_600 = ("Around 600 North Korean soldiers have been killed and thousands more wounded "
              "fighting for Russia, Seoul has said.")
SENT_11000 = ("According to South Korea's intelligence agency, North Korea sent about 11,000 "
              "soldiers to support Russia late last year, primarily deployed in the region around "
              "the areas occupied by Ukraine in Russia's Kursk.")
ANOTHER_3000 = ("Another 3,000 soldiers were reportedly sent in early 2025, according to the South "
                "Korean military leadership.")
SEOUL_CLAIMS = ("Seoul claims that North Korea's army has suffered around 4,000 casualties in the "
                "Ukraine war, which includes both injuries and deaths.")

TRT_KILLED = ("Around 600 North Korean soldiers have been killed and thousands more wounded "
              "fighting for Russia, Seoul has said.")
AA_KILLED = "According to South Korea, Pyongyang lost some 2,000 troops in the fight against Kiev."
TRT_SENT = ("South Korean and Western intelligence agencies have said Pyongyang sent more than "
            "10,000 soldiers to Russia's Kursk region in 2024, along with artillery shells, "
            "missiles and long-range rocket systems.")
MIA_SENT = ("According to South Korea's intelligence agency, North Korea sent about 11,000 soldiers "
            "to support Russia late last year, primarily deployed in the region around the areas "
            "occupied by Ukraine in Russia's Kursk.")
MIA_ANOTHER = ("Another 3,000 soldiers were reportedly sent in early 2025, according to the South "
               "Korean military leadership.")
AA_THOUSANDS = "Later, Pyongyang deployed thousands of troops to Russia in the Ukraine war."
MIA_CASUALTIES = ("Seoul claims that North Korea's army has suffered around 4,000 casualties in the "
                  "Ukraine war, which includes both injuries and deaths.")


def claim(claim_id: str, article_id: str, outlet: str, published: str, metric: str,
          qualifier: str, quote: str, number_text: str, value: int | None = None,
          low: int | None = None, high: int | None = None, claimant: str = "",
          incremental: int = 0, subject: str = "KP") -> dict[str, object]:
    """One claims row; the number's offsets are found in the quote (which starts at offset 100)."""
    quote_start = 100
    start = quote_start + quote.index(number_text)
    return {
        "claim_id": claim_id, "article_id": article_id, "outlet": outlet, "wire": "",
        "published": published, "metric": metric, "qualifier": qualifier,
        "value": value, "low": low, "high": high, "subject": subject, "claimant": claimant,
        "claimant_country": "KR" if claimant else "", "period": "", "period_start": "",
        "period_end": "", "incremental": incremental, "quote": quote, "quote_start": quote_start,
        "start": start, "end": start + len(number_text), "number_text": number_text,
    }


def table(*rows: dict[str, object]) -> pd.DataFrame:
    """A claims table with the schema's column order and types."""
    return coerce_claims(pd.DataFrame(list(rows), columns=list(CLAIM_COLUMNS)))


def trt_killed(published: str = "2025-09-03") -> dict[str, object]:
    return claim("c-trt-killed", "000_trt", "TRT World", published, "killed", "approx",
                 TRT_KILLED, "600", value=600, claimant="Seoul")


def aa_killed(published: str = "2025-09-03") -> dict[str, object]:
    return claim("c-aa-killed", "001_aa", "Anadolu Agency", published, "killed", "approx",
                 AA_KILLED, "2,000", value=2000, claimant="South Korea")


def trt_sent(published: str = "2025-09-03") -> dict[str, object]:
    return claim("c-trt-sent", "000_trt", "TRT World", published, "deployed", "at_least",
                 TRT_SENT, "10,000", value=10000, low=10000,
                 claimant="South Korean and Western intelligence agencies")


def mia_sent(published: str = "2025-09-04") -> dict[str, object]:
    return claim("c-mia-sent", "003_mia", "MIA", published, "deployed", "approx",
                 MIA_SENT, "11,000", value=11000, claimant="South Korea's intelligence agency")


def mia_another(published: str = "2025-09-04") -> dict[str, object]:
    return claim("c-mia-another", "003_mia", "MIA", published, "deployed", "exact",
                 MIA_ANOTHER, "3,000", value=3000,
                 claimant="the South Korean military leadership", incremental=1)


def aa_thousands(published: str = "2025-09-03") -> dict[str, object]:
    return claim("c-aa-sent", "001_aa", "Anadolu Agency", published, "deployed", "vague",
                 AA_THOUSANDS, "thousands", low=2000, high=9999)


def mia_casualties(published: str = "2025-04-28") -> dict[str, object]:
    return claim("c-mia-cas", "003_mia", "MIA", published, "casualties", "approx",
                 MIA_CASUALTIES, "4,000", value=4000, claimant="Seoul")
