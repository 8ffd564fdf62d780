"""How figures changed as outlets passed them on: the tables of `warclaims.drift` and the chart
of `warclaims.drift_figures`, on the seeds' own provenance table (copied to
tests/fixtures/drift/, see its README) and on the 500 generated articles of
`test_figures_at_scale`, which the chart must stay readable at: no text overlaps another or
leaves the figure, and it fits a printed page."""
from __future__ import annotations

import functools
import hashlib
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from test_figures_at_scale import collisions, corpus, saved_size  # noqa: E402

from warclaims import report  # noqa: E402
from warclaims.drift import (  # noqa: E402
    CHANGE_KINDS, MAX_DRIFT_ROWS, drift_counts, drift_html, drift_line, drift_paths, drift_shown, drift_steps,
    drift_summary, step_changes,
)
from warclaims.drift_figures import KIND_STYLE, plot_drift  # noqa: E402
from warclaims.figures import MAX_HEIGHT, MAX_WIDTH, PALETTE, UNKNOWN_COLOUR, figure_texts  # noqa: E402
from warclaims.pipeline import read_provenance  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "drift"
ABOUT_11000, AROUND_600 = "acd57d97d8c3", "75d53993e5ad"   # the seeds' two paths (first claims' ids)


@functools.cache
def seeds() -> pd.DataFrame:
    return read_provenance(FIXTURES / "claims_provenance.csv")


def generated() -> pd.DataFrame:
    return corpus("generated")[1]


@functools.cache
def chart(name: str) -> plt.Figure:
    """The chart of one corpus, drawn once for every test that reads it."""
    fig = plot_drift(seeds() if name == "seeds" else generated())
    plt.close(fig)        # out of pyplot's list of open figures,
    FigureCanvasAgg(fig)  # and drawable still
    return fig


# --- the tables ------------------------------------------------------------------------------------

def test_each_seed_path_starts_at_its_first_appearance_and_lists_every_later_article() -> None:
    steps = drift_steps(seeds())
    assert list(zip(steps["path"], steps["step"], steps["date"], steps["outlet"], steps["figure"])) == [
        (ABOUT_11000, "first seen", "2025-04-28", "MIA", "about 11,000"),
        (ABOUT_11000, "carried", "2025-08-15", "The Moscow Times", "more than 10,000"),
        (ABOUT_11000, "carried", "2025-09-03", "TRT World", "more than 10,000"),
        (AROUND_600, "first seen", "2025-08-15", "The Moscow Times", "about 600"),
        (AROUND_600, "carried", "2025-09-03", "TRT World", "about 600"),
    ]
    later = steps[steps["step"] == "carried"]
    assert list(later["changes"]) == ["hedge changed; attribution moved; rounded"] * 2 + ["kept"]
    assert later["detail"].iloc[0] == (
        "hedge changed (about → more than); attribution moved (National Intelligence Service (South Korea) "
        "→ South Korean and Western intelligence); rounded (11,000 → 10,000)")
    assert later["detail"].iloc[2] == ""


def test_every_change_is_one_of_data_drift_csv() -> None:
    """The carryings that changed something are exactly the rows the refresh wrote to data/drift.csv."""
    steps = drift_steps(seeds())
    changed = steps[(steps["step"] == "carried") & (steps["changes"] != "kept")]
    written = pd.read_csv(FIXTURES / "drift.csv", dtype="string", keep_default_na=False)
    assert sorted(changed["claim_id"]) == sorted(written["claim_id"])
    assert sorted(changed["path"]) == sorted(written["origin_claim_id"])


def test_counts_and_the_reports_line() -> None:
    counts = drift_counts(seeds())
    assert counts == {"paths": 2, "carryings": 3, "kept": 1, "changed": 2, "hedge dropped": 0,
                      "hedge changed": 2, "hedge added": 0, "attribution moved": 2, "attribution dropped": 0,
                      "attribution added": 0, "rounded": 2}
    assert drift_line(seeds()) == (
        "Later articles carried 2 figures 3 times: 1 as first seen, 2 changed (hedge dropped 0, hedge changed 2, "
        "hedge added 0, attribution moved 2, attribution dropped 0, attribution added 0, rounded 2).")
    assert drift_line(seeds().iloc[0:0]) == "No figure was carried by a later article."


