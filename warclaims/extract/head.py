"""The counted noun: what an amount counts (`find_head`), as a `Head`.

The first rule that applies wins:

1. a noun for military people named before the amount with a cue ("troops numbering about
   3,000", "forces estimated at 10,000");
2. a size glued to the amount: "a 3,000-strong force", "a 3,000-man contingent" (`strong`);
3. a partitive: "nine of them", "of whom" (`partitive`); "…tanks, 624 of which": what the
   noun before counts (`next_word`);
4. a metric noun or a noun for people within five words after the amount, past "of its/the …"
   and modifiers: "600 North Korean soldiers", "3 of the 12 people", "20 of its fighters"
   (`own`), "4,000 of the 11,000 soldiers" (`share_of_base`); a stop word or a digit ends the
   search;
5. else no head noun: the first plain word after the amount is kept (`next_word`: "40
   missiles", "20 U.S. drones", "dozens of towns"), for the metric to tell a count of things.

Also here: which head nouns are metric nouns ("casualties", "dead"), military ("troops") or
captives ("hostages"), and `WINDOW`, how far every rule looks from an amount.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warclaims.countries import aliases
from warclaims.lexicon import MILITARY_NOUNS, PEOPLE_NOUNS, fold
from warclaims.numbers import Amount, find_numbers
from warclaims.sentence_cache import per_sentence
from warclaims.patterns import lazy_compile

#: How far before an amount the rules look (characters).  Bounding every look-back keeps the
#: extractor linear in the length of a sentence, however long and odd it is.
WINDOW = 300


_METRIC_NOUNS = (r"casualties|dead|deaths|fatalities|wounded|injured|killed|missing|captured|injuries|lives|"
                 r"victims|martyrs|bodies|killings")
#: People who are held: their count is `captured` unless a verb says what befell them
#: ("53 Ukrainian POWs died" is killed).
CAPTIVE_NOUN = lazy_compile(r"POWs|prisoners(?:\s+of\s+war)?|hostages|captives|detainees|inmates", re.I)
#: … not the first part of a compound ("48 troop-contributing countries").
_HEAD_PATTERN = lazy_compile(rf"(?:{_METRIC_NOUNS}|{PEOPLE_NOUNS})\b(?!-)", re.I)
#: "of whom 1,130 were civilians": a part of people named before, and what it is.
_OF_WHOM_BEFORE = lazy_compile(r"\bof\s+(?:whom|them)\s+$", re.I)
_WERE_NOUN = lazy_compile(rf"\s+(?:were|are)\s+({PEOPLE_NOUNS})\b", re.I)
#: "wounded civilians", "dead civilians": the people after a metric word used as an adjective.
_CIVILIANS_AFTER_METRIC_WORD = lazy_compile(r" (civilians)\b")
#: "bring the American force in Iraq to about 153,000 from roughly 132,000", "the force numbered
#: about 5,800", "take the US presence in the country to about 100,000": a force's size, no noun after it.
_FORCE_SIZE_BEFORE = lazy_compile(
    r"\b(?:force|contingent|presence|garrison|(?:troop|force)\s+(?:levels?|numbers))"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[a-z]+)?)?"
    # "U.S. force levels in Europe would remain between …", "the French contingent has been cut from 370 to …"
    r"(?:\s+(?:would|will|could|has|have|had)(?:\s+(?:already|now|since))?(?:\s+been)?)?"
    r"\s+(?:(?:to|at)|numbered|numbering|totall?ing|stood\s+at|remain(?:s|ed)?(?:\s+at)?|"
    r"(?:cut|reduced|trimmed|increased|raised|boosted|halved)\s+(?:from|to)|"
    r"(?:to|at)\s+(?:about\s+|around\s+|some\s+)?[\d,.]+\s+from)"
    r"(?:\s+(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to))?\s*$", re.I)
_NO_NOUN_AFTER = lazy_compile(r"\s*(?:[,.;:)]|$|(?:from|to|now|today|in|at|by|and|or|as|when|under|last|this)\b)", re.I)
_NOUN_BEFORE = lazy_compile(
    rf"(?P<mods>(?:[A-Z][\w.'’-]*\s+){{0,3}})(?P<noun>{MILITARY_NOUNS})\s*,?\s*(?:estimated\s+at|numbering|"
    r"totall?ing|put\s+at|thought\s+to\s+number|said\s+to\s+number|(?:now\s+)?number(?:s|ed)?)"
    r"(?:\s+(?:about|around|some|roughly|up\s+to|"
    r"more\s+than|over|at\s+least|nearly))?\s*$",
    re.I,
)
#: "the number of soldiers killed in the ground offensive … to 449", "the toll of civilians killed
#: … stands at 1,200": the tally's people are what the bare amount after it counts.
_TALLY_OF_NOUN_BEFORE = lazy_compile(
    rf"\b(?:number|toll|total|tally)\s+of\s+(?P<mods>(?:[\w'’.-]+\s+){{0,2}}?)(?P<noun>{PEOPLE_NOUNS}|(?-i:[A-Z][a-z]+s))\b"
    # … past a date ("since 7 October 2023", "since October 7, 2023"), not past another amount
    r"(?:[^.;:\d]|\b(?:19|20)\d\d\b|\b\d{1,2}(?=,?\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)){0,100}?"
    r"\s+(?:to|at|reached|(?:is|was|stands|stood)(?:\s+at)?)(?:\s+(?:about|around|some|roughly|more\s+than|over|"
    r"at\s+least|nearly|almost))?\s*$", re.I)
_TALLY_WORDS = ("number of", "toll of", "total of", "tally of")
_PARTITIVE_PATTERN = lazy_compile(r"of\s+(?:them|those|whom|these)\b", re.I)
_OF_WHICH = lazy_compile(r"of\s+which\b", re.I)
#: The noun a "…, 624 of which" goes back to: the last word before the comma.
_ANTECEDENT = lazy_compile(r"([A-Za-z][\w-]*)\s*,\s*$")
STOP_WORDS = {
    "have", "has", "had", "are", "were", "was", "is", "be", "been", "being", "will", "would",
    "could", "may", "might", "should", "to", "in", "at", "on", "for", "from", "by", "with",
    "and", "or", "but", "that", "who", "which", "as", "into", "than", "including", "per",
    "a", "an", "also", "reportedly", "each", "every", "since", "after", "before", "during",
    "while", "if", "when", "where", "this", "these", "those", "it", "they", "he", "she", "we",
    "near", "around", "across", "inside", "outside", "along", "among", "between", "against", "throughout",
}
MORE_WORDS = {"more", "additional", "extra", "further", "fresh", "new"}
#: Plural names of military formations: "seven new battalions of the border police" counts
#: battalions, not the police in them.
FORMATION_NOUNS = {"battalions", "brigades", "divisions", "regiments", "companies", "platoons", "squadrons",
                   "units", "corps", "battlegroups", "detachments"}


@dataclass(frozen=True)
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
_NOUN_BEFORE_LAST_WORDS = ("at", "numbering", "totaling", "totalling", "number", "numbers", "numbered",
                           "about", "around", "some", "roughly", "to", "than", "over", "least", "nearly")
_NOUN_BEFORE_CUES = ("estimated", "number", "total", "put")
#: … not a body's size: "a seven-member independent committee".
_GLUED_HEAD = lazy_compile(r"-(?:strong|man|soldier|troop)\b|-member\b(?!(?:\s+[A-Za-z-]+){0,2}\s+(?i:committee|council|panel|board|"
                         r"commission|delegation|family|jury|cabinet|parliament|assembly|team|body|group)\b)")
_OWNER_OF = lazy_compile(r"\s*(?:of\s+(?P<owner>its|their|the|his|her|our)\s+(?P<base>(?:(?:about|around|some|"
                       r"roughly|nearly|approximately|estimated|initial|original)\s+)*\d[\d,]*\s+)?|of\s+)?")
#: A word between the amount and its noun, maybe in quotes ('312 "extremist" Fano members').
_MODIFIER_WORD = lazy_compile(r"[\"“‘]?[\w.'’-]+(?:/[\w.'’-]+)*[\"”]?")   # "PKK/YPG terrorists": names joined by a slash
#: One lower-case modifier, or a name of one or two words, then a noun for people: "… and military
#: officials", "11,500 army and National Guard personnel".
_HEAD_AFTER_MODIFIER = lazy_compile(rf"\s+(?:[a-z][\w-]*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:{_METRIC_NOUNS}|{PEOPLE_NOUNS})\b")
_FIRST_WORD = lazy_compile(r"\s*([A-Za-z][\w'’-]*)")
_HAS_DIGIT = lazy_compile(r"\d")
#: … "14 of Rakhine's 17 townships": townships.
_COUNTED_AFTER_OF = lazy_compile(r"\s*of\s+(?:(?:the|its|their|these|those)\s+|[A-Z][\w-]*['’]s\s+)?(?:\d[\d,]*\s+)?"
                                r"([a-z][a-z-]*)\b")


def _noun_before(before: str) -> re.Match[str] | None:
    """`_NOUN_BEFORE.search(before)`, skipped when the text cannot match (see above)."""
    lowered = fold(before)
    if lowered is not None:
        tail = lowered.rstrip()
        if not tail.endswith(_NOUN_BEFORE_LAST_WORDS) or not any(cue in tail for cue in _NOUN_BEFORE_CUES):
            return None
    return _NOUN_BEFORE.search(before)


#: A noun for people that names a thing with the noun after it: "117 armored personnel carriers",
#: "five Indian fighter jets", "12 police stations".
_THING_AFTER = lazy_compile(r"(?<=personnel)\s+(carriers?)\b|\s+(jets?|planes?|aircraft|bombers?|helicopters?|drones?|"
                          r"vehicles?|trucks?|ships?|boats?|stations?|posts?|bases?|checkpoints?|barracks|convoys?)\b",
                          re.I)
#: Plural nouns for things or events, never a modifier of a noun for people: "23 attacks
#: targeting Israeli forces" counts attacks.
THING_PLURALS = frozenset({"attacks", "strikes", "airstrikes", "raids", "operations", "missiles", "rockets", "drones",
                           "shells", "targets", "incidents", "assaults", "ambushes", "clashes", "violations", "sorties",
                           "flights", "bombings", "explosions", "shootings", "missions", "countries", "nations",
                           # places and craft: "fighting around the two sites killed 322", "two vessels sank"
                           "sites", "vessels", "ships", "boats", "villages", "towns", "cities", "bases", "positions",
                           "districts", "provinces", "regions", "buildings", "hospitals", "schools", "camps"})
#: A quotation closed right after the amount: the counted noun may follow it.
_CLOSING_QUOTE = lazy_compile(r"[\"”’]")


def _may_name_a_force(before: str) -> bool:
    """False only when `_FORCE_SIZE_BEFORE` cannot match: ASCII text (where re.IGNORECASE folds
    ASCII letters alone) holding none of its nouns."""
    if not before.isascii():
        return True
    lowered = before.lower()
    return any(noun in lowered for noun in _FORCE_NOUNS)


_FORCE_NOUNS = ("force", "contingent", "presence", "garrison", "troop")


def _counted_things_before(sentence: str, amount: Amount) -> str:
    """What the amount before "N of them" counts when that is things, not people ("164 combat
    clashes …, 61 of them"), else ""."""
    before = [a for a in find_numbers(sentence) if a.end <= amount.hedge_start]
    if not before:
        return ""
    antecedent = find_head(sentence, before[-1])
    things = antecedent.next_word
    counts_things = not (antecedent.noun or antecedent.partitive or antecedent.strong) and things.endswith("s") \
        and things not in STOP_WORDS   # a plural noun ("hospitals"), not "killed 38 overnight"
    return things if counts_things else ""


_POSTFIX_QUALIFIER = lazy_compile(r"\s+or\s+(?:so|more|fewer|less)\b", re.I)


@per_sentence
def find_head(sentence: str, amount: Amount) -> Head:
    """'600 North Korean soldiers' → soldiers; 'thousands of troops' → troops; '9 of them'."""
    quoted = _CLOSING_QUOTE.match(sentence, amount.end)   # 'killed "more than 1,000" North Korean soldiers'
    end = quoted.end() if quoted else amount.end
    if sentence[end:end + 1] == "+":   # "100+ terrorists"
        end += 1
    elif sentence.startswith(" or ", end):
        postfix = _POSTFIX_QUALIFIER.match(sentence, end)   # "its last 60 or so troops", "100 or more soldiers"
        end = postfix.end() if postfix else end
    rest = sentence[end:end + WINDOW]
    before = sentence[max(0, amount.hedge_start - 120):amount.hedge_start]
    named = _noun_before(before)
    if named is None and any(words in before.lower() for words in _TALLY_WORDS):
        named = _TALLY_OF_NOUN_BEFORE.search(before)
        if named and named.group("noun")[:1].isupper() and not (_HEAD_PATTERN.fullmatch(named.group("noun"))
                                                                 or _is_nationals(named.group("noun"))):
            named = None   # "the number of Cambodians killed … to 13" counts people; "the number of Fridays" does not
    if named:
        offset = max(0, amount.hedge_start - 120)
        return Head(named.group("noun"), offset + named.start("noun"), offset + named.end("noun"),
                    named.group("mods") or "")
    glued = _GLUED_HEAD.match(rest)
    if glued:   # "a 3,000-strong force", "a 3,000-man contingent": a force's size
        return Head("strong", end, end + glued.end(), "", strong=True)
    if _NO_NOUN_AFTER.match(rest) and _may_name_a_force(before) and _FORCE_SIZE_BEFORE.search(before):
        return Head("strong", end, end, "", strong=True)   # "bring the American force in Iraq to about 153,000"
    stripped = rest.lstrip()
    partitive = _PARTITIVE_PATTERN.match(stripped)
    if partitive:
        things = _counted_things_before(sentence, amount)
        if things:   # "40 hospitals were damaged, eight of them …": the eight are hospitals
            return Head(next_word=things)
        offset = end + len(rest) - len(stripped)
        return Head(partitive.group(), offset, offset + partitive.end(), "", partitive=True)
    complement = _WERE_NOUN.match(rest) if _OF_WHOM_BEFORE.search(before) else None
    if complement:   # "3,250 people, of whom 1,130 were civilians": civilians
        return Head(complement.group(1), end + complement.start(1), end + complement.end(1), "")
    which = _OF_WHICH.match(stripped) and _ANTECEDENT.search(sentence, max(0, amount.hedge_start - 60), amount.hedge_start)
    if which and not _HEAD_PATTERN.fullmatch(which.group(1)):
        return Head(next_word=which.group(1).lower())   # "1,000 tanks, 624 of which": tanks are counted
    position, modifiers, own, share_of_base = 0, [], False, False
    words, joined = 0, False
    while words < 5:
        words += 1
        # `rest[position:]` is matched in place: neither pattern looks behind its start.
        match = _OWNER_OF.match(rest, position)   # "3 of the 12 people": the 3 are people too
        share_of_base = share_of_base or bool(match and match.group("base"))
        own = own or bool(match and (match.group("owner") or "").lower() in ("its", "their", "our", "his", "her"))
        position = match.end() if match else position
        head = _HEAD_PATTERN.match(rest, position)
        if head and rest[head.end():head.end() + 1] == " ":
            # "700,000 Sudanese refugees": refugees are counted; "military and police peacekeepers": peacekeepers
            noun = _HEAD_PATTERN.match(rest, head.end() + 1)
            if noun and noun.group()[:1].islower() and not is_metric_noun(noun.group()) \
                    and (head.group()[:1].isupper() or not is_metric_noun(head.group())):
                modifiers.append(head.group())
                head = noun
        thing = _THING_AFTER.match(rest, head.end()) if head else None
        if thing:   # "117 armored personnel carriers", "five fighter jets" are vehicles
            return Head(next_word=(thing.group(1) or thing.group(2)).lower())
        civilians = _CIVILIANS_AFTER_METRIC_WORD.match(rest, head.end()) if head and is_metric_noun(head.group()) else None
        if civilians:   # "2,000 wounded civilians": civilians, wounded
            return Head(civilians.group(1), end + civilians.start(1), end + civilians.end(1), head.group(),
                        own=own, share_of_base=share_of_base)
        if head:
            return Head(head.group(), end + head.start(), end + head.end(),
                        " ".join(modifiers), own=own, share_of_base=share_of_base)
        word = _MODIFIER_WORD.match(rest, position)
        if word and word.group() == "and" and not joined and modifiers and _HEAD_AFTER_MODIFIER.match(rest, word.end()):
            position, joined = word.end(), True   # "30 senior Iranian security and military officials"
            words -= 1
            continue
        acronym = len(word.group()) > 1 and word.group().isupper() if word else False   # "9,000 suspected IS fighters"
        if not word or not acronym and word.group().lower().strip(".") in STOP_WORDS or _HAS_DIGIT.search(word.group()):
            break
        plain = word.group().rstrip(".")   # "… to more than 20 UN missions."
        if (plain.lower() in FORMATION_NOUNS or plain in THING_PLURALS) and not plain[:1].isupper():   # not "Frontier Corps troops"
            return Head(next_word=plain.lower())
        if modifiers and word.group()[:1].isupper() and _is_nationals(word.group()):   # "200 ethnic Armenians"
            return Head(word.group(), end + word.start(), end + word.end(), " ".join(modifiers), own=own)
        modifiers.append(word.group())
        position = word.end()
    first = _FIRST_WORD.match(rest)
    word = first.group(1) if first else ""
    if word[:1].isupper() and _is_nationals(word):   # "three Malawians and one Uruguayan peacekeeper"
        return Head(word, end + first.start(1), end + first.end(1), "")
    if word[:1].isupper():   # "20 U.S. drones": the first plain word after the names is what is counted
        word = next((m for m in modifiers if m.islower()), word)
    if word == "of":   # "dozens of towns": what follows "of" is what is counted
        counted = _COUNTED_AFTER_OF.match(rest)
        word = counted.group(1) if counted else word
    return Head(next_word=word)


@lru_cache(maxsize=1024)
def _is_nationals(word: str) -> bool:
    """'Malawians', 'Nepalis': a plural demonym the actor table knows, which counts people."""
    alias = aliases().get(word.lower())
    return alias is not None and alias.kind == "demonym_plural"


MILITARY_NOUN_WORD = lazy_compile(MILITARY_NOUNS, re.I)
_METRIC_NOUN_WORD = lazy_compile(_METRIC_NOUNS, re.I)


@lru_cache(maxsize=1024)
def is_metric_noun(noun: str) -> bool:
    """Whether a head noun is itself a metric: "casualties", "dead", "wounded", "victims"."""
    return bool(_METRIC_NOUN_WORD.fullmatch(noun))


@lru_cache(maxsize=1024)
def is_military_noun(noun: str) -> bool:
    """Whether a head noun names military people: "soldiers", "troops", "fighters"."""
    return bool(MILITARY_NOUN_WORD.fullmatch(noun))
