"""Numbers as news text writes them, with their hedges.

`find_numbers(sentence)` returns every amount in a sentence — digits with separators
("10,000", "12 000"), digits with scale words ("2.5 million", "27-hundred"), number words
("three thousand", "a dozen"), ranges ("11,000-13,000", "between 1,000 and 3,000",
"70 or 80,000") and vague amounts ("thousands", "tens of thousands") — each with the
qualifier of the annotation guide and value/low/high filled as the guide says.  Whether an
amount counts people is decided later, in `warclaims.claims`; here only amounts that are
plainly something else (percentages, money, durations, ordinals, dates, years) are dropped.

Word numbers are parsed here rather than with a library: the libraries reviewed
(word2number, number-parser, text2num) do not handle scale words after digits or vague
amounts, so one small tested grammar covers all forms consistently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from warclaims.dates import MONTH_PATTERN
from warclaims.schema import VAGUE_BOUNDS

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_WORD = "|".join(sorted(UNITS, key=len, reverse=True))
_SCALE = "|".join(SCALES)
_DIGITS = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"            # Indian grouping: 1,00,000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"                 # 10,000 and 2,500.5
    r"|\d{1,3}(?:\.\d{3})+(?![\d.,])"                # European thousands: 10.000
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"   # 12 000
    r"|\d+(?:\.\d+)?"
)
#: Larger counts are no counts of people (and would not fit the table's integers).
LARGEST_COUNT = 10 ** 15
_DIGIT_AMOUNT = rf"(?:{_DIGITS})(?:[\s-]+(?:{_SCALE})\b)?"
_WORD_AMOUNT = (
    rf"(?:(?:a|an)\s+(?:{_SCALE}|dozen)\b|(?:{_WORD})\b(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}|{_SCALE})\b)*)"
)
_AMOUNT = rf"(?:{_DIGIT_AMOUNT}|{_WORD_AMOUNT})"
_VAGUE = (
    r"(?:hundreds\s+of\s+thousands|tens\s+of\s+thousands|several\s+(?:hundred|thousand)|"
    r"a\s+few\s+(?:hundred|thousand)|dozens|scores|hundreds|thousands|millions)"
)

QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("approx", r"about|around|some|roughly|approximately|an\s+estimated|estimated|circa|~|nearly\s+about"),
    ("at_least", r"more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|exceeding|above|"
                 r"no\s+(?:fewer|less)\s+than|just\s+over|well\s+over|not\s+less\s+than"),
    ("at_most", r"up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|nearly|almost|close\s+to|"
                r"no\s+more\s+than|at\s+most|just\s+under|below|not\s+more\s+than"),
)
_QUALIFIER = "|".join(f"(?P<{name}>{words})" for name, words in QUALIFIER_WORDS)
_AFTER_QUALIFIER = re.compile(
    r"^\s*(?:(?P<at_least>or\s+more\b|\+|-plus\b|plus\b)|(?P<at_most>or\s+(?:fewer|less)\b))", re.I
)
_VERB_QUALIFIER = re.compile(
    r"\b(?:(?P<at_least>exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|topp(?:ed|ing)|top(?:s)?|pass(?:ed)?)"
    r"|(?P<at_most>approach(?:ed|es|ing)?)|(?P<approx>estimated\s+at|put\s+at|thought\s+to\s+number))"
    r"\s+(?:the\s+)?$",
    re.I,
)

NUMBER_PATTERN = re.compile(
    rf"(?P<before>\b(?:{_QUALIFIER})\s+(?:of\s+)?)?"
    rf"(?:(?P<between>between\s+|in\s+the\s+range\s+of\s+)?(?P<first>{_AMOUNT})\s*(?P<joiner>-|–|—|\bto\b|\band\b|\bor\b)\s*(?P<second>{_AMOUNT})"
    rf"|(?P<vague>{_VAGUE})|(?P<single>{_AMOUNT}))",
    re.I,
)

_NOT_PEOPLE_AFTER = re.compile(
    r"^(?:\s*(?:%|percent\b|per\s*cent\b|percentage)|[\s-]and[\s-]a[\s-]half\b|(?:st|nd|rd|th)\b|s\b|'s\b|\s*(?:-|\s)?"
    r"(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|yrs?)\b|"
    r"year-old|-year|km\b|kilomet|miles?\b|met(?:er|re)s?\b|square\b|sq\b|tons?\b|tonnes?\b|kg\b|"
    r"mm\b|am\b|pm\b|a\.m\.|p\.m\.|dollars?\b|euros?\b|pounds?\b|rubles?\b|roubles?\b|hryvnias?\b|"
    r"yuan\b|won\b|shekels?\b|bn\b|[:/]\d))",
    re.I,
)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₽₴]|\b(?:US|USD|EUR|Rs)\.?\s?)$")
_MONTH_BEFORE = re.compile(rf"\b{MONTH_PATTERN}\s*$", re.I)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTH_PATTERN}(?![a-z])", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True)
class Amount:
    """An amount found in a sentence; offsets are relative to the sentence."""

    start: int          # where the number itself starts (after any qualifier)
    end: int
    qualifier: str
    value: int | None
    low: int | None
    high: int | None
    hedge_start: int    # where its qualifier starts (== start when none)

    @property
    def central(self) -> int:
        """A single figure for comparisons: the value, else the middle of the bounds."""
        if self.value is not None:
            return self.value
        return ((self.low or 0) + (self.high or self.low or 0)) // 2


def words_to_number(text: str) -> int | None:
    """'three thousand' → 3000, 'twenty-five' → 25, 'a dozen' → 12, '27-hundred' → 2700."""
    text = re.sub(r"(?<=\d)[,\s\u00a0\u202f](?=\d{3}\b)", "", text)
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "and"]
    total, current = 0, 0
    seen = False
    for token in tokens:
        if token in ("a", "an"):
            current = current or 1
            continue
        number = _digits_to_number(token)
        if number is not None:
            current += number
        elif token in UNITS:
            current = current * UNITS[token] if token == "dozen" and current else current + UNITS[token]
        elif token in SCALES:
            scale = SCALES[token]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    number = round(total + current) if seen else None
    return number if number is not None and number <= LARGEST_COUNT else None


def _digits_to_number(token: str) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        token = token.replace(".", "")   # "10.000 soldiers": people are not counted in fractions
    cleaned = re.sub(r"[,\s\u00a0\u202f]", "", token)
    if not re.fullmatch(r"\d{1,16}(?:\.\d+)?", cleaned):
        return None
    return float(cleaned)


def parse_amount(text: str) -> int | None:
    """Any single amount this module finds ('10,000', '2.5 million', 'three-thousand')."""
    return words_to_number(text)


def _range_bounds(first: str, second: str) -> tuple[int, int] | None:
    """Bounds of 'A to B'; a bare first number takes the second's scale ('70 or 80,000')."""
    low, high = parse_amount(first), parse_amount(second)
    if low is None or high is None:
        return None
    scale_word = re.search(rf"\b({_SCALE})\b", second, re.I)
    if scale_word and not re.search(rf"\b({_SCALE})\b", first, re.I):
        low *= SCALES[scale_word.group(1).lower()]
    elif low < 100 and low < high and high >= 1000 and str(high).endswith("000"):
        while low * 10 <= high and low * 10 > 0 and low < high / 5:
            low *= 10
    return (low, high) if low <= high else None


