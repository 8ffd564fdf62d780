"""The one-command rebuild and the command-line extractor, run as a user runs them.

`python helpers.py refresh` runs in a temporary copy of the project's own files (no derived
data, no figures), so the test proves that the sources alone rebuild every table and figure.
The copy is made and refreshed once per module: refresh executes every notebook.
"""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest

from warclaims.corpus import CORPUS_COLUMNS
from warclaims.schema import CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
#: What a user's clone holds that refresh reads; everything else is rebuilt.
PROJECT_FILES = ("helpers.py", "warclaims", "notebooks", "seeds", "data/articles.csv")
FIGURE_FORMATS = (".png", ".svg", ".pdf", ".csv")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
REFRESH_TIMEOUT = 900  # seconds; refresh executes every notebook


def run_helpers(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python helpers.py ARGS` with this interpreter, in `cwd`."""
    return subprocess.run(
        [sys.executable, "helpers.py", *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False,
    )


def copy_project(target: Path) -> Path:
    """Copy the project's source files (not derived data, figures or caches) into `target`."""
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        elif source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def derived_files(project: Path) -> dict[str, bytes]:
    """The bytes of every file refresh writes: data/*.csv but the manifest, and figures/*."""
    paths = [p for p in sorted((project / "data").glob("*.csv")) if p.name != "articles.csv"]
    paths += sorted(p for p in (project / "figures").glob("*") if p.is_file())
    return {str(p.relative_to(project)): p.read_bytes() for p in paths}


def failure_report(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}"


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str], dict[str, bytes]]:
    """A project copy after one `helpers.py refresh`: (folder, result, derived files' bytes)."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run_helpers("refresh", cwd=project, timeout=REFRESH_TIMEOUT)
    return project, result, derived_files(project)


def exported_figures(project: Path) -> dict[str, set[str]]:
    """Exported figure name -> the set of its file suffixes in figures/."""
    names: dict[str, set[str]] = defaultdict(set)
    for path in (project / "figures").glob("*"):
        if path.is_file() and path.name not in ("stories.csv", "index.md"):   # the story index
            names[path.stem].add(path.suffix)
    return dict(names)


def notebook_source(path: Path) -> str:
    """All the code and markdown of a notebook, joined."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(cell["source"]) for cell in cells)


def check_readable(path: Path) -> None:
    """Fail unless the file is a readable file of the format its suffix names."""
    data = path.read_bytes()
    if path.suffix == ".png":
        import matplotlib.image

        assert data.startswith(PNG_SIGNATURE), f"{path.name}: not a PNG"
        assert matplotlib.image.imread(path).size > 0, f"{path.name}: empty image"
    elif path.suffix == ".svg":
        root = ET.fromstring(data)
        assert root.tag.endswith("svg"), f"{path.name}: root element is {root.tag}"
    elif path.suffix == ".pdf":
        assert data.startswith(b"%PDF"), f"{path.name}: not a PDF"
    elif path.suffix == ".csv":
        assert len(pd.read_csv(path)) >= 1, f"{path.name}: no rows"


@pytest.mark.slow
def test_refresh_exits_cleanly(refreshed) -> None:
    project, result, _ = refreshed
    assert result.returncode == 0, failure_report(result)


@pytest.mark.slow
def test_refresh_writes_claims_table(refreshed) -> None:
    project, result, _ = refreshed
    claims = project / "data" / "claims.csv"
    assert claims.is_file(), failure_report(result)
    table = pd.read_csv(claims)
    assert tuple(table.columns) == CLAIM_COLUMNS
    assert len(table) >= 1


@pytest.mark.slow
def test_refresh_exports_every_figure_in_every_format(refreshed) -> None:
    project, result, _ = refreshed
    figures = exported_figures(project)
    assert figures, "refresh exported no figures\n" + failure_report(result)
    incomplete = {name: sorted(set(FIGURE_FORMATS) - found)
                  for name, found in figures.items() if set(FIGURE_FORMATS) - found}
    assert not incomplete, f"figures missing formats: {incomplete}"


@pytest.mark.slow
def test_every_notebook_exports_figures(refreshed) -> None:
    """Each notebook names (as a literal) at least one figure that refresh exported."""
    project, result, _ = refreshed
    figures = exported_figures(project)
    notebooks = sorted((project / "notebooks").glob("*.ipynb"))
    assert notebooks, "no notebooks in notebooks/"
    without = [nb.name for nb in notebooks
               if not any(name in notebook_source(nb) for name in figures)]
    assert not without, f"notebooks that exported no figure: {without}\n" + failure_report(result)


@pytest.mark.slow
def test_exported_figure_files_are_readable(refreshed) -> None:
    project, _, _ = refreshed
    files = sorted(p for p in (project / "figures").glob("*") if p.suffix in FIGURE_FORMATS)
    assert files, "no figure files"
    for path in files:
        check_readable(path)


@pytest.mark.slow
def test_refresh_twice_gives_identical_bytes(refreshed) -> None:
    project, first_result, first = refreshed
    assert first_result.returncode == 0, failure_report(first_result)
    second_result = run_helpers("refresh", cwd=project, timeout=REFRESH_TIMEOUT)
    assert second_result.returncode == 0, failure_report(second_result)
    second = derived_files(project)
    assert "data/claims.csv" in first
    assert sorted(second) == sorted(first), "the second refresh wrote a different set of files"
    changed = [name for name in first if first[name] != second[name]]
    assert not changed, f"files that changed on a re-run with nothing new: {changed}"


def test_cli_extract_writes_claims_csv(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run_helpers("extract", "seeds", "-o", str(out), cwd=ROOT)
    assert result.returncode == 0, failure_report(result)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CORPUS_COLUMNS
    assert len(rows) > 1, "the seed articles yielded no claims"


def test_cli_help_names_both_commands() -> None:
    result = run_helpers("--help", cwd=ROOT, timeout=60)
    assert result.returncode == 0, failure_report(result)
    assert "extract" in result.stdout
    assert "refresh" in result.stdout
