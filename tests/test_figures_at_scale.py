"""Every chart readable at 5, 60 and 500 articles (issue 12: "Readable at 5, 50 and 500 articles").

Each of the five charts of the notebooks (claims_by_metric_and_outlet, troops_over_time,
casualties_over_time, echo, outlet_claimant_matrix) is drawn from three corpora, and the
renderer's own text extents (`warclaims.figures.drawn_texts`) must show that no text overlaps
another or leaves the figure, and the figure must fit a printed page (no taller than 16
inches once saved, no wider than 13):

- `seeds`: the five seed articles — the repository's own `data/` tables, as `make` wrote them;
- `devset`: the 60 development-set articles — the tables a refresh wrote for them
  (`claims_reviewed.csv`, `claims_provenance.csv`, `lineage.csv`, copied once into
  `tests/fixtures/scale/devset/`; nothing outside the repository is read);
- `generated`: 500 articles generated here from a fixed seed (`generated_tables`), with what a
  real analyst's corpus has and the seeds lack: 48 outlets with a long tail (and "unknown
  outlet"), some 80 claimants with long names, six subjects (both sides of two wars and
  civilians), every metric and hedge, figures repeated long after a newer one was out, copied
  wire paragraphs, undated articles, dates over two years.

Then the rules of the issue: at most 8 outlet colours + "other outlets" + "outlet unknown",
the same in every chart; one subject (whose people) per time chart; the echo chart and the
matrix bounded, saying what they leave out and where it is listed; the same bytes twice.
"""
from __future__ import annotations

import functools
import io
import random
from datetime import date, timedelta
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from warclaims.analysis import (  # noqa: E402
    casualty_series, counts_by_metric_and_outlet, discrepancies, dominant_subject, echo_lines,
    echo_shown, outlet_claimant_counts, outlet_groups, subject_note, troop_series,
)
from warclaims.figures import (  # noqa: E402
    MAX_HEIGHT, MAX_WIDTH, OTHER_COLOUR, PAD_INCHES, PALETTE, UNKNOWN_COLOUR, drawn_texts,
    figure_texts, outlet_colours, plot_casualties, plot_claim_counts, plot_echo,
    plot_outlet_claimant_matrix, plot_troops,
)
from warclaims.pipeline import read_provenance, read_reviewed_claims  # noqa: E402
from warclaims.provenance import with_provenance  # noqa: E402
from warclaims.review import REVIEWED_COLUMNS  # noqa: E402
from warclaims.schema import CLAIM_COLUMNS, VAGUE_BOUNDS, coerce_claims  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "fixtures" / "scale" / "devset"
CORPORA = ("seeds", "devset", "generated")
CHARTS = ("claims_by_metric_and_outlet", "troops_over_time", "casualties_over_time", "echo",
          "outlet_claimant_matrix")
#: Two extents overlap when they share more than this many display pixels each way (100 dpi).
TOLERANCE = 0.5


# --- the generated corpus -------------------------------------------------------------------------

SEED = 20260112
START = date(2024, 1, 1)
DAYS = 730

#: Outlets, the first ones carrying most articles (Zipf-like weights); some names are long.
OUTLETS = (
    "Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Al Jazeera English",
    "The Kyiv Independent", "TASS", "Yonhap News Agency", "The Times of Israel", "Anadolu Agency",
    "The Guardian", "The New York Times", "Deutsche Welle", "Radio Free Europe/Radio Liberty",
    "The Korea Herald", "NK News", "Meduza", "Ukrainska Pravda", "Haaretz", "Middle East Eye",
    "The Washington Post", "CNN", "France 24", "Euronews", "The Independent", "Sky News",
    "The Moscow Times", "Novaya Gazeta Europe", "KBS World", "The Dong-A Ilbo",
    "The Guam Daily Post (Washington Post syndication)", "Business Recorder (AFP)",
    "Cape Times (IOL)", "The Philippine Star", "Daily Sabah", "TRT World", "MIA",
    "Pledge Times (Al Ittihad translation)", "Namibia Daily News", "Wall Africa Journal",
    "Zambian Observer", "UrduPoint (APP)", "Devdiscourse", "Caliber.az", "Quds News Network",
    "The Australian (newsbite mirror)", "redcanaco.com", "Warsaw Point",
)
#: What the pipeline writes when nothing names the outlet.
NO_OUTLET = "unknown outlet"

