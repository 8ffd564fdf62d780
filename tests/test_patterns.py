"""`warclaims.patterns.lazy_compile`: a pattern compiled on first use answers as `re.compile` does."""
from __future__ import annotations

import copy
import pickle
import re

import pytest

from warclaims.patterns import LazyPattern, lazy_compile

TEXT = "About 3,000 troops, then 1,200 more; TWO thousand"
CALLS = [("search", (TEXT,)), ("search", (TEXT, 10)), ("search", (TEXT, 0, 5)), ("match", (TEXT,)), ("match", (TEXT, 6)),
         ("fullmatch", ("3,000",)), ("findall", (TEXT,)), ("sub", ("#", TEXT)), ("sub", (lambda m: m.group()[::-1], TEXT, 1)),
         ("subn", ("#", TEXT)), ("split", (TEXT,)), ("split", (TEXT, 1))]


def spans(result: object) -> object:
    """A result compared by value: a match by its span and groups."""
    if isinstance(result, re.Match):
        return result.span(), result.groups()
    return result


@pytest.mark.parametrize(("method", "arguments"), CALLS)
@pytest.mark.parametrize("flags", [0, re.I])
def test_each_method_answers_as_the_compiled_pattern(method: str, arguments: tuple, flags: int) -> None:
    compiled = re.compile(r"(\d[\d,]*)|two", flags)
    lazy = lazy_compile(r"(\d[\d,]*)|two", flags)
    for _ in range(2):   # the first call compiles, the second calls the compiled pattern's own method
        assert spans(getattr(lazy, method)(*arguments)) == spans(getattr(compiled, method)(*arguments))
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]


def test_nothing_is_compiled_before_first_use() -> None:
    lazy = lazy_compile(r"(?P<n>\d+)")
    assert lazy.pattern == r"(?P<n>\d+)" and lazy._compiled is None
    assert f"(?:{lazy.pattern})+" == r"(?:(?P<n>\d+))+"   # patterns are built from others' text
    assert lazy._compiled is None
    assert lazy.groupindex == {"n": 1} and lazy.flags == re.compile(r"(?P<n>\d+)").flags


def test_a_bad_pattern_fails_when_first_used() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")


@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy, lambda p: pickle.loads(pickle.dumps(p))])
def test_a_pattern_can_be_copied_and_pickled(duplicate) -> None:
    lazy = lazy_compile(r"\d+")
    assert isinstance(duplicate(lazy), LazyPattern) and duplicate(lazy).search(TEXT).group() == "3"
    lazy.search(TEXT)
    assert duplicate(lazy).search(TEXT).group() == "3"
