"""The review panel: a person reviews claims in JupyterLab by clicking, and each decision is a row
appended to data/review.csv.  The widgets are driven from Python (set `.value`, call
`.click()`), as a browser would, in a temporary copy of the project's seeds/ and hand-kept
data/ files (never the project's own data/).  Claims are found by their seed sentences, so the
tests hold whatever ids the extractor gives them.
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from claim_rows import ANOTHER_3000, KILLED_600, SENT_11000, SEOUL_CLAIMS, TRT_SENT
from warclaims.pipeline import build_tables, read_reviewed_claims
from warclaims.review import REVIEW_COLUMNS
from warclaims.review_panel import ANY, ReviewControls, ReviewPanel, review_panel
from warclaims.review_session import BOILERPLATE_REASON, QueueFilter, ReviewSession, find_quote

ROOT = Path(__file__).resolve().parent.parent
REVIEWER, ON = "tester", "2025-09-10"
TRT = "000_e71f8adc84992862"
TMT = "002_3f52c08f8a7c2341"
MIA = "003_3bc72fdcf4e78d89"
#: A line of TRT World's "Recommended" list (no sentence of the body): the missed claim to add.
TRT_SUBHEAD = "Thousands of soldiers"
#: The wire's background paragraph that TRT World and The Moscow Times both reprint.
REUTERS_BACKGROUND = f"{TRT_SENT}\n\n{KILLED_600}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seeds/ and the hand-kept data/ files, with the tables built once."""
    project = tmp_path_factory.mktemp("built")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    (project / "data").mkdir()
    for name in ("articles.csv", "claimants.csv"):
        shutil.copy2(ROOT / "data" / name, project / "data" / name)
    build_tables(project)
    return project


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A fresh copy of the built project for one test."""
    shutil.copytree(built, tmp_path / "project")
    return tmp_path / "project"


def open_panel(project: Path, reviewer: str = REVIEWER) -> ReviewControls:
    return review_panel(project, reviewer=reviewer, reviewed_on=ON).controls


def review_rows(project: Path) -> list[dict[str, str]]:
    path = project / "data" / "review.csv"
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def row(claim_id: str, decision: str, article_id: str, **fields: str) -> dict[str, str]:
    """A review row as the panel writes it: every column, empty unless given."""
    return {c: "" for c in REVIEW_COLUMNS} | {"claim_id": claim_id, "decision": decision, "article_id": article_id,
                                               "reviewer": REVIEWER, "reviewed_on": ON} | fields


def claim_id_of(panel: ReviewControls, quote: str, metric: str, article_id: str) -> str:
    table = panel.session.table
    match = table[(table["quote"] == quote) & (table["metric"] == metric) & (table["article_id"] == article_id)]
    assert len(match) == 1, (quote, metric, article_id)
    return str(match.index[0])


def go_to(panel: ReviewControls, claim_id: str) -> None:
    """Filter on the claim's article and skip to it, as a person would."""
    panel.article.value = str(panel.session.claim(claim_id)["article_id"])
    while panel.current().key != claim_id:
        panel.skip_button.click()


def shown_claim(panel: ReviewControls) -> pd.Series:
    return panel.session.claim(panel.current().key)


