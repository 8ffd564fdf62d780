"""Stage 1: read one article's text into its row (`read_article`, `article_from_text`);
`warclaims.sources.load_articles` builds the table of a folder's articles on top of this module.

An article file is a messy web text: a date header or none, wire credits, photo captions,
"Related"/"Recommended"/"Explore" link lists and sidebars of other stories.  This module
decides which lines are the article's own body (`body_segments`), when it was published and
how that was found, who published it and which agencies are credited.  Offsets everywhere
refer to the article's text — the decoded .txt file, or the text warclaims.sources takes from
a web page or a corpus row — so every claim can be traced to its characters.

Values a person wrote in the manifest (data/articles.csv) win over what the file itself says
(a web page's tags, a corpus row's columns), which wins over anything inferred here.
"""
from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

from warclaims.dates import (
    ANY_YEAR,
    ASCII_LABEL_WORDS,
    DAY_FIRST,
    LABEL_REACH,
    MONTH_PATTERN,
    OTHER_LABEL,
    PUBLISHED,
    UPDATED,
    DateLabel,
    WrittenDate,
    find_dates,
    find_written_dates,
    iso_date,
    label_alone,
    label_at_start,
    label_just_before,
    order_of_site,
    order_written_on_page,
)
from warclaims.patterns import lazy_compile
from warclaims.schema import ARTICLE_COLUMNS

MANIFEST_COLUMNS = ("article_id", "outlet", "wire", "published", "url", "note")


class ArticleWarning(UserWarning):
    """An article or manifest row could not be read as it should; the message names the file.

    `file`, `row` and `kind` let the pipeline list every problem in data/problems.csv.
    """

    def __init__(self, file: object, problem: str, kind: str, row: int | str = "") -> None:
        where = f"{file}, row {row}" if row != "" else f"{file}"
        super().__init__(f"{where}: {problem}")
        self.file, self.row, self.kind, self.problem = str(file), str(row), kind, problem


def _warn(file: object, problem: str, kind: str, row: int | str = "") -> None:
    warnings.warn(ArticleWarning(file, problem, kind, row), stacklevel=3)


# --- Wire agencies and outlets -------------------------------------------------------------

#: Credited agencies as they appear in credits, and the name the table uses.
AGENCIES = {
    "afp": "AFP", "agence france-presse": "AFP", "ap": "AP", "associated press": "AP",
    "reuters": "Reuters", "aa": "AA", "anadolu": "AA", "anadolu agency": "AA", "dpa": "dpa",
    "yonhap": "Yonhap", "mia": "MIA", "app": "APP", "efe": "EFE", "ansa": "ANSA",
    "xinhua": "Xinhua", "kyodo": "Kyodo", "pti": "PTI", "ians": "IANS", "tass": "TASS",
    "ria novosti": "RIA Novosti", "ukrinform": "Ukrinform", "bernama": "Bernama",
    "upi": "UPI", "bss": "BSS", "wafa": "WAFA", "kuna": "KUNA", "sana": "SANA",
}
_AGENCY_ALTERNATION = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_AGENCY_WORD = lazy_compile(rf"\b({_AGENCY_ALTERNATION})\b", re.I)

#: Outlets known by web address; other addresses give their bare domain as the outlet name.
OUTLETS_BY_DOMAIN = {
    "themoscowtimes.com": "The Moscow Times", "trtworld.com": "TRT World",
    "aa.com.tr": "Anadolu Agency", "reuters.com": "Reuters", "apnews.com": "AP",
    "afp.com": "AFP", "bbc.com": "BBC", "bbc.co.uk": "BBC", "cnn.com": "CNN",
    "aljazeera.com": "Al Jazeera", "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post",
    "koreaherald.com": "The Korea Herald", "koreatimes.co.kr": "The Korea Times",
    "en.yna.co.kr": "Yonhap", "kyivindependent.com": "The Kyiv Independent",
    "tass.com": "TASS", "france24.com": "France 24", "dw.com": "DW", "mia.mk": "MIA",
    "nknews.org": "NK News", "ukrinform.net": "Ukrinform", "ukrinform.ua": "Ukrinform",
    "bloomberg.com": "Bloomberg", "ft.com": "Financial Times", "wsj.com": "The Wall Street Journal",
    "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph",
    "thetimes.co.uk": "The Times", "economist.com": "The Economist", "usatoday.com": "USA Today",
    "npr.org": "NPR", "cbsnews.com": "CBS News", "nbcnews.com": "NBC News", "foxnews.com": "Fox News",
    "politico.com": "Politico", "politico.eu": "Politico", "euronews.com": "Euronews",
    "rferl.org": "Radio Free Europe/Radio Liberty", "meduza.io": "Meduza", "interfax.com": "Interfax",
    "pravda.com.ua": "Ukrainska Pravda", "upi.com": "UPI", "xinhuanet.com": "Xinhua",
    "globaltimes.cn": "Global Times", "scmp.com": "South China Morning Post",
    "timesofisrael.com": "The Times of Israel", "jpost.com": "The Jerusalem Post", "haaretz.com": "Haaretz",
    "arabnews.com": "Arab News", "dailysabah.com": "Daily Sabah", "middleeasteye.net": "Middle East Eye",
    "donga.com": "The Dong-A Ilbo", "chosun.com": "The Chosun Ilbo", "hani.co.kr": "The Hankyoreh",
    "lemonde.fr": "Le Monde", "spiegel.de": "Der Spiegel",
}
#: Mastheads recognised when a line at the top of a page names its outlet, and nothing else.
KNOWN_MASTHEADS = tuple(sorted(set(OUTLETS_BY_DOMAIN.values()), key=len, reverse=True))
_KNOWN_MASTHEAD_NAMES = {masthead.casefold(): masthead for masthead in KNOWN_MASTHEADS}
_KNOWN_MASTHEAD_SET = frozenset(KNOWN_MASTHEADS)

# --- Lines that are not the article's own body ---------------------------------------------

_LINK_LIST_MARKER = lazy_compile(
    r"^\W*(related(?: articles?| news| stories| content| coverage)?|recommended|explore|"
    r"read (?:more|also|next)|see also|also read|(?:à )?lire aussi|more (?:stories|news|from [\w ]+|on this (?:story|topic))|"
    r"(?:more|further|related) (?:reading|coverage|headlines|articles)|in other news|"
    r"most (?:read|popular|viewed|watched|shared)|popular now|don'?t miss|"
    r"trending(?: now)?|you (?:may|might) also like|latest (?:news|stories)|top stories|"
    r"what to read next|editor'?s picks|more for you|up next|watch next|keep reading|"
    r"more on [\w'’ -]{1,40}$)(?-i:(?![a-z]))",   # "More on Israel-Hamas war"
    re.I,
)
#: Where readers' comments begin, and what their lines look like: a short name and a colon, or
#: the buttons and notices around them.
_COMMENTS_MARKER = lazy_compile(r"^\W*(?:(?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(?\d+\)?)?|r[ée]agissez\b.*|"
                              r"leave a (?:reply|comment)|join the (?:conversation|discussion)|show comments)\W*$", re.I)
#: The header of a blog comment: a name, "says:", the date and the time of day.
_COMMENT_HEADER = lazy_compile(r"^\W{0,3}\S.{0,40}?\s+says:\s+.{0,30}?\b\d{4},?\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\W*$", re.I)
_COMMENT_LINE = lazy_compile(r"^[^\s:]{1,24}(?:\s[^\s:]{1,24}){0,2}:\s+\S")
_COMMENT_CHROME = lazy_compile(r"^\W*(?:reply|like|report|share|sort by\b.*|newest\b.*|oldest\b.*|load more\b.*|"
                             r"show more\b.*|your email address\b.*|required fields\b.*|\d+\s+(?:likes?|replies|reply))"
                             r"(?:\s*\|\s*\w+)*\W*$", re.I)
