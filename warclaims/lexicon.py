"""Words the extractor recognises: places and actors with their country codes, nouns for
people, and the cue words of each metric.  Extending coverage to a new war mostly means
adding rows here, not rules elsewhere."""
from __future__ import annotations

import re
from functools import lru_cache

from warclaims.countries import actors, aliases
from warclaims.patterns import lazy_compile

# --- Fast pre-checks ------------------------------------------------------------------------------
#
# The rules below are case-insensitive regular expressions whose letters are all ASCII.  Under
# re.IGNORECASE an ASCII letter matches its two ASCII cases and, besides, exactly four other
# characters: "İ" (U+0130), "ı" (U+0131), "ſ" (U+017F) and the Kelvin sign (U+212A) -- checked
# over every code point.  For a text without those four, `str.lower()` keeps every offset (only
# "İ" lowers to two characters) and keeps `\w`, `\s`, `\d` and so `\b` at every position (also
# checked over every code point), so such a pattern matches the text at a span exactly when the
# pattern written in lower case matches `text.lower()` case-sensitively at that span.  Cheap
# pre-checks (substrings, word sets) on the lowered text are therefore sound for those texts;
# `fold` returns None for the others, and callers then run the full patterns.

_WORD_RUNS = lazy_compile(r"\w+")


def fold(text: str) -> str | None:
    """`text.lower()` when case-insensitive ASCII patterns see it exactly as its lower case
    (see above), else None."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text):
        return text.lower()   # (four substring tests run several times faster than a class search)
    return None


@lru_cache(maxsize=256)
def folded_words(text: str) -> tuple[str, frozenset[str]] | None:
    """`fold(text)` and the set of its maximal runs of word characters (`\\w+`), or None when
    `text` cannot be folded.  A case-insensitive ASCII pattern that needs a word standing
    alone (`\\b` or a non-word character on both sides) cannot match when the word is missing
    from this set.  Cached: several rules look at the same sentence."""
    lowered = fold(text)
    return None if lowered is None else (lowered, frozenset(_WORD_RUNS.findall(lowered)))


#: Names, demonyms, capitals, forces, ministries, leaders, institutions and armed groups → the
#: annotation guide's code (two letters for a country, a lower-case word for a group): pycountry's
#: country names and the hand-kept warclaims/data/actor_aliases.csv (see warclaims.countries).
ACTORS: dict[str, tuple[str, ...]] = actors()

_ACTOR_LOOKUP = {name.lower(): code for code, names in ACTORS.items() for name in names}
#: Aliases matched only as written: acronyms (all capitals, at most four letters: "US", "NIS",
#: "M23", "MI6"), names that are also a first name, and leaders' names, which may be ordinary
#: words in lower case ("Bush" and "the bush", "Gallant" and "gallant").
_CASE_SENSITIVE = {name for names in ACTORS.values() for name in names
                   if name.isupper() and sum(c.isalpha() for c in name) <= 4} | {"Kim", "Austin", "Xi"} \
    | {row.alias for row in aliases().values() if row.kind == "leader"}
_CANONICAL = {name.lower(): name for name in _CASE_SENSITIVE}


#: The characters beyond ASCII that words of `word_alternation` may hold (actors' names: "Côte
#: d'Ivoire", "Türkiye", "Malé", the typographic apostrophe of "N’Djamena").  Under re.IGNORECASE
#: each matches only itself and its upper case, which lowers to it, so `fold` stays sound for
#: patterns holding them (checked over every code point in tests/test_countries.py).
PLAIN_CASE_LETTERS = "áãéíóôüăğș\u2019"


def word_alternation(words: list[str]) -> str:
    """A regex matching the same words as `word1|word2|…` sorted longest first, written as a
    tree of shared prefixes, which the regex engine tries far faster.

    At each node the longer continuation is tried before stopping (a greedy `?`), and the
    children start with different characters that no text character matches two of (the
    words are lower-case ASCII and `PLAIN_CASE_LETTERS`, and case-insensitive matching pairs an
    ASCII letter only with its other case and "İ", "ı", "ſ" or the Kelvin sign, none of them in
    a word, and one of `PLAIN_CASE_LETTERS` only with its other case), so at each position the
    longest word that lets the rest of the pattern match wins, as with the sorted alternation."""
    assert all(word == word.lower() and all(c.isascii() or c in PLAIN_CASE_LETTERS for c in word) for word in words)
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(character) + build(child) for character, child in node.items() if character]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_ACTOR_NAMES = sorted(_ACTOR_LOOKUP, key=len, reverse=True)
#: Every actor name as a whole word, longest first (as `|`.join of the sorted names would).
ACTOR_PATTERN = lazy_compile(rf"(?<![\w.])({word_alternation(_ACTOR_NAMES)})(?![\w])(?:['’]s)?", re.I)
#: The same, in lower case and case-sensitive, for folded texts (see `fold`).
_ACTOR_PATTERN_FOLDED = lazy_compile(rf"(?<![\w.])({word_alternation(_ACTOR_NAMES)})(?![\w])(?:['’]s)?")
_OTHER_KIM = lazy_compile(r"\s+[A-Z](?!im\b)")
_KIM_JONG = lazy_compile(r"\s+Jong")


def find_actors(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, code, surface) for every actor named in `text`, in reading order."""
    return list(_find_actors(text))


