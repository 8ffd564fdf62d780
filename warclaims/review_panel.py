"""The review panel of `00_review.ipynb`: accept, reject, fix and add claims from JupyterLab.

`review_panel()` returns a `ReviewPanel`.  Shown by a cell a person runs in JupyterLab (or any
front end that takes input), it is the widget; in a notebook run headless (`make`, nbval) it is
a fixed-format text summary and no widget is made, so the stored notebook stays the same bytes
from one refresh to the next.  `panel.show()` shows the widget anywhere.

The widgets (`ReviewControls`) are a thin layer over `warclaims.review_session.ReviewSession`,
which records every decision with `warclaims.review.record_review`: appended to
data/review.csv, checked, written atomically.  Keys, typed in the panel's key box: a accept,
r reject (with the reason in the reason box), f fix (with the edited fields), s skip, b back.
"""
from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd
from IPython import get_ipython
from IPython.display import display

from warclaims.pipeline import ROOT, build_tables
from warclaims.review import FIXABLE, ReviewError
from warclaims.review_cards import claim_html, confirmation_html, end_html, orphan_html, quote_html
from warclaims.review_session import STATUS_CHOICES, QueueFilter, QueueItem, ReviewSession, field_text
from warclaims.schema import METRICS, QUALIFIERS

__all__ = ["ReviewControls", "ReviewPanel", "review_panel"]

#: The value of a filter's "any" choice (no outlet, article or story is spelled so).
ANY = "\0any"
KEYS = {"a": "accept", "r": "reject", "f": "fix", "s": "skip", "b": "back"}
OFFERED = ("subject", "claimant", "claimant_country")
KEY_HINT = "type here: a accept · r reject · f fix · s skip · b back"


def review_panel(root: Path = ROOT, reviewer: str = "", reviewed_on: str | None = None) -> ReviewPanel:
    """The review panel over the project at `root` (decisions go to root/data/review.csv).
    `reviewed_on` fixes the date recorded (default: the day of each decision)."""
    return ReviewPanel(ReviewSession(root, reviewed_on), reviewer)


def _run_by_a_person() -> bool:
    """Whether the cell being run came from a front end a person types into.

    JupyterLab asks for a cell with allow_stdin set (input() works there); nbclient, which
    `make` runs, and nbval never do.  Read from the request itself, so a headless run started
    from inside JupyterLab still counts as headless."""
    kernel = getattr(get_ipython(), "kernel", None)
    request = kernel.get_parent() if kernel is not None else {}
    return bool((request or {}).get("content", {}).get("allow_stdin"))


class ReviewPanel:
    """A session and, made only when first shown, its widgets; its text is a summary."""

    def __init__(self, session: ReviewSession, reviewer: str = "") -> None:
        self.session = session
        self.reviewer = reviewer

    @cached_property
    def controls(self) -> ReviewControls:
        """The widgets (made on first use: each widget opens a channel to the front end)."""
        return ReviewControls(self.session, self.reviewer)

    def summary(self) -> str:
        """'Review panel: 12 claims (12 waiting, …); …' — the same text for the same data."""
        session = self.session
        counts = session.counts()
        new = len(session.waiting_new_claims())
        return (f"Review panel: {len(session.table)} claims ({counts['machine']} waiting, "
                f"{counts['accepted']} accepted, {counts['fixed']} fixed, {counts['added']} added, "
                f"{counts['rejected']} rejected); {len(session.orphans)} orphaned review rows.\n"
                f"Queue: {len(session.new_orphans)} newly orphaned rows, then {new} waiting claims new since "
                f"the last review, then the other {counts['machine'] - new} riskiest first.\n"
                "Run this cell in JupyterLab to review them here; from a script: helpers.record_review(...).")

    def __repr__(self) -> str:
        return self.summary()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        if not _run_by_a_person():
            return {"text/plain": self.summary()}
        return {**self.controls.root._repr_mimebundle_(), "text/plain": self.summary()}

    def show(self) -> None:
        """Show the widget whatever ran the cell."""
        display(self.controls.root)


