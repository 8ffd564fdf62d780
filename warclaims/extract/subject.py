"""The subject: whose people an amount counts (`subject_of`, from its sentence alone; "" when
the sentence does not say).

The first rule that applies wins:

1. an actor named with the people: "600 North Korean soldiers" → KP, "72 Palestinian";
2. a toll "on both sides" or a "combined death toll" is `mixed`;
3. "20 of its fighters": the claimant's own side;
4. people called civilians are `civilians`; peacekeepers are `peacekeepers`;
5. a source right after the noun: "casualties from Russian forces", "losses of the Ukrainian
   army";
6. a metric noun owned by forces named after it: "1,600 casualties Russian forces suffered";
7. people harmed by an agent ("an Israeli strike killed …", "a Russian strike left 14 dead")
   are not the agent's side: civilians are `civilians`, others are left open;
8. the nearest actor before the amount that can own the people (`_agent_before`): an army
   named before its losses, not a place they fought in nor the side they fought against;
9. civilians by another name ("residents", "children") are `civilians`.

The article (`warclaims.extract.article`) asks first for a name beside a bare amount of a list
(`named_next_to`: "Uganda will provide 4,500 soldiers, Ethiopia 2,500") and lets a subset keep
its total's side.  People who are no civilians by name take their role (`ROLES`), the place the
sentence names (`place_in`: "killed in Lebanon" → LB; a demonym such as "Israeli air strikes"
names no place) or the place or nationality the article names most.  A count still without a
side takes, in order, the speaker's own side (`own_side`: an army reporting losses, "it would
send 1,500 troops"), the place the sentence names, the previous claim's people
(`inherited_subject`), the side the article puts before its soldiers most often
(`dominant_subject`) and the article's main place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from warclaims.countries import aliases
from warclaims.extract.head import MILITARY_NOUN_WORD, WINDOW, Head, is_metric_noun, is_military_noun
from warclaims.extract.sentences import Sentence, dateline_end
from warclaims.lexicon import MILITARY_NOUNS, expand_phrases, find_actors, folded_words, word_alternation
from warclaims.numbers import Amount
from warclaims.places import PLACE_WORD_AFTER, find_places
from warclaims.patterns import lazy_compile
from warclaims.sentence_cache import per_sentence

_NOT_AGENT_BEFORE = lazy_compile(
    r"\b(?:to|in|into|inside|against|from|of|for|with|on|at|toward|towards|near|across|over|"
    r"invaded|attacked|attacking|invading|help|helping|support|supporting|assist|assisting|"
    r"push|oust|fight|fighting|fought|defend|join|joined|alongside|by|between)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|"
    r"occupied|besieged|neighbouring|neighboring)\s+)?$"
    r"|\bbetween\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+(?:the\s+)?$",
    re.I,
)
_MILITARY_OWNER = lazy_compile(
    r"^(?:['’]s)?\s+(?:army|armed\s+forces|forces|military|troops|soldiers|losses|casualties|"
    r"death\s+toll|defen[cs]e\s+forces)\b",
    re.I,
)


_ACTIVE_HARM = lazy_compile(r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|hurt|"
                          r"captur(?:es|ed|ing)|shot|shelled|detain(?:s|ed|ing)|arrest(?:s|ed|ing)|abduct(?:s|ed|ing)|"
                          r"kidnap(?:s|ped|ping)|seiz(?:es|ed|ing))\b", re.I)
#: "a Russian strike left 14 dead": the attack's side is not the side of the dead.
_LEFT_BEFORE = lazy_compile(r"\bleft\s+(?:[\w,-]+\s+){0,5}$", re.I)   # "left 14 dead and 73 injured"
_HARM_AFTER = lazy_compile(r"\s*(?:people\s+)?(?:dead|killed|injured|wounded|hurt)\b", re.I)
_CIVILIAN_HEADS = lazy_compile(r"civilians?|people|persons|residents|villagers|children|women|"
                             r"patients|students|refugees|migrants|aid\s+workers|journalists|medics|doctors", re.I)


CIVILIAN_NOUN = lazy_compile(r"civilians?", re.I)
#: People the annotation guide names by their role, not their side.
ROLES = {"journalists": "journalists", "media workers": "journalists", "reporters": "journalists",
         "photographers": "journalists", "photojournalists": "journalists", "cameramen": "journalists", "aid workers": "aid workers",
         "humanitarian workers": "aid workers", "relief workers": "aid workers", "humanitarians": "aid workers",
         "peacekeepers": "peacekeepers",
         # merchant ships' crews (a navy's are its "sailors")
         "seafarers": "seafarers", "crew members": "seafarers", "crewmen": "seafarers", "crew": "seafarers",
         # criminal armed men, named by what the report calls them
         "bandits": "bandits", "gang members": "gangs", "gangsters": "gangs"}
#: A place: a name after "in", "on", "across", … ("killed in Lebanon" → LB, "in the Gaza Strip").
_PLACE_BEFORE = lazy_compile(r"\b(?:in|on|across|inside|into|through|throughout|of|from|stormed|attacked|invaded|struck|"
                           r"shelled|bombed|hit|hits|pounded|targeted)\s+(?:the\s+)?"
                           r"(?:(?:southern|northern|eastern|western|(?:south|north)-?(?:east|west)ern|central|occupied|besieged|"
                           r"war-torn|neighbou?ring|nearby|restive|embattled)\s+)?$", re.I)
#: "Colombia's northeastern Catatumbo region", "Russia's Kursk region", "Israel's north": a
#: country's possessive names a place only before a place ("Israel's 18-month offensive" is none).
_PLACE_OF_A_COUNTRY = lazy_compile(r"\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\b|central\b|far\b|"
                                 r"(?:[\w-]+\s+)?(?-i:[A-Z])|capital\b|border\b|coast\b)", re.I)
#: "Balochistan's Bolan district", "Rakhine's Ramree Island": a region's possessive before a place in it.
_PLACE_OF_A_REGION = lazy_compile(r"['’]s\s+(?:(?:north|south|east|west|central)\w*\s+)?[A-Z]")
_POSSESSIVE_OR_FORCE_AFTER = lazy_compile(r"^(?:['’]s\b|\s+(?:forces|troops|army|military|soldiers|strikes?|"
                                        r"airstrikes?|attacks?)\b)", re.I)


#: "Sudan fighting kills dozens", "Gaza war toll passes 60,000": a place named by the unrest in
#: it (not "Israel strike kills 20": who strikes is no place).
_UNREST_AFTER = lazy_compile(r"\s+(?:fighting|clashes|violence|war|conflict|unrest|death\s+toll|toll|bloodshed|"
                           r"massacre|crisis|insurgency)\b", re.I)

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


def named_in_phrase(head: Head) -> bool:
    return bool(find_actors(f"{head.modifiers} {head.noun}"))


def places_in(sentence: str, *, venues: bool = False) -> list[str]:
    """The codes of the places a sentence names, in order: country names and capitals (not
    demonyms: "from Israeli air strikes" names no place), towns and regions the gazetteer
    knows ("in Khan Younis", "the Jammu region"), not parts of a compound ("the Russia-Ukraine
    war"); with `venues`, also where a statement was made ("told reporters in New Delhi"):
    no place of the people counted, but a place the article is about."""
    named = find_actors(sentence)
    towns = [(start, end, code) for start, end, code, _ in find_places(sentence)
             if not any(s < end and start < e and not (start <= s and e <= end and e - s < end - start)
                        for s, e, _, _ in named)]   # an actor inside a longer town's name is the town ("Mocimboa da Praia")
    actors = [(start, end, code) for start, end, code, text in named
              if code.isupper() and is_place_name(text)
              and (sentence[end - 2:end] not in ("'s", "’s") or _PLACE_OF_A_COUNTRY.match(sentence, end))
              and not any(s <= start and end <= e for s, e, _ in towns)]
    ordered = sorted(actors + towns)
    # "in Maga, Kebbi State": a town, then the region it lies in; the region tells its country
    ordered = [place for place, after in zip(ordered, ordered[1:] + [None])
               if not (after and after[2] != place[2] and sentence[place[1]:after[0]] == ", " and after in towns)]
    return [code for start, end, code in ordered
            if (_PLACE_BEFORE.search(sentence[max(0, start - 40):start])
                or (start, end, code) in towns and PLACE_WORD_AFTER.match(sentence, end)
                or _UNREST_AFTER.match(sentence, end))
            and sentence[end:end + 1] != "-" and sentence[start - 1:start] != "-"
            and not ("ed in" in sentence[start - 6:start]   # "an NGO based in Germany"
                     and _BASED_IN_BEFORE.search(sentence, max(0, start - 20), start))
            and not (not venues and " in " in sentence[start - 4:start]   # "told the UN Human Rights Council in Geneva"
                     and _SPOKEN_IN_BEFORE.search(sentence, max(0, start - 90), start))
            and (not _POSSESSIVE_OR_FORCE_AFTER.match(sentence[end:end + 20])
                 or (start, end, code) in towns and _PLACE_OF_A_REGION.match(sentence, end))]


_OF_HIS_AFTER = lazy_compile(r"\s+of\s+(?:his|her)\s", re.I)
_BASED_IN_BEFORE = lazy_compile(r"\b(?:based|headquartered)\s+in\s+$", re.I)
#: Where a statement was made, not where its people were: "told the UN Human Rights Council in
#: Geneva", "told reporters in Kyiv", "at a news conference in Kabul".
_SPOKEN_IN_BEFORE = lazy_compile(r"(?:\b(?:told|briefed|addressed|telling|briefing|addressing|speaking\s+(?:to|at|before))"
                               r"(?:\s+(?:the|a|an|of|on|for|and|[A-Z][\w'’.-]*|reporters|journalists|lawmakers|"
                               r"legislators|delegates|diplomats|parliament))*?"
                               r"|\b(?:press|news)\s+conference|\bsummit)\s+in\s+$")


def place_in(sentence: str) -> str:
    """The side of the first place a sentence names, or ""."""
    places = places_in(sentence)
    return places[0] if places else ""


_POSSESSIVE_BEFORE = lazy_compile(r"\b(?:its|their)\s+$", re.I)
_ONE_MODIFIER = lazy_compile(r"(?:[\w'’]+-[\w'’-]+\s+)?")
_WITHDRAWN_BEFORE = lazy_compile(r"\b(?:withdr[ae]w(?:s|n|ing|al)?|pull(?:s|ed|ing)?\s+out|pull(?:s|ed|ing)?|remov(?:e|es|ed|ing)|"
                               r"evacuat(?:e|es|ed|ing)|redeploy(?:s|ed|ing)?)\b", re.I)
#: "casualties from Russian forces", "losses suffered by the Ukrainian army"; not the agent of a
#: harm ("20 people were killed by Israeli strikes" are not Israel's people).
_SOURCE_AFTER = lazy_compile(r"^\s*(?:(?:\w+\s+){0,2}?(?:from|of)|(?:(?:were|was|being|been)\s+)?(?:suffered|sustained|"
                           r"incurred|endured|fielded|deployed|sent|contributed|provided|committed|lost)\s+by)\s+(?:the\s+)?")


@per_sentence
def subject_of(sentence: str, amount: Amount, head: Head, claimant_spans: tuple[tuple[int, int], ...],
               claimant: str = "") -> str:
    """Whose people an amount counts, from the sentence alone ("" when it does not say)."""
    phrase = f"{head.modifiers} {head.noun}"
    for _, _, code, _ in find_actors(phrase):
        return code
    owner = _STATE_POSSESSIVE_BEFORE.search(sentence, max(0, amount.hedge_start - 50), amount.hedge_start)
    if owner:   # "Russia's roughly 2,000 peacekeepers", "Israel's 1,200 dead": the state's people
        states = [code for _, _, code, _ in find_actors(owner.group(1)) if code.isupper()]
        if states:
            return states[-1]
    if head.noun == "Marines" and not head.modifiers \
            and not _OWN_MARINES.intersection(code for _, _, code, _ in find_places(sentence)):
        # "About 18,000 Marines are stationed on Okinawa": the capitalised Marines are the U.S. Marine
        # Corps, but not in a state with a marine corps of its own ("in Sumisip, Basilan": the Philippines')
        return "US"
    side = _SIDE.search(sentence) if "side" in sentence else None
    if side:   # "On the Israeli side, 45 civilians and more than 70 soldiers were killed"
        for _, _, code, _ in find_actors(side.group(1)):
            return code
    if head.noun and (PEACE_MISSION.search(head.modifiers) or _PEACEKEEPER_WORD.search(head.modifiers)):
        return "peacekeepers"   # "more than 300 UNIFIL personnel have been killed", "61 peacekeeper fatalities"
    role = ROLES.get(head.noun.lower()) or ROLES.get(" ".join(phrase.lower().split()[-2:]))   # "dozens of gang members"
    if role in _ROLES_BY_NAME and not (head.noun.lower() == "peacekeepers" and (_sent_by_a_state(sentence) or head.own)):
        # … but "China has sent 50,000 peacekeepers", "Uruguay reported the death of one of its peacekeepers": the state's
        # "four crew members of the bulk carrier were killed", "the number of journalists killed …
        # had risen to 238": no nationality named, their role
        return role
    if head.noun.lower() in _STAFF and (
            _AID_BODY.search(claimant or "") and (head.own or head.modifiers.split()[-1:] in (["its"], ["their"])
                                                  or _OF_A_BODY_AFTER.match(sentence, head.end))
            # "five volunteers of the Sudanese Red Crescent Society", whoever counts them
            or _OF_A_BODY_AFTER.match(sentence, head.end) and _AID_BODY.search(sentence, head.end, head.end + 70)):
        return "aid workers"   # "more than 360 of its staff" (UNRWA), "nine staff members of Relief International"
    if not head.noun and _CIVILIAN_TOLL_BEFORE.search(sentence, max(0, amount.hedge_start - 60), amount.hedge_start):
        return "civilians"   # "SOHR had put the civilian toll at 532"
    if ("both" in sentence or "ombined" in sentence) and _BOTH_SIDES.search(sentence) \
            and not (head.noun and CIVILIAN_NOUN.fullmatch(head.noun)):   # pre-check
        return "mixed"   # … but "dozens of civilians were killed on both sides" are civilians (the guide's rule 2)
    if head.own and _OF_HIS_AFTER.match(sentence, amount.end) and _is_state_name(claimant):
        # "Seoul says 4,700 of his soldiers have been killed": a person's, not the state that speaks
        leaders = [code for _, _, code, text in find_actors(sentence[:amount.start])
                   if (alias := aliases().get(text.lower())) is not None and alias.kind == "leader"]
        if leaders:
            return leaders[0]   # the sentence's subject ("Kim Jong Un … sending troops to fight for Putin")
    elif (head.own or speaker_lost_own(sentence, amount)) and claimant:
        for _, _, code, _ in find_actors(claimant):   # "the Indian Army said it had lost five soldiers"
            return code
    if _MISSION_AFTER.match(sentence, head.end or amount.end):
        return "peacekeepers"   # "18 foreign soldiers serving with the UN and a regional force"
    if head.noun and CIVILIAN_NOUN.fullmatch(head.noun):
        return "civilians"
    if _MILITANT_NOUN.fullmatch(head.noun or head.next_word):
        return "militants"   # "around 40 terrorists", "33 attackers": no group named, a role (the guide's word)
    if head.noun.lower() == "peacekeepers":   # the annotation guide's word for UN forces …
        # … unless a state sends or has them: "China has sent more than 50,000 peacekeepers" (a state's forces)
        sender = _agent_before(sentence, amount.hedge_start, claimant_spans) \
            if head.own or _SENDS_OR_HAS_BEFORE.search(sentence, max(0, amount.hedge_start - 40), amount.hedge_start) else ""
        return sender if sender.isupper() else "peacekeepers"
    if head.noun and is_military_noun(head.noun) and _fielded_by_a_mission(sentence, amount):
        return "peacekeepers"   # "MONUSCO, which has some 11,000 uniformed personnel"
    if _COUNTRY_POSSESSIVE.search(sentence, max(0, amount.hedge_start - 20), amount.hedge_start) and claimant:
        for _, _, code, _ in find_actors(claimant):   # "the country's roughly 2,900 troops in Congo"
            return code
    has = _IT_HAS_BEFORE.search(sentence, max(0, amount.hedge_start - 50), amount.hedge_start)
    if has:
        named = [code for _, _, code, _ in find_actors(sentence[:amount.hedge_start])]
        fielders = [code for code in named if code.isupper()] or [code for code in named if code not in NOT_A_GROUP]
        if fielders and (has.group(1) or "").lower() == "which":
            # "Egypt has pledged 1,091 troops …, Ethiopia, which has some 10,000 troops": the one just named
            before_which = [code for _, _, code, _ in find_actors(sentence[:has.start()])]
            return next((code for code in reversed(before_which) if code in fielders), fielders[-1])
        if fielders:   # "Britain leads NATO's battlegroup in Estonia, where it has about 900 troops"; "The SDF says it has"
            return fielders[0]
    if _POSSESSIVE_BEFORE.search(sentence, max(0, amount.hedge_start - 12), amount.hedge_start):
        owner = _agent_before(sentence, amount.hedge_start, claimant_spans)   # "France will withdraw its 1,500 troops"
        if owner:
            return owner
    source = source_after(sentence, amount, head)
    if source:
        return source
    if _OF_MILITANTS_AFTER.match(sentence, head.end or amount.end):
        return "militants"   # "at least 10 bodies of militants"
    after = sentence[head.end or amount.end:(head.end or amount.end) + 60]
    if head.noun and is_metric_noun(head.noun):   # "1,600 casualties Russian forces suffered"
        owners = [a for a in find_actors(after[:40]) if _MILITARY_OWNER.match(after[a[1]:a[1] + 40])
                  and _SUFFERED.search(after, a[1], a[1] + 60)]   # not "dozens wounded as Israeli army launches …"
        if owners:
            return owners[0][2]
    before = sentence[max(0, amount.hedge_start - 40):amount.hedge_start]
    harmed_by_agent = _ACTIVE_HARM.search(before) or (_LEFT_BEFORE.search(before) and _HARM_AFTER.match(sentence, amount.end))
    if head.noun and _CIVILIAN_HEADS.fullmatch(head.noun) and harmed_by_agent:
        return "civilians"
    if harmed_by_agent:
        return ""   # "an Israeli strike killed …": the one who kills is not whose people died
    agent = _agent_before(sentence, amount.hedge_start, claimant_spans)
    if head.noun and _CIVILIAN_HEADS.fullmatch(head.noun) and (not agent or agent.islower()):
        return "civilians"   # "not under RSF control, at least 62 people were killed": no armed group's people
    return agent


#: "it has about 900 troops", "it keeps some 2,000 soldiers": the sentence's subject fields them.
#: … and "The United States, which has backed the SDF since 2015, currently has about 2,000 troops":
#: the sentence's subject, after its aside.
_IT_HAS_BEFORE = lazy_compile(r"(?:\b(it|which)|(,))\s+(?:now\s+|still\s+|already\s+|also\s+|currently\s+)?(?:has|had|keeps|kept|maintains|"
                            r"maintained|stations|stationed|deploys|deployed)\s+(?:about|around|some|roughly|nearly|"
                            r"more\s+than|over|up\s+to|at\s+least|fewer\s+than|close\s+to)?\s*$", re.I)
_OF_MILITANTS_AFTER = lazy_compile(r"[\"”]?\s+(?:\w+\s+)?of\s+(?:the\s+)?(?:terrorists|militants|jihadists|insurgents|"
                                 r"attackers|gunmen)\b", re.I)
_SUFFERED = lazy_compile(r"\b(?:suffered|suffer|suffers|sustained|incurred|lost|took|taken|endured)\b", re.I)
#: Fighters the sentence names by what they do, not by their group or side.
_MILITANT_NOUN = lazy_compile(r"terrorists|militants|jihadists|insurgents|gunmen|attackers|assailants|extremists|militiamen|"
                            r"rebels", re.I)


def is_militant_noun(noun: str) -> bool:
    """Whether a head noun names fighters by what they do ("terrorists", "attackers")."""
    return bool(_MILITANT_NOUN.fullmatch(noun))
#: UN and African Union peace missions: the troops they field are peacekeepers.
PEACE_MISSION = lazy_compile(r"\b(?:UNIFIL|MONUSCO|MINUSMA|MINUSCA|UNMISS|UNISFA|UNDOF|UNFICYP|UNMIK|MINURSO|UNAMID|AMISOM|"
                      r"ATMIS|AUSSOM|Unifil|Monusco|Minusma|Minusca|Unmiss|Unisfa|Undof|Amisom|Atmis|Aussom|"
                      r"Multinational\s+Security\s+Support|Gang\s+Suppression\s+Force|peacekeeping\s+(?:force|mission|operation)|U\.?N\.?\s+(?:peacekeeping\s+)?mission|"
                      r"(?:United\s+Nations|African\s+Union)\s+(?:[\w-]+\s+){0,4}?Mission)\b")
_PEACEKEEPER_WORD = lazy_compile(r"\bpeacekeep(?:er|ers|ing)\b", re.I)
#: "the country's 2,900 troops": the speaker's country's.
_COUNTRY_POSSESSIVE = lazy_compile(r"\bthe\s+(?:country|nation)['’]s\s+(?:[\w-]+\s+){0,2}$", re.I)
#: "On the Israeli side", "on the Ukrainian side": whose people the sentence counts.
_SIDE = lazy_compile(r"\b[Oo]n\s+the\s+((?:[A-Z][\w'’-]*\s+){1,2})side\b")
#: A UN agency or aid group's own staff are aid workers.
_STAFF = frozenset({"staff", "employees", "workers", "colleagues", "personnel", "members", "paramedics", "volunteers",
                    "medics", "crews", "crew", "doctors", "nurses"})
_AID_BODY = lazy_compile(r"\b(?:UN|U\.N\.|United\s+Nations|UNRWA|UNICEF|WFP|WHO|OCHA|UNHCR|IOM|Red\s+Cross|"
                       r"Red\s+Crescent|MSF|M[ée]decins|aid\s+(?:group|agency|organi[sz]ation)|charity|NGO|relief|Relief|"
                       r"Save\s+the\s+Children|Oxfam|Mercy\s+Corps|Rescue\s+Committee|Refugee\s+Council)\b")
_OF_A_BODY_AFTER = lazy_compile(r"\s+(?:members\s+)?of\s+(?:the\s+)?[A-Z]")
#: "the civilian toll at", "the civilian death toll rose to": the toll names whose dead it counts.
_CIVILIAN_TOLL_BEFORE = lazy_compile(r"\bcivilian\s+(?:death\s+)?(?:toll|casualties|deaths|fatalities)\b[^.;,]{0,40}$", re.I)
#: A toll of both sides: "killed on both sides", "the combined death toll".
_BOTH_SIDES = lazy_compile(r"\b(?:on\s+both\s+sides|from\s+both\s+sides|combined\s+(?:death\s+)?toll)\b"
                         # "operates on both sides of the border": where, not whose
                         r"(?!\s+of\s+(?:the\s+)?(?:border|frontier|line|river|boundary))", re.I)
#: States with a marine corps of their own, whose "Marines" a report from there may mean.
_OWN_MARINES = frozenset({"PH", "KR", "TW", "ID", "TH", "UK", "NL", "UA", "RU", "CN", "VN", "BR", "CO", "MX", "AR", "CL",
                          "PE", "IR", "EG", "SA", "IN", "PK", "BD", "MM", "MY", "FR", "ES", "IT", "PT", "NG", "LK"})
#: A state's possessive right before an amount (after a hedge): "Russia's roughly 2,000 peacekeepers".
_STATE_POSSESSIVE_BEFORE = lazy_compile(r"(?<![\w-])([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?:(?:roughly|about|around|"
                                      r"some|nearly|almost|estimated|an\s+estimated|more\s+than|over|at\s+least|"
                                      r"up\s+to|just)\s+)*$")
_NAME_JUST_BEFORE = lazy_compile(r"(?:^|[,:;]\s*|\band\s+)$")
_NAME_JUST_AFTER = lazy_compile(r"\s+(?:(?:are|is|were|was)\s+)?$")


#: "it had lost five soldiers", "Azerbaijan puts its own military death toll at 2,908": the
#: speaker counts its own.
#: … and "says it commands about 100,000 fighters": its own strength.
_SPEAKER_LOST = lazy_compile(r"\b(?:it|they|we)\s+(?:(?:had|has|have|also|only|now|still)\s+){0,2}(?:lost|commands?|fields?)\s+"
                           r"(?:only\s+|about\s+|some\s+|"
                           r"around\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?$|\b(?:its|their|our)\s+own\s+"
                           r"(?:[\w-]+\s+){0,2}(?:death\s+toll|toll|losses|casualties|dead)\b[^.;]{0,25}$", re.I)
#: "soldiers serving with the UN", "troops serving in MONUSCO": a peace mission's people.
_MISSION_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+)?serving\s+(?:with|in|under)\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|"
                            r"UNIFIL|MONUSCO|MINUSMA|MINUSCA|UNMISS|AMISOM|ATMIS|AUSSOM)\b")


def speaker_lost_own(sentence: str, amount: Amount) -> bool:
    """Whether the speaker counts its own people (`_SPEAKER_LOST`), or confirms the deaths of
    soldiers no nationality is named with ("Armenian officials have confirmed the deaths of
    1,339 servicemen": a state confirms its own)."""
    if _SPEAKER_LOST.search(sentence, max(0, amount.hedge_start - 60), amount.hedge_start):
        return True
    return bool(_CONFIRMED_DEATHS_OF.search(sentence, max(0, amount.hedge_start - 40), amount.hedge_start)
                and _BARE_SOLDIERS_AFTER.match(sentence, amount.end))


_CONFIRMED_DEATHS_OF = lazy_compile(r"\b(?:confirmed|acknowledged|admitted)\s+(?:the\s+)?deaths?\s+of\s+"
                                  r"(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+|another\s+)?$", re.I)
_BARE_SOLDIERS_AFTER = lazy_compile(r"\s+(?:more\s+)?(?:servicemen|soldiers|troops|service\s?members|military\s+personnel)\b")


def _fielded_by_a_mission(sentence: str, amount: Amount) -> bool:
    """Whether a peace mission named before the amount fields its people, with no state named
    before the mission ("Rwanda is a major contributor to the UN's peacekeeping force … and sent
    hundreds of troops" are Rwanda's)."""
    mission = PEACE_MISSION.search(sentence, 0, amount.hedge_start)
    if mission is None:
        return False
    fronted = _FRONTED_PLACE.match(sentence)   # "In Lebanon, the UN Interim Force (UNIFIL), which has about 10,000 troops"
    before = sentence[fronted.end() if fronted and fronted.end() <= mission.start() else 0:mission.start()]
    # … "The Kenyan-led Multinational Security Support mission": the lead state names the mission, not its people
    return not any(code.isupper() and not before.startswith("-led", end) for _, end, code, _ in find_actors(before))


def source_after(sentence: str, amount: Amount, head: Head) -> str:
    """A side named right after the people: "casualties from Russian forces", "losses of the
    Ukrainian army", "14 from South Africa", "fighters of the Al-Qaeda-linked JNIM" ("" when
    none; "withdrew about 700 troops from Somalia" names where they leave)."""
    after = sentence[head.end or amount.end:(head.end or amount.end) + 60]
    source = _SOURCE_AFTER.match(after)
    if source is None or _WITHDRAWN_BEFORE.search(sentence, max(0, amount.hedge_start - 60), amount.hedge_start):
        return ""
    named = after[source.end():source.end() + 40]
    actors = find_actors(named)
    if not actors or not _ONE_MODIFIER.fullmatch(named[:actors[0][0]]) or _WEAPON_AFTER.match(named, actors[0][1]):
        return ""   # … but "28 deaths from Iranian missile fire" are the fire's victims
    return actors[0][2]


_SENDS_OR_HAS_BEFORE = lazy_compile(r"\b(?:sent|sends|send|sending|deployed|deploys|deploy|contributed|contributes|"
                                  r"provided|provides|has|had|have|keeps|maintains|its|their)\s+"
                                  r"(?:(?:more\s+than|over|about|around|some|nearly|almost|up\s+to|at\s+least)\s+)?$", re.I)


#: "In Niger, 10 soldiers were killed …": a place the sentence opens with sets where it all happens.
_FRONTED_PLACE = lazy_compile(r"^\W*(?:In|Inside|Across|Throughout)\s+[^,;:]{2,60},")


def fronted_place(sentence: str) -> str:
    """The side of the place a sentence opens with ("In Niger, …", "In Cameroon's Far North
    region, …"), or ""."""
    start = dateline_end(sentence)
    fronted = _FRONTED_PLACE.match(sentence, start)
    return place_in(fronted.group()) if fronted else ""


#: "7,000 in Mali and 1,600 in Niger": a bare list item followed by its place.
_IN_PLACE_AFTER = lazy_compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")


def named_next_to(sentence: str, amount: Amount, places: bool = True) -> str:
    """A list item that names its people beside a bare amount: "Uganda will provide 4,500
    soldiers, Ethiopia 2,500", "72 Palestinian, four Israelis", "22 are Israelis, one is Thai",
    "7,000 in Mali and 1,600 in Niger".  Without `places`, a place after "in" does not count:
    "including about 460 in the Gaza ground offensive" says where a subset fell, not whose."""
    in_place = _IN_PLACE_AFTER.match(sentence, amount.end) if places else None
    if in_place:
        place = place_in(sentence[amount.end:in_place.end() + 40])
        if place:
            return place
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
_OPPONENT_BEFORE = lazy_compile(r"\b(?:with|against|alongside|by|versus|between|fighting|fought|attacked|attacking)"
                              r"\s+(?:the\s+)?$", re.I)


def _agent_before(sentence: str, position: int, claimant_spans: tuple[tuple[int, int], ...]) -> str:
    """The nearest actor before `position` that can own the people counted (not the city of a
    dateline: "BEIRUT — More than 1,000 people …")."""
    offset = max(0, position - WINDOW, dateline_end(sentence))
    candidates = [(s + offset, e + offset, code, text) for s, e, code, text in find_actors(sentence[offset:position])]
    candidates = [a for a in candidates if not any(s <= a[0] < e for s, e in claimant_spans)]
    owners = [a for a in candidates if _MILITARY_OWNER.match(sentence[a[1]:a[1] + 40])
              and not _OPPONENT_BEFORE.search(sentence[max(0, a[0] - 30):a[0]])]
    if owners:
        return owners[-1][2]
    agents = [a for a in candidates if not _NOT_AGENT_BEFORE.search(sentence[max(0, a[0] - 30):a[0]])
              and not _WEAPON_AFTER.match(sentence, a[1])]
    return agents[-1][2] if agents else ""


#: "Russian guided bombs hit Kharkiv: death toll rises to five": whose weapons they are is not
#: whose people they hit.
def attacker_of_harm(sentence: str, amount: Amount) -> str:
    """The state whose attack the amount's people were hurt in ("51 killed in Indian strikes",
    "wounded by Russian shelling"): whoever they are, not its people; "" when none is named."""
    after = sentence[amount.end:amount.end + 90]
    attack = _IN_AN_ATTACK_OF.search(after) if ("in " in after or "by " in after or "during " in after) else None
    if attack is None:
        return ""
    codes = [code for start, end, code, _ in find_actors(attack.group("agent"))
             if code.isupper() and _WEAPON_AFTER.match(attack.group("agent"), end)]
    return codes[0] if codes else ""


#: "… killed in Indian missile strikes", "wounded by Israeli fire": the attack the harm came in.
_IN_AN_ATTACK_OF = lazy_compile(r"\b(?:killed|dead|died|wounded|injured|hurt|martyred)\s+(?:[\w-]+\s+){0,3}?(?:in|by|during)\s+"
                              r"(?:an?\s+|the\s+)?(?P<agent>[A-Z][\w.'’-]*(?:\s+[\w-]+){1,3})", re.I)
_WEAPON_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+){0,2}?(?:strikes?|airstrikes?|missiles?|drones?|bombs?|shelling|rockets?|"
                           r"artillery|raids?|bombardment|bombing|occupation|incursion|invasion|offensive|aggression|fire|"
                           r"gunfire|attacks?|"
                           r"assault|onslaught|campaign|war\s+(?:on|against))\b", re.I)


_MILITARY_AFTER = lazy_compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{MILITARY_NOUNS})\b", re.I)
#: Where the last word of a noun for military people begins, in a folded sentence: it stands
#: after whitespace in `_MILITARY_AFTER`.  (Its end is not checked: that pattern is matched on
#: a slice, which may end inside a word.)
_MILITARY_WORD_START = lazy_compile(
    rf"(?<!\w)(?:{word_alternation(sorted({p.split()[-1].lower() for p in expand_phrases(MILITARY_NOUNS)}))})"
)


