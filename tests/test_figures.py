"""warclaims.figures: colours, byte-stable exports, and what every chart must say."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from claim_rows import (  # noqa: E402
    aa_killed, aa_thousands, mia_another, mia_casualties, mia_sent, table, trt_killed, trt_sent,
)
from warclaims.analysis import (  # noqa: E402
    casualty_series, counts_by_metric_and_outlet, discrepancies, figure_data, troop_series,
)
from warclaims.figures import (  # noqa: E402
    add_source_line, figure_texts, outlet_colours, plot_casualties, plot_claim_counts, plot_echo,
    plot_outlet_claimant_matrix, plot_troops, save_figure,
)

ROOT = Path(__file__).resolve().parent.parent
SOURCE_START = "Source: claims extracted from"


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def claims():
    return table(trt_killed(), aa_killed(), trt_sent(), aa_thousands(), mia_sent(),
                 mia_another(), mia_casualties())


def test_outlet_colours_do_not_depend_on_input_order() -> None:
    outlets = ["TRT World", "Anadolu Agency", "MIA", "redcanaco.com"]
    assert outlet_colours(outlets) == outlet_colours(reversed(outlets))
    assert outlet_colours(outlets) == outlet_colours(outlets + outlets)
    assert len(set(outlet_colours(outlets).values())) == len(outlets)


def test_charts_of_one_table_give_an_outlet_the_same_colour() -> None:
    all_claims = claims()
    troops, casualties = troop_series(all_claims), casualty_series(all_claims)
    assert troops.attrs["all_outlets"] == casualties.attrs["all_outlets"]


def test_source_line_names_articles_outlets_and_newest_date() -> None:
    fig = plt.figure()
    add_source_line(fig, table(trt_killed(), aa_killed(), mia_casualties()))
    text = " ".join(figure_texts(fig)).replace("\n", " ")
    assert ("Source: claims extracted from 3 articles (outlets: Anadolu Agency, MIA, TRT World); "
            "newest article 2025-09-03.") in text


def test_save_figure_writes_png_svg_pdf_and_csv(tmp_path: Path) -> None:
    series = troop_series(claims())
    paths = save_figure(plot_troops(series), "troops", figure_data(series), folder=tmp_path)
    assert sorted(p.name for p in paths) == [
        "troops.csv", "troops.pdf", "troops.png", "troops.svg"]
    assert (tmp_path / "troops.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "troops.pdf").read_bytes().startswith(b"%PDF")
    assert b"<svg" in (tmp_path / "troops.svg").read_bytes()
    assert b"\r\n" not in (tmp_path / "troops.csv").read_bytes()


SAVE_SCRIPT = """
import sys
import matplotlib
matplotlib.use("Agg")
sys.path[:0] = [{root!r}, {tests!r}]
from claim_rows import table, trt_killed, aa_killed, mia_casualties
from warclaims.analysis import casualty_series, discrepancies, figure_data
from warclaims.figures import plot_casualties, save_figure
claims = table(trt_killed(), aa_killed(), mia_casualties())
series = casualty_series(claims)
fig = plot_casualties(series, discrepancies(claims))
save_figure(fig, "casualties", figure_data(series), folder=sys.argv[1])
"""


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def saved_in_two_processes(template: str, tmp_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Digests of the files a save script writes, run once in each of two fresh processes."""
    script = template.format(root=str(ROOT), tests=str(ROOT / "tests"))
    for run in ("first", "second"):
        subprocess.run([sys.executable, "-c", script, str(tmp_path / run)], check=True,
                       capture_output=True, timeout=120)
    return digests(tmp_path / "first"), digests(tmp_path / "second")


def test_save_figure_twice_in_two_processes_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = saved_in_two_processes(SAVE_SCRIPT, tmp_path)
    assert len(first) == 4
    assert first == second


def test_importing_figures_changes_no_matplotlib_setting() -> None:
    script = ("import matplotlib as mpl, seaborn; before = dict(mpl.rcParams); "
              f"import sys; sys.path.insert(0, {str(ROOT)!r}); import warclaims.figures; "
              "assert dict(mpl.rcParams) == before")
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, timeout=120)


def test_troop_chart_has_title_axis_labels_legend_and_source() -> None:
    fig = plot_troops(troop_series(claims()))
    texts = figure_texts(fig)
    assert fig.get_suptitle()
    ax = fig.axes[0]
    assert ax.get_xlabel() == "publication date of the article"
    assert ax.get_ylabel() == "soldiers (reported)"
    assert any(t.startswith(SOURCE_START) for t in texts)
    assert any("increment" in t for t in texts)
    assert any("at least" in t for t in texts)


def test_troop_chart_leaves_out_undated_claims_without_failing() -> None:
    fig = plot_troops(troop_series(table(trt_sent(), mia_sent(""))))
    assert fig.get_suptitle()


def test_casualty_chart_calls_out_the_disagreeing_pair() -> None:
    all_claims = claims()
    fig = plot_casualties(casualty_series(all_claims), discrepancies(all_claims))
    texts = figure_texts(fig)
    assert "same day: about 600 vs about 2,000 killed" in texts
    assert fig.get_suptitle()
    assert all(ax.get_ylabel() for ax in fig.axes)
    assert fig.axes[-1].get_xlabel() == "publication date of the article"
    assert any(t.startswith(SOURCE_START) for t in texts)


