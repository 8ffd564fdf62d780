"""Words the extractor recognises: places and actors with their country codes, nouns for
people, and the cue words of each metric.  Extending coverage to a new war mostly means
adding rows here, not rules elsewhere."""
from __future__ import annotations

import re

#: Names, demonyms, capitals, leaders and institutions → two-letter code (or group word).
ACTORS: dict[str, tuple[str, ...]] = {
    "KP": ("North Korea", "North Korean", "North Koreans", "N. Korea", "N. Korean", "N Korea",
           "N Korean", "DPRK", "Pyongyang", "Kim Jong Un",
           "Kim Jong-un", "Kim", "KCNA", "Korean People's Army"),
    "KR": ("South Korea", "South Korean", "South Koreans", "S. Korea", "S. Korean", "S Korea",
           "S Korean", "Seoul", "ROK", "NIS",
           "National Intelligence Service", "Yoon", "Lee Jae-myung"),
    "RU": ("Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin", "Shoigu", "Peskov",
           "Lavrov", "Wagner", "Wagner Group", "Prigozhin", "Gerasimov", "Belousov"),
    "UA": ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Zelensky", "Zelenskyy",
           "Zelenskiy", "Syrskyi", "Syrsky", "Budanov", "HUR"),
    "US": ("United States", "U.S.", "US", "USA", "American", "Americans", "Washington",
           "Pentagon", "White House", "Biden", "Trump", "Austin", "CIA"),
    "UK": ("United Kingdom", "U.K.", "UK", "Britain", "British", "London", "Downing Street"),
    "IL": ("Israel", "Israeli", "Israelis", "IDF", "Netanyahu", "Jerusalem"),
    "PS": ("Palestinian", "Palestinians", "Gaza", "Gazan", "Gazans", "West Bank",
           "Palestinian Authority"),
    "LB": ("Lebanon", "Lebanese", "Beirut"),
    "SD": ("Sudan", "Sudanese", "Khartoum"),
    "SY": ("Syria", "Syrian", "Syrians", "Damascus"),
    "IR": ("Iran", "Iranian", "Iranians", "Tehran"),
    "CN": ("China", "Chinese", "Beijing"),
    "BY": ("Belarus", "Belarusian", "Minsk"),
    "PL": ("Poland", "Polish", "Warsaw"),
    "DE": ("Germany", "German", "Germans", "Berlin"),
    "FR": ("France", "French", "Paris"),
    "TR": ("Turkey", "Türkiye", "Turkish", "Ankara"),
    "YE": ("Yemen", "Yemeni"),
    "IQ": ("Iraq", "Iraqi", "Iraqis", "Baghdad"),
    "AF": ("Afghanistan", "Afghan", "Afghans", "Kabul"),
    "PK": ("Pakistan", "Pakistani", "Islamabad"),
    "IN": ("India", "Indian", "New Delhi"),
    "JP": ("Japan", "Japanese", "Tokyo"),
    "ET": ("Ethiopia", "Ethiopian", "Addis Ababa"),
    "hezbollah": ("Hezbollah",),
    "hamas": ("Hamas",),
    "houthis": ("Houthi", "Houthis"),
    "rsf": ("Rapid Support Forces", "RSF"),
}

_ACTOR_LOOKUP = {name.lower(): code for code, names in ACTORS.items() for name in names}
_CASE_SENSITIVE = {"US", "UK", "Kim", "Austin", "HUR", "RSF", "NIS", "ROK", "CIA"}
ACTOR_PATTERN = re.compile(
    r"(?<![\w.])(" + "|".join(
        re.escape(name) for name in sorted(_ACTOR_LOOKUP, key=len, reverse=True)
    ) + r")(?![\w])(?:['’]s)?",
    re.I,
)


