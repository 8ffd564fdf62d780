"""The claimant: who said so (`find_attributions`), and for whom they speak (`claimant_country`).

A sentence's claimants are all found, in reading order:

1. by the phrases that name a source: "quoted X as saying", "X were reported as saying",
   "according to X" (also "according to the latest figures from X"), "a report from X", "the
   figure given by X", "X, which said", "…, said X", "This information was disclosed by X",
   and a headline's "…: X";
2. as the speaker before a saying verb: "X said", "X, a news agency, reported" (the name before
   the apposition), "X, who heads …, informed", and the subject of the last clause in "The
   report revealed that some Ethiopian officials estimate".

A claimant is a name or a role, never a clause, a time, an event or a count
(`_names_a_speaker`).  A claim takes the claimant nearest its amount (`nearest_attribution`; a
reference back such as "the organization" or "the country's intelligence agency" stands for the
one named before it), else the one that "This information was disclosed by X" names in the next
sentence (`forward_attribution`).

The claimant's country, by the first rule that applies: `media` for news outlets and
mastheads (not an official body that a news story names); `un` for UN bodies (a state's
ambassador "to the United Nations" speaks for the state); `other` for monitors and aid groups
named after a country and for armed groups; the one country or governing group named (two or
more, or Western words: `western`); the counted people's country for local bodies ("the
Health Ministry") and, when no country is handed on, for a place's officials; `other` for
analysts, sources and acronyms that are no state, outlet or UN body; else the country handed
on.  A person named alone takes the country of the title he was introduced with
(`country_introduced_with`: "Iran's Health Minister Mohammad-Reza Zafarghandi").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from warclaims.countries import aliases
from warclaims.dates import MONTH_PATTERN
from warclaims.extract.sentences import dateline_end
from warclaims.extract.subject import AUTHORITY_OF_GROUP, NOT_A_GROUP
from warclaims.lexicon import (
    ACTORS,
    GOVERNMENT_ACRONYMS,
    expand_phrases,
    find_actors,
    folded_words,
    word_alternation,
)
from warclaims.news_outlets import names_an_outlet
from warclaims.numbers import Amount
from warclaims.sentence_cache import per_sentence
from warclaims.places import country_of_place, find_places, named_as_place
from warclaims.patterns import LazyPattern, lazy_compile

_SAY = (
    r"said|says|say|has\s+said|have\s+said|had\s+said|told|tells|tell|claims?|claimed|estimated|estimates?|"
    r"attributes|attributed|"
    r"believe|think|"
    r"has\s+estimated|have\s+estimated|reported|reports|has\s+reported|had\s+reported|believes|"
    r"believed|announced|declared|stated|confirmed|added|wrote|noted|warned|accused|accusing|"
    r"disclosed|revealed|indicated|assessed|assesses|put\s+the\s+(?:death\s+)?(?:number|figure|toll|tally)|puts\s+the\s+(?:death\s+)?(?:number|figure|toll|tally)|"
    r"(?:raised|lowered|revised|updated)\s+(?:the|its|their)\s+(?:own\s+)?(?:official\s+)?(?:overall\s+|total\s+)?(?:death\s+)?(?:number|figure|toll|tally|"
    r"estimate|count)|"
    r"quoted|cited|citing|briefed|informed|acknowledged|acknowledges|admitted|admits|alleged|insisted|testified|"
    r"report|announces|confirms|asserted|asserting|asserts|highlighted|described|showed|shows|show|counts|"
    r"found|identified|recorded|documented|counted|tallied|listed|lists|revised|continued|explained|stressed|emphasi[sz]ed|"
    r"concluded|pointed\s+out|verified|has\s+verified|have\s+verified|registered|has\s+registered|have\s+registered|"
    r"suggest|suggests|suggested|indicate|indicates|argued|argues|contended|contends|maintains|established|"
    r"has\s+established|list|specified|detailed|clarified|confirm|"
    # agency and translated copy: "…, informs the General Staff", "the general staff affirmed that"
    r"informs|affirmed|affirms|specifies"
)
_TIME_TAIL = lazy_compile(
    r"(?:\s*,)?\s+(?:(?:early|late|earlier|later)\s+)?(?:on\s+|last\s+|this\s+|in\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|today|"
    rf"yesterday|night|morning)|{MONTH_PATTERN}(?:\s+\d{{1,2}})?)\s*$",
    re.I,
)
_ADVERB_TAIL = lazy_compile(r"\s+(?:also|reportedly|previously|earlier|later|has|have|had|once|repeatedly|consistently|long|"
                          r"frequently|often|again|already|initially|originally|privately|"
                          r"further|separately|then|(?-i:now)|recently|publicly|officially|traditionally|first)\s*$",
                          re.I)   # "Myanmar Now" is an outlet
PRONOUNS = lazy_compile(r"^(?:he|she|they|it|(?:the|its|their)\s+(?:same\s+(?=(?:sources?|group|organi[sz]ation|monitor|agency)$))?(?:agency|ministry|minister|official|officials|"
                      r"spokesman|spokeswoman|spokesperson|president|general|lawmaker|organi[sz]ation|alliance|office|"
                      # "…, the report added": a document stands for whoever issued it, named before
                      r"report|post|statement|update|assessment|bulletin|study|analysis|briefing|communiqu[eé]|"
                      r"data|figures|statistics|tally|"
                      # "the project", "the researchers": the count named before
                      r"project|team|researchers|investigators|monitor|watchdog|"
                      # "…, the source added": the source named before
                      r"source|sources))$",
                      re.I)
#: "the country's intelligence agency": a body named by the country of a claimant named before it.
COUNTRY_REFERENCE = lazy_compile(r"^the\s+(?:country|nation)['’]s\s", re.I)
_NOT_A_SPEAKER = lazy_compile(
    r"^\s*(?:in|on|at|of|after|before|during|since|as|for|from|by|earlier|later|meanwhile|however|"
    r"separately|elsewhere|additionally|moreover|furthermore|overall|previously|initially|similarly|likewise|meantime|"
    r"instead|also|still|nonetheless|nevertheless|"
    r"but|and|this|these|that|those|there|which|(?-i:[Ww]ho)|(?:with\s+)?the\s+(?:rest|remainder))\b", re.I)


#: A quantifier alone is no speaker ("some [estimates put]").
_QUANTIFIER_ONLY = lazy_compile(r"^(?:some|many|several|others?|most|all|both|each|few|the|(?:a|an|the)\s+(?:19|20)\d\d)$",
                               re.I)   # … nor "A 2021" before "report by"
#: … but "official figures" are the authorities' ("according to official figures": the state's count).
_GENERIC = lazy_compile(r"^(?:(?:some|other|several|many|recent|new|latest|unofficial|preliminary|the)\s+)*"
                       r"(?:data|estimates?|figures|reports?|sources|information)$", re.I)
#: Titles whose full stop does not end a name ("Dr. Khalil al-Daqran", "Lt. Gen. …").
_TITLES = ("Dr", "Mr", "Ms", "Mrs", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Rep", "Sen", "Gov", "Prof", "St", "Adm",
           "Brig", "Cmdr", "Cdr", "Cpl", "Pvt", "Insp", "Supt", "Amb", "Rev", "Hon")
_TITLE_DOT = "|".join(rf"(?<=\b{t})\." for t in _TITLES)
_NOT_TITLE_DOT = "".join(rf"(?<!\b{t})" for t in _TITLES)
#: No clause punctuation in a name, but "U.K.", "U.S." and "Dr." pass.
_NP = rf"(?:[^,;.“”\"]|(?<=\b[A-Z])\.|{_TITLE_DOT})"
_END_DOT = rf"(?<!\b[A-Z]){_NOT_TITLE_DOT}\."
#: "claims to be safe" reports nothing; "a think tank" is no thinking.
#: After an article the word is a noun ("the report added", "a statement said").
_SAY_WORD = lazy_compile(rf"\s*,?\s+(?<!(?<![\w'’-])the\s)(?<!(?<![\w'’-])a\s)(?<!(?<![\w'’-])an\s)(?:{_SAY})\b"
                         r"(?!\s+to\s+be\b)(?!(?<=think)\s+tanks?\b)"
                         # "the conflict has claimed more than 40,000 lives": a toll, not a claim
                         r"(?!(?<=claimed)[^.;]{0,40}\blives\b)(?!(?<=claims)[^.;]{0,40}\blives\b)"
                         # "Intelligence estimates from the US …", "Western reports suggest": a noun
                         r"(?!(?<=estimates)\s+(?:from|by|of|suggest|show|put|indicate)\b)"
                         r"(?!(?<=reports)\s+(?:from|by|of|suggest|show|put|indicate)\b)"
                         # "citing a confidential Ukrainian estimate, reported": the noun before a comma
                         r"(?!(?<=estimate)\s*[,;)])",
                         re.I)
_SAY_INSIDE = lazy_compile(rf"\s(?:{_SAY})\s(?!(?<=think\s)tanks?\b)(?!(?<=estimates\s)(?:from|by|of)\b)"
                          r"(?!(?<=ed\s)by\b)", re.I)   # "Lawmakers briefed by the NIS": a participle
_CLAUSE_MARKS = ",;:“”\""
_ACCORDING = lazy_compile(
    r"\baccording\s+(?:to\s+)?(?:(?:(?:the|a|an)\s+)?(?:(?:latest|new|recent|preliminary|official|"
    r"updated)\s+)*(?:estimates?|figures|data|report|assessment|statement|briefing|count)\s+"
    rf"(?:by|from|of)\s+)?(?P<np>{_NP}{{2,120}}?)(?=\s*(?:[,;“”\"]|{_END_DOT}|$|\s+(?:on|in|at)\s+|\s+(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
    re.I,
)
#: … not "…, told The EastAfrican by phone": whom a speaker tells is no speaker.
_INVERTED = lazy_compile(rf"[,”\"]\s*(?!(?:told|tells|tell)\b)(?:{_SAY})\s+(?!(?:the|an?)\s+(?:attack|attacks|killing|killings|bombing|"
                       rf"bombings|strike|strikes|assault|raid|ambush|abduction|kidnapping|massacre|shooting)\b)"   # "claimed the attack"
                       rf"(?P<np>(?=(?:the|a|an|one|two|three|police|officials|ministry|army|military|"
                       rf"witnesses|residents|medics|sources|rescuers|authorities|activists|monitors|doctors|locals|survivors|"
                       rf"relatives|analysts|experts|observers|"
                       # a headline's "…, says lawyers' group", "…, says rights group", "…, says war monitor"
                       rf"lawyers['’]?|rights|aid|medical|health|local|war|monitor|group)(?![\w'’])|[A-Z]){_NP}{{2,80}}?)"
                       rf"(?=\s*(?:[,;]|{_END_DOT})|$)")
_CITING_ASIDE = lazy_compile(r"[,”\"]\s*(?:citing|quoting)\b", re.I)
_QUOTED_AS = lazy_compile(r"\bquoted\s+(?!by\b)(?P<np>[^,;]{2,80}?)\s+as\s+saying\b", re.I)
#: "…, officials in Washington were reported as saying by the New York Times."
_REPORTED_AS = lazy_compile(r"(?:^|(?<=,)\s*)(?P<np>[^,;]{2,60}?),?\s+(?:was|were)\s+(?:reported|quoted|cited)"
                            r"(?:\s+by\s+[^,;]{2,60}?)?\s+as\s+saying\b",
                          re.I)
_REPORT_FROM = lazy_compile(
    r"\b(?:(?:report|statement|estimate|assessment|briefing|update)\s+(?:posted\s+\S+\s+\S+\s+)?(?:from|by)|"
    r"(?:figure|number|toll|estimate)\s+(?:given|provided|released|published|issued|announced)\s+by)\s+"
    rf"(?P<np>{_NP}{{2,80}}?)(?=\s*(?:,|;|{_END_DOT}|$|\s+(?:last|this|on|stating|saying|showing|which|was|were|is|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
    re.I,
)
_HEADLINE_SOURCE = lazy_compile(r"(?<=\S):\s+(?P<np>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
#: "UN: Gang violence killed over 1,500 in Haiti", "NIS: another 1,500 …": a headline's source
#: before its colon (not a topic: "Sudan: …", "Explainer: …").
#: … its last word may be a lower-case noun for a source: "Civil defence: 30 killed …", "Health ministry: …".
_SOURCE_BEFORE_COLON = lazy_compile(r"^\W*(?P<np>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                                  r"(?:\s+(?:ministry|defen[cs]e|officials?|authorities|police|army|military|medics|"
                                  r"rescuers|monitor|agency|sources|spokes(?:man|woman|person)))?):\s+(?=\S)")
_HEADLINE_WORDS = 25
_COLON_QUOTE = lazy_compile(r":\s*[\"“]")
_DIGIT = lazy_compile(r"\d")
_LABELS = frozenset({"explainer", "analysis", "live", "watch", "update", "updates", "breaking", "exclusive", "opinion",
                     "factbox", "timeline", "photos", "video", "editorial", "comment", "interview", "report",
                     "fact check", "in pictures", "q&a", "war", "news", "roundup", "round-up", "digest", "recap",
                     "briefing", "wrap", "headlines"})
_WHICH_SAID = lazy_compile(r"^(?P<np>[^,]{2,80}),\s+which\s+(?:had\s+|has\s+)?(?:denounced|said|reported|"
                         r"estimated|claimed|condemned)\b", re.I)
_FORWARD_ATTRIBUTION = lazy_compile(
    r"^\W*(?:(?:this|these|the|that)\s+(?:information|figures?|estimates?|numbers?|data|assessment)|this|that)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:disclosed|provided|released|given|"
    rf"reported|revealed|announced|confirmed|published|shared)\s+by\s+(?P<np>{_NP}{{2,120}}?)"
    r"(?=\s*(?:[,;.]|$|\s+(?:during|at|in|on)\s))",
    re.I,
)


@dataclass(frozen=True)
class Attribution:
    """A claimant named in a sentence: its words, where they stand, an apposition, and whether
    later sentences may go on with it (a figures line's bracketed source speaks for its line only)."""

    text: str
    start: int
    end: int
    apposition: str = ""
    carries_on: bool = True


_DATELINE_START = lazy_compile(r"^\s*[A-Z][A-Z .'-]{1,30}(?:,\s*[\w .]{1,30})?\s*\([^)]{1,40}\)\s*[-–—]\s*")


_CLAIMANT_QUOTES = lazy_compile(r"^[\s\"“”'‘’(]+|[\s\"“”'‘’,]+$")
_CLAIMANT_CONJUNCTION = lazy_compile(r"^(?:and|but|while|as|with|that|so|though|although|whereas|yet)\s+", re.I)
_REPORT_BY = lazy_compile(r"^(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|survey|study|review|assessment|"
                        r"investigation|analysis)\b", re.I)   # "A 2006 survey published in The Lancet by researchers …"
_SEEN_BY_TAIL = lazy_compile(r"\s+(?:seen|obtained|reviewed)\s+by\s+.*$", re.I)


@lru_cache(maxsize=2048)
def _clean_claimant(text: str) -> str:
    text = _DATELINE_START.sub("", text)   # "SEOUL (Reuters) - South Korea's spy agency"
    text = _CLAIMANT_QUOTES.sub("", text)
    text = _CLAIMANT_CONJUNCTION.sub("", text)
    for _ in range(3):
        text = _TIME_TAIL.sub("", _ADVERB_TAIL.sub("", text)).strip()
    if " by " in text and _REPORT_BY.match(text):
        text = _SEEN_BY_TAIL.sub("", text)   # "A report by UN experts seen by Euro-Afrique 24": the experts'
        if " by " in text:   # … but "a confidential United Nations report seen by Al Jazeera" is the report's
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


#: "Egypt has pledged to contribute up to 1,100 troops", "The Lebanese army has pledged to deploy
#: 6,000 additional soldiers": who pledges a deployment announces it.
_PLEDGE = lazy_compile(r"(?:^|(?<=[,;:“”\"]\s))(?P<np>(?:[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s+(?:has\s+|have\s+|had\s+)?"
                     r"(?:pledged|promised|offered|vowed|agreed|committed)\s+to\s+(?:send|deploy|contribute|provide|"
                     r"dispatch|station|commit)\b")
_PLEDGE_WORDS = frozenset({"pledged", "promised", "offered", "vowed", "agreed", "committed"})
#: "Ukraine's General Staff puts Russia's losses at …", "The UK Ministry of Defence put average
#: Russian casualties at 1,070 a day": who puts a figure at a number gives it.
_PUTS_AT = lazy_compile(r"(?:^|(?<=[,;:“”\"]\s))(?P<np>(?:(?:the|a|an)\s+(?:senior\s+|top\s+)?)?(?:[A-Z][\w'’.-]*)(?:\s+[\w'’.()&-]+){0,9}?)"
                      r"(?:,\s*(?:which|(?-i:who))\s[^,;:“”\"]{0,100},|,\s*for\s+(?:its|their|his|her)\s+part,|"
                      # "Britain's Joint Intelligence Committee, in a letter published the day before, put …"
                      r",\s*in\s+(?:a|an|its|their|his|her)\s[^,;:“”\"]{0,80},|"
                      # "The Lebanese Health Ministry's final tally for the war, issued in December, put …"
                      r",\s*(?:issued|released|published|updated)\b[^,;:“”\"]{0,60},|"
                      # "Gaza's government media office, run by Hamas, puts …"
                      r",\s*(?:run|led|backed|controlled|operated)\s+by\s+[^,;:“”\"]{1,40},)?"
                      r"\s+(?:(?:has|have|had)\s+)?(?:puts|put|pegs|pegged|"
                      r"places|placed)\s+(?:[\w'’,-]+\s+){1,12}?at\s+[\"“]?(?:about\s+|around\s+|more\s+than\s+|(?:well\s+)?over\s+|"
                      r"nearly\s+|almost\s+|some\s+|at\s+least\s+|up\s+to\s+|between\s+)?\d")
_PUTS_WORDS = frozenset({"puts", "put", "pegs", "pegged", "places", "placed"})
#: "Citing figures from the UN refugee agency, the report said …": the body whose figures are cited.
_CITING_FRONTED = lazy_compile(r"^\W*Citing\s+(?:(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:figures|data|estimates|"
                             rf"numbers|a\s+report|reports)\s+(?:from|by|of)\s+)?(?P<np>{_NP}{{2,80}}?)\s*,")
#: "The army rejected the claim, saying only four soldiers were wounded", "SNHR, another monitoring
#: group, gave a lower figure, saying …": the subject of the clause the participle hangs on.
_NAME_NP = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.()-]*|of|for|the|and|on))*"
#: … a name after a title: "Junta spokesman Maj. Gen. Zaw Min Tun".
_TITLED_NAME_NP = rf"[A-Z][\w'’.-]*\s+(?:spokes(?:man|woman|person)|minister|chief|commander)\s+{_NAME_NP}"
#: … or a group described before its name: "The US-based group Human Rights Activists in Iran (HRANA)".
_DESCRIBED_GROUP_NP = (r"[A-Z][\w'’.-]*\s+(?:rights\s+)?(?:group|organi[sz]ation|monitor|network|watchdog|charity)\s+"
                       r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.()-]*|of|for|the|and|on|in))*")
