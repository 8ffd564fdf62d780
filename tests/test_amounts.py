"""The amounts `warclaims.numbers.find_numbers` finds, and the shortcuts that make it fast.

The sentences are copied from ../shared/devset/articles (named by article id), one or more of
every kind of amount there (exact, hedged, ranges, vague, none), with the amounts the extractor
found in them before its speed work: a shortcut that changed what is found fails here.  The
tests do not read ../shared, which a user's clone does not have.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warclaims import numbers
from warclaims.lexicon import word_alternation
from warclaims.numbers import find_numbers

DEVSET_AMOUNTS = [
    ('d05', 'Around 200 Wagner Group mercenaries were "destroyed" between Feb. 20 and 22 on the front line in the Bakhmut axis in Ukraine\'s eastern Donetsk province, the General Staff of the Armed Forces of Ukraine said in a weekend update.',
     [(7, 10, 'approx', 200, None, None, 0)]),
    ('a03', 'Approximately 3,000 North Korean troops have been dispatched to Russia, where they are undergoing training on drones and other military equipment, with the expectation of deploying to Ukraine.',
     [(14, 19, 'approx', 3000, None, None, 0)]),
    ('a09', 'South Korea said earlier Monday that around 1,100 North Korean soldiers have been killed or wounded since entering combat in December.',
     [(44, 49, 'approx', 1100, None, None, 37)]),
    ('f14', 'At least 18,412 Palestinians have been killed in Israeli attacks since October 7, while about 8,000 people are missing or trapped under the rubble in Gaza, according local health and civil defence officials.',
     [(9, 15, 'at_least', 18412, 18412, None, 0), (94, 99, 'approx', 8000, None, None, 88)]),
    ('j06', "A South Korean lawmaker reported that around 100 North Korean soldiers are believed to have been killed, with nearly 1,000 others injured since their deployment to the region, according to the country's intelligence agency.",
     [(45, 48, 'approx', 100, None, None, 38), (117, 122, 'at_most', 1000, None, 1000, 110)]),
    ('j06', "Additionally, a South Korean lawmaker revealed that approximately 100 North Korean soldiers are believed to have been killed, with nearly 1,000 injured since their deployment to the area, as reported by the country's intelligence agency.",
     [(66, 69, 'approx', 100, None, None, 52), (138, 143, 'at_most', 1000, None, 1000, 131)]),
    ('a06', 'RBC-Ukraine, a Ukrainian news agency, reported Sunday that a Storm Shadow missile strike on the Kursk region killed about 500 North Korean soldiers and hurt three, including an interpretation officer.',
     [(122, 125, 'approx', 500, None, None, 116), (157, 162, 'exact', 3, None, None, 157)]),
    ('c02', 'Two US officials said the estimate of Russia’s losses included about 20,000 dead.',
     [(0, 3, 'exact', 2, None, None, 0), (69, 75, 'approx', 20000, None, None, 63)]),
    ('f02', 'The number of dead, includes some 2,913 children, 1,709 women and 397 elderly people, making up over 65% of the total death toll, which is the highest number of war fatalities in Gaza since Israel unilaterally withdrew from the territory in 2005.',
     [(34, 39, 'approx', 2913, None, None, 29), (50, 55, 'exact', 1709, None, None, 50), (66, 69, 'exact', 397, None, None, 66)]),
    ('d04', 'According to open-source-intelligence analysts who scrutinize photos and videos on social media, more than 288 Russian tanks have been captured.',
     [(107, 110, 'at_least', 288, 288, None, 97)]),
    ('b06', 'British Defense Intelligence on June 15 estimated that more than 6,000 North Korean troops have likely been killed or wounded while fighting in Russia.',
     [(65, 70, 'at_least', 6000, 6000, None, 55)]),
    ('e05', "Ukrainian forces lost more than 465 servicepeople in clashes with Russia's Tsentr forces, the ministry said, adding that Russia's Battlegroup Vostok made Kiev lose up to 100 soldiers.",
     [(32, 35, 'at_least', 465, 465, None, 22), (170, 173, 'at_most', 100, None, 100, 164)]),
    ('k04', 'Azerbaijan has said that 2,783 of its soldiers were killed during its conflict with ethnic Armenian forces over the Nagorno-Karabakh region, and that more than 100 of its troops were still missing.',
     [(25, 30, 'exact', 2783, None, None, 25), (160, 163, 'at_least', 100, 100, None, 150)]),
    ('f11', 'In the first 42 day phase, Hamas freed 33 women, children and men aged over 50 or were infirm.',
     [(39, 41, 'exact', 33, None, None, 39), (76, 78, 'at_least', 50, 50, None, 71)]),
    ('f06', 'At least 16 journalists were reported injured, three missing and 21 arrested.',
     [(9, 11, 'at_least', 16, 16, None, 0), (47, 52, 'exact', 3, None, None, 47), (65, 67, 'exact', 21, None, None, 65)]),
    ('g07', ', Yemen — The Saudi-led coalition fighting in Yemen staged multiple airstrikes on a detention center operated by the Houthi rebels in the southwestern province of Dhamar, killing at least 100 people and wounding dozens more Sunday, officials and the rebels’ health ministry said.',
     [(188, 191, 'at_least', 100, 100, None, 179), (212, 218, 'vague', None, 24, 99, 212)]),
    ('e05', 'Ukraine Loses Up to 710 Soldiers in With Russian Forces - MoD',
     [(20, 23, 'at_most', 710, None, 710, 14)]),
    ('e03', 'Russia’s military casualties are approaching 300,000, including as many as 120,000 deaths.',
     [(45, 52, 'at_most', 300000, None, 300000, 45), (75, 82, 'at_most', 120000, None, 120000, 64)]),
    ('d03', 'One report at the end of April suggested the figure could be as many as 25,900, according to a call intercepted by Kyiv.',
     [(0, 3, 'exact', 1, None, None, 0), (72, 78, 'at_most', 25900, None, 25900, 61)]),
    ('f10', 'The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) described 2023 as the deadliest year ever for the global humanitarian community, with up to 280 aid workers killed in 33 countries, a 137% increase compared to 2022, when 118 aid workers were killed.',
     [(170, 173, 'at_most', 280, None, 280, 164), (196, 198, 'exact', 33, None, None, 196), (249, 252, 'exact', 118, None, None, 249)]),
    ('f14', 'The United States, having vetoed the move in the Security Council last week, voted against the resolution, along with Israel and eight other countries.',
     [(129, 134, 'exact', 8, None, None, 129)]),
    ('f02', 'The ministry spokesperson Ashraf al-Qedra said during a press conference: "In addition, 18,484 citizens have been injured since Oct. 7."',
     [(88, 94, 'exact', 18484, None, None, 88)]),
    ('f11', 'The 35 hostages confirmed dead by Israel include 34 kidnapped in the Hamas massacre and a soldier killed in the 2014 Gaza war.',
     [(4, 6, 'exact', 35, None, None, 4), (49, 51, 'exact', 34, None, None, 49)]),
    ('e03', 'While Ukraine has lost 70,000 troops, with between 100,000 and 120,000 injured, officials in Washington were reported as saying on Friday by the New York Times.',
     [(23, 29, 'exact', 70000, None, None, 23), (51, 70, 'range', None, 100000, 120000, 43)]),
    ('i13', 'The drawdown also includes 1,000 Javelin and hundreds of AT4 anti-armor systems.',
     [(27, 32, 'exact', 1000, None, None, 27), (45, 53, 'vague', None, 200, 999, 45)]),
    ('k13', 'Of the amount, $85 million had already been received by the Trust Fund including substantial contributions from the United States.',
     []),
    ('j12', 'Only $1 for four weeks',
     []),
    ('i13', '-- C-4 explosives, demolition munitions, and demolition equipment.',
     []),
    ('i13', 'General Dynamics-OTS Camden Operations loads, assembles and packs Javelin warheads.',
     []),
    ('b07', 'According to Russia’s state news agency, Tass, Russian Security Council Secretary Sergei Shoigu made the announcement after visiting Pyongyang.',
     []),
    ('i05', 'Mr Stoltenberg said he would meet with leaders of NATO – Turkey, Finland and Sweden on Tuesday before the Madrid summit to discuss the Nordic countries’ bids to join the alliance.',
     []),
    ('k03', 'Reuters and other international media reported the incident several days after it occurred, but none could independently verify the perpetrator, the possibility of multiple perpetrators, or the number of civilian casualties, with estimates ranging widely between 70 to 200.',
     [(263, 272, 'range', None, 70, 200, 255)]),
    ('h03', '"Based on reports from the field, the number of dead could be somewhere between 300,000 and 400,000 civilian casualties only — this from atrocities, starvation, and lack of healthcare," he stressed.',
     [(80, 99, 'range', None, 300000, 400000, 72)]),
    ('h03', 'The report revealed that some Ethiopian officials estimate the entire number of losses, both civilian and battlefield, at 80,000-100,000 people.',
     [(122, 136, 'range', None, 80000, 100000, 122)]),
    ('j06', 'Since October, there have been "hundreds" of casualties, both killed and wounded, in Kursk.',
     [(32, 40, 'vague', None, 200, 999, 32)]),
    ('k03', "Graphic film footage of the incident's aftermath quickly surfaced on social media, showing scores of dead civilians who had been struck by explosions, whether on land waiting to cross into Teknaf, or who may have floated back after the boats had been targeted.",
     [(91, 97, 'vague', None, 24, 99, 91)]),
    ('g07', 'The conflict has claimed tens of thousands of lives, thrust millions to the brink of famine and spawned the world’s worst humanitarian crisis.',
     [(25, 42, 'vague', None, 20000, 99999, 25), (60, 68, 'vague', None, 2000000, 9999999, 60)]),
]


def amounts(sentence: str) -> list[tuple[object, ...]]:
    return [(a.start, a.end, a.qualifier, a.value, a.low, a.high, a.hedge_start) for a in find_numbers(sentence)]


@pytest.mark.parametrize(("article", "sentence", "expected"), DEVSET_AMOUNTS, ids=[c[0] for c in DEVSET_AMOUNTS])
def test_devset_sentences_give_the_amounts_found_before(article: str, sentence: str, expected: list) -> None:
    assert amounts(sentence) == expected


def test_the_ascii_digit_set_is_the_digit_class_on_ascii() -> None:
    for code in range(128):
        assert bool(numbers._ASCII_DIGIT.match(chr(code))) == bool(numbers._ANY_DIGIT.match(chr(code))), code


#: Pieces of text that hold a number or look like one: digits (ASCII and Arabic-Indic), number
#: words whole and inside other words, a case twin of "i" and spaces of several kinds.
_NUMBER_PIECES = ["5", "\u0663", "ten", "tens", "often", "dozens", "Hundreds", " ", "-", "a", "x", "\u00e9", "\u0130",
                  "\u00a0", "."]


@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=8).map("".join))
def test_the_number_test_is_the_number_pattern(text: str) -> None:
    assert numbers._has_number(text) == bool(numbers._ANY_NUMBER.search(text)), text


@pytest.mark.parametrize("sentence", [c[1] for c in DEVSET_AMOUNTS])
def test_the_number_test_is_the_number_pattern_on_devset_sentences(sentence: str) -> None:
    assert numbers._has_number(sentence) == bool(numbers._ANY_NUMBER.search(sentence))
    assert numbers._has_number(re.sub(r"\d", "x", sentence)) == bool(numbers._ANY_NUMBER.search(re.sub(r"\d", "x", sentence)))


def test_each_call_gives_a_list_of_its_own() -> None:
    sentence = DEVSET_AMOUNTS[0][1]
    first = find_numbers(sentence)
    first.clear()
    assert amounts(sentence) == DEVSET_AMOUNTS[0][2]
    assert find_numbers(sentence) is not find_numbers(sentence)


def test_a_cached_answer_is_the_answer_worked_out_again() -> None:
    for _, sentence, _ in DEVSET_AMOUNTS:
        assert find_numbers(sentence) == list(numbers._amounts_in.__wrapped__(sentence))


#: `_AMOUNT_START` as written before it was grouped by first letter.
_AMOUNT_START_BEFORE = re.compile(
    r"\d|an?\s+(?:hundred|thousand|million|billion|dozen|few|quarter|half)\b|dozens|scores|hundreds|thousands|"
    r"millions|quarter\b|half\b|"
    rf"(?:{word_alternation(sorted({*numbers.UNITS, 'tens', 'several'}))})\b"
)
_START_PIECES = ["a", "an", " ", "\n", "few", "dozen", "dozens", "hundred", "half", "quarter", "ten", "tens", "often",
                 "several", "one", "someone", "seventy", "7", "\u0663", "x", "-", "_", "\u00e9"]


@given(st.lists(st.sampled_from(_START_PIECES), max_size=8).map("".join))
def test_amounts_may_start_where_they_could_before(text: str) -> None:
    for position in range(len(text) + 1):
        assert bool(numbers._AMOUNT_START.match(text, position)) == bool(_AMOUNT_START_BEFORE.match(text, position))


@pytest.mark.parametrize("sentence", [c[1].lower() for c in DEVSET_AMOUNTS])
def test_amounts_may_start_where_they_could_before_in_devset_sentences(sentence: str) -> None:
    assert [m.start() for m in re.finditer(f"(?=(?:{numbers._AMOUNT_START.pattern}))", sentence)] == [
        m.start() for m in re.finditer(f"(?=(?:{_AMOUNT_START_BEFORE.pattern}))", sentence)]