_WATER_BEFORE = re.compile(r"\b(?:Lake|Sea\s+of|Gulf\s+of)\s$")
_SEA_AFTER = re.compile(r"\s+Sea\b")
_MADE_AFTER = re.compile(r"-(?:made|built|manufactured|designed|produced)\b", re.I)
#: A lower-case particle of a Portuguese, Spanish or Italian place name right before a name.
_NAME_PARTICLE_BEFORE = re.compile(r"\s(?:da|de|do|dos|das|del|di|du)\s$")


@lru_cache(maxsize=4096)
def _find_actors(text: str) -> tuple[tuple[int, int, str, str], ...]:
    lowered = fold(text)
    matches = ACTOR_PATTERN.finditer(text) if lowered is None else _ACTOR_PATTERN_FOLDED.finditer(lowered)
    found = []
    for match in matches:
        start, end = match.span(1)
        surface = text[start:end]
        canonical = _CANONICAL.get(surface.lower())
        if canonical and surface != canonical:
            continue
        if surface == "Kim" and _OTHER_KIM.match(text, end) and not _KIM_JONG.match(text, end):
            continue   # "Kim Byung-kee" is one of many Kims; "Kim" alone or "Kim Jong Un" is the leader
        if _NAME_PARTICLE_BEFORE.search(text, max(0, start - 5), start):
            continue   # "Mocímboa da Praia", "Ciudad del Este": part of a longer place's name
        if _MADE_AFTER.match(text, end):
            continue   # "a US-made Bradley", "Iranian-built drones": where a weapon was made, no side
        if _WATER_BEFORE.search(text, max(0, start - 8), start) or _SEA_AFTER.match(text, end):
            continue   # "the Lake Chad region", "the South China Sea": a lake or a sea, no state
        code = _ACTOR_LOOKUP.get(surface.lower())
        if code is None:
            continue   # matched only through a letter that folds oddly ("ſ", "ı"): no actor's name
        found.append((match.start(), match.end(), code, surface))
    return tuple(found)


