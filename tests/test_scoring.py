"""The scorer (warclaims.scoring, `python helpers.py score`): the annotation guide's matching rule.

The rows are copied from the development gold (devset/gold.csv); each test writes the few it
needs to CSV files in tmp_path and scores them as `helpers.py score` does.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from warclaims.cli import main
from warclaims.scoring import ClaimsFileError, Score, format_report, read_claims_csv, score

COLUMNS = ("article_id", "metric", "qualifier", "value", "low", "high", "subject", "claimant",
           "claimant_country", "period", "incremental", "quote")
A06_KILLED = ("a06", "killed", "approx", "500", "", "", "KP", "RBC-Ukraine", "media", "", "0",
              "RBC-Ukraine, a Ukrainian news agency, reported Sunday that a Storm Shadow missile strike on the "
              "Kursk region killed about 500 North Korean soldiers and hurt three, including an interpretation officer.")
A06_DEPLOYED = ("a06", "deployed", "approx", "10900", "", "", "KP", "The NIS", "KR", "", "0",
                "The NIS said last month that Pyongyang was due to send about 10,900 troops, most of them from "
                "special forces, to fight alongside Russia.")
A09_AT_LEAST = ("a09", "casualties", "at_least", "3000", "3000", "", "KP", "Ukrainian President Volodymyr Zelensky",
                "UA", "", "0", "Ukrainian President Volodymyr Zelensky said Monday that over 3,000 North Korean "
                "soldiers have been killed or wounded fighting against Ukraine's incursion in Russia's Kursk region.")
A09_VAGUE = ("a09", "deployed", "vague", "", "2000", "9999", "KP", "", "", "", "0",
             "Pyongyang has sent thousands of troops to reinforce the Russian military, including in the Kursk "
             "border region where Ukraine mounted a shock border incursion in August.")
C05_RANGE = ("c05", "casualties", "range", "", "150000", "190000", "RU", "British intelligence", "UK", "so far", "0",
             "British intelligence estimates Russia has likely suffered between 150,000-190,000 permanent casualties "
             "so far, including both killed and permanently wounded troops.")


def changed(row: tuple[str, ...], **cells: str) -> tuple[str, ...]:
    """A copy of a gold row with some cells replaced (by column name)."""
    return tuple(cells.get(column, cell) for column, cell in zip(COLUMNS, row))


def write_csv(path: Path, rows: list[tuple[str, ...]], columns: tuple[str, ...] = COLUMNS) -> Path:
    """A claims CSV with the given columns (the leading ones of each row are kept)."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(columns)
        writer.writerows([dict(zip(COLUMNS, row))[column] for column in columns] for row in rows)
    return path


def score_files(tmp_path: Path, gold: list[tuple[str, ...]], predicted: list[tuple[str, ...]],
                articles: list[str] | None = None) -> Score:
    gold_rows = read_claims_csv(write_csv(tmp_path / "gold.csv", gold))
    predicted_rows = read_claims_csv(write_csv(tmp_path / "predicted.csv", predicted))
    return score(gold_rows, predicted_rows, articles=articles)


def counts(result: Score) -> tuple[int, int, int]:
    return result.tp, result.gold, result.pred


def test_claims_match_on_metric_and_value_whatever_the_qualifier(tmp_path: Path) -> None:
    predicted = [changed(A06_KILLED, qualifier="exact"), changed(A06_DEPLOYED, value="10000")]
    result = score_files(tmp_path, [A06_KILLED, A06_DEPLOYED], predicted)
    assert counts(result) == (1, 2, 2)
    assert [claim.key.value for claim in result.missed] == [10900]
    assert [claim.key.value for claim in result.spurious] == [10000]


def test_a_number_is_the_same_however_the_cell_writes_it(tmp_path: Path) -> None:
    predicted = [changed(A06_DEPLOYED, value="10,900"), changed(A06_KILLED, value="500.0"),
                 changed(A09_VAGUE, value="nan"), changed(C05_RANGE, value="<NA>", low="150000.0")]
    result = score_files(tmp_path, [A06_KILLED, A06_DEPLOYED, A09_VAGUE, C05_RANGE], predicted)
    assert counts(result) == (4, 4, 4)


def test_range_and_vague_claims_match_on_low_and_high(tmp_path: Path) -> None:
    predicted = [A09_VAGUE, changed(C05_RANGE, high="200000")]
    result = score_files(tmp_path, [A09_VAGUE, C05_RANGE], predicted)
    assert counts(result) == (1, 2, 2)
    assert [str(claim.key) for claim in result.missed] == ["c05 casualties low=150000 high=190000"]


def test_a_claim_with_a_value_is_matched_on_the_value_alone(tmp_path: Path) -> None:
    result = score_files(tmp_path, [A09_AT_LEAST], [changed(A09_AT_LEAST, low="")])
    assert counts(result) == (1, 1, 1)


