"""Numbers as news text writes them, with their hedges.

`find_numbers(sentence)` returns every amount in a sentence — digits with separators
("10,000", "12 000"), digits with scale words ("2.5 million", "27-hundred"), number words
("three thousand", "a dozen"), ranges ("11,000-13,000", "between 1,000 and 3,000",
"70 or 80,000") and vague amounts ("thousands", "tens of thousands") — each with the
qualifier of the annotation guide and value/low/high filled as the guide says.  Whether an
amount counts people is decided later, in `warclaims.extract`; here only amounts that are
plainly something else (percentages, money, durations, ordinals, dates, years) are dropped.

Word numbers are parsed here rather than with a library: the libraries reviewed
(word2number, number-parser, text2num) do not handle scale words after digits or vague
amounts, so one small tested grammar covers all forms consistently.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from warclaims.countries import iso_currency_codes
from warclaims.dates import MONTH_PATTERN
from warclaims.lexicon import expand_phrases, fold, folded_words
from warclaims.sentence_cache import per_sentence
from warclaims.patterns import lazy_compile
from warclaims.schema import VAGUE_BOUNDS

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "million": 1_000_000,
          "crore": 10_000_000, "crores": 10_000_000, "billion": 1_000_000_000}   # "seven lakh troops" (South Asian press)

_WORD = "|".join(sorted(UNITS, key=len, reverse=True))
_SCALE = "|".join(SCALES)
_DIGITS = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"            # Indian grouping: 1,00,000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"                 # 10,000 and 2,500.5
    r"|\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)"            # European thousands: 10.000
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)"   # 12 000 (a full stop may end the sentence)
    r"|\d+(?:\.\d+)?"
)
#: Larger counts are no counts of people (and would not fit the table's integers).
LARGEST_COUNT = 10 ** 15
#: "5K" in a headline is 5,000.
_DIGIT_AMOUNT = rf"(?:{_DIGITS})(?:[\s-]+(?:{_SCALE})\b|[kK]\b)?"
#: "four-thousand-100": a word amount may end in digits after a hyphen.
_WORD_AMOUNT = (
    rf"(?:(?:a|an)\s+(?:{_SCALE}|dozen)\b|(?:{_WORD})\b(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}|{_SCALE})\b)*"
    r"(?:-\d{1,3}(?![\d,]))?)"
)
#: "a quarter of a million", "half a million".
_FRACTION_AMOUNT = rf"(?:(?:a|one)\s+)?(?:quarter|half)\s+(?:of\s+)?(?:a\s+)?(?:million|billion)\b"
_FRACTIONS = {"quarter": 0.25, "half": 0.5}
_AMOUNT = rf"(?:{_FRACTION_AMOUNT}|{_DIGIT_AMOUNT}|{_WORD_AMOUNT})"
_VAGUE = (
    r"(?:hundreds\s+of\s+thousands|tens\s+of\s+thousands|several\s+(?:hundred|thousand|dozen)|"
    r"a\s+few\s+(?:hundred|thousand|dozen)|dozens|scores|hundreds|thousands|millions)"
)

QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("approx", r"about|around|some|roughly|approximately|an\s+estimated|estimated|circa|~|nearly\s+about"),
    ("at_least", r"more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|exceeding|above|"
                 r"no\s+(?:fewer|less)\s+than|just\s+over|well\s+over|not\s+less\s+than"),
    ("at_most", r"up\s+to|as\s+many\s+as|as\s+high\s+as|fewer\s+than|less\s+than|under|nearly|almost|close\s+to|"
                r"no\s+more\s+than|at\s+most|just\s+under|below|not\s+more\s+than"),
)
_QUALIFIER = "|".join(f"(?P<{name}>{words})" for name, words in QUALIFIER_WORDS)
_AFTER_QUALIFIER = lazy_compile(
    r"^\s*(?:(?P<at_least>or\s+more\b|\+|-plus\b|plus\b)|(?P<at_most>or\s+(?:fewer|less)\b)|(?P<approx>or\s+so\b))", re.I
)
_VERB_QUALIFIER = lazy_compile(
    r"\b(?:(?P<at_least>exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|topp(?:ed|ing)|top(?:s)?|pass(?:ed|es|ing)?|cross(?:ed|es|ing)?)"
    r"|(?P<at_most>approach(?:ed|es|ing)?|near(?:ed|s|ing)?)|(?P<approx>estimated\s+at|put\s+at|thought\s+to\s+number))"
    r"\s+(?:the\s+)?$",
    re.I,
)

NUMBER_PATTERN = lazy_compile(
    rf"(?P<before>\b(?:{_QUALIFIER})\s+(?:of\s+)?)?"
    rf"(?:(?P<between>between\s+|in\s+the\s+range\s+of\s+)?(?P<first>{_AMOUNT})\s*(?P<joiner>-|–|—|\bto\b|\band\b|\bor\b)\s*(?P<second>{_AMOUNT})"
    rf"|(?P<vague>{_VAGUE})|(?P<single>{_AMOUNT}))",
    re.I,
)

_NOT_PEOPLE_AFTER = lazy_compile(
    r"^(?:\s*(?:%|percent\b|per\s*cent\b|percentage)|[\s-]and[\s-]a[\s-]half\b|(?:st|nd|rd|th)\b|s\b|'s\b|\s*(?:-|\s)?"
    r"(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|yrs?)\b|"
    r"year-old|-year|km\b|kilomet|miles?\b|met(?:er|re)s?\b|square\b|sq\b|tons?\b|tonnes?\b|kg\b|"
    r"mm\b|am\b|pm\b|a\.m\.|p\.m\.|(?-i:[A-Z][a-z]+\s+)?(?:dollars?\b|euros?\b|pounds?\b|rubles?\b|roubles?\b|hryvnias?\b|"
    r"yuan\b|won\b|shekels?\b|(?:CFA\s+)?francs?\b|naira\b|shillings?\b|rupees?\b|rupiah\b|pesos?\b|dinars?\b|"
    r"riyals?\b|rials?\b|liras?\b|birr\b|cedis?\b|kwacha\b|taka\b|dirhams?\b)|"   # "1.2 million Sudanese pounds"
    r"bn\b|[:/]\d))",
    re.I,
)
#: Currency codes that are English words too, which an all-caps headline writes before a count
#: ("ALL 59 HOSTAGES …").
_CODES_THAT_ARE_WORDS = frozenset({"ALL", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "RON", "SOS", "TOP", "TRY"})
_CURRENCY_CODES = "|".join(code for code in iso_currency_codes() if code not in _CODES_THAT_ARE_WORDS)
#: Money before an amount: a sign, "US$", "Rs.", an ISO 4217 code ("UAH 50,000", "SDG 2 million").
_MONEY_BEFORE = lazy_compile(rf"(?:[$€£¥₽₴]|\b(?:US|Rs|{_CURRENCY_CODES})\.?\s?)$")
_MONTH_BEFORE = lazy_compile(rf"\b{MONTH_PATTERN}\s*$", re.I)
_MONTH_AFTER = lazy_compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTH_PATTERN}(?![a-z])", re.I)
_YEAR = lazy_compile(r"^(?:1[89]|20)\d\d$")


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


_GROUP_SEPARATOR = lazy_compile(r"(?<=\d)[,\s\u00a0\u202f](?=\d{3}\b)")
_TOKEN_BREAK = lazy_compile(r"[\s-]+")
_EUROPEAN_THOUSANDS = lazy_compile(r"\d{1,3}(?:\.\d{3})+")
_SEPARATORS = lazy_compile(r"[,\s\u00a0\u202f]")
_PLAIN_DIGITS = lazy_compile(r"\d{1,16}(?:\.\d+)?")


_PLAIN_COUNT = lazy_compile(r"[0-9]{1,3}(?:,[0-9]{3}){0,4}|[0-9]{1,15}")
_FRACTION_WORDS = lazy_compile(r"(?:(?:a|one)\s+)?(quarter|half)\s+(?:of\s+)?(?:a\s+)?(million|billion)")


@lru_cache(maxsize=1024)
def words_to_number(text: str) -> int | None:
    """'three thousand' → 3000, 'twenty-five' → 25, 'a dozen' → 12, '27-hundred' → 2700."""
    if _PLAIN_COUNT.fullmatch(text):   # "500", "10,000": at most 15 digits, exact as a float
        return int(text.replace(",", ""))
    fraction = _FRACTION_WORDS.fullmatch(text.lower())
    if fraction:
        return round(_FRACTIONS[fraction.group(1)] * SCALES[fraction.group(2)])
    text = _GROUP_SEPARATOR.sub("", text)
    tokens = [t for t in _TOKEN_BREAK.split(text.lower().strip()) if t and t != "and"]
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
    if token[-1:] in ("k", "K") and token[:-1]:
        number = _digits_to_number(token[:-1])
        return None if number is None else number * 1000
    if _EUROPEAN_THOUSANDS.fullmatch(token):
        token = token.replace(".", "")   # "10.000 soldiers": people are not counted in fractions
    cleaned = _SEPARATORS.sub("", token)
    if not _PLAIN_DIGITS.fullmatch(cleaned):
        return None
    return float(cleaned)


def parse_amount(text: str) -> int | None:
    """Any single amount this module finds ('10,000', '2.5 million', 'three-thousand')."""
    return words_to_number(text)


_SCALE_WORD = lazy_compile(rf"\b({_SCALE})\b", re.I)


def _range_bounds(first: str, second: str) -> tuple[int, int] | None:
    """Bounds of 'A to B'; a bare first number takes the second's scale ('70 or 80,000')."""
    low, high = parse_amount(first), parse_amount(second)
    if low is None or high is None:
        return None
    scale_word = _SCALE_WORD.search(second)
    if scale_word and not _SCALE_WORD.search(first) and low * SCALES[scale_word.group(1).lower()] <= high:
        low *= SCALES[scale_word.group(1).lower()]   # "1.5 to 2 million"; not "950,000 and 1 million"
    elif low < high and high >= 1000:
        # "70 or 80,000": the first number shares the second's thousands when both lead alike
        lead, thousands = high, 1
        while lead % 1000 == 0:
            lead, thousands = lead // 1000, thousands * 1000
        if thousands > 1 and len(str(lead)) == len(str(low)) and low < lead:
            low *= thousands
    return (low, high) if low <= high else None