#: alias -> (canonical, country, kind): the alias table `with_provenance` resolves claimants with.
ALIASES = {
    "Seoul": ("South Korean government", "KR", "government"),
    "South Korea": ("South Korean government", "KR", "government"),
    "the South Korean government": ("South Korean government", "KR", "government"),
    "South Korea's National Intelligence Service": ("National Intelligence Service (South Korea)", "KR", "intelligence agency"),
    "the NIS": ("National Intelligence Service (South Korea)", "KR", "intelligence agency"),
    "South Korea's spy agency": ("National Intelligence Service (South Korea)", "KR", "intelligence agency"),
    "the Joint Chiefs of Staff": ("Joint Chiefs of Staff (South Korea)", "KR", "military"),
    "Ukraine's military intelligence agency HUR": ("Ukrainian military intelligence (HUR)", "UA", "intelligence agency"),
    "Kyiv": ("Ukrainian government", "UA", "government"),
    "President Volodymyr Zelensky": ("Volodymyr Zelensky", "UA", "head of state"),
    "Zelensky": ("Volodymyr Zelensky", "UA", "head of state"),
    "the General Staff of the Armed Forces of Ukraine": ("General Staff of Ukraine", "UA", "military"),
    "Ukraine's General Staff": ("General Staff of Ukraine", "UA", "military"),
    "the Pentagon": ("US Department of Defense", "US", "ministry"),
    "US officials": ("US government", "US", "government"),
    "Washington": ("US government", "US", "government"),
    "the UK Ministry of Defence": ("UK Ministry of Defence", "UK", "ministry"),
    "British intelligence": ("UK Ministry of Defence", "UK", "ministry"),
    "the Russian Defence Ministry": ("Russian Ministry of Defence", "RU", "ministry"),
    "Moscow": ("Russian government", "RU", "government"),
    "the Kremlin": ("Russian government", "RU", "government"),
    "Mediazona and BBC Russian": ("Mediazona / BBC Russian", "media", "outlet"),
    "the Israel Defense Forces": ("Israel Defense Forces", "IL", "military"),
    "the Israeli military": ("Israel Defense Forces", "IL", "military"),
    "the Gaza Health Ministry": ("Gaza Health Ministry", "PS", "ministry"),
    "the Hamas-run health ministry": ("Gaza Health Ministry", "PS", "ministry"),
    "the UN Office for the Coordination of Humanitarian Affairs": ("UN OCHA", "un", "other"),
    "OCHA": ("UN OCHA", "un", "other"),
    "the UN Human Rights Monitoring Mission in Ukraine": ("UN Human Rights Monitoring Mission in Ukraine", "un", "monitoring group"),
    "the Institute for the Study of War": ("Institute for the Study of War", "western", "monitoring group"),
    "NATO Secretary General Mark Rutte": ("NATO", "western", "official"),
}

