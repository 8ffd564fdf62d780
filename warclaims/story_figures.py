"""The contested-range chart, and the figure set of every story under figures/<slug>/.

`plot_contested_range` draws one story (see `warclaims.stories`), one panel per metric, over
publication date:

- a **step line** per canonical claimant: its figure holds until it gives a new one (solid;
  dashed for an outlet's own figure, no source named; thin dots once no article has carried
  it for `stories.CIRCULATION_DAYS` days, when it leaves the band);
- the **band** between the lowest and the highest figure in circulation at each date, shaded; an open
  end ("more than 10,000", "up to 3,000") is hatched up to the top (down to the bottom) of the
  panel, a vague amount spans its bucket;
- a **dot** per article's report on the date it was published, coloured by outlet (the 8
  outlets with most claims in the story, then "other outlets", and "outlet unknown" in light
  grey) and shaped by its hedge; a "+" is an increment ("another 3,000"), never a total; a ✕
  a stale repeat (an older figure from the same claimant, after a newer one was out);
- **direct labels** only where they fit: each claimant's latest figure at the right end of
  its line, its first figure where the line starts, an increment beside its mark, and the
  widest same-day disagreement of a panel.  Every report is in the table saved beside the
  chart (`stories.contested_range_table`), labelled or not.

The chart is at most `MAX_HEIGHT` inches tall whatever the corpus, and its bytes are the same
on every run (labels are placed by arithmetic on the laid-out figure, ties broken by name).

`export_stories` (called by `pipeline.refresh` after the notebooks) writes, for every story
with at least `stories.MIN_STORY_CLAIMS` dated claims, figures/<slug>/: the contested-range
chart, the troops or casualties chart of the story and its echo chart (each .png, .svg, .pdf
and .csv, via `figures.save_figure`), then figures/stories.csv and figures/index.md.  A file is
written only when its bytes change; a story whose inputs and code are unchanged is not even
drawn again (fingerprints in data/cache/stories.json, safe to delete).  Files of a story
folder that the previous index lists and this run no longer makes are removed, then the folder
if it is empty; nothing else is ever deleted.
"""
from __future__ import annotations

import hashlib
import json
import math
import multiprocessing
import os
import sys
import tempfile
import textwrap
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

from warclaims import figures as house
from warclaims.analysis import (
    TIME_AXES, casualty_series, claimant_short, discrepancies, echo_rows, figure_data, outlet_is_unknown,
    troop_series,
)
from warclaims.figures import house_rc, plot_casualties, plot_echo, plot_troops, save_figure
from warclaims.files import write_bytes_atomic
from warclaims.provenance import read_provenance_table
from warclaims.stories import (
    CIRCULATION_DAYS, KIND_METRICS, MIN_STORY_CLAIMS, SLUG_PATTERN, STORY_COLUMNS, ContestedRange,
    Story, as_story, contested_range, contested_range_table, list_stories, story_claims,
    story_title, unassigned_claims,
)

__all__ = [
    "STORY_FIGURES", "export_stories", "plot_contested_range", "story_colours",
]

ROOT = Path(__file__).resolve().parent.parent

#: The house style's label size, log-axis threshold, panel labels, page size and text for the
#: renderer (warclaims.figures).
LABEL_SIZE = house.LABEL_SIZE
LOG_RATIO = house.LOG_RATIO
PANEL_LABELS = dict(house.PANEL_LABELS)
_display = getattr(house, "_display", str)   # characters the house font lacks become "?"

#: Chart size: width, height per panel and of title, legend and source line, and the cap (a
#: printed page once save_figure has padded it).
WIDTH = 12.5
PANEL_HEIGHT = 2.75
FRAME_HEIGHT = 2.1
MAX_HEIGHT = house.MAX_HEIGHT - 2 * house.PAD_INCHES
#: Colours of the band, its open ends, the claimant lines and the own-voice lines.
BAND_COLOUR = "#c9d6e8"
BAND_EDGE = "#7f93ad"
LINE_COLOUR = "0.18"
OWN_VOICE_COLOUR = "0.55"
FADED_COLOUR = "0.6"
OWN_VOICE_DASH = (0, (4.0, 2.0))
FADED_DOTS = (0, (1.0, 2.2))
#: Reports of different outlets on one date are set apart by this share of the date span.
DODGE_SHARE = 0.006
#: The lines (and the band) run on past the newest report by this share of the date span.
END_SHARE = 0.05
#: A panel with more reports than this draws smaller marks.
CROWDED = 60
#: At most this many increments of a panel get a label.
INCREMENT_LABELS = 3
#: Widest right margin for the end labels, as a share of the panel's width.
MARGIN_SHARE = 0.36
#: y-axis label of each panel.
AXIS_LABELS = {**PANEL_LABELS, "deployed": "soldiers deployed\n(reported)",
               "missing": "people missing\n(reported)", "captured": "people captured\n(reported)"}
