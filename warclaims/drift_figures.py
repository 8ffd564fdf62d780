"""The drift chart: how each figure changed as outlets passed it on (tables: warclaims.drift).

One row per figure's path (subject, metric and number as first seen, who said it and where,
then the outlets that carried it later), at most `MAX_DRIFT_ROWS` of them — the paths carried by most later articles; a line above the
chart says how many are left out, all listed in the CSV saved beside it (`drift_steps`).  On
each row, over time:

- a black star at the first appearance (when the figure was said), a grey line to the last
  later article that carried it, and at the right end how many later articles carried it
  (in brackets: how many changed it);
- per later article, one mark per change, each aspect in its own lane and shape — hedge
  (circle, upper lane), attribution (square, middle lane), rounding (diamond, lower lane) —
  and coloured by what happened, the same in every aspect: vermillion lost (hedge or source
  dropped), blue replaced (hedge changed, source moved), green gained (added), purple rounded;
  a small grey dot is an article that carried the figure as first seen.  The colours are the
  colour-blind-safe palette of warclaims.figures, and shape and lane tell the aspects apart
  without them.  A path's marks are kept at least `DODGE_POINTS` apart (pushed right), so
  articles a few days apart do not hide one another; the CSV has the true dates.

House style, source line and export as in warclaims.figures (`save_figure`: byte-stable); no
saved figure is taller than `figures.MAX_HEIGHT`.
"""
from __future__ import annotations

import textwrap
from typing import Any

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation

from warclaims.analysis import subject_name
from warclaims.drift import (
    CARRIED, KEPT, MAX_DRIFT_ROWS, OWN_VOICE, drift_note, drift_paths, drift_shown, drift_steps,
)
from warclaims.figures import (
    MAX_HEIGHT, MAX_WIDTH, PAD_INCHES, PALETTE, UNKNOWN_COLOUR, add_source_line, house_rc,
)

__all__ = ["DRIFT_FIGURE", "KIND_STYLE", "plot_drift"]

#: Name of the exported chart (figures/drift.png, .svg, .pdf, .csv).
DRIFT_FIGURE = "drift"
WIDTH = 12.5
#: Height of a row (inches): the full height up to 12 rows, then less, never below MIN_ROW.
ROW = 0.62
MIN_ROW = 0.5
#: Distance (points) of the hedge lane above and the rounding lane below the row's centre.
LANE = 9.0
#: Marks of one path are kept at least this far apart (points), so close dates stay apart.
DODGE_POINTS = 9.0
#: Characters of each line of a row label, and of the note line above the chart.
LABEL_CHARS = 48
NOTE_CHARS = 80
#: Height (inches) of a legend line, and what a figure needs besides its legend (title, source).
LEGEND_LINE = 0.2
LEGEND_MARGIN = 1.0
MARK_SIZE = 6.5

LOST, REPLACED, GAINED, ROUNDED = PALETTE[3], PALETTE[0], PALETTE[2], PALETTE[4]
KEPT_COLOUR = UNKNOWN_COLOUR
#: kind of change -> (lane offset in points, up; marker, colour, legend text).
KIND_STYLE = {
    "hedge dropped": (LANE, "o", LOST, "dropped (“about 600” → “600”)"),
    "hedge changed": (LANE, "o", REPLACED, "changed (“about” → “more than”)"),
    "hedge added": (LANE, "o", GAINED, "added (“600” → “about 600”)"),
    "attribution moved": (0.0, "s", REPLACED, "moved to another claimant"),
    "attribution dropped": (0.0, "s", LOST, "dropped: now the outlet's own voice"),
    "attribution added": (0.0, "s", GAINED, "added: a claimant named"),
    "rounded": (-LANE, "D", ROUNDED, "rounded (“about 11,000” → “more\nthan 10,000”)"),
}
#: Legend headers, one per aspect, over the kinds of change that start with its first word.
ASPECT_HEADERS = {"hedge": "Hedge (circle, upper lane)", "attribution": "Attribution (square, middle lane)",
                  "rounded": "Rounding (diamond, lower lane)"}
PATH_HEADER = "Each row: one figure's path"
FIRST_NOTE = "first appearance (when it was said)"
LINE_NOTE = "path: to the last later article\ncarrying it"
KEPT_NOTE = "an article that carried it\nas first seen (nothing changed)"
COUNT_NOTE = "later articles carrying it\n(how many changed it)"
TITLE = ("How figures changed as outlets passed them on:\n"
         "each figure's first appearance, and how every later article carried it")


def _plain(text: Any, limit: int) -> str:
    """Text for a chart: one line, at most `limit` characters, "$" escaped (no mathematics)."""
    line = textwrap.shorten(" ".join(str(text).split()), width=limit, placeholder="…") or str(text)[:limit]
    return line.replace("$", r"\$")