#: `_VERB_QUALIFIER` ends with one of these words (its verbs, "at", "number", "the") and then
#: whitespace before `$`: so a text it matches ends with whitespace and, folded and stripped of
#: it, with one of these.  Keep in step with the pattern.
_VERB_QUALIFIER_LAST_WORDS = (
    "exceed", "exceeded", "exceeds", "exceeding", "surpass", "surpassed", "surpasses", "surpassing", "topped",
    "topping", "top", "tops", "pass", "passed", "passes", "passing", "cross", "crossed", "crosses", "crossing", "approach", "approached", "approaches", "approaching",
    "near", "neared", "nears", "nearing", "at",
    "number", "the",
)


def _may_end_verb_qualifier(text: str) -> bool:
    if not text[-1:].isspace():
        return False
    lowered = fold(text)
    return lowered is None or lowered.rstrip().endswith(_VERB_QUALIFIER_LAST_WORDS)


def _qualifier_of(match: re.Match[str], sentence: str, end: int) -> str:
    for name, _ in QUALIFIER_WORDS:
        if match.group(name):
            return name
    after = _AFTER_QUALIFIER.match(sentence[end:end + 20])
    if after:
        return next(name for name in ("at_least", "at_most", "approx") if after.group(name))
    window = sentence[max(0, match.start() - 40):match.start()]
    verb = _VERB_QUALIFIER.search(window) if _may_end_verb_qualifier(window) else None
    if verb:
        return next(name for name in ("at_least", "at_most", "approx") if verb.group(name))
    return "exact"