#: Nouns for people that can be sent to fight (a deployment needs one of these).
MILITARY_NOUNS = (
    r"troops|troopers|soldiers|servicemen|servicemembers|service\s?members|service\s+personnel|"
    r"personnel|fighters|militants|combatants|mercenaries|volunteers|recruits|conscripts|"
    r"reservists|marines|sailors|airmen|paratroopers|infantrymen|special\s+forces|commandos|"
    r"officers|commanders|forces|guards|deminers|sappers|engineers|gunmen|insurgents|rebels|"
    r"jihadists|contractors|workers|instructors|advisers|advisors|men|members|"
    r"peacekeepers|policemen|militiamen|guardsmen|pilots|servicepeople|service\s+people|operatives|specialists|"
    r"generals|terrorists|extremists|separatists|loyalists|paramilitaries|rangers|gendarmes|guerrillas|police|"
    r"reinforcements|tribesmen|naxalites|maoists|cadres|jawans|occupiers|invaders|defenders|elements|"
    r"troop|soldier|fighter|serviceman|officer|peacekeeper|policeman|militant|sailor"
)
#: Acronyms of ministries, staffs and services, which speak for their state ("the MOD", "the JCS").
GOVERNMENT_ACRONYMS = "MOD|MoD|JCS|DoD|GUR|SBU|FSB|GRU|SVR|CENTCOM|EUCOM|AFRICOM|MFA|KCNA|NSC|DGMO"
#: Other people a casualty count may be about.
CIVILIAN_NOUNS = (
    r"civilians|people|persons|residents|children|women|villagers|journalists|medics|paramedics|doctors|nurses|"
    r"reporters|photographers|photojournalists|cameramen|cadets|"
    r"rescuers|health\s+workers|medical\s+workers|employees|worshippers|passengers|protesters|demonstrators|"
    r"boys|girls|citizens|victims|staff|inmates|aid\s+seekers|mourners|pilgrims|shoppers|fishermen|farmers|"
    r"bystanders|passers-by|onlookers|"
    r"teachers|relatives|colleagues|comrades|bandits|attackers|assailants|kidnappers|suspects|infiltrators|scientists|"
    r"seafarers|crew\s+members|crewmen|crew|vigilantes|tourists|nationals|officials|drivers|occupants|"
    r"aides|associates|bodyguards|leaders|"
    r"schoolgirls|schoolboys|schoolchildren|pupils|herders|traders|miners|worshipers|monks|priests|youths|teenagers|"
    r"infants|babies|nuns|clerics|imams|pastors|rabbis|minors|toddlers|adolescents|"
    r"aid\s+workers|humanitarian\s+workers|relief\s+workers|humanitarians|media\s+workers|patients|students|migrants|refugees|detainees|prisoners(?:\s+of\s+war)?|"
    r"POWs|captives|hostages|individuals|others|lives|bodies|Palestinians|Israelis|Russians|"
    r"Ukrainians|Koreans|Americans|Lebanese|Sudanese|Syrians|Gazans|Afghans|Iraqis|"
    r"civilian|person|child|prisoner|hostage"
)
PEOPLE_NOUNS = f"{MILITARY_NOUNS}|{CIVILIAN_NOUNS}"

#: Metric words; the first that applies wins, so combinations come before their parts.
CASUALTY_WORDS = (
    r"(?:killed|dead|died)(?:\s*,\s*|\s+(?:or|and|and/or)\s+)(?:wounded|injured|hurt|missing)|"
    r"killing\s+(?:or|and)\s+(?:wounding|injuring)|"
    r"(?:wounded|injured)\s+(?:or|and)\s+(?:killed|dead)|casualt(?:y|ies)|"
    r"deaths\s+and\s+injuries|injuries\s+and\s+deaths|dead\s+and\s+wounded|losses|"
    r"killed\s+or\s+injured|killed\s+and\s+injured|put\s+out\s+of\s+action"
)
KILLED_WORDS = (
    r"killed|kill|kills|killing|dead|died|die|dies|dying|deaths?|death\s+toll|toll|fatalit(?:y|ies)|"
    r"slain|perished|lost\s+their\s+lives|lives|victims|martyrs|martyred|bodies|executed|executions|massacred|killings|"
    r"murdered|assassinated|beheaded|slaughtered|shot\s+dead|gunned\s+down|corpses|murders|homicides|"
    r"embraced\s+martyrdom|"
    r"drowned|lost|lose|loses|"
    r"losing|paid\s+the\s+(?:supreme|ultimate)\s+price|made\s+the\s+(?:supreme|ultimate)\s+sacrifice|"
    r"eliminated|destroyed|"
    r"neutrali[sz]ed"
)
WOUNDED_WORDS = (r"wounded|wounding|wounds|injured|injuring|injur(?:y|ies)|hurt|hospitali[sz]ed|"
                 r"in\s+(?:a\s+)?(?:critical|serious|stable|grave)\s+condition|"
                 r"(?:receiving|received|being|were\s+being)\s+(?:medical\s+)?treat(?:ment|ed)")
