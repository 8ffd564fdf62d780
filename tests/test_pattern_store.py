"""`warclaims.pattern_store`: compiled patterns kept on disk between runs match as `re.compile`'s do."""
from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from warclaims import pattern_store
from warclaims.patterns import LazyPattern, lazy_compile, with_first_character_check

SENTENCE = ("Ukraine's military intelligence said about 1,000 North Korean soldiers had been killed in "
            "Russia's Kursk region.")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store in a folder of its own, as a new process would start with it."""
    monkeypatch.setenv("WARCLAIMS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pattern_store, "_programs", None)
    monkeypatch.setattr(pattern_store, "_new", {})
    return pattern_store.store_path()


def a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process compiled, as the next run of the command would start."""
    monkeypatch.setattr(pattern_store, "_programs", None)
    monkeypatch.setattr(pattern_store, "_new", {})


def test_the_next_run_takes_the_stored_program_instead_of_compiling(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = pattern_store.compile_pattern(r"(?P<count>\d[\d,]*)\s+North\s+Korean\s+(?:troops|soldiers)", re.I)
    pattern_store.save_new_programs()
    a_new_process(monkeypatch)
    again = pattern_store.compile_pattern(r"(?P<count>\d[\d,]*)\s+North\s+Korean\s+(?:troops|soldiers)", re.I)
    assert not pattern_store._new   # nothing compiled afresh, nothing to save
    assert again == first and again.search(SENTENCE).group("count") == "1,000"


def test_every_lazy_pattern_of_the_extractor_survives_the_store() -> None:
    import _sre

    import warclaims.extract  # noqa: F401 - defines the patterns

    lazy = [p for p in gc.get_objects() if isinstance(p, LazyPattern)]
    assert len(lazy) > 200
    for pattern in lazy:
        text, flags = with_first_character_check(pattern.pattern), int(pattern._flags)
        assert _sre.compile(*pattern_store._program(text, flags)) == re.compile(text, flags), text[:80]


def test_a_broken_store_file_is_ignored_and_replaced(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.parent.mkdir(parents=True)
    store.write_bytes(b"\x00not a store")
    assert pattern_store.compile_pattern(r"\bkilled\b").search(SENTENCE).group() == "killed"
    pattern_store.save_new_programs()
    a_new_process(monkeypatch)
    assert list(pattern_store._stored_programs()) == [(r"\bkilled\b", 0, "")]


def test_a_folder_that_cannot_be_written_costs_only_the_saving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("WARCLAIMS_CACHE_DIR", str(blocker / "cache"))
    a_new_process(monkeypatch)
    assert pattern_store.compile_pattern(r"\bwounded\b").search("12 wounded") is not None
    pattern_store.save_new_programs()   # no error
    assert not (blocker / "cache").exists()


def test_another_process_additions_are_kept_when_saving(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern_store.compile_pattern(r"\bmissing\b")
    pattern_store.save_new_programs()
    a_new_process(monkeypatch)
    monkeypatch.setattr(pattern_store, "_programs", {})   # this process read the store before the other wrote
    pattern_store.compile_pattern(r"\bcaptured\b")
    pattern_store.save_new_programs()
    a_new_process(monkeypatch)
    assert set(pattern_store._stored_programs()) == {(r"\bmissing\b", 0, ""), (r"\bcaptured\b", 0, "")}


def test_a_rewritten_pattern_is_neither_rewritten_nor_compiled_again(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = lazy_compile(r"\b(?:killed|wounded)\b", re.I).compiled()
    assert first.pattern == r"(?=[kw])(?:\b(?:killed|wounded)\b)"
    pattern_store.save_new_programs()
    a_new_process(monkeypatch)
    monkeypatch.setattr("warclaims.patterns.first_characters", lambda _: pytest.fail("rewritten again"))
    again = lazy_compile(r"\b(?:killed|wounded)\b", re.I).compiled()
    assert again == first and not pattern_store._new


def test_a_store_of_another_version_of_the_code_is_not_read_and_is_removed(store: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pattern_store.compile_pattern(r"\bwounded\b")
    pattern_store.save_new_programs()
    monkeypatch.setattr(pattern_store, "code_stamp", lambda: "a-later-one")   # the rules changed since
    a_new_process(monkeypatch)
    assert pattern_store._stored_programs() == {}
    pattern_store.compile_pattern(r"\bkilled\b")
    pattern_store.save_new_programs()
    assert sorted(path.name for path in store.parent.iterdir()) == [pattern_store.store_path().name]