def test_rows_with_the_same_key_count_once_on_both_sides(tmp_path: Path) -> None:
    headline = changed(A06_KILLED, quote="Storm Shadow strike killed 500 North Korean soldiers, Ukrainian media say")
    result = score_files(tmp_path, [headline, A06_KILLED, A06_DEPLOYED], [A06_KILLED, A06_KILLED])
    assert counts(result) == (1, 2, 1)
    assert (result.precision, result.recall) == (1.0, 0.5)


def test_the_first_row_of_a_key_stands_for_it(tmp_path: Path) -> None:
    predicted = [changed(A06_KILLED, subject="RU"), A06_KILLED]
    result = score_files(tmp_path, [A06_KILLED], predicted)
    assert (result.accuracy["subject"].correct, result.accuracy["subject"].total) == (0, 1)


def test_articles_not_in_gold_are_not_scored(tmp_path: Path) -> None:
    predicted = [A06_KILLED, A09_VAGUE, C05_RANGE]
    assert counts(score_files(tmp_path, [A06_KILLED, C05_RANGE], predicted)) == (2, 2, 2)


def test_articles_narrows_the_scored_articles_and_may_name_one_without_gold(tmp_path: Path) -> None:
    gold, predicted = [A06_KILLED, C05_RANGE], [A06_KILLED, A09_VAGUE, C05_RANGE]
    assert counts(score_files(tmp_path, gold, predicted, articles=["c05"])) == (1, 1, 1)
    result = score_files(tmp_path, gold, predicted, articles=["c05", "a09"])
    assert counts(result) == (1, 1, 2)
    assert [claim.quote for claim in result.spurious] == [A09_VAGUE[-1]]


def test_qualifier_subject_and_claimant_country_are_accuracy_on_matched_pairs(tmp_path: Path) -> None:
    predicted = [changed(A06_KILLED, qualifier="exact", subject="kp", claimant_country="UA"),
                 changed(A06_DEPLOYED, claimant_country="kr"),
                 changed(C05_RANGE, low="1", subject="UA")]   # unmatched: not compared
    result = score_files(tmp_path, [A06_KILLED, A06_DEPLOYED, C05_RANGE], predicted)
    agreement = {field: (a.correct, a.total) for field, a in result.accuracy.items()}
    assert agreement == {"qualifier": (1, 2), "subject": (2, 2), "claimant_country": (1, 2)}
    assert result.accuracy["qualifier"].rate == 0.5


def test_a_field_the_predictions_lack_has_no_accuracy(tmp_path: Path) -> None:
    gold = read_claims_csv(write_csv(tmp_path / "gold.csv", [A06_KILLED]))
    predicted = read_claims_csv(write_csv(tmp_path / "predicted.csv", [A06_KILLED], COLUMNS[:6]))
    assert list(score(gold, predicted).accuracy) == ["qualifier"]


def test_report_ends_with_the_f1_line_and_show_lists_quotes(tmp_path: Path) -> None:
    result = score_files(tmp_path, [A06_KILLED, A06_DEPLOYED], [A06_KILLED, A09_VAGUE])
    report = format_report(result, show=True).splitlines()
    assert report[0] == "deployed    tp   0  gold   1  pred   0"
    assert report[-2] == f"MISSED   a06 deployed value=10900 | {A06_DEPLOYED[-1][:140]}"
    assert report[-1] == "F1 0.667 P 1.000 R 0.500 (1/2/1)"
    assert not any(line.startswith(("MISSED", "SPURIOUS")) for line in format_report(result).splitlines())


def test_cli_prints_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_csv(tmp_path / "gold.csv", [A06_KILLED, C05_RANGE])
    predicted = write_csv(tmp_path / "predicted.csv", [A06_KILLED, A09_VAGUE])
    assert main(["score", str(gold), str(predicted), "--articles", "a06, c05", "--show"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2].startswith("MISSED   c05 casualties low=150000 high=190000 | British intelligence")
    assert out[-1] == "F1 0.667 P 1.000 R 0.500 (1/2/1)"


def test_cli_missing_column_exits_2_naming_file_and_column(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_csv(tmp_path / "gold.csv", [A06_KILLED])
    predicted = write_csv(tmp_path / "predicted.csv", [A06_KILLED], tuple(c for c in COLUMNS if c != "metric"))
    assert main(["score", str(gold), str(predicted)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"error: {predicted}: missing required column metric ")
    assert "Traceback" not in captured.err


def test_a_non_numeric_value_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "predicted.csv", [A06_DEPLOYED, changed(A06_KILLED, value="about 500")])
    with pytest.raises(ClaimsFileError, match=r"predicted\.csv, line 3 \(article 'a06'\): value 'about 500' is not a number"):
        read_claims_csv(path)


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ClaimsFileError, match=r"gold\.csv: no such file"):
        read_claims_csv(tmp_path / "gold.csv")
