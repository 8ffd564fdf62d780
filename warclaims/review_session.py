"""What the review panel works on, without any widget: the queue, the claim in front of the
reviewer, and every decision, recorded through `warclaims.review.record_review`.

A `ReviewSession` reads the project's `data/claims.csv` (what the extractor found) and the
hand-kept `data/review.csv`, and applies the one to the other with `apply_review`, the function
the refresh uses, so the panel always shows the review as it stands, even before the next
refresh.  Each decision is appended to `data/review.csv` and applied to the session's table at
once, by the same rule.

**The queue** holds, in this order: review rows orphaned since the last review (the claim they
name is gone), then claims new since the last review, then every other claim, riskiest first
(risk descending, then claim id).  A filter (`QueueFilter`: story, outlet, article, status,
lowest risk) narrows it.

**New since the last review**: each time a decision is recorded, the session writes the claim
ids and the orphaned review rows it had then to `data/review_seen.csv` (rewritten whole, a
derived file: delete it and nothing counts as new).  After a refresh, a claim whose id is not
in that file is new (an article added or changed, or an extractor change that found it), and
so is an orphaned row it does not list.  Before any decision has been recorded through the
panel there is no such file: no claim is new, and every orphaned row is shown.  Decisions typed
with `helpers.record_review` do not write it.

**A boilerplate paragraph** is a passage a person pastes (a wire's background paragraph that
outlets reprint, a publisher's standard note) with a name for it.  A claim is inside it when
its sentence, spaces and line breaks aside, is part of the passage.  Rejecting it rejects every
such claim still waiting for review, with the reason "boilerplate paragraph: <name>".
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from warclaims.analysis import REVIEW_STATUSES
from warclaims.articles import ArticleWarning, body_segments, read_manifest
from warclaims.extract.sentences import Sentence, split_sentences
from warclaims.files import write_csv
from warclaims.pipeline import (
    ARTICLE_INDEX_FILE,
    CLAIMS_FILE,
    MANIFEST,
    REVIEW_FILE,
    read_articles,
    read_claims,
)
from warclaims.review import FIXABLE, ReviewError, apply_review, read_review, record_review
from warclaims.sources import Source, iter_sources, read_source
from warclaims.stories import list_stories, story_claims

SEEN_FILE_NAME = "review_seen.csv"
SEEN_COLUMNS = ("kind", "id")
#: Status filter choices: `waiting` is a claim nobody decided on (`machine`) or an orphaned row.
STATUS_CHOICES = ("waiting", "accepted", "fixed", "added", "rejected", "any")
BOILERPLATE_REASON = "boilerplate paragraph: {name}"
NUMBER_FIELDS = ("value", "low", "high")
#: warclaims.review applies accept, reject and fix to the extractor's claims only (a decision
#: on an added claim's id is listed as orphaned), so the panel does not offer them there.
ADDED_CLAIM_IS_FINAL = ("a claim a person added takes no accept, reject or fix: the review applies those "
                        "to the extractor's claims only")


@dataclass(frozen=True)
class QueueFilter:
    """Which items the queue holds; None (or 0 for the risk) lets every item through."""

    story: str | None = None
    outlet: str | None = None
    article: str | None = None
    status: str = "waiting"
    min_risk: float = 0.0


@dataclass(frozen=True)
class QueueItem:
    """One stop of the queue: a claim (`key` is its id) or an orphaned review row (`key` is
    its row number in data/review.csv)."""

    kind: str
    key: str


@dataclass(frozen=True)
class Passage:
    """Text around a span of an article: the sentence(s) holding it, and one sentence each side.
    `mark` is the span's place inside `text` (begin, end)."""

    before: str
    text: str
    after: str
    mark: tuple[int, int]


@dataclass(frozen=True)
class QuoteMatch:
    """Where a pasted quote stands in its article: the article's own characters (`quote`,
    which may differ from the pasted text in spaces and line breaks) and their offsets."""

    article_id: str
    start: int
    end: int
    quote: str
    passage: Passage


@dataclass(frozen=True)
class Seen:
    """The claim ids and orphaned review rows the session had when the last decision was recorded."""

    claims: frozenset[str] = field(default_factory=frozenset)
    orphans: frozenset[str] = field(default_factory=frozenset)