_BOILERPLATE = lazy_compile(
    r"^\W*(?:\d+ min(?:ute)?s? read|skip to (?:main )?content|contact us|share(?: this)?|link copied|advertisement|"
    r"subscribe\b.*|sign up\b.*|sneak a peek\b.*|original url:?|follow us\b.*|"
    # "READ: 2 soldiers killed, 5 hurt in Basilan clash", "Also read | …": a link to another story
    r"(?:also\s+)?read(?:\s+(?:more|also|next))?\s*[:|].*|(?:see\s+also|related(?:\s+stories)?|more\s+on\s+this)\s*[:|].*|"
    r"<?https?://\S+>?|copyright\b.*|©.*|all rights reserved\.?)\W*$",
    re.I,
)
#: A caption credit ending in "file photo"; apart from _BOILERPLATE because its leading ".*"
#: tries every position of the line, so it runs only on lines that hold the words.
_FILE_PHOTO_LINE = lazy_compile(r"^\W*.*\bfile photo\W*$", re.I)
_PHOTO_LINE = lazy_compile(r"^\W*(?:photo(?:graph)?s?|image|picture)\b\s*(?:[:(]|of|by)", re.I)
_PHOTO_CREDIT_TAIL = lazy_compile(r"\s/\s*[A-Z][\w .&-]{1,40}$")
_SOURCE_LINE = lazy_compile(r"^\W*source\s*:\s*(?P<source>.+)$", re.I)
#: _BOILERPLATE, _PHOTO_LINE and _SOURCE_LINE as one pattern: a line matches it when it
#: matches any of them, at the cost of one call.
_BOILERPLATE_PHOTO_OR_SOURCE = lazy_compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (_BOILERPLATE, _PHOTO_LINE, _SOURCE_LINE)), re.I)
_BULLET = lazy_compile(r"^\s*(?:[-•*·]|\d+\.)\s+")
_HEADER_DATE = lazy_compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b(?:\s+[A-Z]{3,}\b)?\s*")
_CLOSING_MARKS = "\"”’')]"
#: Labels before a web address the page gives for itself ("Original url: …", "url: …").
_URL_LABELS = ("original url", "url", "comes from", "source", "via")
_URL_IN_TEXT = lazy_compile(rf"\b(?:{'|'.join(_URL_LABELS)})\s*:?\s*<?(https?://[^\s>]+)", re.I)
_DATELINE = lazy_compile(r"^\s*[A-Z][A-Za-z .'-]{1,40},\s*(?P<rest>.{0,80}?)\((?P<credit>[^)]{1,80})\)\s*[-–—]")
_BYLINE = lazy_compile(r"^\W*by\W+(?P<who>[^\n]{1,80})$", re.I)
_URL_DATE = lazy_compile(r"/(20\d\d|19\d\d)/([01]?\d)/([0-3]?\d)/")


class Line(NamedTuple):
    """One line of the article file: its offsets and its text without the line break."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets in `text` (any of \\n, \\r\\n, \\r ends a line)."""
    return list(_split_lines(text))


@lru_cache(maxsize=4)
def _split_lines(text: str) -> tuple[Line, ...]:
    """Cached: the body and the credits outside it are both read from the same lines."""
    if "\r" in text:
        return tuple(_split_any_line_ends(text))
    lines, start = [], 0
    for part in text.split("\n"):   # the usual case, several times faster than a regex scan
        end = start + len(part)
        lines.append(_new_line(Line, (start, end, part)))
        start = end + 1
    return tuple(lines)


#: Line's constructor without NamedTuple's Python-level __new__ (as Line._make builds one):
#: a page's lines are many, and the call was a third of splitting them.
_new_line = tuple.__new__


def _split_any_line_ends(text: str) -> list[Line]:
    lines: list[Line] = []
    for match in re.finditer(r"[^\r\n]*", text):
        if match.start() == match.end() and lines and lines[-1].end == match.start():
            continue
        lines.append(Line(match.start(), match.end(), match.group()))
    return lines


def is_prose(line: str) -> bool:
    """A line that reads as article prose rather than a headline or a link."""
    words = len(line.split(None, 30))   # 31 parts when it has more than 30 words: enough to tell
    return (words >= 8 and _ends_sentence(line)) or words >= 30


def _ends_sentence(text: str) -> bool:
    """Whether `text` ends in ".", "!" or "?", perhaps followed by closing quotes or brackets
    and spaces.  (str.rstrip() strips exactly the characters the regex \\s matches.)"""
    return text.rstrip().rstrip(_CLOSING_MARKS)[-1:] in (".", "!", "?")


#: The only characters besides A-Z that re.IGNORECASE matches to ASCII letters: "ſ" (s),
#: "ı" and "İ" (i) and the Kelvin sign (k) (checked over every code point in Python 3.11).
_ASCII_CASE_TWINS = ("\u017f", "\u0131", "\u0130", "\u212a")


def _may_contain(text: str, *words: str) -> bool:
    """False only when none of the lowercase ASCII `words` can match in `text` under
    re.IGNORECASE: a cheap test before a costly pattern."""
    folded = _folded(text)
    for word in words:
        if word in folded:
            return True
    return False


@lru_cache(maxsize=1024)
def _folded(text: str) -> str:
    """`text` in lower case with _ASCII_CASE_TWINS folded to their ASCII letters ("İ" lowers
    to "i" and a combining dot), so that a lowercase ASCII word can match in `text` under
    re.IGNORECASE only if it is a substring of this.  Cached: the boilerplate test and the
    outlet's finders look at the same lines."""
    folded = text.lower()
    if not folded.isascii():
        folded = folded.replace("\u017f", "s").replace("\u0131", "i").replace("i\u0307", "i")
    return folded


def _has_case_twins(text: str) -> bool:
    """Whether the text holds a letter re.IGNORECASE takes for an ASCII one of another case."""
    return not text.isascii() and any(twin in text for twin in _ASCII_CASE_TWINS)


def _is_bullet_run_junk(run: list[Line]) -> bool:
    """Three or more bullet lines that are mostly headlines: a list of links to other stories."""
    if len(run) < 3:
        return False
    headlines = sum(not is_prose(_BULLET.sub("", line.text)) for line in run)
    return headlines * 2 > len(run)


def _is_boilerplate(text: str) -> bool:
    if len(text) > 300:   # boilerplate lines are short; long ones would only cost time here
        return False
    return bool(_BOILERPLATE_PHOTO_OR_SOURCE.match(text)
                or (_may_contain(text, "file photo") and _FILE_PHOTO_LINE.match(text))
                or (_may_contain(text, "join", "donat", "journalism", "become a") and _APPEAL_LINE.search(text)))


#: A plea for readers' money: "… costs money — join 18,000 members who keep us independent".
_APPEAL_LINE = lazy_compile(r"\bjoin\s+(?:more\s+than\s+|over\s+)?[\d,.]+\s*(?:k\s+|million\s+)?(?:members|supporters|readers|"
                          r"subscribers|others)\b|\bdonate\s+(?:now|today)\b|\bbecome\s+a\s+(?:member|supporter|"
                          r"subscriber|patron)\b|\bsupport\s+(?:our|independent)\s+journalism\b", re.I)


