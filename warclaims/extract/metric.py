"""The metric: what an amount reports of its people (`metric_of`), or None when it is no claim.

No claim: a count of things ("40 missiles": `Head.next_word`), a ratio ("five soldiers for
every Ukrainian"), people displaced, evacuated or affected, deaths averted or projected
("could die").  Otherwise the first rule that gives a metric wins:

1. a part of a group the sentence has named counts what that group counts ("Among the victims
   are 50 children", "The hostages include four soldiers");
2. a metric noun as the amount's noun: "4,000 casualties", "2,700 wounded";
3. people after a complement take the toll's metric ("the death toll … now stands at more
   than 400 people");
4. the base of a share ("a third of the 11,000 troops … were killed") reports only what its own
   participle says ("the 11,000 soldiers deployed"), or a deployment;
5. a subset ("…, of whom roughly 3,800 have been killed", "including 12 children") takes its
   own verb, else its total's metric;
6. a metric verb just before the amount: "killed about 500", "sent 11,000"; "lost" and
   "destroyed" count people only when a noun says so ("lost 20 tanks and 1,200 soldiers");
7. the predicate after it: "… have been killed"; amounts joined by "and" or a comma share it
   ("35 soldiers and 21 rebels were killed"), and a participle right after the noun describes
   the people, not the claim ("300 marines sent to the port were killed");
8. a partitive ("nine of them", "Of that number, 5,000 …") takes the previous claim's metric,
   and so does a bare figure ("The previous figure given by the ministry was 1,730"), unless it
   is the size of a force ("the number of its forces … to 300,000": deployed);
9. the noun a bare amount completes: "the death toll … has risen to 491";
10. a deployment when military people are placed somewhere: "80,000 U.S. troops are in Europe";
11. a metric inside the noun phrase ("251 taken hostage"); captives are `captured`.

Last, an amount still without a metric shares the previous one of its sentence when it is an
item of the same list with no word of its own ("72 Palestinian, four Israelis and three
Lebanese"), or takes the first metric before it when it stands alone in parentheses
("confirmed deaths are Perm Krai (3 768)").

Several look-back patterns run only after a quick pre-check of the folded text before the
amount (see `_BASE_BEFORE_LAST_WORDS` and `_verb_metrics_possible`); tests/test_prechecks.py
checks that the lists of words stay in step with their patterns.
"""
from __future__ import annotations

import re

from warclaims.extract.head import (
    CAPTIVE_NOUN,
    MORE_WORDS,
    STOP_WORDS,
    WINDOW,
    Head,
    is_metric_noun,
    is_military_noun,
)
from warclaims.lexicon import (
    METRIC_LAST_WORDS,
    METRIC_PATTERNS,
    METRIC_WORDS,
    MILITARY_NOUNS,
    PEOPLE_NOUNS,
    PRESENCE_PATTERN,
    expand_phrases,
    find_actors,
    fold,
    whole_words,
)
from warclaims.numbers import UNITS, Amount
from warclaims.sentence_cache import per_sentence
from warclaims.patterns import lazy_compile

_SKIPPABLE_WORDS = (
    r"a|an|the|total|of|another|additional|further|more|some|about|around|at|least|"
    r"over|nearly|almost|roughly|approximately|estimated|than|up|to|as|many|an\s+estimated|all"
)
_SKIPPABLE_BEFORE = rf"(?:\s+(?:{_SKIPPABLE_WORDS}))*\s*$"
_VERB_BEFORE = {
    metric: lazy_compile(rf"\b(?:{words})(?:\s+(?:of|at))?{_SKIPPABLE_BEFORE}", re.I)
    for metric, words in METRIC_WORDS
}
_COMPLEMENT_BEFORE = lazy_compile(
    r"(?:\bto|\bat|\bof|reached|exceeded|exceeds?|surpassed|surpasses|surpass|passed|passes|topped|tops|\btop|crossed|crosses|"
    r"as\s+high\s+as|"
    r"approaching|approached|approaches|nears|neared|nearing|\bwas|\bis|\bwere|\bare|\bstood\s+at|stands\s+at|totall?ed|"
    r"(?:rose|risen|climbed|increased|jumped|grew|fell|dropped|decreased)\s+(?:by|from)|"
    r"\breach(?:ed|es|ing)?|numbered|numbering|\brange\s+of|\branges?\s+from|\branging\s+from|\bbe|\bhit|"
    r"averag(?:ed|ing)|:)\s*(?:(?:probably|likely|possibly|already|now|still)\s+)?"
    # "reached a record 1,523", "hit a new high of 2,030"
    r"(?:a\s+(?:new\s+)?(?:record|high)(?:\s+of)?\s+)?(?:about|around|some|roughly|nearly|almost|"
    r"more\s+than|over|at\s+least|approximately|an\s+estimated|up\s+to|another|a\s+further|an\s+additional)?\s*$",
    re.I,
)
_BASE_BEFORE = lazy_compile(
    r"(?:%|\bpercent|\bper\s+cent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\bfraction|\bproportion|"
    r"\bshare|\bmajority|\bmost|\bmany|\ball|\bnone|\beach|\bone|\bsome|\bseveral|\bthree|\btwo|\bfour|\d)"
    r"\s+of\s+(?:the|its|their|those|these)\s+(?:(?:about|around|some|roughly|approximately|estimated|"
    r"reported|initial|original|total|more\s+than|over)\s+)*$",
    re.I,
)
_LIST_ITEM_BEFORE = lazy_compile(r"\b(?:\d[\d,.]*|[a-z]+)\s+[a-z-]+(?:\s+[a-z-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_SUBSET_BEFORE = lazy_compile(rf"\b(?:{PEOPLE_NOUNS})\s+[-–—]\s*$|"   # "26 people - 25 Indian tourists and a Nepali"
                            r"\b(?:including|among\s+them|among\s+whom|of\s+whom|(?:up|down)\s+from|"
                            r"alongside|along\s+with|as\s+well\s+as|in\s+addition\s+to|besides|"
                            r"compared\s+with|compared\s+to)\s*(?:about|around|some|roughly|nearly|more\s+than|over)?\s*$|"
                            # "including 50 children and [94 women]": a later item of the subset's list
                            r"\bincluding\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?"
                            rf"(?:\d[\d,]*|(?:{'|'.join(UNITS)})(?:-(?:{'|'.join(UNITS)}))?)\s+[a-z-]+(?:\s+[a-z-]+)?"
                            r"\s*(?:,\s*|\s+and\s+)$",
                            re.I)
_PARTITIVE_START = lazy_compile(
    r"^\W*(?:of\s+(?:that|this|these|those|the)\s+(?:number|total|figure|toll|group)|among\s+them|of\s+whom|"
    r"of\s+those\s+(?:identified|killed|dead|named|listed|counted|confirmed)|"            # "Of those identified, 15,613 were children"
    r"of\s+(?:those|them|these)(?=\s*,)|"                                                # "Of those, more than 16,000 were children"
    r"among\s+the\s+(?:dead|victims|killed|children|women|wounded|injured))\b",          # "Among the children, 876 were …"
    re.I,
)



def opens_with_a_part(before: str) -> bool:
    """Whether the text before an amount opens with a part of the count said before it ("Of
    those, around 250,000 have been killed", "Among them, …")."""
    return _PARTITIVE_START.match(before) is not None


_CLAUSE_BREAK = lazy_compile(r"[,;]")
_SUBSET_OPENS = lazy_compile(r",\s*including\b")
_PARTICIPLE_RIGHT_AFTER = lazy_compile(r"\s+(?:serving|based|stationed|deployed|fighting|sent|posted|attached)\s+"
                                     r"(?:with|in|to|at|for|alongside|under)\b")
_CLOSED_SUBSET_ASIDE = lazy_compile(r",\s*including\b[^,;]*(?=,)")
#: 'killed "between 40 and 50" Indian soldiers': a quotation opened right before the amount
#: leaves the verb before it.
#: "holding 59 hostages", "still hold 25 crew members": people held, which counts captives only
#: when the people are fighters or the sentence says where or as what they are held.
_HOLDING_BEFORE = lazy_compile(r"\b(?:holding|holds|hold)\s+(?:[\w,-]+\s+){0,3}$", re.I)
_CAPTIVITY = lazy_compile(r"\b(?:hostages?|captives?|captivity|prisons?|prisoners?|detention|detainees?|jails?|custody|"
                          r"seized|abducted|kidnapped)\b", re.I)


def _held_captive(sentence: str, amount: Amount, head: Head) -> bool:
    """Whether people "held" are captives: fighters, another side's people ("Russia is holding
    about 16,000 Ukrainian civilians", "23 Armenians"), held as captives or in prisons, or held
    by armed men ("The guerrilla group is holding at least 20 people")."""
    after = sentence[amount.end:max(head.end, amount.end + 30)]
    named = any(start <= 1 or start < head.end - amount.end for start, _, _, _ in find_actors(after))
    return bool(head.noun and is_military_noun(head.noun)) or named or bool(_CAPTIVITY.search(sentence)) \
        or bool(_ARMED_HOLDER_BEFORE.search(sentence, max(0, amount.hedge_start - 80), amount.hedge_start))


_ARMED_HOLDER_BEFORE = lazy_compile(r"\b(?:group|guerrillas?|rebels|militants|insurgents|gunmen|kidnappers|abductors|"
                                  r"jihadists|militia|bandits|Hamas|Hezbollah|Houthis)\s+(?:is|are|was|were|has\s+been|"
                                  r"have\s+been|still|now|reportedly|\s)*\s*(?:holding|held|holds)\s+(?:[\w,-]+\s+){0,3}$")