def test_claim_count_chart_has_title_labels_and_source() -> None:
    all_claims = claims()
    fig = plot_claim_counts(counts_by_metric_and_outlet(all_claims), all_claims)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") and ax.get_xlabel() and ax.get_ylabel()
    assert any(t.startswith(SOURCE_START) for t in figure_texts(fig))


def test_troop_chart_labels_each_mark_with_its_claimant_and_explains_the_labels() -> None:
    texts = figure_texts(plot_troops(troop_series(claims())))
    for label in ("South Korea's intelligence… (KR)", "South Korean and Western… (KR)",
                  "the South Korean military… (KR)", "outlet's own voice"):
        assert label in texts
    assert "labels: who made the claim (claimant country)" in texts
    assert "italic label: figure from a party to the war" in texts


def test_casualty_chart_labels_party_claims_in_italics() -> None:
    rows = table(trt_killed(), aa_killed())
    rows.loc[rows["claimant"] == "South Korea", ["claimant", "claimant_country"]] = ["Pyongyang", "KP"]
    fig = plot_casualties(casualty_series(rows), discrepancies(rows))
    styles = {t.get_text(): t.get_fontstyle() for t in fig.findobj(matplotlib.text.Text)}
    assert styles["Pyongyang (KP)"] == "italic"
    assert styles["Seoul (KR)"] == "normal"
    assert "Seoul (KR)" in figure_texts(fig)


def test_chart_titles_name_the_one_subject_each_time_chart_draws() -> None:
    """Issue 12: no chart mixes the people of two sides.  A time chart draws one subject — the
    one asked for, by default the one with most dated claims (ties by code) — names it in its
    title, and says below the chart how many claims about other subjects it leaves out."""
    one = plot_troops(troop_series(claims())).get_suptitle()
    assert one.startswith("North Korean troops deployed:")
    assert "Russia" not in one
    rows = table(trt_sent(), mia_sent(), trt_killed(), aa_killed())
    rows.loc[rows["claim_id"].isin(["c-mia-sent", "c-aa-killed"]), "subject"] = "RU"
    for fig in (plot_troops(troop_series(rows)), plot_casualties(casualty_series(rows), discrepancies(rows))):
        assert fig.get_suptitle().startswith("North Korean ")   # one claim each: KP before RU
        assert "Russian" not in fig.get_suptitle()
        notes = [t for t in figure_texts(fig) if t.startswith("Only claims about North Korean people")]
        assert notes and "1 dated claim about 1 other subject (Russian 1)" in notes[0]
    russian = plot_casualties(casualty_series(rows), discrepancies(rows), subject="RU")
    assert russian.get_suptitle().startswith("Russian casualties:")
    assert "Seoul (KR)" not in figure_texts(russian)          # the North Korean claim is not drawn
    assert "South Korea (KR)" in figure_texts(russian)


# --- provenance charts ----------------------------------------------------------------------------

def provenance():
    """The claims with provenance columns, the articles' text being their quotes."""
    from warclaims.provenance import read_claimants, with_provenance

    all_claims = claims()
    articles = (all_claims.groupby("article_id", sort=True)
                .agg(outlet=("outlet", "first"), published=("published", "first"),
                     wire=("wire", "first"), body=("quote", " ".join)).reset_index())
    claimants, _ = read_claimants(ROOT / "data" / "claimants.csv")
    return with_provenance(all_claims, articles, claimants)


def test_echo_chart_has_title_axis_labels_legend_and_source() -> None:
    fig = plot_echo(provenance())
    texts = figure_texts(fig)
    assert fig.get_suptitle()
    ax = fig.axes[0]
    assert ax.get_xlabel() == "publication date of the article"
    assert ax.get_ylabel()
    assert any(t.startswith(SOURCE_START) for t in texts)
    assert "Outlet (colour)" in texts
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "South Korean government · killed · about 600" in " ".join(labels).replace("\n", " · ")


def test_outlet_claimant_matrix_has_title_axis_labels_counts_and_source() -> None:
    table = provenance()
    fig = plot_outlet_claimant_matrix(table)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") and ax.get_xlabel() and ax.get_ylabel() == "outlet"
    texts = figure_texts(fig)
    assert any(t.startswith(SOURCE_START) for t in texts)
    cells = [int(t.get_text()) for t in ax.texts]   # one count written in every cell
    assert len(cells) == table["outlet"].nunique() * table["claimant_canonical"].nunique()
    assert sum(cells) == len(table)


PROVENANCE_SAVE_SCRIPT = """
import sys
import matplotlib
matplotlib.use("Agg")
sys.path[:0] = [{root!r}, {tests!r}]
from test_figures import provenance
from warclaims.analysis import echo_rows, outlet_claimant_data
from warclaims.figures import plot_echo, plot_outlet_claimant_matrix, save_figure
table = provenance()
save_figure(plot_echo(table), "echo", echo_rows(table), folder=sys.argv[1])
save_figure(plot_outlet_claimant_matrix(table), "matrix", outlet_claimant_data(table), folder=sys.argv[1])
"""


def test_provenance_charts_saved_twice_in_two_processes_give_identical_bytes(tmp_path: Path) -> None:
    first, second = saved_in_two_processes(PROVENANCE_SAVE_SCRIPT, tmp_path)
    assert len(first) == 8
    assert first == second