def test_ten_claims_reviewed_through_the_widgets_are_the_rows_appended_and_the_refresh_applies_them(project):
    panel = open_panel(project)
    expected: list[dict[str, str]] = []

    def decided(decision: str, **fields: str) -> None:
        claim = shown_claim(panel)
        expected.append(row(str(claim["claim_id"]), decision, str(claim["article_id"]), **fields))

    decided("accept")
    panel.accept_button.click()
    panel.reason.value = "background sentence of a syndicated story; no source named"
    decided("reject", reason=panel.reason.value)
    panel.reject_button.click()
    decided("fix", claimant="South Korean officials", period="this year")
    panel.fix_fields.claimant.value = "South Korean officials"
    panel.fix_fields.period.value = "this year"
    panel.fix_button.click()
    skipped = panel.current().key
    panel.skip_button.click()
    panel.back_button.click()
    assert panel.current().key == skipped
    decided("accept")
    panel.accept_button.click()
    decided("accept")
    panel.keys.value = "a"
    decided("reject", reason=panel.reason.value)
    panel.keys.value = "r"
    for _ in range(3):
        decided("accept")
        panel.accept_button.click()
    panel.add_article.value = TRT
    panel.add_quote.value = TRT_SUBHEAD
    for name, value in {"metric": "deployed", "qualifier": "vague", "low": "2000", "high": "9999",
                        "subject": "KP"}.items():
        getattr(panel.add_fields, name).value = value
    panel.add_button.click()
    expected.append(row("", "add", TRT, quote=TRT_SUBHEAD, metric="deployed", qualifier="vague", low="2000",
                        high="9999", subject="KP", incremental="0"))

    assert review_rows(project) == expected
    build_tables(project)
    table = read_reviewed_claims(project / "data" / "claims_reviewed.csv", include_rejected=True).set_index("claim_id")
    status = {"accept": "accepted", "reject": "rejected", "fix": "fixed"}
    assert {r["claim_id"]: table.loc[r["claim_id"], "review_status"] for r in expected[:9]} == \
           {r["claim_id"]: status[r["decision"]] for r in expected[:9]}
    assert table.loc[expected[2]["claim_id"], ["claimant", "period"]].tolist() == ["South Korean officials", "this year"]
    added = table[table["review_status"] == "added"]
    assert list(added["quote"]) == [TRT_SUBHEAD] and list(added["article_id"]) == [TRT]


def test_the_claim_is_shown_in_its_sentence_with_the_number_marked_between_its_neighbours(project):
    panel = open_panel(project)
    go_to(panel, claim_id_of(panel, ANOTHER_3000, "deployed", MIA))
    html = panel.card.value
    assert "Another <mark>3,000</mark> soldiers" in html
    assert html.index("North Korea sent about 11,000") < html.index("<mark>3,000</mark>") < html.index("Seoul claims")


def test_the_fix_fields_are_filled_with_the_claim_and_offer_the_vocabularies(project):
    panel = open_panel(project)
    go_to(panel, claim_id_of(panel, ANOTHER_3000, "deployed", MIA))
    fields = panel.fix_fields
    assert (fields.metric.value, fields.value.value, fields.period.value) == ("deployed", "3000", "in early 2025")
    assert fields.incremental.value is True
    assert [value for _label, value in fields.metric.options][1:] == \
           ["deployed", "killed", "wounded", "casualties", "captured", "missing"]
    assert "South Korea's intelligence agency" in fields.claimant.options


def test_a_second_fix_keeps_the_first_fix_because_it_records_every_field_that_differs_from_the_extractor(project):
    panel = open_panel(project)
    claim_id = claim_id_of(panel, ANOTHER_3000, "deployed", MIA)
    go_to(panel, claim_id)
    panel.fix_fields.claimant.value = "South Korean military leadership"
    panel.fix_button.click()
    panel.back_button.click()
    panel.fix_fields.value.value = "3,500"
    panel.fix_button.click()
    last = review_rows(project)[-1]
    assert (last["claimant"], last["value"], last["metric"], last["period"]) == \
           ("South Korean military leadership", "3,500", "", "")
    assert panel.session.claim(claim_id)["value"] == 3500


def test_a_rejection_without_a_reason_records_nothing_and_says_why(project):
    panel = open_panel(project)
    shown = panel.current().key
    panel.reject_button.click()
    assert review_rows(project) == []
    assert "needs a reason" in panel.message.value and panel.current().key == shown


def test_a_decision_without_a_reviewer_records_nothing(project):
    panel = open_panel(project, reviewer="")
    panel.accept_button.click()
    assert review_rows(project) == []
    assert "Reviewer" in panel.message.value