_QUOTE_OPENED_LAST = lazy_compile(r"\s*[\"“‘]\s*$")
#: Verbs that count people only when a noun for people says so: "lost 20 tanks", "624 of which
#: were destroyed".
_THINGS_TOO = lazy_compile(r"\b(?:los[te]|loses|losing|destroyed|eliminated|neutrali[sz]ed)\b", re.I)
_MILITARY_WORD = lazy_compile(whole_words(MILITARY_NOUNS), re.I)
#: "Russia has lost 1,000,270 troops since …", "the enemy lost over 225 personnel": the running
#: tally of a loss report (hundreds or more, in the reports' words for soldiers or over a
#: reported period, with no count of wounded beside it) is killed and wounded together;
#: "Pyongyang lost some 2,000 troops in the fight", "lost 14 fighters" are deaths.
_LOST_BEFORE = lazy_compile(r"\b(?:lost|lose|loses|losing)\s+(?!(?:control|track|contact|touch|sight)\b)(?:[\w,-]+\s+){0,4}$", re.I)
#: "Battlegroup Yug eliminated up to 710 Ukrainian servicepeople": a loss report's word for its
#: foe's losses, when its word for soldiers says so ("eliminated three Hezbollah terrorists" are dead).
_ELIMINATED_BEFORE = lazy_compile(r"\b(?:eliminated|destroyed|neutrali[sz]ed)\s+(?:[\w,-]+\s+){0,4}$", re.I)
_LOSS_REPORT_NOUN = lazy_compile(r"personnel|servicemen|servicepeople|servicemembers|service\s?members|occupiers|occupants", re.I)
_SOLDIERS_NOUN = lazy_compile(r"troops|soldiers", re.I)
_REPORTED_PERIOD = lazy_compile(r"\b(?:since|over\s+(?:the\s+)?(?:past|last|same|previous|preceding)|over\s+the\s+day|in\s+(?:the\s+)?(?:past|last)|per\s+day|a\s+day|"
                              r"in\s+(?:one|a|a\s+single)\s+day|"
                              r"each\s+day|daily|in\s+total|a\s+total\s+of|in\s+all|in\s+\d{4}|so\s+far|to\s+date)\b",
                              re.I)
_WOUNDED_BESIDE = lazy_compile(r"\b(?:wounded|injured|injuries)\b", re.I)
_ENEMY_LOST = lazy_compile(r"\b(?:the\s+)?enemy(?:['’]s)?\s+(?:lost|loses|losses)\b", re.I)
_DEAD_BESIDE = lazy_compile(r"\b(?:dead|deaths|death\s+toll|died)\b", re.I)
_LOST_AFTER = lazy_compile(r"\s*(?:were|was|have\s+been|had\s+been|are|is)\s+lost\b", re.I)
_DEATHS_AFTER = lazy_compile(r"\s+(?:who\s+(?:have\s+|had\s+)?(?:died|were\s+killed)|killed|dead)\b", re.I)   # "soldiers who died"
LOSS_REPORT_MINIMUM = 100


def _reports_losses(sentence: str, amount: Amount, head: Head, before: str) -> bool:
    """Whether "lost N troops" or "eliminated up to 710 servicepeople" is a loss report's tally,
    not a count of the dead (see `_LOST_BEFORE`, `_ELIMINATED_BEFORE`)."""
    if not head.noun or _WOUNDED_BESIDE.search(sentence) or _DEATHS_AFTER.match(sentence, head.end):
        return False
    if _ELIMINATED_BEFORE.search(before):
        return bool(_LOSS_REPORT_NOUN.fullmatch(head.noun))
    return bool(_LOST_BEFORE.search(before)) and _is_loss_tally(sentence, amount, head)


def _is_loss_tally(sentence: str, amount: Amount, head: Head) -> bool:
    """Whether people said to be lost are a loss report's tally: hundreds or more, in the
    reports' words for soldiers or over a reported period, with no count of wounded beside;
    or soldiers listed with the vehicles and guns lost beside them, of any number ("lost up to
    55 troops, 12 motor vehicles and an electronic warfare station")."""
    if not head.noun or _WOUNDED_BESIDE.search(sentence) or _DEAD_BESIDE.search(sentence):
        return False   # … nor "Armenia has put its military dead at 3,825, while Azerbaijan says it lost 2,908 servicemen"
    if _EQUIPMENT_AFTER.match(sentence, head.end) or "esponsibility" in sentence and _BATTLEGROUP_ZONE.search(sentence):
        # … or "lost up to 140 troops in the area of responsibility of the Battlegroup Vostok"
        return bool(_LOSS_REPORT_NOUN.fullmatch(head.noun) or _SOLDIERS_NOUN.fullmatch(head.noun))
    if amount.central < LOSS_REPORT_MINIMUM and not _ENEMY_LOST.search(sentence, 0, amount.hedge_start):
        return False   # … but "the enemy lost up to 90 servicemen over the day": a loss report's own words
    return bool(_LOSS_REPORT_NOUN.fullmatch(head.noun)
                or _SOLDIERS_NOUN.fullmatch(head.noun) and (_REPORTED_PERIOD.search(sentence)
                                                           or _KILLED_SUBSET_AFTER.match(sentence, head.end)))


#: The Russian defence ministry's daily loss report names where each battlegroup fought.
_BATTLEGROUP_ZONE = lazy_compile(r"\b(?:zone|area)\s+of\s+responsibility\b", re.I)
#: "loses about 1,000 troops a day, killed and wounded", "a number that includes killed and wounded":
#: the dead and the wounded together.
_BOTH_HARMS_AFTER = lazy_compile(r"[^.;\d]{0,90}?\b(?:(?:killed|dead)\s*(?:,|and|or|and/or)\s*(?:wounded|injured)|"
                               r"(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead))\b", re.I)
#: "The enemy lost as many as 155 troops, three pickup trucks and an artillery depot": a loss
#: report's list of men and equipment.
_EQUIPMENT_AFTER = lazy_compile(r"[^.;]{0,30}?,\s+(?:[\w-]+\s+){0,5}?(?:tanks?|vehicles?|trucks?|pickups?|artillery|guns?|"
                              r"howitzers?|drones?|depots?|armou?red|mortars?|launchers?|radars?)\b", re.I)


#: "lost about 64,000 troops in the Kursk operation, including 38,000 killed": the dead are a part of the losses.
_KILLED_SUBSET_AFTER = lazy_compile(r"[^.;]{0,80}?,?\s+(?:including|of\s+whom|among\s+them)\s+(?:about\s+|some\s+|"
                                  r"more\s+than\s+|over\s+|nearly\s+)?\d[\d,.]*\s+(?:were\s+)?(?:killed|dead)\b", re.I)


_OWN_PARTICIPLE = lazy_compile(r"^\s+(?:\w+ly\s+)?(\w+)")
_PLAIN_NOUN = lazy_compile(r"[a-z][a-z-]*")

# Pre-checks for the patterns anchored at the end of the text before an amount.  Each of
# `_BASE_BEFORE`, `_SUBSET_BEFORE`, `_LIST_ITEM_BEFORE` and `_COMPLEMENT_BEFORE` ends with a
# word (or "," or ":") from a fixed list and then only whitespace before `$`, so a text it
# matches, folded (see `warclaims.lexicon.fold`) and stripped of trailing whitespace, ends with
# one of these.  Keep the lists in step with the patterns.
_BASE_BEFORE_LAST_WORDS = ("the", "its", "their", "those", "these", "about", "around", "some", "roughly",
                           "approximately", "estimated", "reported", "initial", "original", "total", "than",
                           "over")
_SUBSET_LAST_WORDS = ("including", "them", "whom", "from", "with", "to", "alongside", "as", "besides", "and", ",",
                      "about", "around", "some", "roughly",
                      "nearly", "than", "over")
_LIST_ITEM_LAST = (",", "and")
_COMPLEMENT_LAST_WORDS = ("to", "at", "of", "reached", "exceeded", "exceed", "exceeds", "surpassed", "surpasses",
                          "surpass", "tops", "top", "as", "passes",
                          "passed", "topped", "crossed", "crosses", "approaching", "approached", "approaches",
                          "nears", "neared", "nearing", "by", "reach", "reached", "reaches", "reaching", "was", "is", "were", "are",
                          "totaled", "totalled", "numbered", "numbering", "be", "hit", ":", "from", "about", "around",
                          "some", "roughly", "nearly", "almost", "than", "over", "least", "approximately",
                          "estimated", "averaged", "averaging", "another", "further", "additional", "probably",
                          "record",
                          "likely", "possibly", "already", "now", "still")
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


def subset_before(before: str, tail: str | None = "") -> bool:
    """`_SUBSET_BEFORE.search(before)`, skipped when `before` cannot match (see above)."""
    if tail == "":
        tail = _folded_tail(before)
    return ((_may_end_with(tail, _SUBSET_LAST_WORDS) or before.rstrip()[-1:] in _DASHES)
            and _SUBSET_BEFORE.search(before) is not None)


_DASHES = ("-", "–", "—")


#: A phrase of a metric stands between two `\b` in METRIC_PATTERNS, so its last word is a
#: whole word of any text it is found in (see `warclaims.lexicon.folded_words`).
_METRIC_LAST_WORD_SETS = {metric: None if words is None else frozenset(words)
                          for metric, words in METRIC_LAST_WORDS.items()}