_SUBJECT_THEN_SAYING = lazy_compile(
    # … not an apposition of a part ("X, one of the main armed separatist groups, claimed …, saying")
    rf"(?:^|(?<=[,;:“”\"—–]\s))(?!(?:one|some|part|many|most|each|all|none)\s+of\b)"
    rf"(?P<np>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:{_NAME_NP}['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*|"
    rf"{_TITLED_NAME_NP}|{_DESCRIBED_GROUP_NP}|{_NAME_NP}|(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){{0,2}})(?:\s+\([A-Z]{{2,8}}\))?)(?:,\s*[^,;:“”\"]{{2,80}},)?\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+)?(?-i:[a-z]+ed|rejects|denies|disputes|confirms|gave|gives|given|put|puts|issued|"
    r"released|published)\b[^;:“”\"]{0,100}?,\s+(?:saying|adding|noting|stating|claiming|telling|affirming|asserting|"
    r"announcing|declaring)\b")
_SAYING_WORDS = frozenset({"saying", "adding", "noting", "stating", "claiming", "telling", "affirming", "asserting",
                           "announcing", "declaring"})
#: "Intelligence estimates from the US, Ukraine and South Korea suggest": several sources' joint figure.
_ESTIMATES_FROM = lazy_compile(
    r"(?:^|(?<=[,;:“”\"]\s))(?P<np>(?:[A-Z][\w'’.-]*\s+){0,2}(?:estimates|figures|assessments|data)\s+(?:from|by|of)\s+"
    r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*,?"
    r"\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:suggest|suggests|show|shows|put|puts|indicate|"
    r"indicates|say|said|place|placed)\b")
