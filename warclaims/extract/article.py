"""The claims of one article: every decision put together, sentence by sentence
(`claims_in_article`).

For each body sentence (`sentences`), each amount (`warclaims.numbers.find_numbers`) in turn:

1. its noun (`head`) and its metric (`metric`): an amount with no metric is no claim;
2. an amount inside a claimant's own words is skipped, and so is a repeat mention ("the three
   soldiers" after "three more soldiers were killed");
3. its claimant: the one nearest the amount (`claimant`), else one the next sentence names,
   else one continued from an earlier sentence (`context`);
4. whose people (`sides`, read with the sentence's `subject` and the article's `context`, in the
   order told there): captives never take their captors' side nor the place they are held in,
   and only people called civilians are `civilians`;
5. the claimant's country (`context.claimant_and_country`), the period and whether it adds to
   an earlier figure (`period`), and why to read it first (`risk`).

Work that may come to nothing is put off: the claimants of sentences without claims are read
only when a later claim needs them, and the article's dominant side only when a claim needs
it.  Last, the same figure said twice (headline and body) is kept once (`_drop_repeats`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from warclaims.articles import body_segments
from warclaims.extract.claimant import (
    PRONOUNS,
    Attribution,
    claimant_span,
    find_attributions,
    forward_attribution,
    nearest_attribution,
)
from warclaims.extract.context import (ArticleContext, claimant_and_country, continued_attribution, dateline_place,
                                       names_another_body,
                                       read_claimants, remember_bodies, remember_person, spelt_out_name)
from warclaims.extract.kind import count_kind
from warclaims.extract.head import STOP_WORDS, Head, find_head, is_metric_noun, is_military_noun
from warclaims.extract.metric import NOT_CASUALTY_WORDS, metric_of, opens_with_a_part, subset_before
from warclaims.extract.period import is_incremental, period_clause
from warclaims.extract.risk import NO_NOUN, risk_reasons, risk_score
from warclaims.extract.sentences import Sentence, dateline_end, split_sentences
from warclaims.extract.when import claim_date, claim_date_phrase
from warclaims.extract.sides import Counted, speaker_side, subject_in_article
from warclaims.extract.subject import CIVILIAN_NOUN, named_in_phrase, speaker_harms
from warclaims.lexicon import find_actors, fold
from warclaims.numbers import Amount, find_numbers
from warclaims.periods import find_period, resolve_period
from warclaims.patterns import lazy_compile


#: "Editor's note: An earlier version of this article said 50 were killed": a correction, no claim.
_EDITORS_NOTE = lazy_compile(r"\W*(?:editor['’]s\s+note|correction|clarification)\s*:", re.I)


def claims_in_article(article_id: str, text: str, published: date | None, outlet: str = "",
                      failures: list[str] | None = None, url: str = "") -> list[dict[str, object]]:
    """Every claim in one article's body, as rows of the claims table (ids not yet set); `outlet`
    is the publisher's name and `url` the article's address (whose state a bare "security
    sources" may be: `ArticleContext.home_party`).

    A sentence the rules fail on loses its own claims only: with `failures`, each failure's
    sentence and error are added to it (the caller reports them); without, the error is raised."""
    sentences = split_sentences(text, body_segments(text))
    context = ArticleContext(published, sentences=sentences, text=text, outlet=outlet, url=url)
    # Work is put off (the dominant subject, claimants of sentences without amounts) and may
    # be skipped.  `find_actors` raises KeyError on a few characters that cannot be folded
    # (see warclaims.lexicon.fold); an article holding one is read in full, in order, as ever.
    eager = fold(text) is None
    if eager:
        context.dominant()
    rows: list[dict[str, object]] = []
    unread: list[Sentence] = []   # sentences without claims whose claimants are not read yet
    datelines = 0
    for index, sentence in enumerate(sentences):
        if _OPENS_A_STORY.match(sentence.text, 0, dateline_end(sentence.text)):
            datelines += 1
            if datelines > 1:   # the lead's dateline is the bureau's; a later one opens a roundup's next story
                _start_a_new_story(sentence, context)
        amounts = find_numbers(sentence.text) if not _EDITORS_NOTE.match(sentence.text) else []
        if not amounts and not eager:
            unread.append(sentence)
            continue
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        try:
            rows.extend(_claims_in_sentence(article_id, sentence, following, context, amounts,
                                            None if eager else unread))
        except Exception as error:   # noqa: BLE001 - one sentence must not cost the article its other claims
            if failures is None:
                raise
            failures.append(f"{type(error).__name__}: {error} in the sentence at character {sentence.start}")
    return _drop_repeats(rows, sentences[0].start if sentences else 0)


#: A dateline that opens a story: "GAZA CITY — ", "KYIV, Ukraine (AP) — " (not a subheading's "UNMISS: ").
_OPENS_A_STORY = lazy_compile(r".*(?:[—–]|\s-|\))\s*$", re.S)


def _start_a_new_story(sentence: Sentence, context: ArticleContext) -> None:
    """A dateline after the lead opens another story (a roundup's, a live blog's): the people and
    claimant of the story before do not go on into it, and its dateline's place is where it is."""
    context.previous_subject, context.previous_metric = "", None
    context.claimant, context.claimant_country, context.claimant_sentence = "", "", None
    context.story_place = dateline_place(sentence.text)


def _claims_in_sentence(article_id: str, sentence: Sentence, following: str, context: ArticleContext,
                        amounts: list[Amount], unread: list[Sentence] | None) -> list[dict[str, object]]:
    """The claims of one sentence.  With `unread` (the sentences without claims before it whose
    claimants are not read yet), the claimants are read only once an amount counts people
    (the head and metric of an amount depend on no claimant, and those of an amount inside a
    claimant's words, which is skipped, change nothing); a sentence where none does joins
    `unread` instead, as its only effect is the claimant it names."""
    text = sentence.text
    attributions: list[Attribution] | None = None
    spans: tuple[tuple[int, int], ...] = ()
    if unread is None:
        attributions = find_attributions(text) or continued_attribution(sentence, context)
        spans = tuple(claimant_span(text, a) for a in attributions)
    rows: list[dict[str, object]] = []
    metrics_here: list[str] = []
    subject_here, said_by_here = "", ""   # the side of the sentence's last claim, and who gave it
    starts = [a.hedge_start for a in amounts]
    # whether the amount before counts people moved or freed (no claim): its subset is none either
    total_no_claim = things_before = False
    no_claim_words = NOT_CASUALTY_WORDS.search(text) is not None
    for position, amount in enumerate(amounts):
        if any(s <= amount.start < e for s, e in spans):
            continue
        head = find_head(text, amount)
        later = bisect_left(starts, head.end or amount.end, lo=position + 1)
        next_start = starts[later] if later < len(starts) else len(text)
        previous_metric = metrics_here[-1] if metrics_here else context.previous_metric
        metric = metric_of(text, amount, head, next_start, previous_metric,
                           metrics_here[-1] if metrics_here else None)
        part_of_the_last = total_no_claim and _SUBSET_OF_THE_LAST.search(text, max(0, amount.hedge_start - 30),
                                                                         amount.hedge_start)
        # "47 drones were shot down and 27 were 'lost' to electronic warfare": more of the things just counted
        more_things = things_before and not head.noun and not head.partitive \
            and _AND_JUST_BEFORE.search(text, max(0, amount.hedge_start - 20), amount.hedge_start) is not None \
            and not _PEOPLE_HARMED_AFTER.match(text, amount.end)   # … but "destroyed 12 tanks and 40 were killed"
        if metric is None or part_of_the_last or more_things:
            # "146 people, including 19 children, were evacuated": the children are no casualties
            # … and so is a part of things counted ("attacks on three bases, including one on the border")
            things = bool(head.next_word) and head.next_word not in STOP_WORDS
            total_no_claim = (metric is None and (no_claim_words or things)) or total_no_claim
            things_before = (metric is None and things) or more_things
            continue
        total_no_claim = things_before = False
        if attributions is None:
            if unread:
                read_claimants(unread, context)
            attributions = find_attributions(text) or continued_attribution(sentence, context)
            spans = tuple(claimant_span(text, a) for a in attributions)
            if any(s <= amount.start < e for s, e in spans):
                continue
        if _is_repeat_mention(text, amount, head, context):
            continue
        in_subset = subset_before(text[max(0, amount.hedge_start - 40):amount.hedge_start])
        elided = (not head.noun or head.partitive or head.noun.lower() in ("others", "more") or is_metric_noun(head.noun)
                  or in_subset or _more_of_the_same(text, amount, head))
        attribution = nearest_attribution(attributions, amount, text) or forward_attribution(following)
        said_by = attribution.text if attribution else ""
        # "SANDF said 14 of its soldiers were killed", after "The South African National Defence Force (SANDF)"
        if said_by and not find_actors(said_by):   # … but "the SDF" is known by its acronym
            said_by = spelt_out_name(said_by, context.text) or said_by
        speaker = context.claimant if attribution and PRONOUNS.match(said_by) and context.claimant else said_by
        counted = Counted(text, amount, head, metric, next_start, spans, said_by, speaker,
                          speaker_side(said_by, context))
        shared, civilians_in_subset = _shared_side(counted, subject_here, said_by_here, elided, context)
        subject, subject_from_context = subject_in_article(counted, shared, in_subset, context)
        row = _claim_row(article_id, sentence, counted, subject, attribution, context,
                         metrics_here, len(amounts), subject_from_context)
        rows.append(row)
        metrics_here.append(metric)
        if not civilians_in_subset:   # "…, including 436 civilians and 435 military personnel": the total's side goes on
            subject_here, said_by_here = subject, said_by
            context.previous_metric, context.previous_subject = metric, subject
        else:
            context.previous_metric = metric
        context.counted_values.add(amount.central)
    if attributions is None:
        unread.append(sentence)   # no amount counts people: its claimants are read when needed
        return rows
    _hand_on_the_claimant(sentence, attributions, rows, subject_here, context)
    return rows


def _hand_on_the_claimant(sentence: Sentence, attributions: list[Attribution], rows: list[dict[str, object]],
                          subject_here: str, context: ArticleContext) -> None:
    """What a sentence's claimants leave for the sentences after it: the last claimant it names
    itself, with the country its claims got, is the one "He added" and a continued statement
    speak in; a sentence naming only "it said" lets the claimant before go on."""
    # the last claimant the sentence names itself ("Mediazona said it counts …": Mediazona, not "it")
    last = next((a for a in reversed(attributions) if a.end and a.carries_on and not (
        PRONOUNS.match(a.text) and not names_another_body(a.text, context))), None)
    if attributions:
        if last is not None:
            context.claimant_sentence = sentence
            context.claimant = last.text
            said_here = [row["claimant_country"] for row in rows if row["claimant"] == last.text]
            # the country its claims got ("Lt Gen Ghai", introduced as India's …) goes on with "He added"
            if not (said_here and said_here[-1]) and rows and rows[-1]["claimant_country"]:
                # "The IDF estimates …, a military official told reporters": the sentence's own claimant
                # is the one handed on to the other it names
                context.claimant, context.claimant_country = str(rows[-1]["claimant"]), str(rows[-1]["claimant_country"])
            context.claimant_country = said_here[-1] if said_here and said_here[-1] else \
                claimant_and_country(last, context, subject_here, sentence.text)[1]
            context.claimant = last.text
            context.claimed_on = claim_date(sentence.text, context.published)
            if "inistry" in last.text and context.claimant_country:
                context.ministry_country = context.claimant_country
            remember_bodies(last.text, context.claimant_country, context)
            remember_person(last.text, context)
        elif context.claimant:
            context.claimant_sentence = sentence   # "it said", or a statement continued here: it may go on
    _remember_ministry_of_claims(rows, last, context)


def _remember_ministry_of_claims(rows: list[dict[str, object]], last: Attribution | None,
                                 context: ArticleContext) -> None:
    """A ministry whose claims these are is "the ministry" of later sentences, even when the
    sentence names someone else last ("…, the Iranian health ministry said, as a ceasefire
    announced by US President Donald Trump held": "Ministry spokesman Hossein Kermani" is Iran's)."""
    if last is not None and "inistry" in last.text:
        return
    ministries = [str(row["claimant_country"]) for row in rows
                  if "inistry" in str(row["claimant"]) and row["claimant_country"]]
    if ministries:
        context.ministry_country = ministries[-1]


#: "…, including", "…, among them": the amount next is a part of the one before.
_SUBSET_OF_THE_LAST = lazy_compile(r",\s*(?:including|among\s+them)\s+(?:about\s+|around\s+|some\s+|at\s+least\s+|"
                                 r"more\s+than\s+|nearly\s+)?$", re.I)
_DEFINITE_BEFORE = lazy_compile(r"\b(?:the|these|those)\s+$", re.I)


def _is_repeat_mention(sentence: str, amount: Amount, head: Head, context: ArticleContext) -> bool:
    """'the three soldiers' after 'three more soldiers were killed' names people already counted."""
    definite = _DEFINITE_BEFORE.search(sentence[max(0, amount.hedge_start - 20):amount.hedge_start])
    return bool(definite and head.noun and amount.central in context.counted_values)


def _claim_row(article_id: str, sentence: Sentence, counted: Counted, subject: str,
               attribution: Attribution | None, context: ArticleContext, metrics_before: list[str],
               amounts_in_sentence: int, subject_from_context: bool) -> dict[str, object]:
    """The row of one claim once its metric and subject are known: its claimant and the
    claimant's country, its period, the date it was made, its kind of count and why to read it
    first."""
    text, amount, head, metric = counted.text, counted.amount, counted.head, counted.metric
    # the people a speaker says it killed are no clue to the speaker's own country ("The military
    # also says it killed some 1,600 terrorists inside Israel" is Israel's, not the terrorists')
    claimant, country = claimant_and_country(attribution, context,
                                             "" if speaker_harms(counted.before) else subject, text)
    clause = period_clause(text, amount, head, counted.next_start)
    period = find_period(clause)
    said = claim_date_phrase(text)
    if said and period and period in said.group():
        period = ""   # "reported in February 2023", "In late December, Zelensky said": when it was said
    start, end = resolve_period(period, context.published)
    row = _row(article_id, sentence, amount, metric, subject, claimant, country, period,
               start, end, is_incremental(text, amount, head, metric, metrics_before))
    claimed_on, precision = claim_date(text, context.published)
    if claimed_on is None and claimant and claimant == context.claimant and attribution is not None \
            and (not attribution.end or attribution.text != claimant):
        claimed_on, precision = context.claimed_on   # the statement continued from before
    row.update(claimed_on=claimed_on.isoformat() if claimed_on else "", claimed_on_precision=precision,
               count_kind=count_kind(clause, period, text))
    reasons = risk_reasons(amount, amounts_in_sentence, attribution, subject_from_context,
                           bool(head.partitive or not head.noun))
    row.update(risk=risk_score(reasons), risk_reasons="; ".join(reasons))
    return row


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


def _drop_repeats(rows: list[dict[str, object]], headline_start: int = 0) -> list[dict[str, object]]:
    """The same figure for the same thing said twice (headline and body) is one claim.

    Rows are the same claim when metric and number agree (`_figure_of`) and their subjects do
    not differ (an empty subject agrees with any).  Of the repeats, the one naming a claimant is kept,
    then the one naming a subject, then a period, then one of the body (a headline's "…, X says;
    …" may not cover all its clauses), then the earliest.
    """
    kept: list[dict[str, object]] = []
    # Only rows whose numbers agree can be the same claim: each list holds, in order, the
    # places in `kept` of the rows with these numbers, so the first of them that is the same
    # claim is the first such row of `kept`.
    places: dict[tuple[object, ...], list[int]] = {}
    for row in rows:
        same_numbers = places.setdefault(_figure_of(row), [])
        twin = next((place for place in same_numbers if _same_claim(kept[place], row, headline_start)), None)
        if twin is None:
            same_numbers.append(len(kept))
            kept.append(row)
        else:
            kept[twin] = _one_of_repeats(kept[twin], row, headline_start)
    return sorted(kept, key=lambda r: r["start"])


def _one_of_repeats(one: dict[str, object], other: dict[str, object], headline_start: int) -> dict[str, object]:
    """The richer of two rows of one claim (`_richness`); when only a headline names its source
    ("Civil defence: 30 killed as Israel pounds Gaza City"), the body's row, hedge and all ("At
    least 30 Palestinians were killed …"), with the headline's claimant."""
    richer, poorer = (other, one) if _richness(other, headline_start) > _richness(one, headline_start) else (one, other)
    if not (richer["claimant"] and not poorer["claimant"] and _richness(poorer, headline_start)[3]
            and not _richness(richer, headline_start)[3]):
        return richer
    reasons = [reason for reason in str(poorer["risk_reasons"]).split("; ") if reason]
    reasons.append("claimant named in another sentence")
    return {**poorer, "claimant": richer["claimant"], "claimant_country": richer["claimant_country"],
            "subject": poorer["subject"] or richer["subject"],
            "risk": risk_score(reasons), "risk_reasons": "; ".join(reasons)}


_PEOPLE_HARMED_AFTER = lazy_compile(r"[^,;.]{0,30}?\b(?:killed|dead|died|wounded|injured|hurt|captured|missing|"
                                  r"taken\s+prisoner)\b", re.I)
_AND_JUST_BEFORE = lazy_compile(r"\band\s+(?:another\s+|a\s+further\s+)?[\"“]?$", re.I)
_FURTHER_BEFORE = lazy_compile(r"\b(?:a\s+further|another|an\s+additional)\s+$", re.I)


def _more_of_the_same(text: str, amount: Amount, head: Head) -> bool:
    """'killed "dozens" of Hezbollah operatives …, and … a further 15 fighters': more of the
    people just counted, when the noun names no side of its own and no civilians."""
    return bool(head.noun) and not named_in_phrase(head) and not CIVILIAN_NOUN.fullmatch(head.noun) \
        and _FURTHER_BEFORE.search(text, max(0, amount.hedge_start - 20), amount.hedge_start) is not None


def _shared_side(counted: Counted, subject_here: str, said_by_here: str, elided: bool,
                 context: ArticleContext) -> tuple[str, bool]:
    """The side of the total an amount is a part of (`subject_here`, the sentence's last claim
    before it; or the claim before's for "Of those, …"), and whether the amount is a part
    named with a side of its own or called civilians, whose side is not handed on."""
    text, amount, head = counted.text, counted.amount, counted.head
    # "killed two civilians and wounded five others"; but "including 436 civilians" are civilians
    # (the guide puts people called civilians before a subset's total)
    # a subset named with its own nationality or called civilians keeps it ("- 25 Indian tourists")
    civilians_in_subset = elided and bool(subject_here) and bool(head.noun) \
        and (bool(CIVILIAN_NOUN.fullmatch(head.noun)) or named_in_phrase(head))
    # … but not another speaker's ("Armenia said 207 of its soldiers were killed, and Azerbaijan reported 80 dead")
    other_speaker = counted.said_by != said_by_here and bool(said_by_here) and _names_a_side(counted.said_by) \
        and _names_a_side(said_by_here) and counted.speaker_side != speaker_side(said_by_here, context)
    shared = subject_here if elided and subject_here and not civilians_in_subset and not other_speaker else ""
    if shared == "civilians" and head.noun and is_military_noun(head.noun):
        shared = ""   # "298 Druze civilians were killed, as well as 354 soldiers": soldiers are no civilians
    if not subject_here and (not head.noun or head.partitive) and context.previous_subject \
            and opens_with_a_part(text[:amount.hedge_start]):
        shared = context.previous_subject   # "… 1 million casualties. Of those, around 250,000 have been killed"
    return shared, civilians_in_subset


def _names_a_side(speaker: str) -> bool:
    """Whether a claimant's words name a state ("Azerbaijan", "Armenia's defence ministry")."""
    return any(code.isupper() for _, _, code, _ in find_actors(speaker))


def _figure_of(row: dict[str, object]) -> tuple[object, ...]:
    """The metric and number a claim states, whatever its hedge: a headline's "kills 78" and
    the body's "at least 78 … were killed" state one figure."""
    number = (row["value"],) if row["value"] is not None else (row["low"], row["high"])
    return (row["metric"], *number)


def _same_claim(a: dict[str, object], b: dict[str, object], headline_start: int = -1) -> bool:
    """Same figure, hedged alike or bare in one of them (a headline drops the hedge: "kills 78"),
    about the same people: a place's side and civilians may be the same people ("kills 21 in El
    Fasher", "at least 21 civilians were killed"); a headline naming no claimant has too little
    context for its side to tell it from the body's figure ("192 servicemen martyred - MoD"), nor does
    one that names no one beside its figure ("Army says 337 killed", then "… had killed 337 Fano fighters")."""
    hedges_agree = a["qualifier"] == b["qualifier"] or "exact" in (a["qualifier"], b["qualifier"])
    bare_headline = any((row["quote_start"] == headline_start or not str(row["quote"]).rstrip().endswith(_SENTENCE_ENDS))
                        and (not row["claimant"] or NO_NOUN in str(row["risk_reasons"])) for row in (a, b))
    return _figure_of(a) == _figure_of(b) and hedges_agree and (
        bare_headline or _same_people(str(a["subject"]), str(b["subject"])))


def _same_people(a: str, b: str) -> bool:
    return a == b or not a or not b or ("civilians" in (a, b) and (a.isupper() or b.isupper()))


def _richness(row: dict[str, object], headline_start: int) -> tuple[bool, bool, bool, bool]:
    sentence_like = row["quote_start"] != headline_start and str(row["quote"]).rstrip().endswith(_SENTENCE_ENDS)
    return bool(row["claimant"]), bool(row["subject"]), bool(row["period"]), sentence_like


#: How a body sentence ends; a headline mostly has no full stop.
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
