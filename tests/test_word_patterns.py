"""Faster forms of a pattern match exactly what they replace: `warclaims.lexicon.whole_words` (a tree of
prefixes) and the look-ahead on first characters every `lazy_compile` pattern is compiled with."""
from __future__ import annotations

import re

import pytest

from warclaims.lexicon import METRIC_WORDS, MILITARY_NOUNS, whole_words
from warclaims.patterns import first_characters, lazy_compile, with_first_character_check

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
    faster = lazy_compile(whole_words(words), flags)
    for sentence in SENTENCES:
        assert [m.span() for m in faster.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]


def test_plain_words_become_a_tree_of_prefixes() -> None:
    assert whole_words("fled|freed|displaced") == r"\b(?:(?:displaced|f(?:led|reed)))\b"


def test_a_pattern_is_led_by_the_characters_it_can_start_with() -> None:
    assert with_first_character_check(r"\b(?:it|they|we)\s+lost\b") == r"(?=[itw])(?:\b(?:it|they|we)\s+lost\b)"


def test_the_first_characters_of_phrases_with_optional_parts() -> None:
    assert first_characters(r"(?:about\s+)?\d+|some") is None   # a digit class is not a short list
    assert first_characters(r"(?:the\s+)?enemy|inflicted\s+losses") == frozenset("tei")


def test_a_pattern_that_may_match_nothing_has_no_first_characters() -> None:
    assert first_characters(r"(?:killed)?") is None
    assert with_first_character_check(r"(?:killed)?") == r"(?:killed)?"


def test_a_group_that_turns_case_folding_on_gets_no_look_ahead() -> None:
    assert first_characters(r"(?i:k)illed") is None   # "Killed" matches, a look-ahead [k] would refuse it