_WORDS = lazy_compile(r"\w+")


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


_PARTITION_LAST_WORDS = ("the", "these", "those", "its", "their")


def _last_words(text: str, reach: int = 80) -> str:
    """The end of `text` from a word start at most `reach` characters back: patterns anchored at
    the end of the text (`$`) need no more, and no word is cut in two."""
    if len(text) <= reach:
        return text
    space = text.find(" ", len(text) - reach)
    return text[space + 1:] if space >= 0 else text


_PARTITION_BASE_BEFORE = lazy_compile(r"(?:^|[,;:])\W*(?:of|out\s+of)\s+(?:the|these|those|its|their)\s+$", re.I)
#: … or a breakdown between dashes or in brackets: "six Azerbaijani citizens — four police officers and two …"
_SUBSET_ASIDE = lazy_compile(r"\s*,\s*(?:including|among\s+them|of\s+whom)\s*|\s*[—–]\s*|\s+-{1,2}\s+|\s*\(\s*", re.I)
#: "125 members of the government's security forces and 148 fighters": a list's items share the verb
#: after the last, past an "of …" phrase naming whose they are.
_COORDINATION = lazy_compile(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
                           r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)")


@per_sentence
def metric_of(sentence: str, amount: Amount, head: Head, next_start: int,
              previous_metric: str | None, metric_in_sentence: str | None = None) -> str | None:
    """Which metric an amount reports, or None when it counts no people (see module doc).

    `metric_in_sentence` is the metric of the sentence's previous claim: a list item with no
    word of its own ("72 Palestinian, four Israelis and three Lebanese") shares it."""
    if _counts_something_else(head) and not _AMONG_THE_DEAD_BEFORE.search(sentence, max(0, amount.hedge_start - 40),
                                                                           amount.hedge_start) \
            or _is_no_count(sentence, amount, head):
        return None
    if _TALLY_OF_UPROOTED_BEFORE.search(sentence, max(0, amount.hedge_start - 60), amount.hedge_start) \
            and _first_metric(_CLAUSE_BREAK.split(sentence[amount.end:next_start], maxsplit=1)[0]) is None:
        # "…, and the number of refugees passed two million": no casualty, whatever the list's verb
        # (but "killed 30 people, including 12 refugees" are dead)
        return None
    if not head.noun and metric_in_sentence and _OF_THE_TOTAL_OPENING.match(sentence, 0, amount.hedge_start) \
            and _first_metric(_CLAUSE_BREAK.split(sentence[amount.end:next_start], maxsplit=1)[0]) is None:
        # "Of the 251 hostages taken into Gaza that day, 50 remain in the enclave" (but "Of the 120 hostages,
        # at least 40 are believed to be dead": its own)
        return metric_in_sentence
    metric = _metric_of_people(sentence, amount, head, next_start, previous_metric, metric_in_sentence)
    if metric and _TAKEN_BEFORE.search(sentence, max(0, amount.hedge_start - 30), amount.hedge_start) \
            and (_PRISONER_AFTER.match(sentence, head.end or amount.end) or _PRISONER_AFTER.fullmatch(f" {head.noun}")):
        return "captured"   # "had taken eight Ukrainian servicemen prisoner"
    if metric == "killed" and head.noun.lower() == "victims" \
            and _TREATED_BEFORE.search(sentence, max(0, amount.hedge_start - 30), amount.hedge_start):
        return "wounded"   # "his staff had treated 16 gunshot victims": the living
    if metric and head.partitive and (own := _OWN_HARM_AFTER.match(sentence, head.end)):
        return "killed" if own.group("killed") else "wounded"   # "…, and 2,701 of them died in captivity"
    if metric == "deployed" and head.noun and (_NEVER_SENT.fullmatch(head.noun)
                                               or head.noun == "workers" and _CIVIL_WORKERS.search(head.modifiers)):
        return None   # "Chad hosts 700,000 Sudanese refugees", "sent 135 rescue workers": no force
    if metric == "deployed" and _SHELTERED_AFTER.match(sentence, head.end or amount.end):
        return None
    if metric == "captured" and _is_police_arrest(sentence, head):
        return None   # "police detained more than 1,500 people for questioning": no one taken in the fighting
    if metric == "captured" and _REMAINS_OF_BEFORE.search(sentence, max(0, amount.hedge_start - 30), amount.hedge_start):
        return "killed"   # "the remains of 2 hostages recovered in Gaza": hostages dead
    if head.noun.lower() == "victims" and (harm := _VICTIMS_OF.match(sentence, head.end)):
        # "27,000 victims of kidnapping", "60,000 victims of forced disappearance"; "8.3 million victims of
        # the conflict, most of them displaced" names no harm
        return next((name for name in ("captured", "missing") if harm.group(name)), None)
    return metric


_PRISONER_AFTER = lazy_compile(r"\s+(?:prisoners?|captives?|hostages?)\b", re.I)
#: The verb of a part's own clause: "2,701 of them died in captivity", "three of them were wounded".
_OWN_HARM_AFTER = lazy_compile(r"\s+(?:(?:later|subsequently|have|had|also)\s+)?(?:(?P<killed>died|were\s+killed|"
                             r"have\s+been\s+killed|had\s+been\s+killed|perished)|were\s+(?:wounded|injured))\b"
                             r"(?!\s*(?:,|or|and|and/or)\s*(?:killed|dead|wounded|injured|missing))", re.I)
_VICTIMS_OF = lazy_compile(r"\s+of\s+(?:(?P<captured>kidnappings?|abductions?|hostage-taking)|"
                         r"(?P<missing>(?:forced|enforced)\s+disappearances?)|(?:the|this|that)\s+(?:conflict|war|violence)\b"
                         r"(?![^.;]{0,40}\b(?:killed|dead|died|deaths)\b))", re.I)


_REMAINS_OF_BEFORE = lazy_compile(r"\b(?:remains|bodies)\s+of\s+(?:the\s+|another\s+|a\s+further\s+)?$", re.I)


#: A tally of people who fled: a casualty only with a metric word of its own.
_TALLY_OF_UPROOTED_BEFORE = lazy_compile(r"\b(?:number|total|tally)\s+of\s+(?:[\w-]+\s+){0,2}?(?:refugees|evacuees|"
                                       r"asylum\s+seekers|displaced|(?:[\w-]+\s+)?(?:freed|released|exchanged|returned))\b"
                                       r"[^.;,\d]{0,30}$", re.I)
_ARRESTED = lazy_compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|detentions?|rounded\s+up)\b", re.I)
#: Arrests by a police force at home: of suspects, protesters and people accused of a crime.
_LAW_ENFORCEMENT = lazy_compile(r"\b(?:police\s+(?:[\w-]+\s+){0,4}?(?:arrested|detained|rounded\s+up)|(?:arrested|detained)\s+by\s+"
                              r"(?:the\s+)?police|protesters|demonstrators|for\s+questioning|accused\s+of|"
                              r"on\s+suspicion|for\s+(?:opposing|protesting|joining|spying|collaborating)|"
                              r"peaceful\s+protests?)\b", re.I)


def _is_police_arrest(sentence: str, head: Head) -> bool:
    """Whether people said to be arrested or detained were taken by a police force at home, not
    in the fighting: by the police, protesters, or people held "for questioning" ("troops
    arrested 203 suspects" took them in the fighting)."""
    if head.noun and (CAPTIVE_NOUN.fullmatch(head.noun) or is_military_noun(head.noun)):
        return False   # "detained 25 soldiers", "hostages": captives of the war
    return bool(_ARRESTED.search(sentence) and _LAW_ENFORCEMENT.search(sentence))


def _metric_of_people(sentence: str, amount: Amount, head: Head, next_start: int,
                      previous_metric: str | None, metric_in_sentence: str | None) -> str | None:
    """`metric_of` for an amount that may count people."""
    if not head.noun:
        carried = _carried_metric(sentence, amount, metric_in_sentence, previous_metric)
        if carried is not None:
            return carried or None
    held, said_of_group = _metric_of_base_noun(sentence[max(0, amount.hedge_start - 120):amount.hedge_start])
    if held and said_of_group:
        return held   # "The 35 hostages confirmed dead include 34 kidnapped …": the group's own word
    metric = _metric_from_words(sentence, amount, head, next_start, previous_metric, metric_in_sentence)
    if held and metric in (None, "deployed"):
        return held   # "of the two dozen living captives, 22 are Israelis"; "Of the 120 hostages, 40 are dead" stays killed
    if metric in (None, "deployed") and previous_metric and previous_metric != "deployed" \
            and _AMONG_PEOPLE_BEFORE.search(sentence, max(0, amount.hedge_start - 60), amount.hedge_start):
        return previous_metric   # "Among the civilians were 31 children and 18 women": a part of the toll before
    if metric is None and not head.noun and _ALIVE_AFTER.match(sentence, amount.end) \
            and _CAPTIVES_BEFORE.search(sentence, max(0, amount.hedge_start - 120), amount.hedge_start):
        return "captured"   # "Of the 50 hostages still in Gaza, Israel believes around 20 are alive"
    if metric_in_sentence and metric in (None, "deployed", "captured") and not _own_metric_word(sentence, amount, next_start) \
            and _LIST_BEFORE.search(sentence[max(0, amount.hedge_start - 80):amount.hedge_start]):
        return metric_in_sentence   # "The toll includes 1,200 volunteers, 900 conscripts and 400 prisoners"
    if metric is None and not head.noun and _IN_PARENTHESES.match(sentence, amount.end) \
            and sentence[:amount.hedge_start].rstrip().endswith("("):
        first = _first_metric(sentence[:amount.hedge_start])   # "confirmed deaths are Perm Krai (3 768)"
        return first[1] if first and first[1] != "deployed" else None
    return metric