def dominant_subject(sentences: list[Sentence]) -> str:
    """The nationality most often put before a noun for military people in the article ("North
    Korean soldiers", "Niger's army"); "" when two are put there equally often."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        folded = folded_words(sentence.text)
        if folded is not None and not _MILITARY_WORD_START.search(folded[0]):
            continue   # no noun for military people, so no actor before one
        for start, end, code, _ in find_actors(sentence.text):
            if _MILITARY_AFTER.match(sentence.text[end:end + 60]):
                counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        # no side stands out (one mention is none: "Traoré's junta expelled French forces" in a
        # report of Burkina Faso's losses): the article's place decides instead
        return ""
    return ranked[0][0]


_ARMY = lazy_compile(r"\b(?:army|military|armed\s+forces|defen[cs]e\s+forces|IDF|defen[cs]e\s+ministry|"
                   r"ministry\s+of\s+defen[cs]e|general\s+staff|government|"
                   r"health\s+ministry|health\s+minister|ministry\s+of\s+health|health\s+authorities|health\s+officials|"
                   # a rescue service counts the people of its own side ("Magen David Adom said 11 people were hurt")
                   r"(?:rescue|ambulance|emergency)\s+services?)\b", re.I)


#: Armed groups whose fighters the annotation guide counts as a state's people ("Hamas fighters
#: → PS"); every other group keeps its own word (`hezbollah`, `houthis`, `fano`).
FIGHTERS_OF_A_STATE = {"hamas": "PS"}
#: Armed groups that govern a territory: they count its people as theirs, and speak as its authority.
TERRITORY_OF_GROUP = {"hamas": "PS", "houthis": "YE", "taliban": "AF"}
#: The authority a group's own bodies speak for: those governing a territory, and the Peshmerga,
#: the Kurdistan Region's forces within Iraq ("the Ministry of Peshmerga said …" is Iraq's).
AUTHORITY_OF_GROUP = {**TERRITORY_OF_GROUP, "peshmerga": "IQ"}


#: People a state fields: an armed group's word is never theirs unless named with them
#: ("five soldiers were killed … in a clash with Abu Sayyaf remnants" counts no group's men).
_STATE_FORCES_NOUN = lazy_compile(r"soldiers|troops|servicemen|servicemembers|service\s?members|personnel|"
                                r"policemen|police(?:\s+officers)?|officers|marines|paratroopers|sailors|airmen|"
                                r"guardsmen|reservists|conscripts|"
                                r"soldier|serviceman|policeman|officer|marine|paratrooper|reservist|conscript", re.I)
#: Lower-case sides that are no armed group (NATO troops are states' troops).
NOT_A_GROUP = frozenset({"civilians", "mixed", "nato", "militants", *ROLES.values()})


def can_be_theirs(code: str, head: Head) -> bool:
    """Whether people named by `head` can be the side `code`: a state's soldiers are no armed
    group's unless the group is named with them ("RSF soldiers")."""
    if not head.noun or named_in_phrase(head):
        return True
    is_group = bool(code) and code.islower() and code not in NOT_A_GROUP and code not in FIGHTERS_OF_A_STATE
    return not (is_group and _STATE_FORCES_NOUN.fullmatch(head.noun) or code in _NO_ARMY and _ARMY_NOUN.fullmatch(head.noun))