#: What each report's mark means (legend), in legend order.
REPORT_MARKS = {
    "point": "exact figure",
    "approx": "about (“some 2,000”)",
    "open_up": "more than (open upward)",
    "open_down": "up to (open downward)",
    "bar": "range: a bar between its numbers",
    "band": "vague (“thousands”): bar over its bucket",
}
INCREMENT_NOTE = "increment (“another 3,000”), not a total"
STALE_NOTE = "stale: repeated after the same claimant's\nnewer figure was out"
LINE_NOTE = "claimant's figure, held until it gives\na new one (label: first and latest figure)"
OWN_VOICE_NOTE = "an outlet's own figure (no source named)"
FADED_NOTE = f"no article carried it for {CIRCULATION_DAYS} days:\nstill its latest, out of the band"
BAND_NOTE = "lowest to highest figure in circulation"
OPEN_NOTE = "open end: a “more than” figure\nsets no ceiling (“up to”: no floor)"
#: The figures of a story's folder, by kind: (name, what the index calls it).
STORY_FIGURES = {
    "deployed": (("contested_range", "contested range"), ("troops_over_time", "troops over time"),
                 ("echo", "echo")),
    "losses": (("contested_range", "contested range"), ("casualties_over_time", "casualties over time"),
               ("echo", "echo")),
}
FIGURE_SUFFIXES = (".png", ".svg", ".pdf", ".csv")
#: Stories are drawn in parallel processes from this many on.
PARALLEL_FROM = 4
INDEX_CSV = "stories.csv"
INDEX_MD = "index.md"
#: Columns of figures/stories.csv: the story list, whether it was exported, and its charts.
INDEX_COLUMNS = (*STORY_COLUMNS, "exported", "figures")
#: Source files and packages whose change draws every story again.
_CODE_FILES = ("stories.py", "story_figures.py", "figures.py", "analysis.py", "files.py", "countries.py",
               "data/actor_aliases.csv")
_PACKAGES = ("matplotlib", "seaborn", "pandas", "numpy")


# --- colours ------------------------------------------------------------------------------------

def story_colours(claims: pd.DataFrame) -> dict[str, str]:
    """The shared outlet colours (`figures.outlet_colours`) of one story's claims: the 8
    outlets with most claims in the story each their own colour, every other outlet the grey of
    "other outlets", an unnamed outlet the grey of "outlet unknown".  Pass the same mapping to
    every chart of the story, so an outlet has one colour in all of them."""
    return house.outlet_colours(claims["outlet"].astype("string").fillna(""))


# --- the chart ----------------------------------------------------------------------------------

def _thousands(value: float, _pos: Any = None) -> str:
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def _dodged(reports: pd.DataFrame, span: float) -> pd.Series:
    """x of each report: its date, outlets of one metric and date set a little apart (in the
    order of their names)."""
    x = reports["published"].map(mdates.date2num).astype("float64")
    if reports.empty:
        return x
    groups = reports.groupby(["metric", "published"], sort=False)["outlet"]
    rank = groups.rank(method="dense").astype("float64") - 1
    count = groups.transform("nunique").astype("float64")
    return x + (rank - (count - 1) / 2) * max(span, 30.0) * DODGE_SHARE


def _y_scale(ax: plt.Axes, cr: ContestedRange, metric: str) -> bool:
    """Linear from zero, or log when the figures span more than LOG_RATIO; True for log."""
    reports = cr.reports[cr.reports["metric"] == metric]
    band = cr.band[cr.band["metric"] == metric]
    values = [v for column in ("y", "y_low", "y_high") for v in reports[column].dropna().astype(float)]
    values += [v for column in ("solid_low", "solid_high") for v in band[column].dropna().astype(float)]
    positive = [v for v in values if v > 0]
    top = max(values) if values else 1.0
    log = bool(positive) and max(positive) / min(positive) > LOG_RATIO
    if log:
        ax.set_yscale("log")
        ax.set_ylim(min(positive) / 2.2, max(positive) * 3.5)
        ax.yaxis.set_major_locator(LogLocator(base=10, numticks=8))
        ax.yaxis.set_minor_formatter(NullFormatter())
    else:
        ax.set_ylim(0, max(top, 1.0) * 1.3)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    low, high = ax.get_ylim()
    ax.set_yticks([t for t in ax.yaxis.get_major_locator()() if low <= t <= high])
    ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
    return log


