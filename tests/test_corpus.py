"""Streaming extraction of a corpus (`warclaims.corpus.extract_corpus`): every way of running it
(one process, a process pool, a Dask cluster; CSV or Parquet; any batch size) gives the same
table in the same order, every claim names its file and row, and problems are written by file
and row while the rest of the corpus goes on.

The corpus is the project's own seed articles, so the tests need nothing outside the clone.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from warclaims.corpus import CORPUS_COLUMNS, count_articles, extract_corpus, read_extracted

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seed articles as files, and the same five again as rows of a JSONL corpus file."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in SEEDS:
        shutil.copy(path, folder / path.name)
    with (folder / "export.jsonl").open("w", encoding="utf-8") as stream:
        for path in SEEDS:
            stream.write(json.dumps({"id": f"row-{path.stem}", "text": path.read_text(encoding="utf-8")}) + "\n")
    return folder


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("serial") / "claims.parquet"
    extract_corpus(corpus, out, workers=1, progress=False)
    return read_extracted(out)


def test_the_table_has_the_claims_columns_then_path_and_row(serial: pd.DataFrame) -> None:
    assert tuple(serial.columns) == CORPUS_COLUMNS


def test_every_claim_points_at_its_characters_in_its_file(serial: pd.DataFrame) -> None:
    files = serial[serial["row"].isna()]
    assert len(files) > 10
    for claim in files.itertuples():
        text = Path(claim.path).read_text(encoding="utf-8")
        assert text[claim.start:claim.end] == claim.number_text
        assert text[claim.quote_start:].startswith(claim.quote)


def test_a_corpus_row_keeps_its_file_and_line(serial: pd.DataFrame, corpus: Path) -> None:
    rows = serial[serial["row"].notna()]
    assert set(rows["path"]) == {str(corpus / "export.jsonl")}
    assert sorted(set(rows["row"])) == [1, 2, 3, 4, 5]
    assert set(rows["article_id"]) == {f"row-{path.stem}" for path in SEEDS}


def test_an_article_as_a_file_and_as_a_corpus_row_gives_the_same_claims(serial: pd.DataFrame) -> None:
    same = ["metric", "qualifier", "value", "low", "high", "subject", "claimant", "period", "quote", "start"]
    as_file = serial[serial["row"].isna()][same].reset_index(drop=True)
    as_row = serial[serial["row"].notna()][same].reset_index(drop=True)
    pd.testing.assert_frame_equal(as_file, as_row)


def test_a_process_pool_gives_the_serial_table_in_the_same_order(corpus: Path, tmp_path: Path,
                                                                   serial: pd.DataFrame) -> None:
    out = tmp_path / "claims.parquet"
    extract_corpus(corpus, out, workers=2, batch_size=2, progress=False)
    pd.testing.assert_frame_equal(read_extracted(out), serial)


def test_batch_size_does_not_change_the_table(corpus: Path, tmp_path: Path, serial: pd.DataFrame) -> None:
    out = tmp_path / "claims.parquet"
    extract_corpus(corpus, out, workers=1, batch_size=1, progress=False)
    pd.testing.assert_frame_equal(read_extracted(out), serial)


def test_csv_output_holds_the_same_table_as_parquet(corpus: Path, tmp_path: Path, serial: pd.DataFrame) -> None:
    out = tmp_path / "claims.csv"
    run = extract_corpus(corpus, out, workers=1, progress=False)
    assert run.claims == len(serial)
    pd.testing.assert_frame_equal(read_extracted(out), serial)


def test_a_bad_corpus_row_is_reported_by_file_and_row_and_the_rest_goes_on(corpus: Path, tmp_path: Path,
                                                                           serial: pd.DataFrame) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(corpus, folder)
    lines = (folder / "export.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"text": "Russia said 300 soldiers were killed", ')   # cut off mid-object: line 3
    (folder / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = extract_corpus(folder, tmp_path / "claims.parquet", workers=1, progress=False)
    problems = pd.read_csv(run.problems_file, dtype=str, keep_default_na=False)
    bad = problems[problems["file"].str.endswith("export.jsonl") & (problems["row"] == "3")]
    assert len(bad) == 1, problems
    assert run.claims == len(serial)


def test_problems_go_to_a_csv_beside_the_output(corpus: Path, tmp_path: Path) -> None:
    run = extract_corpus(corpus, tmp_path / "claims.parquet", workers=1, progress=False)
    assert run.problems_file == tmp_path / "claims_problems.csv"
    problems = pd.read_csv(run.problems_file, dtype=str, keep_default_na=False)
    assert list(problems.columns) == ["file", "row", "kind", "message"]
    assert run.problems == len(problems)


def test_a_manifest_row_wins_over_the_text(corpus: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "articles.csv"
    first = SEEDS[0].stem
    manifest.write_text(f"article_id,outlet,wire,published,url,note\n{first},The Test Gazette,,,,\n", encoding="utf-8")
    out = tmp_path / "claims.parquet"
    extract_corpus(corpus, out, workers=1, manifest=manifest, progress=False)
    table = read_extracted(out)
    assert set(table.loc[table["article_id"] == first, "outlet"]) == {"The Test Gazette"}


def test_no_progress_bar_unless_asked(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extract_corpus(corpus, tmp_path / "claims.parquet", workers=1)
    assert capsys.readouterr().err == ""


def test_the_progress_bar_shows_the_rate_in_articles(corpus: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    extract_corpus(corpus, tmp_path / "claims.parquet", workers=1, progress=True)
    assert "articles/s" in capsys.readouterr().err


def test_an_output_name_without_suffix_becomes_parquet(corpus: Path, tmp_path: Path) -> None:
    run = extract_corpus(corpus, tmp_path / "claims", workers=1, progress=False)
    assert run.out == tmp_path / "claims.parquet"
    assert len(pd.read_parquet(run.out)) == run.claims


def test_a_dask_cluster_gives_the_serial_table(corpus: Path, tmp_path: Path, serial: pd.DataFrame) -> None:
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        run = extract_corpus(corpus, tmp_path / "dataset", client=client, partition_size=3, progress=False)
    parts = sorted((tmp_path / "dataset").glob("part-*.parquet"))
    assert run.parts == len(parts) == 4
    pd.testing.assert_frame_equal(read_extracted(tmp_path / "dataset"), serial)


def test_in_a_notebook_the_progress_bar_is_a_widget(corpus: Path, tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from warclaims.corpus import extract_corpus\n"
            f"extract_corpus({str(corpus)!r}, {str(tmp_path / 'claims.parquet')!r}, workers=1)")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    kinds = {kind for output in notebook.cells[0].outputs for kind in output.get("data", {})}
    assert "application/vnd.jupyter.widget-view+json" in kinds


def test_the_command_line_runs_on_a_cluster_given_its_address(corpus: Path, tmp_path: Path,
                                                              serial: pd.DataFrame) -> None:
    distributed = pytest.importorskip("dask.distributed")
    from warclaims.cli import main

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        status = main(["extract", str(corpus), "-o", str(tmp_path / "dataset"),
                       "--scheduler", cluster.scheduler_address, "--quiet"])
    assert status == 0
    pd.testing.assert_frame_equal(read_extracted(tmp_path / "dataset"), serial)


def test_the_progress_bar_counts_the_rows_of_corpus_files(corpus: Path) -> None:
    assert count_articles(corpus) == 2 * len(SEEDS)


def test_an_article_the_extractor_fails_on_is_reported_and_the_rest_goes_on(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warclaims.corpus

    real = warclaims.corpus.article_claims
    failing = SEEDS[1].stem

    def fails_on_one(article: dict[str, object]) -> list[dict[str, object]]:
        if article["article_id"] == failing:
            raise ValueError("a rule met text it did not expect")
        return real(article)

    monkeypatch.setattr(warclaims.corpus, "article_claims", fails_on_one)
    run = extract_corpus(corpus, tmp_path / "claims.parquet", workers=1, progress=False)
    problems = pd.read_csv(run.problems_file, dtype=str, keep_default_na=False)
    failed = problems[problems["kind"] == "extractor error"]
    assert list(failed["file"]) == [str(corpus / SEEDS[1].name)]
    assert "ValueError" in failed["message"].iloc[0]
    assert set(read_extracted(run.out)["article_id"]) >= {SEEDS[0].stem, SEEDS[2].stem}


def test_a_dask_worker_with_several_threads_loses_no_problem(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    undated = next(path for path in SEEDS if path.name.startswith("004"))   # no date in its text
    folder = tmp_path / "undated"
    folder.mkdir()
    for number in range(200):
        shutil.copy(undated, folder / f"{number:03d}_{undated.name}")
    serial_run = extract_corpus(folder, tmp_path / "serial.parquet", workers=1, progress=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=4, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        run = extract_corpus(folder, tmp_path / "dataset", client=client, partition_size=1, progress=False)
    expected = pd.read_csv(serial_run.problems_file, dtype=str, keep_default_na=False)
    found = pd.read_csv(run.problems_file, dtype=str, keep_default_na=False)
    assert len(expected) == 200
    pd.testing.assert_frame_equal(found, expected)


def test_a_folder_without_articles_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    run = extract_corpus(tmp_path / "empty", tmp_path / "claims.parquet", workers=1, progress=False)
    problems = pd.read_csv(run.problems_file, dtype=str, keep_default_na=False)
    assert (run.articles, list(problems["kind"])) == (0, ["no articles"])
    assert len(read_extracted(run.out)) == 0