CAPTURED_WORDS = (
    r"captured|capturing|capture|taken\s+(?:prisoner|captive|hostage)|prisoners\s+of\s+war|POWs?|"
    r"held\s+(?:as\s+)?(?:prisoners?|captives?)|held\s+captive|abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|surrendered|taken\s+captive|prisoner|"
    # "215 pupils and 12 teachers … were taken by the attackers"
    r"taken\s+(?:away\s+)?by\s+(?:the\s+)?(?:attackers|gunmen|bandits|kidnappers|abductors|militants|insurgents|"
    r"jihadists|terrorists|assailants)|"
    r"hostages?|captives|arrested|detained|detaining|detainees|laid\s+down\s+(?:their\s+)?arms|in\s+(?:[\w-]+\s+)?captivity|"
    r"(?:held|remain|remains|remained)\s+in\s+(?:[\w-]+\s+)?(?:prisons?|jails?|detention|custody)|holding|holds|still\s+hold|"
    r"(?:are|were|is|was)\s+(?:still\s+)?being\s+held|(?:were|was|are|is|been)\s+held\s+by|held\s+by|"
    r"abductions?\s+of|kidnappings?\s+of|capture\s+of"
)
MISSING_WORDS = (r"missing|unaccounted\s+for|disappeared|whereabouts\s+(?:are\s+|is\s+|remain\s+|remained\s+)?unknown|"
                 r"(?:buried|trapped)\s+under\s+(?:the\s+)?(?:rubble|debris)|"
                 r"fate\s+(?:is\s+|remains\s+|remained\s+)?unknown|remain(?:s|ed)?\s+unknown")
DEPLOY_WORDS = (
    r"sent|send|sends|sending|deploy|deploys|deployed|deploying|deployment|dispatch|dispatched|"
    r"dispatching|dispatches|dispatch(?:ed)?|station|stationed|stationing|arrive|arrived|arriving|"
    r"transferred|mobili[sz]ed|reinforce|reinforced|reinforcements?|redeployed|posted|rotated|rotate|rotates|rotating|"
    r"amassed|massed|grouped|surged|(?:rotated|brought|flown|sent|moved|rushed|called)\s+in|"
    r"airlifted|airlifting|ferried|drafted|"
    r"relocated|field|fielded|provide|provides|provided|contribute|contributes|contributed|pledged|"
    r"withdraw|withdraws|withdrew|withdrawn|withdrawing|pull\s+out|pulled\s+out|pulling\s+out|"
    r"moved|moving|shifted|infiltrated|mobili[sz]e|mobili[sz]es|mobili[sz]ing|call\s+up|calls\s+up|called\s+up|"
    r"calling\s+up|on\s+standby|(?:are|were|is|was|be|been|currently|now|still)\s+fighting"
)
#: Weaker signs of a deployment, used only with nouns for military people.
PRESENCE_WORDS = (
    r"fighting|fight|fought|serving|serve|served|join|joined|joining|force|contingent|brigade|"
    r"defending|defended|holed\s+up|dug\s+in|"
    r"battalion|front|frontline|front\s+line|comprise|comprising|assist|support|help|training|"
    r"trained|based|presence|numbered|numbering|number|numbers|operating|in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|central|neighbouring|neighboring)\s+)?[A-Z][a-z]+|"
    r"involved|involving|took\s+part|taking\s+part|take\s+part|participated|participating|stay|stays|stayed|staying|"
    r"hosts|hosted|hosting|houses|housed|in\s+the\s+mission|poured|pouring|massed|massing|masses|amassed|"
    r"on\s+the\s+ground|set\s+up|include|includes|including|disposal|there\s+(?:are|were)|remain|remains|"
    r"remained|carries|carrying|in\s+place|in\s+the\s+(?:country|region|area|territory)|concentrated|keeps|kept|"
    r"maintains|maintained|cut|cuts|cutting|stations|committed|commits|crossed\s+into|"
    r"at\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:base|air\s+base|airbase|garrison|outpost)|"
    r"moved\s+into|marched\s+into|rolled\s+into|advanced\s+into|entered|authori[sz]e|authori[sz]ed|authori[sz]es|"
    r"authori[sz]ing|ordered"
)

