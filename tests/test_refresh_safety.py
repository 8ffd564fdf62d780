"""A refresh is safe to stop and cheap to repeat.

- Stopped at any write (in-process, by making the N-th rename raise KeyboardInterrupt) or
  killed with SIGKILL (a real `helpers.py refresh --no-notebooks` process), a refresh leaves
  every output either as it was or complete, the hand-kept files as they were (the manifest
  may only have gained the new article's row at its end) and, when interrupted, no temporary
  files behind.
- The cache re-reads only what changed: an added or edited article, nothing for a deleted one,
  everything when the extractor changes.

All of it runs in temporary copies of the project, never in the project itself.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import warclaims.cache
import warclaims.pipeline
from warclaims.articles import MANIFEST_COLUMNS
from warclaims.files import append_csv_rows
from warclaims.pipeline import build_tables, read_corpus
from warclaims.review import record_review

ROOT = Path(__file__).resolve().parent.parent
PROJECT_FILES = ("helpers.py", "warclaims", "notebooks", "seeds", "data/articles.csv")
HAND_KEPT = ("data/articles.csv", "data/review.csv")
NEW_ARTICLE = "900_new_article"
EDITED_ARTICLE = "004_2a837432b18d5e63"
#: A sentence with a claim, appended to the edited article.
EDIT = "\n\nSouth Korea's spy agency said about 4,700 North Korean soldiers had been wounded.\n"


# --- project copies ---------------------------------------------------------------------------

def copy_project(target: Path) -> Path:
    """The project's source files and hand-kept manifest, plus a review file with one real
    decision (accepting the first claim the extractor finds in seeds/)."""
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    corpus = read_corpus(target / "seeds", target / "data" / "articles.csv", target)
    first = corpus.claims()["claim_id"].iloc[0]
    record_review(target / "data" / "review.csv", "accept", reviewer="test", claim_id=first,
                  reviewed_on="2025-09-10")
    return target


def run_refresh(project: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "helpers.py", "refresh", "--no-notebooks"],
                            cwd=project, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def snapshot(project: Path) -> dict[str, bytes]:
    """Every file under data/ and figures/ (data/cache/ excluded), by relative path."""
    files = {}
    for folder in ("data", "figures"):
        for path in sorted((project / folder).rglob("*")):
            relative = path.relative_to(project).as_posix()
            if path.is_file() and not relative.startswith("data/cache/"):
                files[relative] = path.read_bytes()
    return files


def temporary_files(project: Path) -> list[str]:
    return sorted(p.relative_to(project).as_posix() for folder in ("data", "figures", "seeds")
                  for p in (project / folder).rglob("*") if p.name.endswith(".tmp"))


def change_articles(project: Path) -> None:
    """Add one article (a seed's text under a new name) and change another."""
    seeds = project / "seeds"
    shutil.copy(seeds / "001_6029dff90c6fc784.txt", seeds / f"{NEW_ARTICLE}.txt")
    with (seeds / f"{EDITED_ARTICLE}.txt").open("a", encoding="utf-8") as stream:
        stream.write(EDIT)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def check_hand_kept(before: dict[str, bytes], after: dict[str, bytes], complete: dict[str, bytes]) -> None:
    """review.csv unchanged; articles.csv as before or with exactly the new article's row added."""
    assert after["data/review.csv"] == before["data/review.csv"]
    old, new, full = before["data/articles.csv"], after["data/articles.csv"], complete["data/articles.csv"]
    assert full.startswith(old) and full[len(old):].count(b"\n") == 1
    assert full[len(old):].startswith(NEW_ARTICLE.encode() + b",")
    assert new in (old, full), "the manifest was rewritten, not appended to"


def check_whole(before: dict[str, bytes], after: dict[str, bytes], complete: dict[str, bytes]) -> None:
    """Every output is either its old bytes or its complete new bytes, never anything else."""
    assert set(after) <= set(before) | set(complete), set(after) - set(before) - set(complete)
    for name, data in after.items():
        choices = {before.get(name), complete.get(name)} - {None}
        assert data in choices, f"{name} is neither the old nor the new file ({digest(data)})"


# --- interrupted in-process -------------------------------------------------------------------

@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """A project copy after one `helpers.py refresh --no-notebooks`, and its files."""
    project = copy_project(tmp_path_factory.mktemp("refreshed"))
    run_refresh(project)
    return project, snapshot(project)


@pytest.fixture(scope="module")
def complete_refresh(refreshed, tmp_path_factory) -> dict[str, bytes]:
    """The files after the second refresh (one article added, one changed) ran to the end."""
    project = tmp_path_factory.mktemp("complete") / "project"
    shutil.copytree(refreshed[0], project)
    change_articles(project)
    build_tables(project)
    return snapshot(project)


def renames_in(project: Path, monkeypatch: pytest.MonkeyPatch, stop_at: int | None) -> list[str]:
    """Count (and log) every os.replace into `project`; the `stop_at`-th raises KeyboardInterrupt
    instead of renaming, as Ctrl-C would between writing a temporary file and renaming it."""
    done: list[str] = []
    real = os.replace

    def replace(source, target, *args, **kwargs):
        if stop_at is not None and len(done) + 1 == stop_at:
            raise KeyboardInterrupt(f"stopped before rename {stop_at}: {target}")
        real(source, target, *args, **kwargs)
        done.append(Path(target).relative_to(project).as_posix())

    monkeypatch.setattr(os, "replace", replace)
    return done


def test_second_refresh_writes_what_a_first_one_would(refreshed, complete_refresh):
    """Sanity of the set-up: the changes show up, the review still applies, nothing orphaned."""
    claims = pd.read_csv(io.BytesIO(complete_refresh["data/claims.csv"]), dtype=str)
    assert NEW_ARTICLE in set(claims["article_id"])
    assert "4,700" in set(claims["number_text"])
    reviewed = pd.read_csv(io.BytesIO(complete_refresh["data/claims_reviewed.csv"]), dtype=str)
    assert (reviewed["review_status"] == "accepted").sum() == 1
    assert complete_refresh["data/claims.csv"] != refreshed[1]["data/claims.csv"]


def test_refresh_stopped_at_any_write_leaves_whole_files(refreshed, complete_refresh, tmp_path, monkeypatch):
    """Stop the second refresh before each of its renames in turn (cache entries, the manifest
    row, every table): each time, every file is old or complete, the files not yet written are
    untouched, no temporary file is left, and a refresh afterwards completes the job."""
    source, before = refreshed
    with monkeypatch.context() as counting:
        probe = tmp_path / "probe"
        shutil.copytree(source, probe)
        change_articles(probe)
        all_renames = renames_in(probe, counting, stop_at=None)
        build_tables(probe)
    tables = [name for name in all_renames if not name.startswith("data/cache/")]
    assert tables[0] == "data/articles.csv" and tables[-1] == "data/problems.csv", all_renames
    assert len(all_renames) > len(tables), "the cache entries are renamed into place too"
    for stop_at in range(1, len(all_renames) + 1):
        project = tmp_path / f"stop{stop_at}"
        shutil.copytree(source, project)
        change_articles(project)
        with monkeypatch.context() as patch:
            done = renames_in(project, patch, stop_at)
            with pytest.raises(KeyboardInterrupt):
                build_tables(project)
        after = snapshot(project)
        assert done == all_renames[:stop_at - 1]
        assert temporary_files(project) == [], stop_at
        check_hand_kept(before, after, complete_refresh)
        check_whole(before, after, complete_refresh)
        for name in set(after) - {"data/review.csv"}:
            expected = complete_refresh[name] if name in done else before[name]
            assert after[name] == expected, f"stopped at rename {stop_at}: {name}"
        build_tables(project)   # and the next refresh finishes the job
        assert snapshot(project) == complete_refresh, stop_at


# --- killed for real -------------------------------------------------------------------------

@pytest.mark.slow
def test_refresh_killed_with_sigkill_leaves_parsable_tables(tmp_path):
    """`helpers.py refresh --no-notebooks` on 600 articles, killed with SIGKILL at spread-out
    moments of its run: after every kill each CSV under data/ parses whole, each output is its
    old or its final bytes, and the hand-kept files are unchanged (the manifest at most gained
    the new article's row)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from refresh_incremental import make_articles
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    project = copy_project(tmp_path / "project")
    made = make_articles(project / "seeds", 595)
    # Manifest rows for them up front, so the first refresh reads each article once, not twice.
    append_csv_rows(project / "data" / "articles.csv", MANIFEST_COLUMNS,
                    [[path.stem, "", "", "", "", ""] for path in made])
    run_refresh(project)
    change_articles(project)
    initial = snapshot(project)   # the manifest as it was before any of the attempts
    rehearsal = Path(shutil.copytree(project, tmp_path / "rehearsal"))
    started = time.perf_counter()
    run_refresh(rehearsal)        # how long one refresh of these changes takes
    duration = time.perf_counter() - started
    states, kills = [], 0
    for fraction in (0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 1.5):
        before = snapshot(project)
        process = subprocess.Popen([sys.executable, "helpers.py", "refresh", "--no-notebooks"],
                                   cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(fraction * duration)
        if process.poll() is not None:   # finished before the kill: the job is done
            assert process.returncode == 0
            break
        process.send_signal(signal.SIGKILL)
        assert process.wait() == -signal.SIGKILL
        kills += 1
        states.append((round(fraction * duration, 2), before, snapshot(project)))
    else:                         # every kill landed: let one refresh finish the job
        run_refresh(project)
    assert kills >= 1, "no kill landed while the refresh was running"
    print(f"{kills} kills landed, at {[state[0] for state in states]} s")
    final = snapshot(project)
    for delay, before, after in states:
        for name in after:
            if name.endswith(".csv"):
                text = after[name].decode("utf-8")
                rows = list(csv.reader(io.StringIO(text)))
                assert rows and all(len(r) == len(rows[0]) for r in rows), f"{name} after {delay} s"
                assert text.endswith("\n"), f"{name} cut short after {delay} s"
                pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        check_hand_kept(initial, after, final)
        check_whole(before, after, final)


# --- what a refresh re-reads -------------------------------------------------------------------

@pytest.fixture()
def project(refreshed, tmp_path) -> Path:
    target = tmp_path / "project"
    shutil.copytree(refreshed[0], target)
    return target


@pytest.fixture()
def reads(monkeypatch) -> list[str]:
    """The article ids the pipeline reads from their files (not from the cache)."""
    seen: list[str] = []
    real = warclaims.pipeline.read_source

    def read_source(source, manual=None):
        seen.append(source.article_id)
        return real(source, manual)

    monkeypatch.setattr(warclaims.pipeline, "read_source", read_source)
    return seen


def claims_of(project: Path) -> pd.DataFrame:
    return pd.read_csv(project / "data" / "claims.csv", dtype=str, keep_default_na=False)


def test_nothing_changed_reads_nothing(project, reads):
    before = snapshot(project)
    tables = build_tables(project)
    assert (tables["reread"], tables["from_cache"], reads) == (0, 5, [])
    assert snapshot(project) == before


def test_added_article_is_the_only_one_read(project, reads):
    shutil.copy(project / "seeds" / "001_6029dff90c6fc784.txt", project / "seeds" / f"{NEW_ARTICLE}.txt")
    old = claims_of(project)
    tables = build_tables(project)
    assert (tables["reread"], tables["from_cache"]) == (1, 5)
    assert set(reads) == {NEW_ARTICLE}   # read again once its manifest row was added
    assert tables["manifest_rows_added"] == [NEW_ARTICLE]
    new = claims_of(project)
    assert (new["article_id"] == NEW_ARTICLE).sum() == (old["article_id"] == "001_6029dff90c6fc784").sum()
    pd.testing.assert_frame_equal(new[new["article_id"] != NEW_ARTICLE].reset_index(drop=True), old)


def test_edited_article_is_the_only_one_read(project, reads):
    old = claims_of(project)
    with (project / "seeds" / f"{EDITED_ARTICLE}.txt").open("a", encoding="utf-8") as stream:
        stream.write(EDIT)
    tables = build_tables(project)
    assert (tables["reread"], tables["from_cache"], reads) == (1, 4, [EDITED_ARTICLE])
    new = claims_of(project)
    assert "4,700" in set(new.loc[new["article_id"] == EDITED_ARTICLE, "number_text"])
    others = lambda t: t[t["article_id"] != EDITED_ARTICLE].reset_index(drop=True)  # noqa: E731
    pd.testing.assert_frame_equal(others(new), others(old))


def test_deleted_article_drops_its_claims(project, reads):
    old = claims_of(project)
    gone = "002_3f52c08f8a7c2341"
    assert (old["article_id"] == gone).any()
    (project / "seeds" / f"{gone}.txt").unlink()
    manifest = (project / "data" / "articles.csv").read_bytes()
    tables = build_tables(project)
    assert (tables["reread"], tables["from_cache"], reads) == (0, 4, [])
    new = claims_of(project)
    pd.testing.assert_frame_equal(new, old[old["article_id"] != gone].reset_index(drop=True))
    assert (project / "data" / "articles.csv").read_bytes() == manifest   # hand-kept row stays


def test_new_extractor_version_rereads_everything(project, reads, monkeypatch):
    before = snapshot(project)
    with monkeypatch.context() as patch:
        patch.setattr(warclaims.cache, "extractor_version", lambda: "another-version")
        tables = build_tables(project)
    assert (tables["reread"], tables["from_cache"]) == (5, 0)
    assert sorted(reads) == sorted(p.stem for p in (project / "seeds").glob("*.txt"))
    assert snapshot(project) == before   # same extractor code, so the same tables
    reads.clear()
    warclaims.cache.extractor_version.cache_clear()   # the real one, recomputed from source
    tables = build_tables(project)
    assert (tables["reread"], tables["from_cache"], reads) == (0, 5, [])