#: Sides with no army of their own: "the number of soldiers killed in Gaza" are not Palestinians.
_NO_ARMY = frozenset({"PS"})
#: What only an army fields (not "police", "officers" or "guards", which the Palestinian Authority has).
_ARMY_NOUN = lazy_compile(r"soldiers|troops|servicemen|servicemembers|service\s?members|reservists|conscripts|"
                        r"paratroopers|marines|sailors|airmen|soldier|troop|serviceman|reservist", re.I)


def inherited_subject(previous: str, head: Head) -> str:
    """The previous claim's people for a count that names none, unless they cannot be the same:
    only people called civilians are "civilians" ("12 civilians and three soldiers were wounded"), and people of
    a role are only those called so again ("300 aid workers" … "14 soldiers")."""
    if previous == "civilians" and head.noun and not is_metric_noun(head.noun) and not CIVILIAN_NOUN.fullmatch(head.noun):
        return ""   # … nor are "63 wounded people" at a hospital: only people called civilians are (the guide's rule 2)
    if previous in _ROLES_NOT_INHERITED and head.noun and not is_metric_noun(head.noun):
        return ""
    return previous


#: Roles a count of other people does not take from the claim before it.
_ROLES_NOT_INHERITED = frozenset({"journalists", "aid workers", "militants", "bandits", "gangs"})
#: Roles that are whose people an amount counts when the noun names them with no nationality.
_ROLES_BY_NAME = frozenset({"journalists", "aid workers", "seafarers", "peacekeepers", "bandits", "gangs"})
#: "China has sent more than 50,000 peacekeepers": a state that opens the sentence sends its own.
_STATE_SENDS_AFTER = lazy_compile(r"\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|plans\s+to\s+|is\s+to\s+)?(?:sent|sends|send|"
                                r"deployed|deploys|deploy|contributed|contributes|contribute|provided|provides|pledged|"
                                r"dispatched)\b", re.I)