def find_actors(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, code, surface) for every actor named in `text`, in reading order."""
    found = []
    for match in ACTOR_PATTERN.finditer(text):
        surface = match.group(1)
        canonical = next((n for n in _CASE_SENSITIVE if n.lower() == surface.lower()), None)
        if canonical and surface != canonical:
            continue
        if surface == "Kim" and re.match(r"\s+[A-Z](?!im\b)", text[match.end(1):]) \
                and not re.match(r"\s+Jong", text[match.end(1):]):
            continue   # "Kim Byung-kee" is one of many Kims; "Kim" alone or "Kim Jong Un" is the leader
        found.append((match.start(), match.end(), _ACTOR_LOOKUP[surface.lower()], surface))
    return found


#: Nouns for people that can be sent to fight (a deployment needs one of these).
MILITARY_NOUNS = (
    r"troops|troopers|soldiers|servicemen|servicemembers|service\s?members|service\s+personnel|"
    r"personnel|fighters|militants|combatants|mercenaries|volunteers|recruits|conscripts|"
    r"reservists|marines|sailors|airmen|paratroopers|infantrymen|special\s+forces|commandos|"
    r"officers|commanders|forces|guards|deminers|sappers|engineers|gunmen|insurgents|rebels|"
    r"jihadists|contractors|workers|instructors|advisers|advisors|men|members|units|"
    r"troop|soldier|fighter|serviceman|officer"
)
#: Other people a casualty count may be about.
CIVILIAN_NOUNS = (
    r"civilians|people|persons|residents|children|women|villagers|journalists|medics|doctors|"
    r"aid\s+workers|patients|students|migrants|refugees|detainees|prisoners(?:\s+of\s+war)?|"
    r"POWs|captives|hostages|individuals|others|lives|bodies|Palestinians|Israelis|Russians|"
    r"Ukrainians|Koreans|Americans|Lebanese|Sudanese|Syrians|Gazans|Afghans|Iraqis|"
    r"civilian|person|child|prisoner|hostage"
)
PEOPLE_NOUNS = f"{MILITARY_NOUNS}|{CIVILIAN_NOUNS}"

#: Metric words; the first that applies wins, so combinations come before their parts.
CASUALTY_WORDS = (
    r"(?:killed|dead|died)(?:\s*,\s*|\s+(?:or|and|and/or)\s+)(?:wounded|injured|hurt|missing)|"
    r"(?:wounded|injured)\s+(?:or|and)\s+(?:killed|dead)|casualt(?:y|ies)|"
    r"deaths\s+and\s+injuries|injuries\s+and\s+deaths|dead\s+and\s+wounded|losses|"
    r"killed\s+or\s+injured|killed\s+and\s+injured"
)
KILLED_WORDS = (
    r"killed|kill|kills|killing|dead|died|die|dies|dying|deaths?|death\s+toll|toll|fatalit(?:y|ies)|"
    r"slain|perished|lost\s+their\s+lives|executed|massacred|lost|lose|losing"
)
WOUNDED_WORDS = r"wounded|wounding|wounds|injured|injuring|injur(?:y|ies)|hurt"
CAPTURED_WORDS = (
    r"captured|capturing|capture|taken\s+(?:prisoner|captive|hostage)|prisoners\s+of\s+war|POWs?|"
    r"held\s+captive|abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|surrendered|taken\s+captive|prisoner|"
    r"hostages?|captives"
)
MISSING_WORDS = r"missing|unaccounted\s+for|disappeared"
DEPLOY_WORDS = (
    r"sent|send|sends|sending|deploy|deploys|deployed|deploying|deployment|dispatch|dispatched|"
    r"dispatching|dispatches|dispatch(?:ed)?|station|stationed|stationing|arrive|arrived|arriving|"
    r"transferred|mobili[sz]ed|reinforce|reinforced|reinforcements?|redeployed|posted|rotated"
)
#: Weaker signs of a deployment, used only with nouns for military people.
PRESENCE_WORDS = (
    r"fighting|fight|fought|serving|serve|served|join|joined|joining|force|contingent|brigade|"
    r"battalion|front|frontline|front\s+line|comprise|comprising|assist|support|help|training|"
    r"trained|based|presence|numbered|numbering|operating|in\s+(?:the\s+)?[A-Z][a-z]+|"
    r"on\s+the\s+ground|set\s+up|include|includes|including"
)

METRIC_WORDS: tuple[tuple[str, str], ...] = (
    ("casualties", CASUALTY_WORDS),
    ("captured", CAPTURED_WORDS),
    ("missing", MISSING_WORDS),
    ("wounded", WOUNDED_WORDS),
    ("killed", KILLED_WORDS),
    ("deployed", DEPLOY_WORDS),
)
METRIC_PATTERNS = {metric: re.compile(rf"\b(?:{words})\b", re.I) for metric, words in METRIC_WORDS}
PRESENCE_PATTERN = re.compile(rf"\b(?:{PRESENCE_WORDS})\b")
