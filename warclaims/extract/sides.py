"""Whose people an amount counts, read with the rest of its sentence and its article
(`subject_in_article`); `subject` reads the sentence alone.

The decision runs in steps, each a function here, in this order:

1. a side the sentence itself gives (`_named_side`): the speaker's foe ("the enemy lost …"),
   the speaker's own ("five of our soldiers"), a place next to a bare list item, the total's
   side handed on to its parts, else `subject.subject_of`;
2. captives (`_captives_side`): they never take their captors' side, nor the place where
   they are held;
3. people called civilians only (`_civilians_side`): only people called civilians are
   `civilians`; others are a role, the place's side or the side of who counts them;
4. when the sentence gave none, the article's (`_side_from_context`): the speaker's own, a
   place fronted or named, the claim before's, the story's place, the article's main side;
5. corrections for who harmed whom (`_harmed_side`): the people a speaker says it killed are
   not its own, the attacker's victims are not the attacker's, a group word ("terrorists",
   "the rebels had lost") is the article's armed group.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from warclaims.extract.context import ArticleContext, state_or_empty
from warclaims.extract.head import CAPTIVE_NOUN, Head, is_military_noun
from warclaims.extract.subject import (
    CIVILIAN_NOUN,
    FIGHTERS_OF_A_STATE,
    NOT_A_GROUP,
    ROLES,
    TERRITORY_OF_GROUP,
    attacker_of_harm,
    can_be_theirs,
    forces_harm,
    fronted_place,
    inherited_subject,
    is_militant_noun,
    named_in_phrase,
    named_next_to,
    own_side,
    place_in,
    source_after,
    speaker_harms,
    speaker_lost_own,
    subject_of,
)
from warclaims.lexicon import find_actors
from warclaims.numbers import Amount
from warclaims.patterns import lazy_compile


@dataclass(frozen=True)
class Counted:
    """One amount being read, with what every step of the decision looks at: its sentence,
    noun and metric, where the next amount starts, the claimants' own words (`spans`), who
    said it (`said_by`; `speaker`, a pronoun resolved) and the state that speaker speaks for."""

    text: str
    amount: Amount
    head: Head
    metric: str
    next_start: int
    spans: tuple[tuple[int, int], ...]
    said_by: str
    speaker: str
    speaker_side: str

    @property
    def before(self) -> str:
        """The 80 characters before the amount and its hedge."""
        return self.text[max(0, self.amount.hedge_start - 80):self.amount.hedge_start]

    @property
    def named(self) -> bool:
        """Whether the amount's own phrase names whose people they are ("25 Indian tourists")."""
        return named_in_phrase(self.head)

    @property
    def military(self) -> bool:
        return bool(self.head.noun) and is_military_noun(self.head.noun)

    @property
    def captives(self) -> bool:
        return self.metric == "captured" or bool(self.head.noun and CAPTIVE_NOUN.fullmatch(self.head.noun))

    @property
    def called_civilians(self) -> bool:
        return bool(self.head.noun and CIVILIAN_NOUN.fullmatch(self.head.noun))


def speaker_side(speaker: str, context: ArticleContext) -> str:
    """The state a claimant speaks for: named in its words, else the one handed on."""
    for _, _, code, _ in find_actors(speaker):
        if code.isupper():
            return code
    return context.claimant_country if context.claimant_country.isupper() else ""


def subject_in_article(counted: Counted, shared: str, in_subset: bool, context: ArticleContext) -> tuple[str, bool]:
    """Whose people the amount counts (a code of the guide, or ""), and whether the sentence
    gave no side and the article's had to be taken (a reason to read the claim first).
    `shared` is the side of the total the amount is a part of ("…, including 19 children")."""
    subject = _named_side(counted, shared, in_subset, context)
    subject = _captives_side(counted, subject, shared, context)
    subject = _civilians_side(counted, subject, shared, context)
    from_context = not subject
    subject = _side_from_context(counted, subject, context)
    subject = _held_captives_side(counted, subject, shared, context)
    subject = _harmed_side(counted, subject, context)
    return FIGHTERS_OF_A_STATE.get(subject, subject), from_context   # the guide: Hamas fighters -> PS


#: "the enemy's losses … amounted to", "the enemy lost over 225 personnel", "Battlegroup South
#: inflicted losses of": the speaker's foe's people.
_ENEMY_NEAR = lazy_compile(r"\b(?:the\s+)?enemy(?:['’]s)?\b|\binflicted\s+(?:losses|casualties)\b", re.I)
#: "Five of our brave soldiers", "23 of the group's fighters": the speaker's own.
_OF_OUR = lazy_compile(r"\s+of\s+(?:our\b|the\s+(?:group|movement|militia|organi[sz]ation)['’]s\s)", re.I)