def _draw_band(ax: plt.Axes, band: pd.DataFrame, x_end: float) -> None:
    """The band as one collection of rectangles, and its open ends as one hatched collection."""
    bottom, top = ax.get_ylim()
    solid, hatched = [], []
    for row in band.to_dict("records"):
        x0 = mdates.date2num(row["start"])
        x1 = x_end if pd.isna(row["end"]) else min(mdates.date2num(row["end"]), x_end)
        if x0 >= x_end:
            continue
        low, high = float(row["solid_low"]), float(row["solid_high"])
        solid.append([(x0, low), (x1, low), (x1, high), (x0, high)])
        for is_open, y0, y1 in ((row["open_high"], high, top), (row["open_low"], bottom, low)):
            if is_open:
                hatched.append([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    if solid:
        ax.add_collection(PolyCollection(solid, facecolors=BAND_COLOUR, edgecolors=BAND_COLOUR,
                                         linewidths=0.3, zorder=1), autolim=False)
    if hatched:
        ax.add_collection(PolyCollection(hatched, facecolors="none", edgecolors=BAND_EDGE, hatch="////",
                                         linewidths=0, alpha=0.55, zorder=1), autolim=False)


def _draw_steps(ax: plt.Axes, steps: pd.DataFrame, x_end: float) -> None:
    """Each line: solid while its figure is in circulation, thin and dotted after that until
    the line gives a new figure (or the end of the chart); a rise or fall where it changes.
    Drawn as three collections: claimant lines, own-voice lines, faded continuations."""
    segments: dict[str, list[list[tuple[float, float]]]] = {"claimant": [], "own voice": [], "faded": []}
    for (kind, _), group in steps.groupby(["line_kind", "line"], sort=True):
        previous: tuple[float, float] | None = None
        for row in group.to_dict("records"):
            x0 = mdates.date2num(row["start"])
            x1 = x_end if pd.isna(row["end"]) else min(mdates.date2num(row["end"]), x_end)
            until = min(mdates.date2num(row["until"]), x1)
            y = float(row["y"])
            if previous is not None:
                segments[kind if previous[1] >= x0 else "faded"].append([(x0, previous[0]), (x0, y)])
            segments[kind].append([(x0, y), (until, y)])
            if until < x1:
                segments["faded"].append([(until, y), (x1, y)])
            previous = (y, until)
    styles = {"claimant": {"colors": LINE_COLOUR, "linewidths": 1.7, "linestyles": "solid"},
              "own voice": {"colors": OWN_VOICE_COLOUR, "linewidths": 1.1, "linestyles": [OWN_VOICE_DASH]},
              "faded": {"colors": FADED_COLOUR, "linewidths": 0.9, "linestyles": [FADED_DOTS]}}
    for kind in ("faded", "own voice", "claimant"):
        if segments[kind]:
            ax.add_collection(LineCollection(segments[kind], zorder=2, capstyle="butt", **styles[kind]),
                              autolim=False)


_MARKERS = {"point": "o", "approx": "o", "open_up": "^", "open_down": "v", "bar": "s", "band": "D"}


def _outlet_colour(colours: Mapping[str, str], outlet: Any) -> str:
    """An outlet's colour: "outlet unknown" grey for an unnamed one, else its colour in the
    mapping (an outlet the mapping lacks is one of the "other outlets")."""
    if outlet_is_unknown(outlet):
        return house.UNKNOWN_COLOUR
    return colours.get(str(outlet), house.OTHER_COLOUR)


def _scale(reports: int) -> float:
    """Marks shrink (to at most half their size) when a panel holds many reports."""
    return max(0.5, min(1.0, (CROWDED / max(reports, 1)) ** 0.5))


def _draw_reports(ax: plt.Axes, reports: pd.DataFrame, x: pd.Series, colours: Mapping[str, str]) -> None:
    colour = reports["outlet"].map(lambda o: _outlet_colour(colours, o))
    scale = _scale(len(reports))
    whiskers = reports[reports["mark"].isin(["bar", "band"]) & (reports["kind"] == "total")]
    if len(whiskers):
        ax.vlines(x[whiskers.index], whiskers["y_low"].astype(float), whiskers["y_high"].astype(float),
                  colors=list(colour[whiskers.index]), linewidth=2.2 * scale, alpha=0.55 * scale, zorder=3)
    for mark, marker in _MARKERS.items():
        rows = reports[(reports["mark"] == mark) & (reports["kind"] == "total")]
        if rows.empty:
            continue
        hollow = mark in ("approx", "band")
        ax.scatter(x[rows.index], rows["y"].astype(float), marker=marker,
                   s=(46 if marker != "D" else 34) * scale ** 2,
                   c="white" if hollow else list(colour[rows.index]),
                   edgecolors=list(colour[rows.index]) if hollow else "white",
                   linewidths=1.9 if hollow else 0.7, zorder=4)
    increments = reports[reports["kind"] == "increment"]
    if len(increments):
        ax.scatter(x[increments.index], increments["y"].astype(float), marker="P", s=95 * scale ** 2,
                   c=list(colour[increments.index]), edgecolors="black", linewidths=0.7, zorder=4)
    stale = reports[reports["stale"]]
    if len(stale):
        ax.scatter(x[stale.index], stale["y"].astype(float), marker="x", s=30 * scale ** 2, c="0.05",
                   linewidths=1.4, zorder=5)


def _legend(fig: Figure, cr: ContestedRange, colours: Mapping[str, str]) -> None:
    headers = ("Outlet (colour of the dot)", "Report (one article)", "Lines and band")
    blank = {"linestyle": "none", "marker": "none"}
    grey = "0.3"
    handles: list[Any] = [Line2D([], [], label=headers[0], **blank)]
    handles += house.outlet_handles(cr.reports["outlet"], colours)
    handles += [Line2D([], [], label=" ", **blank), Line2D([], [], label=headers[1], **blank)]
    totals = cr.reports[cr.reports["kind"] == "total"]
    for mark, text in REPORT_MARKS.items():
        if (totals["mark"] == mark).any():
            hollow = mark in ("approx", "band")
            handles.append(Line2D([], [], marker=_MARKERS[mark], linestyle="none", markersize=7,
                                  markerfacecolor="white" if hollow else grey, markeredgecolor=grey,
                                  markeredgewidth=1.6 if hollow else 0.5, label=text))
    if (cr.reports["kind"] == "increment").any():
        handles.append(Line2D([], [], marker="P", linestyle="none", markersize=9, color=grey,
                              markeredgecolor="black", markeredgewidth=0.7, label=INCREMENT_NOTE))
    if cr.reports["stale"].any():
        handles.append(Line2D([], [], marker="x", linestyle="none", markersize=6, color="0.05",
                              markeredgewidth=1.4, label=STALE_NOTE))
    handles += [Line2D([], [], label=" ", **blank), Line2D([], [], label=headers[2], **blank)]
    if (cr.steps["line_kind"] == "claimant").any():
        handles.append(Line2D([], [], color=LINE_COLOUR, linewidth=1.7, label=LINE_NOTE))
    if (cr.steps["line_kind"] == "own voice").any():
        handles.append(Line2D([], [], color=OWN_VOICE_COLOUR, linewidth=1.1, linestyle=OWN_VOICE_DASH,
                              label=OWN_VOICE_NOTE))
    if len(cr.steps) and (cr.steps["until"] < cr.steps["end"].fillna(cr.end + pd.Timedelta(days=1))).any():
        handles.append(Line2D([], [], color=FADED_COLOUR, linewidth=0.9, linestyle=FADED_DOTS,
                              label=FADED_NOTE))
    if len(cr.band):
        handles.append(Patch(facecolor=BAND_COLOUR, label=BAND_NOTE))
    if len(cr.band) and (cr.band["open_high"].any() or cr.band["open_low"].any()):
        handles.append(Patch(facecolor="none", edgecolor=BAND_EDGE, hatch="////", linewidth=0,
                             label=OPEN_NOTE))
    legend = fig.legend(handles=handles, loc="outside right upper", frameon=False, fontsize=8.5)
    for text in legend.get_texts():
        if text.get_text() in headers:
            text.set_fontweight("bold")


def _legend_height(cr: ContestedRange, colours: Mapping[str, str]) -> float:
    """Inches the legend needs (so a one-panel chart is tall enough to hold it)."""
    fig = plt.figure()
    try:
        _legend(fig, cr, colours)
        lines = sum(text.get_text().count("\n") + 1 for text in fig.legends[0].get_texts())
    finally:
        plt.close(fig)
    return 0.205 * lines + 1.4


def _source_note(cr: ContestedRange) -> str:
    """What the house source line (figures.add_source_line) is preceded by on this chart."""
    undated = (f"{cr.undated} undated claim{'s' if cr.undated != 1 else ''} left out. " if cr.undated else "")
    spans = cr.spans_and_rates
    spans = (f"{spans} count{'s' if spans != 1 else ''} for a span or a rate left out (see count_kind). "
             if spans else "")
    return (f"{undated}{spans}Every report, with the figure its claimant held and the band on its date, is in "
            f"the CSV saved beside this chart.")


def plot_contested_range(claims: pd.DataFrame, colours: Mapping[str, str] | None = None,
                         title: str | None = None, time_axis: str = "published") -> Figure:
    """The contested-range chart of one story's claims (`stories.story_claims`; a provenance
    table gives canonical claimants): see the module docstring.  `colours` by outlet (default
    `story_colours(claims)`); `title` (default the story's title, naming the metrics drawn: an
    undated claim has no panel); `time_axis` names the dates the claims hold
    (`analysis.TIME_AXES`; see `analysis.on_time_axis`)."""
    cr = contested_range(claims)
    colours = dict(colours) if colours is not None else story_colours(claims)
    subject = next(iter(set(claims["subject"].astype("string").fillna(""))), "") if len(claims) else ""
    kind = "deployed" if cr.metrics == ("deployed",) or (claims["metric"] == "deployed").all() else "losses"
    title = title or story_title(subject, kind, cr.metrics or list(claims["metric"].unique()))
    metrics = cr.metrics or (KIND_METRICS[kind][0],)
    height = min(MAX_HEIGHT, max(FRAME_HEIGHT + PANEL_HEIGHT * len(metrics), _legend_height(cr, colours)))
    with mpl.rc_context(house_rc()):
        fig, axes = plt.subplots(len(metrics), 1, figsize=(WIDTH, height), sharex=True,
                                 layout="constrained", squeeze=False)
        axes = list(axes[:, 0])
        if cr.end is not None:
            first = mdates.date2num(cr.reports["published"].min())
            last = mdates.date2num(cr.end)
        else:
            first = last = mdates.date2num(pd.Timestamp("2000-01-01"))
        span = max(last - first, 30.0)
        x = _dodged(cr.reports, span) if len(cr.reports) else pd.Series(dtype="float64")
        x_end = last + span * END_SHARE
        for ax, metric in zip(axes, metrics):
            _y_scale(ax, cr, metric)
            _draw_band(ax, cr.band[cr.band["metric"] == metric], x_end)
            _draw_steps(ax, cr.steps[cr.steps["metric"] == metric], x_end)
            rows = cr.reports[cr.reports["metric"] == metric]
            _draw_reports(ax, rows, x, colours)
            ax.set_ylabel(AXIS_LABELS.get(metric, f"{metric}\n(reported)"))
            ax.set_title(metric.capitalize(), loc="left", fontsize=11)
            ax.grid(axis="x", visible=False)
        if cr.reports.empty:
            axes[0].text(0.5, 0.5, "no dated claims in this story", transform=axes[0].transAxes,
                         ha="center")
        axes[-1].xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
        axes[-1].xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
        axes[-1].set_xlabel(TIME_AXES[time_axis])
        pad = span * 0.04
        axes[-1].set_xlim(first - pad, x_end + pad)
        fig.suptitle(f"{title}: how the figures shifted\neach claimant's figure (line), the range "
                     f"in circulation (band), every article's report (dot)",
                     x=0.01, ha="left", fontsize=13, fontweight="bold")
        _legend(fig, cr, colours)
        house.add_source_line(fig, claims, note=_source_note(cr))
        fig.draw_without_rendering()
        fig.set_layout_engine("none")   # the layout is fixed from here: labels go where it left room
        if len(cr.reports):
            _Labeller(fig, axes, metrics, cr, x, first - pad, x_end, claims).place()
    return fig


# --- direct labels ------------------------------------------------------------------------------

Box = tuple[float, float, float, float]


def _pack(wanted: list[tuple[float, float]], bottom: float, top: float) -> list[float] | None:
    """Centres for labels of the given (wanted centre, height), kept in the order of their
    wanted centres, none overlapping and all within bottom..top, each moved as little as a
    forward and a backward pass allow; None when they cannot all fit.  The result is in the
    order of `wanted`."""
    order = sorted(range(len(wanted)), key=lambda i: (wanted[i][0], i))
    heights = [wanted[i][1] for i in order]
    if sum(heights) > top - bottom:
        return None
    centres: list[float] = []
    for k, i in enumerate(order):
        floor = bottom + heights[k] / 2 if k == 0 else centres[-1] + (heights[k - 1] + heights[k]) / 2
        centres.append(max(wanted[i][0], floor))
    ceiling = top
    for k in range(len(order) - 1, -1, -1):
        centres[k] = min(centres[k], ceiling - heights[k] / 2)
        ceiling = centres[k] - heights[k] / 2
    if centres[0] - heights[0] / 2 < bottom - 1e-6:
        return None
    result = [0.0] * len(wanted)
    for k, i in enumerate(order):
        result[i] = centres[k]
    return result


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Labeller:
    """Places the direct labels of a laid-out contested-range chart (see the module docstring).

    Every label is measured with the renderer and tried at a few places in a fixed order; it
    takes the first that lies inside its panel and overlaps no mark and no other label, else it
    is left out (its figure is in the CSV).  The right margin is widened first so that the end
    labels fit, up to MARGIN_SHARE of the panel."""

    def __init__(self, fig: Figure, axes: list[plt.Axes], metrics: tuple[str, ...], cr: ContestedRange,
                 x: pd.Series, x_left: float, x_end: float, claims: pd.DataFrame) -> None:
        self.fig, self.axes, self.metrics, self.cr, self.x = fig, axes, metrics, cr, x
        self.x_left, self.x_end, self.claims = x_left, x_end, claims
        self.first = mdates.date2num(cr.reports["published"].min())
        self.last = mdates.date2num(cr.end)
        self.renderer = fig.canvas.get_renderer()
        self.pt = fig.dpi / 72.0
        self.pairs = discrepancies(claims, days=0)
        self.marks: list[Box] = []
        self.sizes: dict[str, tuple[float, float]] = {}

    # measuring
    def _size(self, ax: plt.Axes, text: str) -> tuple[float, float]:
        """Width and height (display units, with a little room) of a label."""
        if text not in self.sizes:
            probe = ax.text(0, 0, _display(text), fontsize=LABEL_SIZE)
            extent = probe.get_window_extent(self.renderer)
            probe.remove()
            self.sizes[text] = (extent.width + 3 * self.pt, extent.height + 2 * self.pt)
        return self.sizes[text]

    def _latest_labels(self, metric: str) -> list[tuple[str, float, pd.Series]]:
        """(text, y, latest period) of each named line's latest figure, most reports first."""
        steps = self.cr.steps[(self.cr.steps["metric"] == metric) & (self.cr.steps["line_kind"] == "claimant")]
        labels = []
        for line, group in steps.groupby("line", sort=True):
            latest = group.iloc[-1]
            labels.append((-int(group["reports"].sum()), line, f"{latest['label']}: {latest['figure']}",
                           float(latest["y"]), latest))
        labels.sort(key=lambda item: item[:2])
        return [(text, y, latest) for *_, text, y, latest in labels]

    def _current(self, latest: pd.Series) -> bool:
        """True when a line's latest figure is still in circulation at the newest report."""
        return self.cr.end is not None and latest["until"] > self.cr.end

    def _end_labels(self, metric: str) -> list[tuple[str, float]]:
        """The latest figures still in circulation at the newest report: the column at the right."""
        return [(text, y) for text, y, latest in self._latest_labels(metric) if self._current(latest)]

    def _fitted(self, text: str) -> str:
        """An end label on one line when it fits the margin, else the name over the figure."""
        if self._size(self.axes[0], text)[0] <= self.margin:
            return text
        name, figure = text.rsplit(": ", 1)
        return f"{name}\n{figure}"

    def place(self) -> None:
        widths = [self._size(self.axes[0], text)[0] for metric in self.metrics
                  for text, _ in self._end_labels(metric)]
        self._widen_margin(max(widths, default=0.0))
        for ax, metric in zip(self.axes, self.metrics):
            self._place_panel(ax, metric)

    def _widen_margin(self, width: float) -> None:
        """Make room right of the lines for the widest end label (at most MARGIN_SHARE of the
        panel), and keep the date ticks to where the lines are."""
        ax = self.axes[-1]
        frame = ax.get_window_extent()
        room = 10 * self.pt
        share = min((width + room) / frame.width, MARGIN_SHARE)
        self.margin = share * frame.width - room
        left, end = self.x_left, self.x_end
        ax.set_xlim(left, end + (end - left) * share / (1 - share))
        first, last = self.first, self.last
        ticks = [t for t in ax.xaxis.get_major_locator()() if first - 0.5 <= t <= last + 0.5]
        ax.set_xticks(ticks or [first])
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))

    def _inside(self, ax: plt.Axes) -> Box:
        frame = ax.get_window_extent()
        return (frame.x0 + 2 * self.pt, frame.y0 + 2 * self.pt, frame.x1 - 2 * self.pt, frame.y1 - 2 * self.pt)

    def _mark_boxes(self, ax: plt.Axes, metric: str) -> list[Box]:
        rows = self.cr.reports[self.cr.reports["metric"] == metric]
        if rows.empty:
            return []
        points = ax.transData.transform(list(zip(self.x[rows.index], rows["y"].astype(float))))
        r = 5.0 * self.pt
        return [(px - r, py - r, px + r, py + r) for px, py in points]

    def _fits(self, box: Box, inside: Box, taken: list[Box]) -> bool:
        return (inside[0] <= box[0] and box[2] <= inside[2] and inside[1] <= box[1] and box[3] <= inside[3]
                and not any(_overlaps(box, other) for other in taken))

    def _put(self, ax: plt.Axes, text: str, xy: tuple[float, float], anchor: tuple[float, float],
             ha: str, leader: bool, colour: str = "0.1", backed: bool = False) -> None:
        """Write `text` with its `ha` side at display point `anchor`; with `leader`, a thin line
        from it to `xy` (a text-less annotation, so the label's own extent is its text's)."""
        px, py = ax.transData.transform(xy)
        offset = ((anchor[0] - px) / self.pt, (anchor[1] - py) / self.pt)
        ax.annotate(_display(text), xy=xy, xytext=offset, textcoords="offset points", ha=ha, va="center",
                    fontsize=LABEL_SIZE, color=colour, zorder=6, annotation_clip=False,
                    bbox=({"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none",
                           "alpha": 0.85} if backed else None))
        if leader:
            ax.annotate("", xy=xy, xytext=offset, textcoords="offset points", annotation_clip=False,
                        arrowprops={"arrowstyle": "-", "color": "0.5", "lw": 0.6, "shrinkA": 0.0,
                                    "shrinkB": 1.0}, zorder=5.5)

    def _try(self, ax: plt.Axes, text: str, xy: tuple[float, float],
             places: list[tuple[float, float, str]], inside: Box, taken: list[Box],
             colour: str = "0.1") -> bool:
        """Put `text` at the first of `places` (display x, y of its anchor, ha) that fits."""
        width, height = self._size(ax, text)
        px, py = ax.transData.transform(xy)
        for ax_x, ax_y, ha in places:
            x0 = ax_x if ha == "left" else ax_x - width
            box = (x0, ax_y - height / 2, x0 + width, ax_y + height / 2)
            leader = abs(ax_y - py) > height * 0.6 or abs(ax_x - px) > 14 * self.pt
            line = (min(ax_x, px), min(ax_y, py), max(ax_x, px), max(ax_y, py)) if leader else None
            if self._fits(box, inside, taken) and (line is None or not any(_overlaps(line, t) for t in taken
                                                                           if t not in self.marks)):
                self._put(ax, text, xy, (ax_x, ax_y), ha, leader, colour, backed=True)
                taken.append(box)
                return True
        return False

    def _place_panel(self, ax: plt.Axes, metric: str) -> None:
        inside = self._inside(ax)
        self.marks = self._mark_boxes(ax, metric)
        taken = list(self.marks)
        gap = 5 * self.pt
        end_x = ax.transData.transform((self.x_end, 0))[0] + gap
        _, line_height = self._size(ax, "Ag")
        self._end_column(ax, metric, end_x, inside, taken)
        self._increment_labels(ax, metric, inside, taken)
        self._first_labels(ax, metric, inside, taken, line_height)
        self._faded_labels(ax, metric, inside, taken, line_height)
        self._call_out(ax, metric, inside, taken, line_height)

    def _end_column(self, ax: plt.Axes, metric: str, x: float, inside: Box, taken: list[Box]) -> None:
        """The end labels, in a column right of the lines, each as near its line's height as the
        others let it be and in the same order from bottom to top, so leaders never cross.  When
        they do not all fit, the last ones (lines out of circulation, fewest reports) are left out."""
        wanted = []
        for text, y in self._end_labels(metric):
            text = self._fitted(text)
            width, height = self._size(ax, text)
            wanted.append((text, ax.transData.transform((self.x_end, y))[1], y, width, height))
        placed: list[float] | None = None
        while wanted:
            placed = _pack([(w[1], w[4]) for w in wanted], inside[1], inside[3])
            if placed is not None:
                break
            wanted.pop()
        for (text, py, y, width, height), ty in zip(wanted, placed or []):
            self._put(ax, text, (self.x_end, y), (x, ty), "left", abs(ty - py) > height * 0.3)
            taken.append((x, ty - height / 2, x + width, ty + height / 2))

    def _faded_labels(self, ax: plt.Axes, metric: str, inside: Box, taken: list[Box], line_height: float) -> None:
        """The latest figure of a line no longer in circulation, where its solid line ends."""
        for text, y, latest in self._latest_labels(metric):
            if self._current(latest):
                continue
            xy = (min(mdates.date2num(latest["until"]), self.x_end), y)
            px, py = ax.transData.transform(xy)
            near = 4 * self.pt
            places = [(px + near, py, "left")] + [(px + near, py + sign * k * line_height, "left")
                                                   for k in (1, 2) for sign in (1, -1)]
            places += [(px - near, py + sign * line_height, "right") for sign in (1, -1)]
            self._try(ax, text, xy, places, inside, taken, colour="0.4")

    def _around(self, px: float, py: float, line_height: float) -> list[tuple[float, float, str]]:
        """Places beside a point: right, left, then above and below at growing distances."""
        near = 7 * self.pt
        places = [(px + near, py, "left"), (px - near, py, "right")]
        for k in (1, 2, 3, 4):
            for sign in (1, -1):
                places += [(px + near, py + sign * k * line_height, "left"),
                           (px - near, py + sign * k * line_height, "right")]
        return places

    def _first_labels(self, ax: plt.Axes, metric: str, inside: Box, taken: list[Box],
                      line_height: float) -> None:
        """Where a named line starts, its first figure (lines that changed figure only: for the
        others the end label says it)."""
        steps = self.cr.steps[(self.cr.steps["metric"] == metric) & (self.cr.steps["line_kind"] == "claimant")]
        ranked = sorted(steps.groupby("line", sort=True), key=lambda kv: (-int(kv[1]["reports"].sum()), kv[0]))
        for _, group in ranked:
            if len(group) < 2:
                continue
            first = group.iloc[0]
            xy = (mdates.date2num(first["start"]), float(first["y"]))
            px, py = ax.transData.transform(xy)
            self._try(ax, f"{first['label']}: {first['figure']}", xy, self._around(px, py, line_height),
                      inside, taken)

    def _increment_labels(self, ax: plt.Axes, metric: str, inside: Box, taken: list[Box]) -> None:
        rows = self.cr.reports[(self.cr.reports["metric"] == metric) & (self.cr.reports["kind"] == "increment")]
        _, line_height = self._size(ax, "Ag")
        first = rows.sort_values(["published", "claim_id"], kind="stable").head(INCREMENT_LABELS)
        for index, row in first.iterrows():
            xy = (float(self.x[index]), float(row["y"]))
            px, py = ax.transData.transform(xy)
            who = (f"{textwrap.shorten(str(row['outlet']), 30, placeholder='…')}, own voice"
                   if row["line_kind"] == "own voice" else claimant_short(row["line"], row["_country"]))
            self._try(ax, f"+{row['figure']} more ({who})", xy, self._around(px, py, line_height),
                      inside, taken)

    def _call_out(self, ax: plt.Axes, metric: str, inside: Box, taken: list[Box], line_height: float) -> None:
        """The widest same-day disagreement of the panel: a dashed bracket and its two figures."""
        pairs = self.pairs[self.pairs["metric"] == metric]
        if pairs.empty:
            return
        ratio = pairs["y_b"].astype(float).combine(pairs["y_a"].astype(float),
                                                   lambda b, a: max(a, b) / max(min(a, b), 1e-9))
        pair = pairs.assign(_ratio=ratio).sort_values(["_ratio", "claim_id_a", "claim_id_b"],
                                                      ascending=[False, True, True], kind="stable").iloc[0]
        day = pd.Timestamp(pair["published_a"])
        x = mdates.date2num(day)
        (low, low_figure), (high, high_figure) = sorted(((float(pair["y_a"]), pair["figure_a"]),
                                                         (float(pair["y_b"]), pair["figure_b"])))
        ax.plot([x, x], [low, high], linestyle=(0, (3, 2)), color="0.15", linewidth=1.0, zorder=3.5)
        text = f"{day.day} {day:%b %Y}, same day: {low_figure} vs {high_figure}"
        middle = math.sqrt(low * high) if ax.get_yscale() == "log" and low > 0 else (low + high) / 2
        px, py = ax.transData.transform((x, middle))
        self._try(ax, text, (x, middle), self._around(px, py, line_height), inside, taken)