# --- the seen file ------------------------------------------------------------------------------

def read_seen(path: Path) -> Seen | None:
    """What was there at the last decision, or None when no decision was recorded through the panel."""
    if not path.exists():
        return None
    table = pd.read_csv(path, dtype="string", keep_default_na=False)
    ids = {kind: frozenset(table.loc[table["kind"] == kind, "id"]) for kind in ("claim", "orphan")}
    return Seen(ids["claim"], ids["orphan"])


def write_seen(path: Path, seen: Seen) -> None:
    rows = [("claim", i) for i in sorted(seen.claims)] + [("orphan", r) for r in sorted(seen.orphans, key=int)]
    write_csv(pd.DataFrame(rows, columns=list(SEEN_COLUMNS)), path)


# --- text ---------------------------------------------------------------------------------------

def squeezed(text: str) -> str:
    """The text with every run of spaces and line breaks made one space."""
    return " ".join(text.split())


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The offsets of `quote` in `text`: exactly, else with any run of spaces and line breaks
    in the quote matching any run in the text (a quote copied from a wrapped page)."""
    at = text.find(quote)
    if at >= 0 and quote:
        return at, at + len(quote)
    words = quote.split()
    found = re.search(r"\s+".join(map(re.escape, words)), text) if words else None
    return (found.start(), found.end()) if found else None


def passage_around(text: str, start: int, end: int) -> Passage:
    """The sentence(s) of the body holding text[start:end], with the sentences before and
    after; a span outside the body's sentences (a headline, a link list) gets its own line."""
    sentences = split_sentences(text, body_segments(text))
    inside = [i for i, s in enumerate(sentences) if s.start < end and start < s.start + len(s.text)]
    if not inside:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        return Passage("", text[line_start:line_end], "", (start - line_start, end - line_start))
    first, last = sentences[inside[0]], sentences[inside[-1]]
    span_start = min(first.start, start)
    span = text[span_start:max(last.start + len(last.text), end)]
    return Passage(_sentence(sentences, inside[0] - 1), span, _sentence(sentences, inside[-1] + 1),
                   (start - span_start, end - span_start))


def _sentence(sentences: list[Sentence], index: int) -> str:
    return sentences[index].text if 0 <= index < len(sentences) else ""


class ArticleTexts:
    """Article texts read when first asked for (a panel shows a few articles, not the corpus),
    from where the last refresh found each (data/article_index.csv's path and row)."""

    def __init__(self, root: Path, articles: pd.DataFrame) -> None:
        self.root = root
        self._where = {a.article_id: (a.path, a.row) for a in articles.itertuples(index=False)}
        self._manifest = read_manifest(root / "data" / MANIFEST.name)
        self._texts: dict[str, str] = {}

    def get(self, article_id: str) -> str:
        """The article's text ('' when it is not among the articles or cannot be read now)."""
        if article_id not in self._texts:
            self._texts[article_id] = self._read(article_id)
        return self._texts[article_id]

    def _read(self, article_id: str) -> str:
        if article_id not in self._where:
            return ""
        path, row = self._where[article_id]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ArticleWarning)
            source = self._source(self.root / path, row, article_id)
            try:
                article = read_source(source, self._manifest.get(article_id)) if source else {}
            except OSError:
                return ""
        return str(article.get("text") or "")

    @staticmethod
    def _source(path: Path, row: str, article_id: str) -> Source | None:
        if not row:
            return Source(str(path))
        if not path.exists():
            return None
        return next((s for s in iter_sources(path) if s.article_id == article_id), None)


# --- the session --------------------------------------------------------------------------------