_AMONG_PEOPLE_BEFORE = lazy_compile(r"^\W*among\s+(?:the|them|these|those)\s*(?:[\w-]+\s+){0,2}?(?:civilians|people|soldiers|"
                                  r"troops|fighters)?\s*(?:,\s*)?(?:are|were|was|is)?\s+(?:(?:about|around|some|at\s+least|"
                                  r"more\s+than|over|nearly)\s+)?$", re.I)
_ALIVE_AFTER = lazy_compile(r"\s+(?:are|were|is|remain|remained)\s+(?:still\s+)?(?:alive|living)\b", re.I)
_CAPTIVES_BEFORE = lazy_compile(r"\b(?:hostages|captives|prisoners|abductees)\b", re.I)
#: Hedges and "a further" between a cue and its amount, for the look-back patterns below.
_HEDGE_BEFORE = (r"(?:(?:about|around|some|roughly|nearly|almost|approximately|an\s+estimated|perhaps|more\s+than|over|"
                 r"at\s+least|up\s+to|between|fewer\s+than|less\s+than|under|just|as\s+many\s+as|a\s+further|another|"
                 r"an\s+additional)\s+)*")
#: "Among the dead are at least five signatories of the 2016 peace agreement": whatever the noun
#: after it, the amount counts some of the dead.
_AMONG_THE_DEAD_BEFORE = lazy_compile(rf"\bamong\s+the\s+(?:dead|victims|killed|wounded|injured)\s+(?:are|were)\s+"
                                    rf"{_HEDGE_BEFORE}$", re.I)
#: A bare amount that goes on from the one before it: "from about 2,000 to fewer than 1,000",
#: "up from about 300,000" (the same count at another time).
_FROM_TO_BEFORE = lazy_compile(rf"\bfrom\s+{_HEDGE_BEFORE}\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){{0,5}}?"
                             rf"to\s+{_HEDGE_BEFORE}$", re.I)
#: "cutting the number of U.S. troops there to fewer than 1,000 from about 2,000": the first figure before.
_TO_FROM_BEFORE = lazy_compile(rf"\bto\s+{_HEDGE_BEFORE}\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){{0,3}}?"
                             rf"from\s+{_HEDGE_BEFORE}$", re.I)
_FORCE_WORD = lazy_compile(r"\b(?:[Ff]orce|[Cc]ontingent|[Mm]ission|[Aa]rmy)\b")
#: "…, number around 2,500": a force's size, as a verb.
_NUMBER_VERB_BEFORE = lazy_compile(rf"(?<![\w-])(?:number|numbered|numbering)\s+{_HEDGE_BEFORE}$", re.I)
_UP_FROM_BEFORE = lazy_compile(rf"\b(?:up|down)\s+from\s+(?:an\s+average\s+of\s+|the\s+)?{_HEDGE_BEFORE}$", re.I)
#: "…, and fewer than 1,000 are in neighbouring Syria": a bare amount that is somewhere.
_ARE_IN_AFTER = lazy_compile(r"\s+(?:are|were|is|was|remain|remained)\s+(?:(?:already|now|still|currently|also)\s+)?"
                           r"(?:in|inside|on|at|stationed|based|deployed)\b", re.I)
#: "could deploy a further 5,000 under …": a deployment verb right before a bare amount.
_DEPLOY_JUST_BEFORE = lazy_compile(r"\b(?:deploy|deploys|deployed|deploying|send|sends|sent|sending|dispatch|dispatched|"
                                 rf"station|stationed|contribute|contributed|commit|committed)\s+{_HEDGE_BEFORE}$", re.I)
#: "…, with another 2,000 on standby", "and a further 1,000 expected by December": more of a force just named.
_ANOTHER_BEFORE = lazy_compile(r"\b(?:with|and|plus)\s+(?:another|a\s+further|an\s+additional)\s+"
                             r"(?:about\s+|around\s+|some\s+|roughly\s+|up\s+to\s+)?$", re.I)
#: "…, including 1,210 over the past day": a bare part of the count just named.
#: A sentence that opens with the total a bare amount is a part of.
_OF_THE_TOTAL_OPENING = lazy_compile(rf"\W*(?:of|among)\s+(?:the|those|these|its|their)\s+[^,;]{{0,80}}?\d[^,;]{{0,80}},\s*"
                                   rf"(?:only\s+)?{_HEDGE_BEFORE}$", re.I)
_TAKEN_BEFORE = lazy_compile(rf"\b(?:took|taken|take|takes|taking)\s+{_HEDGE_BEFORE}$", re.I)
_TREATED_BEFORE = lazy_compile(rf"\b(?:treated|treating|treats|admitted|received)\s+{_HEDGE_BEFORE}$", re.I)
_INCLUDING_JUST_BEFORE = lazy_compile(rf",\s*(?:including|among\s+them)\s+{_HEDGE_BEFORE}$", re.I)
#: A force's strength named by a noun: "its planned strength of 2,500".
_STRENGTH_OF_BEFORE = lazy_compile(rf"\bstrength\s+of\s+{_HEDGE_BEFORE}$", re.I)
_BARE_NEXT_WORDS = frozenset({"", "under", "to", "in", "into", "more", "by", "for", "from", "troops", "next", "this",
                              "last", "over", "across", "along", "near", "at", "on", "and", "as", "while", "with",
                              "once", "when", "after", "before", "if", "until", "within", "soon"})


def _carried_metric(sentence: str, amount: Amount, metric_in_sentence: str | None,
                    previous_metric: str | None) -> str | None:
    """The metric a bare amount takes from the words around it, "" for none, None when they say
    nothing: the second figure of "from … to …" and of "up from …" is the first one's (none when
    the first was no claim: "3.5 million displaced, up from about 300,000"); one that "is in" a
    place after a deployment is deployed; one right after a deployment verb is deployed."""
    before = sentence[max(0, amount.hedge_start - 120):amount.hedge_start]
    tail = before[-40:]
    if "from" in before and (_UP_FROM_BEFORE.search(tail) or _FROM_TO_BEFORE.search(before) or _TO_FROM_BEFORE.search(before)):
        return metric_in_sentence or ""
    if "deployed" in (metric_in_sentence, previous_metric) and _ARE_IN_AFTER.match(sentence, amount.end):
        return "deployed"
    next_word = sentence[amount.end:amount.end + 20].split(None, 1)
    bare = not next_word or next_word[0].strip(",.;:").lower() in _BARE_NEXT_WORDS
    if metric_in_sentence and bare and ("including" in tail or "among" in tail) and _INCLUDING_JUST_BEFORE.search(tail):
        return metric_in_sentence   # "losses … amounted to about 885,990 personnel, including 1,210 over the past day"
    if metric_in_sentence == "deployed" and ("another" in tail or "further" in tail or "additional" in tail) \
            and _ANOTHER_BEFORE.search(tail):
        return "deployed"   # "3,000 troops were being deployed to Surin, with another 2,000 on standby"
    if bare and (_DEPLOY_JUST_BEFORE.search(tail) or _STRENGTH_OF_BEFORE.search(tail)):
        return "deployed"
    if bare and "number" in tail and _NUMBER_VERB_BEFORE.search(tail) and (_MILITARY_WORD.search(before)
                                                                          or _FORCE_WORD.search(before)):
        return "deployed"   # "Russian paramilitaries, now rebranded as the Africa Corps, number around 2,500 in Mali"
    return None


#: Counts of people that are no claim: ratios ("five soldiers for every Ukrainian"), people
#: displaced, evacuated or affected, deaths prevented or projected ("could die").
_RATIO_AFTER = lazy_compile(r"\s*for\s+(?:every|each)\b|-for-", re.I)   # "a 1,000-for-1,000 prisoner exchange"
#: People displaced, evacuated, freed or otherwise no casualties: "six displaced residents", "146
#: people, including 19 children, were evacuated" (`article`: a part of them is no claim either).
NOT_CASUALTY_WORDS = lazy_compile(whole_words(
    r"displaced|evacuated|evacuees|evacuation|hungry|starving|homeless|stranded|trapped|released|freed|affected|"
    r"sheltering|rescued|fled|fleeing|relocated|returned|exchanged|swapped|registered"), re.I)
_SUBSET_OF_NO_CLAIM = lazy_compile(r"\b(?:displaced|evacuated|evacuees|released|freed|returned|repatriated|exchanged|"
                                 rf"swapped|rescued|fled|affected)\b[^.;]{{0,60}}?\bincluding\s+{_HEDGE_BEFORE}$")
_AVERTED_BEFORE = lazy_compile(r"\b(?:prevent(?:ed|s|ing)?|avert(?:ed|s|ing)?|sav(?:e|ed|es|ing))\s+(?:[\w-]+\s+){0,3}[\"“]?$"
                             r"|\bat\s+risk\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_PROJECTED_AFTER = lazy_compile(r"^\s*(?:[\w-]+\s+){0,5}(?:could|may|might|would|will)\s+(?:\w+\s+)?"
                              r"(?:die|be\s+killed|perish|starve|lose\s+their\s+lives)\b|"
                              # "Had a missile struck …, hundreds could have died": a counterfactual
                              r"^\s*(?:[\w-]+\s+){0,3}(?:could|might|would)\s+have\s+(?:died|been\s+killed|perished)\b", re.I)


