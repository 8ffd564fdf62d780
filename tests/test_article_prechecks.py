"""The cheap tests before page metadata's per-line patterns (warclaims.articles) never skip a
line a pattern would match: a substring test on the folded line stands for re.IGNORECASE,
a first-character test for an anchored pattern, one combined pattern for several."""
from __future__ import annotations

import random
import re
import sys

import pytest

from warclaims import articles
from warclaims.articles import _clean_heading, _folded, _may_be_bullet, _may_contain, find_wire, split_lines

def test_folding_keeps_every_ascii_letter_ignorecase_matches():
    any_letter = re.compile("[a-z]", re.I)
    characters = [chr(code_point) for code_point in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(code_point))]
    assert len(characters) == 52 + 4   # the twins of _ASCII_CASE_TWINS
    for character in characters:
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(letter, character, re.I):
                assert letter in _folded(character), (hex(ord(character)), letter)


@pytest.mark.parametrize("text, words, expected", [
    ("FILE PHOTO", ("file photo",), True),
    ("F\u0130LE PHOTO", ("file photo",), True),
    ("\u017fource: AP", ("source",), True),
    ("Photo", ("image", "picture"), False),
])
def test_may_contain(text, words, expected):
    assert _may_contain(text, *words) is expected
    assert bool(re.search("|".join(map(re.escape, words)), text, re.I)) is expected


def test_bullet_precheck_never_misses_a_bullet():
    alphabet = [" ", "\t", "\u3000", "-", "•", "*", "·", "1", "\u0663", "\xb2", ".", "a", "x"]
    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 7)))
        if text.strip() and articles._BULLET.match(text):
            assert _may_be_bullet(text.strip()), repr(text)


def test_combined_boilerplate_pattern_matches_as_its_parts():
    lines = ["Photo: AP", "Source: Reuters", "Advertisement", "Image by Kim", "\u017fource: AFP", "Sourced: x",
             "The photo shows", "share this", "pictures of", "SOURCE : TASS", "copyright 2024 x"]
    parts = (articles._BOILERPLATE, articles._PHOTO_LINE, articles._SOURCE_LINE)
    for line in lines:
        expected = any(pattern.match(line) for pattern in parts)
        assert bool(articles._BOILERPLATE_PHOTO_OR_SOURCE.match(line)) is expected, line


@pytest.mark.parametrize("page, wire", [
    ("BY AP and Reuters\nbody", "AP/Reuters"),
    ("bY afp", "AFP"),
    ("WASHINGTON, Sept. 3, 2025 (Reuters) — text", "Reuters"),
    ("\u017fOURCE: Anadolu Agency", "AA"),
    ("By John Smith, Washington (AP) — text\nSource: AFP", "AP/AFP"),
    ("washington, (AP) — lower case opens no dateline", ""),
    ("Source AFP, no colon", ""),
])
def test_find_wire(page, wire):
    assert find_wire(split_lines(page)) == wire


def _clean_heading_by_characters(text: str) -> str:
    start, end = 0, len(text)
    while start < end and (text[start] in "#*" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] == "*" or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def test_clean_heading_strips_as_a_character_scan_does():
    alphabet = ["#", "*", " ", "\t", "\u3000", "\xa0", "\u2028", "\x1c", "a", "-"]
    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(9)))
        assert _clean_heading(text) == _clean_heading_by_characters(text), repr(text)


def test_byline_precheck_never_misses_a_byline():
    alphabet = ["b", "B", "y", "Y", "by", " ", "\u3000", "-", "—", ":", "_", "1", "\u0663", "é", "ſ", "a", "Kim"]
    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 8))).strip()
        if text and articles._BYLINE.match(text):
            assert articles._may_open_with_by(text), text


def _is_prose_by_all_words(line: str) -> bool:
    """`articles.is_prose` as written before: every word of the line split off and counted."""
    words = line.split()
    return (len(words) >= 8 and articles._ends_sentence(line)) or len(words) >= 30


def test_is_prose_tells_as_a_count_of_every_word_does():
    rng = random.Random(15)
    for _ in range(5_000):
        words = rng.randrange(0, 40)
        line = rng.choice(["", " ", "\t"]) + " ".join(rng.choice(["word", "x", "said."]) for _ in range(words))
        line += rng.choice(["", ".", ". ", "?\u201d", " \n"])
        assert articles.is_prose(line) is _is_prose_by_all_words(line), line
