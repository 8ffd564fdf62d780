"""warclaims.stories and warclaims.story_figures: stories, the contested range, the per-story export.

The seed tables are rebuilt from seeds/ in a temporary copy of the project (once per module),
so the tests do not depend on what data/ holds; hand-made rows (tests/claim_rows.py) pin each rule.
"""
from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from claim_rows import (  # noqa: E402
    aa_killed, aa_thousands, claim, mia_another, mia_sent, table, trt_killed, trt_sent,
)
from warclaims.figures import MAX_HEIGHT, PAD_INCHES, drawn_texts, figure_texts  # noqa: E402
from warclaims.pipeline import build_tables, read_provenance  # noqa: E402
from warclaims.schema import CLAIM_COLUMNS, coerce_claims  # noqa: E402
from warclaims.stories import (  # noqa: E402
    choose_story, contested_range, contested_range_table, default_story, list_stories, story_claims,
)
from warclaims.story_figures import export_stories, plot_contested_range, story_colours  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: What the refresh reads to build data/ (no notebooks: the export needs only the tables).
PROJECT_FILES = ("helpers.py", "warclaims", "seeds", "data/articles.csv", "data/claimants.csv")
DEVSET = ROOT / "tests" / "fixtures" / "scale" / "devset"


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def seeds_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project's sources with data/ rebuilt from seeds/ (no notebooks run)."""
    project = tmp_path_factory.mktemp("stories")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=ignore)
        else:
            (project / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, project / name)
    build_tables(project)
    return project


@pytest.fixture(scope="module")
def seeds(seeds_project: Path) -> pd.DataFrame:
    return read_provenance(seeds_project / "data" / "claims_provenance.csv")


def on(published: str, **changes: object) -> dict[str, object]:
    """A killed claim of 'Seoul' on a date; keyword arguments change any column."""
    row = trt_killed(published)
    row.update(claim_id=f"c-{published}-{changes.get('value', 600)}-{changes.get('outlet', 'TRT World')}",
               article_id=f"a-{published}-{changes.get('outlet', 'TRT World')}")
    row.update(changes)
    return row


