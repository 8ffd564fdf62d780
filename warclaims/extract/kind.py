"""What kind of count a claim is (`count_kind`, one of schema.COUNT_KINDS): a total to date,
a count for a stated span, or a rate.  Charted on one axis or compared for discrepancies, they would mislead.

The first rule that applies wins, read in the amount's clause (`period.period_clause`) and
its period phrase:

1. `rate`: "each day", "a day", "per week", "every month", "daily", "weekly";
2. `cumulative`: a total to date — the period opens with "since" or "by" ("killed by
   August 7"), or says "so far" or "to date"; or the clause says "in total", "a total of",
   "altogether", "overall", "cumulative", "as of", "since the start of the war", or that a
   toll, tally or total rose to, reached, stands at or passed the figure;
3. `unknown` for an event's toll ("killed in the attack"): neither a span of time nor a
   total to date; else `period` for a stated span of time — "in the past 24 hours", "last
   week", "in 2024", "in April", "between March and May", or a day: "on Tuesday",
   "yesterday", "overnight", "in a single day" — unless the day is when the figure was said
   ("said on Tuesday");
4. `cumulative` again for the present perfect with no span: "have been killed", "has suffered
   4,000 casualties" (a total so far);
5. else `unknown`.
"""
from __future__ import annotations

import re

from warclaims.extract.when import claim_date_phrase
from warclaims.patterns import lazy_compile
from warclaims.periods import RATE_PATTERN

_CUMULATIVE_PERIOD = lazy_compile(r"^(?:since|by|until)\b|\bso\s+far\b|\bto\s+date\b", re.I)
_CUMULATIVE_WORDS = lazy_compile(
    r"\bin\s+total\b|\ba\s+total\s+of\b|\baltogether\b|\boverall\b|\bcumulative\b|\bas\s+of\b|\bso\s+far\b|"
    r"\bto\s+date\b|\bsince\s+the\s+(?:start|beginning|outbreak)\b|\bthroughout\s+the\s+war\b|"
    r"\b(?:toll|tally|total|count)\b(?:\s+\S+){0,12}?\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:rose|risen|rises?|"
    r"climb(?:ed|s)?|reach(?:ed|es)?|stands?|stood|pass(?:ed|es)?|surpass(?:ed|es)?|exceed(?:ed|s)?|top(?:ped|s)?|"
    r"hit|hits|increas(?:ed|es)|grew|jump(?:ed|s)|soar(?:ed|s)|approach(?:ed|es|ing)?|cross(?:ed|es)|is|was)\b",
    re.I,
)
#: "have been killed", "has suffered", "have died": with no span, a total so far.
_PRESENT_PERFECT = lazy_compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|reportedly\s+|already\s+)?(?:been\s+(?:killed|"
                              r"wounded|injured|captured|taken|deployed|sent|lost)|lost|died|suffered|sent|deployed)\b", re.I)
_EVENT_PERIOD = lazy_compile(r"^in\s+the\b", re.I)
_DAY_SPAN = lazy_compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|overnight|"
    r"in\s+a\s+single\s+day|(?:on|in)\s+the\s+(?:same|previous)\s+day)\b", re.I)


def count_kind(clause: str, period: str, sentence: str) -> str:
    """'cumulative', 'period', 'rate' or 'unknown' for the amount whose clause and period
    phrase are given (see the module docstring); `sentence` tells a day the figure was said."""
    words = _Cues(clause)
    if (words.any(_RATE_CUES) and RATE_PATTERN.search(clause)) \
            or (period not in clause and RATE_PATTERN.search(period)):
        return "rate"
    if _CUMULATIVE_PERIOD.search(period) or (_may_be_cumulative(words) and _CUMULATIVE_WORDS.search(clause)):
        return "cumulative"
    if _EVENT_PERIOD.match(period):
        return "unknown"
    if period:
        return "period"
    day = _DAY_SPAN.search(clause) if words.any(_DAY_CUES) else None
    if day and not _is_when_said(sentence, clause, day):
        return "period"
    if words.any(_PERFECT_CUES) and _PRESENT_PERFECT.search(clause):
        return "cumulative"
    return "unknown"


class _Cues:
    """Cheap tests before the patterns above: on an ASCII clause (where re.IGNORECASE matches
    only ASCII letters), a pattern can match only if its lower-case literal cues occur; any
    other clause is always tried in full."""

    def __init__(self, clause: str) -> None:
        self.lowered = clause.lower() if clause.isascii() else None

    def any(self, cues: tuple[str, ...]) -> bool:
        return self.lowered is None or any(map(self.lowered.__contains__, cues))


#: Every alternative of RATE_PATTERN holds one of these; of _DAY_SPAN, "day" or "overnight"; of
#: _PRESENT_PERFECT, "have" or "has".
_RATE_CUES = ("day", "week", "month", "night", "hour", "daily", "weekly", "monthly")
_DAY_CUES = ("day", "overnight")
_PERFECT_CUES = ("have", "has")
#: Every alternative of _CUMULATIVE_WORDS holds one of these ("as of" both of its words).
_CUMULATIVE_CUES = ("total", "altogether", "overall", "cumulative", "far", "date", "since", "throughout", "toll",
                    "tally", "count")


def _may_be_cumulative(words: _Cues) -> bool:
    return words.any(_CUMULATIVE_CUES) or words.any(("as",)) and words.any(("of",))


def _is_when_said(sentence: str, clause: str, day: re.Match[str]) -> bool:
    """Whether the day phrase found in `clause` is the statement's date ("said on Tuesday")."""
    said = claim_date_phrase(sentence)
    if said is None:
        return False
    offset = sentence.find(clause)
    return offset >= 0 and said.start() <= offset + day.start() < said.end()
