"""What earlier sentences of the article said (`ArticleContext`), and the decisions that read it.

- A sentence that names no claimant of its own continues the last sourced one
  (`continued_attribution`): inside a quotation opened in or after that sentence (in its
  paragraph, or after "X said:"), and right after it a quotation, a passive estimate ("are
  believed to …", "reportedly") or "This number includes …".
- A pronoun ("he said", "the ministry said") stands for the claimant named before, with its
  country (`claimant_and_country`); a claimant with no country of its own takes the one
  handed on.
- Sentences without claims change only the claimant; they are read only when a later claim
  needs it, from the last one back (`read_claimants`).
- The article's dominant side, and the place and the nationality it names most, are reckoned
  once, when first needed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from warclaims.extract.claimant import (
    COUNTRY_REFERENCE,
    PRONOUNS,
    Attribution,
    claimant_country,
    country_introduced_with,
    find_attributions,
    is_proper_name,
    title_introduced_with,
)
from warclaims.extract.sentences import Sentence, dateline_end
from warclaims.extract.when import claim_date
from warclaims.extract.subject import (
    NOT_A_GROUP,
    PEACE_MISSION,
    dominant_subject,
    fronted_place,
    is_demonym,
    is_place_name,
    place_in,
    places_in,
)
from warclaims.countries import aliases
from warclaims.lexicon import find_actors
from warclaims.patterns import lazy_compile
from warclaims.news_outlets import outlet_country
from warclaims.places import find_places


#: A demonym before these names the side that attacks, not whose people are hit.
_ATTACK_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+){0,2}?(?:strikes?|airstrikes?|air\s+strikes?|attacks?|shelling|missiles?|"
                           r"drones?|bombardment|bombing|bombs|raids?|offensive|fire|occupation|aggression)\b", re.I)

#: "Saudi-owned Al Hadath", "the Qatari-funded school", "the Indonesian Hospital": a demonym that
#: tells who owns, funds or backs something, or opens a name, tells no people of the article.
_NO_PEOPLE_AFTER = lazy_compile(r"-(?:owned|based|backed|funded|financed|run|sponsored|supported|brokered|mediated)\b|"
                              r"\s+(?:Hospital|University|College|School|Airlines|Airways|Street|Road|Square|Bridge)\b")


@dataclass
class ArticleContext:
    """What earlier sentences of the article said, for anaphora."""

    published: date | None
    previous_metric: str | None = None
    previous_subject: str = ""
    claimant: str = ""
    claimant_country: str = ""
    claimant_sentence: Sentence | None = None   # the sentence that last named a claimant
    claimed_on: tuple[date | None, str] = (None, "")   # when that claimant said it (`when.claim_date`)
    counted_values: set[int] = field(default_factory=set)
    dominant_subject: str | None = None   # None until first needed: reckoned from `sentences`
    main_place: str | None = None         # likewise
    main_nationality: str | None = None   # likewise
    state_counts: dict[str, int] | None = None   # likewise: how often each state is named
    main_group: str | None = None         # likewise
    ministry_country: str = ""   # the country of the last ministry named as a claimant ("the ministry" later)
    #: the last claimant that is one person, and its country: "he" after "Western officials said" is
    #: the president named before them
    person: str = ""
    person_country: str = ""
    #: the country of the last claimant named with each body noun ("mission" for the U.N. Human
    #: Rights Monitoring Mission): "the mission" later is that body, whoever spoke in between
    body_countries: dict[str, str] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    text: str = ""   # the article's text, which sentence offsets refer to
    outlet: str = ""   # the outlet that published the article (`home_party`)
    url: str = ""      # the article's web address, whose domain may tell the outlet's country
    story_place: str = ""   # the side of the place a later dateline names (`article._start_a_new_story`)

    def dominant(self) -> str:
        """The article's dominant subject (`dominant_subject`), reckoned once when first needed."""
        if self.dominant_subject is None:
            self.dominant_subject = dominant_subject(self.sentences)
        return self.dominant_subject

    def nationality(self) -> str:
        """The nationality the article names most often ("Israeli", "Israelis"), not counting an
        attacker's ("a Russian missile strike", "Israeli airstrikes")."""
        if self.main_nationality is None:
            counts: dict[str, int] = {}
            for sentence in self.sentences:
                for _, end, code, text in find_actors(sentence.text):
                    if code.isupper() and is_demonym(text) and not _ATTACK_AFTER.match(sentence.text, end) \
                            and not _NO_PEOPLE_AFTER.match(sentence.text, end):
                        counts[code] = counts.get(code, 0) + 1
            self.main_nationality = max(counts, key=counts.get) if counts else ""   # a tie: the first named
        return self.main_nationality

    def armed_group(self) -> str:
        """The armed group the article names most often ("JNIM", "al-Shabaab"), or "" when none or
        two equally often: whose fighters "terrorists" and "attackers" of its sentences are."""
        if self.main_group is None:
            counts: dict[str, int] = {}
            for sentence in self.sentences:
                for _, _, code, _ in find_actors(sentence.text):
                    if code.islower() and code not in NOT_A_GROUP:
                        counts[code] = counts.get(code, 0) + 1
            ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            tied = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
            self.main_group = ranked[0][0] if ranked and not tied else ""
        return self.main_group

    def opponent(self, side: str) -> str:
        """The state the article names most often after `side` ("the enemy" of a Russian
        ministry's report on Ukraine is Ukraine), or ""."""
        others = sorted((-count, code) for code, count in self._states_named().items() if code != side)
        return others[0][1] if side and others else ""

    def _states_named(self) -> dict[str, int]:
        """How often the article names each state (`state_counts`), reckoned once."""
        if self.state_counts is None:
            self.state_counts = {}
            for sentence in self.sentences:
                for _, end, code, _ in find_actors(sentence.text):
                    if code.isupper() and not _NO_PEOPLE_AFTER.match(sentence.text, end):
                        self.state_counts[code] = self.state_counts.get(code, 0) + 1
        return self.state_counts

    def home_party(self) -> str:
        """The outlet's own state when the article names it most of all states (a Pakistani paper
        on Pakistan's clashes): whose "military" or "security sources" its bare words mean; else ""."""
        home = outlet_country(self.outlet, self.url)
        named = self._states_named()
        others = max((count for code, count in named.items() if code != home), default=0)
        return home if home and named.get(home, 0) > max(others, 1) else ""   # most named, twice at least, no tie

    def place(self) -> str:
        """The side of the place the article names most often ("in Gaza", "on southern Lebanon")."""
        if self.main_place is None:
            counts: dict[str, int] = {}
            for sentence in self.sentences:
                for code in places_in(sentence.text, venues=True):
                    counts[code] = counts.get(code, 0) + 1
            self.main_place = max(counts, key=counts.get) if counts else ""   # a tie: the first named (the lead's)
        return self.main_place