#: People released, freed or swapped are no claim ("Israel freed 250 prisoners", "33 hostages
#: were released", "in exchange for some 1,900 prisoners"); "would have seen all 59 hostages
#: released" tells of people still held.
_RELEASED_BEFORE = lazy_compile(r"\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|rescu(?:e|es|ed|ing)|swap(?:s|ped|ping)?|"
                              r"exchang(?:e|es|ed|ing)|(?:swaps?|exchanges?|releases?|return|handover|repatriation)\s+of|"
                              r"(?:brought|bring|brings|bringing)\s+home|"
                              r"repatriat(?:e|es|ed|ing)|in\s+exchange\s+for|in\s+return\s+for)\s+"
                              r"(?:(?:all|the|some|about|around|nearly|another|more\s+than|at\s+least|up\s+to|"
                              r"each|a\s+further|an\s+additional|last|remaining|final|first)\s+)*$", re.I)
_RELEASED_AFTER = lazy_compile(r"(?:\s*,[^,;]{1,60},)?\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|"
                             r"will\s+be|(?:are|is|were|was|due|set|expected)\s+to\s+be|to\s+be|would\s+be|be)\s+(?:\w+\s+)?"
                             r"(?:released|freed|swapped|exchanged|"
                             r"repatriated|returned|handed\s+over|rescued|evacuated)|(?:have\s+|had\s+)?(?:escaped|broke\s+out|fled)|"
                             # "with 307 Ukrainian service members returning home"
                             r"(?:(?:were|are|have\s+been)\s+)?(?:returning|returned|return|came|coming)\s+home)\b",
                             re.I)


#: "246 prisoners returned to each side", "the hostages freed on Monday": captives set free, in a
#: headline's bare participle.
_CAPTIVES_RELEASED_AFTER = lazy_compile(r"\s+(?:released|freed|swapped|exchanged|repatriated|returned|handed\s+over)\b",
                                      re.I)
#: "a plan which would have seen all 59 hostages released": a release that did not happen.
_WOULD_SEE_BEFORE = lazy_compile(r"\b(?:would|will|could|should|may|might|to)\b[^,;]{0,25}\b(?:see|seen|get|have)\b", re.I)
_THE_DEAD = lazy_compile(r"\b(?:bodies|remains|fallen|dead)\b", re.I)


#: "… brought home 146 servicemen in a prisoner exchange", "200 captives were part of the swap":
#: people set free in an exchange.
_IN_AN_EXCHANGE_AFTER = lazy_compile(r"[^.;]{0,60}?\b(?:in|under|as\s+part\s+of|part\s+of)\s+(?:a|an|the|another|its|this|"
                                   r"that)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)\b"
                                   r"(?!\s+of\s+(?:heavy\s+|intense\s+)?(?:fire|gunfire|shots|shelling|artillery|strikes|blows))", re.I)
#: "14,000 babies were at risk of dying", "remain in danger of starving": a risk, not a toll.
_AT_RISK_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|was|remain|remained|remains|being|been)\s+"
                            r"(?:(?:still|now|also)\s+)?(?:at\s+(?:\w+\s+)?risk|in\s+danger)\s+of\b", re.I)
#: "could cost Ukraine tens of thousands of soldiers' lives": lives a course may cost, no toll.
_MAY_COST_BEFORE = lazy_compile(r"\b(?:could|may|might|would|will|can)\s+(?:\w+\s+)?cost\s+(?:[\w'’-]+\s+){0,3}$", re.I)
#: "1,600 people … had been moved to relief camps": people sheltered, no force deployed.
_SHELTERED_AFTER = lazy_compile(r"[^.;]{0,60}?\b(?:moved|taken|relocated|transferred|brought|shifted)\s+(?:to|into)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:camps?|shelters?|safety|safer)\b", re.I)
#: "more than 12 million have been forced from their homes": people uprooted, no casualties.
_UPROOTED_AFTER = lazy_compile(r"\s+(?:(?:have|has|had)\s+been|were|was|are|is|being)\s+(?:forced\s+(?:from|out\s+of|to\s+flee)|"
                             r"driven\s+(?:from|out)|uprooted|displaced|made\s+homeless)\b|"
                             # "has sent more than 32,000 people fleeing their homes"
                             r"\s+(?:fleeing|to\s+flee|running\s+for\s+safety)\b", re.I)
#: "the region, where about 120,000 Armenians live": who lives somewhere.
_LIVE_AFTER = lazy_compile(r"\s+(?:(?:still|now)\s+)?(?:live|lived|living|reside|resided|residing|dwell)\b", re.I)


#: "one of the last functioning clinics": one of some things, no person counted.
_ONE_OF_AFTER = lazy_compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+s)\b",
                             re.I)
_PEOPLE_NOUN = lazy_compile(rf"(?:{PEOPLE_NOUNS})", re.I)


def _is_one_of_some_things(sentence: str, amount: Amount) -> bool:
    if sentence[amount.start:amount.end].lower() != "one":
        return False
    things = _ONE_OF_AFTER.match(sentence, amount.end)
    return things is not None and not _PEOPLE_NOUN.fullmatch(things.group("noun"))


#: A disaster's toll in a sentence that names no fighting: every amount of it is the disaster's.
_DISASTER_WORD = lazy_compile(r"\b(?:earthquake|quake|tremors?|aftershocks?|floods?|flooding|cyclone|typhoon|hurricane|"
                            r"landslides?|tsunami|wildfires?|heatwave|storms?(?=\s+[A-Z])|(?-i:Storm)\s+[A-Z]\w+|"
                            r"(?:collapse|bursting)\s+of\s+(?:the\s+|two\s+)?dams?|dam\s+collapses?)\b", re.I)
_FIGHTING_WORD = lazy_compile(r"\b(?:strikes?|airstrikes?|attacks?|attacked|shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|fighting|"
                            r"clash(?:es)?|war|battle|troops|soldiers|rebels|militants|gunmen|fighters|militia|"
                            r"drones?|missiles?|artillery|raids?)\b", re.I)


def _is_a_disaster_toll(sentence: str) -> bool:
    lowered = sentence.lower()
    if not any(word in lowered for word in _DISASTER_CUES):
        return False
    return bool(_DISASTER_WORD.search(sentence)) and not _FIGHTING_WORD.search(sentence)


#: People interviewed or surveyed, and people charged or tried over a killing, are no casualties.
_ASKED_BEFORE = lazy_compile(r"\b(?:interviewed|surveyed|polled|questioned|spoke\s+(?:to|with))\s+(?:(?:more\s+than|over|about|"
                           r"around|some|at\s+least|nearly)\s+)?$", re.I)
_ACCUSED_AFTER = lazy_compile(r"\s+(?:were|was|have\s+been|had\s+been|are|is|being)\s+(?:later\s+|also\s+)?(?:charged|convicted|"
                            r"sentenced|tried|indicted|accused|prosecuted)\b", re.I)


#: A list of the people freed, opening the sentence: every amount in it counts people released.
_AMONG_THOSE_FREED = lazy_compile(r"\W*(?:among|of)\s+(?:those|the\s+(?:[\w-]+\s+)?(?:people|prisoners|captives|"
                                r"hostages|servicemen|soldiers))\s+(?:returned|released|freed|exchanged|swapped|"
                                r"repatriated|rescued|evacuated|brought\s+(?:back|home))\b", re.I)


