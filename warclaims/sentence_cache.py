"""Decisions that depend on a sentence alone, kept for the sentences read last.

A sentence is read more than once: its amounts and claimants by its own claims, its claimants
again when a later sentence looks back, and the whole sentence again where a wire story is
syndicated by many outlets or a headline repeats as the first line.  `per_sentence` keeps a
pure function's answers for the last `SENTENCE_CACHE_SIZE` calls (bounded, so memory stays
flat); what it keeps must be immutable (tuples, frozen dataclasses, strings), as every caller
gets the same object.  `forget_sentences` empties every such cache, for a measurement of the
work itself.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

SENTENCE_CACHE_SIZE = 4096

_Function = TypeVar("_Function", bound=Callable[..., Any])
_CACHED: list[Any] = []


def per_sentence(function: _Function) -> _Function:
    """`function`, its last `SENTENCE_CACHE_SIZE` answers kept (`functools.lru_cache`)."""
    cached = lru_cache(maxsize=SENTENCE_CACHE_SIZE)(function)
    _CACHED.append(cached)
    return cached  # type: ignore[return-value]


def forget_sentences() -> None:
    """Empty every `per_sentence` cache."""
    for cached in _CACHED:
        cached.cache_clear()
