"""The risk of a claim: why a person should read it before anyone publishes it
(`risk_reasons`), and a score from 0 to 1 (`risk_score`: the reasons' `RISK_WEIGHTS` added up).
"""
from __future__ import annotations

from warclaims.extract.claimant import Attribution
from warclaims.numbers import Amount

#: The reason of a claim whose amount has no noun of its own beside it ("Army says 337 killed").
NO_NOUN = "no noun next to the number"
#: What makes a claim riskier to publish unread, and by how much (scores add up to at most 1).
RISK_WEIGHTS = {
    "vague amount": 0.3,
    "implausible magnitude": 0.6,
    "claimant named in another sentence": 0.2,
    "claimant far from the number": 0.2,
    "several numbers in the sentence": 0.2,
    "whose people taken from context": 0.2,
    NO_NOUN: 0.2,
}
PLAUSIBLE_MAXIMUM = 2_000_000   # more people than any side of a current war has fielded or lost


def risk_reasons(amount: Amount, amounts_in_sentence: int, attribution: Attribution | None,
                 subject_from_context: bool, no_noun: bool) -> list[str]:
    """Why a person should read this claim before anyone else (see RISK_WEIGHTS)."""
    reasons = []
    if amount.qualifier == "vague":
        reasons.append("vague amount")
    if max(amount.value or 0, amount.high or 0, amount.low or 0) > PLAUSIBLE_MAXIMUM:
        reasons.append("implausible magnitude")
    if attribution is not None and attribution.end == 0:
        reasons.append("claimant named in another sentence")
    elif attribution is not None and min(abs(attribution.start - amount.end), abs(amount.start - attribution.end)) > 100:
        reasons.append("claimant far from the number")
    if amounts_in_sentence >= 3:
        reasons.append("several numbers in the sentence")
    if subject_from_context:
        reasons.append("whose people taken from context")
    if no_noun:
        reasons.append(NO_NOUN)
    return reasons


def risk_score(reasons: list[str]) -> float:
    return round(min(1.0, sum(RISK_WEIGHTS[r] for r in reasons)), 2)