# --- the per-story export -----------------------------------------------------------------------

def _story_figures(story: Story, claims: pd.DataFrame) -> list[tuple[str, Figure, pd.DataFrame]]:
    """(name, figure, plotted data) of each chart of a story's folder."""
    colours = story_colours(claims)
    figures = [("contested_range", plot_contested_range(claims, colours),
                contested_range_table(claims))]
    if story.kind == "deployed":
        series = troop_series(claims)
        figures.append(("troops_over_time", plot_troops(series, colours), figure_data(series)))
    else:
        series = casualty_series(claims)
        if series["published"].notna().any():
            figures.append(("casualties_over_time",
                            plot_casualties(series, discrepancies(claims), colours), figure_data(series)))
    figures.append(("echo", plot_echo(claims, colours), echo_rows(claims)))
    return figures


def _code_version() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _CODE_FILES:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes())
    for package in _PACKAGES:
        digest.update(f"{package}={metadata.version(package)}".encode())
    return digest.hexdigest()


def _fingerprint(story: Story, claims: pd.DataFrame, code: str) -> str:
    table = claims.sort_values("claim_id", kind="stable") if "claim_id" in claims else claims
    digest = hashlib.sha256(code.encode())
    digest.update(json.dumps([getattr(story, c) for c in STORY_COLUMNS]).encode())
    digest.update(table.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    return digest.hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_if_changed(path: Path, data: bytes) -> bool:
    """Write `data` to `path` (atomically) unless it holds those bytes already; True if written.
    A file that cannot be written is reported on stderr and skipped (a refresh goes on)."""
    if path.is_file() and path.read_bytes() == data:
        return False
    try:
        write_bytes_atomic(path, data)
    except OSError as error:
        print(f"warning: {path}: could not be written: {error.strerror or error}", file=sys.stderr)
        return False
    return True


def _remove(path: Path) -> bool:
    """Delete a regular file this code wrote (never a link, never a folder); True if deleted."""
    if not path.is_file() or path.is_symlink():
        return False
    try:
        path.unlink()
    except OSError as error:
        print(f"warning: {path}: could not be removed: {error.strerror or error}", file=sys.stderr)
        return False
    return True


def _read_json(path: Path) -> dict[str, Any]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _previous_exports(index: Path) -> dict[str, list[str]]:
    """Slug -> file names of each story folder the previous index says this code wrote (slugs
    that are not safe folder names are ignored)."""
    try:
        table = pd.read_csv(index, dtype="string", keep_default_na=False)
    except (OSError, ValueError, pd.errors.ParserError):
        return {}
    if not {"slug", "kind", "exported"} <= set(table.columns):
        return {}
    found = {}
    for row in table.to_dict("records"):
        if row["exported"] == "True" and SLUG_PATTERN.match(row["slug"] or "") and row["kind"] in STORY_FIGURES:
            found[row["slug"]] = [f"{name}{suffix}" for name, _ in STORY_FIGURES[row["kind"]]
                                  for suffix in FIGURE_SUFFIXES]
    return found


def _safe_folder(figures: Path, slug: str) -> Path | None:
    """figures/<slug>, or None when it is not a plain folder inside figures/ (a link, a file)."""
    folder = figures / slug
    if not SLUG_PATTERN.match(slug) or folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        return None
    return folder


def _usable_cores() -> int:
    """The cores this process may use (not all of the machine's, under a CPU limit)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _worker_start() -> None:
    """A drawing process needs no window: the Agg backend (only in that process)."""
    mpl.use("Agg")


def _render_task(task: tuple[Story, pd.DataFrame]) -> dict[str, bytes]:
    return _render(*task)


def _render_many(tasks: list[tuple[Story, pd.DataFrame]], jobs: int | None = None) -> list[dict[str, bytes]]:
    """The files of each story, drawn in up to `jobs` fresh processes at once (default: the
    usable cores); in this process when there are fewer than PARALLEL_FROM stories (starting a
    process costs about as much as drawing a story) or one core.  A fresh ("spawn")
    process, not a fork, because the refresh has kernels' threads running when it gets here."""
    jobs = min(len(tasks), jobs or _usable_cores())
    if jobs <= 1 or len(tasks) < PARALLEL_FROM:
        return [_render_task(task) for task in tasks]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start) as pool:
        return list(pool.map(_render_task, tasks))