def test_paths_count_later_articles_and_changes() -> None:
    paths = drift_paths(drift_steps(seeds())).set_index("path")
    assert paths.loc[ABOUT_11000, ["carried", "changed", "rounded", "hedge changed"]].tolist() == [2, 2, 2, 2]
    assert paths.loc[ABOUT_11000, "carried_by"] == "The Moscow Times, TRT World"
    assert paths.loc[AROUND_600, ["carried", "changed", "claimant", "first_date"]].tolist() == [
        1, 0, "Seoul", "2025-08-15"]


def test_step_changes_are_listed_in_the_legends_order() -> None:
    assert step_changes("changed", "moved", True) == ["hedge changed", "attribution moved", "rounded"]
    assert step_changes("kept", "unsourced", False) == []   # own voice carried as own voice: no change
    assert step_changes("dropped", "dropped", pd.NA) == ["hedge dropped", "attribution dropped"]


def test_the_table_gives_each_first_appearance_then_each_change_with_the_sentence() -> None:
    table = drift_summary(seeds())
    assert list(table["step"]) == ["first seen", "carried", "carried", "first seen"]
    assert table["what changed"].iloc[0] == "carried by 2 later articles; 2 changed it (below)"
    assert table["what changed"].iloc[3] == "carried by 1 later article; 1 as first seen (TRT World 2025-09-03)"
    assert "about <mark>11,000</mark> soldiers" in table["quote"].iloc[0]
    assert "more than <mark>10,000</mark> soldiers" in table["quote"].iloc[1]
    assert table.attrs["note"] == ""
    page = drift_html(seeds())
    assert "South Korea&#x27;s intelligence agency" in page.html and "<mark>600</mark>" in page.html
    assert repr(page) == "drift along 2 of 2 figure paths (4 rows)"


def test_at_scale_the_table_is_bounded_and_says_where_the_rest_is() -> None:
    paths = drift_paths(drift_steps(generated()))
    assert len(paths) > MAX_DRIFT_ROWS
    table = drift_summary(generated())
    assert table["path"].nunique() == MAX_DRIFT_ROWS
    assert table.attrs["note"].startswith(f"{MAX_DRIFT_ROWS} of {len(paths)} paths shown")
    assert "listed in data/drift.csv and figures/drift.csv" in table.attrs["note"]
    per_path = table[table["step"] == "carried"].groupby("path").size()
    assert per_path.max() <= 5
    assert table["what changed"].str.contains("more changed carryings: see data/drift.csv").any()
    shown = drift_shown(paths)
    assert shown["carried"].min() >= paths["carried"].sort_values(ascending=False).iloc[MAX_DRIFT_ROWS - 1]


def test_the_report_gives_the_counts_and_every_path_folded_when_long() -> None:
    short = report._drift(seeds())
    assert f"<p>{drift_line(seeds())} " in short
    assert short.count("<tr>") == 1 + 4 and "<details>" not in short
    assert "more than <mark>10,000</mark>" in short
    long = report._drift(generated())
    paths = drift_paths(drift_steps(generated()))
    assert f"<details><summary>{len(paths)} figure paths: first appearances and " in long
    assert long.count("<tr>") > 1 + MAX_DRIFT_ROWS   # every path, not only those a chart shows


# --- the chart ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["seeds", "generated"])
def test_no_text_overlaps_or_leaves_the_chart_and_it_fits_a_page(name: str) -> None:
    fig = chart(name)
    assert collisions(fig) == []
    width, height = saved_size(fig)
    assert height <= MAX_HEIGHT and width <= MAX_WIDTH