_DAY_OF_MONTH = lazy_compile(r"\d{1,2}")
_PEOPLE_AFTER_YEAR = lazy_compile(r"^\s+(?:[A-Z][\w.-]*\s+){0,2}(?:troops|soldiers|people|civilians)")
#: What comes after an amount that is no count of people (`_NOT_PEOPLE_AFTER`), or a digit
#: after a mark ("2.5", "10:30"), in one pattern.
_OTHER_AFTER = lazy_compile(rf"{_NOT_PEOPLE_AFTER.pattern}|^[.,:]\d", re.I)
#: A name with a number in it, a place or a unit, not a count ("Tower 22", "Route 60", "Brigade 155").
_LABEL_BEFORE = (r"\b(?:Tower|Camp|Route|Highway|Base|Gate|Block|Sector|Building|Station|Post|Flight|Resolution|"
                 r"Article|Phase|Zone|Hill|Unit|Battalion|Brigade|Regiment|Division|Squadron|Platoon|Company|Road|"
                 r"Street|District|Ward|Checkpoint|Kilometre|Kilometer|Outpost|Area)\s(?:\([A-Z]{1,6}\)\s)?$")
#: Money (`_MONEY_BEFORE`), a label (`_LABEL_BEFORE`), a letter (a model or a name, not a count:
#: "F-16", "Su-25", "G7", "Kh-101") or a digit and a mark before an amount, in one pattern.
_OTHER_BEFORE = lazy_compile(rf"{_MONEY_BEFORE.pattern}|{_LABEL_BEFORE}|[A-Za-z]-?\Z|\d[.,:]$|\S/$|\bNos?\.\s*$|"
                             r"\bage[sd]?\s+(?:from\s+)?$")