def _named_side(counted: Counted, shared: str, in_subset: bool, context: ArticleContext) -> str:
    """The side the sentence gives the amount, before captives and the article are considered."""
    text, amount, head = counted.text, counted.amount, counted.head
    enemy = context.opponent(counted.speaker_side) if _ENEMY_NEAR.search(text, max(0, amount.hedge_start - 90),
                                                                         amount.hedge_start) else ""
    # "Azerbaijan puts its own … toll at 2,908"; '"Five of our brave soldiers …," he said'
    # … and "The SDF, which says it commands about 100,000 fighters": the group's own
    own_count = (_group_speaking(counted.said_by) or counted.speaker_side) \
        if speaker_lost_own(text, amount) or _OF_OUR.match(text, amount.end) else ""
    # a place next to a bare list item names its side ("7,000 in Mali and 1,600 in Niger"), but not an
    # armed group's ("killed 44 ISIS operatives and detained 166 in Iraq and Syria")
    # … nor a force's ("keeps about 2,500 troops in Iraq and some 900 in Syria": where they are)
    places_name_side = not (in_subset and shared) and not shared.islower() and counted.metric != "deployed"
    return (enemy or own_count or (named_next_to(text, amount, places=places_name_side) if not head.noun else "")
            or (source_after(text, amount, head) if shared else "")   # "…, including 14 from South Africa"
            or shared or subject_of(text, amount, head, counted.spans, counted.said_by))


_HOSTAGES = lazy_compile(r"hostages|captives", re.I)
#: The armed group that rules a territory (the inverse of `TERRITORY_OF_GROUP`).
_GROUP_OF_TERRITORY = {territory: group for group, territory in TERRITORY_OF_GROUP.items()}


def _captives_side(counted: Counted, subject: str, shared: str, context: ArticleContext) -> str:
    """Captives are held where their captors are, by their captors: neither the place nor an
    armed group that holds them names their side ("all 59 hostages" after "Hamas rejected")."""
    if not counted.captives:
        return subject
    text, amount, head = counted.text, counted.amount, counted.head
    if subject.islower() and subject != "civilians" and not counted.named and subject != shared \
            and source_after(text, amount, head) != subject:   # "212 members of the NPA had surrendered" are NPA's
        # … and "killed 300 Fano fighters and captured 70 others": the list's people stay Fano's
        subject = _captors_foe(subject, context)
    if not subject:   # "Of the 251 hostages seized in the Hamas-led attack": the captors' foe
        subject = next((foe for _, _, code, _ in find_actors(text) if (foe := _captors_foe(code, context))), "")
    if not subject and head.noun and _HOSTAGES.fullmatch(head.noun):
        # "58 hostages are still being held in Gaza": held in a territory a group rules, they are its foe's
        subject = _captors_foe(_GROUP_OF_TERRITORY.get(place_in(text), ""), context)
    return subject