_ESTIMATE_WORDS = frozenset({"estimates", "figures", "assessments", "data"})
#: "Zelenskyy gave a rare official figure: 43,000 …", "The ministry released its latest toll":
#: who gives a figure states it.
_GAVE_A_FIGURE = lazy_compile(rf"(?:^|(?<=[,;:“”\"]\s))(?P<np>(?:(?:[Tt]he|[Aa]n?)\s+)?{_NAME_NP}"
                            r"(?:['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|"
                            r"(?:\s+[a-z][\w-]*)?\s+(?:officials|authorities|sources|ministry))?)"   # "Houthi health officials"
                            # "HRANA, which relies on a network of sources inside Iran, has given …"
                            r"(?:,\s*[^,;:“”\"]{2,100},)?\s+"
                            r"(?:(?:has|have|had|also|later)\s+)?(?:gave|gives|given|released|publishes|published|issued|provided)\s+"
                            r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:figures?|toll|estimates?|tally|count)\b")
_GAVE_WORDS = frozenset({"gave", "gives", "given", "released", "publishes", "published", "issued", "provided"})
#: "A peer-reviewed study published in The Lancet …, estimated that 64,260 people died": a study
#: that finds a figure states it, however long its description.
_STUDY_FOUND = lazy_compile(r"^\W*(?P<np>(?:A|An|The)\s+(?:[\w-]+\s+){0,3}?(?:study|survey|analysis|investigation|review))\b"
                          r"[^;:“”\"]{0,200}?\s+(?:estimated|estimates|found|finds|concluded|showed|shows|counted)\b")
_STUDY_WORDS = frozenset({"study", "survey", "analysis", "investigation", "review"})
#: "The Gaza Health Ministry's count, which on Sunday stood at 62,686": whose count it is.
#: … and "Pashinian's earlier figure, given to parliament on Tuesday, was 49", "Its latest tally … stands at 458"
#: (a possessive pronoun: the body named before).
_OWNERS_COUNT = lazy_compile(rf"(?:^|(?<=[,;:]\s))(?P<np>(?:[Tt]he\s+)?(?:{_NAME_NP}|ministry|army|military|agency|"
                           r"group|monitor|office)['’]s|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
                           r"(?:(?:own|running|latest|updated|official|new|earlier|previous|initial|revised|last)\s+)?"
                           r"(?:count|tally|list|figure|estimate)\b")
_COUNT_WORDS = frozenset({"count", "tally", "list", "figure", "estimate"})
_PRONOUN_OF_POSSESSIVE = {"its": "it", "their": "they", "his": "he", "her": "she"}
#: "cost at least 7,000 lives by Kinshasa's count": whose count it is, after the figure.
_BY_OWNERS_COUNT = lazy_compile(rf"\bby\s+(?P<np>(?:the\s+)?(?:{_NAME_NP}|ministry|army|military|agency|group|monitor|office))"
                              r"['’]s\s+(?:own\s+|latest\s+|official\s+)?(?:count|tally)\b")
#: "Killed since October 2023: 4,047 (Lebanese health ministry)": a figures line's source in brackets.
_LINE_SOURCE = lazy_compile(r":\s*(?:about\s+|around\s+|more\s+than\s+|over\s+|at\s+least\s+)?\d[\d,.]*(?:\s+[\w-]+){0,3}\s*"
                          r"\((?P<np>[A-Z][^(),]{2,60}?)(?:,\s*[^()]{0,30})?\)\s*$")
#: "…, with ACLED recording 1,412 reported fatalities": the body doing the counting.
_WITH_RECORDING = lazy_compile(r"\bwith\s+(?P<np>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:recording|reporting|"
                             r"counting|documenting|estimating|citing|registering)\b")


#: "the 400 civilian deaths documented by the UN mission", "35 hostages confirmed dead by Israel",
#: "Four deaths were reported by the ministry": the agent of a passive saying verb.
_COUNTED_BY = lazy_compile(
    r"\b(?:reported|recorded|documented|confirmed|counted|registered|verified|acknowledged|announced|cited|"
    r"compiled|listed|tallied|estimated|given|provided|released|published|issued)(?:\s+(?:dead|killed|missing|"
    rf"wounded|injured|captured))?\s+by\s+(?P<np>(?:(?:the|a|an)\s+[\w-]|[A-Z]|(?:[a-z-]+\s+){{0,2}}(?=(?:officials|"
    rf"authorities|sources|medics|doctors|rescuers|activists|witnesses|residents|monitors|police|spokes(?:man|woman|person)|"
    rf"minister|president|governor)\b)){_NP}{{1,80}}?)"
    rf"(?=\s*(?:[,;“”\"()]|{_END_DOT}|$|\s+(?:on|in|at|since|during|as|and|were|was|is|are|include[sd]?|had|have|last|"
    r"this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))")
_COUNTED_BY_WORDS = frozenset({"reported", "recorded", "documented", "confirmed", "counted", "registered", "verified",
                               "acknowledged", "announced", "cited", "compiled", "listed", "tallied", "estimated",
                               "given", "provided", "released", "published", "issued"})


def _claimant_patterns(sentence: str) -> list[LazyPattern]:
    """The claimant patterns of `find_attributions` that can match `sentence`, in its order."""
    folded = folded_words(sentence)
    if folded is None:
        return [_QUOTED_AS, _REPORTED_AS, _ACCORDING, _REPORT_FROM, _WHICH_SAID, _INVERTED, _FORWARD_ATTRIBUTION,
                _HEADLINE_SOURCE, _PLEDGE, _PUTS_AT, _WITH_RECORDING, _COUNTED_BY, _SOURCE_BEFORE_COLON, _CITING_FRONTED,
                _ESTIMATES_FROM, _SUBJECT_THEN_SAYING, _GAVE_A_FIGURE, _STUDY_FOUND, _OWNERS_COUNT, _BY_OWNERS_COUNT,
                _LINE_SOURCE]
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
    # "Iran's death toll surpasses 600: ministry", not "Fact box: Chronicle research"; 'Terekhov: "… three
    # people were killed."'
    if ":" in sentence and (_DIGIT.search(sentence) or _COLON_QUOTE.search(sentence)):
        patterns.append(_HEADLINE_SOURCE)
        if len(words) <= _HEADLINE_WORDS:
            patterns.append(_SOURCE_BEFORE_COLON)
    if not _PLEDGE_WORDS.isdisjoint(words):
        patterns.append(_PLEDGE)
    if "at" in words and not _PUTS_WORDS.isdisjoint(words):
        patterns.append(_PUTS_AT)
    if "with" in words:
        patterns.append(_WITH_RECORDING)
    if "citing" in words:
        patterns.append(_CITING_FRONTED)
    if "and" in words and not _ESTIMATE_WORDS.isdisjoint(words):
        patterns.append(_ESTIMATES_FROM)
    if not _SAYING_WORDS.isdisjoint(words):
        patterns.append(_SUBJECT_THEN_SAYING)
    if not _GAVE_WORDS.isdisjoint(words):
        patterns.append(_GAVE_A_FIGURE)
    if not _STUDY_WORDS.isdisjoint(words):
        patterns.append(_STUDY_FOUND)
    if not _COUNT_WORDS.isdisjoint(words):
        patterns.append(_OWNERS_COUNT)
        if "by" in words:
            patterns.append(_BY_OWNERS_COUNT)
    if ":" in sentence and sentence.rstrip().endswith(")"):
        patterns.append(_LINE_SOURCE)
    if "by" in words and not _COUNTED_BY_WORDS.isdisjoint(words):
        patterns.append(_COUNTED_BY)
    return patterns


def _names_a_source_before_colon(np: str) -> bool:
    """Whether the words before a headline's colon name a source, not a topic: no label
    ("Explainer"), no place ("Sudan", "Gaza City") and no operation ("Operation Sindoor")."""
    lowered = np.lower()
    if lowered in _LABELS or lowered.split()[-1] in _LABELS or lowered.startswith("operation "):
        return False
    alias = aliases().get(lowered)
    if alias is not None and alias.kind in ("name", "capital", "demonym", "demonym_plural"):
        return False
    return not find_places(np.title() if np.isupper() else np)   # "NARATHIWAT:" is a dateline


def find_attributions(sentence: str) -> list[Attribution]:
    """Every claimant a sentence names, in reading order.  A new list on every call (the
    attributions themselves are frozen), so a caller may change it."""
    return list(_attributions_in(sentence))


@per_sentence
def _attributions_in(sentence: str) -> tuple[Attribution, ...]:
    """`find_attributions`, cached: a pure function of the sentence, and a sentence's
    claimants are read up to three times (its own amounts, `read_claimants`, the next one's
    look back), more where copy is syndicated."""
    found: list[Attribution] = []
    for pattern in _claimant_patterns(sentence):
        for match in pattern.finditer(sentence):
            if pattern is _SOURCE_BEFORE_COLON and not _names_a_source_before_colon(match.group("np")):
                continue
            if pattern is _INVERTED and _CITING_ASIDE.match(match.group()):
                continue   # "Le Monde reported, citing a military source, that …": the one who cites reports it
            private = (_PRIVATE_PERSON_AFTER.match(sentence, match.end("np"))   # "said Hawa Adam, a 34-year-old mother"
                       or (sentence[match.start("np") - 2:match.start("np")] == ", "   # "A rights group, Hengaw,"
                           and _GROUP_DESCRIBED_BEFORE.search(sentence, 0, match.start("np"))))
            np = match.group("np")
            if pattern is _OWNERS_COUNT:   # "Pashinian's earlier figure": Pashinian; "Its latest tally": it
                np = _PRONOUN_OF_POSSESSIVE.get(np.lower()) or np[:-2]
            trailing = (_TRAILING_RELATIVE.search(np) or _TRAILING_RECIPIENT.search(np)) if pattern is _ACCORDING else None   # "according to three residents who spoke to Horn Dispatch"
            found.append(Attribution(_clean_claimant(np[:trailing.start()] if trailing else np), *match.span("np"),
                                     private.group(1) if private else "", carries_on=pattern is not _LINE_SOURCE))
    for np, start, aside_end, carries_on in _speakers_before_saying(sentence):
        attribution = _subject_attribution(sentence, np, start)
        if attribution:
            # "X, in a statement by its spokesman Y, said": X speaks, not the spokesman the aside names
            found = [a for a in found if not attribution.end <= a.start < aside_end]
            found.append(attribution if carries_on else replace(attribution, carries_on=False))
    usable = [a for a in found if a.text and (not _GENERIC.match(a.text) or PRONOUNS.match(a.text))
              and not _QUANTIFIER_ONLY.match(a.text) and _word_count(a.text) <= 12
              and not _NOT_A_CLAIMANT.search(a.text) and _names_a_speaker(a.text)]
    # a source inside another's words is part of it ("South Korea" in "estimates from the US, Ukraine and South Korea")
    outer = [a for a in usable if not any(b.start <= a.start and a.end <= b.end and (b.start, b.end) != (a.start, a.end)
                                          for b in usable)]
    # "'We counted at least 38 dead,' said Dieudonné Duranthabo": the quotation's speaker is the "we"
    first_person = [a.text.lower() in _FIRST_PERSON for a in outer]
    if any(first_person) and not all(first_person):
        outer = [a for a, mine in zip(outer, first_person) if not mine]
    return tuple(sorted(outer, key=lambda a: a.start))