METRIC_WORDS: tuple[tuple[str, str], ...] = (
    ("casualties", CASUALTY_WORDS),
    ("captured", CAPTURED_WORDS),
    ("missing", MISSING_WORDS),
    ("wounded", WOUNDED_WORDS),
    ("killed", KILLED_WORDS),
    ("deployed", DEPLOY_WORDS),
)


def expand_phrases(pattern: str) -> set[str]:
    """Every text a small pattern of words matches, each run of whitespace written as one
    space.  Raises ValueError for what it does not expand (unbounded repeats other than of
    whitespace, classes other than short ranges and literals, …) or for too many texts."""
    try:
        from re import _constants as constants  # Python 3.11+
        from re import _parser as parser
    except ImportError:   # pragma: no cover - Python < 3.11
        import sre_constants as constants  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    def sequence(items: list) -> set[str]:
        texts = {""}
        for op, argument in items:
            texts = {a + b for a in texts for b in item(op, argument)}
            if len(texts) > 5_000:
                raise ValueError("too many texts")
        return texts

    def item(op: object, argument: object) -> set[str]:
        if op is constants.LITERAL:
            return {chr(argument)}
        if op is constants.AT:   # \b and the like match no characters
            return {""}
        if op is constants.SUBPATTERN:
            return sequence(argument[-1])
        if op is constants.BRANCH:
            return set().union(*(sequence(branch) for branch in argument[1]))
        if op is constants.CATEGORY and argument is constants.CATEGORY_SPACE:
            return {" "}
        if op is constants.IN:
            characters: set[str] = set()
            for kind, value in argument:
                if kind is constants.LITERAL:
                    characters.add(chr(value))
                elif kind is constants.RANGE and value[1] - value[0] < 30:
                    characters.update(chr(c) for c in range(value[0], value[1] + 1))
                elif kind is constants.CATEGORY and value is constants.CATEGORY_SPACE:
                    characters.add(" ")
                else:
                    raise ValueError(f"class {kind}")
            return characters
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            low, high, body = argument
            texts = sequence(body)
            if texts <= {" "}:   # whitespace: one space stands for any run
                return ({""} if low == 0 else set()) | {" "}
            if high > 3:
                raise ValueError("unbounded repeat")
            found, current = set(), {""}
            for count in range(high + 1):
                if count >= low:
                    found |= current
                current = {a + b for a in current for b in texts}
            return found
        raise ValueError(f"operator {op}")

    return sequence(list(parser.parse(pattern)))


def whole_words(alternatives: str) -> str:
    """`\\b(?:alternatives)\\b`; plain lower-case words written as a tree of prefixes
    (`word_alternation`), which the engine tries several times faster.  Between two `\\b` at most
    one word can match at a position, so the order of the words does not matter."""
    if re.fullmatch(r"[a-z]+(?:\|[a-z]+)*", alternatives):
        alternatives = word_alternation(sorted(set(alternatives.split("|"))))
    return rf"\b(?:{alternatives})\b"


METRIC_PATTERNS = {metric: lazy_compile(whole_words(words), re.I) for metric, words in METRIC_WORDS}


def _last_words(pattern: str) -> tuple[str, ...] | None:
    """The lower-cased last word (its trailing word characters) of every phrase `pattern`
    matches, or None when the pattern is beyond `expand_phrases`.  A text that a phrase of the
    pattern ends, folded (see `fold`), ends with one of these."""
    try:
        texts = expand_phrases(pattern)
    except (ValueError, TypeError, AttributeError, ImportError):
        return None
    for text in texts:   # the expansion must be right: each text is matched by the pattern
        assert re.fullmatch(f"(?:{pattern})", text, re.I), (pattern, text)
    return tuple(sorted({re.search(r"\w*$", text).group().lower() for text in texts}))


#: For each metric, the last words of its phrases (None: unknown, so no pre-check).
METRIC_LAST_WORDS = {metric: _last_words(words) for metric, words in METRIC_WORDS}
PRESENCE_PATTERN = lazy_compile(rf"\b(?:{PRESENCE_WORDS})\b")