def _may_source_line(text: str) -> bool:
    """False only when _SOURCE_LINE cannot match `text` (it needs "source" and a colon)."""
    return ":" in text and _may_contain(text, "source")


def _is_photo_credit(text: str) -> bool:
    """A caption ending in a credit: "Kim at the parade / Reuters"."""
    return "/" in text and bool(_PHOTO_CREDIT_TAIL.search(text))   # the pattern holds a "/"


def body_lines(text: str) -> list[Line]:
    """The lines of the article's own body: link lists, sidebars, captions and credits left out.

    A "Related"/"Recommended"/"Explore" marker starts a link list that lasts while lines read as
    headlines; it ends at the first line of prose.  A run of three or more bullet headlines is a
    sidebar wherever it stands.  A leading "date YYYY-MM-DD SECTION" header is cut from its line.
    """
    return list(_body_lines(text))


@lru_cache(maxsize=4)
def _body_lines(text: str) -> tuple[Line, ...]:
    """Cached: reading an article and extracting its claims both need its body, in turn."""
    lines = [_without_date_header(line) for line in _split_lines(text)]
    stripped = [line.text.strip() for line in lines]
    dropped = _link_list_and_boilerplate_lines(stripped) | _bullet_sidebar_lines(lines, stripped)
    return tuple(line for index, line in enumerate(lines) if stripped[index] and index not in dropped)


def _link_list_and_boilerplate_lines(stripped: list[str]) -> set[int]:
    """Indices of the lines of link lists, boilerplate and photo credits (`stripped`: the
    lines' texts without leading and trailing spaces)."""
    dropped: set[int] = set()
    in_link_list = in_comments = False
    for index, text in enumerate(stripped):
        if not text:
            continue
        if "says:" in text and _COMMENT_HEADER.match(text):
            # "> Leila K. says: 4 September 2013 at 9:14 am": a blog's comment thread, to the page's end
            dropped.update(range(index, len(stripped)))
            break
        if len(text) <= 60 and _COMMENTS_MARKER.match(text):
            in_comments, in_link_list, _ = True, False, dropped.add(index)   # "Comments (12)", "Leave a Reply"
            continue
        if _LINK_LIST_MARKER.match(text):
            in_link_list, _ = True, dropped.add(index)
            continue
        if in_link_list and not is_prose(text):
            dropped.add(index)
            continue
        in_link_list = False
        if in_comments and (_COMMENT_LINE.match(text) or len(text) <= 100 and _COMMENT_CHROME.match(text)):
            dropped.add(index)   # "Mama Grace: May they rest in peace. Last year they killed 60 …"
            continue
        in_comments = False
        if _is_boilerplate(text) or _is_photo_credit(text):
            dropped.add(index)
    return dropped


def _without_date_header(line: Line) -> Line:
    """The line with a leading "date YYYY-MM-DD SECTION" header cut off."""
    if "date" not in line.text:   # the header pattern holds "date", case and all
        return line
    header = _HEADER_DATE.match(line.text)
    if not header:
        return line
    return Line(line.start + header.end(), line.end, line.text[header.end():])


def _bullet_sidebar_lines(lines: list[Line], stripped: list[str]) -> set[int]:
    """Indices of lines in runs of bullet headlines (blank lines do not break a run)."""
    dropped: set[int] = set()
    run: list[int] = []
    heading = ""   # the last line before the run: a fact box's heading keeps it
    for index, line in enumerate(lines):
        if not stripped[index]:
            continue
        if _may_be_bullet(stripped[index]) and _BULLET.match(line.text):
            run.append(index)
            continue
        if run and not _FACT_BOX_HEADING.match(heading) and _is_bullet_run_junk([lines[i] for i in run]):
            dropped.update(run)
        run = []
        heading = stripped[index]
    if run and not _FACT_BOX_HEADING.match(heading) and _is_bullet_run_junk([lines[i] for i in run]):
        dropped.update(run)
    return dropped


#: A fact box or timeline inside the article ("The conflict in numbers", "KEY DATES"): its
#: bullet lines are body text, though they read as headlines.
_FACT_BOX_HEADING = lazy_compile(r"^\W*(?:the\s+[\w-]+\s+in\s+numbers|in\s+numbers|by\s+the\s+numbers|key\s+(?:dates|facts|"
                               r"figures|events|numbers|moments)|timeline|fact\s*(?:box|file|sheet)|at\s+a\s+glance|"
                               r"what\s+we\s+know|the\s+toll)\W*$", re.I)


def _may_be_bullet(stripped: str) -> bool:
    """False only when _BULLET cannot match the line: its first character after spaces (\\s
    and str.strip agree on spaces, \\d is a subset of str.isdigit) opens no bullet."""
    first = stripped[0]
    return first in "-•*·" or first.isdigit()