def _render(story: Story, claims: pd.DataFrame) -> dict[str, bytes]:
    """File name -> bytes of every chart of a story, rendered by save_figure in a scratch folder."""
    produced: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="warclaims-story-") as scratch:
        for name, fig, data in _story_figures(story, claims):
            try:
                for path in save_figure(fig, name, data, folder=scratch):
                    produced[path.name] = path.read_bytes()
            finally:
                plt.close(fig)
    return produced


def _index_md(stories: pd.DataFrame, links: dict[str, list[tuple[str, str]]], unassigned: int,
              min_claims: int) -> str:
    def cell(value: Any) -> str:
        return str(value).replace("|", "\\|")

    head = ("| story | claims | dated | articles | outlets | claimants | first | last |",
            "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    lines = ["# Stories", "",
             "A story is one set of people and one kind of figure: troops deployed, or losses (killed, "
             "wounded, casualties, missing, captured), each metric in its own panel. `make` draws the "
             f"figures of every story with at least {min_claims} dated claims in its folder here; "
             "this page and `stories.csv` are rewritten by every refresh (see `warclaims/stories.py`).",
             "", head[0] + " figures |", head[1] + " --- |"]
    exported = stories[stories["slug"].isin(links)]
    for row in exported.to_dict("records"):
        figures = " · ".join(f"[{what}]({row['slug']}/{name}.png)" for name, what in links[row["slug"]])
        lines.append(f"| {cell(row['title'])} (`{row['slug']}`) | {row['claims']} | {row['dated_claims']} | "
                     f"{row['articles']} | {row['outlets']} | {row['claimants']} | {row['first_date']} | "
                     f"{row['last_date']} | {figures} |")
    rest = stories[~stories["slug"].isin(links)]
    if len(rest):
        lines += ["", f"Stories with fewer than {min_claims} dated claims (no figures; their claims are in "
                  "`data/claims_provenance.csv`):", "", *head]
        for row in rest.to_dict("records"):
            lines.append(f"| {cell(row['title'])} (`{row['slug']}`) | {row['claims']} | {row['dated_claims']} | "
                         f"{row['articles']} | {row['outlets']} | {row['claimants']} | {row['first_date']} | "
                         f"{row['last_date']} |")
    if unassigned:
        lines += ["", f"{unassigned} claim{'s' if unassigned != 1 else ''} whose people the extractor could "
                  f"not tell (empty `subject`) belong{'s' if unassigned == 1 else ''} to no story."]
    return "\n".join(lines) + "\n"


