"""Property tests (hypothesis): the extractor never raises, its offsets point at its numbers,
numbers written with digits come back as written, and the table always passes its schema.

The number of examples comes from the profile loaded in tests/conftest.py: 1,000 per test
when the CI environment variable is set, 200 otherwise.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from warclaims.articles import decode_article
from warclaims.extract import claims_from_text
from warclaims.numbers import find_numbers
from warclaims.schema import check_claims

PUBLISHED = "2025-04-28"

# --- strategies ---------------------------------------------------------------------------------

#: Any Unicode text, surrogates excluded (they cannot be in a decoded file).
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)

#: Text built from the pieces the extractor reacts to, so the grammar is exercised, not skipped.
PIECES = [
    "about", "more than", "up to", "some", "nearly", "between", "and", "or", "to", "-", "\u2013",
    "\u2014", "10,000", "1,200", "12 000", "3", "2.5 million", "thousands", "tens of thousands",
    "dozens", "three thousand", "a dozen", "soldiers", "troops", "killed", "wounded", "casualties",
    "captured", "missing", "were", "sent", "North Korean", "Russian", "Ukrainian", "according to",
    "said", "Seoul", "Kyiv", "the military", "\"", "\u201c", "\u201d", "(", ")", ",", ".", "\n",
    "another", "of them", "late last year", "since March", "in early 2025", "2024", "15 June",
    "%", "$", "-strong", "km", "Published: 28 April 2025", "\r\n", "\u00a0", "\t",
]
news_like_text = st.lists(st.one_of(st.sampled_from(PIECES), st.from_regex(r"[0-9][0-9,. ]{0,12}", fullmatch=True),
                                     any_text.map(lambda t: t[:8])), max_size=60).map(" ".join)

HEDGES = {"": "exact", "about ": "approx", "around ": "approx", "some ": "approx", "more than ": "at_least",
          "at least ": "at_least", "over ": "at_least", "up to ": "at_most", "fewer than ": "at_most"}
SUBJECTS = ["North Korean soldiers", "Russian troops", "Ukrainian soldiers", "civilians", "troops"]
TEMPLATES = [
    ("{claimant} said {hedge}{number} {subject} had been killed.", "killed"),
    ("{claimant} said {hedge}{number} {subject} were wounded in the fighting.", "wounded"),
    ("According to {claimant}, {hedge}{number} {subject} were killed last month.", "killed"),
    ("{claimant} estimated that {hedge}{number} {subject} were captured.", "captured"),
    ("North Korea sent {hedge}{number} soldiers to Russia, {claimant} said.", "deployed"),
]
CLAIMANTS = ["South Korea's spy agency", "the Ukrainian military", "Seoul", "the Pentagon", "Reuters"]


def written(value: int, style: str) -> str:
    """`value` as news text writes it with digits."""
    if style == "comma" or (style == "space" and value < 1000):
        return f"{value:,}"
    if style == "space":
        return f"{value:,}".replace(",", " ")
    return str(value)


#: Counts that read as counts: years (1800-2099 without a comma) are read as years, by design.
counts = st.integers(min_value=1, max_value=1_999_999).filter(lambda n: not 1800 <= n <= 2099)


@st.composite
def claim_sentences(draw):
    template, metric = draw(st.sampled_from(TEMPLATES))
    hedge = draw(st.sampled_from(sorted(HEDGES)))
    value = draw(counts)
    style = draw(st.sampled_from(["comma", "plain", "space"]))
    number = written(value, style)
    if style == "plain" and 1800 <= value <= 2099:
        assume(False)
    sentence = template.format(claimant=draw(st.sampled_from(CLAIMANTS)), hedge=hedge, number=number,
                               subject=draw(st.sampled_from(SUBJECTS)))
    return sentence, metric, HEDGES[hedge], value, number


# --- properties ---------------------------------------------------------------------------------

def assert_offsets_hold_numbers(text: str, claims) -> None:
    for row in claims.itertuples():
        assert 0 <= row.quote_start <= row.start < row.end <= len(text)
        assert text[row.start:row.end] == row.number_text
        assert re.search(r"\d|[A-Za-z]", row.number_text), row.number_text
        assert row.number_text in row.quote


@given(any_text)
@example("")
@example("\x00\ufeff\u202e1,00,000\u2028\u0085")
@example("10,000,000,000 soldiers were killed.")
def test_extraction_never_raises_on_arbitrary_text(text: str) -> None:
    claims = claims_from_text(text, PUBLISHED)
    check_claims(claims)
    assert_offsets_hold_numbers(text, claims)


@given(news_like_text)
def test_extraction_never_raises_on_news_like_text(text: str) -> None:
    claims = claims_from_text(text, PUBLISHED)
    check_claims(claims)
    assert_offsets_hold_numbers(text, claims)


@given(st.binary(max_size=300))
def test_decoding_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    text, note = decode_article(raw)
    if text is not None:
        check_claims(claims_from_text(text, PUBLISHED))
    else:
        assert "binary" in note


@given(claim_sentences(), st.sampled_from(["", "Published: 28 April 2025\n", "Seoul fighting\n\n"]))
def test_digit_numbers_round_trip(case, prefix: str) -> None:
    sentence, metric, qualifier, value, number = case
    text = prefix + sentence + "\n"
    claims = check_claims(claims_from_text(text, PUBLISHED))
    assert len(claims) == 1, (text, claims.to_dict("records"))
    claim = claims.iloc[0]
    assert claim["number_text"] == number
    assert text[claim["start"]:claim["end"]] == number
    assert claim["metric"] == metric
    assert claim["qualifier"] == qualifier
    assert claim["value"] == value
    bounds = (None if claim["low"] is pd.NA else claim["low"], None if claim["high"] is pd.NA else claim["high"])
    assert bounds == {"at_least": (value, None), "at_most": (None, value)}.get(qualifier, (None, None))


@given(counts, counts, st.sampled_from(["-", "\u2013", " \u2014 ", " to ", "\u2013"]))
def test_digit_ranges_round_trip(a: int, b: int, joiner: str) -> None:
    low, high = sorted((a, b))
    # A first number 100 times smaller than the second is read as sharing its scale by design
    # ("70 or 80,000" = 70,000-80,000); see test_written_out_low_bound_is_not_rescaled.
    assume(low < high and low * 100 > high)
    number = f"{low:,}{joiner}{high:,}"
    text = f"Officials said {number} Russian soldiers were killed.\n"
    amounts = find_numbers(text)
    assert [(text[x.start:x.end], x.qualifier, x.low, x.high) for x in amounts] == [(number, "range", low, high)]
    check_claims(claims_from_text(text, PUBLISHED))


# Sentences are distinct: a repeated sentence is test_repeated_sentence_with_different_context.
@given(st.lists(claim_sentences(), min_size=1, max_size=6, unique_by=lambda case: case[0]))
def test_table_of_many_sentences_passes_its_schema(cases) -> None:
    text = "Published: 28 April 2025\n" + "\n".join(c[0] for c in cases) + "\n"
    claims = check_claims(claims_from_text(text, PUBLISHED))
    assert_offsets_hold_numbers(text, claims)
    assert set(claims["value"].dropna()) <= {c[3] for c in cases}


def test_written_out_low_bound_is_not_rescaled() -> None:
    for text in ("Officials said between 100 and 25,000 Russian soldiers were killed.",
                 "Officials said 100-25,000 Russian soldiers were killed."):
        assert [(a.low, a.high) for a in find_numbers(text)] == [(100, 25_000)], text


#: A sentence repeated in one article after sentences naming different sides.
REPEATED_SENTENCE = (
    "Seoul said 1 Russian troops had been killed.\n"
    "According to Seoul, 1 troops were killed last month.\n"
    "Seoul said 1 North Korean soldiers had been killed.\n"
    "According to Seoul, 1 troops were killed last month.\n"
)


def test_repeated_sentence_with_different_context() -> None:
    check_claims(claims_from_text(REPEATED_SENTENCE, PUBLISHED))


@pytest.mark.parametrize("digits", [19, 20, 310])
def test_very_long_digit_run_does_not_crash(digits: int) -> None:
    claims = check_claims(claims_from_text(f"North Korea sent {'9' * digits} soldiers to Russia.", PUBLISHED))
    assert (claims["value"].dropna() <= 2**63 - 1).all()