def generated(articles: int, seed: int = 11) -> pd.DataFrame:
    """A made-up story of `articles` articles: 150 outlets, 25 claimants, four loss metrics,
    every hedge, some increments and outlets' own voice."""
    rng = random.Random(seed)
    outlets = [f"Outlet {i:03d} Daily News" for i in range(150)]
    claimants = [f"the ministry spokesman number {i}" for i in range(25)]
    rows = []
    for a in range(articles):
        day = (pd.Timestamp("2024-01-01") + pd.Timedelta(days=a * 700 // articles)).strftime("%Y-%m-%d")
        outlet = outlets[min(int(rng.paretovariate(1.2)) - 1, 149)] if rng.random() > 0.05 else "unknown outlet"
        for k in range(rng.randint(1, 3)):
            metric = rng.choice(["killed", "wounded", "casualties", "missing"])
            value = int({"killed": 300, "wounded": 1200, "casualties": 1500, "missing": 60}[metric]
                        * (1 + a / 120) * rng.uniform(0.7, 1.3))
            qualifier = rng.choice(["exact", "approx", "approx", "at_least", "at_most", "range", "vague"])
            number = {"value": value, "low": None, "high": None}
            if qualifier == "at_least":
                number["low"] = value
            elif qualifier == "at_most":
                number["high"] = value
            elif qualifier == "range":
                number = {"value": None, "low": value, "high": int(value * 1.3)}
            elif qualifier == "vague":
                number = {"value": None, "low": 2000, "high": 9999}
            who = rng.choice(claimants) if rng.random() > 0.2 else ""
            rows.append(claim(f"g{a:04d}{k}", f"gen{a:04d}", outlet, day, metric, qualifier,
                              f"Some {value} people were counted.", str(value), claimant=who,
                              incremental=int(rng.random() < 0.03), **number))
    return coerce_claims(pd.DataFrame(rows, columns=list(CLAIM_COLUMNS)))


def text_problems(fig: plt.Figure) -> list[str]:
    """Texts whose extents (as the renderer measured them) overlap another's or leave the figure."""
    boxes = [(text.get_text(), box) for text, box in drawn_texts(fig)]
    frame = fig.bbox
    problems = []
    for i, (text, box) in enumerate(boxes):
        if box.x0 < frame.x0 - 1 or box.x1 > frame.x1 + 1 or box.y0 < frame.y0 - 1 or box.y1 > frame.y1 + 1:
            problems.append(f"outside: {text!r}")
        for other, other_box in boxes[i + 1:]:
            overlap_x = min(box.x1, other_box.x1) - max(box.x0, other_box.x0)
            overlap_y = min(box.y1, other_box.y1) - max(box.y0, other_box.y0)
            if overlap_x > 0.5 and overlap_y > 0.5:
                problems.append(f"overlap: {text!r} and {other!r}")
    return problems


def saved_height(fig: plt.Figure) -> float:
    """Inches tall the figure is once save_figure has cropped and padded it."""
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=50, bbox_inches="tight", pad_inches=PAD_INCHES)
    png.seek(0)
    return plt.imread(png).shape[0] / 50


# --- stories --------------------------------------------------------------------------------------

def test_no_story_mixes_subjects(seeds: pd.DataFrame) -> None:
    mixed = table(trt_killed(), aa_killed(), trt_sent(),
                  on("2025-09-04", subject="PS", outlet="Al Jazeera"), on("2025-09-05", subject="IL"),
                  on("2025-09-06", subject="IL", metric="wounded"), on("2025-09-07", subject=""))
    for claims in (mixed, seeds):
        stories = list_stories(claims)
        assert len(stories) and stories["slug"].is_unique
        for slug in stories["slug"]:
            subjects = set(story_claims(claims, slug)["subject"])
            assert len(subjects) == 1, (slug, subjects)
    assert set(list_stories(mixed)["slug"]) == {"kp-losses", "kp-deployed", "ps-losses", "il-losses"}
    with pytest.raises(ValueError, match="one story"):
        contested_range(mixed)


def test_seed_stories_are_deployments_and_losses_of_north_koreans(seeds: pd.DataFrame) -> None:
    stories = list_stories(seeds).set_index("slug")
    assert list(stories.index) == ["kp-deployed", "kp-losses"]   # 6 dated claims each: by slug
    assert stories.loc["kp-deployed", "title"] == "North Korean troops deployed"
    assert stories.loc["kp-losses", "title"] == "North Korean killed, wounded and casualties"
    assert stories.loc["kp-losses", "first_date"] == "2025-04-28"
    assert stories.loc["kp-losses", "last_date"] == "2025-09-03"
    assert (stories["claims"] >= stories["dated_claims"]).all()


def test_default_story_is_the_subject_with_most_dated_claims() -> None:
    ru = [on(f"2025-0{m}-01", subject="RU", outlet=f"O{m}") for m in range(1, 5)]          # 4 dated losses
    kp = [trt_sent("2025-01-01"), mia_sent("2025-02-01"), aa_thousands("2025-03-01"),     # 3 deployed
          on("2025-04-02"), on("2025-04-03", outlet="AA")]                               # + 2 losses
    ps = [on("", subject="PS", outlet=f"P{i}") for i in range(6)]                         # undated
    claims = table(*ru, *kp, *ps)
    assert default_story(claims) == "kp-deployed"   # KP has 5 dated claims; RU's 4 are one story
    assert default_story(claims, "losses") == "kp-losses"
    assert choose_story(claims).slug == "kp-deployed"
    assert choose_story(claims, "kp-losses", kind="deployed").slug == "kp-deployed"
    with pytest.raises(ValueError, match="no deployed figures"):
        choose_story(claims, "ru-losses", kind="deployed")
    with pytest.raises(ValueError, match="no story"):
        choose_story(claims, "xx-losses")


# --- the contested range --------------------------------------------------------------------------

def test_step_line_holds_a_claimants_figure_until_its_next_one() -> None:
    claims = table(on("2025-08-15"), on("2025-08-20", outlet="MIA"),              # 600, repeated
                   on("2025-09-03", value=2000, outlet="AA"),                    # a new figure
                   on("2025-09-10", outlet="Wire"),                              # 600 again: stale
                   on("2025-08-25", claimant="Kyiv", value=900, outlet="UP"))    # another claimant
    cr = contested_range(claims)
    seoul = cr.steps[cr.steps["line"] == "Seoul"]
    assert list(seoul["figure"]) == ["about 600", "about 2,000"]
    assert list(seoul["start"].dt.strftime("%Y-%m-%d")) == ["2025-08-15", "2025-09-03"]
    assert seoul["end"].iloc[0] == pd.Timestamp("2025-09-03") and pd.isna(seoul["end"].iloc[1])
    assert int(seoul["reports"].iloc[0]) == 2
    rows = contested_range_table(cr).set_index(["published", "line"])
    assert rows.loc[("2025-08-20", "Seoul"), "held"] == "about 600"
    assert rows.loc[("2025-09-10", "Seoul"), "held"] == "about 2,000"   # the old repeat moves nothing
    assert rows.loc[("2025-09-10", "Seoul"), "stale"]
    assert not rows.loc[("2025-08-20", "Seoul"), "stale"]


def test_band_is_open_upward_for_more_than_and_spans_a_vague_bucket() -> None:
    cr = contested_range(table(mia_sent("2025-04-28"), mia_another("2025-04-28"),
                               trt_sent("2025-08-15"), aa_thousands("2025-09-03")))
    band = cr.band.set_index(cr.band["start"].dt.strftime("%Y-%m-%d"))
    assert band.loc["2025-04-28", "low"] == 11000 and band.loc["2025-04-28", "high"] == 11000
    assert not band.loc["2025-04-28", "open_high"]
    assert band.loc["2025-08-15", "low"] == 10000          # "more than 10,000": its number the floor
    assert pd.isna(band.loc["2025-08-15", "high"]) and band.loc["2025-08-15", "open_high"]
    assert band.loc["2025-09-03", "low"] == 2000           # "thousands": the bucket 2,000–9,999
    assert band.loc["2025-09-03", "open_high"]
    assert (cr.steps["figure"] != "3,000").all()           # the increment is no one's total
    table_rows = contested_range_table(cr)
    increment = table_rows[table_rows["kind"] == "increment"]
    assert list(increment["figure"]) == ["3,000"] and list(increment["held"]) == [""]


def test_band_is_open_downward_for_up_to() -> None:
    up_to = on("2025-09-03", qualifier="at_most", value=3000, high=3000, claimant="Kyiv", outlet="UP")
    cr = contested_range(table(on("2025-09-03"), up_to))
    day = cr.band.iloc[0]
    assert day["open_low"] and pd.isna(day["low"]) and day["high"] == 3000


def test_a_figure_leaves_circulation_after_ninety_days() -> None:
    cr = contested_range(table(on("2025-01-01"), on("2025-06-01", claimant="Kyiv", value=900, outlet="UP")))
    seoul = cr.steps[cr.steps["line"] == "Seoul"].iloc[0]
    assert seoul["until"] == pd.Timestamp("2025-04-01") and pd.isna(seoul["end"])
    june = cr.band[cr.band["start"] == pd.Timestamp("2025-06-01")].iloc[0]
    assert june["low"] == 900 and june["lines"] == 1


# --- the chart ------------------------------------------------------------------------------------

def test_seed_losses_chart_shows_600_vs_2000_on_3_september(seeds: pd.DataFrame) -> None:
    claims = story_claims(seeds, "kp-losses")
    cr = contested_range(claims)
    reports = cr.reports
    killed = reports[(reports["metric"] == "killed") & (reports["published"] == pd.Timestamp("2025-09-03"))]
    assert set(killed["figure"]) == {"about 600", "about 2,000"}
    fig = plot_contested_range(claims)
    texts = " | ".join(figure_texts(fig))
    assert "3 Sep 2025, same day: about 600 vs about 2,000" in texts
    assert ": about 2,000" in texts and ": about 600" in texts


def test_seed_deployment_chart_shows_11000_plus_3000_then_more_than_10000(seeds: pd.DataFrame) -> None:
    fig = plot_contested_range(story_claims(seeds, "kp-deployed"))
    texts = " | ".join(figure_texts(fig)).replace("\n", " ")
    assert ": about 11,000" in texts
    assert "+3,000 more" in texts
    assert "more than 10,000" in texts


@pytest.mark.parametrize("articles", [5, 500])
def test_chart_is_bounded_and_its_texts_never_collide(articles: int) -> None:
    claims = generated(articles)
    colours = story_colours(claims)
    assert len(set(colours.values())) <= 10          # 8 outlets, other outlets, outlet unknown
    fig = plot_contested_range(claims, colours)
    assert saved_height(fig) <= MAX_HEIGHT
    assert text_problems(fig) == []


def test_every_devset_story_chart_is_bounded_and_its_texts_never_collide() -> None:
    """The 60 development-set articles, from the tables tests/test_figures_at_scale.py keeps."""
    path = DEVSET / "claims_provenance.csv"
    if not path.is_file():
        pytest.skip(f"{path.relative_to(ROOT)} is not there")
    provenance = read_provenance(path)
    stories = list_stories(provenance)
    assert len(stories[stories["dated_claims"] >= 3]) >= 5   # several wars: several stories
    for slug in stories.loc[stories["dated_claims"] >= 3, "slug"]:
        fig = plot_contested_range(story_claims(provenance, slug))
        assert saved_height(fig) <= MAX_HEIGHT, slug
        assert text_problems(fig) == [], slug
        plt.close(fig)


# --- the per-story export -------------------------------------------------------------------------

def _files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_export_writes_index_and_figures_and_a_rerun_changes_no_file(seeds_project: Path) -> None:
    figures = seeds_project / "figures"
    result = export_stories(seeds_project, jobs=1)
    assert result["exported"] == ["kp-deployed", "kp-losses"]
    for slug, chart in (("kp-losses", "casualties_over_time"), ("kp-deployed", "troops_over_time")):
        for name in ("contested_range", chart, "echo"):
            for suffix in (".png", ".svg", ".pdf", ".csv"):
                assert (figures / slug / f"{name}{suffix}").is_file(), f"{slug}/{name}{suffix}"
    index = pd.read_csv(figures / "stories.csv", dtype="string", keep_default_na=False)
    assert list(index["slug"]) == ["kp-deployed", "kp-losses"]
    assert list(index["exported"]) == ["True", "True"]
    markdown = (figures / "index.md").read_text(encoding="utf-8")
    assert "[contested range](kp-losses/contested_range.png)" in markdown
    before = _files(figures)
    assert export_stories(seeds_project, jobs=1)["written"] == []
    assert _files(figures) == before
    (seeds_project / "data" / "cache" / "stories.json").unlink()   # drawn again: the same bytes
    assert export_stories(seeds_project, jobs=1)["written"] == []
    assert _files(figures) == before


def test_stale_story_folders_lose_only_the_files_the_export_wrote(seeds_project: Path) -> None:
    figures = seeds_project / "figures"
    export_stories(seeds_project, jobs=1)
    (figures / "kp-losses" / "notes.txt").write_text("mine", encoding="utf-8")
    (figures / "mine").mkdir(exist_ok=True)
    (figures / "mine" / "contested_range.png").write_bytes(b"not the export's")
    result = export_stories(seeds_project, min_claims=1000, jobs=1)   # no story is big enough now
    assert result["exported"] == [] and "kp-deployed/contested_range.png" in result["removed"]
    assert not (figures / "kp-deployed").exists()
    assert [p.name for p in (figures / "kp-losses").iterdir()] == ["notes.txt"]
    assert (figures / "mine" / "contested_range.png").read_bytes() == b"not the export's"
    index = pd.read_csv(figures / "stories.csv", dtype="string", keep_default_na=False)
    assert (index["exported"] == "False").all()
    export_stories(seeds_project, jobs=1)                               # and back again
    assert (figures / "kp-deployed" / "contested_range.png").is_file()