#: subject -> metrics, and claimants (as articles write them; country) who give its figures.
SUBJECTS = {
    "KP": (("deployed", "killed", "wounded", "casualties", "captured"), (
        ("Seoul", "KR"), ("South Korea", "KR"), ("the South Korean government", "KR"),
        ("South Korea's National Intelligence Service", "KR"), ("the NIS", "KR"),
        ("South Korea's spy agency", "KR"), ("the Joint Chiefs of Staff", "KR"),
        ("Ukraine's military intelligence agency HUR", "UA"), ("President Volodymyr Zelensky", "UA"),
        ("Zelensky", "UA"), ("the Pentagon", "US"), ("US officials", "US"),
        ("NATO Secretary General Mark Rutte", "western"),
        ("a lawmaker briefed by the intelligence service, Lee Seong-kweun", "KR"))),
    "RU": (("killed", "wounded", "casualties", "captured", "missing"), (
        ("the General Staff of the Armed Forces of Ukraine", "UA"), ("Ukraine's General Staff", "UA"),
        ("Kyiv", "UA"), ("Zelensky", "UA"), ("the UK Ministry of Defence", "UK"),
        ("British intelligence", "UK"), ("Mediazona and BBC Russian", "media"),
        ("US officials", "US"), ("Washington", "US"), ("the Institute for the Study of War", "western"),
        ("the Russian Defence Ministry", "RU"))),
    "UA": (("killed", "wounded", "captured", "missing"), (
        ("the Russian Defence Ministry", "RU"), ("Moscow", "RU"), ("the Kremlin", "RU"),
        ("Zelensky", "UA"), ("US officials", "US"))),
    "IL": (("killed", "wounded", "deployed"), (
        ("the Israel Defense Forces", "IL"), ("the Israeli military", "IL"),
        ("the Gaza Health Ministry", "PS"))),
    "PS": (("killed", "wounded", "missing"), (
        ("the Gaza Health Ministry", "PS"), ("the Hamas-run health ministry", "PS"),
        ("the UN Office for the Coordination of Humanitarian Affairs", "un"), ("OCHA", "un"),
        ("the Israel Defense Forces", "IL"))),
    "civilians": (("killed", "wounded"), (
        ("the UN Human Rights Monitoring Mission in Ukraine", "un"), ("Kyiv", "UA"),
        ("Moscow", "RU"))),
}
SUBJECT_WEIGHTS = {"KP": 5, "RU": 5, "UA": 2, "IL": 2, "PS": 3, "civilians": 1}
#: Typical size of each subject's figures (the first figure of a series; later ones grow).
SCALE = {"KP": 2_000, "RU": 40_000, "UA": 8_000, "IL": 600, "PS": 9_000, "civilians": 4_000}
NOUNS = {"deployed": ("soldiers", "sent"), "killed": ("people", "killed"),
         "wounded": ("people", "wounded"), "casualties": ("casualties", "suffered"),
         "captured": ("soldiers", "captured"), "missing": ("people", "missing")}
#: One-off claimants ("a local official", …): the long tail that never earns a colour or a column.
ONE_OFF = ("a local official", "a regional governor", "a military analyst", "a hospital director",
           "an aid worker in the city", "a spokesman for the regional administration",
           "residents", "a volunteer group", "a think tank in Washington", "a former general",
           "an opposition lawmaker", "a Telegram channel close to the army", "the city council",
           "a UN agency", "an independent monitor", "a senior Western diplomat",
           "military bloggers", "the mayor", "emergency services", "a rights group")


def _figure(rng: random.Random, base: int) -> dict[str, object]:
    """One figure with a hedge: value/low/high as the schema wants them, and its words."""
    qualifier = rng.choices(["exact", "approx", "at_least", "at_most", "range", "vague"],
                            weights=[4, 5, 3, 1, 1, 1])[0]
    value = max(1, int(round(base, -2 if base > 1_000 else 0)))
    if qualifier == "range":
        low, high = value, int(value * rng.choice([1.2, 1.5, 2]))
        return {"qualifier": "range", "value": None, "low": low, "high": high,
                "number_text": f"{low:,} to {high:,}"}
    if qualifier == "vague":
        word = min(VAGUE_BOUNDS, key=lambda w: abs(VAGUE_BOUNDS[w][0] - value))
        low, high = VAGUE_BOUNDS[word]
        return {"qualifier": "vague", "value": None, "low": low, "high": high, "number_text": word}
    low = value if qualifier == "at_least" else None
    high = value if qualifier == "at_most" else None
    return {"qualifier": qualifier, "value": value, "low": low, "high": high,
            "number_text": f"{value:,}"}


def _series(rng: random.Random) -> list[dict[str, object]]:
    """Per subject, metric and claimant: its figures in the order it said them, with dates."""
    series = []
    for subject, (metrics, claimants) in SUBJECTS.items():
        for metric in metrics:
            for claimant, country in claimants:
                if rng.random() < 0.35:
                    continue
                base = SCALE[subject] * rng.uniform(0.3, 3.0) * (3 if metric == "deployed" else 1)
                day = rng.randrange(0, 200)
                figures = []
                while day < DAYS:
                    figures.append((day, _figure(rng, base)))
                    day += rng.randrange(40, 260)
                    base *= rng.uniform(1.05, 1.8)
                series.append({"subject": subject, "metric": metric, "claimant": claimant,
                               "country": country, "figures": figures})
    return series


