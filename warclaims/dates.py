"""Calendar dates as news text writes them: "2025-09-03", "September 3, 2025", "28 April 2025",
"Nov. 25, 2024", "23rd Dec, 2024", "3-Sep-2025", "2025.05.02", "2025年5月2日", and "02/05/2025",
whose order of day and month only the page can tell.  Only full dates (day, month and year) are
read here; periods such as "late last year" are resolved in `warclaims.periods`.

Also here: the labels pages put before their dates ("Published:", "Last updated", "입력",
"Опубликовано"), and the clues to the order in which a page writes day and month.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from warclaims.patterns import lazy_compile

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
DAY_FIRST, MONTH_FIRST = "day-first", "month-first"

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: Year first, any of "-", "." or "/" between the parts: ISO "2025-09-03" (also "…T14:22"),
#: "2025.05.02", "2025/5/2".  The lookarounds keep it out of longer runs of digits and dots.
#: (Each pattern opens with a lookahead for its first character: it lets the regex engine
#: skip to the places where a date can start, several times faster on long lines.)
_YEAR_FIRST = lazy_compile(
    rf"(?=[12])(?<![\w.]){_YEAR}(?P<sep>[-./])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d|[.,]\d)")
_MONTH_DAY_YEAR = lazy_compile(rf"(?=[JFMASOND])\b(?P<month>{MONTH_PATTERN})\s+{_DAY},?\s+{_YEAR}\b", re.I)
_DAY_MONTH_YEAR = lazy_compile(
    rf"(?=\d)\b{_DAY}(?:\s+|-)(?:of\s+)?(?P<month>{MONTH_PATTERN})(?:,?\s+|-){_YEAR}\b", re.I)
#: Year last, "02/05/2025", "2.5.2025", "02-05-2025": day first or month first.
_YEAR_LAST = lazy_compile(
    rf"(?=\d)(?<![\w.,/-])(?P<first>[0-3]?\d)(?P<sep>[-./])(?P<second>[0-3]?\d)(?P=sep){_YEAR}(?!\w|[.,]\d)")
#: Chinese and Japanese "2025年5月2日", Korean "2025년 5월 2일".
_EAST_ASIAN = lazy_compile(rf"{_YEAR}\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]")


class WrittenDate(NamedTuple):
    """A date as the text writes it, at text[start:end].

    `readings` are the calendar days it can mean: one; none when it names no real day
    ("2031-02-30", "31 June 2025"); or two, day-first reading then month-first, for digits
    such as "02/05/2025" that make a real day either way.
    """

    start: int
    end: int
    text: str
    readings: tuple[date, ...]

    @property
    def value(self) -> date | None:
        """The day it names, when the writing alone settles it."""
        return self.readings[0] if len(self.readings) == 1 else None

    @property
    def is_calendar_date(self) -> bool:
        return bool(self.readings)

    def read_in_order(self, order: str) -> date | None:
        """The day it names on a page that writes numeric dates in `order` ("" when unknown)."""
        if len(self.readings) == 2 and order:
            return self.readings[0] if order == DAY_FIRST else self.readings[1]
        return self.value


def month_number(name: str) -> int | None:
    """1–12 for a month name or abbreviation ("Sept.", "december"), else None."""
    return MONTHS.get(name.lower().rstrip("."))


def calendar_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it is no calendar day (2031-02-30, month 0)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _read_numbered(match: re.Match[str]) -> tuple[date, ...]:
    found = calendar_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return (found,) if found else ()


def _read_named(match: re.Match[str]) -> tuple[date, ...]:
    found = calendar_date(int(match["year"]), month_number(match["month"]) or 0, int(match["day"]))
    return (found,) if found else ()


def _year_last_readings(match: re.Match[str]) -> tuple[date | None, date | None]:
    """"02/05/2025" read day first and month first; None where that is no real day."""
    year, first, second = int(match["year"]), int(match["first"]), int(match["second"])
    return calendar_date(year, second, first), calendar_date(year, first, second)


def _read_year_last(match: re.Match[str]) -> tuple[date, ...]:
    return tuple(dict.fromkeys(found for found in _year_last_readings(match) if found))


#: Each pattern, how to read its matches, and characters one of which its dates hold ("" for
#: any text), so that a pattern is not run over text that cannot hold its dates.
_READERS = ((_YEAR_FIRST, _read_numbered, ""), (_MONTH_DAY_YEAR, _read_named, ""), (_DAY_MONTH_YEAR, _read_named, ""),
            (_YEAR_LAST, _read_year_last, ""), (_EAST_ASIAN, _read_numbered, "年년"))

#: Every date pattern holds a year; text without one (most lines) is skipped at once.
ANY_YEAR = lazy_compile(r"(?:19|20)\d\d")


def find_written_dates(text: str) -> list[WrittenDate]:
    """Every full date `text` writes, real days or not, in reading order, overlaps removed."""
    found: list[WrittenDate] = []
    if not ANY_YEAR.search(text):
        return found
    for pattern, read, marks in _READERS:
        if marks and not any(mark in text for mark in marks):
            continue
        for match in pattern.finditer(text):
            if not any(d.start < match.end() and match.start() < d.end for d in found):
                found.append(WrittenDate(match.start(), match.end(), match.group(), read(match)))
    return sorted(found)


def iso_date(text: str) -> WrittenDate:
    """The date `text` writes as YYYY-MM-DD, a real day or not."""
    year, month, day = (int(part) for part in text.split("-"))
    found = calendar_date(year, month, day)
    return WrittenDate(0, len(text), text, (found,) if found else ())


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Every date in `text` whose writing alone names one real day, as (start, end, date), in
    reading order."""
    return [(d.start, d.end, d.value) for d in find_written_dates(text) if d.value]