#: The toll named before, of which the next amounts are a part.
_AMONG_THE_DEAD_BEFORE = lazy_compile(r"\b(?:(?:the|those)\s+(?:dead|killed|victims|casualties|wounded|injured)\s+"
                                    r"(?:include[sd]?|were|are|was)|among\s+(?:the|those)\s+(?:dead|killed|victims|"
                                    r"casualties|wounded|injured)(?:\s+(?:were|are))?)\s+"
                                    # … and the items of its list ("49 women and 13 children")
                                    r"(?:(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?\d[\d,]*\s+[a-z]+,?\s+(?:and\s+)?){0,4}"
                                    r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?$", re.I)


def _civilians_side(counted: Counted, subject: str, shared: str, context: ArticleContext) -> str:
    """Only people called civilians are `civilians`."""
    if subject != "civilians" or shared or counted.called_civilians:
        return subject
    text, head, before = counted.text, counted.head, counted.before
    if context.previous_subject and not counted.named and _AMONG_THE_DEAD_BEFORE.search(before):
        # "the dead included 49 women and 13 children", "Among the dead were 316 children": a
        # part of the toll before, whose people they are (the guide's rule 3)
        subject = context.previous_subject
        if subject != "civilians":
            return subject
    # others are a role, the place's side, or the side of the army or health ministry that
    # counts them ("610 people …, Iran's Health Ministry says")
    held = _held_side(text, counted.amount, context) if counted.captives else ""
    return (ROLES.get(head.noun.lower(), "") or held or place_in(text)
            or own_side(counted.speaker, counted.metric, before, text)
            or context.story_place or context.place() or context.nationality() or subject)


def _side_from_context(counted: Counted, subject: str, context: ArticleContext) -> str:
    """The first side the people can be (`can_be_theirs`): the sentence's, else the speaker's
    own, a place fronted or named, the claim before's, the story's place, the article's."""
    text, head, before = counted.text, counted.head, counted.before
    military, captives = counted.military, counted.captives
    return _first_side(head, lambda: subject,
                       lambda: own_side(counted.speaker, counted.metric, before, text, counted.speaker_side),
                       lambda: fronted_place(text),
                       lambda: "" if military or captives else place_in(text),
                       lambda: inherited_subject(context.previous_subject, head),
                       lambda: context.story_place,
                       # the nationality most put before "soldiers" is whose soldiers; a toll
                       # of people is the place's ("Health Ministry says toll … has passed 68,000")
                       *((context.dominant, context.place) if military or head.strong
                         else (context.place, context.dominant)))


def _first_side(head: Head, *candidates: Callable[[], str]) -> str:
    """The first of the candidate sides, in order, that names a side the people can be
    (`can_be_theirs`); each is reckoned only when the ones before it gave none."""
    for candidate in candidates:
        side = candidate()
        if side and can_be_theirs(side, head):
            return side
    return ""


#: "Israel has detained more than", "Ukrainian forces captured": who took the captives counted next.
_CAPTURED_JUST_BEFORE = lazy_compile(r"\b(?:has|have|had)?\s*(?:captured|detained|took\s+prisoner|taken\s+prisoner|"
                                   r"seized|abducted)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|"
                                   r"at\s+least\s+|nearly\s+|up\s+to\s+)?$", re.I)


def _held_captives_side(counted: Counted, subject: str, shared: str, context: ArticleContext) -> str:
    """Captives given an armed group's side or their captor state's are the side they are held from."""
    if not counted.captives or counted.named:
        return subject
    if subject.islower() and subject not in NOT_A_GROUP and subject != shared \
            and source_after(counted.text, counted.amount, counted.head) != subject:
        subject = _held_side(counted.text, counted.amount, context)   # the hostages of the Jaffar Express are no BLA men
    captor = _state_captor_before(counted.before)
    if captor and subject == captor:
        # "Russia has captured 1,200 soldiers in the Kursk region": a state's captives are its foe's
        subject = context.opponent(captor) or subject
    return subject


def _held_side(sentence: str, amount: Amount, context: ArticleContext) -> str:
    """Whose people captives with no side named are: the place the sentence names, unless their
    captors are that place's ("Israeli forces detained dozens of people across the West Bank"
    are Palestinians), else the claim before's, else the article's nationality."""
    captors = {code for _, _, code, _ in find_actors(sentence[:amount.hedge_start])}
    place = place_in(sentence)
    if place and place not in captors:
        return place
    return state_or_empty(context.previous_subject) or context.nationality()


def _state_captor_before(before: str) -> str:
    """The state whose name stands right before the capture verb that counts the amount ("Israel
    has detained more than 17,000 people"), or ""."""
    verb = _CAPTURED_JUST_BEFORE.search(before)
    if verb is None:
        return ""
    actors = [code for _, end, code, _ in find_actors(before[:verb.start()])
              if end >= verb.start() - 25 and not _NOT_THE_VERBS_SUBJECT.search(before, end, verb.start())]
    return actors[-1] if actors and actors[-1].isupper() else ""


#: Between a name and a capture verb: the name is in the object of a verb before ("killed more
#: than 120 of the "Burhan militias" and captured 35 others"), not who captured.
_NOT_THE_VERBS_SUBJECT = lazy_compile(r"\band\b|[,\"”]")


def _captors_foe(captors: str, context: ArticleContext) -> str:
    """Whose people an armed group holds: for a group that rules a territory, the state the
    article names most after that territory ("251 hostages seized in the Hamas-led attack" are
    Israel's); else none (the place they are held in is the captors')."""
    territory = TERRITORY_OF_GROUP.get(captors, "")
    return context.opponent(territory) if territory else ""


#: "the rebels had lost", "the army suffered": who lost the people counted, named by a bare noun.
_LOSER_BEFORE = lazy_compile(r"\bthe\s+(?:(?P<group>rebels|militants|insurgents|jihadists|militia|guerrillas)|army|military|"
                           r"armed\s+forces)\s+(?:had\s+|has\s+|have\s+)?(?:lost|suffered|sustained|incurred)\s+"
                           r"(?:(?:about|around|some|nearly|more\s+than|over|at\s+least|up\s+to|as\s+many\s+as|"
                           r"dozens\s+of|hundreds\s+of|thousands\s+of|tens\s+of)\s+)*$", re.I)
_CIVILIAN_TOLL_JUST_BEFORE = lazy_compile(r"\bcivilian\s+(?:death\s+)?(?:toll|casualties|deaths|losses)\s+(?:at|of|to|"
                                         r"(?:rose|stood|stands|reached|climbed)\s+(?:to|at))\s+(?:about\s+|around\s+|"
                                         r"some\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?$", re.I)


def _harmed_side(counted: Counted, subject: str, context: ArticleContext) -> str:
    """Who harmed whom, where the words say: the people a speaker killed, a civilian toll, a
    group word for fighters, who lost them, an attack's victims."""
    text, amount, head, before = counted.text, counted.amount, counted.head, counted.before
    if speaker_harms(before) and not counted.named:   # "killed 47 Malian soldiers": Mali's, whoever says so
        subject = _not_the_speakers_own(counted, subject, context)
    if subject != "civilians" and _CIVILIAN_TOLL_JUST_BEFORE.search(text, max(0, amount.hedge_start - 40),
                                                                    amount.hedge_start):
        subject = "civilians"   # "put the civilian toll at 31 dead and 57 injured"
    if subject == "militants" and is_militant_noun(head.noun or head.next_word):
        # "around 40 terrorists": the fighters of the group the article is about; in Gaza or the
        # West Bank, with no group named, the Palestinians' (the guide: Hamas fighters are PS)
        subject = context.armed_group() or ("PS" if _place_of_the_amount(counted, context) == "PS" else subject)
    elif (head.noun or head.next_word).lower() == "fighters" and not counted.named and forces_harm(before):
        # "its operations against JNIM had killed about 60 fighters": the armed group's
        subject = context.armed_group() or subject
    elif not counted.named and "the " in before and (loser := _LOSER_BEFORE.search(before)):
        # "the rebels had lost nine fighters": the article's armed group's; "the army suffered
        # hundreds of thousands of casualties": the state the article is about
        subject = (context.armed_group() if loser.group("group") else state_or_empty(context.place())
                   or state_or_empty(context.dominant())) or subject
    attacker = attacker_of_harm(text, amount) if subject.isupper() and not counted.named else ""
    if attacker and subject == attacker:
        # "ISPR says 51 killed in Indian strikes": the attack's victims are not the attacker's people
        subject = next((side for side in (counted.speaker_side, context.opponent(attacker))
                        if side and side != attacker), "")
    return subject


def _not_the_speakers_own(counted: Counted, subject: str, context: ArticleContext) -> str:
    """The people a speaker says it killed are not its own."""
    speakers = {code for _, _, code, _ in find_actors(counted.speaker)}
    if subject in speakers:
        # "Mali's army said its forces had killed about 80 fighters": not Mali's own; "the Israeli
        # army said its forces had 'eliminated' 12 fighters in Jenin": the place's
        # … and "troops pursued the attackers, killed 30 fighters": the article's armed group's
        group = context.armed_group() if counted.military else ""
        # … else the state it fights ("Israel says … it killed at least 30 senior security officials")
        foe = context.opponent(subject) if subject.isupper() else ""
        subject = next((side for side in (group, place_in(counted.text), context.place(), foe)
                        if side and side not in speakers), "")
    if counted.military and any(code.islower() for code in speakers) and can_be_theirs(context.place(), counted.head):
        subject = context.place() or subject   # "JNIM said it had killed 100 soldiers": the state it fights
    return subject


def _place_of_the_amount(counted: Counted, context: ArticleContext) -> str:
    """The place named in the amount's own clause ("1,000 terrorists inside Israel"), else, when
    the sentence names none, the article's."""
    own = place_in(counted.text[counted.amount.start:counted.next_start])
    return own or ("" if place_in(counted.text) else context.place())


def _group_speaking(speaker: str) -> str:
    """The armed group a claimant names when it names no state ("The SDF", "Hezbollah's media office")."""
    codes = [code for _, _, code, _ in find_actors(speaker)]
    return codes[0] if codes and not any(code.isupper() for code in codes) and codes[0] not in NOT_A_GROUP else ""