_INHERITED = "\x00inherited"   # stands for the claimant country handed on, in `read_claimants`


def read_claimants(unread: list[Sentence], context: ArticleContext) -> None:
    """What a run of sentences without claims does to the context, as `article._claims_in_sentence`
    would do sentence by sentence: only a claimant they name changes it (the last one a
    sentence names, unless a pronoun or borrowed from before), and a later one overrides an
    earlier one, except for its country when that is only handed on.  So the sentences are
    read from the last one back, and only as far as needed; then `unread` is emptied."""
    named: tuple[Sentence, Attribution] | None = None
    country = _INHERITED
    for sentence in reversed(unread):
        # the last claimant the sentence names itself (`continued_attribution` would give one with
        # `end` 0, and a pronoun stands for one named before: no change)
        last = next((a for a in reversed(find_attributions(sentence.text))
                     if a.end and a.carries_on and not PRONOUNS.match(a.text)), None)
        if last is None:
            continue
        named = named or (sentence, last)
        country = claimant_country(last, _INHERITED, "")   # no amounts, so no subject here
        if country == _INHERITED and is_proper_name(last.text):
            # "Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry, told …": his title's
            country = country_introduced_with(last.text, context.text) or _INHERITED
        if country != _INHERITED:
            break
    if named is not None:
        context.claimant_sentence, context.claimant = named[0], named[1].text
        context.claimed_on = claim_date(named[0].text, context.published)
        if country != _INHERITED:
            context.claimant_country = country
            if "inistry" in named[1].text:
                context.ministry_country = country
            remember_bodies(named[1].text, country, context)
        remember_person(named[1].text, context)
    unread.clear()


#: Nouns a body is named by, and referred to by later ("the mission said").
_BODY_NOUNS = (r"mission|agency|committee|commission|observatory|monitor|network|army|military|police|command|council|"
               r"coalition|administration|directorate|syndicate|union|service|office")
_BODY_NOUN = lazy_compile(rf"\b({_BODY_NOUNS})\b", re.I)
#: "the mission", "the army": a body named by its noun alone.
_THE_BODY = lazy_compile(rf"the\s+({_BODY_NOUNS})", re.I)


def remember_bodies(claimant: str, country: str, context: ArticleContext) -> None:
    """Keep the country of a claimant for each body noun in its name, for "the mission" later."""
    if country:
        for noun in _body_nouns(claimant):
            context.body_countries[noun] = country


@lru_cache(maxsize=1024)
def _body_nouns(claimant: str) -> tuple[str, ...]:
    return tuple(noun.lower() for noun in _BODY_NOUN.findall(claimant))


def _body_named_before(reference: str, context: ArticleContext) -> str:
    """The country of the body "the mission" refers to: the last claimant named with that noun,
    when another claimant spoke since ("… the U.N. Human Rights Monitoring Mission … Ukrainian
    officials said … according to the mission"); else ""."""
    body = _THE_BODY.fullmatch(reference)
    if body is None or body.group(1).lower() in context.claimant.lower():
        return ""
    noun = body.group(1).lower()
    if noun == "mission" and noun not in context.body_countries and PEACE_MISSION.search(context.text):
        return "un"   # "five peacekeepers were injured when Israeli fire hit UNIFIL positions, the mission said"
    return context.body_countries.get(noun, "")