# --- The order of day and month -------------------------------------------------------------

#: A month name and a day without the year ("28 April", "April 28"), capitalised so that the
#: verb "may" is not read as a month.
_DAY_THEN_MONTH = lazy_compile(rf"(?=\d)\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN}(?![a-z])")
_MONTH_THEN_DAY = lazy_compile(rf"(?=[JFMASOND])\b{MONTH_PATTERN}\s+[0-3]?\d(?:st|nd|rd|th)?\b")


def order_written_on_page(text: str) -> str:
    """DAY_FIRST or MONTH_FIRST when every date of the page that shows an order puts day and
    month that way: those written with a month name ("28 April", "April 28, 2025") and numeric
    ones only one order can read ("23/12/2024"); "" when none shows an order or they disagree."""
    orders = {order for order, pattern in ((DAY_FIRST, _DAY_THEN_MONTH), (MONTH_FIRST, _MONTH_THEN_DAY))
              if pattern.search(text)}
    for match in _YEAR_LAST.finditer(text):
        if len(orders) > 1:
            break
        day_first, month_first = _year_last_readings(match)
        if bool(day_first) != bool(month_first):
            orders.add(DAY_FIRST if day_first else MONTH_FIRST)
    return orders.pop() if len(orders) == 1 else ""


#: Country-code domains of countries whose pages write numeric dates month first (the United
#: States and places that follow its usage) and of those that write them day first.  Domains
#: of countries that write year first (.cn, .jp, .kr, .hu, .se, …) or use both (.ca), and
#: generic ones (.com, .org), say nothing.
_MONTH_FIRST_DOMAINS = frozenset({"us", "ph", "pr", "gu", "vi", "as", "fm", "pw", "mh"})
_DAY_FIRST_DOMAINS = frozenset((
    "uk ie au nz in pk bd lk np za ng gh ke ug tz zw zm na eg ma dz tn sa ae qa kw bh om jo lb sy iq il ps "
    "tr ru ua by kz uz az am ge md de at ch fr be nl lu it es pt gr cy mt pl cz sk si hr rs ba me mk al "
    "bg ro dk no fi is ee lv br ar cl co pe ve uy py bo ec mx vn th id my sg mm kh").split())


def order_of_site(host: str) -> str:
    """The order in which sites of the country of `host`'s country-code domain write numeric
    dates: DAY_FIRST, MONTH_FIRST, or "" when the domain does not tell."""
    country = host.lower().rstrip(".").rpartition(".")[2]
    if country in _MONTH_FIRST_DOMAINS:
        return MONTH_FIRST
    return DAY_FIRST if country in _DAY_FIRST_DOMAINS else ""


# --- Labels -----------------------------------------------------------------------------------

PUBLISHED, UPDATED = "published", "updated"


class DateLabel(NamedTuple):
    """What a label says of the date after it: PUBLISHED or UPDATED, and whether its language
    writes numeric dates day first (a clue to "02.05.2025")."""

    kind: str
    day_first: bool


def _labels(kind: str, day_first: bool, words: str) -> dict[str, DateLabel]:
    return {word.strip(): DateLabel(kind, day_first) for word in words.split("|")}