def export_stories(root: Path = ROOT, min_claims: int = MIN_STORY_CLAIMS,
                   jobs: int | None = None) -> dict[str, list[str]]:
    """Write figures/<slug>/ for every story with at least `min_claims` dated claims, then
    figures/stories.csv and figures/index.md, from data/claims_provenance.csv (see the module
    docstring); stories are drawn `jobs` at a time (default: the usable cores).  Returns the
    files written and removed (paths relative to figures/) and the slugs exported."""
    figures = root / "figures"
    provenance = read_provenance_table(root / "data" / "claims_provenance.csv")
    stories = list_stories(provenance)
    previous = _previous_exports(figures / INDEX_CSV)
    cache_path = root / "data" / "cache" / "stories.json"
    cache, new_cache = _read_json(cache_path), {}
    code = _code_version()
    written, removed, links = [], [], {}
    plans = []
    for row in stories[stories["dated_claims"] >= min_claims].to_dict("records"):
        story = as_story(row)
        folder = _safe_folder(figures, story.slug)
        if folder is None:
            print(f"warning: figures/{story.slug} is not a plain folder; story not exported", file=sys.stderr)
            continue
        claims = story_claims(provenance, story)
        fingerprint = _fingerprint(story, claims, code)
        known = cache.get(story.slug, {})
        files = known.get("files", {}) if known.get("fingerprint") == fingerprint else {}
        if not (files and all((folder / name).is_file() and _sha((folder / name).read_bytes()) == sha
                              for name, sha in files.items())):
            files = None   # drawn below
        plans.append((story, folder, claims, fingerprint, files))
    drawn = iter(_render_many([(story, claims) for story, _, claims, _, files in plans if files is None], jobs))
    for story, folder, claims, fingerprint, files in plans:
        if files is None:
            files = {}
            for name, data in sorted(next(drawn).items()):
                if _write_if_changed(folder / name, data):
                    written.append(f"{story.slug}/{name}")
                files[name] = _sha(data)
        new_cache[story.slug] = {"fingerprint": fingerprint, "files": files}
        links[story.slug] = [(name, what) for name, what in STORY_FIGURES[story.kind]
                             if f"{name}.png" in files]
        for name in previous.get(story.slug, []):
            if name not in files and _remove(folder / name):
                removed.append(f"{story.slug}/{name}")
    for slug, names in sorted(previous.items()):
        if slug in links:
            continue
        folder = _safe_folder(figures, slug)
        if folder is None or not folder.is_dir():
            continue
        for name in names:
            if _remove(folder / name):
                removed.append(f"{slug}/{name}")
        try:
            if not any(folder.iterdir()):
                folder.rmdir()
        except OSError:
            pass   # left in place: it is only an empty folder
    index = stories.assign(
        exported=stories["slug"].isin(links),
        figures=[";".join(f"{slug}/{name}.png" for name, _ in links.get(slug, [])) for slug in stories["slug"]])
    index = index.reindex(columns=list(INDEX_COLUMNS))
    if _write_if_changed(figures / INDEX_CSV, index.to_csv(index=False, lineterminator="\n").encode("utf-8")):
        written.append(INDEX_CSV)
    markdown = _index_md(stories, links, unassigned_claims(provenance), min_claims)
    if _write_if_changed(figures / INDEX_MD, markdown.encode("utf-8")):
        written.append(INDEX_MD)
    if new_cache != cache:
        try:
            _write_if_changed(cache_path, (json.dumps(new_cache, indent=1, sort_keys=True) + "\n").encode())
        except OSError:
            pass   # no cache: the next refresh draws every story again, and still writes nothing new
    return {"written": written, "removed": removed, "exported": sorted(links)}
