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
            self._compiled = compile_pattern(self.pattern, self._flags)
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
