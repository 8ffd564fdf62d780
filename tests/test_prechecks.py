"""The extractor's quick pre-checks never skip text a full pattern would match.

For speed, several look-back patterns run only when the text before an amount ends with one of
a hand-kept list of words (`metric._BASE_BEFORE_LAST_WORDS`, …).  Those lists must stay in step
with their patterns: these properties build texts from each pattern's own words, in any case,
and check that whenever the pattern matches, the pre-check lets it run.  A word added to a
pattern but not to its list fails here instead of silently losing claims.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warclaims import numbers
from warclaims.extract import metric

PAIRS = {
    "base of a share": (metric._BASE_BEFORE, metric._BASE_BEFORE_LAST_WORDS),
    "subset": (metric._SUBSET_BEFORE, metric._SUBSET_LAST_WORDS),
    "list item": (metric._LIST_ITEM_BEFORE, metric._LIST_ITEM_LAST),
    "complement": (metric._COMPLEMENT_BEFORE, metric._COMPLEMENT_LAST_WORDS),
}


def words_of(pattern: re.Pattern[str]) -> list[str]:
    """The pattern's own literal words and marks, and a few others a sentence holds."""
    return sorted(set(re.findall(r"[a-z]+", pattern.pattern)) | {",", ":", "%", "5", "troops", "Kyiv"})


def texts_from(vocabulary: list[str]) -> st.SearchStrategy[str]:
    word = st.sampled_from(vocabulary).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
    return st.lists(word, min_size=1, max_size=6).map(lambda ws: " ".join(ws) + " ")


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_a_look_back_pattern_runs_whenever_it_would_match(name: str) -> None:
    pattern, last_words = PAIRS[name]

    @given(texts_from(words_of(pattern)))
    def check(text: str) -> None:
        if pattern.search(text):
            assert metric._may_end_with(metric._folded_tail(text), last_words), text

    check()


@given(texts_from(words_of(numbers._VERB_QUALIFIER)))
def test_the_verb_qualifier_pattern_runs_whenever_it_would_match(text: str) -> None:
    if numbers._VERB_QUALIFIER.search(text):
        assert numbers._may_end_verb_qualifier(text), text


#: Substring cues (lower case) that must occur in any ASCII text a pattern matches.
CUES = {
    "thing verbs": (r"sinking|sank|sunk|struck|striking|hit|hitting|targeted|targeting|destroying|downed|downing|"
                    r"shot down|shooting down|intercepted|intercepting|damaged|damaging|launched|launching|fired|firing",
                    metric._THING_VERB_CUES),
    "soldiers trained": (r"trained|training|trains|graduated|equipped", metric._NOT_SENT_CUES),
    "natural disasters": (r"earthquake|quake|floods|flood|flooding|cyclone|storm|landslides|landslide|tsunami|hurricane|"
                          r"typhoon|wildfires|wildfire|heatwave|cholera|epidemic", metric._DISASTER_CUES),
}


@pytest.mark.parametrize("name", sorted(CUES))
def test_every_word_of_a_cued_pattern_holds_one_of_its_cues(name: str) -> None:
    words, cues = CUES[name]
    assert [word for word in words.split("|") if not any(cue in word for cue in cues)] == []


@pytest.mark.parametrize("name", sorted(CUES))
def test_the_cued_words_are_the_patterns_words(name: str) -> None:
    # the list above is the pattern's: each of its words, in lower case, ends a matching text
    words, _ = CUES[name]
    pattern = {"thing verbs": metric._THING_VERB_BEFORE, "soldiers trained": metric._NOT_SENT_BEFORE,
               "natural disasters": metric._DISASTER_BEFORE}[name]
    assert [word for word in words.split("|") if not pattern.search(f"they {word} ")] == []


def test_a_sentence_with_no_date_word_has_no_claim_date_phrase():
    from warclaims.extract.when import claim_date_phrase
    assert claim_date_phrase("The ministry said 30 people were killed.") is None
    assert claim_date_phrase("The ministry said on Monday 30 people were killed.") is not None
