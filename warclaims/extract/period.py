"""The period a claim covers (`period_clause`), and whether it adds to an earlier figure
(`is_incremental`).

A period phrase belongs to an amount only inside the amount's clause: from the last comma or
semicolon before it (within `WINDOW`; after a "that" there) to the next one after its noun (not
the comma of "Feb. 24, 2022"), or to the next amount.  When that clause names no period, a
fronted phrase that is a period alone ("In 2023, …") is taken, and a result clause (", killing
12 …") reads from the sentence's start.  `warclaims.periods` finds the phrase in the clause and
resolves it to dates.

An amount adds to an earlier figure after "another", "an additional", "a further", "an extra"
or "fresh", and with "more" ("three more soldiers") unless an earlier claim of its sentence had
another metric ("600 killed and thousands more wounded").
"""
from __future__ import annotations

import re

from warclaims.extract.head import MORE_WORDS, WINDOW, Head
from warclaims.numbers import Amount
from warclaims.periods import find_period
from warclaims.patterns import lazy_compile

_THAT = lazy_compile(r"\bthat\b")
_CLAUSE_END = lazy_compile(r";|,(?!\s*(?:19|20)\d\d\b)")
_FRONTED = lazy_compile(r"^\W*(?P<phrase>[^,]{3,40}),")
_RESULT_CLAUSE = lazy_compile(r"^\s*(?:and\s+)?(?:killing|wounding|injuring|leaving)\b", re.I)


def period_clause(sentence: str, amount: Amount, head: Head, next_start: int) -> str:
    """The clause a period phrase must stand in to belong to this amount."""
    floor = max(0, amount.hedge_start - WINDOW)
    left = max(sentence.rfind(",", floor, amount.hedge_start), sentence.rfind(";", floor, amount.hedge_start))
    left = left if left >= 0 else (floor - 1 if floor else -1)
    clause_start = 0 if left < 0 else left + 1
    stretch = sentence[clause_start:amount.hedge_start]
    that = list(_THAT.finditer(stretch)) if "that" in stretch else []
    if that:
        clause_start += that[-1].end()
    right = _CLAUSE_END.search(sentence[head.end or amount.end:next_start])   # "Feb. 24, 2022"
    clause_end = (head.end or amount.end) + right.start() if right else next_start
    clause = sentence[clause_start:clause_end]
    fronted = _FRONTED.match(sentence)
    if not find_period(clause) and fronted and find_period(fronted.group("phrase")) == fronted.group("phrase").strip():
        return fronted.group("phrase")
    if not find_period(clause) and _RESULT_CLAUSE.match(sentence[clause_start:amount.hedge_start]):
        clause = sentence[:clause_end]
    return clause


_ANOTHER_BEFORE = lazy_compile(r"\b(?:another|an\s+additional|additional|a\s+further|further|an\s+extra|extra|fresh)\s*$")
_MORE_AFTER = lazy_compile(r"\s+more\b")


def is_incremental(sentence: str, amount: Amount, head: Head, metric: str,
                   earlier_metrics: list[str]) -> bool:
    before = sentence[max(0, amount.hedge_start - 25):amount.hedge_start].lower()
    if _ANOTHER_BEFORE.search(before):
        return True
    modifiers = {w.lower() for w in head.modifiers.split()}
    after = sentence[amount.end:amount.end + 12].lower()
    more = "more" in modifiers or bool(_MORE_AFTER.match(after))
    if modifiers & (MORE_WORDS - {"more", "new"}):
        return True
    return more and not any(m != metric for m in earlier_metrics)
