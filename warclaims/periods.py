"""The time a figure refers to: found in the claim's clause and resolved to dates.

Conventions (stated in the README): a year splits in thirds — "early" is January–April,
"mid" May–August, "late" September–December; a month splits in thirds the same way
("mid-January" is 11–20 January); "recently" is the 30 days before the article; "since X" runs
from X to the article's date; "so far"/"to date" end on the article's date; a month named
without a year is its latest occurrence on or before the article's date ("by December" looks
forward to the next December); "this year/month/week" ends on the article's date; "next
year/month/week" is the whole calendar year, month or Monday-to-Sunday week after it; seasons are
northern (spring March–May, summer June–August, autumn September–November, winter
December–February).  Rates ("each day") and events ("in the Hamas attack") keep their words
but get no dates.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from warclaims.dates import MONTH_PATTERN, month_number
from warclaims.lexicon import fold, word_alternation
from warclaims.patterns import lazy_compile

_PART = r"(?:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of|end\s+of|start\s+of)"
_YEARISH = r"(?:(?:19|20)\d\d|last\s+year|this\s+year|next\s+year)"
_MONTHISH = rf"(?:{MONTH_PATTERN}(?:\s+(?:19|20)\d\d|\s+(?:this|last)\s+year)?)"
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"

_EVENT_WORDS = (r"attacks?|offensive|assault|strikes?|raids?|bombings?|shelling|ambush|explosion|"
                r"blast|massacre")
_EVENT = lazy_compile(rf"^in\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:{_EVENT_WORDS})\b", re.I)
PERIOD_PATTERN = lazy_compile(
    r"(?:"
    rf"\bsince\s+(?!it\b|they\b|he\b|she\b|then\b)(?:[^,;]|,(?=\s*(?:19|20)\d\d\b)){{3,120}}?(?=,(?!\s*(?:19|20)\d\d\b)|;|\.?\s*$|\s+(?:according|said|has|have|had|and\s+(?:is|are|was|were|has|have))\b"
    # "since February 2022 to about 1,020,000": the figure the period runs up to is no part of it
    r"|\s+(?:to|at|of)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|roughly|"
    r"approximately)\s+)?\d)"
    rf"|\b(?:in|during|by|until|through|throughout|over)\s+(?:{_PART}[\s-]*)?(?:{_MONTHISH}(?:\s+and\s+{_MONTHISH})?|{_YEARISH})"
    rf"|\bbetween\s+{_MONTHISH}\s+and\s+{_MONTHISH}"
    rf"|\b{_PART}[\s-]*(?:{_MONTHISH}|{_YEARISH})"
    rf"|\b(?:last|this|past|next)\s+(?:year|month|week)\b"
    rf"|\bin\s+(?:the\s+)?(?:past|last|less\s+than|under)\s+(?:a\s+|{_NUMBER_WORD}\s+){_UNIT}"
    rf"|\b(?:over|during)\s+the\s+(?:past|last)\s+(?:{_NUMBER_WORD}\s+)?{_UNIT}"
    rf"|\b(?:(?:last|this|next|in|by|during|the|early|late)\s+)+(?:spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?:19|20)\d\d)?\b"
    rf"|\bin\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:{_EVENT_WORDS})\b"
    r"|\b(?:so\s+far|to\s+date|recently|each\s+day|every\s+day|per\s+day|a\s+day|daily|each\s+month|per\s+month)\b"
    r"(?!\s+(?:after|before|earlier|later|ago|of|when|since)\b)"
    r")",
    re.I,
)
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


#: Every alternative of PERIOD_PATTERN holds one of these, in lower case: "since"; a month
#: name or abbreviation (each holds one of the three-letter stems); a year or "year"; "month",
#: "week", or a unit (hour, day, …); a season; an event word; "so far", "to date",
#: "recently", "daily" or a rate ("each day", "per month", …).  A folded clause (see
#: `warclaims.lexicon.fold`) without any of them has no period phrase.
_PERIOD_CUES = lazy_compile(word_alternation([
    "since", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "year",
    "month", "week", "hour", "day", "daily", "spring", "summer", "autumn", "fall", "winter", "attack",
    "offensive", "assault", "strike", "raid", "bombing", "shelling", "ambush", "explosion", "blast", "massacre",
    "far", "date", "recently",
]) + r"|(?:19|20)\d\d")


#: Where a PERIOD_PATTERN match can begin in a folded clause: every alternative begins with
#: `\b` and one of these words.  (They are all letters, so no match begins inside one found:
#: finding them one after another misses no beginning.)
_PERIOD_START = lazy_compile(r"\b(?:" + word_alternation(sorted({
    "since", "in", "during", "by", "until", "through", "throughout", "over", "between", "early", "mid", "late",
    "the", "end", "start", "last", "this", "past", "next", "so", "to", "recently", "each", "every", "per", "a",
    "daily",
})) + ")")


@lru_cache(maxsize=2048)
def find_period(clause: str) -> str:
    """The first period phrase in `clause`, in the article's words ("" when none)."""
    lowered = fold(clause)
    if lowered is None:
        match = PERIOD_PATTERN.search(clause)
    elif _PERIOD_CUES.search(lowered) is None:
        return ""
    else:   # the leftmost match, tried only where one can begin
        match = next((found for start in _PERIOD_START.finditer(lowered)
                      if (found := PERIOD_PATTERN.match(clause, start.start()))), None)
    return match.group().strip().rstrip(".") if match else ""