def _is_no_count(sentence: str, amount: Amount, head: Head) -> bool:
    head_end = head.end or amount.end
    if _is_one_of_some_things(sentence, amount):
        return True
    if _is_a_disaster_toll(sentence):
        return True   # "the death toll from the 7.7-magnitude earthquake … 3,649, with 5,018 injured and 145 still missing"
    if _ACCUSED_AFTER.match(sentence, head_end) \
            or _ASKED_BEFORE.search(sentence, max(0, amount.hedge_start - 30), amount.hedge_start):
        return True   # "Three soldiers were charged over the killings", "HRW interviewed 23 people"
    if _RATIO_AFTER.match(sentence, head_end) or _UPROOTED_AFTER.match(sentence, head_end):
        return True
    if _AMONG_THOSE_FREED.match(sentence, 0, amount.hedge_start):
        return True   # "Among those returned are 16 National Guard servicemen, 11 border guards and 8 civilians"
    rest = fold(sentence[head_end:])   # pre-checks: each pattern needs one of its words
    if (rest is None or "risk" in rest or "danger" in rest) and _AT_RISK_AFTER.match(sentence, head_end) \
            or (rest is None or "liv" in rest or "resid" in rest or "dwell" in rest) and _LIVE_AFTER.match(sentence, head_end):
        return True
    if ("exchange" in sentence or "swap" in sentence) and _IN_AN_EXCHANGE_AFTER.match(sentence, head_end) \
            and not _THE_DEAD.search(sentence, max(0, amount.hedge_start - 20), head_end):
        return True   # … but "the bodies of 100 fallen servicemen, returned in an exchange" are deaths
    if (_RELEASED_BEFORE.search(sentence, max(0, amount.hedge_start - 60), amount.hedge_start)
            or _RELEASED_AFTER.match(sentence, head_end)
            or head.noun and CAPTIVE_NOUN.fullmatch(head.noun) and _CAPTIVES_RELEASED_AFTER.match(sentence, head_end)
            and not _WOULD_SEE_BEFORE.search(sentence, max(0, amount.hedge_start - 40), amount.hedge_start)) \
            and not _THE_DEAD.search(sentence, max(0, amount.hedge_start - 20), head_end):
        return True   # … but "the bodies of 100 fallen servicemen had been handed over" are deaths
    if NOT_CASUALTY_WORDS.search(head.modifiers):   # unless "six displaced residents were killed"
        predicate = _first_metric(sentence[head_end:head_end + 40])
        if predicate is None or predicate[1] == "deployed":
            return True
    before = sentence[max(0, amount.hedge_start - 60):amount.hedge_start].lower()
    if any(stem in before for stem in _AVERTED_STEMS) and _AVERTED_BEFORE.search(before):
        return True
    if "including" in before and _SUBSET_OF_NO_CLAIM.search(before):
        return True   # "evacuated 1,240 residents, including 310 children": a part of no claim is none
    if before.rstrip().endswith((" of", " to", "about", "around", "some", "than", "over", "nearly", "barely", "just",
                                 "only")) \
            and _POPULATION_OF.search(before):
        return True   # "a city of around two million people": who lives there, not the war's people
    if before.rstrip().endswith(" of") and not head.noun and _PARENT_OF.search(before):
        return True   # "a 34-year-old mother of five": her children, no count of the war's people
    # `before` is in lower case: on ASCII text a pattern can match only where its cues occur
    plain = before.isascii()
    if _FRACTION_AFTER.match(sentence, amount.end) \
            or ((not plain or any(map(before.__contains__, _NOT_SENT_CUES))) and _NOT_SENT_BEFORE.search(before)) \
            or _DISBANDED_AFTER.match(sentence, head_end) \
            or ((not plain or any(map(before.__contains__, _AGE_CUES))) and _AGE_BEFORE.search(before)) \
            or ((not plain or any(map(before.__contains__, _DISASTER_CUES))) and _DISASTER_BEFORE.search(before)):
        # "two thirds of the population", "has trained 16,000 soldiers", "13,000 members demobilised",
        # "those under the age of 25", "the March 28 earthquake, which killed more than 3,700 people"
        return True
    if not head.noun and (not plain or any(map(before.__contains__, _THING_VERB_CUES))) and _THING_VERB_BEFORE.search(before):
        return True   # "sinking two and killing four sailors", "struck more than 150 \"terror targets\""
    if any(modal in before[-60:] for modal in _MODALS) and _PROJECTED_TOLL_BEFORE.search(before):
        return True   # "At current rates, Russian casualties could surpass 1.5 million by mid-2026"
    if "hunger" in sentence or "famine" in sentence or "starvation" in sentence or "malnutrition" in sentence:
        if _FACING_HUNGER_AFTER.match(sentence, head_end):
            return True   # "more than half a million people in Gaza are facing catastrophic hunger"
    if any(verb in before[-50:] for verb in _PROJECTED_VERB_CUES) and _PROJECTED_BEFORE.search(before):
        return True   # "each strike could kill dozens more", "Russia could suffer another 400,000 casualties"
    if "cost" in before[-50:] and _MAY_COST_BEFORE.search(before):
        return True
    if "leave" in before[-40:] and _MAY_LEAVE_DEAD.search(before) and _DEAD_AFTER.match(sentence, amount.end):
        return True
    after = sentence[amount.end:amount.end + 80]
    lowered_after = after.lower()
    return any(modal in lowered_after for modal in _MODALS) and _PROJECTED_AFTER.match(after) is not None


#: A killing or a toll that may come, or was meant, before the amount: no deaths counted ("could
#: kill dozens more", "could suffer another 400,000 casualties", "could cause thousands of deaths").
#: A modal before "have" tells of the past ("may have killed 300"): a claim, and no match here.
_PROJECTED_BEFORE = lazy_compile(r"\b(?:could|may|might|would|will|can|intended\s+to|meant\s+to|threaten(?:s|ed)?\s+to|"
                               r"vow(?:s|ed)?\s+to)\s+(?:(?!have\b)\w+\s+)?(?:kill|die|suffer|sustain|lose|cause|"
                               r"result\s+in)\s+[\"“]?(?:(?:at\s+least|more\s+than|up\s+to|as\s+many\s+as|about|some|"
                               r"another|a\s+further|an\s+additional|tens\s+of|hundreds\s+of)\s+)?$")
#: A toll that may reach a figure: "Russian casualties could surpass 1.5 million".
_PROJECTED_TOLL_BEFORE = lazy_compile(r"\b(?:casualties|deaths|toll|losses|dead|fatalities)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:could|may|might|would|will)\s+(?:(?!have\b)\w+\s+)?(?:surpass|exceed|reach|top|"
                                    r"hit|pass|rise\s+to|climb\s+to|double\s+to)\s+(?:(?:about|around|some|more\s+than|"
                                    r"over|nearly|almost|at\s+least|well\s+over)\s+)?$", re.I)
#: People facing hunger are no casualties, whatever the sentence says of deaths after.
_FACING_HUNGER_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+){0,4}?(?:are|were|is|was|remain)\s+(?:now\s+|still\s+)?"
                                  r"(?:facing|experiencing|suffering|in|on\s+the\s+brink\s+of)\s+(?:from\s+)?"
                                  r"(?:[\w-]+\s+){0,2}?(?:hunger|famine|starvation|malnutrition)\b", re.I)
_PROJECTED_VERB_CUES = ("kill ", "die ", "suffer ", "sustain ", "lose ", "cause ", "result in ")
#: "a renewed offensive could leave thousands dead" (but "will leave about 68,000 American troops in
#: the country" is a force that stays).
_MAY_LEAVE_DEAD = lazy_compile(rf"\b(?:could|may|might|would|will|can)\s+(?:(?!have\b)\w+\s+)?leave\s+"
                             rf"{_HEDGE_BEFORE}(?:(?:tens|hundreds)\s+of\s+)?$")
_DEAD_AFTER = lazy_compile(r"\s+(?:(?:more\s+)?(?:people|civilians|soldiers)\s+)?(?:dead|killed|wounded|injured)\b")


#: … "home to 2 million", but not "the number of U.S. troops in the region to roughly 40,000".
_POPULATION_OF = lazy_compile(r"(?:\b(?:city|town|country|nation|region|province|village|camp|district|enclave|territory|"
                            r"strip|metropolis|capital|population|home)\s+of|\bhome\s+to)\s+(?:(?:about|around|some|roughly|"
                            r"nearly|more\s+than|over|an\s+estimated|barely|just|only|fewer\s+than|less\s+than)\s+)?$")
#: Verbs whose object is a thing: an amount right after one with no noun for people counts things.
_THING_VERB_BEFORE = lazy_compile(r"\b(?:sinking|sank|sunk|struck|striking|hit|hitting|targeted|targeting|destroying|"
                                r"downed|downing|shot\s+down|shooting\s+down|intercepted|intercepting|damaged|damaging|"
                                r"launched|launching|fired|firing)\s+(?:(?:more\s+than|over|about|around|some|at\s+least|"
                                r"nearly|up\s+to|another|an\s+additional|a\s+further)\s+)?$", re.I)
#: The cues of `_THING_VERB_BEFORE`, `_NOT_SENT_BEFORE` and `_DISASTER_BEFORE`: each of their words holds one.
_THING_VERB_CUES = ("sink", "sank", "sunk", "struck", "strik", "hit", "target", "destroy", "down", "intercept", "damag",
                    "launch", "fire", "firing")
_AGE_CUES = ("age", "youngest", "oldest")
_NOT_SENT_CUES = ("train", "graduat", "equipp", "recruit", "hire", "enlist")
_DISASTER_CUES = ("quake", "flood", "cyclone", "storm", "landslide", "tsunami", "hurricane", "typhoon", "wildfire",
                  "heatwave", "cholera", "epidemic")
_TOLL_NOUN_JUST_BEFORE = lazy_compile(r"\b(casualties|losses|deaths|fatalities)\s*[\"'‘“]\s*$", re.I)
_QUOTES_AND_SPACE = ("\"", "'", "‘", "“", " ")
_FATE_BEFORE = lazy_compile(r"\b(?:fate|whereabouts)\s+of\s+$", re.I)
#: … "the median age of those killed is 36; the youngest was 18 and the oldest 71"
_AGE_BEFORE = lazy_compile(r"\b(?:age|ages|aged)\s+(?:of\s+)?(?:under|over|below|above|between)?\s*$|"
                         r"\b(?:median|average|mean)\s+age\b[^.;]{0,60}$|\b(?:youngest|oldest)(?:\s+(?:was|is|being))?\s+$",
                         re.I)
#: Deaths in a natural disaster are no war's.
_DISASTER_BEFORE = lazy_compile(r"\b(?:earthquake|quake|floods?|flooding|cyclone|storm|landslides?|tsunami|hurricane|typhoon|"
                              r"wildfires?|heatwave|cholera|epidemic)\b(?:[^.;]{0,30}|[^.;]{0,70},\s+(?:killing|leaving)\s+(?:more\s+than\s+|over\s+|"
                              r"at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?)$", re.I)
_FRACTION_AFTER = lazy_compile(r"\s*(?:-\s*)?(?:thirds?|quarters?|fifths?|tenths?|halves|percent|per\s+cent|%)(?!\w)", re.I)
#: Soldiers trained, graduated or equipped are no force sent, killed or held.
#: … nor are recruits ("would recruit and train 5,000 new soldiers", "planned to recruit only 10,000").
_NOT_SENT_BEFORE = lazy_compile(r"\b(?:trained|training|trains|train|graduated|equipped|recruit|recruits|recruited|"
                              r"recruiting|hire|hired|enlist|enlisted)\s+(?:(?:more\s+than|over|about|around|"
                              r"some|at\s+least|nearly|another|an\s+additional|only|up\s+to)\s+)?$", re.I)