def test_the_seed_chart_draws_one_row_per_path_and_a_mark_per_change() -> None:
    fig = chart("seeds")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "North Korean deployed · about 11,000\nSouth Korea's intelligence agency · MIA\n"
        "then: The Moscow Times, TRT World",
        "North Korean killed · about 600\nSeoul · The Moscow Times\nthen: TRT World"]
    marks = [(line.get_marker(), mcolors.to_hex(line.get_color())) for line in ax.get_lines()
             if line.get_marker() != "None"]
    style = {kind: (marker, colour) for kind, (_, marker, colour, _) in KIND_STYLE.items()}
    for kind in ("hedge changed", "attribution moved", "rounded"):
        assert marks.count(style[kind]) == 2, kind
    assert marks.count(("o", UNKNOWN_COLOUR)) == 1        # the 600 carried as first seen
    assert sum(1 for m, _ in marks if m == "*") == 2       # two first appearances
    texts = figure_texts(fig)
    assert "2 (2)" in texts and "1 (0)" in texts
    assert "changed (“about” → “more than”)" in texts and "dropped (“about 600” → “600”)" not in texts
    # The source line names the articles drawn, and each of its outlets is named in a row.
    assert ("Source: claims extracted from 3 articles (outlets: MIA, The Moscow Times, TRT World); "
            "newest article 2025-09-03.") in texts


def test_at_scale_the_chart_shows_the_paths_carried_most_and_says_where_the_rest_are() -> None:
    fig = chart("generated")
    ax = fig.axes[0]
    paths = drift_paths(drift_steps(generated()))
    assert len(ax.get_yticklabels()) == MAX_DRIFT_ROWS < len(paths)
    note = ax.get_title(loc="left").replace("\n", " ")
    assert f"{MAX_DRIFT_ROWS} of {len(paths)} paths shown" in note
    assert "listed in the CSV saved beside this chart" in note
    assert fig.get_size_inches()[1] <= MAX_HEIGHT


def test_every_kind_of_change_has_its_own_colour_blind_safe_mark() -> None:
    assert set(KIND_STYLE) == set(CHANGE_KINDS.values())
    glyphs = {(lane, marker, colour) for lane, marker, colour, _ in KIND_STYLE.values()}
    assert len(glyphs) == len(KIND_STYLE)
    assert {colour for _, _, colour, _ in KIND_STYLE.values()} <= set(PALETTE)
    for aspect in ("hedge", "attribution"):   # within one lane, colour tells the kinds apart
        colours = [c for k, (_, _, c, _) in KIND_STYLE.items() if k.startswith(aspect)]
        assert len(set(colours)) == len(colours)


def test_an_empty_table_draws_an_empty_chart() -> None:
    fig = plot_drift(seeds().iloc[0:0])
    assert "no figure was carried by a later article" in figure_texts(fig)
    assert collisions(fig) == []


SAVE_SCRIPT = """
import sys
sys.path.insert(0, {root!r})
import matplotlib
matplotlib.use("Agg")
from pathlib import Path
from warclaims.drift import drift_steps
from warclaims.drift_figures import plot_drift
from warclaims.figures import save_figure
from warclaims.pipeline import read_provenance
provenance = read_provenance(Path({fixture!r}))
save_figure(plot_drift(provenance), "drift", drift_steps(provenance), folder=sys.argv[1])
"""


def test_the_export_has_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    script = SAVE_SCRIPT.format(root=str(ROOT), fixture=str(FIXTURES / "claims_provenance.csv"))
    digests = []
    for run in ("first", "second"):
        subprocess.run([sys.executable, "-c", script, str(tmp_path / run)], check=True, capture_output=True,
                       timeout=120)
        files = sorted((tmp_path / run).iterdir())
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files})
    assert sorted(digests[0]) == ["drift.csv", "drift.pdf", "drift.png", "drift.svg"]
    assert digests[0] == digests[1]
    csv = (tmp_path / "first" / "drift.csv").read_text(encoding="utf-8").splitlines()
    assert csv[0].startswith("subject,metric,path_first_seen,path,date,step,")
    assert len(csv) == 1 + len(drift_steps(seeds()))