_PASSIVE_SOURCE = lazy_compile(r"\b(?:is|are|was|were)\s+(?:believed|estimated|thought|assessed|expected|reported)\b|"
                             r"^\W*(?:among|of)\s+(?:them|those|these|whom|the\s+(?:dead|killed|victims|wounded|injured|casualties))\b|"
                             r"^\W*(?:next|then|followed)\b|\breportedly\b|"
                             # "Another 120 were wounded.", "The dead include five children.": the same count goes on
                             r"^\W*(?:another|a\s+further|an\s+additional)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|"
                             r"nine|ten|dozens?|hundreds?|scores)\b)|"
                             r"^\W*(?:the\s+)?(?:dead|victims|casualties|wounded|injured)\s+(?:include|included|includes)\b|"
                             r"^\W*they\s+(?:include|included)\b", re.I)
#: Words no outlet uses in its own voice of a war's sides: a sentence without a source that says
#: "the enemy", "occupiers" or "martyrs" goes on in the voice of the party quoted before it (a
#: defence ministry's daily report, a health ministry's bulletin), however many paragraphs on.
_PARTISAN_VOICE = lazy_compile(r"\b(?:enemy|enemy['’]s|occupiers|occupants|martyrs|martyred)\b", re.I)
#: A tally of soldiers lost listed with the tanks and guns lost beside them: a military's daily
#: report, which no outlet compiles in its own voice.
_LOSS_WORD = lazy_compile(r"\b(?:lost|losses|loss)\b", re.I)
_SOLDIERS_LOST = lazy_compile(r"\d\s+(?:troops|servicemen|personnel|soldiers|military\s+personnel)\b", re.I)
_EQUIPMENT_LOST = lazy_compile(r"\b(?:tanks?|armou?red\s+(?:combat\s+|personnel\s+)?(?:vehicles?|carriers?)|howitzers?|"
                               r"artillery\s+(?:guns?|pieces?|systems?)|motor\s+vehicles?|infantry\s+fighting\s+vehicles?|"
                               r"pickup\s+trucks?|mortars?)\b", re.I)


def _is_loss_list(sentence: str) -> bool:
    """Whether a sentence lists soldiers and equipment lost ("lost up to 135 troops, a Leopard tank and two
    motor vehicles")."""
    return bool(_LOSS_WORD.search(sentence) and _SOLDIERS_LOST.search(sentence) and _EQUIPMENT_LOST.search(sentence))


_SAME_FIGURE = lazy_compile(r"^\W*(?:this|that|the)\s+(?:number|figure|total|toll|estimate)(?:\s+of\s+(?:the\s+)?\w+)?,?\s+"
                          r"(?:includes|included|comprises|covers|"
                          # "The figure was later revised to 71."
                          r"(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+|subsequently\s+)?"
                          r"(?:revised|raised|lowered|updated|corrected))\b", re.I)


def continued_attribution(sentence: Sentence, context: ArticleContext) -> list[Attribution]:
    """A passive estimate ("are believed to …") right after a sourced sentence of the same
    paragraph continues that source; so does "This number includes …" right after it."""
    previous = context.claimant_sentence
    if previous is None:
        return []
    introduces = previous.paragraph == sentence.paragraph or previous.text.rstrip().endswith(":")   # "Shoigu said:"
    if introduces and _inside_quotation(context.text[previous.start:sentence.start]):
        return [Attribution(context.claimant, 0, 0)]   # a quotation opened in or after the sourced sentence
    if context.claimant and (_PARTISAN_VOICE.search(sentence.text) or _is_loss_list(sentence.text)):
        # "The enemy lost more than 220 personnel", "The Ukrainian army lost up to 135 troops, a Leopard tank
        # … and two motor vehicles": the report's voice
        return [Attribution(context.claimant, 0, 0)]
    if sentence.start - (previous.start + len(previous.text)) > 2:
        return []
    if sentence.text[:1] in "“\"":   # a quotation right after the sourced sentence: its speaker's words
        return [Attribution(context.claimant, 0, 0)]
    same_figure = _SAME_FIGURE.match(sentence.text)
    if same_figure or _PASSIVE_SOURCE.search(sentence.text):
        return [Attribution(context.claimant, 0, 0)]
    if previous.paragraph == sentence.paragraph and _SPEAKER_GOES_ON.match(context.text, sentence.start + len(sentence.text)):
        # "…, Ivan Fedorov said on Telegram. One person was killed in Huliaipole, and nine others were
        # injured. He added that …": the statement goes on on both sides of the sentence
        return [Attribution(context.claimant, 0, 0)]
    return []