def _qualifier_of(match: re.Match[str], sentence: str, end: int) -> str:
    for name, _ in QUALIFIER_WORDS:
        if match.group(name):
            return name
    after = _AFTER_QUALIFIER.match(sentence[end:end + 20])
    if after:
        return "at_least" if after.group("at_least") else "at_most"
    verb = _VERB_QUALIFIER.search(sentence[max(0, match.start() - 40):match.start()])
    if verb:
        return next(name for name in ("at_least", "at_most", "approx") if verb.group(name))
    return "exact"


def _is_other_quantity(sentence: str, start: int, end: int, text: str) -> bool:
    """Percentages, money, durations, ordinals, dates and years are not counts of people."""
    after, before = sentence[end:end + 30], sentence[max(0, start - 12):start]
    if _NOT_PEOPLE_AFTER.match(after) or _MONEY_BEFORE.search(before):
        return True
    if re.search(r"[A-Za-z]-?\Z", before):
        return True   # a model or a name, not a count: "F-16", "Su-25", "G7", "Kh-101"
    if re.fullmatch(r"\d{1,2}", text) and _next_to_month(before, after):
        return True
    if _YEAR.match(text) and not re.match(r"^\s+(?:[A-Z][\w.-]*\s+){0,2}(?:troops|soldiers|people|civilians)", after):
        return True
    return bool(re.match(r"^[.,:]\d", after) or re.search(r"\d[.,:]$", before))