def _row_label(path: pd.Series) -> str:
    """Three lines: what and how much ('North Korean deployed · about 11,000'), who first said
    it and where ("South Korea's intelligence agency · MIA"), and the outlets that carried it
    later, as many as fit ('then: The Moscow Times, TRT World', '… +12 more')."""
    what = f"{subject_name(path['subject'])} {path['metric']} · {path['figure']}"
    who = f"{path['claimant'] or OWN_VOICE} · {path['outlet'] or 'unknown outlet'}"
    return "\n".join([_plain(what, LABEL_CHARS), _plain(who, LABEL_CHARS), _later_outlets(path["carried_by"])])


def _later_outlets(carried_by: str) -> str:
    """'then: A, B' with as many outlets as fit in LABEL_CHARS, and how many more there are."""
    outlets = carried_by.split(", ")
    for shown in range(len(outlets), 0, -1):
        more = len(outlets) - shown
        text = "then: " + ", ".join(outlets[:shown]) + (f" +{more} more" if more else "")
        if len(text) <= LABEL_CHARS:
            return _plain(text, LABEL_CHARS)
    suffix = f" +{len(outlets) - 1} more" if len(outlets) > 1 else ""
    return "then: " + _plain(outlets[0], LABEL_CHARS - len("then: ") - len(suffix)) + suffix


def _dates(steps: pd.DataFrame) -> pd.Series:
    return steps["date"].map(lambda d: mdates.date2num(pd.Timestamp(d))).astype("float64")


def _dodged(steps: pd.DataFrame, x: pd.Series, step: float) -> pd.Series:
    """x positions: the date, each mark of a path pushed right until it is at least `step`
    after the one before it (the first appearance stays on its date), so that marks a few days
    apart do not hide one another."""
    out = x.copy()
    for _, group in steps.groupby("path", sort=False):
        previous = None
        for index in group.index:   # in date order (`drift_steps`)
            if previous is not None:
                out[index] = max(x[index], previous + step)
            previous = out[index]
    return out


def _days_per_point(fig: Figure, ax: plt.Axes) -> float:
    """How many days one point of the laid-out plot's width spans."""
    fig.draw_without_rendering()
    x0, x1 = ax.get_xlim()
    return (x1 - x0) / (ax.get_window_extent().width / fig.dpi * 72.0)


def _lane(ax: plt.Axes, points: float) -> Any:
    """Data coordinates moved `points` up on the page: a lane above (or below) the row."""
    return ax.transData + ScaledTranslation(0, points / 72.0, ax.figure.dpi_scale_trans)


def _draw_step(ax: plt.Axes, x: float, y: float, changes: str) -> None:
    """One later article's marks: one per change in its lane, or a grey dot when it kept all."""
    if changes == KEPT:
        ax.plot([x], [y], linestyle="none", marker="o", markersize=4.5, color=KEPT_COLOUR, zorder=3)
        return
    for kind in changes.split("; "):
        lane, marker, colour, _ = KIND_STYLE[kind]
        ax.plot([x], [y], linestyle="none", marker=marker, markersize=MARK_SIZE, color=colour,
                markeredgecolor="white", markeredgewidth=0.5, zorder=4, transform=_lane(ax, lane))


def _draw_paths(ax: plt.Axes, shown: pd.DataFrame, steps: pd.DataFrame, x: pd.Series) -> None:
    """Every row: path line, first appearance, later articles' marks, count at the right end."""
    row_of = {p: i for i, p in enumerate(shown["path"])}
    for path, group in steps.groupby("path", sort=False):
        y = row_of[path]
        xs = x[group.index]
        ax.plot([xs.min(), xs.max()], [y, y], color="0.82", linewidth=2.4, solid_capstyle="round", zorder=1)
        for index, step in group.iterrows():
            if step["step"] == CARRIED:
                _draw_step(ax, float(x[index]), y, step["changes"])
            else:
                ax.plot([x[index]], [y], linestyle="none", marker="*", markersize=12, color="0.05",
                        markeredgecolor="white", markeredgewidth=0.6, zorder=5)
        counts = shown.iloc[y]
        ax.annotate(f"{int(counts['carried'])} ({int(counts['changed'])})", xy=(xs.max(), y), xytext=(10, 0),
                    textcoords="offset points", va="center", fontsize=8, color="0.3")
    groups = list(zip(shown["subject"], shown["metric"]))
    for i in range(1, len(groups)):
        if groups[i] != groups[i - 1]:
            ax.axhline(i - 0.5, color="0.7", linewidth=0.8, zorder=0)


def _time_axis(ax: plt.Axes, x: pd.Series) -> None:
    """Limits round the x positions, with room on the right for the counts, and date ticks."""
    x0, x1 = float(x.min()), float(x.max())
    pad = max((x1 - x0) * 0.05, 6.0)
    ax.set_xlim(x0 - pad, x1 + pad * 2.4)
    short = x1 - x0 + 3.4 * pad < 62   # day ticks counted evenly, not from each month's first
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=6, interval_multiples=not short))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))