_FIRST_PERSON = frozenset({"we", "i"})


#: ", a 34-year-old mother of five", ", a resident of Baniyas": the apposition of a private person;
#: ", an independent monitoring group": of an NGO.
_PRIVATE_PERSON_AFTER = lazy_compile(r",\s*((?:a|an)\s+(?:\d+-year-old\b|(?:[\w-]+\s+){0,2}?(?:mother|father|resident|witness|"
                                   r"farmer|teacher|student|survivor|nurse|volunteer|elder|shopkeeper|trader|driver|"
                                   r"fisherman|widow|villager|relative|monitoring\s+group|rights\s+group|"
                                   r"advocacy\s+group|research\s+group|solidarity\s+group|campaign\s+group|"
                                   r"(?:conflict\s+|war\s+)?observatory|conflict\s+monitor|"
                                   r"think\s+tank|charity|watchdog)\b))")


def _word_count(name: str) -> int:
    """The words of a claimant's name, its bracketed acronym not counted ("Director General of the
    Inter-Services Public Relations (ISPR) Lt. Gen. Ahmed Sharif Chaudhry" is a title and a name)."""
    words = name.split()
    return sum(not _OWN_ACRONYM_TOKEN.fullmatch(word) for word in words) if "(" in name else len(words)


#: "A Norway-based rights group, Hengaw, …": an NGO described before its name.
_GROUP_DESCRIBED_BEFORE = lazy_compile(r"^\W*((?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:monitoring\s+group|rights\s+group|"
                                     r"advocacy\s+group|research\s+group|think\s+tank|charity|watchdog|monitor)),\s*$",
                                     re.I)


#: A claimant is a name or a role, never a clause: no relative or subordinate clause ("Reuters that
#: government claims …", "an area that Israel …"), no saying verb inside ("the toll on Russian forces"
#: before ", asserting"), no participle opening ("Taking into account …", "Based on …"), no time,
#: and no event or thing ("The conflict").
_CLAUSE_WORD = lazy_compile(r"\b(?:that|which|(?-i:who)|whom|whose|when|where|while|because|whether|if)\b", re.I)
_PARTICIPLE_START = lazy_compile(r"^(?!(?i:acting|outgoing|incoming|ruling|leading|governing|visiting)\b)"
                               # "Khaing Thukha" is a name: a participle is followed by no capitalised word
                               r"(?:[A-Za-z]+ing(?!\s+[A-Z])|Based|Given|Next|Despite|Following|According)\b")
_NOT_SPEAKER_HEAD = lazy_compile(
    r"^(?:(?:the|a|an|this|that)\s+)?(?:conflict|war|fighting|toll|death\s+toll|attack|attacks|strike|strikes|"
    r"offensive|invasion|area|region|operation|revelation|figure|number|total|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$", re.I)
_TOLL_NOUNS = lazy_compile(r"\b(?:toll|losses|casualties|deaths)\b", re.I)


def _names_a_speaker(text: str) -> bool:
    if _PARTICIPLE_START.match(text) or _NOT_SPEAKER_HEAD.match(text):
        return False
    if _FINITE_BE.search(text) or _CLAUSE_INSIDE.search(text):
        return False   # "One soldier was wounded[, said …]", "The strike came despite a ceasefire the military": a clause
    lowered = text.lower()
    words = set(lowered.split())
    if not _CLAUSE_WORDS.isdisjoint(_WORD_RUN.findall(lowered)) and _CLAUSE_WORD.search(text):
        return False
    if any(noun in lowered for noun in _TOLL_STEMS) and _TOLL_NOUNS.search(text) and not is_proper_name(text):
        return False
    return len(words) < 3 or _SAY_LAST_WORDS.isdisjoint(words) or not _SAY_INSIDE.search(text)


_FINITE_BE = lazy_compile(r"\s(?:was|were|is|are|been)\s")
_CLAUSE_INSIDE = lazy_compile(r"\s(?:despite|although|though|amid|came|went|began|ended|happened|occurred|remain|remains|"
                              r"remained|died|survived)\s|"
                              # "HRANA has given a higher [estimate]": the one who gave it, not the clause
                              r"\s(?:gave|given|gives|released|issued|published|provided)\s+(?:a|an|the|its|their|his|her)\s")
#: Cheap pre-checks of the patterns above (each pattern needs one of these as a whole word or part).
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "while", "because", "whether", "if"})
_TOLL_STEMS = ("toll", "losses", "casualties", "deaths")
_WORD_RUN = lazy_compile(r"\w+")


#: A count, not "the 6th Infantry Division" nor "the M23".
#: … nor "Channel 12", a broadcaster's name.
_COUNT_DIGIT = (r"(?<![A-Za-z\d-])(?<!\bChannel\s)(?<!\bKan\s)"
                r"(?!(?:19|20)\d\d\b(?![,.]\d))"   # "A 2021 report by the UN Development Programme": a year
                r"\d(?!\d*(?:st|nd|rd|th)\b)"
                r"(?!\d*-(?:month|year|day|week|hour|page|point)s?\b)")   # "the 14-month war", "a 186-page report"
_HAS_DIGIT = lazy_compile(_COUNT_DIGIT)
_NOT_A_CLAIMANT = lazy_compile(rf"{_COUNT_DIGIT}|\b(?:troops|soldiers|personnel|fighters|servicemen)$")


def is_proper_name(words: str) -> bool:
    """'Colin Kahl', 'RBC-Ukraine', 'Institute for the Study of War': capitalised words only."""
    tokens = [t for t in words.split() if not _OWN_ACRONYM_TOKEN.fullmatch(t)]   # "(JNIM)"
    connectors = sum(t.lower() in _NAME_CONNECTORS for t in tokens)
    return (0 < len(tokens) - connectors <= 6 and not _HAS_DIGIT.search(words) and not _NOT_A_SPEAKER.match(words)
            and tokens[0][0].isupper()
            and all(t[0].isupper() or t.lower() in _NAME_CONNECTORS for t in tokens))


_NAME_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "al"})
_OWN_ACRONYM_TOKEN = lazy_compile(r"\([A-Z][A-Za-z]{1,7}(?:-[A-Z][A-Za-z]{1,7})?\)")   # "(ISPR)", "(CSP-DPA)"