def _sent_by_a_state(sentence: str) -> bool:
    actors = find_actors(sentence[:60])
    return bool(actors) and actors[0][0] <= 4 and actors[0][2].isupper() and bool(_STATE_SENDS_AFTER.match(sentence, actors[0][1]))


#: "… said it would send an additional", "… says we have deployed", "Egypt has pledged to
#: contribute up to": the speaker sends its own.
_SPEAKER_SENDS = lazy_compile(
    r"(?:\b(?:it|we|(?:his|her|its|their|our)\s+country)\s+(?:(?:would|will|had|has|have|plans\s+to|planned\s+to|intends\s+to|is|was|were|"
    r"already|also|now|soon|to|ready|prepared|willing|able|pledged|promised|offered|agreed|vowed|be)\s+){0,4}"
    r"|\b(?:pledged|promised|offered|agreed|vowed|committed)\s+to\s+)"
    r"(?:send|sent|sending|contribute|provide|deploy|deployed|deploying|dispatch|dispatched|"
    r"dispatching|station|stationed|stationing)\s+(?:(?:an?|another|additional|more|further|extra|some|about|"
    r"(?:company|battalion|brigade|contingent|unit|team)\s+of|"
    r"around|nearly|up\s+to|at\s+least|more\s+than)\s+)*[\"“]?$",   # 'it would deploy "a few thousand"'
    re.I,
)