def _claim(rng: random.Random, article: dict[str, object], number: int, subject: str,
           metric: str, claimant: str, country: str, figure: dict[str, object],
           incremental: int = 0) -> dict[str, object]:
    noun, verb = NOUNS[metric]
    hedge = {"approx": "about ", "at_least": "more than ", "at_most": "up to "}.get(str(figure["qualifier"]), "")
    another = "another " if incremental else ""
    speaker = claimant or "the paper"
    quote = (f"{speaker[:1].upper()}{speaker[1:]} said that {another}{hedge}"
             f"{figure['number_text']} {noun} have been {verb} (report {number}).")
    quote_start = 40 + 180 * number
    start = quote_start + quote.index(str(figure["number_text"]))
    return {
        "claim_id": f"s{article['article_id']}{number:02d}", "article_id": article["article_id"],
        "outlet": article["outlet"], "wire": article["wire"], "published": article["published"],
        "metric": metric, "qualifier": figure["qualifier"], "value": figure["value"],
        "low": figure["low"], "high": figure["high"], "subject": subject,
        "claimant": claimant, "claimant_country": country if claimant else "",
        "period": "", "period_start": "", "period_end": "", "incremental": incremental,
        "quote": quote, "quote_start": quote_start, "start": start,
        "end": start + len(str(figure["number_text"])), "number_text": figure["number_text"],
        "risk": round(rng.choice([0.0, 0.0, 0.2, 0.3, 0.4]), 2),
        "risk_reasons": "", "review_status": rng.choices(["machine", "accepted", "fixed"], [36, 2, 1])[0],
        "reviewer": "", "reviewed_on": "", "review_reason": "",
    }


def _articles(rng: random.Random, count: int) -> list[dict[str, object]]:
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(OUTLETS))]
    articles = []
    for index in range(count):
        outlet = NO_OUTLET if rng.random() < 0.04 else rng.choices(OUTLETS, weights)[0]
        day = rng.randrange(0, DAYS)
        published = "" if rng.random() < 0.05 else (START + timedelta(days=day)).isoformat()
        wire = rng.choice(["AFP", "Reuters", "AP", "Yonhap"]) if rng.random() < 0.15 else ""
        articles.append({"article_id": f"{index:03d}", "outlet": outlet, "wire": wire,
                         "published": published, "day": day})
    return articles


def generated_claims(articles: int = 500, seed: int = SEED) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(reviewed claims, article bodies) of a generated corpus; the same for the same seed."""
    rng = random.Random(seed)
    series = _series(rng)
    rows, bodies = [], []
    one_offs = [(f"{name} ({n})" if n else name) for n in range(3) for name in ONE_OFF]
    for article in _articles(rng, articles):
        chosen = rng.sample(series, rng.choice([1, 1, 2, 2, 3, 4]))
        claims = []
        for s in chosen:
            said = [f for f in s["figures"] if f[0] <= article["day"]] or s["figures"][:1]
            # Most outlets carry the claimant's latest figure; some repeat an older one.
            day, figure = said[-1] if rng.random() < 0.75 or len(said) == 1 else rng.choice(said[:-1])
            claimant, country = s["claimant"], s["country"]
            if rng.random() < 0.12:
                claimant, country = rng.choice(one_offs), rng.choice(["", "UA", "RU", "un", "other"])
            elif rng.random() < 0.08:
                claimant, country = "", ""   # the outlet's own voice
            claims.append(_claim(rng, article, len(claims), str(s["subject"]), str(s["metric"]),
                                 claimant, country, figure))
        if rng.random() < 0.1 and claims:
            last = claims[-1]
            extra = {"qualifier": "exact", "value": 1_000 * rng.randint(1, 6), "low": None, "high": None}
            extra["number_text"] = f"{extra['value']:,}"
            claims.append(_claim(rng, article, len(claims), last["subject"], last["metric"],
                                 last["claimant"], last["claimant_country"], extra, incremental=1))
        rows.extend(claims)
        body = " ".join(c["quote"] for c in claims)
        if article["wire"]:   # a wire paragraph shared word for word makes a copy family
            body += " " + _wire_paragraph(article["wire"], article["day"] // 30)
        bodies.append({"article_id": article["article_id"], "outlet": article["outlet"],
                       "published": article["published"], "wire": article["wire"], "body": body})
    table = coerce_claims(pd.DataFrame(rows, columns=list(REVIEWED_COLUMNS)))
    for column in REVIEWED_COLUMNS[len(CLAIM_COLUMNS):]:
        table[column] = pd.Series([r[column] for r in rows], dtype="string")
    return table, pd.DataFrame(bodies)


def _wire_paragraph(wire: str, month: int) -> str:
    words = [f"{wire.lower()}word{(month * 7 + i) % 97}" for i in range(60)]
    return " ".join(words) + "."


def generated_tables(articles: int = 500, seed: int = SEED) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(reviewed claims, provenance) of a generated corpus of `articles` articles."""
    claims, bodies = generated_claims(articles, seed)
    aliases = pd.DataFrame([{"alias": a, "canonical": c, "country": k, "kind": t}
                            for a, (c, k, t) in ALIASES.items()]).astype("string")
    return claims, with_provenance(claims, bodies, aliases)