#: Where a phrase of `_SAY` can begin in a folded sentence: its first word, after whitespace.
_SAY_START = lazy_compile(
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


class _Speaker(NamedTuple):
    """The words before a saying verb, where they start, where a statement aside between them and
    the verb ends (else 0), and whether later sentences may go on with them (not the speaker of
    a relative clause: "Israel, which says it is acting to protect …, carried out strikes")."""

    text: str
    start: int
    aside_end: int
    carries_on: bool = True


def _speakers_before_saying(sentence: str) -> list[_Speaker]:
    """The words before each saying verb, back to the clause's start (at most 120 characters),
    with their start and the end of a statement aside between them and the verb (else 0).

    Found from the verbs backwards, so the cost stays linear in the sentence.
    """
    found, consumed = [], dateline_end(sentence)   # "ISLAMABAD, Oct 12 (Reuters) - Pakistan's military said"
    citing = False
    for verb in _saying_verbs(sentence):
        if citing and found and sentence[verb.start():verb.end()].lstrip()[:1] == ",":
            # "China's state-run Global Times, citing military analysts, claimed": the Global Times claims
            citing = False
            found[-1] = found[-1]._replace(aside_end=verb.start())
            consumed = verb.end()
            continue
        citing = False
        if verb.group().rstrip().lower().endswith(("claim", "claims", "claimed")) and _CLAIMED_AN_ATTACK.match(sentence, verb.end()):
            continue   # "… killed as IS-K claims bombing": claiming an attack is no statement of the figure
        if verb.group().strip().lower() in _NOUN_FORMS and _DETERMINER_AND_WORDS_BEFORE.search(sentence, 0, verb.start()):
            continue   # "Human Rights Watch, in a separate report, said": a noun, then the verb
        if sentence.startswith(" by ", verb.end()) and verb.group().lstrip()[:1] != "," \
                and verb.group().rstrip().endswith("ed"):
            continue   # "Lawmakers briefed by the NIS said": a participle, not the lawmakers' verb
        start = max(consumed, verb.start() - 120)
        window = sentence[start:verb.start()]
        relative_opens = _RELATIVE_OPENS.search(window)
        if relative_opens:
            antecedent = _NAME_BEFORE_COMMA.search(sentence, max(consumed, start - 60), start + relative_opens.start() + 1)
            if antecedent and _REPORTED_CLAUSE.match(sentence, verb.end()) and is_proper_name(antecedent.group(1).strip()):
                # "The SDF, which says it commands about 100,000 fighters": the one the clause is about says so
                found.append(_Speaker(antecedent.group(1), antecedent.start(1), 0, carries_on=False))
                consumed = verb.end()
            continue   # "JNIM, which claimed the attack …, says": the verb of a relative clause; JNIM says
        start += _last_clause_mark(window) + 1
        end = verb.start()
        if sentence[start - 1:start] == "," and _ONLY_ADVERBS.fullmatch(sentence, start, end):
            # "SOHR, a UK-based war monitor, now says": the apposition before the adverb, then its name
            end = start - 1
            start = max(consumed, max(map(sentence[:end].rfind, _CLAUSE_MARKS)) + 1)
        relative = _RELATIVE_SUBJECT.fullmatch(sentence, start, end)
        if relative:   # "Al-Shabaab, which the United States estimates has …", "59 hostages, of whom Israel
            # believes 35 are dead": the relative clause's own subject
            found.append(_Speaker(relative.group("np"), relative.start("np"), 0))
            consumed = verb.end()
            continue
        if sentence[start - 1:start] == "," and _PREDICATE_AND.fullmatch(sentence, start, end):
            # "The RSF, in a post on Telegram, rejected the army's account and said": the subject before the aside
            aside = _ASIDE_BEFORE.search(sentence, max(consumed, start - 240), start)
            if aside:
                start, end = aside.span("np")
        elif end - start < 2 or _ASIDE_START.match(sentence, start) or _ONLY_AUXILIARY.fullmatch(sentence, start, end) \
                or (verb.group().lstrip()[:1] == "," and _WHERE_START.match(sentence, start)):
            # "X, who heads Y since 2018, informed …", "X, together with Y and volunteers, have identified …"
            aside = _ASIDE_BEFORE.search(sentence, max(consumed, end - 240), end)
            if aside:
                start, end = aside.span("np")
        aside_end = verb.start() if end < verb.start() - 2 else 0   # "X, citing Y, claimed": not Y
        statement = _STATEMENT_BY_BEFORE.search(sentence, max(consumed, end - 240), end)
        if statement:   # "The Nigerian Army, in a statement by its spokesman, Capt. X, said": the army says
            start, end = statement.span("np")
            aside_end = verb.start()
        if end - start >= 2 and not _QUANTIFIER_ONLY.fullmatch(sentence[start:end].strip()):   # not "A 2021 [report]"
            found.append(_Speaker(sentence[start:end], start, aside_end))
            consumed = verb.end()
            said = verb.group().lower().strip()
            citing = said.endswith(("citing", "quoting")) or (
                said.startswith(",") and said.endswith(("reported", "cited", "quoted"))
                and sentence.startswith(" by ", verb.end()))   # "X, reported by CNN, put the figure at …"
    return found


def _last_clause_mark(window: str) -> int:
    """Where the last clause mark of `window` stands (-1: none); the comma of "10,000" is none."""
    last = max(map(window.rfind, _CLAUSE_MARKS))
    while last > 0 and window[last] == "," and window[last - 1:last].isdigit() and window[last + 1:last + 2].isdigit():
        last = max(window.rfind(mark, 0, last) for mark in _CLAUSE_MARKS)
    return last


#: Saying verbs that are nouns too, and nouns after a preposition, a determiner and an adjective
#: or two ("in a separate report", "in its latest estimates"); right after the determiner
#: `_SAY_WORD` skips them ("Moscow's official figures for the first war list …" is a verb).
_NOUN_FORMS = frozenset({"report", "reports", "claim", "claims", "estimate", "estimates", "list", "lists", "show",
                         "shows", "counts"})
_DETERMINER_AND_WORDS_BEFORE = lazy_compile(r"\b(?:in|with|by|under|from|on|through)\s+(?:a|an|the|its|their|his|her|this|"
                                           r"that)(?:\s+[\w-]+){1,2}$", re.I)
#: What a saying verb reports: "says it commands …", "claimed that …", "estimates its losses …".
_REPORTED_CLAUSE = lazy_compile(r"\s+(?:that|it|they|its|their|to\s+have)\b", re.I)
_RELATIVE_OPENS = lazy_compile(r",\s*(?:which|(?-i:who))\s*$", re.I)
_RELATIVE_SUBJECT = lazy_compile(r"\s*(?:(?:of|among)\s+whom|which|who|whom)\s+(?P<np>(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?:(?-i:[A-Z])[\w.'’-]*|"
                               r"of|for|and))*(?:\s+(?:experts?|officials?|intelligence|analysts|monitors))?)"
                               r"(?:\s+(?:last|now|also|previously|still))?\s*", re.I)
#: … but "JNIM claimed responsibility for killing nearly 300" gives the figure.
_CLAIMED_AN_ATTACK = lazy_compile(r"\s+(?:the\s+|an?\s+)?(?:attacks?|bombings?|strikes?|assaults?|massacres?|raids?|"
                                r"ambush(?:es)?)\s*(?:[.;]|$)", re.I)   # … at the clause's end: "claimed the attack …, saying" gives it
#: "X, in a statement by its spokesman, Capt. Y, said": X speaks, through Y; so does "X, in a letter
#: published on Friday, put the figure at …".
_STATEMENT_BY_BEFORE = lazy_compile(r"(?:^|(?<=[,;:“”\"]\s))(?P<np>[^,;:“”\"]{2,80}),\s*in\s+(?:a|an|its|their|his|her)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:(?:statement|post|message|briefing|update|bulletin)\s+"
                                  r"(?:(?:issued|signed)\s+)?by\b[^;:“”\"]{0,140}?|"
                                  # "…, in a letter published the day before the vote,", "in its own summary on 2 September,"
                                  r"(?:letter|summary|report|assessment|note|submission)\b[^,;:“”\"]{0,80}?),?\s*$", re.I)


#: "rejected the army's account and", "denied targeting civilians and": a verb of the speaker's own
#: and what it did, with no subject, before "and" and the saying verb.
_PREDICATE_AND = lazy_compile(r"\s*(?:also\s+)?(?-i:[a-z]+ed|denies|rejects|confirms|condemns|accuses)\b[^,;:“”\"]{0,80}"
                            r"\s+(?:and|but)\s*", re.I)
_ONLY_AUXILIARY = lazy_compile(r"\s*(?:has|have|had)\s*")
_ONLY_ADVERBS = lazy_compile(r"\s*(?:(?:now|also|later|earlier|again|previously|separately|meanwhile|then|too|long|has|have|had|"
                           r"regularly|repeatedly|routinely|consistently|usually|often|frequently|publicly|officially)"
                           r"\s*)+")
_ASIDES = (r"(?-i:who)|which|whose|located|situated|known\s+(?:as|by)|speaking|citing|quoting|writing|talking|through\s+(?:its|their|his|her)|(?:reported|cited|quoted|seen|obtained)\s+by|for\s+(?:its|their|his|her)\s+part|in\s+turn|however|though|meanwhile|together\s+with|along\s+with|alongside|"
           r"in\s+cooperation\s+with|working\s+with|"
           r"in\s+partnership\s+with|in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|video|"
           r"message|claim|interview|briefing|update|report|bulletin)")
_WHERE_START = lazy_compile(r"\s*where\b", re.I)
_ASIDE_START = lazy_compile(rf"\s*(?:{_ASIDES})\b", re.I)
#: A name, then an aside between commas ending right before the saying verb.
#: … or a "where" clause closed by its comma ("Doctors at Madina hospital, where many of the wounded were
#: flown, said"; not "at El Adde, where Somalia's then-president … said": that one speaks).
_ASIDE_BEFORE = lazy_compile(r"(?:^|(?<=[,;:“”\"]\s))(?P<np>[^,;:“”\"]{2,80}),\s*(?:"
                           rf"(?:{_ASIDES})\b[^;:“”\"]{{0,140}}?,?|where\b[^;:“”\"]{{0,140}}?,?)\s*(?:(?:has|have|had)\s*)?$",
                           re.I)


_UNOPENED = lazy_compile(r"^[^(]*\)")
#: Words that open a clause: the speaker before a saying verb is the subject of the last such clause.
_CLAUSE_OPENER_WORDS = frozenset({"that", "as", "when", "while", "whereas", "because", "after", "before", "since", "where",
                                  "which"})
_CLAUSE_OPENER = lazy_compile(r"\b(?:that|as|when|while|whereas|because|after|before|since|where|"
                             r"(?:in|during|after|at)\s+which)\s+(?=\S)", re.I)   # "…, in which Somali officials said"
_LEADING_CONJUNCTION = lazy_compile(r"^\s*(?:and|but|while|whereas|yet|so)\s+", re.I)
#: How an apposition after a name begins: "Colin Kahl, the undersecretary …", "Sergei Shoigu, then
#: defence minister, …", "Olga Romanova, head of …".
_ARTICLE_START = lazy_compile(r"^\s*(?:one\s+of\s|(?:a|an|another|the|then|now|former|acting|head|chief|director|leader|commander|deputy|"
                            r"first|second|third|senior|top|vice|assistant|principal|"
                            r"founder|spokes(?:man|woman|person))\s|(?-i:[\w-]+['’]s\s+[A-Za-z-]+\s+(?:affiliate|"
                            r"branch|wing|arm|ally|proxy|offshoot)\b))", re.I)
_NAME_BEFORE_COMMA = lazy_compile(r"(?:^|[,.“”\"]\s*)([^,.“”\"]{2,60}),$")
_RELATIVE = lazy_compile(r"\b(?:(?-i:who)|whom|whose|which)\b", re.I)
_ENDS_IN_DETERMINER = lazy_compile(r"(?<![\w'’-])(?:the|a|an|this|that|its|their|his|her|latest|new|not|never|initial|"
                                 r"previous|final|preliminary|"
                                 # "compared with", "it had received [reports]", "the attack but [put]": no speaker
                                 r"with|of|to|for|from|by|than|received|receive|receives|seen|heard|read|but|and|or)$|n[’']t$",
                                 re.I)


#: "the 31,000 deaths Zelenskyy reported", "the 6,000 soldiers Moscow has acknowledged": a count
#: of people, then the name of the one who gave it, then the saying verb.
_NAME_AFTER_COUNT = lazy_compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:deaths|casualties|dead|fatalities|losses|troops|"
                               r"soldiers|fighters|civilians|people|servicemen|personnel)\s+"
                               r"(?P<np>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s+(?:has|have|had))?\s*$")
_ENDS_IN_PRONOUN = lazy_compile(r"\S\s+(?:it|he|she|they|we)$", re.I)
#: "are estimated", "is now visually confirmed": a passive, with adverbs between.
_ENDS_IN_BE = lazy_compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+(?:[a-z]+ly|now|still|also|not|already|thus))*$",
                         re.I)
#: "according to a White House fact sheet distributed to reporters": whom a document went to is no source.
#: … unless the one who sent it follows ("a statement sent to reporters by the army": the army).
_TRAILING_RECIPIENT = lazy_compile(r"(?<=[a-z])\s+(?:distributed|sent|given|shown|handed|circulated|provided)\s+to\s"
                                 r"(?!.*\bby\s).*$", re.I)
_TRAILING_RELATIVE = lazy_compile(r"(?<=[a-z])\s+(?-i:who|that|which)\s+(?:[a-z]+\s+){0,1}?(?:[a-z]+ed|spoke|talked|asked|requested|"
                                r"declined|were|was|are|is|had|has|have|saw|took|fled|lost|lives|lived|works|worked|"
                                r"runs|ran|heads|led|leads|survived|uses|goes|went|gave|gives|serves|commands|"
                                r"oversees|oversaw|tracks|monitors|counts|keeps|kept|track|monitor|count|follow|follows)\b.*$", re.I)
#: "the RSF denied targeting civilians and", "The army confirmed the attack and": a speaker, a verb
#: of its own, then "and" before the saying verb.
_COORDINATED_SPEAKER = lazy_compile(r"^\s*(?P<np>(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.()-]*){0,5}|"
                                  r"(?-i:[a-z]+)))\s+(?:[a-z]+ed|denies|rejects|confirms|condemns|accuses|"
                                  r"did\s+not\s+\w+|does\s+not\s+\w+)\b[^,;]{0,80}"
                                  r"\s+(?:and|but)\s*$")   # "Syria's Defence Ministry did not give an overall toll but [said]"