def test_a_pasted_quote_is_found_across_other_line_breaks_and_recorded_as_the_article_spells_it(project):
    panel = open_panel(project)
    panel.add_article.value = MIA
    panel.add_quote.value = "Another 3,000 soldiers were\nreportedly  sent"
    panel.find_button.click()
    assert "Found in article" in panel.found.value and "<mark>Another 3,000 soldiers were reportedly sent</mark>" \
        in panel.found.value
    panel.add_fields.metric.value = "deployed"
    panel.add_fields.value.value = "3000"
    panel.add_button.click()
    assert review_rows(project)[-1]["quote"] == "Another 3,000 soldiers were reportedly sent"


def test_a_quote_not_in_the_article_is_reported_and_nothing_is_added(project):
    panel = open_panel(project)
    panel.add_article.value = TRT
    panel.add_quote.value = "Some 40,000 soldiers were sent"
    panel.add_fields.metric.value = "deployed"
    panel.add_fields.value.value = "40000"
    panel.add_button.click()
    assert "Not found" in panel.found.value
    assert review_rows(project) == []


def test_accepting_an_article_asks_first_then_accepts_only_its_waiting_claims(project):
    panel = open_panel(project)
    rejected = claim_id_of(panel, SEOUL_CLAIMS, "casualties", MIA)
    panel.session.reject(REVIEWER, rejected, "read before")
    panel.bulk_article.value = MIA
    panel.accept_article_button.click()
    assert "Accept the 2 waiting claims" in panel.confirmation.value
    assert len(review_rows(project)) == 1
    panel.confirm_button.click()
    rows = review_rows(project)
    assert [r["decision"] for r in rows] == ["reject", "accept", "accept"]
    assert {r["claim_id"] for r in rows[1:]} == {claim_id_of(panel, SENT_11000, "deployed", MIA),
                                                 claim_id_of(panel, ANOTHER_3000, "deployed", MIA)}


def test_a_named_boilerplate_paragraph_rejects_every_waiting_claim_inside_it_once_confirmed(project):
    panel = open_panel(project)
    panel.boilerplate_name.value = "Reuters background"
    panel.boilerplate.value = REUTERS_BACKGROUND
    panel.reject_boilerplate_button.click()
    assert "Reject the 6 waiting claims of 2 articles" in panel.confirmation.value
    panel.confirm_button.click()
    rows = review_rows(project)
    assert {r["article_id"] for r in rows} == {TRT, TMT} and len(rows) == 6
    assert {r["reason"] for r in rows} == {BOILERPLATE_REASON.format(name="Reuters background")}


def test_a_cancelled_bulk_decision_records_nothing(project):
    panel = open_panel(project)
    panel.bulk_article.value = MIA
    panel.accept_article_button.click()
    panel.cancel_button.click()
    panel.confirm_button.click()
    assert review_rows(project) == []


def test_after_a_refresh_claims_new_since_the_last_review_come_first(project):
    panel = open_panel(project)
    panel.accept_button.click()   # the last review: the seeds' claims are known
    text = (project / "seeds" / f"{MIA}.txt").read_text(encoding="utf-8")
    (project / "seeds" / "005_mia_copy.txt").write_text(text.replace("about 11,000", "about 12,000"), encoding="utf-8")
    panel.refresh_button.click()
    first = panel.session.claim(panel.current().key)
    assert first["article_id"] == "005_mia_copy" and "new since the last review" in panel.card.value
    new = {item.key for item in panel.queue[:3]}
    assert new == set(panel.session.table.index[panel.session.table["article_id"] == "005_mia_copy"])


