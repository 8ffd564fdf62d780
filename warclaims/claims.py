"""Stage 2: the tidy table of numeric claims, one row per claim.

For each sentence of an article's body, every amount (`warclaims.numbers`) is read as a claim
when it counts people and a metric can be told:

1. the amount's noun: "600 North Korean soldiers", "4,000 casualties", "2,700 wounded";
2. the metric: a metric noun as that noun; else a metric verb just before the amount
   ("killed about 500", "sent 11,000"); else the predicate after it ("… have been killed");
   else the noun the amount completes ("the death toll … has risen to 491"); else, for
   partitives ("nine of them", "Of that number, 5,000 …"), the previous claim's metric; else a
   deployment when military people are placed somewhere ("80,000 U.S. troops are in Europe");
3. whose people (subject), who said so (claimant), for what period, and whether it adds to an
   earlier figure ("another 3,000").

Nothing here knows any article: rules are about English news grammar only.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pandas as pd

from warclaims.articles import body_segments
from warclaims.countries import aliases
from warclaims.dates import MONTH_PATTERN
from warclaims.lexicon import (
    ACTORS,
    GOVERNMENT_ACRONYMS,
    METRIC_LAST_WORDS,
    METRIC_PATTERNS,
    METRIC_WORDS,
    MILITARY_NOUNS,
    PEOPLE_NOUNS,
    PRESENCE_PATTERN,
    expand_phrases,
    find_actors,
    fold,
    folded_words,
    word_alternation,
)
from warclaims.numbers import Amount, find_numbers
from warclaims.periods import find_period, resolve_period
from warclaims.schema import CLAIM_COLUMNS, CLAIM_SORT_KEY, check_claims, coerce_claims

#: How far before an amount the rules look (characters).  Bounding every look-back keeps the
#: extractor linear in the length of a sentence, however long and odd it is.
WINDOW = 300

# --- Sentences ---------------------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "rep", "reps", "sen", "gen", "lt", "col", "maj", "sgt", "capt", "cpl",
    "pvt", "adm", "gov", "prof", "st", "jr", "sr", "no", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc", "co", "corp", "ltd",
    "approx", "est", "fig", "lt.-gen", "brig", "cmdr", "gens",
}
_SENTENCE_BREAK = re.compile(r"[.!?]+[\"”’')\]]*(?:\s+|(?=[\"“‘]?[A-Z][a-z]))")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body and its offset in the article text."""

    start: int
    text: str
    paragraph: int = 0