_SPEAKER_GOES_ON = lazy_compile(r"[ \t]*(?:He|She|They|It)\s+(?:also\s+)?(?:added|noted|said|wrote|reported|stressed)\b")


def _inside_quotation(stretch: str) -> bool:
    """Whether a quotation opened in `stretch` is still open at its end (curly or straight quotes)."""
    curly = stretch.count("“") - stretch.count("”")
    return curly > 0 or (curly == 0 and "“" not in stretch and stretch.count('"') % 2 == 1)


_PERSONAL_PRONOUN = lazy_compile(r"(?:he|she|they|it|him|her|them)", re.I)   # "According to him"
#: "The agency's spokesperson", "the group's spokesman": a body named before, through its own.
_BODYS_OWN = lazy_compile(r"^the\s+(?:agency|ministry|army|military|group|organi[sz]ation|committee|service|force|"
                        r"mission|office|movement|alliance|council|command|directorate)['’]s\s", re.I)
_MEMBER_OF_THOSE_NAMED = lazy_compile(r"(?:one|two|three|some|several|both|each|either|neither|many|most|all)\s+"
                                    r"of\s+(?:the|these|those)\s+[a-z]+$", re.I)


def remember_person(claimant: str, context: ArticleContext) -> None:
    """Keep the claimant just named as the last person who spoke, when it is one person."""
    if names_one_person(claimant):
        context.person, context.person_country = claimant, context.claimant_country


@lru_cache(maxsize=1024)
def names_one_person(claimant: str) -> bool:
    """Whether a claimant is one person: a leader the actor table knows ("Zelensky"), a title
    in the singular ("the ministry's spokesman", "a senior US official") or a personal name
    ("Kristinne Grigoryan"); not a body, a group or several people."""
    if not claimant or _PLURAL_SPEAKERS.search(claimant) or PRONOUNS.match(claimant):
        return False
    if any((alias := aliases().get(text.lower())) is not None and alias.kind == "leader"
           for _, _, _, text in find_actors(claimant)):
        return True
    if _ONE_PERSON.search(claimant):
        return True
    return is_proper_name(claimant) and 2 <= len(claimant.split()) <= 4 and not find_actors(claimant) \
        and not _OFFICIAL_BODY.search(claimant) and not _BODY_NOUN.search(claimant)


_ONE_PERSON = lazy_compile(r"\b(?:spokes(?:man|woman|person)|minister|president|premier|chancellor|governor|mayor|"
                         r"commander|general|official|chief|director|envoy|ambassador|secretary|adviser|advisor|lawmaker|"
                         r"senator|colonel|captain|lieutenant|officer|representative|rapporteur|coordinator|commissioner|"
                         r"Gen|Col|Lt|Maj|Brig|Capt|Dr|Mr|Ms|Mrs)\b", re.I)
_PLURAL_SPEAKERS = lazy_compile(r"\b(?:officials|sources|authorities|spokesmen|ministers|commanders|officers|leaders|"
                              r"analysts|experts|lawmakers|residents|witnesses|medics|doctors|activists|monitors|"
                              r"people|others|and)\b", re.I)


def names_another_body(reference: str, context: ArticleContext) -> bool:
    """Whether "the ministry" is another body than the claimant named before: no UN agency,
    outlet, NGO, alliance, army command, police or local official is a ministry ("UN agencies
    …; according to the ministry", "Police said …  The ministry said")."""
    return (reference.lower().endswith("ministry") and "ministry" not in context.claimant.lower()
            and (context.claimant_country in _NO_STATE or bool(_NO_MINISTRY.search(context.claimant))))


#: Claimants that are no ministry: "the ministry" after them names another body.
_NO_MINISTRY = lazy_compile(r"\b(?:command|forces|military|army|CENTCOM|IDF|police|officials|authorities|governor|mayor|"
                          r"rescuers|medics|doctors|hospital|witnesses|residents|civil\s+defen[cs]e)\b", re.I)


#: Organs of a state named without their state; they speak for the state where things happen,
#: unless a state's claimant was named before (its country is handed on).
_STATE_ORGAN = lazy_compile(r"\b(?:army|military|junta|armed\s+forces|general\s+staff|defen[cs]e\s+(?:headquarters|media|"
                          r"operations|intelligence)|government|"
                          r"ministry|police|(?:security|defen[cs]e)\s+sources?|"
                          r"(?:village|district|community|local|traditional)\s+(?:head|chief|chairman|official)|"
                          r"(?:government|security|military|army|local|regional)\s+officials?|authorities|"
                          r"governor|prefect|spokes(?:man|woman|person)|emergency\s+services?|ambulance\s+service|"
                          r"rescue\s+services?|civil\s+defen[cs]e)\b", re.I)