def _legend_handles(steps: pd.DataFrame) -> tuple[list[Any], list[str]]:
    """Legend entries for what the chart draws (kinds of change present only), and the headers."""
    blank = {"linestyle": "none", "marker": "none"}
    later = steps[steps["step"] == CARRIED]
    present = {k for cell in later["changes"] for k in cell.split("; ")}
    headers = [PATH_HEADER]
    handles = [Line2D([], [], label=PATH_HEADER, **blank),
               Line2D([], [], marker="*", markersize=12, linestyle="none", color="0.05", label=FIRST_NOTE),
               Line2D([], [], color="0.82", linewidth=2.4, label=LINE_NOTE)]
    if KEPT in present:
        handles.append(Line2D([], [], marker="o", markersize=4.5, linestyle="none", color=KEPT_COLOUR,
                              label=KEPT_NOTE))
    handles.append(Line2D([], [], marker=r"$\mathsf{n\ (m)}$", markersize=20, linestyle="none", color="0.3",
                          label=COUNT_NOTE))
    for aspect, header in ASPECT_HEADERS.items():
        kinds = [k for k in KIND_STYLE if k.startswith(aspect) and k in present]
        if not kinds:
            continue
        headers.append(header)
        handles += [Line2D([], [], label=" ", **blank), Line2D([], [], label=header, **blank)]
        for kind in kinds:
            _, marker, colour, text = KIND_STYLE[kind]
            handles.append(Line2D([], [], marker=marker, markersize=MARK_SIZE + 1, linestyle="none",
                                  color=colour, label=text))
    return handles, headers


def _legend(fig: Figure, steps: pd.DataFrame) -> float:
    """The legend outside the plot on the right; returns the height (inches) it needs."""
    handles, headers = _legend_handles(steps)
    legend = fig.legend(handles=handles, loc="outside right upper", frameon=False)
    for text in legend.get_texts():
        if text.get_text() in headers:
            text.set_fontweight("bold")
    return LEGEND_MARGIN + LEGEND_LINE * sum(h.get_label().count("\n") + 1.1 for h in handles)


def _height(rows: int, note: str, legend: float) -> float:
    """The figure's height: its rows (shorter when many), the note, at least the legend's; at
    most a printed page once saved."""
    rows = max(rows, 2)
    row = ROW if rows <= 12 else max(MIN_ROW, ROW * 12 / rows)
    height = 2.9 + row * rows + (0.2 * (note.count("\n") + 1) if note else 0)
    return min(max(height, legend), MAX_HEIGHT - 2 * PAD_INCHES)


def plot_drift(provenance: pd.DataFrame, *, max_rows: int = MAX_DRIFT_ROWS) -> Figure:
    """The drift chart (see the module doc) from a provenance table (`read_provenance()`):
    every path some later article carried, or the `max_rows` carried by most; its CSV is
    `drift.drift_steps(provenance)`."""
    steps = drift_steps(provenance)
    paths = drift_paths(steps)
    shown = drift_shown(paths, max_rows)
    steps = steps[steps["path"].isin(set(shown["path"]))]
    note = textwrap.fill(drift_note(shown, paths), width=NOTE_CHARS)
    with mpl.rc_context(house_rc()):
        fig = plt.figure(figsize=(min(WIDTH, MAX_WIDTH - 2 * PAD_INCHES), 4.0), layout="constrained")
        ax = fig.add_subplot()
        legend_height = _legend(fig, steps)
        fig.set_size_inches(fig.get_size_inches()[0], _height(len(shown), note, legend_height))
        ax.set_yticks(range(len(shown)), labels=[_row_label(p) for _, p in shown.iterrows()])
        ax.set_ylim(max(len(shown), 1) - 0.4, -0.6)
        ax.tick_params(axis="y", labelsize=8)
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("date: the first appearance when the figure was said, a later article when it was published")
        ax.set_ylabel("figure as first seen,\nthen who carried it")
        if note:
            ax.set_title(note, loc="left", fontsize=9, fontweight="normal", color="0.2")
        fig.suptitle(TITLE, x=0.01, ha="left", fontsize=13, fontweight="bold")
        drawn = provenance[provenance["claim_id"].isin(set(steps["claim_id"]))] if len(steps) else provenance
        add_source_line(fig, drawn)
        if len(shown):
            dates = _dates(steps)
            _time_axis(ax, dates)
            x = _dodged(steps, dates, _days_per_point(fig, ax) * DODGE_POINTS)
            _time_axis(ax, x)
            _draw_paths(ax, shown, steps, x)
        else:
            ax.text(0.5, 0.5, "no figure was carried by a later article", transform=ax.transAxes, ha="center")
            ax.set_xticks([])
    return fig