#: A decimal without a scale word ("7.7", not "2.5 million" nor the thousands of "3.700").
_BARE_DECIMAL = lazy_compile(r"\d+\.(?:\d{1,2}|\d{4,})")
_PRONOUN_AFTER_ONE = lazy_compile(r"\s+(?:we|they|you|I|he|she|that|which|who|by|on|against)\b")   # "including one by the US envoy"
_PHONE_BEFORE = lazy_compile(r"\b(?:hotline|helpline|phone|telephone|tel\.|call|dial|text|WhatsApp)\s+(?:on\s+|at\s+|number\s+)?\+?$",
                            re.I)
_NO_ONE_BEFORE = lazy_compile(r"\b(?:[Nn]o|[Ee]very|[Aa]ny|[Ee]very\s+last)[\s-]$")


def _is_other_quantity(sentence: str, start: int, end: int, text: str) -> bool:
    """Percentages, money, durations, ordinals, dates and years are not counts of people."""
    after, before = sentence[end:end + 30], sentence[max(0, start - 20):start]   # "Infantry Battalion (IB) 129"
    if _OTHER_AFTER.match(after) or _OTHER_BEFORE.search(before):
        return True
    if before.endswith("[") and after.startswith("]"):
        return True   # "[3] Ghent University, …": a footnote's mark
    if text[:1] == "0" and len(text) > 1 and text[1] in " \u00a0\u202f" or _PHONE_BEFORE.search(before):
        return True   # "the hotline at 0 800 300 529": a telephone number
    if "age" in sentence[max(0, start - 40):start] and _AGES_BEFORE.search(sentence, max(0, start - 40), start):
        return True   # "three children, aged four, nine and 15": ages, not counts
    if before.endswith(", ") and text.isdigit() and int(text) < 110 and _NAME_BEFORE_AGE.search(before) \
            and _AGE_CLOSES.match(after):
        return True   # "Ahmad Bisharat, 22, his cousin Mohammed, 19, and Yazan Daraghmeh, 17": ages
    if _BARE_DECIMAL.fullmatch(text):
        return True   # "a 7.7-magnitude earthquake": people are counted in whole numbers ("2.5 million" has its scale)
    if text.lower() == "one" and (_PRONOUN_AFTER_ONE.match(after) or _NO_ONE_BEFORE.search(before)):
        return True   # "one we cannot replace", "one that", "No one was hurt", "every last one": a pronoun, no count
    if _DAY_OF_MONTH.fullmatch(text) and _next_to_month(before, after):
        return True
    if _YEAR.match(text) and _MONTH_BEFORE.search(before):
        return True   # "In December 2022 troops also clashed": a month's year
    return bool(_YEAR.match(text) and not _PEOPLE_AFTER_YEAR.match(after))


_AGE_WORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: "aged 4, 9 and 15", "ages five to 12": an amount in a list of ages.
_AGES_BEFORE = lazy_compile(rf"\b(?:aged|ages)\s+(?:between\s+|from\s+)?(?:{_AGE_WORD}(?:\s*,\s*(?:and\s+)?|\s+(?:and|to|or)\s+))*$",
                            re.I)


#: A person's name right before ", 22": an age in apposition ("his cousin Mohammed, 19, and …").
_NAME_BEFORE_AGE = lazy_compile(r"(?<![\w-])[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,\s$")
_AGE_CLOSES = lazy_compile(r"\s*(?:,|\.|;|\)|$|\s+and\b|\s+(?:was|were|is|had|has|who)\b)")


def _next_to_month(before: str, after: str) -> bool:
    """A day of the month: "June 15", "15 June", "Oct. 7", "the 3rd of May"."""
    return bool(_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after))