class ClaimFields:
    """A claim's editable fields, with the vocabularies' choices for metric and qualifier and
    the values in use offered for subject, claimant and claimant country."""

    def __init__(self) -> None:
        self.metric = widgets.Dropdown(options=[("—", ""), *[(m, m) for m in METRICS]], description="metric")
        self.qualifier = widgets.Dropdown(options=[("—", ""), *[(q, q) for q in QUALIFIERS]], description="qualifier")
        self.value, self.low, self.high = (widgets.Text(description=name, placeholder="whole number")
                                           for name in ("value", "low", "high"))
        self.subject = widgets.Combobox(description="subject")
        self.claimant = widgets.Combobox(description="claimant")
        self.claimant_country = widgets.Combobox(description="country")
        self.period = widgets.Text(description="period", placeholder='as written: "late last year"')
        self.incremental = widgets.Checkbox(description="incremental", tooltip="adds to an earlier figure")
        fields = [self.metric, self.qualifier, self.value, self.low, self.high, self.subject, self.claimant,
                  self.claimant_country, self.period, self.incremental]
        for widget in fields:
            widget.layout.width = "auto"   # fit the grid's column, not the widget's own 300px
        self.box = widgets.GridBox(fields, layout=widgets.Layout(grid_template_columns="repeat(5, minmax(0, 1fr))"))

    def offer(self, table: pd.DataFrame) -> None:
        """Offer the subjects, claimants and countries the claims use."""
        for name in OFFERED:
            getattr(self, name).options = sorted(set(table[name]) - {""})

    def _text_widgets(self) -> dict[str, widgets.ValueWidget]:
        return {"metric": self.metric, "qualifier": self.qualifier, "value": self.value, "low": self.low,
                "high": self.high, "subject": self.subject, "claimant": self.claimant,
                "claimant_country": self.claimant_country, "period": self.period}

    def fill(self, claim: Any) -> None:
        """Show a claim's values (a mapping of its fields)."""
        for name, widget in self._text_widgets().items():
            widget.value = field_text(claim[name])
        self.incremental.value = field_text(claim["incremental"]) == "1"

    def clear(self) -> None:
        for widget in self._text_widgets().values():
            widget.value = ""
        self.incremental.value = False

    def values(self) -> dict[str, str]:
        """Every field as text (incremental as '1' or '0'); '' is a field left empty."""
        return {**{name: str(w.value).strip() for name, w in self._text_widgets().items()},
                "incremental": "1" if self.incremental.value else "0"}


def _offer(dropdown: widgets.Dropdown, options: list[tuple[str, str]]) -> None:
    """New options for a dropdown, keeping its value when it is still among them."""
    kept = dropdown.value
    dropdown.options = options
    values = [value for _label, value in options]
    if values:
        dropdown.value = kept if kept in values else values[0]


def _button(description: str, tooltip: str, style: str = "") -> widgets.Button:
    return widgets.Button(description=description, tooltip=tooltip, button_style=style)