#: Hedges between a harm verb and its amount ("killed about", "captured more than").
_HARM_HEDGE = r"(?:an?|another|more|about|around|nearly|some|up\s+to|at\s+least|more\s+than|over|roughly|approximately)"
#: "… said it had killed", "its forces killed", "our troops captured": the speaker's side harmed
#: the people counted, so they are not its own.
_SPEAKER_HARMS = lazy_compile(
    r"\b(?:it|they|we|(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|fighters|soldiers|units|army|men)"
    r"(?:\s+and\s+(?:[\w'’-]+\s+){1,3}?(?:forces|troops|fighters|soldiers|units|army))?)"
    r"(?:\s*,[^,;]{3,60},)?\s+"   # "its forces, backed by drones and helicopters, had killed"
    r"(?:(?:had|has|have|would|also|reportedly|then)\s+){0,2}(?:killed|kill|captured|capture|wounded|injured|"
    rf"eliminated|neutrali[sz]ed|detained|arrested|taken|took|destroyed)\s+(?:{_HARM_HEDGE}\s+)*[\"“‘']?\s*$|"
    # 'had "eliminated" 12 fighters'
    r"\b(?:it|they|we|(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|fighters|soldiers|units|army|men))(?:\s*,[^,;]{3,60},)?\s+"
    r"(?:(?:had|has|have|also)\s+){0,2}[\"“‘']\w+[\"”’']\s+(?:(?:about|around|some|more\s+than|over|nearly)\s+)?$",
    re.I,
)