_ANY_NUMBER = lazy_compile(rf"\d|\b(?:{_WORD}|{_SCALE}|dozens|scores|hundreds|thousands|millions)\b", re.I)
_ANY_DIGIT = lazy_compile(r"\d")
#: `_ANY_DIGIT` for an ASCII text, where `\d` matches only these: a character set the regex
#: engine scans for in a tight loop, several times faster than the Unicode digit category.
_ASCII_DIGIT = lazy_compile(r"[0-9]")
#: The words `_ANY_NUMBER` looks for: each is all letters and stands between two `\b`, so it
#: matches exactly when one of these is a whole `\w+` run of the (folded) sentence.
_NUMBER_WORDS = frozenset((*UNITS, *SCALES, "dozens", "scores", "hundreds", "thousands", "millions"))

#: Where an amount or a vague amount can begin, on a folded (lower-cased) sentence: a superset
#: of the starts of `_AMOUNT` and `_VAGUE` (the `first`, `vague` and `single` groups of
#: NUMBER_PATTERN).  Every alternative of those starts with a digit, with one of `_WORD`
#: followed by `\b`, with "a"/"an" and whitespace before a scale word, "dozen" or "few", or
#: with the first word of a vague amount ("tens" and "several" then whitespace) -- each listed
#: here (without the rest of what must follow: a superset), none needing a `\b` before it,
#: just as in NUMBER_PATTERN.
_AMOUNT_START_WORDS = (
    r"an?\s+(?:hundred|thousand|lakh|million|crore|billion|dozen|few|quarter|half)\b", "dozens", "scores", "hundreds",
    "thousands", "millions", r"quarter\b", r"half\b", *(rf"{word}\b" for word in sorted({*UNITS, "tens", "several"})),
)


def _by_first_letter(alternatives: tuple[str, ...]) -> str:
    """The alternation of `alternatives` (each opening with a lower-case letter, as a literal)
    grouped by that letter: "a(?:…|…)|d(?:…)|…".  It matches where the plain alternation
    does; only where it matches matters to `_AMOUNT_START`, not which alternative.  The regex
    engine skips a group whose letter is not the text's at once, so a position where no
    amount starts costs about a dozen character tests instead of some forty."""
    assert all("a" <= alternative[0] <= "z" for alternative in alternatives)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(groups.items()))


_AMOUNT_START = lazy_compile(rf"{_by_first_letter(_AMOUNT_START_WORDS)}|\d")
assert set(SCALES) == {"hundred", "thousand", "lakh", "lakhs", "million", "crore", "crores", "billion"}
#: Every word that can stand between the start of a NUMBER_PATTERN match and its amount: the
#: words of the qualifiers (`before`), "of", and "between" / "in the range of" (`between`).
_LEAD_WORDS = frozenset(
    " ".join(re.sub(r"\\s\+|\(\?:|\)|\|", " ", words) for _, words in QUALIFIER_WORDS).split()
    + ["of", "between", "in", "the", "range"]
)
assert all(re.fullmatch(r"[a-z]+|~", word) for word in _LEAD_WORDS), _LEAD_WORDS
#: The first words a lead can begin with: of a qualifier, or "between" / "in the range of".
_LEAD_FIRST_WORDS = tuple(sorted(
    {phrase.split()[0] for _, words in QUALIFIER_WORDS for phrase in expand_phrases(words)} | {"between", "in"}
))
_WHOLE_WORD = lazy_compile(r"\w+")


def _has_number(sentence: str) -> bool:
    """Exactly `bool(_ANY_NUMBER.search(sentence))`, without trying the word list at every
    position: a digit, else (on a folded sentence) a number word as a whole word."""
    if (_ASCII_DIGIT if sentence.isascii() else _ANY_DIGIT).search(sentence):
        return True
    folded = folded_words(sentence)
    if folded is None:
        return _ANY_NUMBER.search(sentence) is not None
    return not _NUMBER_WORDS.isdisjoint(folded[1])


