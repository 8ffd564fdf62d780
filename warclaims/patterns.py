"""Regular expressions compiled the first time they are used (`lazy_compile`), not when their
module is imported.

Compiling its patterns is most of what importing the extractor costs, and a command that reads
one article uses a fraction of them (a page without a dateline never needs the dateline's).
A `LazyPattern` holds a pattern's text and flags, compiles them on the first call of one of its
methods, and then puts the compiled pattern's own methods on itself, where they shadow the
class's: from the second call on, `pattern.search(text)` costs what it costs on `re.Pattern`.
`pattern` (the text) is there before compiling, so patterns can still be built from others.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from warclaims.pattern_store import compile_pattern

#: The methods of `re.Pattern` a compiled `LazyPattern` hands out as they are.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, put off until one of its methods is called."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once); its methods then stand on this object."""
        if self._compiled is None:
            self._compiled = compile_pattern(self.pattern, self._flags, with_first_character_check)
            vars(self).update({name: getattr(self._compiled, name) for name in _METHODS})
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:
        """The compiled pattern's other attributes (`flags`, `groups`, `groupindex`)."""
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)   # copy and pickle look for these before __init__ has run
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use: `re.compile(pattern, flags)` for what it matches."""
    return LazyPattern(pattern, flags)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def with_first_character_check(pattern: str) -> str:
    """`pattern` led by a look-ahead on the characters a match can start with, when those are a
    short list of literals (`first_characters`): it matches exactly the same, faster.  The
    engine scans ahead for a pattern's first character only when that is a literal it need not
    fold, so a pattern that opens with `\\b`, or any pattern under re.IGNORECASE, is otherwise
    tried in full at every position; the look-ahead rejects most positions at one character."""
    firsts = first_characters(pattern)
    if not firsts or _GLOBAL_FLAGS.match(pattern):   # global flags must stay first
        return pattern
    return f"(?=[{re.escape(''.join(sorted(firsts)))}])(?:{pattern})"


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with (as written: case is the flags'
    business), or None when that is not a short list of literals (a class like \\w, a pattern
    that may match nothing, a group that turns case-insensitive matching on, a construct not
    read here)."""
    try:
        from re import _constants as constants  # Python 3.11+
        from re import _parser as parser
    except ImportError:   # pragma: no cover - Python < 3.11
        return None

    def sequence(items: list) -> tuple[set[str], bool]:
        found: set[str] = set()
        for op, argument in items:
            firsts, empty = item(op, argument)
            found |= firsts
            if not empty:
                return found, False
        return found, True

    def item(op: object, argument: object) -> tuple[set[str], bool]:
        if op is constants.LITERAL:
            return {chr(argument)}, False
        if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            return set(), True   # they match no characters
        if op is constants.SUBPATTERN:
            if argument[1] & re.IGNORECASE:
                raise ValueError("(?i:…)")   # its letters match more than the look-ahead would
            return sequence(argument[-1])
        if op is constants.BRANCH:
            found, empty = set(), False
            for branch in argument[1]:
                firsts, may_be_empty = sequence(branch)
                found |= firsts
                empty = empty or may_be_empty
            return found, empty
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)):
            firsts, empty = sequence(argument[2])
            return firsts, empty or argument[0] == 0
        if op is constants.IN:
            characters: set[str] = set()
            for kind, value in argument:
                if kind is constants.LITERAL:
                    characters.add(chr(value))
                elif kind is constants.RANGE and value[1] - value[0] < 30:
                    characters.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    raise ValueError(kind)
            return characters, False
        raise ValueError(op)

    try:
        firsts, empty = sequence(list(parser.parse(pattern)))
    except (ValueError, TypeError, AttributeError, IndexError, re.error):
        return None
    return None if empty or not firsts else frozenset(firsts)

