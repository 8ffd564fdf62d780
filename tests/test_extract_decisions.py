"""Each decision of the claims extractor (`warclaims.extract`) on its own, on real sentences.

tests/test_claims.py reads whole articles through every decision at once; here each module is
called by itself, so a failure names the decision that went wrong.  The sentences are copied
exactly from the project's seeds and the development set (article ids in the comments), as in
tests/test_claims.py.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from claim_rows import ANOTHER_3000, KILLED_600, SENT_11000, SEOUL_CLAIMS

import warclaims.extract
from warclaims.extract.context import ArticleContext
from warclaims.extract.claimant import claimant_country, find_attributions, forward_attribution, nearest_attribution
from warclaims.extract.head import find_head
from warclaims.extract.metric import metric_of
from warclaims.extract.period import is_incremental, period_clause
from warclaims.extract.risk import risk_reasons, risk_score
from warclaims.extract.sentences import join_wrapped_lines, split_sentences
from warclaims.extract.sides import Counted, speaker_side, subject_in_article
from warclaims.extract.subject import named_next_to, subject_of
from warclaims.numbers import Amount, find_numbers
from warclaims.periods import find_period

# a12 (KBS World): two sentences glued as on the page ("military.Senior")
GLUED = ("The National Intelligence Service(NIS) has estimated that some three-thousand North Korean "
         "troops have been killed or wounded fighting alongside Russian forces against the Ukrainian "
         "military.Senior members of the National Assembly’s Intelligence Committee, Rep. Lee "
         "Seong-kweun of the ruling People Power Party and Park Sun-won of the main opposition "
         "Democratic Party, told reporters that the NIS gave the briefing during a closed-door meeting "
         "on Monday.")
# a03 (Devdiscourse): the claimant is named in the sentence after the figure
DISCLOSED_BY = ("This information was disclosed by South Korea's National Intelligence Service (NIS) "
                "during a private parliamentary briefing.")


def amount_in(sentence: str, number_text: str) -> tuple[Amount, int]:
    """The amount written as `number_text`, and where the next amount (or the sentence) starts."""
    amounts = find_numbers(sentence)
    for index, amount in enumerate(amounts):
        if sentence[amount.start:amount.end] == number_text:
            following = amounts[index + 1].hedge_start if index + 1 < len(amounts) else len(sentence)
            return amount, following
    raise AssertionError(f"no amount {number_text!r} in {sentence!r}")


# --- sentences --------------------------------------------------------------------------------------

def test_sentences_glued_without_a_space_are_split_but_an_abbreviation_is_not():
    sentences = split_sentences(GLUED, [(0, len(GLUED))])
    assert [s.text[:12] for s in sentences] == ["The National", "Senior membe"]
    assert "Rep. Lee Seong-kweun" in sentences[1].text   # "Rep." ends no sentence
    assert all(GLUED[s.start:s.start + len(s.text)] == s.text for s in sentences)


def test_a_line_broken_by_a_hard_wrap_is_joined_to_the_next():
    text = "North Korea sent about 11,000 soldiers, according to state news\nagency KCNA.\n"
    first_line = text.index("\n")
    assert join_wrapped_lines(text, [(0, first_line), (first_line + 1, len(text) - 1)]) == [(0, len(text) - 1)]


# --- head ---------------------------------------------------------------------------------------------

def test_the_head_is_the_noun_after_the_amount_with_its_modifiers():
    amount, _ = amount_in(KILLED_600, "600")
    head = find_head(KILLED_600, amount)
    assert (head.noun, head.modifiers) == ("soldiers", "North Korean")


def test_a_metric_word_can_be_the_head():
    amount, _ = amount_in(SEOUL_CLAIMS, "4,000")
    assert find_head(SEOUL_CLAIMS, amount).noun == "casualties"


# --- metric -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "number_text", "metric"), [
    (KILLED_600, "600", "killed"),               # the predicate after the noun
    (KILLED_600, "thousands", "wounded"),        # a metric word as the noun
    (SENT_11000, "11,000", "deployed"),          # the verb before the amount
    (SEOUL_CLAIMS, "4,000", "casualties"),
])
def test_the_metric_of_an_amount(sentence, number_text, metric):
    amount, following = amount_in(sentence, number_text)
    assert metric_of(sentence, amount, find_head(sentence, amount), following, None) == metric


# --- subject ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "number_text", "subject"), [
    (KILLED_600, "600", "KP"),        # named with the people
    (SENT_11000, "11,000", "KP"),     # the actor that sent them
    (SEOUL_CLAIMS, "4,000", "KP"),    # the army named before its losses
])
def test_the_subject_of_an_amount(sentence, number_text, subject):
    amount, _ = amount_in(sentence, number_text)
    spans = tuple((a.start, a.end + len(a.apposition) + 2) for a in find_attributions(sentence))
    assert subject_of(sentence, amount, find_head(sentence, amount), spans) == subject


def test_a_name_beside_a_bare_amount_of_a_list_is_its_subject():
    # dev set: "Uganda will provide 4,500 soldiers, Ethiopia 2,500, …" (as in tests/test_devset_sentences.py)
    sentence = "Uganda will provide 4,500 soldiers, Ethiopia 2,500, Djibouti 1,520."
    amount, _ = amount_in(sentence, "2,500")
    assert named_next_to(sentence, amount) == "ET"


# --- claimant -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "claimant", "country"), [
    (KILLED_600, "Seoul", "KR"),                                              # "X has said"
    (SENT_11000, "South Korea's intelligence agency", "KR"),                  # "according to X"
    (ANOTHER_3000, "the South Korean military leadership", "KR"),
    (SEOUL_CLAIMS, "Seoul", "KR"),                                            # "X claims that"
])
def test_the_claimant_of_a_sentence_and_its_country(sentence, claimant, country):
    (attribution,) = find_attributions(sentence)
    assert attribution.text == claimant
    assert claimant_country(attribution, "", "") == country
    assert nearest_attribution([attribution], find_numbers(sentence)[0]) == attribution


def test_a_source_named_in_the_next_sentence_is_the_claimant():
    attribution = forward_attribution(DISCLOSED_BY)
    assert attribution is not None and attribution.text == "South Korea's National Intelligence Service (NIS)"
    assert (attribution.start, attribution.end) == (0, 0)   # named in another sentence


# --- period and increments ---------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "number_text", "period"), [
    (SENT_11000, "11,000", "late last year"),
    (ANOTHER_3000, "3,000", "in early 2025"),
    (SEOUL_CLAIMS, "4,000", ""),
])
def test_the_period_phrase_in_the_amounts_clause(sentence, number_text, period):
    amount, following = amount_in(sentence, number_text)
    assert find_period(period_clause(sentence, amount, find_head(sentence, amount), following)) == period


def test_another_adds_to_an_earlier_figure_and_more_after_another_metric_does_not():
    another, _ = amount_in(ANOTHER_3000, "3,000")
    assert is_incremental(ANOTHER_3000, another, find_head(ANOTHER_3000, another), "deployed", [])
    more, _ = amount_in(KILLED_600, "thousands")
    assert not is_incremental(KILLED_600, more, find_head(KILLED_600, more), "wounded", ["killed"])


# --- sides (the subject, read with the article) ----------------------------------------------------

# f11 (The Australian, headline): the captives are held by the group that rules Gaza
HOSTAGES_IN_GAZA = "Only 24 hostages left alive in Gaza, Israel believes"


def test_captives_held_in_a_territory_a_group_rules_are_the_people_of_its_foe():
    amount, next_start = amount_in(HOSTAGES_IN_GAZA, "24")
    context = ArticleContext(None, sentences=split_sentences(HOSTAGES_IN_GAZA, [(0, len(HOSTAGES_IN_GAZA))]),
                             text=HOSTAGES_IN_GAZA)
    counted = Counted(HOSTAGES_IN_GAZA, amount, find_head(HOSTAGES_IN_GAZA, amount), "captured", next_start, (),
                      "Israel", "Israel", speaker_side("Israel", context))
    assert subject_in_article(counted, "", False, context) == ("IL", False)


# --- risk ---------------------------------------------------------------------------------------------

def test_a_vague_amount_with_its_claimant_in_another_sentence_is_riskier():
    amount, _ = amount_in(KILLED_600, "thousands")
    (attribution,) = find_attributions(KILLED_600)
    assert risk_reasons(amount, 2, attribution, False, False) == ["vague amount"]
    moved = type(attribution)(attribution.text, 0, 0)
    reasons = risk_reasons(amount, 2, moved, False, False)
    assert reasons == ["vague amount", "claimant named in another sentence"]
    assert risk_score(reasons) == 0.5


# --- the layers ---------------------------------------------------------------------------------------

#: The package's modules from the bottom up: each may import only modules before it.
LAYERS = ["sentences", "head", "metric", "subject", "claimant", "period", "when", "kind", "risk", "context",
          "sides", "article", "table"]


def test_each_module_imports_only_the_decisions_below_it():
    folder = Path(warclaims.extract.__file__).parent
    assert sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__") == sorted(LAYERS)
    for position, name in enumerate(LAYERS):
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        imported = {node.module.rsplit(".", 1)[1] for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("warclaims.extract.")}
        assert imported <= set(LAYERS[:position]), (name, imported - set(LAYERS[:position]))