def speaker_harms(before: str) -> bool:
    """Whether the text before an amount says the speaker's side harmed the people counted,
    also as a later item of the list the verb governs ("it has killed some 15,000 combatants in
    Gaza and 1,000 …")."""
    if _SPEAKER_HARMS.search(before) or ("troops" in before and _TROOPS_HARM.search(before)):
        return True
    item = _LIST_ITEM_START.search(before)
    return bool(item and _SPEAKER_HARMS.search(before[:item.start()].rstrip() + " "))


#: "[the army said] troops pursued the attackers, killed 30 fighters": troops named bare are the speaker's.
_TROOPS_HARM = lazy_compile(r"\btroops\s+(?:had\s+|have\s+|also\s+)?(?:[a-z]+ed\b[^.;:\d]{0,60}?(?:,|\band)\s+)?"
                          r"(?:killed|captured|wounded|injured|eliminated|neutrali[sz]ed|arrested|detained)\s+"
                          r"(?:(?:about|around|nearly|some|at\s+least|more\s+than|over)\s+)*$", re.I)
#: Where the current list item began: "… some 15,000 combatants in Gaza and ", "…, ".
_LIST_ITEM_START = lazy_compile(r"\s+\d[\d,.]*\s+[^.;]{0,50}?(?:,|\s+and)\s+$")