def _month_span(year: int, month: int, part: str = "") -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    if part.startswith("early") or "start" in part or "beginning" in part:
        return date(year, month, 1), date(year, month, 10)
    if part.startswith("mid") or "middle" in part:
        return date(year, month, 11), date(year, month, 20)
    if part.startswith("late") or "end" in part:
        return date(year, month, 21), date(year, month, last)
    return date(year, month, 1), date(year, month, last)


def _year_span(year: int, part: str = "") -> tuple[date, date]:
    if part.startswith("early") or "start" in part or "beginning" in part:
        return date(year, 1, 1), date(year, 4, 30)
    if part.startswith("mid") or "middle" in part:
        return date(year, 5, 1), date(year, 8, 31)
    if part.startswith("late") or "end" in part:
        return date(year, 9, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


_EXPLICIT_YEAR = lazy_compile(r"\b((?:19|20)\d\d)\b")
_LAST_YEAR = lazy_compile(r"\blast\s+year\b")
_NEXT_YEAR = lazy_compile(r"\bnext\s+year\b")
_THIS_YEAR = lazy_compile(r"\bthis\s+year\b")
_MONTH = lazy_compile(rf"{MONTH_PATTERN}", re.I)


def _year_of(words: str, published: date) -> int | None:
    explicit = _EXPLICIT_YEAR.search(words)
    if explicit:
        return int(explicit.group(1))
    if _LAST_YEAR.search(words):
        return published.year - 1
    if _NEXT_YEAR.search(words):
        return published.year + 1
    if _THIS_YEAR.search(words):
        return published.year
    return None


def _months_in(words: str) -> list[int]:
    return [m for m in (month_number(w) for w in _MONTH.findall(words)) if m]


def _month_year(month: int, words: str, published: date, forward: bool) -> int:
    """The year of a month named without one: its latest occurrence (or next, for "by")."""
    year = _year_of(words, published)
    if year is not None:
        return year
    if forward:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


#: A rate: "each day", "a day", "per week", "daily" (not "a day after", "daily update").
RATE_PATTERN = lazy_compile(r"\b(?:each|every|per|a)\s+(?:day|week|month|night|hour)\b(?!\s+(?:after|before|earlier|"
                          r"later|of|when|since|ago)\b)|\b(?:daily|weekly|monthly)\b(?!\s+(?:update|report|briefing|"
                          r"bulletin)\b)", re.I)
_SO_FAR = lazy_compile(r"\bso\s+far\b|\bto\s+date\b")
_RELATIVE = lazy_compile(rf"(?:past|last|less\s+than|under)\s+(?:(a|{_NUMBER_WORD})\s+)?({_UNIT})")
_LAST_UNIT_END = lazy_compile(r"\blast\s+(?:year|month|week)\s*$")
_THIS = lazy_compile(r"\bthis\b")
_LAST = lazy_compile(r"\blast\b")


@lru_cache(maxsize=1024)
def resolve_period(phrase: str, published: date | None) -> tuple[date | None, date | None]:
    """(start, end) of a period phrase against the article's date; None where it is open."""
    if not phrase or published is None:
        return None, None
    words = phrase.lower()
    if RATE_PATTERN.search(words) or _EVENT.match(words):
        return None, None
    if _SO_FAR.search(words):
        return None, published
    if words == "recently":
        return published - timedelta(days=30), published
    relative = _RELATIVE.search(words)
    if relative and not _LAST_UNIT_END.search(words):
        count_word = relative.group(1) or "1"
        count = int(count_word) if count_word.isdigit() else _NUMBER_WORDS.get(count_word, 1)
        unit_days = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}[relative.group(2).rstrip("s")]
        return published - timedelta(days=max(1, round(count * unit_days))), published
    start, end = _calendar_span(words, published)
    if _THIS.search(words) and end and end > published:
        end = published   # "this year" counts up to the article, not to December
    if words.startswith("since"):
        return start, published
    if words.startswith(("by ", "until ", "through ")):
        return None, end
    return start, end


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_SEASON_WORDS = {name: lazy_compile(rf"\b{name}\b") for name in _SEASONS}
_PART = lazy_compile(r"\b(early|mid|late|end|start|beginning|middle)\b")
_DAY = lazy_compile(
    rf"{MONTH_PATTERN}\s+([0-3]?\d)\b(?!\s*,?\s*(?:19|20)\d\d\b)|{MONTH_PATTERN}\s+([0-3]?\d),?\s+(?:19|20)\d\d",
    re.I,
)
_LAST_MONTH = lazy_compile(r"\b(?:last|past)\s+month\b")
_THIS_MONTH = lazy_compile(r"\bthis\s+month\b")
_LAST_WEEK = lazy_compile(r"\b(?:last|past)\s+week\b")
_THIS_WEEK = lazy_compile(r"\bthis\s+week\b")
_NEXT_MONTH = lazy_compile(r"\bnext\s+month\b")
_NEXT_WEEK = lazy_compile(r"\bnext\s+week\b")