def _lead_start(lowered: str, start: int, floor: int) -> int:
    """The leftmost place a NUMBER_PATTERN match can begin, given that `start` is the first
    place at or after `floor` where an amount can begin (`_AMOUNT_START`).

    A match is its amount, or its amount after a lead: `before` (`\\b`, a qualifier, `\\s+`,
    maybe "of" and `\\s+`) and/or `between` ("between" or "in the range of", then `\\s+`).  A
    lead is words of `_LEAD_WORDS`, each followed by whitespace, the first of which may end a
    longer run of non-space characters.  A match beginning before `start` has its amount at
    or after `start`, so `start` lies in its lead or just after it; from the start of the run
    holding `start`, the walk goes back over whitespace and whole `_LEAD_WORDS` to the first
    other run of non-space characters.  The match can begin inside that run only after a
    character that is no word character (`\\b` before a qualifier; "~" after a word
    character) or where "between" or "in" ends it (`between` needs no `\\b`), so only after
    the run when it is all word characters ending otherwise.  The walk never goes below
    `floor`, so over one sentence the walks cover disjoint stretches.
    """
    position = start
    while position > floor and not lowered[position - 1].isspace():
        position -= 1   # "circa\ndozen": the "a" ending a lead word can begin "a dozen"
    while position > floor:
        end = position
        while end > floor and lowered[end - 1].isspace():
            end -= 1
        begin = end
        while begin > floor and not lowered[begin - 1].isspace():
            begin -= 1
        word = lowered[begin:end]
        if word in _LEAD_WORDS:
            position = begin
            continue
        if _WHOLE_WORD.fullmatch(word) and not word.endswith(("between", "in")):
            return end
        return begin
    return floor


def find_numbers(sentence: str) -> list[Amount]:
    """Every amount in `sentence` that could be a count of people, in reading order.  A new
    list on every call (the amounts themselves are frozen), so a caller may change it."""
    return list(_amounts_in(sentence))


@per_sentence
def _amounts_in(sentence: str) -> tuple[Amount, ...]:
    """`find_numbers`, kept per sentence (`warclaims.sentence_cache`)."""
    if not _has_number(sentence):
        return ()   # most sentences hold no number: skip the full grammar
    amounts: list[Amount] = []
    position = 0
    lowered = fold(sentence)
    while True:
        if lowered is None:
            match = NUMBER_PATTERN.search(sentence, position)
        else:
            # Anchor first: the leftmost match at or after `position` begins between the lead
            # of the next place an amount can begin and that place (see _lead_start), or
            # after that place.  Before that place, it can only begin with its lead.
            start = _AMOUNT_START.search(lowered, position)
            if start is None:
                break
            anchor = start.start()
            match = None
            for candidate in range(_lead_start(lowered, anchor, position), anchor + 1):
                if (candidate == anchor or lowered.startswith(_LEAD_FIRST_WORDS, candidate)) \
                        and (match := NUMBER_PATTERN.match(sentence, candidate)):
                    break
            if match is None:
                position = anchor + 1
                continue
        if match is None:
            break
        amount = _amount_from_match(match, sentence)
        if amount is not None and amount.qualifier == "at_least" and sentence[amount.hedge_start:amount.start].strip() == "over" \
                and _HANDED_OVER.search(sentence, max(0, amount.hedge_start - 12), amount.start):
            # "handing over 34 bodies": the verb's particle, no hedge
            amount = replace(amount, qualifier="exact", low=None, hedge_start=amount.start)
        if amount is not None:
            amounts.append(amount)
        # A pair that is no range ("from 300 to 600") gives back its second number.
        position = amount.end if amount is not None and amount.end < match.end() else match.end()
        position = max(position, match.start() + 1)
    return tuple(_hedges_shared_by_bare_lists(sentence, amounts))


def _hedges_shared_by_bare_lists(sentence: str, amounts: list[Amount]) -> list[Amount]:
    """A hedge before a list of bare figures, each right before its participle, covers the list
    ("at least 5 killed and 10 injured"); a list whose items name their people does not ("at
    least 317 Fano members were killed and 125 more sustained injuries")."""
    for index in range(1, len(amounts)):
        first, amount = amounts[index - 1], amounts[index]
        if first.qualifier in _SHARED_HEDGES and amount.qualifier == "exact" and amount.value is not None \
                and _BARE_ITEM_BETWEEN.fullmatch(sentence, first.end, amount.hedge_start) \
                and _PARTICIPLE_AFTER.match(sentence, amount.end):
            low = amount.value if first.qualifier == "at_least" else None
            high = amount.value if first.qualifier == "at_most" else None
            amounts[index] = replace(amount, qualifier=first.qualifier, low=low, high=high)
    return amounts