_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’')\]]$")
_LOWER_CASE_START = re.compile(r"[a-z0-9(]")
_WORD_BEFORE_BREAK = re.compile(r"([\w.'-]+)[.!?]*$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_WORD_PART_RUN = re.compile(r"[\w.'-]*")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """`_ENDS_SENTENCE.search(text[start:end])`, from the last characters alone: `$` stands at
    the end or before a final line break."""
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
        gap = text[joined[-1][1]:start] if joined else "x"
        lower_case_next = _LOWER_CASE_START.match(text[start:start + 1]) and not gap.strip()
        wrapped_next = hard_wrapped and gap.count("\n") == 1 and not gap.strip()   # a blank line ends a paragraph
        if joined and open_ended[index - 1] and (lower_case_next or wrapped_next):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


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
            if word in _ABBREVIATIONS or _INITIALS.fullmatch(word):
                continue
            if match.end() < len(piece) and piece[match.end()].islower():
                continue
            sentences.append(Sentence(seg_start + cursor, piece[cursor:match.end()].rstrip(), paragraph))
            cursor = match.end()
        if piece[cursor:].strip():
            sentences.append(Sentence(seg_start + cursor, piece[cursor:].rstrip(), paragraph))
    return [s for s in sentences if s.text]


# --- The noun an amount counts -----------------------------------------------------------------

_METRIC_NOUNS = (r"casualties|dead|deaths|fatalities|wounded|injured|killed|missing|captured|injuries|lives|"
                 r"victims|martyrs")
#: People who are held: their count is `captured` unless a verb says what befell them
#: ("53 Ukrainian POWs died" is killed).
_CAPTIVE_NOUN = re.compile(r"POWs|prisoners(?:\s+of\s+war)?|hostages|captives|detainees|inmates", re.I)
_HEAD_PATTERN = re.compile(rf"(?:{_METRIC_NOUNS}|{PEOPLE_NOUNS})\b", re.I)
_NOUN_BEFORE = re.compile(
    rf"(?P<mods>(?:[A-Z][\w.'’-]*\s+){{0,3}})(?P<noun>{MILITARY_NOUNS})\s*,?\s*(?:estimated\s+at|numbering|"
    r"totall?ing|put\s+at|thought\s+to\s+number|said\s+to\s+number)(?:\s+(?:about|around|some|roughly|up\s+to|"
    r"more\s+than|over|at\s+least|nearly))?\s*$",
    re.I,
)
_PARTITIVE_PATTERN = re.compile(r"of\s+(?:them|those|whom|these)\b", re.I)
_STOP_WORDS = {
    "have", "has", "had", "are", "were", "was", "is", "be", "been", "being", "will", "would",
    "could", "may", "might", "should", "to", "in", "at", "on", "for", "from", "by", "with",
    "and", "or", "but", "that", "who", "which", "as", "into", "than", "including", "per",
    "a", "an", "also", "reportedly", "each", "every", "since", "after", "before", "during",
    "while", "if", "when", "where", "this", "these", "those", "it", "they", "he", "she", "we",
}
_MORE_WORDS = {"more", "additional", "extra", "further", "fresh", "new"}


@dataclass
class Head:
    """The noun phrase after an amount: its head noun (if any) and the words between."""

    noun: str = ""
    start: int = 0
    end: int = 0
    modifiers: str = ""
    partitive: bool = False
    strong: bool = False     # "3,000-strong": a force's size
    own: bool = False        # "20 of its fighters": the speaker's own people
    share_of_base: bool = False   # "4,000 of the 11,000 soldiers deployed … were killed"
    next_word: str = ""      # the word after the amount when no head noun was found


#: `_NOUN_BEFORE` ends with one of its cue phrases, maybe a hedge, then only whitespace: so a
#: text it matches, folded and stripped of trailing whitespace, ends with one of these words
#: (the last words of the cue phrases and hedges) and holds one of `_NOUN_BEFORE_CUES`.
_NOUN_BEFORE_LAST_WORDS = ("at", "numbering", "totaling", "totalling", "number",
                           "about", "around", "some", "roughly", "to", "than", "over", "least", "nearly")
_NOUN_BEFORE_CUES = ("estimated", "number", "total", "put")
_GLUED_HEAD = re.compile(r"-(?:strong|man|member|soldier|troop)\b")
_OWNER_OF = re.compile(r"\s*(?:of\s+(?P<owner>its|their|the|his|her|our)\s+(?P<base>(?:(?:about|around|some|"
                       r"roughly|nearly|approximately|estimated|initial|original)\s+)*\d[\d,]*\s+)?|of\s+)?")
_MODIFIER_WORD = re.compile(r"[\w.'’-]+")
_FIRST_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*)")
_HAS_DIGIT = re.compile(r"\d")
_COUNTED_AFTER_OF = re.compile(r"\s*of\s+(?:(?:the|its|their|these|those)\s+)?([a-z][a-z-]*)\b")


def _noun_before(before: str) -> re.Match[str] | None:
    """`_NOUN_BEFORE.search(before)`, skipped when the text cannot match (see above)."""
    lowered = fold(before)
    if lowered is not None:
        tail = lowered.rstrip()
        if not tail.endswith(_NOUN_BEFORE_LAST_WORDS) or not any(cue in tail for cue in _NOUN_BEFORE_CUES):
            return None
    return _NOUN_BEFORE.search(before)


def find_head(sentence: str, amount: Amount) -> Head:
    """'600 North Korean soldiers' → soldiers; 'thousands of troops' → troops; '9 of them'."""
    rest = sentence[amount.end:amount.end + WINDOW]
    named = _noun_before(sentence[max(0, amount.hedge_start - 120):amount.hedge_start])
    if named:
        offset = max(0, amount.hedge_start - 120)
        return Head(named.group("noun"), offset + named.start("noun"), offset + named.end("noun"),
                    named.group("mods") or "")
    glued = _GLUED_HEAD.match(rest)
    if glued:   # "a 3,000-strong force", "a 3,000-man contingent": a force's size
        return Head("strong", amount.end, amount.end + glued.end(), "", strong=True)
    stripped = rest.lstrip()
    partitive = _PARTITIVE_PATTERN.match(stripped)
    if partitive:
        offset = amount.end + len(rest) - len(stripped)
        return Head(partitive.group(), offset, offset + partitive.end(), "", partitive=True)
    position, modifiers, own, share_of_base = 0, [], False, False
    for _ in range(5):
        # `rest[position:]` is matched in place: neither pattern looks behind its start.
        match = _OWNER_OF.match(rest, position)   # "3 of the 12 people": the 3 are people too
        share_of_base = share_of_base or bool(match and match.group("base"))
        own = own or bool(match and (match.group("owner") or "").lower() in ("its", "their", "our", "his", "her"))
        position = match.end() if match else position
        head = _HEAD_PATTERN.match(rest, position)
        if head:
            return Head(head.group(), amount.end + head.start(), amount.end + head.end(),
                        " ".join(modifiers), own=own, share_of_base=share_of_base)
        word = _MODIFIER_WORD.match(rest, position)
        if not word or word.group().lower().strip(".") in _STOP_WORDS or _HAS_DIGIT.search(word.group()):
            break
        modifiers.append(word.group())
        position = word.end()
    first = _FIRST_WORD.match(rest)
    word = first.group(1) if first else ""
    if word[:1].isupper():   # "20 U.S. drones": the first plain word after the names is what is counted
        word = next((m for m in modifiers if m.islower()), word)
    if word == "of":   # "dozens of towns": what follows "of" is what is counted
        counted = _COUNTED_AFTER_OF.match(rest)
        word = counted.group(1) if counted else word
    return Head(next_word=word)


# --- Metric --------------------------------------------------------------------------------------

_SKIPPABLE_WORDS = (
    r"a|an|the|total|of|another|additional|further|more|some|about|around|at|least|"
    r"over|nearly|almost|roughly|approximately|estimated|than|up|to|as|many|an\s+estimated"
)
_SKIPPABLE_BEFORE = rf"(?:\s+(?:{_SKIPPABLE_WORDS}))*\s*$"
_VERB_BEFORE = {
    metric: re.compile(rf"\b(?:{words})(?:\s+(?:of|at))?{_SKIPPABLE_BEFORE}", re.I)
    for metric, words in METRIC_WORDS
}
_COMPLEMENT_BEFORE = re.compile(
    r"(?:\bto|\bat|\bof|reached|exceeded|exceeds?|surpassed|surpasses|passed|topped|crossed|crosses|"
    r"approaching|approached|approaches|nears|neared|nearing|\bwas|\bis|\bstood\s+at|stands\s+at|totall?ed|"
    r"(?:rose|risen|climbed|increased|jumped|grew|fell|dropped|decreased)\s+(?:by|from)|"
    r"\breach(?:ed|es|ing)?|numbered|numbering|\brange\s+of|\branges?\s+from|\branging\s+from|\bbe|\bhit|:)\s*(?:about|around|some|roughly|nearly|almost|"
    r"more\s+than|over|at\s+least|approximately|an\s+estimated|up\s+to)?\s*$",
    re.I,
)
_BASE_BEFORE = re.compile(
    r"(?:%|\bpercent|\bper\s+cent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\bfraction|\bproportion|"
    r"\bshare|\bmajority|\bmost|\bmany|\ball|\bnone|\beach|\bone|\bsome|\bseveral|\bthree|\btwo|\bfour|\d)"
    r"\s+of\s+(?:the|its|their|those|these)\s+(?:(?:about|around|some|roughly|approximately|estimated|"
    r"reported|initial|original|total|more\s+than|over)\s+)*$",
    re.I,
)
_LIST_ITEM_BEFORE = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)\s+[a-z-]+(?:\s+[a-z-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_SUBSET_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|(?:up|down)\s+from|"
                            r"alongside|along\s+with|as\s+well\s+as|in\s+addition\s+to|besides|"
                            r"compared\s+with|compared\s+to)\s*(?:about|around|some|roughly|nearly|more\s+than|over)?\s*$",
                            re.I)
_PARTITIVE_START = re.compile(
    r"^\W*(?:of\s+(?:that|this|these|those|the)\s+(?:number|total|figure|toll|group)|among\s+them|of\s+whom)\b",
    re.I,
)


_CLAUSE_BREAK = re.compile(r"[,;]")
#: Verbs that count people only when a noun for people says so: "lost 20 tanks", "624 of which
#: were destroyed".
_THINGS_TOO = re.compile(r"\b(?:los[te]|loses|losing|destroyed|eliminated|neutrali[sz]ed)\b", re.I)
_MILITARY_WORD = re.compile(rf"\b(?:{MILITARY_NOUNS})\b", re.I)
_MILITARY_NOUN_WORD = re.compile(MILITARY_NOUNS, re.I)
_METRIC_NOUN_WORD = re.compile(_METRIC_NOUNS, re.I)
_OWN_PARTICIPLE = re.compile(r"^\s+(?:\w+ly\s+)?(\w+)")
_PLAIN_NOUN = re.compile(r"[a-z][a-z-]*")

# Pre-checks for the patterns anchored at the end of the text before an amount.  Each of
# `_BASE_BEFORE`, `_SUBSET_BEFORE`, `_LIST_ITEM_BEFORE` and `_COMPLEMENT_BEFORE` ends with a
# word (or "," or ":") from a fixed list and then only whitespace before `$`, so a text it
# matches, folded (see `warclaims.lexicon.fold`) and stripped of trailing whitespace, ends with
# one of these.  Keep the lists in step with the patterns.
_BASE_BEFORE_LAST_WORDS = ("the", "its", "their", "those", "these", "about", "around", "some", "roughly",
                           "approximately", "estimated", "reported", "initial", "original", "total", "than",
                           "over")
_SUBSET_LAST_WORDS = ("including", "them", "whom", "from", "with", "to", "alongside", "as", "besides",
                      "about", "around", "some", "roughly",
                      "nearly", "than", "over")
_LIST_ITEM_LAST = (",", "and")
_COMPLEMENT_LAST_WORDS = ("to", "at", "of", "reached", "exceeded", "exceed", "exceeds", "surpassed", "surpasses",
                          "passed", "topped", "crossed", "crosses", "approaching", "approached", "approaches",
                          "nears", "neared", "nearing", "by", "reach", "reached", "reaches", "reaching", "was", "is",
                          "totaled", "totalled", "numbered", "numbering", "be", "hit", ":", "from", "about", "around",
                          "some", "roughly", "nearly", "almost", "than", "over", "least", "approximately",
                          "estimated")
#: `_VERB_BEFORE[metric]` ends with a phrase of the metric, then "of"/"at" and skippable words,
#: each a whole run of non-space characters after whitespace, then only whitespace: so the
#: phrase's last word ends one of the last runs of the folded text -- the last run that is no
#: such word, or one after it (see `_verb_metrics_possible`).
_SKIPPED_RUNS = frozenset(" ".join(expand_phrases(_SKIPPABLE_WORDS) | {"of", "at"}).split())


def _folded_tail(text: str) -> str | None:
    """`text` folded and without trailing whitespace; None when it cannot be folded."""
    lowered = fold(text)
    return None if lowered is None else lowered.rstrip()


def _may_end_with(tail: str | None, words: tuple[str, ...]) -> bool:
    return tail is None or tail.endswith(words)


def _verb_metrics_possible(tail: str | None) -> set[str] | None:
    """The metrics whose `_VERB_BEFORE` pattern can match a text, given its `_folded_tail`
    (None: any can).  A metric whose last words are unknown is always possible."""
    if tail is None:
        return None
    possible: set[str] = set()
    runs = tail.rsplit(None, 8)   # the last runs; all of them only when those are all skippable
    if len(runs) == 9 and all(run in _SKIPPED_RUNS for run in runs[1:]):
        runs = tail.split()
    for run in reversed(runs):
        possible.update(metric for metric, words in METRIC_LAST_WORDS.items() if words is None or run.endswith(words))
        if run not in _SKIPPED_RUNS:
            break
    possible.update(metric for metric, words in METRIC_LAST_WORDS.items() if words is None)
    return possible


def _subset_before(before: str, tail: str | None = "") -> bool:
    """`_SUBSET_BEFORE.search(before)`, skipped when `before` cannot match (see above)."""
    if tail == "":
        tail = _folded_tail(before)
    return _may_end_with(tail, _SUBSET_LAST_WORDS) and _SUBSET_BEFORE.search(before) is not None


#: A phrase of a metric stands between two `\b` in METRIC_PATTERNS, so its last word is a
#: whole word of any text it is found in (see `warclaims.lexicon.folded_words`).
_METRIC_LAST_WORD_SETS = {metric: None if words is None else frozenset(words)
                          for metric, words in METRIC_LAST_WORDS.items()}
_WORDS = re.compile(r"\w+")


def _metrics_in(text: str) -> list[tuple[int, str]]:
    """(order, metric) of the metrics whose patterns can match `text`, in METRIC_WORDS order."""
    lowered = fold(text)
    if lowered is None:
        return list(enumerate(metric for metric, _ in METRIC_WORDS))
    words = set(_WORDS.findall(lowered))
    return [(order, metric) for order, (metric, _) in enumerate(METRIC_WORDS)
            if _METRIC_LAST_WORD_SETS[metric] is None or not _METRIC_LAST_WORD_SETS[metric].isdisjoint(words)]


def _first_metric(text: str) -> tuple[int, str] | None:
    """The earliest metric word in `text`; at one position, combined words win."""
    found = [(m.start(), order, metric) for order, metric in _metrics_in(text)
             for m in [METRIC_PATTERNS[metric].search(text)] if m]
    return (min(found)[0], min(found)[2]) if found else None


def _last_metric(text: str) -> str | None:
    """The metric of the last metric word in `text` (combined words win at one position)."""
    found = [(m.end(), -m.start(), -order, metric) for order, metric in _metrics_in(text)
             for m in METRIC_PATTERNS[metric].finditer(text)]
    return max(found)[3] if found else None


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)")


def metric_of(sentence: str, amount: Amount, head: Head, next_start: int,
              previous_metric: str | None, metric_in_sentence: str | None = None) -> str | None:
    """Which metric an amount reports, or None when it counts no people (see module doc).

    `metric_in_sentence` is the metric of the sentence's previous claim: a list item with no
    word of its own ("72 Palestinian, four Israelis and three Lebanese") shares it."""
    if _counts_something_else(head) or _is_no_count(sentence, amount, head):
        return None
    held = _metric_of_base_noun(sentence[max(0, amount.hedge_start - 120):amount.hedge_start])
    if held:
        return held
    metric = _metric_from_words(sentence, amount, head, next_start, previous_metric)
    if metric is None and metric_in_sentence and _LIST_BEFORE.search(sentence[max(0, amount.hedge_start - 80):amount.hedge_start]):
        return metric_in_sentence
    if metric is None and not head.noun and _IN_PARENTHESES.match(sentence, amount.end) \
            and sentence[:amount.hedge_start].rstrip().endswith("("):
        first = _first_metric(sentence[:amount.hedge_start])   # "confirmed deaths are Perm Krai (3 768)"
        return first[1] if first and first[1] != "deployed" else None
    return metric


#: Counts of people that are no claim: ratios ("five soldiers for every Ukrainian"), people
#: displaced, evacuated or affected, deaths prevented or projected ("could die").
_RATIO_AFTER = re.compile(r"\s*for\s+(?:every|each)\b", re.I)
_NOT_CASUALTY_WORDS = re.compile(r"\b(?:displaced|evacuated|evacuees|hungry|starving|homeless|stranded|released|"
                                 r"freed|affected|sheltering|rescued|fled|fleeing)\b", re.I)
_AVERTED_BEFORE = re.compile(r"\b(?:prevent(?:ed|s|ing)?|avert(?:ed|s|ing)?|sav(?:e|ed|es|ing))\s+(?:[\w-]+\s+){0,3}[\"“]?$"
                             r"|\bat\s+risk\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_PROJECTED_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}(?:could|may|might|would|will)\s+(?:\w+\s+)?"
                              r"(?:die|be\s+killed|perish|starve|lose\s+their\s+lives)\b", re.I)


def _is_no_count(sentence: str, amount: Amount, head: Head) -> bool:
    head_end = head.end or amount.end
    if _RATIO_AFTER.match(sentence, head_end):
        return True
    if _NOT_CASUALTY_WORDS.search(head.modifiers):   # unless "six displaced residents were killed"
        predicate = _first_metric(sentence[head_end:head_end + 40])
        if predicate is None or predicate[1] == "deployed":
            return True
    before = sentence[max(0, amount.hedge_start - 60):amount.hedge_start]
    return bool(_AVERTED_BEFORE.search(before) or _PROJECTED_AFTER.match(sentence[amount.end:amount.end + 80]))


#: "The hostages include four soldiers", "Among the victims are 50 children", "of the two dozen
#: living captives, 22 are Israelis": the amount is a part of a group the sentence has named,
#: and counts what that group counts.
_BASE_NOUN = (r"hostages|captives|prisoners|detainees|POWs|victims|dead|casualties|deaths|fatalities|killed|"
              r"wounded|injured|toll")
_BASE_NOUN_BEFORE = re.compile(
    rf"(?:\bamong\s+(?:the\s+)?(?P<among>(?:[\w-]+\s+){{0,2}}?(?:{_BASE_NOUN}))\s+(?:are|were|was|is)"
    rf"|\b(?P<subject>(?:{_BASE_NOUN})\b[^.;:,]{{0,50}}?)\s+(?:include[sd]?|comprised?|comprises)"
    rf"|\bof\s+(?:the|these|those)\s+(?P<of>(?:[\w-]+\s+){{0,4}}?(?:{_BASE_NOUN}))\s*,)"
    r"\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least)\s+)?$",
    re.I,
)


def _metric_of_base_noun(before: str) -> str | None:
    match = _BASE_NOUN_BEFORE.search(before) if _BASE_NOUN_HINT.search(before) else None
    if match is None:
        return None
    group = match.group("among") or match.group("subject") or match.group("of")
    metric = _last_metric(group)
    if metric and metric != "deployed":
        return metric
    return "captured" if _CAPTIVE_NOUN.search(group) else None


_BASE_NOUN_HINT = re.compile(r"\b(?:among|include[sd]?|comprised?|comprises|of)\b", re.I)
#: An amount after an earlier amount of the same list: "5,000 construction workers and",
#: "Uganda will provide 4,500 soldiers, Ethiopia".
_LIST_BEFORE = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))"
    r"(?:\s+[\w'’-]+){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+|:\s*)(?-i:[A-Z][\w'’.-]*\s+){0,3}$", re.I)
_IN_PARENTHESES = re.compile(r"\s*\)")


def _metric_from_words(sentence: str, amount: Amount, head: Head, next_start: int,
                       previous_metric: str | None) -> str | None:
    """The metric the words around an amount give it (see module doc)."""
    is_people = bool(head.noun) and not _is_metric_noun(head.noun)
    if head.noun and not head.partitive and not is_people and not head.strong:
        return _first_metric(sentence[head.start:head.start + 40])[1]
    before = sentence[max(0, amount.hedge_start - WINDOW):amount.hedge_start]
    tail = _folded_tail(before)
    if is_people and _may_end_with(tail, _COMPLEMENT_LAST_WORDS) and _COMPLEMENT_BEFORE.search(before):
        toll = _last_metric(before[-80:])   # "the death toll … now stands at more than 400 people"
        if toll and toll != "deployed":
            return toll
    if _may_end_with(tail, _BASE_BEFORE_LAST_WORDS) and _BASE_BEFORE.search(before):
        return _base_metric(sentence, amount, head, is_people, next_start)
    if previous_metric and _subset_before(before, tail):
        # "…, of whom roughly 3,800 have been killed": the subset's own verb first
        own_clause = _CLAUSE_BREAK.split(sentence[head.end or amount.end:next_start], maxsplit=1)[0]
        own = _first_metric(" ".join(own_clause.split()[:12]))
        if own and own[1] != "deployed":
            return own[1]
        base = _last_metric(before)   # "Most victims were churchgoers along with five soldiers"
        return base if base and base != "deployed" else previous_metric
    if is_people or head.partitive or not head.noun:   # else no verb before can give the metric
        # "lost 20 tanks and 1,200 soldiers"
        listed = _LIST_ITEM_BEFORE.sub("", before) if _may_end_with(tail, _LIST_ITEM_LAST) else before
        possible = _verb_metrics_possible(tail)
        if possible is not None and listed != before:
            possible_listed = _verb_metrics_possible(_folded_tail(listed))
            possible = None if possible_listed is None else possible | possible_listed
        for metric, pattern in _VERB_BEFORE.items():
            if possible is not None and metric not in possible:
                continue   # its pattern cannot match `before` nor `listed`
            if pattern.search(before) or (listed != before and pattern.search(listed)):
                if metric == "killed" and _THINGS_TOO.search(before[-25:]):
                    if not is_people:
                        continue
                    # "lost over a million soldiers killed and wounded": the participle says which
                    participle = _first_metric(sentence[head.end:head.end + 30])
                    if participle and participle[0] <= 1:
                        return participle[1]
                if metric == "deployed" and not (is_people or head.strong):
                    continue
                return metric
    head_end = head.end or amount.end
    # "35 soldiers and 21 rebels were killed": amounts joined by "and" or a comma share the verb
    stop = head_end + WINDOW if _COORDINATION.fullmatch(sentence, head_end, next_start) else next_start
    after = " ".join(sentence[head_end:min(stop, head_end + WINDOW)].split()[:15])
    if head.share_of_base:   # the base's "deployed" describes the base, not the share
        after = METRIC_PATTERNS["deployed"].sub(" ", after)
    coordinated = stop != next_start
    # "has surpassed 4,047, with most casualties recorded since …": a clause after a bare amount is not its predicate
    predicate = None if after[:1] in ",;" and not coordinated and not head.noun else _main_predicate(after, is_people)
    if predicate and (predicate != "deployed" or is_people or head.strong):
        return predicate
    if head.partitive or _PARTITIVE_START.match(before):
        return previous_metric
    if _may_end_with(tail, _COMPLEMENT_LAST_WORDS) and _COMPLEMENT_BEFORE.search(before) \
            and _FIGURE_WORD.search(before[-60:]) and not _last_metric(before):
        if _NUMBER_OF_FORCES.search(before):   # "increase the number of its forces at high readiness to 300,000"
            return "deployed"
        return previous_metric   # "The previous figure given by the ministry was 1,730 soldiers"
    if not head.noun and _may_end_with(tail, _COMPLEMENT_LAST_WORDS) and _COMPLEMENT_BEFORE.search(before):
        backward = _last_metric(before)
        if backward:
            return backward
        if PRESENCE_PATTERN.search(before) and _MILITARY_WORD.search(_around(sentence, amount)):
            return "deployed"
    military = head.strong or bool(head.noun and _is_military_noun(head.noun))
    around = _around(sentence, amount) if military else ""
    if military and (PRESENCE_PATTERN.search(around) or METRIC_PATTERNS["deployed"].search(around)):
        return "deployed"
    if is_people and head.modifiers:   # "and 251 taken hostage": the metric stands inside the phrase
        inside = _first_metric(f"{head.modifiers} {head.noun}")
        if inside and inside[1] != "deployed":
            return inside[1]
    if head.noun and _CAPTIVE_NOUN.fullmatch(head.noun):
        return "captured"
    return None


_NUMBER_OF_FORCES = re.compile(rf"\b(?:number|size)\s+of\s+(?:its|their|the|our)?\s*(?:[\w-]+\s+){{0,2}}?"
                               rf"(?:{MILITARY_NOUNS})\b", re.I)
_FIGURE_WORD = re.compile(r"\b(?:figure|number|total|tally|count)\b", re.I)
_RELATIVE_AFTER = re.compile(r",\s*(?:[\w-]+\s+){0,3}(?:of\s+whom|of\s+which)\b", re.I)
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|to)\b", re.I)


def _main_predicate(after: str, is_people: bool) -> str | None:
    """The metric of the predicate after an amount.  A participle right after the noun
    ("300 marines sent to the port were killed") describes the people; the main verb after it
    says what the sentence reports of them."""
    relative = _RELATIVE_AFTER.search(after)   # "120 hostages remain, a third of whom are dead"
    after = after[:relative.start()] if relative else after
    first = _first_metric(after)
    if first is None or first[1] != "deployed" or not is_people or _AUXILIARY.search(after[:first[0]]):
        return first[1] if first else None
    later = _first_metric(after[first[0]:][len(after[first[0]:].split(None, 1)[0]):])
    return later[1] if later and later[1] != "deployed" else first[1]


def _around(sentence: str, amount: Amount) -> str:
    return sentence[max(0, amount.hedge_start - WINDOW):amount.end + WINDOW]


def _base_metric(sentence: str, amount: Amount, head: Head, is_people: bool, next_start: int) -> str | None:
    """'a third of the 11,000 troops … were killed': the amount is the base of a share.  It
    reports only what its own participle says ("the 40 people killed", "the 11,000 soldiers
    deployed"), or how many were there; the share's verb is not its."""
    if not is_people:
        return None
    after = sentence[head.end or amount.end:min(next_start, (head.end or amount.end) + WINDOW)]
    own = _OWN_PARTICIPLE.match(after)
    participle = _first_metric(own.group(1)) if own else None
    if participle and participle[0] == 0:
        return participle[1]
    there = METRIC_PATTERNS["deployed"].search(after) or PRESENCE_PATTERN.search(after)
    return "deployed" if there else None


def _counts_something_else(head: Head) -> bool:
    """'40 missiles', '100 drones': a plain noun right after the amount that is no person."""
    word = head.next_word
    if head.noun or not word or not word.islower() or word in _STOP_WORDS or word in _MORE_WORDS:
        return False
    if word.endswith("ly") or _first_metric(word) or word in ("of", "others", "more", "taken", "held", "mark"):
        return False
    return bool(_PLAIN_NOUN.fullmatch(word))


@lru_cache(maxsize=1024)
def _is_metric_noun(noun: str) -> bool:
    return bool(_METRIC_NOUN_WORD.fullmatch(noun))


@lru_cache(maxsize=1024)
def _is_military_noun(noun: str) -> bool:
    return bool(_MILITARY_NOUN_WORD.fullmatch(noun))


# --- Subject: whose people ----------------------------------------------------------------------

_NOT_AGENT_BEFORE = re.compile(
    r"\b(?:to|in|into|inside|against|from|of|for|with|on|at|toward|towards|near|across|over|"
    r"invaded|attacked|attacking|invading|help|helping|support|supporting|assist|assisting|"
    r"push|oust|fight|fighting|fought|defend|join|joined|alongside|by|between)\s+(?:the\s+)?$"
    r"|\bbetween\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+(?:the\s+)?$",
    re.I,
)
_MILITARY_OWNER = re.compile(
    r"^(?:['’]s)?\s+(?:army|armed\s+forces|forces|military|troops|soldiers|losses|casualties|"
    r"death\s+toll|defen[cs]e\s+forces)\b",
    re.I,
)


_ACTIVE_HARM = re.compile(r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|hurt|"
                          r"captur(?:es|ed|ing)|shot|shelled)\b", re.I)
#: "a Russian strike left 14 dead": the attack's side is not the side of the dead.
_LEFT_BEFORE = re.compile(r"\bleft\s+(?:[\w,-]+\s+){0,5}$", re.I)   # "left 14 dead and 73 injured"
_HARM_AFTER = re.compile(r"\s*(?:people\s+)?(?:dead|killed|injured|wounded|hurt)\b", re.I)
_CIVILIAN_HEADS = re.compile(r"civilians?|people|persons|residents|villagers|children|women|"
                             r"patients|students|refugees|migrants|aid\s+workers|journalists|medics|doctors", re.I)


_CIVILIAN_NOUN = re.compile(r"civilians?", re.I)
#: People the annotation guide names by their role, not their side.
_ROLES = {"journalists": "journalists", "aid workers": "aid workers", "peacekeepers": "peacekeepers"}
#: A place: a name after "in", "on", "across", … ("killed in Lebanon" → LB, "in the Gaza Strip").
_PLACE_BEFORE = re.compile(r"\b(?:in|on|across|inside|into|throughout|of|from|stormed|attacked|invaded|struck|"
                           r"shelled|bombed)\s+(?:the\s+)?"
                           r"(?:(?:southern|northern|eastern|western|central|occupied|besieged|war-torn)\s+)?$", re.I)
_POSSESSIVE_OR_FORCE_AFTER = re.compile(r"^(?:['’]s\b|\s+(?:forces|troops|army|military|soldiers|strikes?|"
                                        r"airstrikes?|attacks?)\b)", re.I)


_PLACE_KINDS = frozenset({"name", "capital"})


@lru_cache(maxsize=4096)
def is_place_name(text: str) -> bool:
    """'Lebanon', 'the Gaza Strip', 'Kyiv': a country's name or capital, not a demonym."""
    alias = aliases().get(text.lower().removesuffix("'s").removesuffix("’s"))
    return alias is not None and alias.kind in _PLACE_KINDS


@lru_cache(maxsize=4096)
def is_demonym(text: str) -> bool:
    """'Israeli', 'Israelis': a nationality, not a place."""
    alias = aliases().get(text.lower().removesuffix("'s").removesuffix("’s"))
    return alias is not None and alias.kind in ("demonym", "demonym_plural")


def _named_in_phrase(head: Head) -> bool:
    return bool(find_actors(f"{head.modifiers} {head.noun}"))


def _places(sentence: str) -> list[str]:
    """The codes of the places a sentence names, in order: country names and capitals (not
    demonyms: "from Israeli air strikes" names no place), not parts of a compound ("the
    Russia-Ukraine war")."""
    return [code for start, end, code, text in find_actors(sentence)
            if code.isupper() and is_place_name(text) and _PLACE_BEFORE.search(sentence[max(0, start - 40):start])
            and sentence[end:end + 1] != "-" and sentence[start - 1:start] != "-"
            and not _POSSESSIVE_OR_FORCE_AFTER.match(sentence[end:end + 20])]


def place_in(sentence: str) -> str:
    """The side of the first place a sentence names, or ""."""
    places = _places(sentence)
    return places[0] if places else ""
_SOURCE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:from|of|by)\s+(?:the\s+)?")


def subject_of(sentence: str, amount: Amount, head: Head, claimant_spans: list[tuple[int, int]],
               claimant: str = "") -> str:
    """Whose people an amount counts, from the sentence alone ("" when it does not say)."""
    phrase = f"{head.modifiers} {head.noun}"
    for _, _, code, _ in find_actors(phrase):
        return code
    if _BOTH_SIDES.search(sentence):
        return "mixed"
    if head.own and claimant:
        for _, _, code, _ in find_actors(claimant):
            return code
    if head.noun and _CIVILIAN_NOUN.fullmatch(head.noun):
        return "civilians"
    if head.noun.lower() == "peacekeepers":   # the annotation guide's word for UN forces
        return "peacekeepers"
    after = sentence[head.end or amount.end:(head.end or amount.end) + 60]
    source = _SOURCE_AFTER.match(after)
    if source:
        actors = find_actors(after[source.end():source.end() + 30])
        if actors and actors[0][0] == 0:
            return actors[0][2]
    if head.noun and _is_metric_noun(head.noun):   # "1,600 casualties Russian forces suffered"
        owners = [a for a in find_actors(after[:40]) if _MILITARY_OWNER.match(after[a[1]:a[1] + 40])]
        if owners:
            return owners[0][2]
    before = sentence[max(0, amount.hedge_start - 40):amount.hedge_start]
    harmed_by_agent = _ACTIVE_HARM.search(before) or (_LEFT_BEFORE.search(before) and _HARM_AFTER.match(sentence, amount.end))
    if head.noun and _CIVILIAN_HEADS.fullmatch(head.noun) and harmed_by_agent:
        return "civilians"
    if harmed_by_agent:
        return ""   # "an Israeli strike killed …": the one who kills is not whose people died
    agent = _agent_before(sentence, amount.hedge_start, claimant_spans)
    if not agent and head.noun and _CIVILIAN_HEADS.fullmatch(head.noun):
        return "civilians"
    return agent


#: A toll of both sides: "killed on both sides", "the combined death toll".
_BOTH_SIDES = re.compile(r"\b(?:on\s+both\s+sides|from\s+both\s+sides|combined\s+(?:death\s+)?toll)\b", re.I)
_NAME_JUST_BEFORE = re.compile(r"(?:^|[,:;]\s*|\band\s+)$")
_NAME_JUST_AFTER = re.compile(r"\s+(?:(?:are|is|were|was)\s+)?$")


def named_next_to(sentence: str, amount: Amount) -> str:
    """A list item that names its people beside a bare amount: "Uganda will provide 4,500
    soldiers, Ethiopia 2,500", "72 Palestinian, four Israelis", "22 are Israelis, one is Thai"."""
    for start, end, code, _ in find_actors(sentence[max(0, amount.hedge_start - 40):amount.end + 25]):
        offset = max(0, amount.hedge_start - 40)
        start, end = start + offset, end + offset
        if end <= amount.hedge_start and not sentence[end:amount.hedge_start].strip() \
                and _NAME_JUST_BEFORE.search(sentence[max(0, start - 6):start]):
            return code
        if start >= amount.end and _NAME_JUST_AFTER.fullmatch(sentence[amount.end:start]):
            return code
    return ""


#: "in combat with Ukrainian forces", "alongside Russian troops": forces named as the other side.
_OPPONENT_BEFORE = re.compile(r"\b(?:with|against|alongside|by|versus|between|fighting|fought|attacked|attacking)"
                              r"\s+(?:the\s+)?$", re.I)


def _agent_before(sentence: str, position: int, claimant_spans: list[tuple[int, int]]) -> str:
    """The nearest actor before `position` that can own the people counted."""
    offset = max(0, position - WINDOW)
    candidates = [(s + offset, e + offset, code, text) for s, e, code, text in find_actors(sentence[offset:position])]
    candidates = [a for a in candidates if not any(s <= a[0] < e for s, e in claimant_spans)]
    owners = [a for a in candidates if _MILITARY_OWNER.match(sentence[a[1]:a[1] + 40])
              and not _OPPONENT_BEFORE.search(sentence[max(0, a[0] - 30):a[0]])]
    if owners:
        return owners[-1][2]
    agents = [a for a in candidates if not _NOT_AGENT_BEFORE.search(sentence[max(0, a[0] - 30):a[0]])]
    return agents[-1][2] if agents else ""


# --- Claimant: who said so ----------------------------------------------------------------------

_SAY = (
    r"said|says|say|has\s+said|have\s+said|had\s+said|told|tells|claims?|claimed|estimated|estimates?|"
    r"believe|think|"
    r"has\s+estimated|have\s+estimated|reported|reports|has\s+reported|had\s+reported|believes|"
    r"believed|announced|declared|stated|confirmed|added|wrote|noted|warned|accused|accusing|"
    r"disclosed|revealed|indicated|assessed|assesses|put\s+the\s+(?:number|figure|toll)|"
    r"quoted|cited|citing|briefed|informed|acknowledged|admitted|alleged|insisted|testified|"
    r"report|announces|confirms|asserted|asserting|asserts|highlighted|described|showed|shows|"
    r"found|identified|recorded|documented|counted|tallied|revised|continued|explained|stressed|emphasi[sz]ed|"
    r"concluded|pointed\s+out"
)
_TIME_TAIL = re.compile(
    r"(?:\s*,)?\s+(?:(?:early|late|earlier|later)\s+)?(?:on\s+|last\s+|this\s+|in\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|today|"
    rf"yesterday|night|morning)|{MONTH_PATTERN}(?:\s+\d{{1,2}})?)\s*$",
    re.I,
)
_ADVERB_TAIL = re.compile(r"\s+(?:also|reportedly|previously|earlier|later|has|have|had|once|"
                          r"further|separately|then|now|recently|publicly|officially|first)\s*$", re.I)
_PRONOUNS = re.compile(r"^(?:he|she|they|it|the\s+(?:agency|ministry|minister|official|officials|"
                       r"spokesman|spokeswoman|spokesperson|president|general|lawmaker|organi[sz]ation|alliance|office))$",
                       re.I)
#: "the country's intelligence agency": a body named by the country of a claimant named before it.
_COUNTRY_REFERENCE = re.compile(r"^the\s+(?:country|nation)['’]s\s", re.I)
_NOT_A_SPEAKER = re.compile(
    r"^\s*(?:in|on|at|after|before|during|since|as|for|from|by|earlier|later|meanwhile|however|"
    r"but|and|this|these|that|those|there|which|who)\b", re.I)
_PASSIVE_SOURCE = re.compile(r"\b(?:is|are|was|were)\s+(?:believed|estimated|thought|assessed|expected|reported)\b|"
                             r"^\W*(?:among|of)\s+(?:them|those|these|whom)\b|^\W*(?:next|then|followed)\b|"
                             r"\breportedly\b", re.I)
_SAME_FIGURE = re.compile(r"^\W*(?:this|that|the)\s+(?:number|figure|total|toll|estimate)(?:\s+of\s+(?:the\s+)?\w+)?,?\s+"
                          r"(?:includes|included|comprises|covers)\b", re.I)
_GENERIC = re.compile(r"^(?:preliminary\s+)?(?:data|estimates?|figures|reports?|sources|information)$", re.I)
#: Titles whose full stop does not end a name ("Dr. Khalil al-Daqran", "Lt. Gen. …").
_TITLES = ("Dr", "Mr", "Ms", "Mrs", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Rep", "Sen", "Gov", "Prof", "St", "Adm")
_TITLE_DOT = "|".join(rf"(?<=\b{t})\." for t in _TITLES)
_NOT_TITLE_DOT = "".join(rf"(?<!\b{t})" for t in _TITLES)
#: No clause punctuation in a name, but "U.K.", "U.S." and "Dr." pass.
_NP = rf"(?:[^,;.“”\"]|(?<=\b[A-Z])\.|{_TITLE_DOT})"
_END_DOT = rf"(?<!\b[A-Z]){_NOT_TITLE_DOT}\."
_SAY_WORD = re.compile(rf"\s*,?\s+(?:{_SAY})\b(?!\s+to\s+be\b)", re.I)   # "claims to be safe" reports nothing
_SAY_INSIDE = re.compile(rf"\s(?:{_SAY})\s", re.I)
_CLAUSE_MARKS = ",;:“”\""
_ACCORDING = re.compile(
    r"\baccording\s+(?:to\s+)?(?:(?:(?:the|a|an)\s+)?(?:(?:latest|new|recent|preliminary|official|"
    r"updated)\s+)*(?:estimates?|figures|data|report|assessment|statement|briefing|count)\s+"
    rf"(?:by|from|of)\s+)?(?P<np>{_NP}{{2,120}}?)(?=\s*(?:[,;“”\"]|{_END_DOT}|$|\s+(?:on|in|at)\s+|\s+(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
    re.I,
)
_INVERTED = re.compile(rf"[,”\"]\s*(?:{_SAY})\s+(?P<np>(?:(?:the|a|an|one|two|three)\b|[A-Z]){_NP}{{1,80}}?)(?=\s*(?:[,;]|{_END_DOT})|$)")
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<np>[^,;]{2,80}?)\s+as\s+saying\b", re.I)
#: "…, officials in Washington were reported as saying by the New York Times."
_REPORTED_AS = re.compile(r"(?:^|(?<=,)\s*)(?P<np>[^,;]{2,60}?)\s+(?:was|were)\s+(?:reported|quoted|cited)\s+as\s+saying\b",
                          re.I)
_REPORT_FROM = re.compile(
    r"\b(?:(?:report|statement|estimate|assessment|briefing|update)\s+(?:posted\s+\S+\s+\S+\s+)?(?:from|by)|"
    r"(?:figure|number|toll|estimate)\s+(?:given|provided|released|published|issued|announced)\s+by)\s+"
    rf"(?P<np>{_NP}{{2,80}}?)(?=\s*(?:,|;|{_END_DOT}|$|\s+(?:last|this|on|stating|saying|showing|which|was|were|is|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
    re.I,
)
_HEADLINE_SOURCE = re.compile(r"(?<=\S):\s+(?P<np>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
_WHICH_SAID = re.compile(r"^(?P<np>[^,]{2,80}),\s+which\s+(?:had\s+|has\s+)?(?:denounced|said|reported|"
                         r"estimated|claimed|condemned)\b", re.I)
_FORWARD_ATTRIBUTION = re.compile(
    r"^\W*(?:this|these|the|that)\s+(?:information|figures?|estimates?|numbers?|data|assessment)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:disclosed|provided|released|given|"
    rf"reported|revealed|announced|confirmed|published|shared)\s+by\s+(?P<np>{_NP}{{2,120}}?)"
    r"(?=\s*(?:[,;.]|$|\s+(?:during|at|in|on)\s))",
    re.I,
)


@dataclass(frozen=True)
class Attribution:
    """A claimant named in a sentence: its words, where they stand, and an apposition."""

    text: str
    start: int
    end: int
    apposition: str = ""


_DATELINE_START = re.compile(r"^\s*[A-Z][A-Z .'-]{1,30}(?:,\s*[\w .]{1,30})?\s*\([^)]{1,40}\)\s*[-–—]\s*")


_CLAIMANT_QUOTES = re.compile(r"^[\s\"“”'‘’(]+|[\s\"“”'‘’,]+$")
_CLAIMANT_CONJUNCTION = re.compile(r"^(?:and|but|while|as|with|that|so)\s+", re.I)
_REPORT_BY = re.compile(r"^(?:a|an|the)\s+(?:report|statement)", re.I)


@lru_cache(maxsize=2048)
def _clean_claimant(text: str) -> str:
    text = _DATELINE_START.sub("", text)   # "SEOUL (Reuters) - South Korea's spy agency"
    text = _CLAIMANT_QUOTES.sub("", text)
    text = _CLAIMANT_CONJUNCTION.sub("", text)
    for _ in range(3):
        text = _TIME_TAIL.sub("", _ADVERB_TAIL.sub("", text)).strip()
    if " by " in text and _REPORT_BY.match(text):
        text = text.rsplit(" by ", 1)[1]
    return text.strip()


#: Pre-checks for the claimant patterns, on the set of whole words of the folded sentence
#: (`folded_words`): each pattern needs every word of one of its groups as a whole word --
#: words that stand after `\b`, whitespace or punctuation and before `\b` or whitespace in it.
#: A saying verb is a whole word after whitespace (`_SAY_WORD`) or after `[,”"]\s*` (`_INVERTED`,
#: case-sensitive, so a fortiori), so the last word of one of its phrases is in the set.
_SAY_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in expand_phrases(_SAY))
_REPORT_NOUNS = frozenset({"report", "statement", "estimate", "assessment", "briefing", "update", "figure", "number",
                           "toll"})


def _claimant_patterns(sentence: str) -> list[re.Pattern[str]]:
    """The claimant patterns of `find_attributions` that can match `sentence`, in its order."""
    folded = folded_words(sentence)
    if folded is None:
        return [_QUOTED_AS, _REPORTED_AS, _ACCORDING, _REPORT_FROM, _WHICH_SAID, _INVERTED, _FORWARD_ATTRIBUTION,
                _HEADLINE_SOURCE]
    words = folded[1]
    patterns = []
    if "quoted" in words and "saying" in words:
        patterns.append(_QUOTED_AS)
    if "saying" in words and "as" in words and not words.isdisjoint(("reported", "quoted", "cited")):
        patterns.append(_REPORTED_AS)
    if "according" in words:
        patterns.append(_ACCORDING)
    if not _REPORT_NOUNS.isdisjoint(words) and ("from" in words or "by" in words):
        patterns.append(_REPORT_FROM)
    if "which" in words:
        patterns.append(_WHICH_SAID)
    if not _SAY_LAST_WORDS.isdisjoint(words):
        patterns.append(_INVERTED)
    if "by" in words:
        patterns.append(_FORWARD_ATTRIBUTION)
    if ":" in sentence:
        patterns.append(_HEADLINE_SOURCE)
    return patterns


def find_attributions(sentence: str) -> list[Attribution]:
    """Every claimant a sentence names, in reading order."""
    found: list[Attribution] = []
    for pattern in _claimant_patterns(sentence):
        for match in pattern.finditer(sentence):
            found.append(Attribution(_clean_claimant(match.group("np")), *match.span("np")))
    for np, start in _speakers_before_saying(sentence):
        attribution = _subject_attribution(sentence, np, start)
        if attribution:
            found.append(attribution)
    usable = [a for a in found if a.text and not _GENERIC.match(a.text) and len(a.text.split()) <= 12
              and not _NOT_A_CLAIMANT.search(a.text) and _names_a_speaker(a.text)]
    return sorted(usable, key=lambda a: a.start)


#: A claimant is a name or a role, never a clause: no relative or subordinate clause ("Reuters that
#: government claims …", "an area that Israel …"), no saying verb inside ("the toll on Russian forces"
#: before ", asserting"), no participle opening ("Taking into account …", "Based on …"), no time,
#: and no event or thing ("The conflict").
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|when|where|while|because|whether|if)\b", re.I)
_PARTICIPLE_START = re.compile(r"^(?:[A-Za-z]+ing|Based|Given|Next|Despite|Following|According)\b")
_NOT_SPEAKER_HEAD = re.compile(
    r"^(?:(?:the|a|an|this|that)\s+)?(?:conflict|war|fighting|toll|death\s+toll|attack|attacks|strike|strikes|"
    r"offensive|invasion|area|region|operation|revelation|figure|number|total|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$", re.I)
_TOLL_NOUNS = re.compile(r"\b(?:toll|losses|casualties|deaths)\b", re.I)


def _names_a_speaker(text: str) -> bool:
    return not (_CLAUSE_WORD.search(text) or _PARTICIPLE_START.match(text) or _NOT_SPEAKER_HEAD.match(text)
                or (_TOLL_NOUNS.search(text) and not _is_proper_name(text)) or _SAY_INSIDE.search(text))


_NOT_A_CLAIMANT = re.compile(r"\d|\b(?:troops|soldiers|personnel|fighters|servicemen)$")


def _is_proper_name(words: str) -> bool:
    """'Colin Kahl', 'RBC-Ukraine', 'Institute for the Study of War': capitalised words only."""
    tokens = words.split()
    return (0 < len(tokens) <= 6 and not _HAS_DIGIT.search(words) and not _NOT_A_SPEAKER.match(words)
            and tokens[0][0].isupper()
            and all(t[0].isupper() or t.lower() in ("of", "the", "for", "and", "de", "al") for t in tokens))


#: Where a phrase of `_SAY` can begin in a folded sentence: its first word, after whitespace.
_SAY_START = re.compile(
    rf"(?<=\s)(?:{word_alternation(sorted({phrase.split()[0] for phrase in expand_phrases(_SAY)}))})\b"
)


def _saying_verbs(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of `_SAY_WORD.finditer(sentence)`, without trying the pattern everywhere.

    A match is whitespace, at most one comma, whitespace, then a phrase of `_SAY` after at
    least one whitespace character.  So its phrase begins where `_SAY_START` finds one (on
    the folded sentence), and the match begins where the run of that shape ending there
    begins: no earlier, since the phrase begins with a letter, and if it fails there it fails
    at every start within the run, as only how the run is split between `\\s*`, `,?` and `\\s+`
    differs.  Matches in order of their phrases are in order of their starts."""
    folded = folded_words(sentence)
    if folded is None:
        yield from _SAY_WORD.finditer(sentence)
        return
    lowered, words = folded
    if _SAY_LAST_WORDS.isdisjoint(words):
        return   # no saying verb (see _SAY_LAST_WORDS)
    position = 0
    while (phrase := _SAY_START.search(lowered, position)) is not None:
        start = phrase.start()
        while start > position and lowered[start - 1].isspace():
            start -= 1
        if start < phrase.start():
            if start > position and lowered[start - 1] == ",":
                start -= 1
            while start > position and lowered[start - 1].isspace():
                start -= 1
            match = _SAY_WORD.match(sentence, start)
            if match:
                yield match
                position = match.end()
                continue
        position = phrase.start() + 1


def _speakers_before_saying(sentence: str) -> list[tuple[str, int]]:
    """The words before each saying verb, back to the clause's start (at most 120 characters).

    Found from the verbs backwards, so the cost stays linear in the sentence.
    """
    found, consumed = [], 0
    for verb in _saying_verbs(sentence):
        start = max(consumed, verb.start() - 120)
        window = sentence[start:verb.start()]
        start += max(map(window.rfind, _CLAUSE_MARKS)) + 1
        end = verb.start()
        if end - start < 2 or _ASIDE_START.match(sentence, start) or _ONLY_AUXILIARY.fullmatch(sentence, start, end):
            # "X, who heads Y since 2018, informed …", "X, together with Y and volunteers, have identified …"
            aside = _ASIDE_BEFORE.search(sentence, max(consumed, end - 240), end)
            if aside:
                start, end = aside.span("np")
        if end - start >= 2:
            found.append((sentence[start:end], start))
            consumed = verb.end()
    return found


_ONLY_AUXILIARY = re.compile(r"\s*(?:has|have|had)\s*")
_ASIDE_START = re.compile(r"\s*(?:who|which|together\s+with|along\s+with|alongside|in\s+cooperation\s+with)\b", re.I)
#: A name, then an aside between commas ending right before the saying verb.
_ASIDE_BEFORE = re.compile(r"(?:^|(?<=[,;:“”\"]\s))(?P<np>[^,;:“”\"]{2,80}),\s*(?:who|which|together\s+with|along\s+with|"
                           r"alongside|in\s+cooperation\s+with)\b[^;:“”\"]{0,140}?,?\s*(?:(?:has|have|had)\s*)?$", re.I)


_UNOPENED = re.compile(r"^[^(]*\)")
#: Everything up to the last word that opens a clause: the speaker is the subject of that clause.
_LAST_CLAUSE = re.compile(r".*\b(?:that|as|when|while|whereas|because|after|before|since)\s+(?=\S)", re.I)
_LEADING_CONJUNCTION = re.compile(r"^\s*(?:and|but|while|whereas|yet|so)\s+", re.I)
_ARTICLE_START = re.compile(r"^\s*(?:a|an|the)\s", re.I)
_NAME_BEFORE_COMMA = re.compile(r"(?:^|[,.“”\"]\s*)([^,.“”\"]{2,60}),$")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)
_ENDS_IN_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|latest|new|not|never|initial|"
                                 r"previous|final|preliminary)$|n[’']t$", re.I)


_ENDS_IN_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)$", re.I)
#: "regional governor Serhiy Lysak", "army spokesman Nadav Shoshani": a role in lower case, then a name.
_ROLE_AND_NAME = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}(?:\s+[A-Z][\w'’-]+){2,3}$")


def _subject_attribution(sentence: str, np: str, start: int) -> Attribution | None:
    """'X said …' / 'X, an apposition, said …': the speaker before a saying verb."""
    unopened = _UNOPENED.match(np)   # "(APP - … 2024) Ukrainian President …"
    if unopened:
        np, start = np[unopened.end():], start + unopened.end()
    conjunction = _LEADING_CONJUNCTION.match(np)
    if conjunction:
        np, start = np[conjunction.end():], start + conjunction.end()
    last_clause = _LAST_CLAUSE.match(np)   # "The report revealed that some Ethiopian officials"
    if last_clause:
        np, start = np[last_clause.end():], start + last_clause.end()
    words = np.split()
    if not words or len(words) > 14 or _NOT_A_SPEAKER.match(np):
        return None
    apposition = ""
    if _ARTICLE_START.match(np) and (before := sentence[:start].rstrip()).endswith(","):
        head = _NAME_BEFORE_COMMA.search(before)
        if head and _is_proper_name(head.group(1)):
            apposition = np
            start = head.start(1)
            np = head.group(1)
    cleaned = _clean_claimant(np)
    if _RELATIVE.search(cleaned):
        return None   # "a third of whom are believed …": a relative clause, not a speaker
    if _HAS_DIGIT.search(cleaned) or _ENDS_IN_DETERMINER.search(cleaned):
        return None   # "… said the estimate …": a noun after a determiner is no saying verb
    if _ENDS_IN_BE.search(cleaned):
        return None   # "Ukraine's losses are estimated at …": a passive, not a speaker
    if not cleaned or cleaned[0].islower() and not _SPEAKER_START.match(cleaned) \
            and not _ROLE_AND_NAME.match(cleaned) and not _DESCRIBED_SPEAKERS.match(cleaned):
        return None
    return Attribution(cleaned, start, start + len(np), apposition)


# --- Claimant country ------------------------------------------------------------------------------

_MEDIA = re.compile(r"\b(?:news\s+agency|newspaper|media|outlet|broadcaster|television|TV|journalists|reporters|"
                    r"magazine|journal|Reuters|AFP|Associated\s+Press|BBC|CNN|Tass|RIA|"
                    r"Mediazona|Meduza|Interfax|Yonhap|Kyodo|NHK|KCNA|Bloomberg|Politico|Axios|"
                    r"Al\s+Jazeera|Sky\s+News|NBC|CBS|Fox|Pravda|Daily\s+NK|news|Le\s+Monde|Le\s+Figaro|"
                    r"Lib[ée]ration|Spiegel|Bild|Die\s+Zeit|El\s+Pa[ií]s|Haaretz|Ynet|Kommersant|Izvestia|"
                    r"Vedomosti|Ukrainska\s+Pravda|Hromadske|Suspilne|Asahi|Yomiuri|Al\s+Arabiya)\b", re.I)
#: Newspaper mastheads: "The Kyiv Independent", "The Washington Post", "The Korea Herald".
_MASTHEAD = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:Independent|Times|Post|Herald|Guardian|Telegraph|"
                       r"Tribune|Gazette|Journal|Daily|Observer|Insider|Monitor)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?$",
                       re.I)
#: UN bodies and officials; a state's ambassador "to the United Nations" speaks for the state.
_UN = re.compile(r"(?<!to\sthe\s)\b(?:UN|U\.N\.(?!\w)|United\s+Nations|UNICEF|UNRWA|OHCHR|OCHA|WHO|IAEA|UNHCR)(?!\w)")
_WESTERN = re.compile(r"\b(?:the\s+alliance|alliance['’]s|Western\s+(?:intelligence|officials|governments|countries|allies|nations|powers|sources|"
                      r"diplomats|leaders|capitals|estimates|agencies|security)|NATO|allied|allies|G7|European)\b")
_SPEAKER_NOUNS = (r"officials|analysts|experts|sources|diplomats|authorities|rescuers|medics|activists|"
                  r"witnesses|residents|observers|monitors|researchers|lawmakers|legislators")
_SPEAKER_START = re.compile(rf"(?:the|a|an|one|two|some|several|many|other|senior|top|local|state|he|she|they|it|we|"
                            rf"{_SPEAKER_NOUNS})\b")
#: "health officials", "Western security sources": a few lower-case words before a speaker noun.
_DESCRIBED_SPEAKERS = re.compile(rf"(?:[a-z-]+\s+){{1,3}}(?:{_SPEAKER_NOUNS})$")
_OTHER = re.compile(r"\b(?:analysts?|experts?|researchers?|think\s+tank|institute|NGO|medics|activists|"
                    r"rescuers|witnesses|residents|sources|"
                    r"Human\s+Rights\s+Watch|Amnesty|observers?|ISW|Oryx)\b", re.I)
#: Monitors, rights groups and aid groups named after a country ("the Syrian Observatory for
#: Human Rights", "the Sudan Doctors Network", "the Palestinian Red Crescent") are NGOs, not
#: that country's authorities.
_NAMED_NGO = re.compile(r"\b(?:Observatory|Human\s+Rights|Red\s+Crescent|Red\s+Cross|Doctors|"
                        r"M[ée]decins|MSF|Amnesty|Airwars|ACLED|monitoring\s+group|rights\s+group|"
                        r"aid\s+group|charity)\b", re.I)
#: Bodies that count their own people's dead: "the Health Ministry", "local health and civil defence officials".
_LOCAL = re.compile(r"\b(?:(?:local|health)\s+(?:health\s+)?(?:authorities|officials|ministry|minister|services)|"
                    r"ministry\s+of\s+health|civil\s+defen[cs]e)\b", re.I)
_COUNTRY_CODES = {code for code in ACTORS if code.isupper()}


_OFFICIAL_ROLE = re.compile(r"\b(?:police|military|army|command|spokes(?:man|woman|person)|governor|officials?|"
                            r"authorities)\b", re.I)
_ARMED_GROUP_SPEAKER = re.compile(r"\b(?:separatists|rebels|militants|insurgents|militias?|jihadists|"
                                  r"armed\s+groups?)\b", re.I)
_UNKNOWN_ACRONYM = re.compile(rf"\b(?!(?:{GOVERNMENT_ACRONYMS})\b)[A-Z]{{3,6}}\b")
_OFFICIAL = re.compile(r"\bintelligence|ministry|military|government\b", re.I)


def claimant_country(attribution: Attribution, inherited: str, subject: str) -> str:
    """The code of the claimant's country or authority, or a kind (western, un, media, other)."""
    return _claimant_country(attribution.text, attribution.apposition, inherited, subject)


@lru_cache(maxsize=1024)
def _claimant_country(text: str, apposition: str, inherited: str, subject: str) -> str:
    words = f"{text} {apposition}"
    if _MEDIA.search(apposition) or _MEDIA.search(text) or _MASTHEAD.match(text):
        if not _OFFICIAL.search(text):
            return "media"
    if _UN.search(words):
        return "un"
    if _NAMED_NGO.search(words) and not _OFFICIAL.search(text):
        return "other"
    if _ARMED_GROUP_SPEAKER.search(text) and not _OFFICIAL.search(text):
        return "other"   # "Armed separatists", "a spokesperson for the Fano militia": non-state armed groups
    codes = [code if code in _COUNTRY_CODES else _GROUP_COUNTRY.get(code, "other")
             for _, _, code, _ in find_actors(words)]
    codes = [code for code in codes if code != "other"] or codes
    if _WESTERN.search(words) or len(set(codes)) > 1:
        return "western"
    if codes:
        return codes[0]
    if (_LOCAL.search(words) or (not inherited and _OFFICIAL_ROLE.search(words))) and subject in _COUNTRY_CODES:
        return subject   # local bodies count their own dead; so do a place's officials when no one else is named
    if _OTHER.search(words) or _UNKNOWN_ACRONYM.search(text):
        return "other"   # an organisation known by an acronym that is no state, outlet or UN body: an NGO or group
    return inherited


#: Armed groups that speak as a territory's authority; every other armed group is `other`.
_GROUP_COUNTRY = {"hamas": "PS", "houthis": "YE"}


# --- Putting it together ----------------------------------------------------------------------------

@dataclass
class ArticleContext:
    """What earlier sentences of the article said, for anaphora."""

    published: date | None
    previous_metric: str | None = None
    previous_subject: str = ""
    claimant: str = ""
    claimant_country: str = ""
    claimant_sentence: Sentence | None = None   # the sentence that last named a claimant
    counted_values: set[int] = field(default_factory=set)
    dominant_subject: str | None = None   # None until first needed: reckoned from `sentences`
    main_place: str | None = None         # likewise
    main_nationality: str | None = None   # likewise
    sentences: list[Sentence] = field(default_factory=list)
    text: str = ""   # the article's text, which sentence offsets refer to

    def dominant(self) -> str:
        """The article's dominant subject (`_dominant_subject`), reckoned once when first needed."""
        if self.dominant_subject is None:
            self.dominant_subject = _dominant_subject(self.sentences)
        return self.dominant_subject

    def nationality(self) -> str:
        """The nationality the article names most often ("Israeli", "Israelis")."""
        if self.main_nationality is None:
            counts: dict[str, int] = {}
            for sentence in self.sentences:
                for _, _, code, text in find_actors(sentence.text):
                    if code.isupper() and is_demonym(text):
                        counts[code] = counts.get(code, 0) + 1
            self.main_nationality = max(sorted(counts), key=counts.get) if counts else ""
        return self.main_nationality

    def place(self) -> str:
        """The side of the place the article names most often ("in Gaza", "on southern Lebanon")."""
        if self.main_place is None:
            counts: dict[str, int] = {}
            for sentence in self.sentences:
                for code in _places(sentence.text):
                    counts[code] = counts.get(code, 0) + 1
            self.main_place = max(sorted(counts), key=counts.get) if counts else ""
        return self.main_place


_THAT = re.compile(r"\bthat\b")
_CLAUSE_END = re.compile(r";|,(?!\s*(?:19|20)\d\d\b)")
_FRONTED = re.compile(r"^\W*(?P<phrase>[^,]{3,40}),")
_RESULT_CLAUSE = re.compile(r"^\s*(?:and\s+)?(?:killing|wounding|injuring|leaving)\b", re.I)


def _period_clause(sentence: str, amount: Amount, head: Head, next_start: int) -> str:
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


_ANOTHER_BEFORE = re.compile(r"\b(?:another|an\s+additional|additional|a\s+further|further|an\s+extra|extra|fresh)\s*$")
_MORE_AFTER = re.compile(r"\s+more\b")


def _is_incremental(sentence: str, amount: Amount, head: Head, metric: str,
                    earlier_metrics: list[str]) -> bool:
    before = sentence[max(0, amount.hedge_start - 25):amount.hedge_start].lower()
    if _ANOTHER_BEFORE.search(before):
        return True
    modifiers = {w.lower() for w in head.modifiers.split()}
    after = sentence[amount.end:amount.end + 12].lower()
    more = "more" in modifiers or bool(_MORE_AFTER.match(after))
    if modifiers & (_MORE_WORDS - {"more", "new"}):
        return True
    return more and not any(m != metric for m in earlier_metrics)


_MILITARY_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+)?(?:{MILITARY_NOUNS})\b", re.I)
#: Where the last word of a noun for military people begins, in a folded sentence: it stands
#: after whitespace in `_MILITARY_AFTER`.  (Its end is not checked: that pattern is matched on
#: a slice, which may end inside a word.)
_MILITARY_WORD_START = re.compile(
    rf"(?<!\w)(?:{word_alternation(sorted({p.split()[-1].lower() for p in expand_phrases(MILITARY_NOUNS)}))})"
)


def _dominant_subject(sentences: list[Sentence]) -> str:
    """The nationality most often put before a noun for military people in the article."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        folded = folded_words(sentence.text)
        if folded is not None and not _MILITARY_WORD_START.search(folded[0]):
            continue   # no noun for military people, so no actor before one
        for start, end, code, _ in find_actors(sentence.text):
            if _MILITARY_AFTER.match(sentence.text[end:end + 60]):
                counts[code] = counts.get(code, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else ""


def claims_in_article(article_id: str, text: str, published: date | None) -> list[dict[str, object]]:
    """Every claim in one article's body, as rows of the claims table (ids not yet set)."""
    sentences = split_sentences(text, body_segments(text))
    context = ArticleContext(published, sentences=sentences, text=text)
    # Work is put off (the dominant subject, claimants of sentences without amounts) and may
    # be skipped.  `find_actors` raises KeyError on a few characters that cannot be folded
    # (see warclaims.lexicon.fold); an article holding one is read in full, in order, as ever.
    eager = fold(text) is None
    if eager:
        context.dominant()
    rows: list[dict[str, object]] = []
    unread: list[Sentence] = []   # sentences without claims whose claimants are not read yet
    for index, sentence in enumerate(sentences):
        amounts = find_numbers(sentence.text)
        if not amounts and not eager:
            unread.append(sentence)
            continue
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        rows.extend(_claims_in_sentence(article_id, sentence, following, context, amounts,
                                        None if eager else unread))
    return _drop_repeats(rows)


_INHERITED = "\x00inherited"   # stands for the claimant country handed on, in `_read_claimants`


def _read_claimants(unread: list[Sentence], context: ArticleContext) -> None:
    """What a run of sentences without claims does to the context, as `_claims_in_sentence`
    would do sentence by sentence: only a claimant they name changes it (the last one a
    sentence names, unless a pronoun or borrowed from before), and a later one overrides an
    earlier one, except for its country when that is only handed on.  So the sentences are
    read from the last one back, and only as far as needed; then `unread` is emptied."""
    named: tuple[Sentence, Attribution] | None = None
    country = _INHERITED
    for sentence in reversed(unread):
        attributions = find_attributions(sentence.text)
        if not attributions:
            continue   # `_continued_attribution` would give one with `end` 0: no change
        last = attributions[-1]
        if _PRONOUNS.match(last.text) or not last.end:
            continue
        named = named or (sentence, last)
        country = claimant_country(last, _INHERITED, "")   # no amounts, so no subject here
        if country != _INHERITED:
            break
    if named is not None:
        context.claimant_sentence, context.claimant = named[0], named[1].text
        if country != _INHERITED:
            context.claimant_country = country
    unread.clear()


def _claims_in_sentence(article_id: str, sentence: Sentence, following: str, context: ArticleContext,
                        amounts: list[Amount], unread: list[Sentence] | None) -> list[dict[str, object]]:
    """The claims of one sentence.  With `unread` (the sentences without claims before it whose
    claimants are not read yet), the claimants are read only once an amount counts people
    (the head and metric of an amount depend on no claimant, and those of an amount inside a
    claimant's words, which is skipped, change nothing); a sentence where none does joins
    `unread` instead, as its only effect is the claimant it names."""
    text = sentence.text
    attributions: list[Attribution] | None = None
    spans: list[tuple[int, int]] = []
    if unread is None:
        attributions = find_attributions(text) or _continued_attribution(sentence, context)
        spans = [(a.start, a.end + len(a.apposition) + 2) for a in attributions]
    rows: list[dict[str, object]] = []
    metrics_here: list[str] = []
    subject_here = ""
    starts = [a.hedge_start for a in amounts]
    for position, amount in enumerate(amounts):
        if any(s <= amount.start < e for s, e in spans):
            continue
        head = find_head(text, amount)
        later = bisect_left(starts, head.end or amount.end, lo=position + 1)
        next_start = starts[later] if later < len(starts) else len(text)
        previous_metric = metrics_here[-1] if metrics_here else context.previous_metric
        metric = metric_of(text, amount, head, next_start, previous_metric,
                           metrics_here[-1] if metrics_here else None)
        if metric is None:
            continue
        if attributions is None:
            if unread:
                _read_claimants(unread, context)
            attributions = find_attributions(text) or _continued_attribution(sentence, context)
            spans = [(a.start, a.end + len(a.apposition) + 2) for a in attributions]
            if any(s <= amount.start < e for s, e in spans):
                continue
        if _is_repeat_mention(text, amount, head, context):
            continue
        elided = (not head.noun or head.partitive or head.noun.lower() in ("others", "more") or _is_metric_noun(head.noun)
                  or _subset_before(text[max(0, amount.hedge_start - 40):amount.hedge_start]))
        attribution = _nearest(attributions, amount) or _forward_attribution(following)
        said_by = attribution.text if attribution else ""
        subject = ((named_next_to(text, amount) if not head.noun else "")
                   or (subject_here if elided and subject_here else "") or subject_of(text, amount, head, spans, said_by))
        # Captives are held where their captors are, by their captors: neither the place nor an
        # armed group that holds them names their side ("all 59 hostages" after "Hamas rejected").
        captives = metric == "captured" or bool(head.noun and _CAPTIVE_NOUN.fullmatch(head.noun))
        if captives and subject.islower() and subject != "civilians" and not _named_in_phrase(head):
            subject = ""
        if subject == "civilians" and not (head.noun and _CIVILIAN_NOUN.fullmatch(head.noun)):
            # only people called civilians are "civilians"; others are a role or the place's side
            held = (context.previous_subject or context.nationality()) if captives else ""
            subject = (_ROLES.get(head.noun.lower(), "") or held or place_in(text) or context.place()
                       or context.nationality() or subject)
        subject_from_context = not subject
        speaker = context.claimant if attribution and _PRONOUNS.match(said_by) and context.claimant else said_by
        military = bool(head.noun) and _is_military_noun(head.noun)
        subject = (subject or _own_side(speaker, metric, text[max(0, amount.hedge_start - 80):amount.hedge_start])
                   or ("" if military or captives else place_in(text))
                   or _inherited_subject(context.previous_subject, head)
                   or context.dominant() or context.place())
        claimant, country = _claimant_and_country(attribution, context, subject)
        period = find_period(_period_clause(text, amount, head, next_start))
        start, end = resolve_period(period, context.published)
        row = _row(article_id, sentence, amount, metric, subject, claimant, country, period,
                   start, end, _is_incremental(text, amount, head, metric, metrics_here))
        reasons = risk_reasons(amount, len(amounts), attribution, subject_from_context,
                               bool(head.partitive or not head.noun))
        row.update(risk=risk_score(reasons), risk_reasons="; ".join(reasons))
        rows.append(row)
        metrics_here.append(metric)
        subject_here = subject
        context.previous_metric, context.previous_subject = metric, subject
        context.counted_values.add(amount.central)
    if attributions is None:
        unread.append(sentence)   # no amount counts people: its claimants are read when needed
        return rows
    if attributions:
        last = attributions[-1]
        if not _PRONOUNS.match(last.text) and last.end:
            context.claimant_sentence = sentence
            context.claimant = last.text
            context.claimant_country = claimant_country(last, context.claimant_country, subject_here)
        elif not last.end:
            context.claimant_sentence = sentence   # a statement continued here may go on in the next sentence
    return rows


#: What makes a claim riskier to publish unread, and by how much (scores add up to at most 1).
RISK_WEIGHTS = {
    "vague amount": 0.3,
    "implausible magnitude": 0.6,
    "claimant named in another sentence": 0.2,
    "claimant far from the number": 0.2,
    "several numbers in the sentence": 0.2,
    "whose people taken from context": 0.2,
    "no noun next to the number": 0.2,
}
PLAUSIBLE_MAXIMUM = 2_000_000   # more people than any side of a current war has fielded or lost


def risk_reasons(amount: Amount, amounts_in_sentence: int, attribution: Attribution | None,
                 subject_from_context: bool, no_noun: bool) -> list[str]:
    """Why a person should read this claim before anyone else (see RISK_WEIGHTS)."""
    reasons = []
    if amount.qualifier == "vague":
        reasons.append("vague amount")
    if max(amount.value or 0, amount.high or 0, amount.low or 0) > PLAUSIBLE_MAXIMUM:
        reasons.append("implausible magnitude")
    if attribution is not None and attribution.end == 0:
        reasons.append("claimant named in another sentence")
    elif attribution is not None and min(abs(attribution.start - amount.end), abs(amount.start - attribution.end)) > 100:
        reasons.append("claimant far from the number")
    if amounts_in_sentence >= 3:
        reasons.append("several numbers in the sentence")
    if subject_from_context:
        reasons.append("whose people taken from context")
    if no_noun:
        reasons.append("no noun next to the number")
    return reasons


def risk_score(reasons: list[str]) -> float:
    return round(min(1.0, sum(RISK_WEIGHTS[r] for r in reasons)), 2)


_ARMY = re.compile(r"\b(?:army|military|armed\s+forces|defen[cs]e\s+forces|IDF|"
                   r"health\s+ministry|health\s+minister|ministry\s+of\s+health|health\s+authorities)\b", re.I)


def _inherited_subject(previous: str, head: Head) -> str:
    """The previous claim's people for a count that names none, unless they cannot be the same:
    soldiers are not "civilians" ("12 civilians and three soldiers were wounded")."""
    if previous == "civilians" and head.noun and _MILITARY_NOUN_WORD.fullmatch(head.noun):
        return ""
    return previous


#: "… said it would send an additional", "… says we have deployed": the speaker sends its own.
_SPEAKER_SENDS = re.compile(
    r"\b(?:it|we)\s+(?:(?:would|will|had|has|have|plans\s+to|planned\s+to|intends\s+to|is|was|were|"
    r"already|also|now|soon|to)\s+){0,3}(?:send|sent|sending|deploy|deployed|deploying|dispatch|dispatched|"
    r"dispatching|station|stationed|stationing)\s+(?:(?:an?|another|additional|more|further|extra|some|about|"
    r"around|nearly|up\s+to|at\s+least|more\s+than)\s+)*$",
    re.I,
)


def _own_side(claimant: str, metric: str, before: str) -> str:
    """An army reporting losses with no side named reports its own; a speaker saying "it would
    send 1,500 troops" (`before` is the text before the amount) sends its own."""
    if metric == "deployed" and not _SPEAKER_SENDS.search(before):
        return ""
    if metric != "deployed" and not _ARMY.search(claimant):
        return ""
    actors = find_actors(claimant)
    return actors[0][2] if actors else ""


def _continued_attribution(sentence: Sentence, context: ArticleContext) -> list[Attribution]:
    """A passive estimate ("are believed to …") right after a sourced sentence of the same
    paragraph continues that source; so does "This number includes …" right after it."""
    previous = context.claimant_sentence
    if previous is None:
        return []
    introduces = previous.paragraph == sentence.paragraph or previous.text.rstrip().endswith(":")   # "Shoigu said:"
    if introduces and _inside_quotation(context.text[previous.start:sentence.start]):
        return [Attribution(context.claimant, 0, 0)]   # a quotation opened in or after the sourced sentence
    if sentence.start - (previous.start + len(previous.text)) > 2:
        return []
    if sentence.text[:1] in "“\"":   # a quotation right after the sourced sentence: its speaker's words
        return [Attribution(context.claimant, 0, 0)]
    same_figure = _SAME_FIGURE.match(sentence.text)
    if same_figure or _PASSIVE_SOURCE.search(sentence.text):
        return [Attribution(context.claimant, 0, 0)]
    return []


def _inside_quotation(stretch: str) -> bool:
    """Whether a quotation opened in `stretch` is still open at its end (curly or straight quotes)."""
    curly = stretch.count("“") - stretch.count("”")
    return curly > 0 or (curly == 0 and "“" not in stretch and stretch.count('"') % 2 == 1)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _is_repeat_mention(sentence: str, amount: Amount, head: Head, context: ArticleContext) -> bool:
    """'the three soldiers' after 'three more soldiers were killed' names people already counted."""
    definite = _DEFINITE_BEFORE.search(sentence[max(0, amount.hedge_start - 20):amount.hedge_start])
    return bool(definite and head.noun and amount.central in context.counted_values)


def _nearest(attributions: list[Attribution], amount: Amount) -> Attribution | None:
    """The claimant nearest the amount; a reference back ("the organization", "the country's
    intelligence agency") stands for the claimant the sentence named before it."""
    if not attributions:
        return None
    nearest = min(attributions, key=lambda a: (min(abs(a.start - amount.start), abs(a.end - amount.start)), a.start))
    referring = _PRONOUNS.match(nearest.text) or _COUNTRY_REFERENCE.match(nearest.text)
    named_before = [a for a in attributions if a.start < nearest.start and not _PRONOUNS.match(a.text)] if referring else []
    if not named_before:
        return nearest
    if _COUNTRY_REFERENCE.match(nearest.text):   # keep the body, take the country from the one named before
        return Attribution(nearest.text, nearest.start, nearest.end, named_before[-1].text)
    return named_before[-1]


def _forward_attribution(following: str) -> Attribution | None:
    """'This information was disclosed by X.' names the claimant of the sentence before."""
    match = _FORWARD_ATTRIBUTION.match(following)
    return Attribution(_clean_claimant(match.group("np")), 0, 0) if match else None


_PERSONAL_PRONOUN = re.compile(r"(?:he|she|they|it)", re.I)


def _claimant_and_country(attribution: Attribution | None, context: ArticleContext,
                          subject: str) -> tuple[str, str]:
    if attribution is None:
        return "", ""
    if _PERSONAL_PRONOUN.fullmatch(attribution.text):
        return context.claimant, context.claimant_country   # "" when nobody was named before
    if _PRONOUNS.match(attribution.text) and context.claimant:
        return context.claimant, context.claimant_country
    own = claimant_country(attribution, "", subject)
    if not own and _is_proper_name(attribution.text):
        own = _country_introduced_with(attribution.text, context.text)
    return attribution.text, own or context.claimant_country


_TITLE_WINDOW = 60


def _country_introduced_with(name: str, text: str) -> str:
    """The country named in the title before a person's first mention: "Iran's Health Minister
    Mohammad-Reza Zafarghandi" gives IR for a later "Zafarghandi said"."""
    first = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) if len(name) > 3 else None
    if first is None:
        return ""
    title = text[max(0, first.start() - _TITLE_WINDOW):first.start()]
    title = title[max(title.rfind("."), title.rfind("\n")) + 1:]
    codes = [code for _, _, code, _ in find_actors(title)]
    return codes[-1] if codes else ""