_NO_STATE = frozenset({"", "un", "other", "media", "western"})
#: A title naming the place an official serves by reference: "the city's mayor", "the region's governor".
_LOCAL_TITLE = lazy_compile(r"\bthe\s+(?:city|town|region|province|district|oblast|village|municipality)['’]s\s", re.I)
def _speaks_for_its_forces(claimant: str) -> bool:
    """Whether a claimant is a state named as such ("Pakistan", "Islamabad") or its military,
    whose "the military" later is the same state's."""
    name = _LEADING_THE.sub("", claimant)
    actors = find_actors(name)
    named_alone = len(actors) == 1 and actors[0][0] == 0 and actors[0][1] == len(name) and actors[0][2].isupper()
    return named_alone or bool(_MILITARY_ORGAN.search(claimant))   # "Pakistan", "the IDF", "the army"


_LEADING_THE = lazy_compile(r"^(?:the|The)\s+")


#: A state's military or defence ministry named by its office alone: "the military", "the army".
_BARE_STATE_ORGAN = lazy_compile(r"(?:the|its)\s+(?:country['’]s\s+)?(?:military|army|armed\s+forces|general\s+staff|"
                               r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military['’]s\s+media\s+wing)|"
                               # "a military official", "an army spokesman", "military sources"
                               r"(?:(?:the|a|an|one|two|three|several)\s+)?(?:senior\s+)?(?:military|army|defen[cs]e)\s+"
                               r"(?:officials?|spokes(?:man|woman|person)|sources?)", re.I)
#: "the ministry", "the health ministry's figures": a reference to a ministry named before.
_THE_MINISTRY = lazy_compile(r"^(?:the|a)\s+(?:health\s+)?ministry(?:(?:['’]s)?\s+[\w\s]{0,30})?$|"   # "a ministry statement"
                           # "Ministry spokesman Rear Adm. Zeki Akturk": the ministry named before, through its spokesman
                           r"^(?:(?:the|a)\s+)?ministry\s+(?:spokes(?:man|woman|person)|official)\b[^,;]{0,60}$", re.I)
_MINISTRY_WORD = lazy_compile(r"\bministry\b", re.I)
#: Words that name an official body in its own title.
_OFFICIAL_BODY = lazy_compile(r"\b(?:Headquarters|Ministry|Command|Service|Staff|Council|Commission|Directorate|Department|"
                            r"Bureau|Committee|Agency|Office|Administration|Authority|Prosecutor|Ombuds(?:man|woman|person))\b")
#: Titles of a state's local and national officials, who take no armed group's or NGO's kind handed on.
_STATE_OFFICIAL_TITLE = lazy_compile(r"\b(?:(?:Divisional|District|Senior\s+Divisional|Regional|Provincial)\s+Officer|governor|"
                                   r"mayor|prefect|district\s+(?:commissioner|administrator)|police\s+(?:chief|commissioner|"
                                   r"spokes(?:man|woman|person))|army\s+spokes(?:man|woman|person))\b", re.I)
#: "The enemy army", "the enemy's forces": the side the outlet's state, or the place's, fights.
_ENEMY_BODY = lazy_compile(r"(?:the\s+)?enemy(?:['’]s)?\s+(?:army|forces|military|troops)\b", re.I)
#: A spokesperson named with no body or state: the body's that spoke before.
_BARE_SPOKESPERSON = lazy_compile(r"(?:(?:a|the)\s+)?spokes(?:man|woman|person)(?:\s+[A-Z][\w'’.-]*){1,4}")
#: A body named by its own name ("the Tigray Defence Forces", "Article 19"): a new speaker, who
#: takes no UN body's, outlet's or Western government's country from the claimant before it.
_NAMED_BODY = lazy_compile(r"(?<!^)(?<!^the\s)(?<!^The\s)\b[A-Z][\w'’-]+|^(?!(?:The|A|An|He|She|It|They)\b)[A-Z][\w'’-]*\s+[A-Z]")


def claimant_and_country(attribution: Attribution | None, context: ArticleContext,
                         subject: str, sentence: str = "") -> tuple[str, str]:
    """The claimant of a claim and its country: a pronoun stands for the claimant named before;
    a claimant with no country of its own takes the country of the title it was introduced
    with; a state organ named alone (`_STATE_ORGAN`), the place of the sentence or article
    when no state's claimant came before; else the country handed on."""
    if attribution is None:
        return "", ""
    if _PERSONAL_PRONOUN.fullmatch(attribution.text):
        opener = _state_opening(sentence[:attribution.start]) if attribution.text.lower() == "it" else ""
        if opener:   # "Russia last gave a toll in 2022, when it said 5,937 had died": the state the sentence opens with
            return opener
        if attribution.text.lower() in ("he", "she") and context.person and not names_one_person(context.claimant):
            return context.person, context.person_country   # "He added …" after "… Western officials said"
        return context.claimant, context.claimant_country   # "" when nobody was named before
    handed_on = context.claimant_country
    if _ENEMY_BODY.match(attribution.text) and (foe := context.opponent(context.home_party() or context.place())):
        return attribution.text, foe   # "The enemy army admitted …" in Lebanese copy: Israel's
    if _BARE_STATE_ORGAN.fullmatch(attribution.text) and (fronted := fronted_place(sentence)).isupper() \
            and fronted != handed_on:
        return attribution.text, fronted   # "In neighboring Mali, the army said": Mali's, not the army named before
    body_country = _body_named_before(attribution.text, context)
    if body_country:
        return attribution.text, body_country
    if PRONOUNS.match(attribution.text) and context.claimant:
        if not names_another_body(attribution.text, context):
            return context.claimant, context.claimant_country
        handed_on = ""
    if context.ministry_country and _THE_MINISTRY.match(attribution.text):
        # "according to the ministry's figures": the one named before; "In Lebanon, the health ministry said": Lebanon's
        return attribution.text, fronted_place(sentence) or context.ministry_country
    if _MEMBER_OF_THOSE_NAMED.match(attribution.text) and context.claimant_country:
        return attribution.text, context.claimant_country   # "one of the officials": of those named before
    if _BODYS_OWN.match(attribution.text) and context.claimant_country:
        return attribution.text, context.claimant_country   # "the agency's spokesperson Andrii Yusov": its country
    if handed_on.isupper() and _BARE_STATE_ORGAN.fullmatch(attribution.text) and _speaks_for_its_forces(context.claimant):
        # "Pakistan said … 23 of its soldiers were killed. The military said …": that state's military,
        # whoever it counts ("more than 200 Taliban … neutralised"); not after "the health ministry said"
        return attribution.text, fronted_place(sentence) or handed_on
    if handed_on and _BARE_SPOKESPERSON.fullmatch(attribution.text):
        return attribution.text, handed_on   # "spokesman Thameen Al-Kheetan", after "the UN human rights office said"
    counted = subject   # the counted people's side, before a place stands in for it
    if not subject.isupper():   # "police said 12 gunmen were killed": the police of the place, not the gunmen's
        subject = place_in(sentence) or context.place() or subject
    own = claimant_country(attribution, "", subject)
    if own and own == subject and _NATIONAL_OFFICE.search(attribution.text) and not claimant_country(attribution, "", ""):
        # "…, Director General of Military Operations Lt. Gen. Rajiv Ghai said": not the struck place's
        # state; "The Director General of Military Operations said 35 to 40 Pakistani Army personnel
        # were killed": nor the state of the people counted
        own = ""
    speaks_for_a_state = _NATIONAL_OFFICE.search(attribution.text) or _STATE_ORGAN.search(attribution.text)
    if (not own or own.isupper()) and speaks_for_a_state:
        # "Chief spokesman Zabihullah Mujahid told a press conference in Kabul": the capital's state,
        # not the people counted; "ISLAMABAD: The military's media wing said": the dateline's
        named = own if own and claimant_country(attribution, "", "") else ""   # not the counted people's
        own = _capital_spoken_in(sentence) or named or _dateline_capital(sentence) or own
    described = attribution.text
    spelt_out = spelt_out_name(attribution.text, context.text)
    if not spelt_out and not claimant_country(attribution, "", "") \
            and (expanded := _acronyms_spelt_out(attribution.text, context.text)) \
            and (expanded_country := claimant_country(Attribution(expanded, 0, 0), "", "")):
        own = expanded_country   # "AA spokesman Khaing Thukha", after "the Arakan Army (AA)": the group's
    if spelt_out:   # "the SES", after "the State Emergency Service (SES)"
        described = spelt_out
        if not (own.isupper() and claimant_country(attribution, "", "").isupper()):   # … but "AFRICOM" is the US's
            own = claimant_country(Attribution(spelt_out, 0, 0), "", subject)
    if not own and is_proper_name(attribution.text):
        own = country_introduced_with(attribution.text, context.text)
        described = f"{title_introduced_with(attribution.text, context.text)} {attribution.text}"   # "A Defence Ministry spokesman, Col …"
    if not own and _LOCAL_TITLE.search(described):
        # "the head of the city's military administration, Tymur Tkachenko": the city's state
        own = place_in(sentence) or context.place()
    if not own and context.ministry_country and _MINISTRY_WORD.search(described):
        # "Ministry spokesman Hossein Kermani", after "the Iranian health ministry said": that ministry's
        own = context.ministry_country
    if not own and COUNTRY_REFERENCE.match(attribution.text):
        # "Colombia's half-century conflict killed …, according to the country's Truth Commission"
        states = [code for _, _, code, _ in find_actors(sentence[:attribution.start]) if code.isupper()]
        own = states[0] if states else ""
    if not own and _TERRITORY_REFERENCE.match(attribution.text):
        # "The death toll from Israel's war on the Gaza Strip has climbed to 68,229, the enclave's Health Ministry said"
        # … its own people's side first ("killed at least 93 Palestinians …, the enclave's health ministry said")
        own = state_or_empty(counted) or place_in(sentence[:attribution.start]) or context.place()
    if not own and _ITS_BODY.match(attribution.text):
        # "Nepal has lost dozens of citizens. Its government says at least 49 …": the state named last
        own = _state_named_last(sentence[:attribution.start], sentence, context)
    if not own and _NATIONAL_OFFICE.search(described):
        # "President William Ruto", "the Prime Minister's Office": the state the sentence or article is about
        own = (leading_state(sentence) or fronted_place(sentence) or state_or_empty(context.claimant_country)
               or context.home_party() or place_in(sentence[:attribution.start])
               or context.place() or context.nationality())   # "In Chad, the presidency said"
    if not own and _STATE_ORGAN.search(described) and handed_on in _NO_STATE:
        # "the army", "security sources", "the interior ministry": the outlet's own state when it is a
        # party (Anadolu's "security sources" are Turkey's), else the state where it happens
        own = fronted_place(sentence) or (_acting_forces_state(sentence) if _MILITARY_ORGAN.search(described) else "") \
            or context.home_party() or place_in(sentence) or context.place() or context.nationality()
    if not own and handed_on in _NO_STATE and _OFFICIAL_BODY.search(attribution.text):
        # "the Coordination Headquarters for the Treatment of Prisoners of War" after an outlet's count:
        # an official body is no outlet's; the state the sentence opens with, else the article's
        own = (_place_in_name(attribution.text) or leading_state(sentence) or state_or_empty(context.nationality())
               or context.place())
    if not own and handed_on == "other" and _STATE_OFFICIAL_TITLE.search(attribution.text):
        # "the Divisional Officer for Batibo" after an armed group's claim: an official of the place's state
        own = place_in(sentence) or context.place()
    if not own and handed_on in _KINDS_NOT_HANDED_ON and _NAMED_BODY.search(attribution.text) \
            and not names_one_person(attribution.text):
        own = "other"   # "… the UN mission said. The Tigray Defence Forces claimed …": no UN body
    return attribution.text, own or handed_on


_KINDS_NOT_HANDED_ON = frozenset({"un", "media", "western"})


def _place_in_name(name: str) -> str:
    """The side of a place a body's name holds ("the Tigray Interim Administration", "Kharkiv
    Regional Military Administration"), or ""."""
    return next((code for _, _, code, _ in find_places(name)), "")


#: "the enclave's Health Ministry", "the territory's authorities": a body of the place named before.
_TERRITORY_REFERENCE = lazy_compile(r"the\s+(?:enclave|territory|strip)['’]s\s", re.I)
#: "Its government", "its foreign ministry": a body of the state named just before.
_ITS_BODY = lazy_compile(r"(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:government|ministry|army|military|armed\s+forces|"
                       r"embassy|president|cabinet|parliament|office|authorities|officials|agency|command|"
                       r"general\s+staff|spokes(?:man|woman|person))\b", re.I)


def _state_named_last(before: str, sentence: str, context: ArticleContext) -> str:
    """The last state named in `before` (the sentence up to the claimant), else the first one
    the sentence before names (its subject, mostly: "Nepal says dozens of its citizens were
    recruited by Russia's army. Its government says …"), or ""."""
    states = [code for _, _, code, _ in find_actors(before) if code.isupper()]
    if states:
        return states[-1]
    at = context.text.find(sentence)
    earlier = context.text[max(0, at - 400):at].rstrip() if at > 0 else ""
    previous = _SENTENCE_END.split(earlier)[-1]
    states = [code for _, _, code, _ in find_actors(previous) if code.isupper()]
    return states[0] if states else ""


_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=\S)")


