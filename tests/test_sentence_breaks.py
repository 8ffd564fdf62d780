"""Where `warclaims.extract.sentences` breaks sentences and joins hard-wrapped lines, on real
paragraphs and against the patterns as they were written before the speed work.

The paragraphs are copied from ../shared/devset/articles (named by article id), with the
sentences the splitter found in them before; the tests do not read ../shared.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warclaims.extract import sentences
from warclaims.extract.sentences import join_wrapped_lines, split_sentences

#: (article, paragraph, [(start, length) of each sentence])
PARAGRAPHS = [
    ("c12", "The U.S. soldiers, comprising mostly infantrymen, will bulk up a force that had numbered around 1,700. "
            "They will fall under the command of Maj. Gen. Christopher Donahue, commanding general of the 82nd "
            "Airborne Division, who has already arrived in Poland.", [(0, 102), (103, 151)]),
    ("c12", "Another 300 soldiers from the Army's XVIII Airborne Corps also have set up a headquarters element - "
            "Combined Joint Task Force Dragon - in Germany. The operation is being led by Lt. Gen. Michael \"Erik\" "
            "Kurilla.", [(0, 146), (147, 62)]),
    ("d04", "Official figures provided by Ukraine’s military are higher. As of Sept. 4, Ukraine has reportedly knocked "
            "out 2,049 Russian tanks.", [(0, 59), (60, 70)]),
    ("e02", "Zelenskyy's statement, shared via Telegram, comes as U.S. President-elect Donald Trump claimed on his Truth "
            "Social platform that Ukrainian military losses had reached \"400,000 soldiers, and many more civilians.\" "
            "The Ukrainian leader refuted those figures, emphasizing the resilience of the Armed Forces and the "
            "effectiveness of the country's medical teams.", [(0, 211), (212, 144)]),
    ("f02", "Palestinians search for victims and survivors in the rubble of a residential building destroyed by Israeli "
            "airstrike in Khan Younis, southern Gaza Strip, Palestine, Oct. 26, 2023. (EPA Photo)", [(0, 179), (180, 11)]),
]


@pytest.mark.parametrize(("article", "paragraph", "expected"), PARAGRAPHS, ids=[p[0] for p in PARAGRAPHS])
def test_devset_paragraphs_break_where_they_broke_before(article: str, paragraph: str, expected: list) -> None:
    found = split_sentences(paragraph, [(0, len(paragraph))])
    assert [(s.start, len(s.text)) for s in found] == expected


#: The sentence break as written before: "[.!?]+" opening the pattern.
_BREAK_BEFORE = re.compile(r"[.!?]+[\"”’')\]]*(?:\s+|(?=[\"“‘]?[A-Z][a-z]))")


@given(st.text(alphabet=st.sampled_from(list(".!?\"”’')]“‘ \nAbz1")), max_size=30))
def test_the_break_pattern_finds_the_breaks_it_found_before(text: str) -> None:
    assert [m.span() for m in sentences._SENTENCE_BREAK.finditer(text)] == [m.span() for m in _BREAK_BEFORE.finditer(text)]


def _segments(text: str) -> list[tuple[int, int]]:
    """Each line's (start, end) in `text`, blank lines left out (as the body's segments are)."""
    found, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def joined_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in join_wrapped_lines(text, _segments(text))]


def test_a_line_that_runs_on_in_lower_case_is_joined() -> None:
    assert joined_texts("Seoul said 600 soldiers were killed, according to\nthe spy agency.\nThey fought.") == [
        "Seoul said 600 soldiers were killed, according to\nthe spy agency.", "They fought."]


def test_a_capital_ends_a_paragraph_and_so_does_a_line_of_text_between() -> None:
    assert joined_texts("Seoul said, according to\nThe Korea Herald.") == ["Seoul said, according to", "The Korea Herald."]
    text = "Seoul said, according to"
    assert join_wrapped_lines(text + "x the agency", [(0, len(text)), (len(text) + 2, len(text) + 12)]) == [
        (0, len(text)), (len(text) + 2, len(text) + 12)]


def test_a_line_in_lower_case_runs_on_even_after_a_blank_line() -> None:
    """As the splitter has always done (the module's docstring says a blank line always ends
    a paragraph; only in a hard-wrapped article does it)."""
    assert joined_texts("Seoul said 600 soldiers were killed, according to\n\nthe spy agency.") == [
        "Seoul said 600 soldiers were killed, according to\n\nthe spy agency."]


def test_in_a_hard_wrapped_article_a_line_runs_on_into_a_capital() -> None:
    lines = ["North Korea has sent about 11,000 soldiers to Russia, South Korean and",
             "Ukrainian officials said on Monday, adding that many had been killed in",
             "Kursk region fighting that has lasted for months and shows no sign of end",
             "Western officials say more troops could follow in the coming weeks as the",
             "Kremlin seeks to retake ground it lost to a Ukrainian incursion in August"]
    assert joined_texts("\n".join(lines)) == ["\n".join(lines)]
    assert joined_texts("\n\n".join(lines)) == lines   # blank lines still end paragraphs