class ReviewControls:
    """The panel's widgets and what each does; `root` is the whole panel."""

    def __init__(self, session: ReviewSession, reviewer: str = "") -> None:
        self.session = session
        self.queue: list[QueueItem] = []
        self.position = 0
        self._pending: Callable[[], str] | None = None
        self.reviewer = widgets.Text(value=reviewer, description="Reviewer", placeholder="your name")
        self.refresh_button = _button("Refresh tables",
                                      "rebuild data/ from the articles and the review (make's first step)")
        self._make_filter()
        self._make_review()
        self._make_add()
        self._make_bulk()
        self.message = widgets.HTML()
        self.root = widgets.VBox([
            widgets.HBox([self.reviewer, self.refresh_button]), self.filter_box,
            widgets.HBox([self.progress_bar, self.progress]), self.card,
            widgets.HBox([self.accept_button, self.reject_button, self.reason, self.fix_button,
                          self.skip_button, self.back_button]),
            self.keys, self.fix_fields.box, self.message,
            widgets.Accordion([self.add_box, self.bulk_box],
                              titles=("Add a claim the extractor missed", "Bulk decisions")),
        ])
        self._offer_choices()
        self._connect()
        self.requeue()

    # --- making the widgets -----------------------------------------------------------------

    def _make_filter(self) -> None:
        self.story = widgets.Dropdown(description="story")
        self.outlet = widgets.Dropdown(description="outlet")
        self.article = widgets.Dropdown(description="article")
        self.status = widgets.Dropdown(description="status", options=STATUS_CHOICES, value="waiting")
        self.min_risk = widgets.FloatSlider(description="risk ≥", min=0.0, max=1.0, step=0.05, value=0.0)
        self.filter_box = widgets.HBox([self.story, self.outlet, self.article, self.status, self.min_risk])

    def _offer_choices(self) -> None:
        """The stories, outlets, articles, reasons and field values of the session's claims
        (a choice still there stays chosen)."""
        session = self.session
        stories = [(f"{s.title} ({s.claims})", s.slug) for s in session.stories().itertuples(index=False)]
        articles = [(f"{a.article_id} · {a.outlet or 'outlet unknown'} · {a.title[:40]}", a.article_id)
                    for a in session.articles.itertuples(index=False)]
        choices = {self.story: [("any story", ANY), *stories],
                   self.outlet: [("any outlet", ANY), *[(o or "outlet unknown", o) for o in session.outlets()]],
                   self.article: [("any article", ANY), *articles],
                   self.add_article: articles, self.bulk_article: articles}
        for dropdown, options in choices.items():
            _offer(dropdown, options)
        self.reason.options = session.reasons
        for fields in (self.fix_fields, self.add_fields):
            fields.offer(session.table)

    def _make_review(self) -> None:
        self.progress_bar = widgets.IntProgress(min=0, max=1, value=0)
        self.progress = widgets.Label()
        self.card = widgets.HTML()
        self.accept_button = _button("Accept (a)", "the claim is right as extracted", "success")
        self.reject_button = _button("Reject (r)", "the claim is wrong: give the reason beside", "danger")
        self.reason = widgets.Combobox(placeholder="reason (needed to reject)")
        self.fix_button = _button("Fix (f)", "record the fields edited below", "warning")
        self.skip_button = _button("Skip (s)", "next claim, no decision")
        self.back_button = _button("Back (b)", "the claim before")
        self.keys = widgets.Text(placeholder=KEY_HINT, continuous_update=True,
                                 layout=widgets.Layout(width="32em"))
        self.fix_fields = ClaimFields()

    def _make_add(self) -> None:
        self.add_article = widgets.Dropdown(description="article")
        self.add_quote = widgets.Textarea(description="quote",
                                          placeholder="paste the sentence (or the part with the number)",
                                          layout=widgets.Layout(width="60em"))
        self.find_button = _button("Find the quote", "show where the quote stands in the article")
        self.found = widgets.HTML()
        self.add_fields = ClaimFields()
        self.add_reason = widgets.Text(description="note", placeholder="why it was missed (optional)")
        self.add_button = _button("Add the claim", "record the claim with the fields above", "success")
        self.add_box = widgets.VBox([self.add_article, self.add_quote, self.find_button, self.found,
                                     self.add_fields.box, widgets.HBox([self.add_reason, self.add_button])])

    def _make_bulk(self) -> None:
        self.bulk_article = widgets.Dropdown(description="article")
        self.accept_article_button = _button("Accept its waiting claims…", "asks to confirm, with the count")
        self.boilerplate_name = widgets.Text(description="name", placeholder='e.g. "Reuters background"')
        self.boilerplate = widgets.Textarea(description="paragraph", placeholder="paste the boilerplate paragraph",
                                            layout=widgets.Layout(width="60em"))
        self.reject_boilerplate_button = _button("Reject the claims inside it…", "asks to confirm, with the count")
        self.confirmation = widgets.HTML()
        self.confirm_button = _button("Confirm", "record the decisions listed", "danger")
        self.cancel_button = _button("Cancel", "record nothing")
        self.confirm_box = widgets.HBox([self.confirm_button, self.cancel_button],
                                        layout=widgets.Layout(display="none"))
        self.bulk_box = widgets.VBox([
            widgets.HBox([self.bulk_article, self.accept_article_button]),
            self.boilerplate_name, self.boilerplate, self.reject_boilerplate_button,
            self.confirmation, self.confirm_box])

    def _connect(self) -> None:
        for widget in (self.story, self.outlet, self.article, self.status, self.min_risk):
            widget.observe(lambda _change: self.requeue(), names="value")
        actions = {self.accept_button: self._accept, self.reject_button: self._reject, self.fix_button: self._fix,
                   self.skip_button: self._skip, self.back_button: self._back, self.find_button: self._find,
                   self.add_button: self._add, self.accept_article_button: self._ask_accept_article,
                   self.reject_boilerplate_button: self._ask_reject_boilerplate,
                   self.confirm_button: self._confirm, self.cancel_button: self._cancel,
                   self.refresh_button: self._refresh}
        for button, action in actions.items():
            button.on_click(lambda _button, action=action: self._run(action))
        self.keys.observe(self._key, names="value")

    # --- the queue --------------------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        def chosen(widget: widgets.Dropdown) -> str | None:
            return None if widget.value == ANY else widget.value
        return QueueFilter(story=chosen(self.story), outlet=chosen(self.outlet), article=chosen(self.article),
                           status=self.status.value, min_risk=float(self.min_risk.value))

    def requeue(self) -> None:
        """The queue for the filter as it is now, from its first item."""
        self.queue = self.session.queue(self.current_filter())
        self.position = 0
        self.show_item()

    def current(self) -> QueueItem | None:
        return self.queue[self.position] if self.position < len(self.queue) else None

    def show_item(self) -> None:
        """Show the current item, fill the fields with its values and say how far the review is."""
        item = self.current()
        reviewed, total = self.session.progress(self.current_filter())
        self.progress_bar.max, self.progress_bar.value = max(total, 1), reviewed
        self.progress.value = (f"{reviewed} of {total} claims reviewed · item "
                               f"{min(self.position + 1, len(self.queue))} of {len(self.queue)} in the queue")
        place = f"{self.position + 1} of {len(self.queue)}"
        decidable = item is not None and item.kind == "claim" and self.session.extracted(item.key) is not None
        for button in (self.accept_button, self.reject_button, self.fix_button):
            button.disabled = not decidable
        if item is None:
            self.card.value = end_html(reviewed, total)
        elif item.kind == "orphan":
            self.card.value = orphan_html(self.session, item.key, place)
        else:
            self.card.value = claim_html(self.session, item.key, place)
        if decidable:
            self.fix_fields.fill(self.session.claim(item.key))
        else:
            self.fix_fields.clear()

    def _move(self, step: int) -> None:
        self.position = min(max(self.position + step, 0), len(self.queue))
        self.show_item()

    # --- actions ----------------------------------------------------------------------------

    def _run(self, action: Callable[[], str]) -> None:
        """Do an action and say what it did; a decision that cannot be recorded says why."""
        try:
            self.message.value = action()
        except ReviewError as error:
            self.message.value = f'<span style="color: var(--jp-error-color1, #c00)">Not recorded: {error}</span>'

    def _reviewer(self) -> str:
        if not self.reviewer.value.strip():
            raise ReviewError("type your name in Reviewer first")
        return self.reviewer.value

    def _claim_id(self) -> str:
        item = self.current()
        if item is None or item.kind != "claim":
            raise ReviewError("no claim is shown")
        return item.key

    def _accept(self) -> str:
        claim_id = self._claim_id()
        self.session.accept(self._reviewer(), claim_id)
        return self._decided(f"accepted {claim_id}")

    def _reject(self) -> str:
        claim_id = self._claim_id()
        self.session.reject(self._reviewer(), claim_id, self.reason.value)
        self.reason.options = self.session.reasons
        return self._decided(f"rejected {claim_id}: {self.reason.value.strip()}")

    def _fix(self) -> str:
        claim_id = self._claim_id()
        row = self.session.fix(self._reviewer(), claim_id, self.fix_fields.values())
        changed = ", ".join(f"{name} = {row[name]}" for name in FIXABLE if row[name])
        return self._decided(f"fixed {claim_id}: {changed}")

    def _decided(self, what: str) -> str:
        self._move(1)
        return f"{what} (appended to data/review.csv)"

    def _skip(self) -> str:
        self._move(1)
        return ""

    def _back(self) -> str:
        self._move(-1)
        return ""

    def _find(self) -> str:
        match = self.session.locate_quote(self.add_article.value, self.add_quote.value)
        self.found.value = quote_html(match, self.add_article.value)
        return ""

    def _add(self) -> str:
        reviewer = self._reviewer()
        self._find()
        _row, claim_id = self.session.add(reviewer, self.add_article.value, self.add_quote.value,
                                          self.add_fields.values(), self.add_reason.value)
        self.add_quote.value = ""
        self.add_fields.clear()
        self.show_item()
        return f"added {claim_id} to article {self.add_article.value} (appended to data/review.csv)"

    def _ask(self, question: str, claim_ids: list[str], decide: Callable[[list[str]], list[dict[str, str]]],
             verb: str) -> str:
        """Show what a bulk decision will record and wait for Confirm."""
        self._reviewer()
        if not claim_ids:
            self._cancel()
            return "No claim waiting for review matches: nothing to confirm."
        self.confirmation.value = confirmation_html(question, self.session.table.loc[claim_ids])
        self.confirm_box.layout.display = "flex"
        self._pending = lambda: f"{verb} {len(decide(claim_ids))} claims (appended to data/review.csv)"
        return ""

    def _ask_accept_article(self) -> str:
        article = self.bulk_article.value
        ids = self.session.waiting_claims_of(article)
        decided = int((self.session.table["article_id"] == article).sum()) - len(ids)
        question = (f"Accept the {len(ids)} waiting claims of article {article}? "
                    f"Claims of it decided before ({decided}) are kept as they are.")
        return self._ask(question, ids, lambda chosen: self.session.accept_all(self._reviewer(), chosen), "accepted")

    def _ask_reject_boilerplate(self) -> str:
        name = self.boilerplate_name.value.strip()
        if not name:
            raise ReviewError("name the boilerplate paragraph (the name becomes the reason)")
        ids = self.session.waiting_claims_inside(self.boilerplate.value)
        articles = len({self.session.claim(i)["article_id"] for i in ids})
        question = (f"Reject the {len(ids)} waiting claims of {articles} articles whose sentence lies "
                    f"inside “{name}”?")
        return self._ask(question, ids,
                         lambda chosen: self.session.reject_boilerplate(self._reviewer(), name, chosen), "rejected")

    def _confirm(self) -> str:
        if self._pending is None:
            return "Nothing to confirm."
        done, self._pending = self._pending, None
        self._cancel()
        message = done()
        self.show_item()
        return message

    def _cancel(self) -> str:
        self._pending = None
        self.confirmation.value = ""
        self.confirm_box.layout.display = "none"
        return ""

    def _refresh(self) -> str:
        """Rebuild data/ (tables only: `make` also re-runs the notebooks), then start again on
        the new tables, new claims and newly orphaned rows first."""
        with contextlib.redirect_stderr(io.StringIO()):
            tables = build_tables(self.session.root)
        self.session.reload()
        self._offer_choices()
        self.requeue()
        return (f"refreshed: {len(tables['claims'])} claims, {len(self.session.new_claims)} new since the "
                f"last review, {len(self.session.new_orphans)} newly orphaned rows, "
                f"{len(tables['problems'])} problems (data/problems.csv)")

    def _key(self, change: dict[str, Any]) -> None:
        """A key typed in the key box: the last one counts (a fast typist may beat the box's reset)."""
        key = str(change["new"])[-1:].lower()
        if not key:
            return
        self.keys.value = ""
        buttons = {"accept": self.accept_button, "reject": self.reject_button, "fix": self.fix_button,
                   "skip": self.skip_button, "back": self.back_button}
        if key in KEYS and not buttons[KEYS[key]].disabled:
            buttons[KEYS[key]].click()