_SHARED_HEDGES = ("at_least", "at_most", "approx")
_PARTICIPLES = r"(?:killed|dead|wounded|injured|hurt|missing|captured)"
_BARE_ITEM_BETWEEN = lazy_compile(rf"\s+{_PARTICIPLES}\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
_PARTICIPLE_AFTER = lazy_compile(rf"\s+{_PARTICIPLES}\b", re.I)


_HANDED_OVER = lazy_compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+over\s+$", re.I)


#: "rose from 500 to 700" is a change, so the later number stands; "range from 600,000 to
#: 700,000" and "anywhere from 1,000 to 3,000" are ranges.
_FROM_BEFORE = lazy_compile(r"(?<!\brange\s)(?<!\branges\s)(?<!\branged\s)(?<!\branging\s)(?<!where\s)"
                          r"\bfrom\s+$", re.I)


def _amount_from_match(match: re.Match[str], sentence: str) -> Amount | None:
    hedge_start = match.start()
    if match.group("vague"):
        return _vague(match, sentence)
    if match.group("first"):
        start, end = match.start("first"), match.end("second")
        if _is_compound_word_number(match):
            return _single_span(match, sentence, start, end, hedged=True)
        joiner = match.group("joiner").lower()
        first_is_day = bool(_DAY_OF_MONTH.fullmatch(match.group("first"))) and _next_to_month(
            sentence[max(0, start - 12):start], sentence[match.end("first"):match.end("first") + 30])
        if first_is_day and _DAY_OF_MONTH.fullmatch(match.group("second")):
            return None   # "between Feb. 20 and 22": two days of a month
        if (first_is_day or _YEAR.match(match.group("first"))) and not _YEAR.match(match.group("second")):
            # "since October 2023 to 56,156", "since May 27 to 1,778": a date, then the count
            second = _single(match, sentence, "second")
            return second and dataclasses.replace(second, hedge_start=second.start)
        is_change = _FROM_BEFORE.search(sentence[max(0, match.start("first") - 20):match.start("first")])
        if (joiner == "and" and not match.group("between")) or is_change:
            return _single(match, sentence, "first")
        if _is_other_quantity(sentence, start, end, match.group("second")):
            return None
        bounds = _range_bounds(match.group("first"), match.group("second"))
        if bounds is None or bounds[0] == bounds[1]:
            return _single(match, sentence, "first")
        return Amount(start, end, "range", None, bounds[0], bounds[1], hedge_start)
    return _single(match, sentence, "single")


_SPACES = lazy_compile(r"\s+")


def _vague(match: re.Match[str], sentence: str) -> Amount | None:
    """'thousands' → 2000–9999, 'several hundred' → 200–999, with the guide's bounds."""
    start, end = match.span("vague")
    words = _SPACES.sub(" ", match.group("vague").lower())
    if words.startswith(("several ", "a few ")):
        words = words.split(" ")[-1] + "s"
    low, high = VAGUE_BOUNDS.get("dozens" if words == "scores" else words, (None, None))
    if low is None or high is None or _is_other_quantity(sentence, start, end, "x"):
        return None
    if match.group("before") and not match.group("approx"):
        return None  # "more than thousands" gives no usable bound
    return Amount(start, end, "vague", None, low, high, match.start())


_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _is_compound_word_number(match: re.Match[str]) -> bool:
    """'twenty-five' (and 'twenty-five thousand') is one number, not the range 20 to 5; so is
    'four-thousand-100'."""
    joined = match.end("first") == match.start("joiner") and match.end("joiner") == match.start("second")
    first_words, second_words = match.group("first").lower().split(), match.group("second").lower().split()
    if match.group("joiner") != "-" or not joined:
        return False
    last_word = _TOKEN_BREAK.split(first_words[-1])[-1]
    return (last_word in _TENS and second_words[0] in _ONES) or (
        last_word in SCALES and match.group("second").isdigit() and len(match.group("second")) <= 3)


def _single(match: re.Match[str], sentence: str, group: str) -> Amount | None:
    start, end = match.span(group)
    return _single_span(match, sentence, start, end, hedged=group == "single")


def _single_span(match: re.Match[str], sentence: str, start: int, end: int, hedged: bool) -> Amount | None:
    """One amount at sentence[start:end]; `hedged` when words before the match ("about") are its own."""
    text = sentence[start:end]
    if _is_other_quantity(sentence, start, end, text):
        return None
    value = parse_amount(text)
    if value is None or value <= 0:
        return None
    qualifier = _qualifier_of(match, sentence, end) if hedged or match.group("before") else "exact"
    low = value if qualifier == "at_least" else None
    high = value if qualifier == "at_most" else None
    return Amount(start, end, qualifier, value, low, high, match.start())
