"""How many processes `extract_corpus` starts: a pool only when there are two batches or more,
as starting workers takes longer than extracting one batch (a single article, say)."""
from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from pathlib import Path

import pytest

from warclaims.corpus import extract_corpus

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


class RecordingPool:
    """A stand-in for ProcessPoolExecutor that runs each batch here and records that it was started."""

    started: list[int] = []

    def __init__(self, max_workers: int) -> None:
        RecordingPool.started.append(max_workers)

    def submit(self, function: Callable[..., object], *args: object) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        future.set_result(function(*args))
        return future

    def shutdown(self, cancel_futures: bool = False) -> None:
        pass


@pytest.fixture
def pool(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    RecordingPool.started = []
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", RecordingPool)
    return RecordingPool.started


@pytest.mark.filterwarnings("ignore::warclaims.articles.ArticleWarning")
def test_one_batch_starts_no_pool(pool: list[int], tmp_path: Path) -> None:
    run = extract_corpus(SEEDS[0], tmp_path / "claims.csv", workers=2, progress=False)
    assert run.claims > 0 and pool == []


@pytest.mark.filterwarnings("ignore::warclaims.articles.ArticleWarning")
def test_two_batches_start_the_pool_asked_for(pool: list[int], tmp_path: Path) -> None:
    run = extract_corpus(SEEDS[:2], tmp_path / "claims.csv", workers=2, batch_size=1, progress=False)
    assert run.articles == 2 and pool == [2]
