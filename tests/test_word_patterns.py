"""`warclaims.lexicon.whole_words`: the faster form of `\\b(?:words)\\b` matches exactly what it replaces."""
from __future__ import annotations

import re

import pytest

from warclaims.lexicon import METRIC_WORDS, MILITARY_NOUNS, first_characters, whole_words

#: Sentences of the development set, and the same with the letters re.IGNORECASE pairs with
#: ASCII ones ("ſ" for s, the Kelvin sign for K, dotless and dotted i).
SENTENCES = [
    "The Syrian Observatory for Human Rights said 18 soldiers and 9 fighters were killed, and 4,000 people fled.",
    "TWO UKRAINIAN SERVICEMEN WERE WOUNDED and 12 were taken prisoner, the General Staff said.",
    "About 1,500 Kenyan police officers deployed to Haiti, where 300 troops were sent earlier.",
    "Some 146 people, including 19 children, were evacuated; Hamas released 33 hostages.",
    "Sudan's army said it killed dozens of RSF militiamen; the RSF said it captured 200 soldiers.",
]
SENTENCES += [s.replace("s", "\u017f").replace("K", "\u212a").replace("i", "\u0131") for s in SENTENCES]

WORD_LISTS = [
    MILITARY_NOUNS,
    r"displaced|evacuated|evacuees|evacuation|released|freed|fled|fleeing",
    *(words for _, words in METRIC_WORDS),
]


@pytest.mark.parametrize("words", WORD_LISTS, ids=lambda w: w[:30])
@pytest.mark.parametrize("flags", [0, re.I])
def test_the_faster_pattern_finds_the_same_spans(words: str, flags: int) -> None:
    plain = re.compile(rf"\b(?:{words})\b", flags)
    faster = re.compile(whole_words(words), flags)
    for sentence in SENTENCES:
        assert [m.span() for m in faster.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]


def test_plain_words_become_a_tree_behind_a_look_ahead() -> None:
    assert whole_words("fled|freed|displaced") == r"(?=[df])\b(?:(?:displaced|f(?:led|reed)))\b"


def test_the_first_characters_of_phrases_with_optional_parts() -> None:
    assert first_characters(r"(?:about\s+)?\d+|some") is None   # a digit class is not a short list
    assert first_characters(r"(?:the\s+)?enemy|inflicted\s+losses") == frozenset("tei")


def test_a_pattern_that_may_match_nothing_has_no_first_characters() -> None:
    assert first_characters(r"(?:killed)?") is None
    assert whole_words(r"(?:killed)?") == r"\b(?:(?:killed)?)\b"
