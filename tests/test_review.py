"""The review: people accept, reject, fix and add claims in data/review.csv, and the charts draw
the reviewed table.  Each test builds the tables in a temporary copy of the project's seeds/
and data/articles.csv (never the project's own data/), with review rows on real seed sentences.
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from warclaims.analysis import casualty_series, figure_data, review_counts, review_queue
from warclaims.pipeline import MANIFEST_NOTE, build_tables, read_orphans, read_problems, read_reviewed_claims
from warclaims.review import REVIEW_COLUMNS, ReviewError, record_review

ROOT = Path(__file__).resolve().parent.parent
REVIEWER, ON = "tester", "2025-09-10"

#: Seed claims by id (data/claims.csv of the seeds) and the sentences they come from.
TMT_KILLED = "75d53993e5ad"     # The Moscow Times: "Around 600 North Korean soldiers have been killed …"
REDCANACO_THOUSANDS = "2229d8082659"   # redcanaco.com: "… sending thousands of troops …"
MIA_SENT = "acd57d97d8c3"       # MIA: "… North Korea sent about 11,000 soldiers …"
TRT = "000_e71f8adc84992862"
TRT_SUBHEAD = "Thousands of soldiers"
MIA = "003_3bc72fdcf4e78d89"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder holding a copy of seeds/ and data/articles.csv."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "data").mkdir()
    shutil.copy2(ROOT / "data" / "articles.csv", tmp_path / "data" / "articles.csv")
    return tmp_path


def review(project: Path, decision: str, claim_id: str = "", **fields: object) -> None:
    record_review(project / "data" / "review.csv", decision, reviewer=REVIEWER, claim_id=claim_id,
                  reviewed_on=ON, **fields)


def reviewed(project: Path, include_rejected: bool = False) -> pd.DataFrame:
    return read_reviewed_claims(project / "data" / "claims_reviewed.csv", include_rejected=include_rejected)


def one(table: pd.DataFrame, claim_id: str) -> pd.Series:
    rows = table[table["claim_id"] == claim_id]
    assert len(rows) == 1, f"{claim_id}: {len(rows)} rows"
    return rows.iloc[0]


def test_without_a_review_file_every_claim_is_machine(project: Path) -> None:
    build_tables(project)
    table = reviewed(project, include_rejected=True)
    assert set(table["review_status"]) == {"machine"}
    assert list(review_queue(table)["risk"]) == sorted(review_queue(table)["risk"], reverse=True)


def test_reject_leaves_the_charts_but_stays_visible_as_rejected(project: Path) -> None:
    review(project, "reject", REDCANACO_THOUSANDS, reason="background sentence")
    build_tables(project)
    assert REDCANACO_THOUSANDS not in set(reviewed(project)["claim_id"])
    row = one(reviewed(project, include_rejected=True), REDCANACO_THOUSANDS)
    assert (row["review_status"], row["review_reason"], row["reviewer"]) == ("rejected", "background sentence", REVIEWER)


def test_fix_changes_the_fields_and_the_charted_value(project: Path) -> None:
    review(project, "fix", TMT_KILLED, value=650, qualifier="exact")
    build_tables(project)
    table = reviewed(project)
    row = one(table, TMT_KILLED)
    assert (row["review_status"], row["value"], row["qualifier"]) == ("fixed", 650, "exact")
    plotted = one(figure_data(casualty_series(table)), TMT_KILLED)
    assert (plotted["y"], plotted["figure"], plotted["review_status"]) == (650, "650", "fixed")


def test_add_finds_the_offsets_of_the_number_in_the_article(project: Path) -> None:
    # TRT World's subheading, which the extractor does not read as a claim.
    review(project, "add", article_id=TRT, quote=TRT_SUBHEAD, metric="deployed", qualifier="vague",
           low=2000, high=9999, subject="KP")
    build_tables(project)
    added = reviewed(project)
    added = added[added["review_status"] == "added"]
    assert len(added) == 1
    row = added.iloc[0]
    text = (project / "seeds" / f"{TRT}.txt").read_text(encoding="utf-8")
    assert text[row["start"]:row["end"]] == "Thousands" == row["number_text"]
    assert text[row["quote_start"]:row["quote_start"] + len(TRT_SUBHEAD)] == TRT_SUBHEAD
    assert (row["article_id"], row["outlet"], row["published"]) == (TRT, "TRT World", "2025-09-03")


def test_accept_marks_the_claim_accepted(project: Path) -> None:
    review(project, "accept", MIA_SENT)
    build_tables(project)
    assert one(reviewed(project), MIA_SENT)["review_status"] == "accepted"
    assert review_counts(reviewed(project, include_rejected=True)).loc["accepted", "claims"] == 1


def test_unknown_claim_id_is_orphaned_and_the_rest_still_applies(project: Path) -> None:
    review(project, "accept", "ffffffffffff")
    review(project, "reject", REDCANACO_THOUSANDS, reason="background sentence")
    build_tables(project)
    orphans = read_orphans(project / "data" / "review_orphans.csv")
    assert list(orphans["claim_id"]) == ["ffffffffffff"]
    assert list(orphans["row"]) == ["2"]
    assert "no claim has this id" in orphans.iloc[0]["why"]
    assert one(reviewed(project, include_rejected=True), REDCANACO_THOUSANDS)["review_status"] == "rejected"


def test_add_whose_quote_is_not_in_the_article_is_orphaned(project: Path) -> None:
    review(project, "add", article_id=TRT, quote="Twelve thousand soldiers were sent.",
           metric="deployed", value=12000)
    build_tables(project)
    orphans = read_orphans(project / "data" / "review_orphans.csv")
    assert list(orphans["article_id"]) == [TRT]
    assert "quote is not in the article" in orphans.iloc[0]["why"]
    assert "added" not in set(reviewed(project)["review_status"])


def test_record_review_appends_without_changing_earlier_bytes(project: Path) -> None:
    path = project / "data" / "review.csv"
    path.write_bytes(b"claim_id,decision,reason,article_id,quote,metric,qualifier,value,low,high,subject,"
                     b"claimant,claimant_country,period,incremental,reviewer,reviewed_on\r\n"
                     b"acd57d97d8c3,accept,\"typed by hand, CRLF\",,,,,,,,,,,,,ana,2025-09-01\r\n")
    before = path.read_bytes()
    review(project, "reject", REDCANACO_THOUSANDS, reason="background sentence")
    after = path.read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["claim_id"] for r in rows] == [MIA_SENT, REDCANACO_THOUSANDS]
    assert tuple(rows[0]) == REVIEW_COLUMNS


@pytest.mark.parametrize("decision, fields", [("maybe", {}), ("fix", {"metric": "dead"}),
                                              ("fix", {"value": "about 600"})])
def test_record_review_refuses_a_bad_decision_or_field(project: Path, decision: str, fields: dict) -> None:
    path = project / "data" / "review.csv"
    review(project, "accept", MIA_SENT)
    before = path.read_bytes()
    with pytest.raises(ReviewError):
        review(project, decision, TMT_KILLED, **fields)
    assert path.read_bytes() == before


def test_malformed_review_row_is_a_problem_and_the_rest_applies(project: Path) -> None:
    path = project / "data" / "review.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(REVIEW_COLUMNS)
        blank = dict.fromkeys(REVIEW_COLUMNS, "")
        writer.writerow({**blank, "claim_id": TMT_KILLED, "decision": "maybe", "reviewer": "ana"}.values())
        writer.writerow({**blank, "claim_id": MIA_SENT, "decision": "accept", "reviewer": "ana"}.values())
    build_tables(project)
    problems = read_problems(project / "data" / "problems.csv")
    bad = problems[problems["kind"] == "review"]
    assert list(bad["row"]) == ["2"]
    assert "maybe" in bad.iloc[0]["message"]
    assert one(reviewed(project), MIA_SENT)["review_status"] == "accepted"
    assert one(reviewed(project), TMT_KILLED)["review_status"] == "machine"


def claim_ids(project: Path) -> dict[str, set[str]]:
    claims = pd.read_csv(project / "data" / "claims.csv", dtype="string", keep_default_na=False)
    return {a: set(g["claim_id"]) for a, g in claims.groupby("article_id")}


def test_claim_ids_survive_file_order_a_new_article_and_a_rerun(project: Path, tmp_path_factory) -> None:
    build_tables(project)
    first = claim_ids(project)
    # The same files copied into a fresh folder in reverse order, plus a new article: seed 003
    # under another name with one sentence changed.
    other = tmp_path_factory.mktemp("shuffled")
    (other / "seeds").mkdir()
    (other / "data").mkdir()
    shutil.copy2(project / "data" / "articles.csv", other / "data" / "articles.csv")
    for path in sorted((project / "seeds").glob("*.txt"), reverse=True):
        shutil.copy2(path, other / "seeds" / path.name)
    text = (project / "seeds" / f"{MIA}.txt").read_text(encoding="utf-8")
    changed = text.replace("North Korea sent about 11,000 soldiers", "North Korea sent about 12,000 soldiers")
    assert changed != text
    (other / "seeds" / "005_copy_of_003.txt").write_text(changed, encoding="utf-8")
    build_tables(other)
    build_tables(other)
    second = claim_ids(other)
    assert {a: ids for a, ids in second.items() if a in first} == first
    assert len(second["005_copy_of_003"]) == len(first[MIA])


def test_hand_typed_manifest_value_survives_a_refresh_and_changes_the_outlet(project: Path) -> None:
    build_tables(project)
    manifest = project / "data" / "articles.csv"
    text = manifest.read_text(encoding="utf-8")
    edited = text.replace("003_3bc72fdcf4e78d89,MIA,", "003_3bc72fdcf4e78d89,dpa (typed by hand),")
    assert edited != text
    manifest.write_text(edited, encoding="utf-8")
    before = manifest.read_bytes()
    build_tables(project)
    assert manifest.read_bytes() == before
    claims = pd.read_csv(project / "data" / "claims.csv", dtype="string", keep_default_na=False)
    assert set(claims.loc[claims["article_id"] == MIA, "outlet"]) == {"dpa (typed by hand)"}


def test_refresh_adds_a_manifest_row_for_a_new_article_and_keeps_the_others(project: Path) -> None:
    manifest = project / "data" / "articles.csv"
    before = manifest.read_bytes()
    shutil.copy2(project / "seeds" / f"{MIA}.txt", project / "seeds" / "005_copy_of_003.txt")
    build_tables(project)
    after = manifest.read_bytes()
    assert after.startswith(before)
    with manifest.open(newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["article_id"] == "005_copy_of_003"]
    assert len(rows) == 1
    assert rows[0]["note"].startswith("added by refresh") and rows[0]["note"] == MANIFEST_NOTE
    build_tables(project)
    assert manifest.read_bytes() == after


def test_troop_chart_outlines_checked_claims_only_once_someone_reviewed(project: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from warclaims.analysis import troop_series
    from warclaims.figures import REVIEWED_NOTE, figure_texts, plot_troops

    build_tables(project)
    before = plot_troops(troop_series(reviewed(project)))
    review(project, "accept", MIA_SENT)
    build_tables(project)
    after = plot_troops(troop_series(reviewed(project)))
    try:
        assert REVIEWED_NOTE not in figure_texts(before)
        assert REVIEWED_NOTE in figure_texts(after)
    finally:
        plt.close("all")