_ACRONYM_CLAIMANT = lazy_compile(r"(?:the\s+)?([A-Z][A-Za-z]{1,6})", re.I)


def spelt_out_name(claimant: str, text: str) -> str:
    """The name an acronym claimant was spelt out as earlier in the article ("the State
    Emergency Service (SES)" for "the SES"), or ""."""
    acronym = _ACRONYM_CLAIMANT.fullmatch(claimant)
    if acronym is None or not acronym.group(1).isupper() or f"({acronym.group(1)})" not in text:
        return ""
    # within one line: "… in Congo\n\nThe South African National Defence Force (SANDF)" spells out the force alone
    named = re.search(rf"((?:[A-Z][\w'’-]*[ \t]+|(?:of|for|the|and|in|on)[ \t]+){{1,8}})\({re.escape(acronym.group(1))}\)", text)
    return named.group(1).strip() if named else ""


_ACRONYM_WORD = lazy_compile(r"\b[A-Z]{2,6}\b")


def _acronyms_spelt_out(claimant: str, text: str) -> str:
    """The claimant with each acronym in it replaced by the name the article spelt it out as
    ("Arakan Army spokesman Khaing Thukha" for "AA spokesman Khaing Thukha"), or "" when none is."""
    expanded = claimant
    for acronym in sorted(set(_ACRONYM_WORD.findall(claimant))):
        if f"({acronym})" in text and (name := spelt_out_name(acronym, text)):
            expanded = re.sub(rf"\b{acronym}\b", name, expanded)
    return expanded if expanded != claimant else ""


