"""Calendar dates as news text writes them: "2025-09-03", "September 3, 2025", "28 April 2025",
"Nov. 25, 2024", "23rd Dec, 2024".  Only full dates (day, month and year) are read here;
periods such as "late last year" are resolved in `warclaims.periods`."""
from __future__ import annotations

import re
from datetime import date

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
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_MONTH_DAY_YEAR = re.compile(rf"\b(?P<month>{MONTH_PATTERN})\s+{_DAY},?\s+{_YEAR}\b", re.I)
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?P<month>{MONTH_PATTERN}),?\s+{_YEAR}\b", re.I)
DATE_PATTERNS = (_ISO, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR)


def month_number(name: str) -> int | None:
    """1–12 for a month name or abbreviation ("Sept.", "december"), else None."""
    return MONTHS.get(name.lower().rstrip("."))


def parse_date_match(match: re.Match[str]) -> date | None:
    """The date a DATE_PATTERNS match spells, or None when it is no real day (31 June)."""
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    try:
        return date(int(match.group("year")), month or 0, int(match.group("day")))
    except ValueError:
        return None


#: Every date pattern holds a year; text without one (most lines) is skipped at once.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Every full date in `text` as (start, end, date), in reading order, overlaps removed."""
    found: list[tuple[int, int, date]] = []
    if not _ANY_YEAR.search(text):
        return found
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            parsed = parse_date_match(match)
            if parsed and not any(s < match.end() and match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), parsed))
    return sorted(found)