_DISBANDED_AFTER = lazy_compile(r"\s+(?:(?:have|had|has|were|was)\s+)?(?:demobili[sz]ed|disarmed|reintegrated|disbanded)\b", re.I)
#: People who are never a force sent: civilians, refugees, staff.
_NEVER_SENT = lazy_compile(r"civilians|residents|children|women|villagers|refugees|migrants|patients|students|pilgrims|"
                         r"rescuers|doctors|nurses|medics|"
                         r"staff|employees|passengers|worshippers|protesters|demonstrators|boys|girls|citizens|"
                         r"evacuees|displaced|inmates|detainees|hostages|captives|prisoners|victims|families", re.I)
#: Workers no army sends: "135 rescue workers" (but "5,000 military construction workers" are sent).
_CIVIL_WORKERS = lazy_compile(r"\b(?:rescue|aid|relief|health|medical|humanitarian|emergency)$", re.I)
_PARENT_OF = lazy_compile(r"\b(?:mother|father|parent|grandmother|grandfather|grandparent)\s+of\s*$")
#: Pre-checks: `_AVERTED_BEFORE` needs one of these stems, `_PROJECTED_AFTER` one of these modals.
_AVERTED_STEMS = ("prevent", "avert", "sav", "risk")
_MODALS = ("could", "may", "might", "would", "will")


#: "The hostages include four soldiers", "Among the victims are 50 children", "of the two dozen
#: living captives, 22 are Israelis": the amount is a part of a group the sentence has named,
#: and counts what that group counts.
_BASE_NOUN = (r"hostages|captives|prisoners|detainees|POWs|victims|dead|casualties|deaths|fatalities|killed|"
              r"wounded|injured|toll|martyred|martyrs|slain")
_BASE_NOUN_BEFORE = lazy_compile(
    rf"(?:\bamong\s+(?:the\s+)?(?P<among>(?:[\w-]+\s+){{0,2}}?(?:{_BASE_NOUN}))\s+(?:are|were|was|is)"
    rf"|\b(?P<subject>(?:{_BASE_NOUN})\b[^.;:,]{{0,50}}?)\s+(?:include[sd]?|comprised?|comprises)"
    rf"|\bof\s+(?:the|these|those)\s+(?P<of>(?:[\w-]+\s+){{0,4}}?(?:{_BASE_NOUN}))\s*,)"
    r"\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least)\s+)?$",
    re.I,
)


def _metric_of_base_noun(before: str) -> tuple[str | None, bool]:
    """The metric of a group named before the amount, and whether a word said of the group gave
    it ("hostages confirmed dead") rather than only its noun ("hostages": captured)."""
    lowered = before.lower()
    hinted = any(noun in lowered for noun in _BASE_NOUN_STEMS) and _BASE_NOUN_HINT.search(before)
    match = _BASE_NOUN_BEFORE.search(before) if hinted else None
    if match is None:
        return None, False
    group = match.group("among") or match.group("subject") or match.group("of")
    metric = _last_metric(group)
    if metric and metric != "deployed":
        return metric, not CAPTIVE_NOUN.search(group) or bool(_last_metric(CAPTIVE_NOUN.sub(" ", group)))
    return ("captured" if CAPTIVE_NOUN.search(group) else None), False


_LIST_SEPARATOR = lazy_compile(r",|\band\b|\bor\b")


def _own_metric_word(sentence: str, amount: Amount, next_start: int) -> bool:
    """Whether the amount's own list item holds a metric word ("and wounded 12", "12 were
    hurt"), from the separator before it to the next amount."""
    start = max(0, amount.hedge_start - 60)
    separators = list(_LIST_SEPARATOR.finditer(sentence, start, amount.hedge_start))
    item = sentence[separators[-1].end() if separators else start:next_start]
    found = _first_metric(item)
    return found is not None and found[1] != "deployed"


#: Every noun of `_BASE_NOUN` holds one of these (a pre-check).
_BASE_NOUN_STEMS = ("hostage", "captive", "prisoner", "detainee", "pow", "victim", "dead", "casualt", "death",
                    "fatalit", "killed", "wounded", "injured", "toll", "martyr", "slain")
_BASE_NOUN_HINT = lazy_compile(r"\b(?:among|include[sd]?|comprised?|comprises|of)\b", re.I)
#: An amount after an earlier amount of the same list: "5,000 construction workers and",
#: "Uganda will provide 4,500 soldiers, Ethiopia".
_LIST_BEFORE = lazy_compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))"
    r"(?:\s+[\w'’-]+){0,5}(?:\s+in\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?)?"   # "2,500 US troops in Iraq and"
    # "killed over 22,000 combatants in Gaza as of January, and another 1,600 terrorists"
    r"(?:\s+(?:as\s+of|since|by|until|in|on|last|this)\s+[\w'’-]+){0,2}"
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|:\s*)(?:(?:another|a\s+further|an\s+additional)\s+)?"
    r"(?-i:[A-Z][\w'’.-]*\s+){0,3}$", re.I)
_IN_PARENTHESES = lazy_compile(r"\s*\)")


def _metric_from_words(sentence: str, amount: Amount, head: Head, next_start: int,
                       previous_metric: str | None, metric_in_sentence: str | None = None) -> str | None:
    """The metric the words around an amount give it (see module doc); `metric_in_sentence` is
    that of the sentence's claim before it (a subset's total, when the amount is one)."""
    is_people = bool(head.noun) and not is_metric_noun(head.noun)
    if head.noun and not head.partitive and not is_people and not head.strong:
        if _PART_OF_BEFORE_NOUN.fullmatch(sentence, amount.end, head.start):
            # "three of the wounded had died in hospital": the part's own predicate, else the noun's
            predicate = _first_metric(sentence[head.end:head.end + 30])
            if predicate and predicate[1] != "deployed":
                return predicate[1]
        return _first_metric(sentence[head.start:head.start + 40])[1]
    head_end = head.end or amount.end
    own_passive = (_OWN_PASSIVE_AFTER.match(sentence, head_end)
                   if any(word in sentence[head_end:head_end + 24] for word in _PASSIVE_AUXILIARIES) else None)
    if own_passive and (is_people or not head.noun):
        # "nine soldiers died in the fighting and 14 others were wounded": its own predicate, not the list's verb
        own = _first_metric(sentence[own_passive.start(1):own_passive.start(1) + 30])   # "killed or wounded"
        if own:
            return own[1]
    before = _QUOTE_OPENED_LAST.sub(" ", sentence[max(0, amount.hedge_start - WINDOW):amount.hedge_start])
    if "fate" in before[-30:] or "whereabouts" in before[-40:]:
        if _FATE_BEFORE.search(before):
            return "missing"   # "the fate of some 1,000 others remained unknown"
    if not head.noun and before[-1:] in _QUOTES_AND_SPACE:
        noun = _TOLL_NOUN_JUST_BEFORE.search(before)
        if noun:   # a headline's "Russian casualties 'almost 1 million'": the noun names the figure
            return "casualties" if noun.group(1).lower() in ("casualties", "losses") else "killed"
    tail = _folded_tail(before)
    if is_people and _may_end_with(tail, _COMPLEMENT_LAST_WORDS) and _metrics_in(before[-110:]) \
            and _COMPLEMENT_BEFORE.search(_last_words(before)):
        # "the death toll … now stands at more than 400 people"; "puts total Russian losses, including the
        # wounded, at more than 860,000": the losses, not the aside
        toll = _last_metric(_PART_ASIDE.sub(" ", before[-110:]) if "including" in before else before[-110:])
        if toll == "killed" and _reports_losses(sentence, amount, head, before):
            return "casualties"   # "Russia has lost a total of 818,740 troops since …"
        if toll and toll != "deployed":
            return toll
    if _may_end_with(tail, _BASE_BEFORE_LAST_WORDS) and _BASE_BEFORE.search(before):
        return _base_metric(sentence, amount, head, is_people, next_start)
    if previous_metric and subset_before(before, tail):
        # "…, of whom roughly 3,800 have been killed": the subset's own verb first
        own_clause = _CLAUSE_BREAK.split(sentence[head.end or amount.end:next_start], maxsplit=1)[0]
        own = _first_metric(" ".join(own_clause.split()[:12]))
        if own and own[1] != "deployed":
            return own[1]
        if metric_in_sentence:   # "ten Indian soldiers, including four officers, were held": the total's
            return metric_in_sentence
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
                    if _BOTH_HARMS_AFTER.match(sentence, head.end):
                        return "casualties"
                    if _reports_losses(sentence, amount, head, before):
                        return "casualties"
                if metric == "deployed" and not (is_people or head.strong):
                    continue
                if metric == "captured" and _HOLDING_BEFORE.search(before) and not _held_captive(sentence, amount, head):
                    continue   # "the school was holding 300 students": sheltering, not captives
                return metric
    if not head.noun and _may_end_with(tail, _COMPLEMENT_LAST_WORDS) and _COMPLEMENT_BEFORE.search(_last_words(before)):
        toll = _last_metric(_PART_ASIDE.sub(" ", before[-70:])[-40:] if "including" in before else before[-40:])
        if toll and toll != "deployed":
            return toll   # "Sweida death toll passes 1,000 as ceasefire holds": the toll, not the clause after
    head_end = head.end or amount.end
    # "35 soldiers and 21 rebels were killed": amounts joined by "and" or a comma share the verb
    # … and "Seven people, including two children, were killed": the predicate after the aside
    # … but not "Of the 120 hostages, 40 are dead": a group fronted to be divided shares no verb
    partition_base = _may_end_with(tail, _PARTITION_LAST_WORDS) and _PARTITION_BASE_BEFORE.search(before) is not None
    shares_verb = not partition_base and (_COORDINATION.fullmatch(sentence, head_end, next_start) or (
        is_people and _SUBSET_ASIDE.fullmatch(sentence, head_end, next_start)))
    stop = head_end + WINDOW if shares_verb else next_start
    # "Fourteen South African soldiers serving with MONUSCO and a regional force … were killed": a
    # participle after the noun describes the people; the main verb comes after its phrase
    described = not shares_verb and _PARTICIPLE_RIGHT_AFTER.match(sentence, head_end) is not None
    after = " ".join(sentence[head_end:min(stop, head_end + WINDOW + (60 if described else 0))].split()
                     [:22 if shares_verb or described else 15])
    if head.share_of_base:   # the base's "deployed" describes the base, not the share
        after = METRIC_PATTERNS["deployed"].sub(" ", after)
    if not shares_verb and "includ" in after:
        # "Of the hostages, 50 remain in Gaza, including the bodies of at least 28": the subset's words,
        # not the amount's predicate ("five soldiers, including commanders, killed in Gaza" goes on after it)
        after = _SUBSET_OPENS.split(_CLOSED_SUBSET_ASIDE.sub("", after), maxsplit=1)[0]
    coordinated = stop != next_start
    # "has surpassed 4,047, with most casualties recorded since …": a clause after a bare amount is not its predicate
    predicate = None if after[:1] in ",;" and not coordinated and not head.noun else _main_predicate(after, is_people)
    if predicate == "killed" and _LOST_AFTER.match(after) and _is_loss_tally(sentence, amount, head):
        return "casualties"   # "1,090 Russian troops were lost over the past day"
    if predicate and (predicate != "deployed" or is_people or head.strong
                      or not head.noun and previous_metric == "deployed"   # "… and another 1,800 would arrive"
                      and not sentence.startswith(" of ", head_end)):   # … not "one of Russia's main allies"
        return predicate
    if head.partitive or _PARTITIVE_START.match(before):
        return previous_metric
    if _may_end_with(tail, _COMPLEMENT_LAST_WORDS) and _FIGURE_WORD.search(before[-60:]) \
            and _COMPLEMENT_BEFORE.search(_last_words(before)) and not _last_metric(before):
        if _NUMBER_OF_FORCES.search(before) or (_THEIR_NUMBER.search(before[-60:]) and _MILITARY_WORD.search(before)):
            # "increase the number of its forces at high readiness to 300,000"; "North Korean forces are
            # still present in Kursk, Kivistik said, estimating their number at between 8,000 and 10,000"
            return "deployed"
        return previous_metric   # "The previous figure given by the ministry was 1,730 soldiers"
    if not head.noun and _may_end_with(tail, _COMPLEMENT_LAST_WORDS) and _COMPLEMENT_BEFORE.search(before):
        backward = _last_metric(before)
        if backward:
            return backward
        if PRESENCE_PATTERN.search(before) and _MILITARY_WORD.search(_around(sentence, amount)):
            return "deployed"
    military = head.strong or bool(head.noun and is_military_noun(head.noun))
    around = _around(sentence, amount) if military else ""
    if military and (PRESENCE_PATTERN.search(around) or METRIC_PATTERNS["deployed"].search(around)):
        return "deployed"
    if (military or not head.noun and previous_metric == "deployed") and _STRENGTH_BEFORE.search(_last_words(before)):
        # "al-Shabaab has between 7,000 and 12,000 fighters": a force's strength; "…, while the 33rd Front has around 800"
        return "deployed"
    if is_people and head.modifiers:   # "and 251 taken hostage": the metric stands inside the phrase
        inside = _first_metric(f"{head.modifiers} {head.noun}")
        if inside and inside[1] != "deployed":
            return inside[1]
    if head.noun and CAPTIVE_NOUN.fullmatch(head.noun):
        return "captured"
    return None


