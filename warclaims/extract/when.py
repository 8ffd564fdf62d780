"""When a claim was made (`claim_date`): the date a source gave its figure, which may lie
well before the article ("Seoul said in April that …" in an article of 3 September).

A date belongs to the statement when the sentence ties it to a saying verb or to the report
the figure comes from:

- after a saying verb and its object: "said on Monday", "told reporters on Thursday",
  "said in April", "estimated late last year", "said in its daily update on Tuesday";
- right before one: "The ministry on Monday said …";
- after a report: "in a report released last week", "in a statement on Friday";
- "as of April 3": the day the count was made;
- fronted before a sentence that reports: "On Monday, the ministry said …".

A date anywhere else ("killed on Tuesday", "in 2023") tells when people died, not when it was
said: that is the claim's period.  Phrases resolve against the publication date, backwards
(the latest such day or month on or before it), to a date and a precision
(schema.CLAIM_DATE_PRECISIONS): `day` (a weekday,
"yesterday", "today", "3 September"), `week` ("last week", "earlier this week": its Monday),
`month` ("in April", "last month": its first day) or `year` ("last year", "in 2023": 1 January).
A phrase that needs the publication date gives nothing when the article has none.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from warclaims.dates import MONTH_PATTERN, calendar_date, month_number
from warclaims.lexicon import whole_words
from warclaims.patterns import lazy_compile

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d\d"
#: The date phrases a statement can carry, each named by how it resolves.
_WHEN = (
    rf"(?:on\s+)?(?P<weekday>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:on\s+)?(?P<md_month>{MONTH_PATTERN})\s+(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<md_year>{_YEAR}))?"
    rf"|(?:on\s+)?(?:the\s+)?(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{MONTH_PATTERN})(?:,?\s+(?P<dm_year>{_YEAR}))?"
    rf"|(?:in\s+(?:(?:early|mid|late)[\s-]+)?|(?:early|mid|late)[\s-]+|at\s+the\s+(?:end|start|beginning)\s+of\s+)"
    rf"(?P<month>{MONTH_PATTERN})(?:\s+(?P<month_year>{_YEAR}))?(?![\w-])"
    rf"|(?P<relative>yesterday|today|(?:earlier\s+)?this\s+(?:week|month|year)|last\s+(?:week|month|year)"
    rf"|(?:early|late|earlier)\s+(?:last|this)\s+(?:week|month|year)|earlier\s+in\s+the\s+week)"
    rf"|in\s+(?P<year>{_YEAR})\b"
)
_SAY_VERB = (r"(?:said|says|told|reported|announced|estimated|stated|claimed|wrote|confirmed|added|"
             r"disclosed|revealed|briefed|informed|updated|assessed|put\s+the\s+(?:death\s+)?(?:toll|figure|number)|"
             r"released|published|issued|posted)")
#: What a saying verb may take before its date: "told reporters", "told the BBC", "said in a
#: statement", "told a news conference in Kyiv".
_OBJECT = (r"(?:\s+(?:reporters|journalists|lawmakers|parliament|legislators|the\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}"
           r"|a\s+(?:news\s+conference|press\s+conference|briefing)|(?:in|at)\s+(?:a|an|its|his|her|their|the)\s+"
           r"(?:[\w-]+\s+){0,2}?(?:statement|report|update|briefing|interview|post|address|speech|assessment)"
           r"|(?:in|at)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))")
_REPORT = (r"(?:report|statement|update|briefing|assessment|bulletin|post|tally|count|estimate)s?"
           r"(?:\s+(?:released|published|issued|posted|made|given|dated))?")
_AFTER_SAYING = lazy_compile(rf"\b{_SAY_VERB}(?:{_OBJECT}){{0,2}},?\s+(?:{_WHEN})", re.I)
_BEFORE_SAYING = lazy_compile(rf"(?:{_WHEN})\s+{_SAY_VERB}\b", re.I)
_AFTER_REPORT = lazy_compile(rf"\b{_REPORT}\s+(?:{_WHEN})", re.I)
_AS_OF = lazy_compile(rf"\bas\s+of\s+(?:{_WHEN}|(?P<as_of_month>{MONTH_PATTERN})(?:\s+(?P<as_of_year>{_YEAR}))?)", re.I)
_FRONTED = lazy_compile(rf"^\W*(?:{_WHEN})\s*,", re.I)
_SAYS_LATER = lazy_compile(rf"\b{_SAY_VERB}\b|\baccording\s+to\b", re.I)
_SAY_WORD = lazy_compile(whole_words(_SAY_VERB), re.I)
_SAYING = (_AFTER_SAYING, _BEFORE_SAYING)
#: A pre-check on an ASCII sentence in lower case: each alternative of `_WHEN` holds one of these
#: (weekdays end in "day"; every month name or abbreviation holds its three-letter stem).
_WHEN_CUE = lazy_compile(r"day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|year|(?:19|20)\d\d")


@lru_cache(maxsize=2048)
def claim_date_phrase(sentence: str) -> re.Match[str] | None:
    """The date phrase of the sentence's statement (see the module docstring), or None."""
    if sentence.isascii() and not _WHEN_CUE.search(sentence.lower()):
        return None   # every date phrase holds a weekday, a month, a relative day or a year
    saying = _SAY_WORD.search(sentence) is not None   # both saying patterns hold the verb as a whole word
    for pattern in (_AFTER_SAYING, _BEFORE_SAYING, _AFTER_REPORT, _AS_OF):
        match = pattern.search(sentence) if saying or pattern not in _SAYING else None
        if match:
            return match
    fronted = _FRONTED.match(sentence)
    if fronted and _SAYS_LATER.search(sentence, fronted.end()):
        return fronted
    return None