class ReviewSession:
    """The claims of one project with the review applied, and the decisions a person records."""

    def __init__(self, root: Path, reviewed_on: str | None = None) -> None:
        self.root = root
        self.data = root / "data"
        self.review_path = self.data / REVIEW_FILE.name
        self.seen_path = self.data / SEEN_FILE_NAME
        self.reviewed_on = reviewed_on
        self.reload()

    def reload(self) -> None:
        """Read the tables again (after a refresh): the claims, the review applied to them, and
        what is new since the last review."""
        self.machine = _by_id(read_claims(self.data / CLAIMS_FILE.name), "claim_id")
        self.articles = read_articles(self.data / ARTICLE_INDEX_FILE.name)
        self.texts = ArticleTexts(self.root, self.articles)
        review, _ = read_review(self.review_path)
        reviewed, orphans = apply_review(self.machine.reset_index(drop=True), review, self._with_texts(review))
        self.table = _by_id(reviewed, "claim_id")
        self.orphans = _by_id(orphans, "row")
        self.reasons = sorted(set(review["reason"]) - {""})
        self.seen = read_seen(self.seen_path)
        self.new_claims = self._new_claims()
        self.new_orphans = self._new_orphans()

    # --- reading ---------------------------------------------------------------------------

    def _with_texts(self, review: pd.DataFrame) -> pd.DataFrame:
        """The article index with the text of the articles that added claims come from (the
        only ones apply_review reads)."""
        added_from = set(review.loc[review["decision"] == "add", "article_id"])
        texts = [self.texts.get(a) if a in added_from else "" for a in self.articles["article_id"]]
        return self.articles.assign(text=pd.array(texts, dtype="string"))

    def _new_claims(self) -> frozenset[str]:
        if self.seen is None:
            return frozenset()
        return frozenset(set(self.table.index) - self.seen.claims)

    def _new_orphans(self) -> frozenset[str]:
        seen = self.seen.orphans if self.seen else frozenset()
        return frozenset(set(self.orphans.index) - seen)

    def claim(self, claim_id: str) -> pd.Series:
        """The claim as it stands (fixed fields applied)."""
        return self.table.loc[claim_id]

    def extracted(self, claim_id: str) -> pd.Series | None:
        """The claim as the extractor gave it (None for a claim a person added)."""
        return self.machine.loc[claim_id] if claim_id in self.machine.index else None

    def orphan(self, row: str) -> pd.Series:
        return self.orphans.loc[row]

    def outlet_of(self, article_id: str) -> str:
        match = self.articles.loc[self.articles["article_id"] == article_id, "outlet"]
        return str(match.iloc[0]) if len(match) else ""

    def claim_passage(self, claim_id: str) -> Passage:
        """The claim's sentence with its number marked, and the sentences around it."""
        row = self.claim(claim_id)
        mark = (int(row["start"]) - int(row["quote_start"]), int(row["end"]) - int(row["quote_start"]))
        text = self.texts.get(str(row["article_id"]))
        start = int(row["quote_start"])
        if text[start:start + len(row["quote"])] != row["quote"]:   # the article changed or is gone
            return Passage("", str(row["quote"]), "", mark)
        passage = passage_around(text, start, start + len(row["quote"]))
        offset = passage.mark[0]
        return Passage(passage.before, passage.text, passage.after, (offset + mark[0], offset + mark[1]))

    def locate_quote(self, article_id: str, quote: str) -> QuoteMatch | None:
        """Where a pasted quote stands in the article, or None when it is not there."""
        text = self.texts.get(article_id)
        span = find_quote(text, quote.strip()) if text else None
        if span is None:
            return None
        return QuoteMatch(article_id, span[0], span[1], text[span[0]:span[1]], passage_around(text, *span))

    # --- the queue -------------------------------------------------------------------------

    def stories(self) -> pd.DataFrame:
        """The stories of the claims as they stand (warclaims.stories.list_stories)."""
        return list_stories(self.table.reset_index(drop=True))

    def _story_ids(self, slug: str) -> list[str]:
        """The claims of one story; none when no claim belongs to it any more (its subject fixed)."""
        claims = self.table.reset_index(drop=True)
        if slug not in set(list_stories(claims)["slug"]):
            return []
        return list(story_claims(claims, slug)["claim_id"])

    def outlets(self) -> list[str]:
        return sorted(set(self.table["outlet"]))

    def matching_claims(self, chosen: QueueFilter) -> pd.DataFrame:
        """The claims the filter's story, outlet, article and lowest risk let through (any status)."""
        table = self.table
        if chosen.story:
            table = table[table.index.isin(self._story_ids(chosen.story))]
        if chosen.outlet is not None:
            table = table[table["outlet"] == chosen.outlet]
        if chosen.article is not None:
            table = table[table["article_id"] == chosen.article]
        return table[table["risk"] >= chosen.min_risk]

    def queue(self, chosen: QueueFilter) -> list[QueueItem]:
        """Newly orphaned rows, then new claims, then the rest riskiest first (see the module docstring)."""
        claims = self.matching_claims(chosen)
        if chosen.status != "any":
            status = "machine" if chosen.status == "waiting" else chosen.status
            claims = claims[claims["review_status"] == status]
        ranked = claims.assign(_old=~claims.index.isin(self.new_claims)).sort_values(
            ["_old", "risk", "claim_id"], ascending=[True, False, True], kind="stable")
        return [QueueItem("orphan", row) for row in self._queued_orphans(chosen)] + \
               [QueueItem("claim", claim_id) for claim_id in ranked.index]

    def _queued_orphans(self, chosen: QueueFilter) -> list[str]:
        """Newly orphaned rows belong to no story and count as waiting; outlet and article filters apply."""
        if chosen.story or chosen.status not in ("waiting", "any"):
            return []
        rows = [self.orphans.loc[r] for r in sorted(self.new_orphans, key=int)]
        return [str(o["row"]) for o in rows
                if (chosen.article is None or o["article_id"] == chosen.article)
                and (chosen.outlet is None or self.outlet_of(str(o["article_id"])) == chosen.outlet)]

    def waiting_new_claims(self) -> list[str]:
        """The claims new since the last review that nobody has decided on yet."""
        return [i for i in sorted(self.new_claims) if self.table.loc[i, "review_status"] == "machine"]

    def progress(self, chosen: QueueFilter) -> tuple[int, int]:
        """(reviewed, total) claims among those the filter lets through, whatever their status."""
        claims = self.matching_claims(chosen)
        return int((claims["review_status"] != "machine").sum()), len(claims)

    def counts(self) -> dict[str, int]:
        """Claims per review status, in REVIEW_STATUSES order (`machine` first)."""
        counts = self.table["review_status"].value_counts()
        return {status: int(counts.get(status, 0)) for status in REVIEW_STATUSES}

    # --- decisions -------------------------------------------------------------------------

    def accept(self, reviewer: str, claim_id: str) -> dict[str, str]:
        return self._decide("accept", reviewer, claim_id)

    def reject(self, reviewer: str, claim_id: str, reason: str) -> dict[str, str]:
        if not reason.strip():
            raise ReviewError("a rejection needs a reason")
        return self._decide("reject", reviewer, claim_id, reason=reason.strip())

    def fix(self, reviewer: str, claim_id: str, edited: dict[str, str]) -> dict[str, str]:
        """Record the edited fields that differ from the extracted claim (so a second fix keeps
        the first one's corrections: the last row for a claim stands alone)."""
        changed = self.changed_fields(claim_id, edited)
        if not changed:
            raise ReviewError("no field differs from the extracted claim: accept it instead")
        return self._decide("fix", reviewer, claim_id, **changed)

    def changed_fields(self, claim_id: str, edited: dict[str, str]) -> dict[str, str]:
        """The edited fields (FIXABLE, as text) whose value is not the extracted one; an empty
        field keeps the extracted value."""
        extracted = self.extracted(claim_id)
        if extracted is None:
            raise ReviewError(ADDED_CLAIM_IS_FINAL)
        given = {name: value.strip() for name, value in edited.items() if name in FIXABLE and value.strip()}
        return {name: value for name, value in given.items()
                if _comparable(name, value) != field_text(extracted[name])}

    def _decide(self, decision: str, reviewer: str, claim_id: str, **fields: str) -> dict[str, str]:
        if self.extracted(claim_id) is None:
            raise ReviewError(ADDED_CLAIM_IS_FINAL)
        row = self._record(decision, reviewer, claim_id=claim_id,
                           article_id=str(self.claim(claim_id)["article_id"]), **fields)
        reviewed, _ = apply_review(self.machine.loc[[claim_id]].reset_index(drop=True), _as_review(row),
                                   self.articles.assign(text=""))
        self._put(reviewed)
        return row

    def add(self, reviewer: str, article_id: str, quote: str, fields: dict[str, str],
            reason: str = "") -> tuple[dict[str, str], str]:
        """Record a claim the extractor missed; returns the row and the new claim's id.  The
        quote is recorded as the article spells it, so the refresh finds it again."""
        match = self.locate_quote(article_id, quote)
        if match is None:
            raise ReviewError(f"the quote is not in article {article_id!r}: copy it from the article")
        given = {k: v.strip() for k, v in fields.items() if k in FIXABLE and v.strip()}
        if "metric" not in given or not ({"value", "low"} & set(given)):
            raise ReviewError("an added claim needs a metric and a value (or low and high)")
        row = self._record("add", reviewer, article_id=article_id, quote=match.quote, reason=reason.strip(), **given)
        articles = self.articles.assign(text=[self.texts.get(a) if a == article_id else ""
                                              for a in self.articles["article_id"]])
        reviewed, orphans = apply_review(self.machine.iloc[0:0].reset_index(drop=True), _as_review(row), articles)
        if len(orphans):   # cannot happen once the quote was found; say so rather than lose the row
            raise ReviewError(f"recorded, but the refresh will list it as orphaned: {orphans['why'].iloc[0]}")
        self._put(reviewed)
        return row, str(reviewed["claim_id"].iloc[0])

    def waiting_claims_of(self, article_id: str) -> list[str]:
        claims = self.table[(self.table["article_id"] == article_id) & (self.table["review_status"] == "machine")]
        return list(claims.index)

    def waiting_claims_inside(self, passage: str) -> list[str]:
        """Claims still waiting whose sentence lies inside the pasted passage (spaces aside)."""
        text = squeezed(passage)
        if not text:
            return []
        waiting = self.table[self.table["review_status"] == "machine"]
        return [i for i, quote in zip(waiting.index, waiting["quote"]) if squeezed(quote) in text]

    def accept_all(self, reviewer: str, claim_ids: list[str]) -> list[dict[str, str]]:
        """Accept the given claims that are still waiting (a decision taken since is kept)."""
        return [self.accept(reviewer, i) for i in self._still_waiting(claim_ids)]

    def reject_boilerplate(self, reviewer: str, name: str, claim_ids: list[str]) -> list[dict[str, str]]:
        """Reject the given claims that are still waiting, naming the boilerplate paragraph."""
        if not name.strip():
            raise ReviewError("name the boilerplate paragraph (it becomes the reason)")
        reason = BOILERPLATE_REASON.format(name=name.strip())
        return [self.reject(reviewer, i, reason) for i in self._still_waiting(claim_ids)]

    def _still_waiting(self, claim_ids: list[str]) -> list[str]:
        return [i for i in claim_ids if i in self.table.index and self.table.loc[i, "review_status"] == "machine"]

    def _record(self, decision: str, reviewer: str, **fields: str) -> dict[str, str]:
        row = record_review(self.review_path, decision, reviewer=reviewer.strip(),
                            reviewed_on=self.reviewed_on, **fields)
        self.reasons = sorted(set(self.reasons) | ({row["reason"]} - {""}))
        return row

    def _put(self, reviewed: pd.DataFrame) -> None:
        """Put freshly reviewed rows in the table (replacing the claim's old row), then remember
        what the session has, for 'new since the last review'."""
        rows = _by_id(reviewed, "claim_id")
        self.table = pd.concat([self.table.drop(index=rows.index, errors="ignore"), rows])
        now = Seen(frozenset(self.table.index), frozenset(self.orphans.index))
        if now != self.seen:
            write_seen(self.seen_path, now)
            self.seen = now


def field_text(value: object) -> str:
    """A claim's field as the review file writes it ('' for a missing number)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _by_id(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """The table looked up by `column` (kept as a column too; the index is unnamed so that
    sorting on the column is not ambiguous)."""
    return table.set_index(column, drop=False).rename_axis(None)


def _comparable(name: str, value: str) -> str:
    """An edited field as field_text writes the claim's: numbers without thousands separators."""
    return value.replace(",", "") if name in NUMBER_FIELDS else value


def _as_review(row: dict[str, str]) -> pd.DataFrame:
    """One recorded row as the table read_review gives (its line number is not needed here)."""
    return pd.DataFrame([{"row": "", **row}]).astype("string")