def _next_to_month(before: str, after: str) -> bool:
    """A day of the month: "June 15", "15 June", "Oct. 7", "the 3rd of May"."""
    return bool(_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after))


_ANY_NUMBER = re.compile(rf"\d|\b(?:{_WORD}|{_SCALE}|dozens|scores|hundreds|thousands|millions)\b", re.I)


def find_numbers(sentence: str) -> list[Amount]:
    """Every amount in `sentence` that could be a count of people, in reading order."""
    if not _ANY_NUMBER.search(sentence):
        return []   # most sentences hold no number: skip the full grammar
    amounts: list[Amount] = []
    position = 0
    while (match := NUMBER_PATTERN.search(sentence, position)) is not None:
        amount = _amount_from_match(match, sentence)
        if amount is not None:
            amounts.append(amount)
        # A pair that is no range ("from 300 to 600") gives back its second number.
        position = amount.end if amount is not None and amount.end < match.end() else match.end()
        position = max(position, match.start() + 1)
    return amounts


def _amount_from_match(match: re.Match[str], sentence: str) -> Amount | None:
    hedge_start = match.start()
    if match.group("vague"):
        return _vague(match, sentence)
    if match.group("first"):
        start, end = match.start("first"), match.end("second")
        joiner = match.group("joiner").lower()
        is_change = re.search(r"\bfrom\s+$", sentence[max(0, match.start("first") - 12):match.start("first")], re.I)
        if (joiner == "and" and not match.group("between")) or is_change:
            return _single(match, sentence, "first")
        if _is_other_quantity(sentence, start, end, match.group("second")):
            return None
        bounds = _range_bounds(match.group("first"), match.group("second"))
        if bounds is None or bounds[0] == bounds[1]:
            return _single(match, sentence, "first")
        return Amount(start, end, "range", None, bounds[0], bounds[1], hedge_start)
    return _single(match, sentence, "single")


def _vague(match: re.Match[str], sentence: str) -> Amount | None:
    """'thousands' → 2000–9999, 'several hundred' → 200–999, with the guide's bounds."""
    start, end = match.span("vague")
    words = re.sub(r"\s+", " ", match.group("vague").lower())
    if words.startswith(("several ", "a few ")):
        words = words.split(" ")[-1] + "s"
    low, high = VAGUE_BOUNDS.get("dozens" if words == "scores" else words, (None, None))
    if low is None or high is None or _is_other_quantity(sentence, start, end, "x"):
        return None
    if match.group("before") and not match.group("approx"):
        return None  # "more than thousands" gives no usable bound
    return Amount(start, end, "vague", None, low, high, match.start())


def _single(match: re.Match[str], sentence: str, group: str) -> Amount | None:
    start, end = match.span(group)
    text = match.group(group)
    if _is_other_quantity(sentence, start, end, text):
        return None
    value = parse_amount(text)
    if value is None or value <= 0:
        return None
    qualifier = _qualifier_of(match, sentence, end) if group == "single" or match.group("before") else "exact"
    low = value if qualifier == "at_least" else None
    high = value if qualifier == "at_most" else None
    return Amount(start, end, qualifier, value, low, high, match.start())