#: Labels in lower case.  English ones say nothing of the order of day and month (British and
#: American pages use both); those of Chinese, Japanese and Korean pages neither, as those
#: write the year first.
DATE_LABELS: dict[str, DateLabel] = {
    **_labels(PUBLISHED, False, "published|first published|posted|publication date|date published"),
    **_labels(PUBLISHED, False, "입력|기사입력|등록|게시|발행|公開日|公開|配信日|配信|掲載日|投稿日|"
                                "发布时间|发布日期|发布|發布時間|發佈|发表时间|发表于"),
    **_labels(PUBLISHED, True, "veröffentlicht|publié|publicado|pubblicato|opublikowano|gepubliceerd|"
                               "yayınlanma tarihi|yayınlanma|yayın tarihi|опубликовано|дата публикации|"
                               "опубліковано|дата публікації|تاريخ النشر|نشر في|نُشر|פורסם"),
    **_labels(UPDATED, False, "updated|last updated|modified|last modified|수정|최종수정|업데이트|更新日|更新|"
                              "最終更新|更新时间|修改时间"),
    **_labels(UPDATED, True, "aktualisiert|zuletzt aktualisiert|mis à jour|actualizado|atualizado|aggiornato|"
                             "zaktualizowano|bijgewerkt|güncelleme|güncellendi|son güncelleme|обновлено|"
                             "изменено|оновлено|змінено|آخر تحديث|تم التحديث|עודכן"),
}


def _alternation(labels: Iterable[str]) -> str:
    """A pattern matching any of `labels`, longest first (so that "last updated" is preferred
    to "updated"), any spaces between their words."""
    return "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in sorted(labels, key=len, reverse=True))


def _first_letter(labels: Iterable[str]) -> str:
    """A lookahead for the first letters of `labels`: opening a pattern, it lets the regex
    engine skip at once through text where none of them starts."""
    return f"(?=[{re.escape(''.join(sorted({label[0] for label in labels})))}])"


#: Every label; in the patterns below a label is not part of a longer word ("unpublished").
_LABEL = _alternation(DATE_LABELS)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
#: A label right before its date: "Published: ", "Posted on Wednesday, ", "Veröffentlicht am ".
_LABEL_JUST_BEFORE = lazy_compile(
    rf"{_first_letter(DATE_LABELS)}(?<![^\W\d_])(?P<label>{_LABEL})(?![^\W\d_])"
    rf"[\s:：|,–—-]*(?:(?:on|am|le|el|em|il|في)\s*[:：]?\s+)?(?:{_WEEKDAY},?\s*)?$", re.I)
#: A label opening a line, whatever stands between it and the date: "Updated 10:32 GMT, 3 …".
#: "Date" counts only here.
_LABEL_AT_START = lazy_compile(rf"^[\W_]*(?P<label>{_LABEL}|date)(?![^\W\d_])", re.I)
#: What may stand around a label alone on its line ("Published:", "• Updated").
_AROUND_A_LABEL = " \t:：|•·*#-–—"
_LONGEST_LABEL_LINE = 40
#: For a cheap test that text may hold a label: the longest word of each label in ASCII, few
#: enough to look for one by one, and a pattern of the other labels.
ASCII_LABEL_WORDS = tuple(sorted({max(label.split(), key=len) for label in DATE_LABELS if label.isascii()}))
_OTHER_LABELS = [label for label in DATE_LABELS if not label.isascii()]
OTHER_LABEL = lazy_compile(f"{_first_letter(_OTHER_LABELS)}(?:{_alternation(_OTHER_LABELS)})", re.I)
#: Text looked at before a date for its label: labels and their fillers are short.
LABEL_REACH = 60


def _label_named(name: str) -> DateLabel:
    return DATE_LABELS.get(" ".join(name.lower().split()), DateLabel(PUBLISHED, False))


def label_just_before(text: str, at: int) -> DateLabel | None:
    """The label that ends right before position `at` of `text` (a date's start), if any."""
    match = _LABEL_JUST_BEFORE.search(text, max(0, at - LABEL_REACH), at)
    return _label_named(match["label"]) if match else None


def label_at_start(text: str) -> DateLabel | None:
    """The label that opens the line `text`, if any ("Published", "Date:", "Last updated")."""
    match = _LABEL_AT_START.match(text)
    return _label_named(match["label"]) if match else None


def label_alone(text: str) -> DateLabel | None:
    """The label the line `text` holds and nothing else, if so ("Published:"), its date on the
    next line."""
    if len(text) > _LONGEST_LABEL_LINE:
        return None
    name = " ".join(text.strip(_AROUND_A_LABEL).lower().split())
    return _label_named(name) if name in DATE_LABELS or name == "date" else None