#: A state's national offices and their holders, named without their state.
_NATIONAL_OFFICE = lazy_compile(r"\b(?:(?:deputy|vice|acting)\s+)?(?:president|prime\s+minister|premier|chancellor|"
                              r"(?:foreign|defen[cs]e|interior|home)\s+(?:minister|secretary)|"
                              r"(?:information|justice|security|communications?|health|state)\s+minister|"
                              r"minister\s+of\s+\w+|secretary\s+of\s+defen[cs]e|"
                              r"presidency|ombuds(?:man|woman|person)|cabinet\s+secretary|"
                              r"director\s+general\s+of\s+military\s+operations|army\s+chief|"
                              r"chief\s+of\s+(?:the\s+)?(?:army|defen[cs]e|general)\s+staff|"
                              r"human\s+rights\s+(?:defender|commissioner)|commissioner\s+for\s+human\s+rights)\b", re.I)
#: "Kenya will deploy …", "Armenia is still searching …": a state that opens the sentence as its subject.
_STATE_AS_SUBJECT = lazy_compile(r"\s+(?:will|would|has|have|had|is|was|says|said|lists|plans|wants|intends|"
                               r"announced|sent|sends|deployed|lost|counts)\b")


#: A military body or source: it reports what its own forces did.
_MILITARY_ORGAN = lazy_compile(r"\b(?:army|military|armed\s+forces|general\s+staff|defen[cs]e|security\s+sources?|"
                             r"military\s+sources?)\b", re.I)