#: "the army had killed about 60", "its operations against JNIM in the area had killed", "Congolese
#: forces killed at least 80", ", killing dozens of": a state's forces or operations do the killing.
_FORCES_HARM = lazy_compile(r"\b(?:army|military|troops|forces|soldiers|air\s?force|operations?|(?:air\s?)?strikes|"
                          r"counter-offensive|offensive)\b[^.;:\d]{0,50}?\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?"
                          r"(?:killed|neutrali[sz]ed|eliminated|captured|arrested|detained)\s+|,\s+(?:killing|capturing|"
                          r"neutrali[sz]ing|eliminating)\s+", re.I)
_HARM_HEDGE_END = lazy_compile(rf"(?:(?:{_HARM_HEDGE}|dozens\s+of|hundreds\s+of|scores\s+of)\s+)*[\"“‘']?\s*$", re.I)


def forces_harm(before: str) -> bool:
    """Whether the words before an amount say that forces or their operations killed or captured
    the people counted: fighters they kill are the other side's."""
    for match in _FORCES_HARM.finditer(before):
        if _HARM_HEDGE_END.fullmatch(before, match.end()):
            return True
    return False


def _official_of_a_state_named(claimant: str, sentence: str) -> bool:
    """Whether an official of a state speaks, and the sentence names that state outside his words."""
    if not sentence or not _STATE_OFFICIAL_NOUN.search(claimant):
        return False
    states = {code for _, _, code, _ in find_actors(claimant) if code.isupper()}
    if len(states) != 1:
        return False
    outside = sentence.replace(claimant, " ")
    return any(code in states for _, _, code, _ in find_actors(outside))