# --- the three corpora and the five charts --------------------------------------------------------

@functools.cache
def corpus(name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(reviewed claims, provenance) of one corpus."""
    if name == "generated":
        return generated_tables(500)
    data = ROOT / "data" if name == "seeds" else DEVSET
    return (read_reviewed_claims(data / "claims_reviewed.csv"),
            read_provenance(data / "claims_provenance.csv"))


def draw(chart: str, claims: pd.DataFrame, provenance: pd.DataFrame, **options: object) -> plt.Figure:
    """One chart, called as the notebooks call it."""
    if chart == "claims_by_metric_and_outlet":
        return plot_claim_counts(counts_by_metric_and_outlet(claims), claims)
    if chart == "troops_over_time":
        return plot_troops(troop_series(claims), **options)
    if chart == "casualties_over_time":
        return plot_casualties(casualty_series(claims), discrepancies(claims), **options)
    if chart == "echo":
        return plot_echo(provenance, **options)
    return plot_outlet_claimant_matrix(provenance)


@functools.cache
def chart(name: str, chart: str) -> plt.Figure:
    """One chart of one corpus, drawn once for every test that reads it."""
    fig = draw(chart, *corpus(name))
    plt.close(fig)        # out of pyplot's list of open figures,
    FigureCanvasAgg(fig)  # and drawable still
    return fig


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def collisions(fig: plt.Figure) -> list[str]:
    """Every pair of drawn texts whose extents overlap, and every text leaving the figure
    (the figure is drawn)."""
    drawn = drawn_texts(fig)
    boxes = np.array([tuple(extent.extents) for _, extent in drawn]).reshape(-1, 4)
    names = [repr(text.get_text())[:60] for text, _ in drawn]
    width, height = fig.bbox.width, fig.bbox.height
    problems = [f"{names[i]} leaves the figure ({np.round(boxes[i]).tolist()} in {width:.0f}x{height:.0f})"
                for i in range(len(boxes))
                if boxes[i, 0] < -TOLERANCE or boxes[i, 1] < -TOLERANCE
                or boxes[i, 2] > width + TOLERANCE or boxes[i, 3] > height + TOLERANCE]
    across = np.minimum(boxes[:, None, 2], boxes[None, :, 2]) - np.maximum(boxes[:, None, 0], boxes[None, :, 0])
    up = np.minimum(boxes[:, None, 3], boxes[None, :, 3]) - np.maximum(boxes[:, None, 1], boxes[None, :, 1])
    for i, j in zip(*np.nonzero(np.triu((across > TOLERANCE) & (up > TOLERANCE), k=1))):
        problems.append(f"{names[i]} overlaps {names[j]}")
    return problems


def saved_size(fig: plt.Figure) -> tuple[float, float]:
    """Width and height (inches) of a drawn figure as save_figure writes it (tight box + pad)."""
    tight = fig.get_tightbbox(fig.canvas.get_renderer())
    return tight.width + 2 * PAD_INCHES, tight.height + 2 * PAD_INCHES


def legend_patches(fig: plt.Figure) -> dict[str, str]:
    """Outlet legend entries (label -> colour) of a figure."""
    entries = {}
    for legend in fig.legends:
        for handle, text in zip(legend.legend_handles, legend.get_texts()):
            if isinstance(handle, Patch) and matplotlib.colors.to_hex(handle.get_facecolor()) in OUTLET_COLOURS:
                entries[text.get_text()] = matplotlib.colors.to_hex(handle.get_facecolor())
    return entries


OUTLET_COLOURS = {*PALETTE, OTHER_COLOUR, UNKNOWN_COLOUR}


# --- readable at every size ------------------------------------------------------------------------

@pytest.mark.parametrize("which", CHARTS)
@pytest.mark.parametrize("name", CORPORA)
def test_no_text_overlaps_or_leaves_the_figure_and_it_fits_a_page(name: str, which: str) -> None:
    fig = chart(name, which)
    assert collisions(fig) == []
    width, height = fig.get_size_inches()
    assert height <= MAX_HEIGHT and width <= MAX_WIDTH
    saved_width, saved_height = saved_size(fig)
    assert saved_height <= MAX_HEIGHT, f"{saved_height:.1f} inches tall once saved"
    assert saved_width <= MAX_WIDTH, f"{saved_width:.1f} inches wide once saved"
    assert len(legend_patches(fig)) <= 10


def test_generated_corpus_is_what_the_issue_asks_for() -> None:
    claims, provenance = corpus("generated")
    assert claims["article_id"].nunique() == 500
    assert claims["outlet"].nunique() >= 40
    assert provenance["claimant_canonical"].nunique() >= 40
    assert claims["subject"].nunique() >= 5
    dates = pd.to_datetime(claims["published"].replace("", None)).dropna()
    assert (dates.max() - dates.min()).days >= 700
    assert (claims["published"] == "").any() and (claims["outlet"] == "unknown outlet").any()
    assert generated_tables(40)[0].equals(generated_tables(40)[0])  # the same every run


def test_at_most_eight_outlet_colours_then_other_and_unknown() -> None:
    claims, _ = corpus("generated")
    colours = outlet_colours(claims["outlet"])
    assert set(colours) == set(claims["outlet"])
    named = {o for o, c in colours.items() if c in PALETTE}
    assert len(named) == 8 and len(set(colours[o] for o in named)) == 8
    counts = claims["outlet"].value_counts()
    assert min(counts[o] for o in named) >= max(counts[o] for o in colours if o not in named
                                               and o != "unknown outlet")
    assert colours["unknown outlet"] == UNKNOWN_COLOUR
    assert {c for o, c in colours.items() if o not in named and o != "unknown outlet"} == {OTHER_COLOUR}


def test_outlet_groups_subjects_and_echo_rows_are_chosen_by_counts() -> None:
    outlets = ["A"] * 5 + ["B"] * 3 + ["C"] * 3 + ["D"] + ["unknown outlet"] * 9 + [""]
    assert outlet_groups(outlets, top=2) == {"": "outlet unknown", "A": "A", "B": "B",
                                             "C": "other outlets", "D": "other outlets",
                                             "unknown outlet": "outlet unknown"}
    assert outlet_groups({"A": 5, "B": 3, "C": 3}, top=2) == outlet_groups(outlets[:11], top=2)
    series = pd.DataFrame({"published": ["2025-01-01", "2025-01-02", "", "", "", "2025-01-03"],
                           "subject": ["RU", "KP", "UA", "UA", "UA", "KP"]})
    assert dominant_subject(series) == "KP"         # most *dated* claims; ties by code
    assert dominant_subject(series.iloc[:2]) == "KP"
    assert subject_note(series, "KP") == (
        "Only claims about North Korean people are drawn: 1 dated claim about 1 other subject "
        "(Russian 1) is in the table beside the chart.")
    lines = pd.DataFrame({"figure_label": list("abcd"), "reports": [1, 3, 1, 2],
                          "independent": [1, 1, 1, 2], "first_seen": ["1", "2", "3", "4"],
                          "last_seen": ["5", "6", "9", "7"]})
    assert list(echo_shown(lines, 2)["figure_label"]) == ["b", "d"]      # carried by most
    assert list(echo_shown(lines, 3)["figure_label"]) == ["b", "c", "d"]  # then the latest
    assert len(echo_shown(lines, 4)) == 4


def test_every_chart_gives_an_outlet_the_same_colour() -> None:
    seen: dict[str, set[str]] = {}
    for which in CHARTS[:4]:
        for label, colour in legend_patches(chart("generated", which)).items():
            seen.setdefault(label.split(" other outlet")[0] if "other outlet" in label else label, set()).add(colour)
    assert seen and all(len(colours) == 1 for colours in seen.values()), seen


@pytest.mark.parametrize(("which", "subject", "name"), [("troops_over_time", "IL", "Israeli"),
                                                         ("casualties_over_time", "RU", "Russian")])
def test_time_charts_draw_one_subject(which: str, subject: str, name: str) -> None:
    claims, provenance = corpus("generated")
    default = chart("generated", which)
    assert default.get_suptitle().startswith("North Korean ")  # the most dated claims
    notes = [t for t in figure_texts(default) if t.startswith("Only claims about North Korean people")]
    assert notes and "other subject" in notes[0] and name in notes[0]
    chosen = draw(which, claims, provenance, subject=subject)
    assert chosen.get_suptitle().startswith(f"{name} ")
    assert "North Korean" in " ".join(t for t in figure_texts(chosen) if t.startswith("Only claims"))


def test_echo_chart_draws_the_figures_that_travelled_and_says_where_the_rest_are() -> None:
    _, provenance = corpus("generated")
    fig = chart("generated", "echo")
    rows = fig.axes[0].get_yticklabels()
    lines = echo_lines(provenance)
    assert len(rows) == 24 < len(lines)
    note = fig.axes[0].get_title(loc="left").replace("\n", " ")
    assert f"24 of {len(lines)} figures drawn" in note
    assert f"other {len(lines) - 24} are listed in the CSV saved beside this chart" in note
    shown = [int(t.get_text()) for t in fig.axes[0].texts if t.get_text().isdigit()] or \
        [int(t.get_text().split()[0]) for t in fig.axes[0].texts if t.get_text()[:1].isdigit()]
    assert min(shown) >= 2 and min(shown) >= sorted(lines["reports"], reverse=True)[23]


def test_echo_chart_from_a_lineage_table_is_bounded_too() -> None:
    lineage = pd.read_csv(DEVSET / "lineage.csv", dtype="string", keep_default_na=False)
    fig = plot_echo(lineage)
    assert len(fig.axes[0].get_yticklabels()) == 24 < len(lineage)
    assert "listed in the CSV saved beside this chart" in fig.axes[0].get_title(loc="left").replace("\n", " ")
    assert collisions(fig) == []
    assert saved_size(fig)[1] <= MAX_HEIGHT


def test_matrix_shows_the_top_claimants_and_outlets_and_gathers_the_rest() -> None:
    _, provenance = corpus("generated")
    fig = chart("generated", "outlet_claimant_matrix")
    ax = fig.axes[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    columns = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
    assert len(rows) <= 10 and rows[-2].endswith("other outlets") and rows[-1] == "outlet unknown"
    assert len(columns) <= 14 and columns[-2].endswith("other claimants")
    assert columns[-1] == "outlet's own voice"
    cells = [int(t.get_text()) for t in ax.texts]
    assert len(cells) == len(rows) * len(columns) and sum(cells) == len(provenance)
    assert outlet_claimant_counts(provenance).shape[1] > 14   # the CSV keeps every claimant
    assert any("listed in the CSV saved beside this chart" in t for t in figure_texts(fig))


def test_charts_at_scale_are_the_same_twice() -> None:
    """Labels placed at scale land in the same places, and the PNG has the same bytes, however
    often the chart is drawn (the seeds' charts are compared across processes, in all formats,
    in test_figures.py)."""
    claims, _ = corpus("generated")
    drawn, pngs = [], []
    for _ in range(2):
        fig = plot_troops(troop_series(claims))
        drawn.append([(t.get_text(), tuple(np.round(e.extents, 3))) for t, e in drawn_texts(fig)])
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
        pngs.append(buffer.getvalue())
    assert drawn[0] == drawn[1]
    assert pngs[0] == pngs[1]


def test_a_story_told_on_one_day_has_date_ticks_that_do_not_collide() -> None:
    # The devset's Philippine losses: every claim from one article of 27 January 2019.
    claims, provenance = corpus("devset")
    fig = draw("casualties_over_time", claims, provenance, subject="PH")
    assert collisions(fig) == []
