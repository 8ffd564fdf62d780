"""What the review panel shows of one queue item, as HTML: a claim (its sentence with the
number marked, the sentences around it, its fields) or an orphaned review row.

Every text from an article or a file is escaped; nothing here imports widgets.
"""
from __future__ import annotations

import html

import pandas as pd

from warclaims.analysis import OWN_VOICE, describe_figure
from warclaims.review import FIXABLE
from warclaims.review_session import Passage, QuoteMatch, ReviewSession, field_text

_MUTED = "color: var(--jp-ui-font-color2, #666)"
_NEW = "color: var(--jp-warn-color0, #b35900); font-weight: bold"
_CELL = 'style="padding: 2px 12px 2px 0; text-align: left; vertical-align: top"'
_FIELD_LABELS = {"claimant_country": "country"}


def passage_html(passage: Passage) -> str:
    """The sentence(s) with the marked span, between the sentences before and after (muted)."""
    begin, end = passage.mark
    text = passage.text
    marked = (html.escape(text[:begin]) + "<mark>" + html.escape(text[begin:end]) + "</mark>"
              + html.escape(text[end:]))
    around = [f'<p style="{_MUTED}">{html.escape(side)}</p>' if side else ""
              for side in (passage.before, passage.after)]
    return f'{around[0]}<p style="font-size: 1.1em">{marked}</p>{around[1]}'


def _shown(name: str, value: str) -> str:
    """A field as the card shows it: an empty claimant is the outlet's own voice."""
    return value or (OWN_VOICE if name == "claimant" else "—")


def _fields_html(claim: pd.Series, extracted: pd.Series | None) -> str:
    """The claim's fields in one row; a field a person changed shows the extracted value under it."""
    heads, cells = [], []
    for name in FIXABLE:
        now = field_text(claim[name])
        was = field_text(extracted[name]) if extracted is not None else now
        heads.append(f"<th {_CELL}>{_FIELD_LABELS.get(name, name)}</th>")
        changed = f'<br><span style="{_MUTED}">was {html.escape(_shown(name, was))}</span>' if was != now else ""
        cells.append(f"<td {_CELL}>{html.escape(_shown(name, now))}{changed}</td>")
    period = (f"{field_text(claim['period_start'])} to {field_text(claim['period_end'])}"
              if claim["period_start"] else "")
    heads.append(f"<th {_CELL}>period resolved</th>")
    cells.append(f"<td {_CELL}>{html.escape(_shown('period', period))}</td>")
    return f"<table><tr>{''.join(heads)}</tr><tr>{''.join(cells)}</tr></table>"


def claim_html(session: ReviewSession, claim_id: str, place: str) -> str:
    """One claim: where it stands in the queue, its status, outlet, date and article, why to
    read it first, its passage and its fields."""
    claim = session.claim(claim_id)
    status = str(claim["review_status"])
    decided = f" by {html.escape(str(claim['reviewer']))} on {html.escape(str(claim['reviewed_on']))}" \
        if status != "machine" else ""
    reason = f": {html.escape(str(claim['review_reason']))}" if claim["review_reason"] else ""
    new = f' · <span style="{_NEW}">new since the last review</span>' if claim_id in session.new_claims else ""
    risk = f"risk {float(claim['risk']):.2f}" + (f": {html.escape(str(claim['risk_reasons']))}"
                                                 if claim["risk_reasons"] else "")
    return (f"<div><b>{html.escape(place)}</b> · claim <code>{html.escape(claim_id)}</code> · "
            f"<b>{html.escape(status)}</b>{decided}{reason}{new}</div>"
            f'<div style="{_MUTED}">{html.escape(str(claim["outlet"]) or "outlet unknown")} · '
            f'{html.escape(str(claim["published"]) or "no date")} · article {html.escape(str(claim["article_id"]))}'
            f" · {risk} · {html.escape(describe_figure(claim))} {html.escape(str(claim['metric']))}</div>"
            + passage_html(session.claim_passage(claim_id)) + _fields_html(claim, session.extracted(claim_id)))


def orphan_html(session: ReviewSession, row: str, place: str) -> str:
    """An orphaned review row: what it decided, why it no longer applies, and the claims of
    its article that are new (the claim may be among them under a new id)."""
    orphan = session.orphan(row)
    article = str(orphan["article_id"])
    new_here = sorted(i for i in session.new_claims if session.claim(i)["article_id"] == article) if article else []
    hint = (f"New claims of this article, to review again: {', '.join(f'<code>{i}</code>' for i in new_here)}."
            if new_here else "No new claim in its article.")
    return (f"<div><b>{html.escape(place)}</b> · "
            f'<span style="{_NEW}">review row {html.escape(row)} of data/review.csv is orphaned</span></div>'
            f"<p>{html.escape(str(orphan['decision']))} {html.escape(str(orphan['claim_id']) or article)}"
            f" (article {html.escape(article or 'not recorded')}, by {html.escape(str(orphan['reviewer']))}"
            f" on {html.escape(str(orphan['reviewed_on']))}): {html.escape(str(orphan['why']))}</p>"
            f"<p>{hint} The row stays in data/review.csv; Skip moves on.</p>")


def end_html(reviewed: int, total: int) -> str:
    return (f"<p><b>End of the queue.</b> {reviewed} of {total} claims of this filter are reviewed. "
            "Back returns to the last item; change the filter, or refresh after adding articles.</p>")


def quote_html(match: QuoteMatch | None, article_id: str) -> str:
    """Where a pasted quote was found in its article, or that it was not."""
    if match is None:
        return (f"<p><b>Not found</b> in article {html.escape(article_id)}: copy the quote from the "
                "article as it is (spaces and line breaks may differ; letters and quote marks must not).</p>")
    return (f"<p>Found in article {html.escape(article_id)} at characters {match.start}–{match.end}:</p>"
            + passage_html(match.passage))


def confirmation_html(question: str, claims: pd.DataFrame, shown: int = 10) -> str:
    """A bulk decision's question and the first `shown` claims it would record."""
    listed = "".join(f"<li><code>{html.escape(c.claim_id)}</code> {html.escape(c.outlet or 'outlet unknown')}: "
                     f"{html.escape(c.quote[:90])}</li>" for c in claims.head(shown).itertuples(index=False))
    more = f"<li>… and {len(claims) - shown} more</li>" if len(claims) > shown else ""
    return f"<p><b>{html.escape(question)}</b></p><ul>{listed}{more}</ul>"