def claim_date(sentence: str, published: date | None) -> tuple[date | None, str]:
    """(date, precision) the sentence says its figure was given; (None, "") when it gives no clue."""
    match = claim_date_phrase(sentence)
    found, precision = _resolve(match, published) if match else (None, "")
    return (found, precision) if found else (None, "")


def _resolve(match: re.Match[str], published: date | None) -> tuple[date | None, str]:
    found = {name: value for name, value in match.groupdict().items() if value}
    if "weekday" in found:
        return _last_weekday(found["weekday"], published), "day"
    for day, month, year in (("md_day", "md_month", "md_year"), ("dm_day", "dm_month", "dm_year")):
        if day in found:
            return _day_of(int(found[day]), month_number(found[month]) or 0, found.get(year), published), "day"
    for month, year in (("month", "month_year"), ("as_of_month", "as_of_year")):
        if month in found:
            return _month_of(month_number(found[month]) or 0, found.get(year), published), "month"
    if "year" in found:
        return date(int(found["year"]), 1, 1), "year"
    if "relative" in found:
        return _relative(found["relative"].lower(), published)
    return None, ""


def _last_weekday(name: str, published: date | None) -> date | None:
    """The latest such weekday on or before the article: "on Monday" in a Wednesday article."""
    if published is None:
        return None
    return published - timedelta(days=(published.weekday() - _WEEKDAYS.index(name.lower())) % 7)


def _day_of(day: int, month: int, year: str | None, published: date | None) -> date | None:
    if year:
        return calendar_date(int(year), month, day)
    if published is None:
        return None
    this_year = calendar_date(published.year, month, day)
    if this_year is not None and this_year <= published:
        return this_year
    return calendar_date(published.year - 1, month, day)


def _month_of(month: int, year: str | None, published: date | None) -> date | None:
    if not 1 <= month <= 12:
        return None
    if year:
        return date(int(year), month, 1)
    if published is None:
        return None
    return date(published.year if month <= published.month else published.year - 1, month, 1)


def _relative(words: str, published: date | None) -> tuple[date | None, str]:
    """'yesterday', 'last week', 'earlier this month', 'late last year' against the article's date."""
    if published is None:
        return None, ""
    if words == "yesterday":
        return published - timedelta(days=1), "day"
    if words == "today":
        return published, "day"
    last = "last" in words
    if words.endswith("week"):
        monday = published - timedelta(days=published.weekday() + (7 if last else 0))
        return monday, "week"
    if words.endswith("month"):
        first = published.replace(day=1)
        return ((first - timedelta(days=1)).replace(day=1) if last else first), "month"
    return date(published.year - 1 if last else published.year, 1, 1), "year"
