"""Where the sentences of an article's body begin and end (`split_sentences`).

The body's lines (`warclaims.articles.body_segments`) are read in this order:

1. lines of one paragraph broken by a hard wrap are joined back (`join_wrapped_lines`): a line
   that does not end a sentence runs on into the next when that starts in lower case, or when
   the whole article is hard-wrapped (half its lines or more are 50–100 characters long and
   stop mid-sentence); a blank line always ends a paragraph;
2. a paragraph is broken after ".", "!" or "?" (and the quotes or brackets that close there)
   before whitespace or a capitalised word, as in "… the Ukrainian military.Senior members …";
3. but not after an abbreviation ("Gen.", "Jan.", "Rep.") or initials ("U.S."), nor before a
   word in lower case.

Each `Sentence` keeps its offset in the article's text and the paragraph it stands in.
"""
from __future__ import annotations

from dataclasses import dataclass

from warclaims.patterns import lazy_compile

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "rep", "reps", "sen", "gen", "lt", "col", "maj", "sgt", "capt", "cpl",
    "pvt", "adm", "gov", "prof", "st", "jr", "sr", "no", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc", "co", "corp", "ltd",
    "approx", "est", "fig", "lt.-gen", "brig", "cmdr", "gens",
}
#: A sentence break: "[.!?]+" and what follows it.  Written "[.!?][.!?]*" so that the pattern
#: opens with a character set, which lets the regex engine skip to the next ".", "!" or "?"
#: (a pattern opening with a repeat is tried at every character; same matches, a third faster).
_SENTENCE_BREAK = lazy_compile(r"[.!?][.!?]*[\"”’')\]]*(?:\s+|(?=[\"“‘]?[A-Z][a-z]))")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body and its offset in the article text."""

    start: int
    text: str
    paragraph: int = 0


_LOWER_CASE_START = lazy_compile(r"[a-z0-9(]")
_WORD_BEFORE_BREAK = lazy_compile(r"([\w.'-]+)[.!?]*$")
_INITIALS = lazy_compile(r"(?:[a-z]\.)*[a-z]")
_WORD_PART_RUN = lazy_compile(r"[\w.'-]*")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` ends a sentence: its last character, or the one before a final
    line break, is one of .!?:;"”’')] -- told from the last characters alone."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    return end > start and text[end - 1] in ".!?:;\"”’')]"


def join_wrapped_lines(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines of one paragraph broken by a hard wrap ("… according to state news" / "agency
    KCNA.") joined back: the first does not end a sentence, and the next starts in lower case
    or the whole article is wrapped (half its lines or more are 50–100 characters long and
    stop mid-sentence)."""
    open_ended = [not _ends_sentence(text, s, e) for s, e in segments]
    wrap_width = [50 <= e - s <= 100 for s, e in segments]
    hard_wrapped = len(segments) >= 5 and sum(o and w for o, w in zip(open_ended, wrap_width)) * 2 >= len(segments)
    joined: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(segments):
        if joined and open_ended[index - 1] and _runs_on(text, joined[-1][1], start, hard_wrapped):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _runs_on(text: str, previous_end: int, start: int, hard_wrapped: bool) -> bool:
    """Whether the line at `start` continues the open-ended one ending at `previous_end`: only
    spaces stand between them, and the line starts in lower case (even after a blank line), or
    the article is hard-wrapped and a single line break stands between them."""
    gap = text[previous_end:start]
    if gap.strip():
        return False
    return bool(_LOWER_CASE_START.match(text[start:start + 1])) or (hard_wrapped and gap.count("\n") == 1)


def _is_word_part(character: str) -> bool:
    """Whether `character` is in `[\\w.'-]` (`\\w` is what `str.isalnum` says, and "_")."""
    return character.isalnum() or character in "_.'-"


def _word_before_break(window: str) -> str:
    """The word before a sentence break, lower-cased, without final dots: `window` ends with
    the break's first character.  The same as `_WORD_BEFORE_BREAK` (the run of `[\\w.'-]`
    characters before the final `[.!?]` ones) says, reckoned directly in the usual case of a
    word character right before that one break character."""
    if len(window) >= 2 and window[-1] in ".!?" and window[-2] != "." and _is_word_part(window[-2]):
        start = len(window) - _WORD_PART_RUN.match(window[::-1], 1).end()   # the run before the break
        word = window[start:] if window[-1] == "." else window[start:-1]
        return word.lower().rstrip(".")
    before = _WORD_BEFORE_BREAK.search(window)
    return before.group(1).lower().rstrip(".") if before else ""


def split_sentences(text: str, segments: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences of the body lines, with offsets into `text`; abbreviations do not end one."""
    sentences = []
    for paragraph, (seg_start, seg_end) in enumerate(join_wrapped_lines(text, segments)):
        piece = text[seg_start:seg_end]
        cursor = 0
        for match in _SENTENCE_BREAK.finditer(piece):
            word = _word_before_break(piece[max(cursor, match.start() - 40):match.start() + 1])
            if word in _ABBREVIATIONS or word.rpartition("-")[2] in _ABBREVIATIONS or _INITIALS.fullmatch(word):
                continue   # … and "Lt.-Col.", "Maj.-Gen.": ranks joined by a hyphen
            if match.end() < len(piece) and piece[match.end()].islower():
                continue
            sentences.append(Sentence(seg_start + cursor, piece[cursor:match.end()].rstrip(), paragraph))
            cursor = match.end()
        if piece[cursor:].strip():
            sentences.append(Sentence(seg_start + cursor, piece[cursor:].rstrip(), paragraph))
    return [s for s in sentences if s.text]


#: A dateline opening a sentence: "BEIRUT — ", "YEREVAN/BAKU, Sept 21 (Reuters) - ",
#: "Ouagadougou (AFP) – ", "BAKU: ", a live blog's "08:25 GMT – ".  It says where the reporter filed from, not whose people.
_DATELINE = lazy_compile(
    r"^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?(?=[—–-])"                # "08:25 GMT – " (a live blog's time)
    r"|[A-Z][A-Z'.-]+(?:[ /][A-Z][A-Z'.-]+)*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=\s*(?:\(|[—–]\s))"                               # "DUBAI, United Arab Emirates (AP) —", "MANILA, Philippines —"
    r"|,\s*[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2}(?=\s*[—–]\s))?"                             # "DAKAR, SENEGAL —"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*\()"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"   # "Addis Abeba, 27 May 2025 –"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|[A-Z]{2,6}))"                               # "Tehran, IRNA –"
    r"\s*(?:\([A-Za-z .]{2,30}\))?\s*(?:—|–|-|:)\s+")


def dateline_end(text: str) -> int:
    """Where a sentence's dateline ends (0 when it has none)."""
    match = _DATELINE.match(text)
    return match.end() if match else 0