def _season_span(words: str, published: date) -> tuple[date, date] | None:
    """Northern-hemisphere seasons: spring March–May, summer June–August, autumn
    September–November, winter December–February; "last autumn" is the latest one that ended
    before the article, a bare season the latest one that began on or before it."""
    season = next((name for name in _SEASONS if _SEASON_WORDS[name].search(words)), None)
    if season is None:
        return None
    first, last = _SEASONS[season]
    year = published.year if _THIS.search(words) else _year_of(words, published)
    if year is None:
        year = published.year if first <= published.month else published.year - 1
        if _LAST.search(words) and (first <= published.month <= (last if last > first else 12)):
            year -= 1
    end_year = year + 1 if last < first else year
    return date(year, first, 1), date(end_year, last, calendar.monthrange(end_year, last)[1])


def _calendar_span(words: str, published: date) -> tuple[date | None, date | None]:
    """The calendar span a phrase names: a season, a part of a month or year, or a week/month/year."""
    season = _season_span(words, published)
    if season:
        return season
    part_match = _PART.search(words)
    part = part_match.group(1) if part_match else ""
    months = _months_in(words)
    forward = words.startswith("by ")
    day = _DAY.search(words)
    if months and day and len(months) == 1:
        year = _month_year(months[0], words, published, forward)
        try:
            exact = date(year, months[0], int(day.group(1) or day.group(2)))
            return exact, exact
        except ValueError:
            pass
    if months:
        first_year = _month_year(months[0], words, published, forward)
        last_year = _month_year(months[-1], words, published, forward)
        start = _month_span(first_year, months[0], part)[0]
        end = _month_span(last_year, months[-1], part)[1]
        return start, end
    year = _year_of(words, published)
    if year is not None:
        return _year_span(year, part)
    if _LAST_MONTH.search(words):
        previous = published.replace(day=1) - timedelta(days=1)
        return _month_span(previous.year, previous.month)
    if _THIS_MONTH.search(words):
        return date(published.year, published.month, 1), published
    if _LAST_WEEK.search(words):
        monday = published - timedelta(days=published.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if _THIS_WEEK.search(words):
        return published - timedelta(days=published.weekday()), published
    if _NEXT_MONTH.search(words):
        following = published.replace(day=28) + timedelta(days=4)
        return _month_span(following.year, following.month)
    if _NEXT_WEEK.search(words):
        monday = published + timedelta(days=7 - published.weekday())
        return monday, monday + timedelta(days=6)
    return None, None