_STATE_OFFICIAL_NOUN = lazy_compile(r"\b(?:officials?|minister|ministry|spokes(?:man|woman|person)|authorities)\b", re.I)


def _is_state_name(claimant: str) -> bool:
    """'Iran', 'Kyiv': a state named by itself (its name or capital), not a body of it."""
    actors = find_actors(claimant)
    return len(actors) == 1 and actors[0][0] == 0 and actors[0][1] == len(claimant) and is_place_name(actors[0][3])


def own_side(claimant: str, metric: str, before: str, sentence: str, handed_on: str = "") -> str:
    """An army reporting losses with no side named reports its own, unless it did the killing
    ("it had killed about 80 fighters"); so does an official of a state the sentence names
    besides ("Armenia has not yet disclosed a toll for its military, but an ethnic Armenian
    official confirmed that 2,317 soldiers had been killed"); a speaker saying "it would send
    1,500 troops" (`before` is the text before the amount) sends its own.  `handed_on` is the state
    of the claimant before, which "the military" with no state of its own speaks for."""
    if metric == "deployed" and not _SPEAKER_SENDS.search(before):
        return ""
    if metric != "deployed" and speaker_harms(before) or metric == "captured":
        return ""   # captives an army reports are mostly the other side's
    if metric != "deployed" and not _ARMY.search(claimant) and not _is_state_name(claimant) \
            and not _official_of_a_state_named(claimant, sentence):
        return ""   # … but "Iran says 610 killed in Israeli attacks": a state counts its own
    actors = find_actors(claimant)
    code = actors[0][2] if actors else handed_on if _ARMY.search(claimant) else ""
    if code.islower() and code not in TERRITORY_OF_GROUP:
        return ""   # "Junta Airstrike Kills 31 …: Arakan Army": the people a rebel army counts are not its men
    return TERRITORY_OF_GROUP.get(code, code)   # "the Houthi-run health ministry" counts Yemenis