_FRONTED_TIME = lazy_compile(r"^\s*(?:(?:(?:on|by|late|early|earlier|later)\s+)?(?:(?:on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:night|morning|evening|afternoon))?|"
                           # "For years the Pentagon said", "Last year the ministry said"
                           r"for\s+(?:years|months|weeks|decades)|in\s+recent\s+(?:years|months|weeks)|"
                           r"(?:last|earlier\s+this|this)\s+(?:year|month|week))"
                           r",?\s+(?=\S)", re.I)
#: "al-Shabaab", "el-Sisi": a name opening with an Arabic article.
_ARTICLE_NAME = lazy_compile(r"(?:al|el|ad|an|ar|as|ash|az|ul)-[A-Z]")
#: "regional governor Serhiy Lysak", "army spokesman Nadav Shoshani": a role in lower case, then a name.
_ROLE_AND_NAME = lazy_compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}(?:\s+[A-Z][\w'’-]+){2,6}$")   # "junta spokesman Major General Zaw Min Tun"
#: "chief Pentagon spokesman Sean Parnell", "former Nigerian president Olusegun Obasanjo": a role in
#: lower case whose words may name its body or state, then a personal name.
_TITLED_PERSON = lazy_compile(r"[a-z][a-z-]*(?:\s+[\w'’.-]+){0,4}?\s+(?:spokes(?:man|woman|person)|minister|president|"
                            r"governor|mayor|commander|chief|director|envoy|ambassador|secretary|adviser|advisor|"
                            r"official|head|lawmaker|senator|prosecutor|coordinator|commissioner|representative|"
                            r"leader|premier|chancellor)(?:\s+[A-Z][\w'’.-]*){1,5}$")


def _subject_attribution(sentence: str, np: str, start: int) -> Attribution | None:
    """'X said …' / 'X, an apposition, said …': the speaker before a saying verb."""
    unopened = _UNOPENED.match(np)   # "(APP - … 2024) Ukrainian President …"
    if unopened:
        np, start = np[unopened.end():], start + unopened.end()
    conjunction = _LEADING_CONJUNCTION.match(np)
    if conjunction:
        np, start = np[conjunction.end():], start + conjunction.end()
    apposition = ""
    if _ARTICLE_START.match(np) and (before := sentence[:start].rstrip()).endswith(","):
        head = _NAME_BEFORE_COMMA.search(before)
        if head and is_proper_name(head.group(1)):   # "AAPP, a rights group that tracks killings, has documented"
            apposition = np
            start = head.start(1)
            np = head.group(1)
    openers = list(_CLAUSE_OPENER.finditer(np)) if not apposition and _CLAUSE_OPENER_WORDS.intersection(np.lower().split()) else []
    if openers:   # "The report revealed that some Ethiopian officials": the last clause's subject speaks
        np, start = np[openers[-1].end():], start + openers[-1].end()
    fronted = _FRONTED_TIME.match(np)
    if fronted:   # "On Thursday the group claimed": the time is no part of the speaker
        np, start = np[fronted.end():], start + fronted.end()
    coordinated = _COORDINATED_SPEAKER.match(np)
    if coordinated:   # "the RSF denied targeting civilians and [said]": the subject of both verbs
        np = coordinated.group("np")
    words = np.split()
    if not words or len(words) > 14 or _NOT_A_SPEAKER.match(np):
        return None
    trailing = _TRAILING_RELATIVE.search(np)
    if trailing:   # "military sources who spoke to PREMIUM TIMES on condition of anonymity said"
        np = np[:trailing.start()]
    cleaned = _clean_claimant(np)
    if _RELATIVE.search(cleaned):
        return None   # "a third of whom are believed …": a relative clause, not a speaker
    if _HAS_DIGIT.search(cleaned):
        named = _NAME_AFTER_COUNT.search(np)   # "the 31,000 deaths Zelenskyy reported": the name after the count
        if named:
            return Attribution(_clean_claimant(named.group("np")), start + named.start("np"), start + named.end("np"))
        return None
    if _ENDS_IN_DETERMINER.search(cleaned) or _ENDS_IN_PRONOUN.search(cleaned):
        return None   # "… said the estimate …", "a figure it [says]": no speaker
    if _ENDS_IN_BE.search(cleaned):
        return None   # "Ukraine's losses are estimated at …": a passive, not a speaker
    if not cleaned or cleaned[0].islower() and not _SPEAKER_START.match(cleaned) and not _ARTICLE_NAME.match(cleaned) \
            and not _ROLE_AND_NAME.match(cleaned) and not _TITLED_PERSON.match(cleaned) \
            and not _DESCRIBED_SPEAKERS.match(cleaned):
        return None
    return Attribution(cleaned, start, start + len(np), apposition)


_MEDIA = lazy_compile(r"\b(?:news\s+agency|newspaper|media|outlet|broadcaster|television|TV|journalists|reporters|"
                    r"(?<!Telegram\s)(?<!YouTube\s)(?<!WhatsApp\s)channel|correspondents?|publication|(?-i:Radio)|"
                    r"magazine|journal|Reuters|AFP|Associated\s+Press|BBC|CNN|Tass|RIA|"
                    r"Mediazona|Meduza|Interfax|Yonhap|Kyodo|NHK|KCNA|Bloomberg|Politico|Axios|"
                    r"Al\s+Jazeera|Sky\s+News|NBC|CBS|Fox|Pravda|Daily\s+NK|news|Le\s+Monde|Le\s+Figaro|"
                    r"Lib(?-i:é)ration|Spiegel|Bild|Die\s+Zeit|El\s+Pa[ií]s|Haaretz|Ynet|Kommersant|Izvestia|"
                    r"Vedomosti|Ukrainska\s+Pravda|Hromadske|Suspilne|Asahi|Yomiuri|Al\s+Arabiya)\b", re.I)
#: "Iraq's Security Media Cell", "the army's media office", "Hamas's media office": a body's own
#: press office speaks for the body, it is no outlet.
_PRESS_OFFICE = lazy_compile(r"\bmedia\s+(?:office|cell|wing|cent(?:re|er)|department|directorate|bureau|unit|arm|division|relations)\b",
                           re.I)
#: Newspaper mastheads: "The Kyiv Independent", "The Washington Post", "The Korea Herald".
_MASTHEAD = lazy_compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:Independent|Times|Post|Herald|Guardian|Telegraph|"
                       r"Tribune|Gazette|Journal|Daily|Observer|Insider|Monitor)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?$")
#: "a Kyiv Independent analysis of General Staff data", "The Washington Post's tally": an outlet's own count.
_OUTLETS_OWN_COUNT = lazy_compile(r"^(?:an?\s+|the\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:Independent|Times|Post|Herald|Guardian|"
                                r"Telegraph|Tribune|Journal|Economist|Insider|Monitor)(?:\s+of\s+[A-Z][\w-]*)?(?:['’]s)?\s+"
                                r"(?:analysis|tally|count|"
                                r"review|investigation|estimate|calculations?|database)\b|"
                                # "according to our own tracking of flight data": the outlet's own count
                                r"^(?i:our|my)\s+(?:own\s+)?(?:tracking|tally|count|analysis|review|investigation|"
                                r"estimates?|calculations?|database|research|reporting|data)\b")
#: UN bodies and officials; a state's ambassador "to the United Nations" speaks for the state.
_UN = lazy_compile(r"(?<!to\sthe\s)\b(?:UN|U\.N\.(?!\w)|United\s+Nations|UNICEF|UNRWA|OHCHR|OCHA|WHO|IAEA|UNHCR|UNFPA|UNDP|"
                 r"UNESCO|UNIFIL|UNMISS|MONUSCO|MINUSMA|MINUSCA|UNISFA|UNDOF|UNTSO|UNFICYP|UNMIK|MINURSO|BINUH|UNAMA|"
                 r"UNAMI|UNSMIL|UNSOM|UNSOS|UNTMIS|UNMHA|UNITAMS|UNOWAS|UNMAS|WFP|"
                 r"Department\s+of\s+Peace\s+Operations|DPKO|World\s+Health\s+Organi[sz]ation|World\s+Food\s+Programme|"
                 r"International\s+Organi[sz]ation\s+for\s+Migration|IOM|"
                 # the UN's chiefs, named alone: "Guterres said", "Lazzarini wrote on X"
                 r"Guterres|Lazzarini|Tedros|Filippo\s+Grandi|Volker\s+T(?:ü|ue)rk|Tom\s+Fletcher|Martin\s+Griffiths)(?!\w)")
_WESTERN = lazy_compile(r"\b(?:the\s+alliance|alliance['’]s|(?:US|U\.S\.|American|NATO)-led\s+coalition|Western\s+(?:(?-i:[a-z]+)\s+)?(?:intelligence|officials|governments|countries|allies|nations|powers|sources|"
                      r"diplomats|leaders|capitals|estimates|agencies|security)|NATO|allied|allies|G7|"
                      r"European\s+(?:Union|governments|officials|countries|leaders|diplomats|allies|nations|intelligence|"
                      r"capitals)|EU)\b")
#: A military coalition no state is named with (one that is, "the Saudi-led coalition", is its state's).
_COALITION = lazy_compile(r"(?<!ruling\s)(?<!governing\s)\b[Cc]oalition(?!\s+(?:government|partners?|parties|party))\b")
_SPEAKER_NOUNS = (r"officials|analysts|experts|sources|diplomats|authorities|rescuers|medics|activists|"
                  r"witnesses|residents|observers|monitors|researchers|lawmakers|legislators|police|prosecutors|"
                  r"investigators|paramedics|doctors|firefighters|ministry|army|military|rebels|militants|"
                  # a headline's bare singular role: "…, governor says", "…, monitor says"
                  r"official|governor|monitor|minister|spokesman|spokeswoman|spokesperson|mayor|commander|envoy|"
                  r"medic|activist|observatory|agency|groups")
_SPEAKER_START = lazy_compile(rf"(?:the|a|an|one|two|three|four|five|six|some|several|many|other|senior|top|local|their|"
                            rf"state|he|she|they|it|we|"
                            rf"{_SPEAKER_NOUNS})\b|(?:then|ex)-[A-Z]")   # "then-Chairman … Gen. Mark Milley"
#: "health officials", "Western security sources": a few lower-case words before a speaker noun.
_DESCRIBED_SPEAKERS = lazy_compile(rf"(?:[a-z-]+\s+){{1,3}}(?:{_SPEAKER_NOUNS})$")
_OTHER = lazy_compile(r"\b(?:analysts?|experts?|researchers?|historians?|demographers?|scholars?|think\s+tank|institute|"
                    r"NGO|medics|activists|campaigners?|advocates|(?:humanitarian|aid|relief)\s+workers|"
                    r"rescuers|witnesses|residents|resident|witness|eyewitness(?:es)?|elders?|villagers?|survivors?|"
                    r"relatives?|volunteers?|rescue\s+workers?|(?:resistance|local|neighbou?rhood|emergency)\s+committees?|"
                    r"emergency\s+(?:response\s+)?rooms?|(?:tribal|community|religious|clan)\s+(?:leaders?|chiefs?|sheikhs?|elders?)|nurses?|farmers?|vigilantes?|mother|father|son|daughter|"
                    r"wife|husband|brother|sister|widow|teacher|student|shopkeeper|trader|driver|fisherman|\d+-year-old|"
                    r"(?<!security\s)(?<!military\s)(?<!government\s)(?<!army\s)(?<!defence\s)(?<!defense\s)"
                    r"(?<!police\s)(?<!intelligence\s)(?<!official\s)sources|"
                    # "the website icasualties.org, which tracks military deaths": a tracker
                    r"websites?|databases?|trackers?|portals?|"
                    r"Human\s+Rights\s+Watch|Amnesty|observers?|ISW|Oryx|African\s+Union)\b", re.I)
#: Monitors, rights groups and aid groups named after a country ("the Syrian Observatory for
#: Human Rights", "the Sudan Doctors Network", "the Palestinian Red Crescent") are NGOs, not
#: that country's authorities.
_NAMED_NGO = lazy_compile(r"\b(?:Observatory|(?<!Commissioner\sfor\s)Human\s+Rights(?!\s+(?:Commission|Defender|Ombuds(?:man|woman|person)))|Red\s+Crescent|Red\s+Cross|(?<=\w\s)Doctors|Doctors(?=\s+(?:Without|of|for|Network|Union|Syndicate|Committee))|"
                        r"M[ée]decins|MSF|Amnesty|Airwars|ACLED|monitoring\s+group|rights\s+group|Network\s+for|"
                        r"for\s+the\s+Rights\s+of|"
                        r"aid\s+group|advocacy\s+group|activist\s+group|lawyers['’]?\s+group|"
                        r"(?:the|a|an)\s+collective|(?:solidarity|campaign|pressure)\s+group|Association|charity|charities|prisoners?['’]?\s+(?:groups?|society|club|association)|Committee\s+to\s+Protect|Reporters\s+Without\s+Borders|"
                        r"(?:war\s+)?monitor|watchdog|think\s+tank|institute|university|school\s+of|college|"
                        r"database|study|project|researchers?|academics?|Society|Studies|Research|Relief|Save\s+the\s+Children|Oxfam|"
                        r"Mercy\s+Corps|Crisis\s+Group|Rescue\s+Committee|Refugee\s+Council|ActionAid|"
                        # "British maritime security firm Ambrey": a private firm speaks for no state
                        r"(?:security|consultancy|risk|intelligence|research|analytics|data)\s+(?:firm|company))\b", re.I)
#: Bodies that count their own people's dead: "the Health Ministry", "local health and civil defence officials".
_LOCAL = lazy_compile(r"\b(?:(?:local|health)\s+(?:health\s+)?(?:authorities|officials|ministry|minister|services)|"
                    r"ministry\s+of\s+health|civil\s+defen[cs]e|hospitals?|medical\s+(?:sources?|officials?|complex|"
                    r"cent(?:re|er)|staff)|emergency\s+medicine|doctors|health\s+(?:cent(?:re|er)|post|clinic)s?|"
                    r"their\s+(?:respective\s+)?(?:governments?|armies|militaries|defen[cs]e\s+ministries))\b", re.I)
_COUNTRY_CODES = {code for code in ACTORS if code.isupper()}
_ANALYSTS = lazy_compile(r"\b(?:analysts?|experts?|researchers?|academics?|scholars?|historians?|demographers?)\b", re.I)


_OFFICIAL_ROLE = lazy_compile(r"\b(?:police|military|army|command|spokes(?:man|woman|person)|governor|officials?|"
                            r"authorities)\b", re.I)
#: Officials and bodies that speak for the place they serve ("the district administrator of
#: Macomia", "the Borno State Emergency Management Agency"); residents and doctors do not.
_PLACE_OFFICIAL = lazy_compile(r"\b(?:police|governor|administrat(?:or|ion)|mayor|officials?|authorit(?:y|ies)|agency|"
                             r"office|council|ministry|department|command|army|military|commissioner|inspector|"
                             r"secretary|minister|chief|head|director|commander|spokes(?:man|woman|person)|"
                             r"chairman|chairwoman|chairperson|government)\b", re.I)
_ARMED_GROUP_SPEAKER = lazy_compile(r"\b(?:separatists|rebels|militants|insurgents|militias?|jihadists|self-styled|"
                                  r"separatist\s+(?:leadership|leaders?|authorities|officials|government)|"
                                  # "Rebel spokesman Movladi Udugov", "insurgent commanders"
                                  r"(?:rebel|insurgent|militant|separatist|guerrilla|jihadist|(?:local\s+)?resistance)\s+(?:spokes(?:man|woman|person)|"
                                  r"commanders?|leaders?|fighters|sources?|officials?|chiefs?|forces|alliance|coalition|"
                                  r"movement|front)|"
                                  r"armed\s+groups?|the\s+group(?:['’]s)?|(?:jihadist|militant|rebel|insurgent|"
                                  r"[\w-]+-(?:linked|affiliated|allied))\s+groups?)\b", re.I)
#: "the Arakan Army", "the Karenni Nationalities Defence Force": an army or front named after no
#: state is an armed group's ("the Indian Army" names its state).
_GROUP_FORCE_NAME = lazy_compile(r"\b(?!(?:The|A|An|Its|Their|National|Regular|Royal)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+"
                               r"(?:Army|Front|Movement|Brigades?|Militia|Defen[cs]e\s+Forces?)\b")
#: Words of a state body's name: its acronym makes it no NGO ("the Security Media Cell (SMC)").
_STATE_BODY_WORD = lazy_compile(r"\b(?:Security|Defen[cs]e|Interior|Ministry|Command|Operations|Police|Army|Armed\s+Forces|"
                              r"Intelligence|Directorate|Counter-?Terrorism)\b")
#: An acronym that is no rank before a name ("DSP Yazid Abubakar" is a police officer).
_UNKNOWN_ACRONYM = lazy_compile(rf"\b(?!(?:{GOVERNMENT_ACRONYMS})\b)[A-Z]{{3,6}}\b(?!\s+[A-Z][a-z])")
#: A state body's words; "military-run", "government-backed" describe an outlet or a group, not a state body.
_OFFICIAL = lazy_compile(r"\b(?:intelligence|ministry|military|government)\b(?!-(?:run|owned|controlled|backed|affiliated|"
                       r"linked|aligned|allied|funded))", re.I)
#: "The US embassy in Yemen", "U.S. Forces Japan": after the body's own state, the place it sits in
#: is not its state.
_POSTED_IN_BEFORE = lazy_compile(r"\b(?:in|Forces|Command)\s+$")   # … and "U.S. Forces Japan"
#: "The United States special envoy for Sudan", "ambassador to Ukraine": a place a speaker serves is not his state.
_SERVES_IN_BEFORE = lazy_compile(r"\b(?:for|to)\s+$")


def claimant_country(attribution: Attribution, inherited: str, subject: str) -> str:
    """The code of the claimant's country or authority, or a kind (western, un, media, other)."""
    return _claimant_country(attribution.text, attribution.apposition, inherited, subject)


@lru_cache(maxsize=1024)
def _claimant_country(text: str, apposition: str, inherited: str, subject: str) -> str:
    if _STATE_BODY_NAME.search(text):
        text = _OWN_ACRONYM.sub("", text)   # "The Armed Forces of the Philippines (AFP)" is no news agency
    words = _BASED.sub("", f"{text} {apposition}")   # "the Washington-based think tank" speaks for no state
    if _NAMED_NGO.search(words) and not _OFFICIAL.search(text) and not _UN.search(words):
        return "other"
    if (_MEDIA.search(apposition) or _MEDIA.search(text) or _MASTHEAD.match(text) or _OUTLETS_OWN_COUNT.match(text)
            or names_an_outlet(text)):
        if not _OFFICIAL.search(text) and not _PRESS_OFFICE.search(f"{text} {apposition}"):
            return "media"
    if _UN.search(words):
        return "un"
    if _ARMED_GROUP_SPEAKER.search(text) and not _OFFICIAL.search(text):
        return "other"   # "Armed separatists", "a spokesperson for the Fano militia": non-state armed groups
    if _is_an_armed_groups_name(text):
        return "other"   # "Myanmar's Arakan Army", "Sudan's RSF": the group, not the state named before it
    codes = [code if code in _COUNTRY_CODES else AUTHORITY_OF_GROUP.get(code, "other")
             for position, (start, _, code, _) in enumerate(find_actors(words))
             if not _SERVES_IN_BEFORE.search(words, max(0, start - 5), start)
             and not (position and _POSTED_IN_BEFORE.search(words, max(0, start - 9), start))]
    codes = [code for code in codes if code != "other"] or codes
    if not codes and _GROUP_FORCE_NAME.search(text) and not _named_after_a_place(text):
        return "other"
    if not codes and _COALITION.search(words):
        return "western"   # "Coalition officials", "a coalition spokesman": the coalition fighting ISIS, of Western states
    if _WESTERN.search(words) or len(set(codes)) > 1:
        return "other" if _ANALYSTS.search(text) else "western"   # "Western security analysts" are no government
    if codes:
        return codes[0]
    towns = [code for start, end, code, _ in find_places(words) if named_as_place(words, start, end)]
    if towns and _PLACE_OFFICIAL.search(words):
        return towns[0]   # "the Borno State Emergency Management Agency", "Kursk Region Governor"
    if _ANALYSTS.search(text) and not _LOCAL.search(words):
        return "other"   # "Military expert Andrei Marochko": an analyst, whatever his field
    if (_LOCAL.search(words) or (not inherited and _OFFICIAL_ROLE.search(words))) and subject in _COUNTRY_CODES:
        return subject   # local bodies count their own dead; so do a place's officials when no one else is named
    if _OTHER.search(words) or _UNKNOWN_ACRONYM.search(text) and not _STATE_BODY_WORD.search(text):
        return "other"   # an organisation known by an acronym that is no state, outlet or UN body: an NGO or group
    return inherited


def _named_after_a_place(text: str) -> bool:
    """Whether a force's name opens with a region or town the gazetteer knows ("the Puntland Defence Forces")."""
    return any(country_of_place(word) for word in _CAPITALISED_WORD.findall(text)[:2])


_CAPITALISED_WORD = lazy_compile(r"\b[A-Z][a-z][\w'’-]*")


def _is_an_armed_groups_name(text: str) -> bool:
    """Whether a claimant ends in the name of an armed group that is no authority of a territory
    (after a state's possessive, say), with no office of its own after it ("Hamas-run health ministry")."""
    actors = find_actors(text)
    if len(actors) < 2:
        return False   # a group named alone is read below, as ever
    _, end, code, _ = actors[-1]
    return code.islower() and code not in AUTHORITY_OF_GROUP and code not in NOT_A_GROUP \
        and not _OFFICIAL.search(text, end)


#: A body's own acronym after its name: "the State Emergency Service (SES)"; a state body's
#: acronym says nothing of an outlet or an NGO.
_OWN_ACRONYM = lazy_compile(r"(?<=[a-z])\s+\([A-Z][A-Za-z]{1,7}\)")
_STATE_BODY_NAME = lazy_compile(r"\b(?:State|National|Forces|Service|Guard|Directorate|Command|Intelligence|[Mm]inistry|Department|"
                              r"Office|Attorney|Prosecutor|"
                              r"Police|Army|Defen[cs]e|Military|Inter-Services|Emergency|Government)\b")
#: "US-based", "London-based": where a body sits, not whom it speaks for.
#: "the Washington-based think tank", "the Iran-backed Houthi militia's health ministry": where a body
#: sits or who backs it names no state it speaks for.
_BASED = lazy_compile(r"\b[\w.]+(?:\s+[A-Z][\w.]*)?-(?:based|backed|supported|sponsored|allied|aligned)\b")


def nearest_attribution(attributions: list[Attribution], amount: Amount, sentence: str = "") -> Attribution | None:
    """The claimant nearest the amount; a reference back ("the organization", "the country's
    intelligence agency") stands for the claimant the sentence named before it.  A claimant
    after the amount that opens a clause of its own ("Georgia said 364 people were killed …, as
    Moscow said it would keep troops") speaks for that clause: the amount is the one's before it."""
    if not attributions:
        return None
    nearest = min(attributions, key=lambda a: (min(abs(a.start - amount.start), abs(a.end - amount.start)), a.start))
    before = [a for a in attributions if a.end <= amount.hedge_start]
    if nearest.start >= amount.end and _OWN_CLAUSE_BEFORE.search(sentence, amount.end, nearest.start) and before:
        nearest = before[-1]
    elif nearest.start >= amount.end and not before and (
            _CONTRAST_CLAUSE_BEFORE.search(sentence, amount.end, nearest.start) or _CONTRAST_OPENER.match(sentence, nearest.start)
            or _RELATIVE_CLAUSE_BEFORE.search(sentence, amount.end, nearest.start)
            or ";" in sentence[amount.end:nearest.start]):
        # "About 2,000 U.S. troops remain in Syria, though President Donald Trump said …", "Hamas still holds
        # 59 hostages, of whom Israel believes …", "Drone strike kills three in Duhok; Ankara says …": the outlet's own
        return None

    if nearest.end and nearest.end <= amount.hedge_start and _INSIDE_A_RELATIVE_ASIDE.match(sentence, nearest.end, amount.hedge_start) \
            and not _saying_inside(sentence[nearest.end:amount.hedge_start]):
        return None   # "Poland, which hosts about 10,000 US troops, said …": the outlet's own aside
    referring = PRONOUNS.match(nearest.text) or COUNTRY_REFERENCE.match(nearest.text)
    named_before = [a for a in attributions if a.start < nearest.start and not PRONOUNS.match(a.text)] if referring else []
    if not named_before:
        return nearest
    if COUNTRY_REFERENCE.match(nearest.text):   # keep the body, take the country from the one named before
        return Attribution(nearest.text, nearest.start, nearest.end, named_before[-1].text)
    return named_before[-1]


_RELATIVE_CLAUSE_BEFORE = lazy_compile(r",\s+(?:(?:of|among)\s+whom|which|(?-i:who)|whom)\s+(?:the\s+)?$", re.I)
#: The words between a claimant and an amount inside a relative aside of the claimant's.
_INSIDE_A_RELATIVE_ASIDE = lazy_compile(r"\s*,\s*(?:which|(?-i:who))\s[^,;:“”\"]*$", re.I)


def _saying_inside(words: str) -> bool:
    """Whether a relative aside tells what its claimant says ("The SDF, which says it commands …")."""
    told = set(words.lower().split())
    return not (_SAY_LAST_WORDS.isdisjoint(told) and _SPEECH_ACTS.isdisjoint(told))


#: Statements that are no saying verb of `_SAY`: "The South Korean government, which had denounced
#: the dispatch of 10,000 troops, …" tells the government's figure.
_SPEECH_ACTS = frozenset({"denounced", "denounces", "condemned", "condemns", "protested", "protests", "blamed",
                          "blames", "decried", "decries"})


_CONTRAST_CLAUSE_BEFORE = lazy_compile(r"[,;]\s+(?:though|although|while|whereas|but)\s+(?:the\s+)?$")
_CONTRAST_OPENER = lazy_compile(r"\s*(?:though|although|whereas)\s", re.I)   # a claimant's text may open with it
#: ", as Moscow said", "; while the ministry said": the words just before a claimant opening a clause of its own.
_OWN_CLAUSE_BEFORE = lazy_compile(r"[,;]\s+(?:as|while|whereas|but|after|before|when|since|until|though|although)\s+"
                                r"(?:the\s+)?$|"
                                # "Military says … 78 personnel injured; India claims over 100 …"
                                r";\s*(?:the\s+)?$")


def forward_attribution(following: str) -> Attribution | None:
    """'This information was disclosed by X.' names the claimant of the sentence before."""
    match = _FORWARD_ATTRIBUTION.match(following)
    return Attribution(_clean_claimant(match.group("np")), 0, 0) if match else None


_TITLE_WINDOW = 90


_HONORIFIC = lazy_compile(r"^(?:Mr|Ms|Mrs|Miss|Dr|Gen|Col|Maj|Capt|Brig|Adm|Sgt|Cmdr|Lt|Lt\.?\s+Gen|Lt\.?\s+Col|"
                          r"Maj\.?[\s-]+Gen|Lt-Gen|Brig\.?[\s-]+Gen)\.?\s+(?=[A-Z][\w'’-]+$)")


def country_introduced_with(name: str, text: str) -> str:
    """The country named in the title before a person's first titled mention: "Iran's Health
    Minister Mohammad-Reza Zafarghandi" gives IR for a later "Zafarghandi said"; a caption naming
    him bare before the body's first mention does not hide the title."""
    for title in _titles_introduced_with(name, text):
        code = _country_of_title(title)
        if code:
            return code
    return ""


def _country_of_title(title: str) -> str:
    codes = [code if code in _COUNTRY_CODES else AUTHORITY_OF_GROUP.get(code, "other")
             for start, _, code, _ in find_actors(title)   # "Hamas spokesman Abu Obeida": no state
             if not _SERVES_IN_BEFORE.search(title, max(0, start - 5), start)]   # "The former U.S. special envoy for Sudan, X"
    if not codes and _PLACE_OFFICIAL.search(title):   # "The chairman of Bama Local Government", "The Zamfara State Police Command spokesperson"
        codes = [code for start, end, code, _ in find_places(title) if named_as_place(title, start, end)]
    if not codes and _COALITION.search(title):
        return "western"   # "A coalition spokesman, Col Ryan Dillon,"
    if not codes and _UN.search(title):
        return "un"   # "The UN human rights chief, Volker Türk,"
    return codes[-1] if codes else ""


def title_introduced_with(name: str, text: str) -> str:
    """The words right before a person's first mention that has any, or before the comma of its
    apposition: "Iran's Health Minister" (Mohammad-Reza Zafarghandi), "A Defence Ministry
    spokesman" (, Col Hassan Abdul Ghani,); "" when the name is not found."""
    return next((title for title in _titles_introduced_with(name, text) if title.strip()), "")


_MENTIONS_READ = 6


def _titles_introduced_with(name: str, text: str) -> Iterator[str]:
    """The title words before each of a person's first mentions, in order."""
    honorific = _HONORIFIC.match(name)   # "Mr Kangye", introduced as "Maj-Gen Markus Kangye"
    name = name[honorific.end():] if honorific else name
    if len(name) <= 3:
        return
    mentions = re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    for _, mention in zip(range(_MENTIONS_READ), mentions):
        yield _title_before(text, mention.start())


def _title_before(text: str, start: int) -> str:
    title = text[max(0, start - _TITLE_WINDOW):start]
    breaks = list(_TITLE_BREAK.finditer(title))   # not the dots of "U.S."
    title = title[breaks[-1].end():] if breaks else title
    before_comma, comma, after_comma = title.rpartition(",")
    if comma and not find_actors(after_comma):   # "…to Haiti next month, President William Ruto"
        # "Cameroon's army spokesperson, Captain …": the apposition's title, back to the comma before it
        title = before_comma.rpartition(",")[2] if _TITLE_BEFORE_COMMA.search(before_comma) else after_comma
    return title


def claimant_span(sentence: str, attribution: Attribution) -> tuple[int, int]:
    """Where a claimant's words stand in the sentence: its name, its apposition after, and a title
    before the comma of the name ("The former U.S. special envoy for Sudan, Tom Perriello, said"),
    whose places and states are not the people counted.  A claimant carried on from another
    sentence (`end` 0) stands nowhere in this one."""
    if not attribution.end:
        return 0, 0   # "One person was killed …" after "…, Ivan Fedorov said": the amount is no claimant's word
    start, offset = attribution.start, max(0, attribution.start - 80)
    before = sentence[offset:start].rstrip()
    if before.endswith(",") and _TITLE_BEFORE_COMMA.search(before[:-1]):
        start = offset + max(before[:-1].rfind(mark) for mark in _CLAUSE_MARKS) + 1
    return start, attribution.end + len(attribution.apposition) + 2


#: Where the words before a name stop being its title: a sentence's end (not an initial's or a rank's dot), a colon, a line.
_TITLE_BREAK = lazy_compile(rf"(?<![A-Z]){_NOT_TITLE_DOT}\.|[\n:;]")
#: A title that ends right before the comma of an apposition: "The Congolese army spokesman, Lt Col …".
_TITLE_BEFORE_COMMA = lazy_compile(r"\b(?:spokes(?:man|woman|person)|minister|governor|commander|chief|head|director|"
                                 r"general|official|envoy|ambassador|adviser|advisor|mayor|chairman|chairwoman|"
                                 r"chairperson|secretary|leader|administrator|commissioner|prefect|president|coordinator|"
                                 r"defender|ombuds(?:man|woman|person)|representative|rapporteur|prosecutor|negotiator|"
                                 r"mediator)\b[^,]{0,70}$", re.I)