def test_after_a_refresh_a_review_row_orphaned_since_the_last_review_comes_first_and_cannot_be_decided(project):
    panel = open_panel(project)
    go_to(panel, claim_id_of(panel, ANOTHER_3000, "deployed", MIA))
    panel.accept_button.click()
    seed = project / "seeds" / f"{MIA}.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Another 3,000", "Another 3,500"), encoding="utf-8")
    panel.article.value = ANY
    panel.refresh_button.click()
    assert panel.current().kind == "orphan" and "review row 2 of data/review.csv is orphaned" in panel.card.value
    assert panel.accept_button.disabled and panel.reject_button.disabled and panel.fix_button.disabled
    assert panel.session.claim(panel.queue[1].key)["quote"] == ANOTHER_3000.replace("3,000", "3,500")


def test_the_filter_narrows_the_queue_and_the_progress_counts_the_claims_it_lets_through(project):
    panel = open_panel(project)
    panel.outlet.value = "MIA"
    assert {shown_claim(panel)["outlet"]} == {"MIA"} and len(panel.queue) == 3
    panel.accept_button.click()
    assert panel.progress.value.startswith("1 of 3 claims reviewed")
    panel.status.value = "accepted"
    assert len(panel.queue) == 1
    panel.outlet.value, panel.status.value, panel.min_risk.value = ANY, "waiting", 0.3
    assert {panel.session.claim(i.key)["risk"] >= 0.3 for i in panel.queue} == {True}
    panel.min_risk.value, panel.story.value = 0.0, "kp-losses"
    assert {panel.session.claim(i.key)["metric"] for i in panel.queue} <= {"killed", "wounded", "casualties"}


def test_the_filter_starts_with_every_story_outlet_and_article_and_the_waiting_claims(project):
    panel = open_panel(project)
    assert (panel.story.value, panel.outlet.value, panel.article.value, panel.status.value) == (ANY, ANY, ANY, "waiting")
    assert len(panel.queue) == 12


def test_the_queue_puts_the_riskiest_first(project):
    session = ReviewSession(project)
    risks = [session.claim(item.key)["risk"] for item in session.queue(QueueFilter())]
    assert risks == sorted(risks, reverse=True) and risks[0] > risks[-1]


def test_keys_typed_in_the_key_box_act_as_the_buttons(project):
    panel = open_panel(project)
    first = panel.current().key
    panel.keys.value = "s"
    panel.keys.value = "b"
    assert panel.current().key == first and panel.keys.value == ""
    panel.keys.value = "a"
    assert review_rows(project)[0]["claim_id"] == first and review_rows(project)[0]["decision"] == "accept"


def test_a_claim_a_person_added_is_shown_but_cannot_be_decided_on(project):
    panel = open_panel(project)
    panel.add_article.value = TRT
    panel.add_quote.value = TRT_SUBHEAD
    panel.add_fields.metric.value, panel.add_fields.qualifier.value = "deployed", "vague"
    panel.add_fields.low.value, panel.add_fields.high.value = "2000", "9999"
    panel.add_button.click()
    panel.status.value = "added"
    assert panel.current() is not None and panel.accept_button.disabled


def test_without_a_person_at_the_front_end_the_panel_is_its_text_summary_and_makes_no_widget(project):
    panel = review_panel(project)
    assert panel._repr_mimebundle_() == {"text/plain": repr(panel)}
    assert repr(panel).startswith("Review panel: 12 claims (12 waiting, 0 accepted, 0 fixed, 0 added, 0 rejected)")
    assert "controls" not in vars(panel)
    assert isinstance(panel, ReviewPanel)


def test_find_quote_matches_exactly_first_then_across_runs_of_spaces():
    text = "One.  Another 3,000\nsoldiers went. Another 3,000 soldiers went."
    assert find_quote(text, "Another 3,000 soldiers") == (text.rindex("Another"), text.rindex(" went"))
    assert find_quote(text, "Another 3,000 \n soldiers went.") == (6, 6 + len("Another 3,000\nsoldiers went."))
    assert find_quote(text, "Another 4,000") is None