_PART_OF_BEFORE_NOUN = lazy_compile(r"\s+of\s+(?:the|those|these|them)\s+", re.I)
_PART_ASIDE = lazy_compile(r",\s*including\s+(?:the\s+)?(?:wounded|injured|dead|killed|missing)\s*,", re.I)
#: "14 others were wounded", "12 more had been killed": a passive predicate right after the amount
#: (which holds one of `_PASSIVE_AUXILIARIES`).
_PASSIVE_AUXILIARIES = (" were ", " was ", " been ", " are ")
_OWN_PASSIVE_AFTER = lazy_compile(r"\s+(?:(?:others|more)\s+)?(?:were|was|have\s+been|had\s+been|are)\s+"
                                r"(?:also\s+|later\s+|reportedly\s+|seriously\s+|critically\s+|lightly\s+)?"
                                r"(wounded|injured|hurt|killed|captured|abducted|kidnapped|missing)\b", re.I)
#: A force's strength: what it has, fields or numbers, right before the amount.
_STRENGTH_BEFORE = lazy_compile(r"\b(?:has|have|had|fields|fielded|field|musters|mustered|commands|boasts|numbers|"
                              r"counts?|comprises|strength\s+(?:(?:peaked|stood|stands|was|is)\s+)?(?:of|at)|"
                              # "a special security division of over 15,000 troops": a formation's size
                              r"(?:division|brigade|battalion|regiment|contingent|force|corps|unit)\s+of|(?:expanded|grown|swelled|shrunk|shrank)\s+"
                              rf"(?:from|to))\s+{_HEDGE_BEFORE}$", re.I)
_NUMBER_OF_FORCES = lazy_compile(rf"\b(?:number|size)\s+of\s+(?:its|their|the|our)?\s*(?:[\w.-]+\s+){{0,2}}?"
                               rf"(?:{MILITARY_NOUNS})\b", re.I)
_FIGURE_WORD = lazy_compile(r"\b(?:figure|number|total|tally|count)\b", re.I)
_THEIR_NUMBER = lazy_compile(r"\b(?:their|its)\s+(?:number|numbers|strength|size)\b", re.I)
_RELATIVE_AFTER = lazy_compile(r",\s*(?:[\w-]+\s+){0,3}(?:of\s+whom|of\s+which)\b|,\s*which\s", re.I)
#: A relative clause of an event: its verb tells the event's toll, not the amount's predicate.
_EVENT_RELATIVE = lazy_compile(r"\b(?:war|conflict|attack|strike|fighting|offensive|battle|clashes|bombing|violence|"
                             r"insurgency|uprising|massacre|genocide|siege)\s+(?:that|which)\b", re.I)
_AUXILIARY = lazy_compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|to)\b", re.I)


_NONE_HARMED = lazy_compile(r"\bno\s+(?:[\w-]+\s+)?(?:casualties|deaths|fatalities|injuries|losses)\b", re.I)


def _main_predicate(after: str, is_people: bool) -> str | None:
    """The metric of the predicate after an amount.  A participle right after the noun
    ("300 marines sent to the port were killed") describes the people; the main verb after it
    says what the sentence reports of them."""
    relative = _RELATIVE_AFTER.search(after)   # "120 hostages remain, a third of whom are dead"
    after = after[:relative.start()] if relative else after
    after = after.split(";", 1)[0]   # "The base hosts 10,000 US personnel; no casualties were reported"
    after = _NONE_HARMED.sub(" ", after) if "no " in after else after   # "…, which hosts some 10,000 US troops, causing no casualties"
    event = _EVENT_RELATIVE.search(after)   # "2,500 soldiers intervened … in a civil war that killed 400,000"
    after = after[:event.start()] if event else after
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


#: Words after an amount that name nothing counted ("a further 5,000 under an agreement", "40,000 today").
_NOT_A_NOUN = frozenset({"under", "today", "now", "there", "here", "yesterday", "across", "along", "near", "inside",
                         "outside", "again", "already", "then", "this", "next", "last", "overnight", "tonight",
                         "earlier", "later", "since", "so", "over", "during", "within", "after", "before", "alone",
                         "once", "when", "if", "until", "soon",
                         "each",
                         # verbs of what befell people: "another 20 sustained light injuries"
                         "sustained", "suffered", "received", "incurred",
                         # … or of where they are: "Of the hostages, 50 remain in Gaza"
                         "remain", "remained", "remains", "stay", "stayed"})


#: "another 1,000 expected to arrive", "1,500 due by March": people still to come, not things.
_FUTURE_WORDS = frozenset({"expected", "due", "set", "scheduled", "slated", "planned"})
#: Metric verbs that are nouns right after an amount: "two field artillery guns" are guns.
_METRIC_VERB_NOUNS = frozenset({"field"})


def _counts_something_else(head: Head) -> bool:
    """'40 missiles', '100 drones': a plain noun right after the amount that is no person."""
    word = head.next_word
    if head.noun or not word or not word.islower() or word in STOP_WORDS or word in MORE_WORDS:
        return False
    if word.endswith("ly") or _first_metric(word) and word not in _METRIC_VERB_NOUNS \
            or word in ("of", "others", "more", "taken", "held", "mark") or word in _NOT_A_NOUN \
            or word in _FUTURE_WORDS:
        return False
    return bool(_PLAIN_NOUN.fullmatch(word))
