"""Stage 2: the tidy table of numeric claims, one row per claim.

For each sentence of an article's body, every amount (`warclaims.numbers`) is read as a claim
when it counts people and a metric can be told.  One module decides one thing, in this order:

- `sentences`: where the body's sentences begin and end;
- `head`: the noun the amount counts ("600 North Korean soldiers", "nine of them");
- `metric`: what befell those people ("killed", "deployed", …), or no claim at all;
- `subject`: whose people they are;
- `claimant`: who said so, and for which country or kind of source;
- `period`: the clause whose period phrase (`warclaims.periods`) the claim covers, and
  whether it adds to an earlier figure ("another 3,000");
- `risk`: why a person should read the claim before it is published;
- `context`: what earlier sentences of the article said (a claimant continued, a pronoun's
  claimant, the article's main side and place);
- `sides`: whose people an amount counts, read with its sentence and its article (`subject`
  with `context`);
- `article`: all of these put together for one article, repeats dropped;
- `table`: claim ids and the checked claims table.

A module imports only modules above it in this list, never the other way round.  Nothing here
knows any article: rules are about English news grammar only.
"""
from warclaims.extract.article import claims_in_article
from warclaims.extract.table import article_claims, claim_id, claims_from_text, claims_table, extract_claims

__all__ = ["article_claims", "claim_id", "claims_from_text", "claims_in_article", "claims_table", "extract_claims"]
