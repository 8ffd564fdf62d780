"""The claims extractor's first address: the extractor is the package `warclaims.extract`, one
module per decision (see its docstring).  This module hands on the public names it had here."""
from __future__ import annotations

from warclaims.extract.article import claims_in_article
from warclaims.extract.claimant import Attribution, claimant_country, find_attributions
from warclaims.extract.context import ArticleContext
from warclaims.extract.head import WINDOW, Head, find_head
from warclaims.extract.metric import metric_of
from warclaims.extract.risk import PLAUSIBLE_MAXIMUM, RISK_WEIGHTS, risk_reasons, risk_score
from warclaims.extract.sentences import Sentence, join_wrapped_lines, split_sentences
from warclaims.extract.subject import is_demonym, is_place_name, named_next_to, place_in, subject_of
from warclaims.extract.table import article_claims, claim_id, claims_from_text, claims_table, extract_claims

__all__ = [
    "PLAUSIBLE_MAXIMUM", "RISK_WEIGHTS", "WINDOW", "ArticleContext", "Attribution", "Head", "Sentence",
    "article_claims", "claim_id", "claimant_country", "claims_from_text", "claims_in_article", "claims_table",
    "extract_claims", "find_attributions", "find_head", "is_demonym", "is_place_name", "join_wrapped_lines",
    "metric_of", "named_next_to", "place_in", "risk_reasons", "risk_score", "split_sentences", "subject_of",
]
