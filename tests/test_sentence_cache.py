"""Kept per-sentence answers (warclaims.sentence_cache): the same answers as the work itself,
and nothing a caller does to what it gets changes what the next caller gets."""
from __future__ import annotations

import dataclasses

import pytest

from warclaims.extract.claimant import find_attributions
from warclaims.extract.head import find_head
from warclaims.numbers import find_numbers
from warclaims.sentence_cache import forget_sentences

#: devset a03
SENTENCE = ("Lawmaker Park Sunwon reported that another 1,500 North Korean troops have recently arrived "
            "in Russia, bringing the total to 3,000.")


def test_a_caller_changing_its_claimants_leaves_the_next_callers_alone():
    first = find_attributions(SENTENCE)
    first.clear()
    assert [a.text for a in find_attributions(SENTENCE)] == ["Lawmaker Park Sunwon"]


def test_a_kept_head_cannot_be_changed():
    amount = find_numbers(SENTENCE)[0]
    head = find_head(SENTENCE, amount)
    with pytest.raises(dataclasses.FrozenInstanceError):
        head.noun = "tanks"   # type: ignore[misc]


def test_forgetting_the_sentences_gives_the_same_answers_again():
    before = [find_head(SENTENCE, amount) for amount in find_numbers(SENTENCE)]
    forget_sentences()
    assert [find_head(SENTENCE, amount) for amount in find_numbers(SENTENCE)] == before
    assert before[0].noun == "troops"