def body_segments(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the body's lines in `text`, leading/trailing spaces trimmed."""
    segments = []
    for line in body_lines(text):
        left = len(line.text) - len(line.text.lstrip())
        right = len(line.text.rstrip())
        segments.append((line.start + left, line.start + right))
    return segments


# --- Metadata: title, date, outlet, wire ----------------------------------------------------

def _clean_heading(text: str) -> str:
    """The text without Markdown marks: leading "#", "*" and spaces, trailing "*" and spaces.
    (str.strip strips what str.isspace calls a space; most lines have no marks to strip.)"""
    cleaned = text.strip()
    while cleaned.startswith(("#", "*")):
        cleaned = cleaned.lstrip("#*").lstrip()
    while cleaned.endswith("*"):
        cleaned = cleaned.rstrip("*").rstrip()
    return cleaned


def find_title(lines: Sequence[Line]) -> str:
    """The first short line near the top that reads as a headline, else the first body line."""
    candidates = [_clean_heading(line.text) for line in lines[:12]]
    candidates = [c for c in candidates if c not in _KNOWN_MASTHEAD_SET] or candidates
    word_counts = [len(candidate.split(None, 25)) for candidate in candidates]   # 26: more than 25
    for shortest in (5, 3):
        for candidate, words in zip(candidates, word_counts):
            if shortest <= words <= 25 and not _ends_sentence(candidate) and not find_dates(candidate):
                return candidate
    return candidates[0][:160] if candidates else ""


# --- The article's own date at the top -------------------------------------------------------

#: Only the top of the body is searched for the article's date, so dates in the story and in
#: sidebars ("HEADLINES: … | Sept. 5, 2025", dropped with the sidebar) are not taken.
_TOP_LINES = 12
#: The kind of a date given without a label: alone on its line, or in a dateline.
PLAIN = ""
#: A dateline's date starts within the first 100 characters of its line, so the first 140 hold it.
_DATELINE_DATE_START, _DATELINE_REACH = 100, 140
#: The place a dateline opens with and perhaps its region ("KYIV, Ukraine, ", "Moscow, ").
_DATELINE_PLACE = (r"[^\W\d_][^\W\d_.'’-]*(?:[ .'’-]{1,2}[^\W\d_]+){0,3},\s*"
                   r"(?:[^\W\d_]+(?:[ .'’-][^\W\d_]+){0,2},?\s*)?")
#: How a dateline opens: with its place, or with its date.
_DATELINE_OPENING = lazy_compile(rf"{_DATELINE_PLACE}|\d|{MONTH_PATTERN}")
#: What may stand before a dateline's date: the place, or nothing ("Jan. 11, 2025 (UPI) --").
_BEFORE_DATELINE_DATE = lazy_compile(rf"(?:{_DATELINE_PLACE})?")
#: What follows it: a credit, "(dpa/MIA)" or "/TASS/", or a dash or colon before the story.
_AFTER_DATELINE_DATE = lazy_compile(r"\s*[.,]?\s*(?:\([^()]{1,80}\)|/[^/\s][^/]{0,40}/|[-–—]|:\s)")
#: A credit holding the date: "Kyiv, (APP - UrduPoint / Pakistan Point News - 23rd Dec, 2024)".
_BEFORE_DATE_IN_CREDIT = lazy_compile(rf"{_DATELINE_PLACE}\([^()]{{0,80}}")
_AFTER_DATE_IN_CREDIT = lazy_compile(r"[^()]{0,80}\)")
#: A time of day beside a date: "15:27", "01:18pm", "10:02 a.m.", "9 PM".
_TIME_OF_DAY = lazy_compile(r"\b\d{1,2}(?:[:.]\d\d(?::\d\d)?)?\s*[ap]\.?m\b\.?|\b\d{1,2}[:.]\d\d(?::\d\d)?", re.I)
#: The signature line of a social-media post quoted in the page: the post's date, not the
#: article's ("— Quds News Network (@QudsNen) February 1, 2024").
_QUOTED_POST_SIGNATURE = lazy_compile(r"[—–-]+\s*[^()\n]{1,80}\(@\w{1,30}\)")


class TopDate(NamedTuple):
    """A date the top of the article gives as its own.  `kind` is PUBLISHED (the date header,
    or labelled "Published", "Posted", "입력", …), UPDATED ("Updated", "Last modified", …) or
    PLAIN; `day_first_label` tells that its label's language writes numeric dates day first."""

    written: WrittenDate
    kind: str
    day_first_label: bool = False


def top_dates(text: str, body: Sequence[Line]) -> list[TopDate]:
    """Every date the top of the article gives as its own, in reading order: a "date
    YYYY-MM-DD" header; in the first lines of the body a labelled date (its label before it or
    alone on the line above), a date alone on its line (a name or a few words beside it), or
    the date of a dateline.  Dates that are no real day are kept: they are reported."""
    found = _header_dates(text)
    label_above: DateLabel | None = None
    for line in body[:_TOP_LINES]:
        stripped = line.stripped
        dates = _line_dates(stripped, label_above)
        found.extend(dates)
        label_above = None if dates else label_alone(stripped)
    return found


def _header_dates(text: str) -> list[TopDate]:
    header = _HEADER_DATE.match(text)
    return [TopDate(iso_date(header.group(1)), PUBLISHED)] if header else []


def _line_dates(stripped: str, label_above: DateLabel | None) -> list[TopDate]:
    """The dates a line of the top gives as the article's own: every date of a line that holds
    little else, a labelled date, or the date of a dateline; in prose only the last two."""
    if "19" not in stripped and "20" not in stripped:
        return []   # every date read has a year 19xx or 20xx
    if _QUOTED_POST_SIGNATURE.match(stripped):
        return []
    prose = is_prose(stripped)
    if prose and not _label_may_precede_a_year(stripped):
        if not _DATELINE_OPENING.match(stripped):
            return []
        return _dateline_dates(stripped, find_written_dates(stripped[:_DATELINE_REACH]))
    written = find_written_dates(stripped)
    first_label = None if prose else (label_at_start(stripped) or label_above)
    labels = [label_just_before(stripped, d.start) or (first_label if index == 0 else None)
              for index, d in enumerate(written)]
    if not prose and written and _holds_little_but_dates(stripped, written):
        return [_with_label(d, label) for d, label in zip(written, labels)]
    labelled = [_with_label(d, label) for d, label in zip(written, labels) if label]
    if labels and labels[0] is None:   # a labelled first date is no dateline's
        return _dateline_dates(stripped, written) + labelled
    return labelled


def _label_may_precede_a_year(stripped: str) -> bool:
    """Whether a label word stands within a label's reach before one of the line's years (a
    date's text holds at most 20 characters before its year): a cheap test for long paragraphs."""
    for year in ANY_YEAR.finditer(stripped):
        before = stripped[max(0, year.start() - LABEL_REACH - 20):year.start()]
        if _may_contain(before, *ASCII_LABEL_WORDS) or (not before.isascii() and OTHER_LABEL.search(before)):
            return True
    return False


def _with_label(written: WrittenDate, label: DateLabel | None) -> TopDate:
    return TopDate(written, label.kind, label.day_first) if label else TopDate(written, PLAIN)


def _holds_little_but_dates(stripped: str, written: list[WrittenDate]) -> bool:
    """At most four words besides its dates and times of day: "September 3, 2025", "Anton
    Sokolin June 17, 2025", "By Kim Arin | Nov. 25, 2024 | 15:27", "AFP Published 27 Sep, 2023 01:18pm"."""
    rest, start = [], 0
    for written_date in written:
        rest.append(stripped[start:written_date.start])
        start = written_date.end
    rest.append(stripped[start:])
    words = _TIME_OF_DAY.sub(" ", " ".join(rest)).split()
    return sum(any(character.isalpha() for character in word) for word in words) <= 4


def _dateline_dates(stripped: str, written: list[WrittenDate]) -> list[TopDate]:
    """The date of a dateline opening the line ("Moscow, 28 April 2025 (dpa/MIA) -",
    "WASHINGTON, Sept. 3, 2025 (Reuters) —", "BEIRUT, September 24, 2025. /TASS/.",
    "Jan. 11, 2025 (UPI) --", "Kyiv, (APP - … - 23rd Dec, 2024)"); none for a dateline
    without one ("KYIV, Ukraine (AP) — …"), whatever dates the story after it holds."""
    if not written or written[0].start > _DATELINE_DATE_START:
        return []
    first = written[0]
    before, after = stripped[:first.start], stripped[first.end:]
    if before and not before[0].isupper():
        return []
    in_open_text = _BEFORE_DATELINE_DATE.fullmatch(before) and _AFTER_DATELINE_DATE.match(after)
    in_credit = _BEFORE_DATE_IN_CREDIT.fullmatch(before) and _AFTER_DATE_IN_CREDIT.match(after)
    return [TopDate(first, PLAIN)] if in_open_text or in_credit else []


class TextDate(NamedTuple):
    """What the top of the text tells of the article's date: the date (None when none can be
    taken), the problems to report, and `unsettled`: the dates whose order of day and month
    nothing on the page tells, to report when no other source gives the date."""

    value: date | None
    problems: list[str]
    unsettled: list[str]


def text_date(text: str, body: Sequence[Line], url: str) -> TextDate:
    """The article's date from the top of its text: the first date labelled as published (or
    the date header), else the first given without a label, else the first "Updated" date.
    Other dates at the top that are not updates should agree with it; those that differ, and
    dates that are no real day, are reported."""
    problems: list[str] = []
    unsettled: list[str] = []
    dated: list[tuple[str, date]] = []
    for candidate in top_dates(text, body):
        written = candidate.written
        value = written.value or written.read_in_order(_numeric_order(candidate, text, url))
        if value:
            dated.append((candidate.kind, value))
        elif not written.is_calendar_date:
            problems.append(f"the date {written.text!r} at the top is not a calendar date; ignored")
        else:
            unsettled.append(_unsettled_problem(written))
    chosen = next((value for rank in (PUBLISHED, PLAIN, UPDATED) for kind, value in dated if kind == rank), None)
    others = [value for kind, value in dated if kind != UPDATED and value != chosen]
    if chosen and others:
        shown = ", ".join(d.isoformat() for d in dict.fromkeys([chosen, *others]))
        problems.append(f"different dates at the top ({shown}); the first is taken")
    return TextDate(chosen, problems, unsettled)


def _numeric_order(candidate: TopDate, text: str, url: str) -> str:
    """The order of day and month to read a numeric date such as "02/05/2025" in: the order
    the page's other dates show; else day first when its label's language or its dots
    ("02.05.2025") write dates day first; else the order of the site's country; else ""."""
    if len(candidate.written.readings) < 2:
        return ""
    written_day_first = candidate.day_first_label or "." in candidate.written.text
    return (order_written_on_page(text) or (DAY_FIRST if written_day_first else "")
            or order_of_site(urlparse(url).hostname or ""))


def _unsettled_problem(written: WrittenDate) -> str:
    day_first, month_first = (f"{d.day} {d:%B %Y}" for d in written.readings)
    return (f"the date {written.text!r} at the top could be {day_first} or {month_first}, and nothing on the page"
            f" tells which comes first, day or month; not taken")


def find_wire(lines: Sequence[Line]) -> str:
    """Agencies credited in a byline, a dateline or a "SOURCE:" line, joined with "/"."""
    credits: list[str] = []
    for line in lines:
        stripped = line.text.strip()
        if not stripped:
            continue
        for credit in _credit_fields(stripped):
            credits.extend(AGENCIES[m.lower()] for m in _AGENCY_WORD.findall(credit))
    return "/".join(dict.fromkeys(credits))


def _credit_fields(stripped: str) -> list[str]:
    """The credits of a non-empty line read as a byline, a dateline and a "SOURCE:" line, in
    that order; each pattern runs only on lines that hold what it needs (its "by" has no case
    twin, its dateline opens with A-Z and holds a parenthesis)."""
    fields = []
    if _may_open_with_by(stripped) and (byline := _BYLINE.match(stripped)):
        fields.append(byline.group("who"))
    if "A" <= stripped[0] <= "Z" and "(" in stripped and (dateline := _DATELINE.match(stripped)):
        fields.append(dateline.group("credit"))
    if _may_source_line(stripped) and (source := _SOURCE_LINE.match(stripped)):
        fields.append(source.group("source"))
    return fields


def _may_open_with_by(stripped: str) -> bool:
    """False only when _BYLINE cannot match the non-empty line: a line opening with a word
    character (`\\w` is what str.isalnum says, and "_") must open with "by" in some case ("b"
    and "y" have no case twins), and only a line opening otherwise needs the whole look."""
    first = stripped[0]
    if first.isalnum() or first == "_":
        return stripped[:2] in ("by", "By", "bY", "BY")
    return "by" in _folded(stripped)


def _outlet_from_url(url: str) -> str:
    return _outlet_of_host((urlparse(url).hostname or "").lower().removeprefix("www."))


@lru_cache(maxsize=256)
def _outlet_of_host(host: str) -> str:
    """The outlet of a web address's host (cached: a corpus holds many pages of each site)."""
    for domain, name in OUTLETS_BY_DOMAIN.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


_BARE_DOMAIN = lazy_compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/?$", re.I)


def outlet_name(value: str) -> str:
    """An outlet as a file's metadata names it (a page's site name, a corpus row's column); a
    bare web domain ("aa.com.tr", as corpus exports give) becomes the outlet's name, as a web
    address in the text would.  A value that is no publication's name (a page title's clause
    taken for the site's name) gives "" (see publication_name; it may start in lower case)."""
    value = value.strip()
    if _BARE_DOMAIN.match(value):
        return _outlet_from_url(value if "//" in value else f"//{value}")
    return publication_name(value, lower_case_start=True) if value else ""


def find_url(text: str) -> str:
    """A web address the page gives for itself ("Original url: …", "comes from: …")."""
    start = _url_search_start(text)
    match = _URL_IN_TEXT.search(text, start) if start is not None else None
    return match.group(1).rstrip(").,") if match else ""


def _url_search_start(text: str) -> int | None:
    """Where a search for _URL_IN_TEXT need start (None: it cannot match), as the pattern
    tries every position and most of the text cannot start a match.

    A match runs from its label to its "://" with no "/" between, so it starts after the last
    "/" ahead of the first "://", and it starts with a label (in any case)."""
    address = text.find("://")
    if address < 0:
        return None
    start = text.rfind("/", 0, address) + 1
    if _has_case_twins(text):
        return start
    lowered = text.lower()   # as long as the text: only "İ", a case twin, lowers to two characters
    labels = [at for at in (lowered.find(label, start) for label in _URL_LABELS) if at >= 0]
    return min(labels) if labels else None


# --- The outlet: a publication's name, never a sentence ---------------------------------------
#
# An outlet is read, in this order, from the page's own web address (a `url:`/"Original url:"
# line, or the manifest's url), a masthead at the top (a known name alone on its line, "NK News
# Logo", a headline ending "| NK News"), a "SOURCE:" line, a copyright line ("© 2025 The Korea
# Herald") and a dateline's credit ("Gaza (Quds News Network) –").  Each name found in the text
# must look like a publication's name (`publication_name`); a line that reads as a sentence gives
# no outlet, and the article is "unknown outlet" rather than named after a clause of its text.

#: An outlet's name has at most this many words ("The Times of India", "Pakistan Point News").
MAX_OUTLET_WORDS = 6
_MAX_OUTLET_CHARS = 60
#: Lines at the top of the page searched for a masthead (blank lines not counted).
_MASTHEAD_LINES = 5
#: Lines at the top of the body searched for a dateline's credit.
_CREDIT_LINES = 12
#: Words written in lower case inside a publication's name ("The Times of India", "Al-Ahram").
_NAME_SMALL_WORDS = frozenset({
    "a", "an", "and", "at", "de", "del", "der", "des", "di", "die", "du", "e", "el", "en", "for",
    "in", "la", "le", "los", "of", "on", "the", "to", "und", "y", "&", "+",
})
#: Words that make a clause of a line, never a publication's name (compared in lower case).
_CLAUSE_WORDS = frozenset({
    "according", "added", "announced", "announces", "are", "be", "been", "believes", "by", "can", "claim",
    "claimed", "claims", "confirmed", "confirms", "could", "did", "died", "dies", "does", "estimated",
    "estimates", "had", "has", "have", "is", "kill", "killed", "kills", "may", "might", "must", "noted",
    "reported", "said", "say", "says", "sent", "should", "stated", "tell", "tells", "told", "was",
    "were", "will", "would", "wounded",
})
#: Words of captions and credits that name a picture or a person's role, not a publication.
_NOT_PUBLICATION_WORDS = frozenset({
    "agencies", "caption", "correspondent", "courtesy", "credit", "editor", "file", "handout", "image",
    "images", "photo", "photos", "picture", "pictures", "reporter", "reporting", "staff", "writer",
})
#: Words that alone or together are a page's section, not its masthead ("World News", "Trending Now").
_SECTION_WORDS = frozenset({
    "analysis", "breaking", "business", "comment", "europe", "home", "latest", "live", "local", "menu",
    "news", "now", "opinion", "politics", "popular", "sport", "sports", "stories", "top", "trending",
    "video", "videos", "world",
})
#: Company forms after a name in a copyright line ("Bloomberg L.P.", "Korea Risk Group Ltd").
_COMPANY_FORM = lazy_compile(
    r"(?:,?\s+(?:L\.?P\.?|LLC|L\.?L\.?C\.?|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|GmbH|AG|S\.?A\.?|"
    r"Co\.?|Corp\.?|Corporation|Pty\.?(?:\s+Ltd\.?)?|B\.?V\.?))+\.?$")
#: A copyright line: "©2025 Bloomberg L.P.", "© Korea Risk Group. All rights reserved.",
#: "Copyright 2024 The Korea Herald", "Copyright © 2023-2025 Reuters".
_COPYRIGHT_LINE = lazy_compile(
    r"^\W{0,3}(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?P<year>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b)?[\s,.]*"
    r"(?P<name>[^\n]{1,120})$", re.I)
_ALL_RIGHTS = lazy_compile(r"[\s.,;|-]*all rights reserved\b.*$", re.I)
#: A dateline's credit at the start of a line: "Gaza (Quds News Network) – …", "(Bloomberg) — …",
#: "(MENAFN- Asia Times) …", "Kyiv, (APP - UrduPoint / Pakistan Point News - 23rd Dec, 2024) …".
#: The place before it is at most four capitalised words ("Gaza", "MANILA, Philippines").
_CREDIT_AT_START = lazy_compile(
    r"^(?P<place>[^\W\d_a-z][\w.'’-]{0,30}(?:,?\s[^\W\d_a-z][\w.'’-]{0,30}){0,3},?\s*)?"
    r"\((?P<credit>[^()\n]{2,80})\)\s*(?P<dash>[-–—]+)?")
#: The separators between the parts of a credit ("APP - UrduPoint / Pakistan Point News").
_CREDIT_PARTS = lazy_compile(r"\s*[-–—/|]\s+|\s+[-–—/|]\s*|/")
#: The last word of a name that an agency's credit names beside it ("Pakistan Point News").
_MASTHEAD_ENDINGS = frozenset({
    "agency", "chronicle", "courier", "daily", "express", "gazette", "herald", "ilbo", "journal", "mail",
    "monitor", "network", "news", "observer", "post", "press", "radio", "review", "telegraph", "times",
    "today", "tribune", "tv", "weekly",
})
#: Syndicators whose credit opens every story they carry: "(MENAFN- Asia Times)".
_SYNDICATORS = {"menafn": "MENAFN"}
_HEADLINE_TAIL = lazy_compile(r"^(?P<headline>.{10,300}?)\s+\|\s+(?P<name>[^|]{2,60})$")
_LOGO_LINE = lazy_compile(r"^(?P<name>.{2,60}?)\s+logo$", re.I)
_INITIALISM = lazy_compile(r"\b(?:[A-Z]\.){2,}")
_SENTENCE_MARK = lazy_compile(r"[.!?;](?:\s|$)|:|[,\"“”«»()\[\]{}<>@#*=]|https?:|\s['‘’]|['‘’](?:\s|$)|^['‘’]")
_NUMBER_WORD = lazy_compile(r"^\d[\d,.]{2,}$")


def publication_name(candidate: str, *, lower_case_start: bool = False) -> str:
    """`candidate` as a publication's name, or "" when it does not look like one.

    A name is short (at most MAX_OUTLET_WORDS words), has no sentence punctuation, no quotes,
    no clause words ("said", "killed", "is"), no counts or dates, is not a caption credit
    ("Photo", "File") and is title-cased: each word starts with a capital or a digit except
    the small words of names ("of", "the", "al").  A company form after it ("L.P.", "Inc.")
    is dropped.  Names from a file's metadata, which a site or a monitoring tool wrote rather
    than a sentence of the text, may start in lower case (`lower_case_start`: "euronews").
    """
    name = " ".join(candidate.split()).strip(" -–—|·•:")
    name = _COMPANY_FORM.sub("", name).strip()
    if not name or len(name) > _MAX_OUTLET_CHARS or not any(c.isalpha() for c in name):
        return ""
    if _BARE_DOMAIN.match(name):
        return _outlet_from_url(f"//{name.removeprefix('https://').removeprefix('http://')}")
    if _SENTENCE_MARK.search(_INITIALISM.sub("A", name)) or find_written_dates(name):
        return ""
    words = name.split()
    if len(words) > MAX_OUTLET_WORDS:
        return ""
    lowered = [word.lower().strip(".'’") for word in words]
    if any(word in _CLAUSE_WORDS or word in _NOT_PUBLICATION_WORDS for word in lowered):
        return ""
    if any(_NUMBER_WORD.match(word) for word in words):
        return ""
    if not _title_cased(words, lower_case_start):
        return ""
    return name


def _title_cased(words: list[str], lower_case_start: bool) -> bool:
    """Every word starts with a capital or a digit, but the small words of names; the first
    word may start in lower case only when `lower_case_start`."""
    for index, word in enumerate(words):
        first = word[0]
        if first.isupper() or first.isdigit() or not first.isalpha():
            continue
        if index == 0 and lower_case_start:
            continue
        if index == 0 or word.lower() not in _NAME_SMALL_WORDS:
            return False
    return True


def _only_section_words(name: str) -> bool:
    return all(word.lower() in _SECTION_WORDS for word in name.split())


def find_outlet(lines: Sequence[Line], url: str) -> str:
    """The outlet from its web address, a masthead, a "SOURCE:" line, a copyright line or a
    dateline's credit, in that order; "" when none names a publication (see publication_name)."""
    if url:
        return _outlet_from_url(url)
    for finder in (_masthead_outlet, _source_line_outlet, _copyright_outlet, _credit_outlet):
        outlet = finder(lines)
        if outlet:
            return outlet
    return ""


def _top_lines(lines: Sequence[Line], count: int) -> list[str]:
    """The first `count` lines that hold text, without a "date YYYY-MM-DD" header or Markdown marks."""
    top: list[str] = []
    for line in lines:
        text = _clean_heading(_without_date_header(line).text)
        if text:
            top.append(text)
            if len(top) == count:
                break
    return top


def _masthead_outlet(lines: Sequence[Line]) -> str:
    """A masthead at the top: a known outlet's name alone on its line ("The Korea Herald"),
    "NK News Logo", or a headline ending "| NK News".  Any other short line at the top is not
    taken: a title-cased headline or a section heading ("Finger Pointing") reads like a name."""
    top = _top_lines(lines, _MASTHEAD_LINES)
    for text in top:
        if text.casefold() in _KNOWN_MASTHEAD_NAMES:
            return _KNOWN_MASTHEAD_NAMES[text.casefold()]
    for text in top:
        if "|" not in text and not _may_contain(text, "logo"):
            continue
        for pattern in (_LOGO_LINE, _HEADLINE_TAIL):
            match = pattern.match(text)
            if not match or ("headline" in match.groupdict() and find_written_dates(match.group("headline"))):
                continue   # "Published December 23, 2024 | 11:39 PM" is a date line, not a headline
            name = publication_name(match.group("name"))
            if name and not _only_section_words(name):
                return name
    return ""


def _source_line_outlet(lines: Sequence[Line]) -> str:
    """The outlet a "SOURCE:" line names ("SOURCE:TRT World and Agencies", "SOURCE:AA",
    "Source: ukrinform.net"); an agency by the name the table uses for it as an outlet."""
    for line in lines:
        if ":" not in line.text:
            continue   # _may_source_line needs one, and stripping the line keeps it
        stripped = line.stripped
        if len(stripped) > 300 or not _may_source_line(stripped):
            continue
        match = _SOURCE_LINE.match(stripped)
        if match:
            source = re.sub(r"\s+and\s+agencies\b.*$", "", match.group("source"), flags=re.I).strip()
            agency = AGENCIES.get(source.lower())
            if agency:
                return {"AA": "Anadolu Agency"}.get(agency, agency)
            return publication_name(source)
    return ""


def _copyright_outlet(lines: Sequence[Line]) -> str:
    """The holder a copyright line names: "©2025 Bloomberg L.P." → "Bloomberg", "Copyright 2025
    The Associated Press. All rights reserved." → "AP".  The line must give a year or "All
    rights reserved": a bare "© AFP" is a picture's credit."""
    for line in lines:
        stripped = line.stripped
        if len(stripped) > 300 or not ("©" in stripped or _may_contain(stripped, "copyright", "(c)")):
            continue
        match = _COPYRIGHT_LINE.match(stripped)
        if not match or not (match.group("year") or _ALL_RIGHTS.search(stripped)):
            continue   # "© AFP" alone is a picture's credit; a page's footer has a year or its rights
        holder = _ALL_RIGHTS.sub("", match.group("name")).strip()
        holder = re.split(r"(?<![A-Z])\.\s|\s[|·•]\s", holder, maxsplit=1)[0]
        name = publication_name(_COMPANY_FORM.sub("", holder.strip().rstrip(".")))
        if name:
            return AGENCIES.get(name.lower().removeprefix("the ").removeprefix("thomson "), name)
    return ""


def _credit_outlet(lines: Sequence[Line]) -> str:
    """A publication a dateline credits at the top of the body, when the credit is no
    agency's: "Gaza (Quds News Network) –" → "Quds News Network".  A credit is taken when a
    dash follows it, or when it names a known syndicator ("(MENAFN- Asia Times)") or an agency
    beside the publication ("Kyiv, (APP - UrduPoint / …)" → "UrduPoint"); "Gaza (Union)" alone
    on a line is not taken."""
    checked = 0
    for line in lines:
        stripped = _without_date_header(line).text.strip()
        if not stripped:
            continue
        checked += 1
        if checked > _CREDIT_LINES:
            break
        if "(" not in stripped[:60]:
            continue
        match = _CREDIT_AT_START.match(stripped[:200])
        if match and not _abbreviates(match.group("credit"), match.group("place") or ""):
            name = _outlet_in_credit(match.group("credit"), bool(match.group("dash")))
            if name:
                return name
    return ""


def _abbreviates(credit: str, before: str) -> bool:
    """Whether the parenthesis spells out the words before it, as prose does ("Islamic State
    (IS) –", "Ministry of Defence (MoD)"): an abbreviation, not a dateline's credit."""
    letters = "".join(character for character in credit if character.isalpha()).upper()
    words = re.findall(r"[^\W\d_][\w'’-]*", before)
    initials = "".join(word[0] for word in words).upper()
    capitals = "".join(word[0] for word in words if word.lower() not in _NAME_SMALL_WORDS).upper()
    return bool(letters) and (initials.endswith(letters) or capitals.endswith(letters))


def _outlet_in_credit(credit: str, dash_after: bool) -> str:
    """The first part of a dateline's credit that names a publication, not an agency or a date."""
    parts = [part.strip() for part in _CREDIT_PARTS.split(credit) if part.strip()]
    if not parts or any(word.lower() in _NOT_PUBLICATION_WORDS for word in re.findall(r"[^\W\d_]+", credit)):
        return ""   # "(AP Photo/Evan Vucci)" credits a picture and its photographer
    if parts[0].lower() in _SYNDICATORS:
        return _SYNDICATORS[parts[0].lower()]
    beside_agency = any(part.lower() in AGENCIES for part in parts)
    if not (dash_after or beside_agency):
        return ""
    for part in parts:
        if part.lower() in AGENCIES:
            continue
        name = publication_name(part)
        if not name or _only_section_words(name):
            continue
        if dash_after or len(name.split()) == 1 or name.split()[-1].lower() in _MASTHEAD_ENDINGS:
            return name   # beside an agency, "Reuters/John Smith" names a photographer, not a publication
    return ""


# --- Reading files ----------------------------------------------------------------------------

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters at the start of a file: not text."""
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return b"\x00" in head or (bool(head) and controls / len(head) > 0.05)


def starts_utf16(raw: bytes) -> bool:
    return raw.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode_article(raw: bytes) -> tuple[str | None, str]:
    """The text of an article file and a note on its encoding ("" when it was clean UTF-8).

    Binary files (NUL bytes or many control characters) give (None, reason).
    """
    if starts_utf16(raw):
        return raw.decode("utf-16", errors="replace"), "UTF-16 file, decoded"
    if looks_binary(raw[:4096]):
        return None, "binary file (not text), skipped"
    try:
        return raw.decode("utf-8-sig"), ""
    except UnicodeDecodeError as error:
        note = f"not UTF-8 (byte {error.start}), read as Windows-1252"
    try:
        return raw.decode("cp1252"), note
    except UnicodeDecodeError:
        return raw.decode("latin-1"), note.replace("Windows-1252", "Latin-1")


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Hand-kept values per article_id; a malformed row is reported and skipped."""
    if not path.exists():
        return {}
    rows: dict[str, dict[str, str]] = {}
    reader = csv.DictReader(io.StringIO(read_hand_kept_text(path), newline=""))
    if "article_id" not in (reader.fieldnames or []):
        _warn(path, "no article_id column; manifest ignored", "manifest")
        return {}
    for number, row in enumerate(reader, start=2):
        article_id = (row.get("article_id") or "").strip()
        if not article_id or None in row:
            _warn(path, "malformed manifest row skipped", "manifest", number)
            continue
        rows[article_id] = {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS}
        rows[article_id].update(_file=str(path), _row=str(number))   # where, for messages
    return rows


def read_hand_kept_text(path: Path) -> str:
    """A hand-kept CSV's text; one saved from a spreadsheet in another encoding is still read
    (and reported), because a person's work is never thrown away for its encoding."""
    text, note = decode_article(path.read_bytes())
    if text is None:
        _warn(path, "not a text file; ignored", "encoding")
        return ""
    if note:
        _warn(path, note, "encoding")
    return text


def _manifest_date(value: str, manual: dict[str, str]) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        _warn(manual.get("_file", "manifest"), f"published {value!r} is not an ISO date (YYYY-MM-DD); ignored",
              "manifest", manual.get("_row", ""))
        return None


#: Longer files are read only this far: no news article is longer, and a runaway file must
#: not stall the refresh.
MAX_ARTICLE_CHARS = 1_000_000
_HTML_TAG = lazy_compile(r"<(?:!doctype\s+html|/?(?:html|head|body|div|p|span|script|style|meta|a|br)\b)[^>]{0,2000}>", re.I)
_HTML_BLOCK = lazy_compile(r"<(script|style)\b[^>]{0,2000}>.*?</\1\s*>", re.I | re.S)


_TOO_LONG_NUMBER = lazy_compile(r"\d(?:[,.\u00a0 ]?\d){18}")


def _looks_like_html(text: str) -> bool:
    return len(_HTML_TAG.findall(text[:20000])) >= 5


def blank_html(text: str) -> str:
    """Tags, scripts and styles replaced by spaces of the same length, so offsets still point
    into the file's own text."""
    blank = _HTML_BLOCK.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    return re.sub(r"<[^<>]{0,2000}>", lambda m: re.sub(r"[^\n]", " ", m.group()), blank)


def read_article(path: Path, manual: dict[str, str] | None = None) -> dict[str, object]:
    """One article row of a text file: metadata, decoded `text`, cleaned `body` and a `problem` note."""
    try:
        text, note = decode_article(path.read_bytes())
    except OSError as error:
        text, note = None, f"could not be read: {error.strerror or error}"
    return article_from_text(text, file=path, article_id=path.stem, manual=manual, problems=[note] if note else [])


def article_from_text(text: str | None, *, file: Path | str, article_id: str, row: int | str = "",
                      manual: dict[str, str] | None = None, metadata: dict[str, str] | None = None,
                      problems: list[str] | None = None) -> dict[str, object]:
    """One article row from an article's text, whatever kind of file it came from.

    `metadata` is what the file itself says of the article (a web page's tags, a corpus row's
    columns): title, outlet, published (an ISO date), url and wire.  It wins over what the text
    suggests, as hand-kept values do; the hand-kept `manual` values win over both.  `problems`
    met before the text (its encoding, a bad date column) come first.  `text` None means there
    was none to read.  Every problem is also raised as an ArticleWarning naming `file` and `row`.
    """
    manual, metadata, problems = manual or {}, metadata or {}, list(problems or [])
    article: dict[str, object] = {c: "" for c in ARTICLE_COLUMNS}
    article.update(article_id=article_id, path=str(file), row=str(row), text="", body="")
    if text is not None and not text.strip():
        problems.append("empty file" if row == "" else "empty text")
        text = None
    text = _checked_text(text, problems)
    if text is not None:
        _describe(article, text, manual, metadata, problems)
    else:
        _apply_manual_only(article, manual, metadata)
    article["problem"] = "; ".join(problems)
    for problem in problems:
        _warn(file, problem, _problem_kind(problem), row)
    return article


def _checked_text(text: str | None, problems: list[str]) -> str | None:
    """The text as it can be read: cut to MAX_ARTICLE_CHARS, HTML tags blanked out."""
    if text is None:
        return None
    if len(text) > MAX_ARTICLE_CHARS:
        problems.append(f"article of {len(text):,} characters; only the first {MAX_ARTICLE_CHARS:,} were read")
        text = text[:MAX_ARTICLE_CHARS]
    if _TOO_LONG_NUMBER.search(text):
        problems.append("a number too long to be a count of anything (19 or more digits) was not read")
    if _looks_like_html(text):
        problems.append("an HTML page saved as text: its tags were blanked out (save such pages as .html)")
        text = blank_html(text)
    return text


def _describe(row: dict[str, object], text: str, manual: dict[str, str], metadata: dict[str, str],
              problems: list[str]) -> None:
    """Fill title, dates, outlet and wire from the text; the file's metadata wins over the
    text, and hand-kept values win over both."""
    lines = body_lines(text)
    url = manual.get("url") or metadata.get("url") or find_url(text)
    row.update(text=text, body="\n".join(line.stripped for line in lines),
               title=metadata.get("title") or find_title(lines), url=url)
    row["published"], row["date_source"] = _publication_date(text, lines, url, manual, metadata, problems)
    if row["published"] and str(row["published"]) > date.today().isoformat():
        problems.append(f"publication date {row['published']} is in the future")
    all_lines = _split_lines(text)   # the masthead and credits stand outside the body
    outlet, row["outlet_source"] = _origin(manual.get("outlet", ""), [
        (outlet_name(metadata.get("outlet", "")), "metadata"), (find_outlet(all_lines, url), "text")])
    row["outlet"] = outlet or "unknown outlet"
    row["wire"] = manual.get("wire") or metadata.get("wire") or find_wire(all_lines)


def _publication_date(text: str, lines: Sequence[Line], url: str, manual: dict[str, str], metadata: dict[str, str],
                      problems: list[str]) -> tuple[str, str]:
    """The publication date and where it came from: the manifest, the file's metadata, the top
    of the text, or a date in the web address ("inferred").  A date at the top that is no real
    day, or whose order of day and month is unknown, is reported as such, not as a missing date."""
    manual_date = _manifest_date(manual.get("published", ""), manual)
    from_text = text_date(text, lines, url)
    problems.extend(from_text.problems)
    found = [(metadata.get("published", ""), "metadata"),
             (from_text.value.isoformat() if from_text.value else "", "text")]
    published, origin = _origin(manual_date.isoformat() if manual_date else "", found)
    if not (manual_date or metadata.get("published")):
        problems.extend(from_text.unsettled)
    if manual_date and not any(value for value, _ in found):
        problems.append("no publication date in the text; the manifest's date is used")
    if origin == "unknown" and _url_date(url):
        published, origin = _url_date(url), "inferred"
    elif origin == "unknown" and not (from_text.problems or from_text.unsettled):
        problems.append("no publication date found in the text or the manifest")
    return published, origin


def _origin(typed: str, found: list[tuple[str, str]]) -> tuple[str, str]:
    """A value and where it came from: a hand-typed value wins over those found (in order of
    trust, each with its origin), but one equal to a found value keeps that origin, so a
    manifest row the refresh filled in with what it inferred still says where that came from."""
    found = [(value, origin) for value, origin in found if value]
    if typed:
        return typed, next((origin for value, origin in found if value == typed), "manifest")
    return found[0] if found else ("", "unknown")


def _url_date(url: str) -> str:
    """The date in a web address like /2025/09/03/, as an ISO date; "" if none."""
    match = _URL_DATE.search(url)
    try:
        return date(*(int(part) for part in match.groups())).isoformat() if match else ""
    except ValueError:
        return ""


def _apply_manual_only(row: dict[str, object], manual: dict[str, str], metadata: dict[str, str]) -> None:
    """An article without readable text: only the hand-kept and the file's own values."""
    published = _manifest_date(manual.get("published", ""), manual)
    row["published"], row["date_source"] = _origin(published.isoformat() if published else "",
                                                   [(metadata.get("published", ""), "metadata")])
    outlet, row["outlet_source"] = _origin(manual.get("outlet", ""),
                                           [(outlet_name(metadata.get("outlet", "")), "metadata")])
    row.update(outlet=outlet or "unknown outlet", title=metadata.get("title", ""),
               wire=manual.get("wire") or metadata.get("wire", ""), url=manual.get("url") or metadata.get("url", ""))


def _problem_kind(problem: str) -> str:
    """A short kind for a problem message, for filtering the problems table."""
    if "manifest's date" in problem:
        return "date from manifest"
    kinds = {"not a calendar date": "invalid date", "which comes first, day or month": "ambiguous date",
             "no article text": "no text", "is not a date": "bad date", "binary": "binary", "empty": "empty",
             "UTF": "encoding", "Windows-1252": "encoding", "Latin-1": "encoding", "in the future": "future date",
             "different dates": "conflicting dates", "date": "no date", "could not be read": "unreadable",
             "characters; only": "too large", "bytes; only": "too large", "HTML": "html",
             "too long to be a count": "implausible magnitude"}
    return next((kind for word, kind in kinds.items() if word in problem), "other")


#: The files a folder's articles are read from: single articles (.txt, and web pages saved as
#: .html/.htm) and corpus files with one article a row (.csv, .jsonl); see warclaims.sources.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".csv", ".jsonl")


def article_paths(paths: Iterable[Path | str] | Path | str) -> list[Path]:
    """The article files among `paths`, sorted by name: in folders (searched one level) those
    with one of ARTICLE_SUFFIXES; a file named on its own whatever its suffix."""
    found: set[Path] = set()
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        path = Path(path)
        if path.is_dir():
            for candidate in path.iterdir():
                if candidate.suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
                if candidate.is_file():
                    found.add(candidate)
                elif candidate.is_symlink():
                    _warn(candidate, "a broken or looping symbolic link; skipped", "unreadable")
        elif path.is_file():
            found.add(path)
        else:
            _warn(path, "no such file or folder", "missing")
    return sorted(found, key=lambda p: (p.name, str(p)))