def _row(article_id: str, sentence: Sentence, amount: Amount, metric: str, subject: str,
         claimant: str, country: str, period: str, period_start: date | None,
         period_end: date | None, incremental: bool) -> dict[str, object]:
    return {
        "article_id": article_id, "metric": metric, "qualifier": amount.qualifier,
        "value": amount.value, "low": amount.low, "high": amount.high,
        "subject": subject, "claimant": claimant, "claimant_country": country,
        "period": period,
        "period_start": period_start.isoformat() if period_start else "",
        "period_end": period_end.isoformat() if period_end else "",
        "incremental": int(incremental), "quote": sentence.text.strip(),
        "quote_start": sentence.start, "start": sentence.start + amount.start,
        "end": sentence.start + amount.end, "number_text": sentence.text[amount.start:amount.end],
    }


def _drop_repeats(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The same figure for the same thing said twice (headline and body) is one claim.

    Rows are the same claim when metric and numbers agree and their subjects do not differ
    (an empty subject agrees with any).  Of the repeats, the one naming a claimant is kept,
    then the one naming a subject, then a period, then the earliest.
    """
    kept: list[dict[str, object]] = []
    # Only rows whose numbers agree can be the same claim: each list holds, in order, the
    # places in `kept` of the rows with these numbers, so the first of them that is the same
    # claim is the first such row of `kept`.
    places: dict[tuple[object, ...], list[int]] = {}
    for row in rows:
        same_numbers = places.setdefault((row["metric"], row["value"], row["low"], row["high"]), [])
        twin = next((place for place in same_numbers if _same_claim(kept[place], row)), None)
        if twin is None:
            same_numbers.append(len(kept))
            kept.append(row)
        elif _richness(row) > _richness(kept[twin]):
            kept[twin] = row
    return sorted(kept, key=lambda r: r["start"])


def _same_claim(a: dict[str, object], b: dict[str, object]) -> bool:
    numbers_agree = all(a[c] == b[c] for c in ("metric", "value", "low", "high"))
    return numbers_agree and (a["subject"] == b["subject"] or not a["subject"] or not b["subject"])


def _richness(row: dict[str, object]) -> tuple[bool, bool, bool]:
    return bool(row["claimant"]), bool(row["subject"]), bool(row["period"])


def claim_id(row: dict[str, object], repeat: int = 0) -> str:
    """A stable id from the article and the claim's own words (not from row order).

    `repeat` tells apart the same sentence said again later in the same article."""
    quote = " ".join(str(row["quote"]).split())
    offset = int(row["start"]) - int(row["quote_start"])
    occurrence = str(row["quote"])[:offset].count(str(row["number_text"]))
    key = f"{row['article_id']}|{row['metric']}|{quote}|{row['number_text']}|{occurrence}"
    key += f"|again {repeat}" if repeat else ""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# --- The table --------------------------------------------------------------------------------------

def article_claims(article: Mapping[str, object]) -> list[dict[str, object]]:
    """The claim rows of one article row (as `load_articles` gives), ids set."""
    published_text = str(article.get("published") or "")
    published = date.fromisoformat(published_text) if published_text else None
    rows = claims_in_article(str(article["article_id"]), str(article.get("text") or ""), published)
    seen: dict[str, int] = {}
    for row in rows:
        row.update(outlet=article.get("outlet") or "", wire=article.get("wire") or "", published=published_text)
        base = claim_id(row)
        repeat = seen.get(base, 0)   # the same sentence said again later in the article
        seen[base] = repeat + 1
        row["claim_id"] = base if repeat == 0 else claim_id(row, repeat)
    return rows


def claims_table(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Claim rows as the checked claims table, in its fixed column order and row order."""
    table = coerce_claims(pd.DataFrame(rows, columns=list(CLAIM_COLUMNS)))
    table = table.sort_values(list(CLAIM_SORT_KEY), kind="stable").reset_index(drop=True)
    return check_claims(table)


def extract_claims(articles: pd.DataFrame) -> pd.DataFrame:
    """The tidy claims table for a table of articles (as `load_articles` returns)."""
    records = articles.astype(object).where(articles.notna(), "").to_dict("records")
    return claims_table([row for article in records for row in article_claims(article)])


def claims_from_text(text: str, published: str = "", article_id: str = "text") -> pd.DataFrame:
    """The claims of one article given as a string (for tests and quick looks)."""
    articles = pd.DataFrame([{
        "article_id": article_id, "text": text, "published": published,
        "outlet": "", "wire": "",
    }])
    return extract_claims(articles)