#: "Turkish security forces", "Israeli jets": a state's forces, after its name or demonym.
_FORCES_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+)?(?:security\s+)?(?:forces|troops|army|military|soldiers|jets|warplanes|"
                           r"drones|artillery|navy|air\s+force)\b", re.I)


def _acting_forces_state(sentence: str) -> str:
    """The state whose forces a sentence opens with as the ones acting ("Turkish security forces
    'neutralized' 14 PKK/YPG terrorists …, the National Defense Ministry said"), or ""."""
    start = dateline_end(sentence)
    actors = find_actors(sentence[start:start + 60])
    if not actors or actors[0][0] > 4:
        return ""
    _, end, code, _ = actors[0]
    return code if code.isupper() and _FORCES_AFTER.match(sentence, start + end) else ""


def leading_state(sentence: str) -> str:
    """The state a sentence opens with as its subject, or ""."""
    start = dateline_end(sentence)
    actors = find_actors(sentence[start:start + 60])
    if not actors or actors[0][0] > 4 or not is_place_name(actors[0][3]):
        return ""
    _, end, code, _ = actors[0]
    return code if code.isupper() and _STATE_AS_SUBJECT.match(sentence, start + end) else ""


_SPOKE_IN = lazy_compile(r"\b(?:told|briefed|addressed|gave|held|at)\s+(?:a\s+|the\s+)?(?:press\s+conference|news\s+conference|"
                       r"briefing|reporters|journalists)\s+in\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def dateline_place(sentence: str) -> str:
    """The side of the place a sentence's dateline names ("GAZA CITY —", "PORT SUDAN, Sudan (AP) —"), or ""."""
    end = dateline_end(sentence)
    if not end:
        return ""
    dateline = sentence[:end].title()
    states = [code for _, _, code, _ in find_actors(dateline) if code.isupper()]
    towns = [code for _, _, code, _ in find_places(dateline)]
    return (states or towns or [""])[0]


def _dateline_capital(sentence: str) -> str:
    """The state of the capital a sentence's dateline names ("ISLAMABAD:", "KYIV, March 3 (Reuters) -"), or ""."""
    end = dateline_end(sentence)
    if not end:
        return ""
    for _, _, code, surface in find_actors(sentence[:end].title()):
        alias = aliases().get(surface.lower())
        if alias is not None and alias.kind == "capital":
            return code
    return ""


def _capital_spoken_in(sentence: str) -> str:
    """The state whose capital a speaker addressed the press in ("told a press conference in
    Kabul"), or ""."""
    spoke = _SPOKE_IN.search(sentence) if "in " in sentence else None
    if spoke is None:
        return ""
    alias = aliases().get(spoke.group("place").lower())
    return alias.code if alias is not None and alias.kind == "capital" else ""


def _state_opening(before: str) -> tuple[str, str] | None:
    """The state a sentence opens with by name ("Russia last gave …"), with its code, or None."""
    start = dateline_end(before)
    actors = find_actors(before[start:start + 40])
    if not actors or actors[0][0] > 0 or not actors[0][2].isupper() or not is_place_name(actors[0][3]):
        return None
    return actors[0][3], actors[0][2]


def state_or_empty(code: str) -> str:
    """A state's code, or "" for a kind of claimant (un, other, media, western) or a lower-case
    side (a role or group: "militants" holding captives are no side of theirs)."""
    return code if code.isupper() else ""
