"""House style, charts and byte-stable exports.  The only module that imports matplotlib.

Importing this module changes no matplotlib setting.  `use_style()` applies the house style
globally (for the notebooks); every plotting function also draws inside the same settings
(`house_rc()`), so a chart looks the same whether or not `use_style()` was called.

`save_figure` writes PNG (200 dpi), SVG, PDF and the plotted data as CSV, with the metadata
that would change from run to run (software version, creation date, random SVG ids) removed,
so saving an unchanged chart twice gives identical bytes.

Every chart reads the same at 5, 50 or 500 articles:

- **Colours**: `outlet_colours` alone decides them — the 8 outlets with most claims in the
  colour-blind-safe PALETTE, every other outlet OTHER_COLOUR ("N other outlets"), an outlet
  nobody could name UNKNOWN_COLOUR ("outlet unknown"); `outlet_handles` makes the legend
  (at most 10 entries), so every chart of one table agrees.
- **Size**: no saved figure is taller than MAX_HEIGHT (a printed page) or wider than
  MAX_WIDTH.  The echo chart draws at most MAX_ECHO_ROWS figures (those carried by most
  articles) and the matrix the top outlets and claimants, each saying on the figure what it
  gathers or leaves out and that the CSV saved beside it lists everything.
- **Labels** are written only where they fit, measured with the renderer's own text extents
  (`_Room`, `_label_marks`): none overlaps another text or a mark, none leaves its plot; the
  legend says how many marks have none (they are in the table beside the chart).
  `drawn_texts` lists every text a figure draws with its extent, for tests.
- **One subject** (whose people) per time chart: `subject=`, by default the one with most
  dated claims; a line under the chart counts the claims about other subjects.
"""
from __future__ import annotations

import functools
import io
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib import font_manager
from matplotlib.colors import PowerNorm
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, NullFormatter

from warclaims.analysis import (
    CASUALTY_METRICS, MAX_ECHO_ROWS, MAX_NAMED_CLAIMANTS, MAX_NAMED_OUTLETS, OTHER_CLAIMANTS,
    OTHER_OUTLETS, UNKNOWN_OUTLET, claimant_is_party, claimant_short,
    dominant_subject, echo_lines, echo_rows, echo_shown, group_order, outlet_claimant_matrix,
    TIME_AXES, outlet_claims, outlet_groups, outlet_is_unknown, outlet_order, subject_name, subject_note,
    subjects_title,
)
from warclaims.files import write_bytes_atomic

__all__ = [
    "FIGURES",
    "MAX_HEIGHT",
    "MAX_WIDTH",
    "OTHER_COLOUR",
    "PAD_INCHES",
    "PALETTE",
    "UNKNOWN_COLOUR",
    "add_source_line",
    "claim_label",
    "drawn_texts",
    "figure_texts",
    "house_rc",
    "outlet_colours",
    "outlet_handles",
    "plot_casualties",
    "plot_claim_counts",
    "plot_echo",
    "plot_outlet_claimant_matrix",
    "plot_troops",
    "save_figure",
    "use_style",
]

FIGURES = Path(__file__).resolve().parent.parent / "figures"
DPI = 200
FIGSIZE = (10.0, 5.6)
FONT = "DejaVu Sans"  # ships with matplotlib, so text metrics are the same on every machine
SVG_HASHSALT = "warclaims"
#: Colour-blind-safe palette (seaborn "colorblind", Okabe-Ito based) without its grey (kept
#: for "outlet unknown") and its pale yellow (hard to see on white): the colours of the
#: MAX_NAMED_OUTLETS outlets with most claims, given in their sorted order.
PALETTE = tuple(c for c in sns.color_palette("colorblind", 10).as_hex() if c not in ("#949494", "#ece133"))
#: The one colour of every other outlet (dark grey), and of an outlet nobody could name (the
#: palette's neutral grey).
OTHER_COLOUR = "#5a5a5a"
UNKNOWN_COLOUR = "#949494"
#: No saved figure is taller than a printed page, nor wider than this (inches); save_figure
#: pads the figure's tight box by PAD_INCHES on every side.
MAX_HEIGHT = 16.0
MAX_WIDTH = 13.0
PAD_INCHES = 0.15
#: Longest outlet name in a legend, a matrix row or the source line before it is cut ("…").
OUTLET_CHARS = 32
#: The source line names at most this many outlets (the ones with most claims).
SOURCE_OUTLETS = MAX_NAMED_OUTLETS
#: Characters per line of the source line (8 pt) on a 10-inch figure.
SOURCE_WIDTH = 140
#: When the largest plotted bound is more than this many times the smallest, use a log axis.
LOG_RATIO = 20.0
#: Claims of different outlets on the same day are set apart by this share of the date span.
DODGE_SHARE = 0.025
#: Room (points) kept above the highest mark and below the lowest for the arrow of an open
#: figure ("more than", "up to"), which rises 28 points from its mark.
ARROW_ROOM = 38.0
#: Height (inches) of the plot of the troop chart, and of each panel of the casualty chart.
TROOP_PLOT_HEIGHT = 3.9
PANEL_HEIGHT = 1.8

#: y-axis label of each casualty panel.
PANEL_LABELS = {
    "killed": "people killed\n(reported)",
    "wounded": "people wounded\n(reported)",
    "casualties": "killed + wounded\n(reported)",
}

#: Claimant labels beside the marks: font size (pt), gap from the mark (pt), least vertical
#: distance between two labels of the same date (pt), and the legend's explanation.
LABEL_SIZE = 7.5
LABEL_GAP = 5.0
LABEL_SPACING = 9.5
LABEL_NOTE = "labels: who made the claim (claimant country)"
#: On a plot of at most this many marks every mark may get a label; on a larger one only the
#: latest and the first figure of each claimant (the rest are in the table beside the chart).
LABEL_ALL_MARKS = 12
#: Font size of a disagreement's call-out, and at most this many disagreeing pairs drawn per
#: panel (the same-day pairs and the widest gaps first; every pair is in the table of
#: disagreements).
CALLOUT_SIZE = 9.0
MAX_CALLOUTS = 6
#: Legend line on the marks left without a label because none fitted (filled in once the
#: labels are placed; the placeholder is as wide as the widest text it can become).
UNLABELLED_NOTE = "{n} {marks} without a label:\nsee the table beside the chart"
#: Legend text of the dashed line that joins two figures that disagree.
DISAGREE_NOTE = "dashed: two figures that disagree\n(all pairs: table of disagreements)"
PARTY_NOTE = "italic label: figure from a party to the war"
#: Legend text of the dark outline drawn round the marks of claims a person reviewed.
REVIEWED_NOTE = "outlined: checked by a person"
#: Review statuses of claims a person checked (see warclaims.review); `machine` is unchecked.
CHECKED_STATUSES = ("accepted", "fixed", "added")

_PNG_META = {"Software": None}
_PDF_META = {"Creator": None, "Producer": None, "CreationDate": None}
_SVG_META = {"Date": None}

#: Legend text for each mark; the order of the legend.
MARK_LABELS = {
    "point": "exact figure",
    "approx": "approximate (“about”)",
    "open_up": "at least (“more than”), open upward",
    "open_down": "at most (“up to”), open downward",
    "bar": "range (low–high)",
    "band": "vague (“thousands”): bucket low–high",
}


# --- style ------------------------------------------------------------------------------------

def house_rc() -> dict[str, Any]:
    """The house rcParams: seaborn whitegrid + colorblind palette, fixed font, size and SVG salt."""
    with mpl.rc_context():
        sns.set_theme(context="notebook", style="whitegrid", palette="colorblind", font=FONT)
        rc = {key: mpl.rcParams[key] for key in mpl.rcParams
              if key.startswith(("axes.", "grid.", "xtick.", "ytick.", "font.", "legend.",
                                 "lines.", "patch.", "text.", "figure.facecolor"))}
    rc.update({
        "figure.figsize": FIGSIZE,
        "figure.dpi": 100,
        "savefig.dpi": DPI,
        "font.family": "sans-serif",
        "font.sans-serif": [FONT],
        "axes.titlesize": 13,
        "axes.titleweight": "bold",
        "axes.labelsize": 11,
        "legend.fontsize": 9,
        "legend.title_fontsize": 9.5,
        "svg.hashsalt": SVG_HASHSALT,
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
    })
    return rc


def use_style() -> None:
    """Apply the house style globally (call once at the top of a notebook)."""
    mpl.rcParams.update(house_rc())


def outlet_colours(outlets: Iterable[str] | Mapping[str, int], *,
                   top: int = MAX_NAMED_OUTLETS) -> dict[str, str]:
    """A colour for every outlet: the `top` outlets with most claims (ties by name) take the
    colour-blind-safe PALETTE in their sorted order, every other outlet OTHER_COLOUR, and an
    outlet nobody could name ("unknown outlet", empty) UNKNOWN_COLOUR.

    `outlets` holds one entry per claim (a claims table's `outlet` column), or is a mapping
    outlet -> number of claims.  The result does not depend on the order of the input, and
    every chart drawn from one table gives an outlet the same colour; `outlet_handles` makes
    the legend (at most `top` + 2 entries) from it."""
    groups = outlet_groups(outlets, top=min(top, len(PALETTE)))
    named = [g for g in group_order(groups.values()) if g not in (OTHER_OUTLETS, UNKNOWN_OUTLET)]
    colour_of = {g: PALETTE[i] for i, g in enumerate(named)}
    colour_of.update({OTHER_OUTLETS: OTHER_COLOUR, UNKNOWN_OUTLET: UNKNOWN_COLOUR})
    return {outlet: colour_of[group] for outlet, group in groups.items()}


def _colour(colours: Mapping[str, str], outlet: Any) -> str:
    """The colour of one outlet: UNKNOWN_COLOUR for an outlet nobody could name, else its
    colour in the mapping (one the mapping lacks is one of the "other outlets")."""
    name = "" if outlet is None or outlet is pd.NA else str(outlet)
    if outlet_is_unknown(name):
        return UNKNOWN_COLOUR
    return colours.get(name, OTHER_COLOUR)


def _colours_for(series: pd.DataFrame, colours: Mapping[str, str] | None) -> dict[str, str]:
    """Colours passed in, else from the claims of the whole table the series came from."""
    if colours is not None:
        return dict(colours)
    return outlet_colours(series.attrs.get("outlet_claims") or list(series["outlet"]))


def _group_of(outlet: Any, colours: Mapping[str, str]) -> str:
    """The legend entry an outlet is drawn under: itself, OTHER_OUTLETS or UNKNOWN_OUTLET."""
    if outlet_is_unknown(outlet):
        return UNKNOWN_OUTLET
    return OTHER_OUTLETS if _colour(colours, outlet) == OTHER_COLOUR else str(outlet)


def outlet_handles(outlets: Iterable[str], colours: Mapping[str, str]) -> list[Any]:
    """Legend entries for the outlets of a chart: each named outlet (sorted, long names cut),
    then "N other outlets" in OTHER_COLOUR, then "outlet unknown" in UNKNOWN_COLOUR."""
    present = outlet_order(outlets)
    groups = {o: _group_of(o, colours) for o in present}
    others = sum(1 for g in groups.values() if g == OTHER_OUTLETS)
    handles = []
    for group in group_order(groups.values()):
        if group == OTHER_OUTLETS:
            label = f"{others} {OTHER_OUTLETS}" if others > 1 else "1 other outlet"
            colour = OTHER_COLOUR
        elif group == UNKNOWN_OUTLET:
            label, colour = UNKNOWN_OUTLET, UNKNOWN_COLOUR
        else:
            label, colour = _short_name(group, OUTLET_CHARS), _colour(colours, group)
        handles.append(Patch(facecolor=colour, label=label))
    return handles


# --- text that fits -------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _font_chars() -> frozenset[int]:
    """The characters the house font can draw."""
    path = font_manager.findfont(font_manager.FontProperties(family=FONT), fallback_to_default=True)
    return frozenset(FT2Font(path).get_charmap())


def _display(text: Any) -> str:
    """Text as a chart can show it: characters the house font lacks become "?" (a run of
    them one "?"), and "$" is escaped so that it is never read as mathematics."""
    chars, out = _font_chars(), []
    for char in "" if text is None or text is pd.NA else str(text):
        if ord(char) in chars or char in "\n\t":
            out.append("\\$" if char == "$" else char)
        elif not out or out[-1] != "?":
            out.append("?")
    return "".join(out)


def _short_name(name: Any, limit: int) -> str:
    """A name for a chart: displayable, at most `limit` characters (cut at a word, with "…")."""
    text = " ".join(_display(name).split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–(") + "…"


# --- source line and export -------------------------------------------------------------------

def _outlets_text(outlets: Iterable[str] | Mapping[str, int]) -> str:
    """'outlets: A, B' when there are at most SOURCE_OUTLETS outlets, else how many ('48
    outlets'; the legend names the ones with most claims), outlets nobody could name not
    counted."""
    counts = {o: n for o, n in outlet_claims(outlets).items() if o}
    if not counts:
        return "outlets: none"
    if len(counts) <= SOURCE_OUTLETS:
        return "outlets: " + ", ".join(_short_name(o, OUTLET_CHARS) for o in counts)
    known = sum(1 for o in counts if not outlet_is_unknown(o))
    return f"{known} outlets" + (", and articles whose outlet is unknown" if known < len(counts) else "")


def source_text(claims: pd.DataFrame) -> str:
    """'Source: claims extracted from N articles (outlets: A, B); newest article YYYY-MM-DD.'
    (with more than SOURCE_OUTLETS outlets: '(48 outlets)')."""
    articles = claims["article_id"].nunique()
    dates = pd.to_datetime(claims["published"].replace("", None), errors="coerce").dropna()
    newest = dates.max().strftime("%Y-%m-%d") if len(dates) else "unknown"
    noun = "article" if articles == 1 else "articles"
    return (f"Source: claims extracted from {articles} {noun} ({_outlets_text(claims['outlet'])}); "
            f"newest article {newest}.")


def add_source_line(fig: Figure, claims: pd.DataFrame, *, note: str = "") -> Figure:
    """Write the source line (articles, outlets, newest date) at the bottom left of the figure,
    after `note` (what the chart leaves out, and where it is) when there is one."""
    text = "\n".join(textwrap.fill(part, width=SOURCE_WIDTH) for part in (note, source_text(claims)) if part)
    fig.supxlabel(text, x=0.01, ha="left", fontsize=8, color="0.35")
    return fig


def _csv_bytes(data: pd.DataFrame) -> bytes:
    """The plotted data as CSV: columns as given, rows sorted on every column, ISO dates."""
    frame = data.reset_index() if not isinstance(data.index, pd.RangeIndex) else data.copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    frame = frame.sort_values(list(frame.columns), kind="stable", na_position="last")
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def save_figure(fig: Figure, name: str, data: pd.DataFrame, folder: Path | str = FIGURES) -> list[Path]:
    """Write folder/NAME.png (200 dpi), .svg, .pdf and NAME.csv (the data plotted).

    Byte-stable: no software version or dates in the files, a fixed SVG hash salt and id.
    Every file is rendered in memory, written to a temporary file beside its target and renamed
    into place, so an export stopped half-way leaves the previous file whole.
    Returns the paths written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with mpl.rc_context({"svg.hashsalt": SVG_HASHSALT, "svg.id": name, "svg.fonttype": "path"}):
        for suffix, meta in ((".png", _PNG_META), (".svg", _SVG_META), (".pdf", _PDF_META)):
            path = folder / f"{name}{suffix}"
            write_bytes_atomic(path, _rendered(fig, suffix[1:], meta))
            paths.append(path)
    csv_path = folder / f"{name}.csv"
    write_bytes_atomic(csv_path, _csv_bytes(data))
    paths.append(csv_path)
    return paths


def _rendered(fig: Figure, fmt: str, meta: Mapping[str, Any]) -> bytes:
    """The bytes `fig.savefig(path)` would write to a .FMT file, rendered in memory."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, dpi=DPI, metadata=meta, bbox_inches="tight", pad_inches=PAD_INCHES,
                facecolor="white")
    return buffer.getvalue()


def figure_texts(fig: Figure) -> list[str]:
    """Every visible text of a figure (titles, axis labels, legends, annotations, source line)."""
    return [t.get_text() for t in fig.findobj(mpl.text.Text) if t.get_text() and t.get_visible()]


def drawn_texts(fig: Figure) -> list[tuple[mpl.text.Text, Any]]:
    """Every text the renderer draws when `fig` is drawn (titles, tick labels, legend entries,
    labels, call-outs, source line), each with the extent of its characters in display pixels
    as the renderer measured it (an annotation's leader line is not part of it); blank texts
    are left out.  Texts that exist but are not drawn (a tick outside the axis, an annotation
    whose point is off the plot) are not listed."""
    drawn: list[tuple[mpl.text.Text, Any]] = []
    original = mpl.text.Text.draw

    @mpl.artist.allow_rasterization
    def draw(text: mpl.text.Text, renderer: Any) -> None:
        original(text, renderer)
        if text.get_visible() and text.get_text().strip():
            drawn.append((text, mpl.text.Text.get_window_extent(text, renderer)))

    mpl.text.Text.draw = draw
    try:
        fig.canvas.draw()
    finally:
        mpl.text.Text.draw = original
    return drawn


# --- helpers for time charts ------------------------------------------------------------------

def _thousands(value: float, _pos: Any = None) -> str:
    return f"{value:,.0f}"


def _dodged_dates(frame: pd.DataFrame, colours: Mapping[str, str] | Sequence[str]) -> pd.Series:
    """x positions: the publication date, nudged apart for claims of different outlets (of
    different legend entries, once outlets are gathered under "other outlets") on the same day."""
    if frame.empty:
        return pd.Series(dtype="float64")
    if not isinstance(colours, Mapping):
        colours = outlet_colours(colours)
    x = frame["published"].map(mdates.date2num).astype("float64")
    span = max(x.max() - x.min(), 30.0)
    step = span * DODGE_SHARE
    group = frame["outlet"].map(lambda o: _group_of(o, colours))
    rank = {g: i for i, g in enumerate(group_order(group))}
    nudged = x.copy()
    for _, day in frame.groupby("published", sort=True):
        present = sorted(set(group[day.index]), key=rank.__getitem__)
        centre = (len(present) - 1) / 2
        for index in day.index:
            nudged[index] = x[index] + (present.index(group[index]) - centre) * step
    return nudged


def _checked(row: Mapping[str, Any]) -> bool:
    """True when a person reviewed the claim (its `review_status` is accepted, fixed or added)."""
    status = row.get("review_status", "")
    return isinstance(status, str) and status in CHECKED_STATUSES


def _any_checked(frame: pd.DataFrame) -> bool:
    return "review_status" in frame and bool(frame["review_status"].isin(CHECKED_STATUSES).any())


def _draw_claim(ax: plt.Axes, x: float, row: Mapping[str, Any], colour: str,
                band_width: float) -> None:
    """Draw one claim with the mark its qualifier calls for (band_width in days); a claim a
    person checked gets a dark outline (a ring round its mark, an edge round its band)."""
    mark, y = row["mark"], float(row["y"])
    low, high = row["y_low"], row["y_high"]
    increment = row.get("kind", "total") == "increment"
    if mark == "band":
        ax.bar([x], [float(high) - float(low)], bottom=[float(low)], width=band_width,
               color=colour, alpha=0.4, linewidth=0, zorder=2)
        if _checked(row):
            ax.bar([x], [float(high) - float(low)], bottom=[float(low)], width=band_width,
                   fill=False, edgecolor="0.1", linewidth=1.4, zorder=2.5)
    elif mark == "bar":
        ax.errorbar([x], [y], yerr=[[y - float(low)], [float(high) - y]], fmt="none",
                    ecolor=colour, elinewidth=2, capsize=5, capthick=2, zorder=3)
    elif mark in ("open_up", "open_down"):
        rise = 28 if mark == "open_up" else -28
        arrow = ax.annotate("", xy=(x, y), xytext=(0, rise), textcoords="offset points",
                            arrowprops={"arrowstyle": "<|-", "color": colour, "lw": 2,
                                        "shrinkA": 0, "shrinkB": 0}, zorder=3)
        arrow.arrow_patch.set_clip_box(ax.bbox)  # an arrow never runs into the next panel
        arrow.arrow_patch.set_clip_on(True)
    if increment:
        ax.plot([x], [y], linestyle="none", marker="P", markersize=11, color=colour,
                markeredgecolor="black", markeredgewidth=0.8, zorder=4)
    elif mark == "approx":
        ax.plot([x], [y], linestyle="none", marker="o", markersize=8, markerfacecolor="white",
                markeredgecolor=colour, markeredgewidth=2.2, zorder=4)
    elif mark != "band":
        ax.plot([x], [y], linestyle="none", marker="o", markersize=8, color=colour, zorder=4)
    if _checked(row) and mark != "band":
        ax.plot([x], [y], linestyle="none", marker="o", markersize=14, markerfacecolor="none",
                markeredgecolor="0.1", markeredgewidth=1.4, zorder=4.5)


def _mark_handles(marks: Iterable[str], increments: bool, checked: bool = False) -> list[Any]:
    """Legend entries (in grey) for the marks used; with `checked`, the outline of claims a
    person reviewed."""
    grey, used = "0.3", set(marks)
    handles = []
    for mark, label in MARK_LABELS.items():
        if mark not in used:
            continue
        if mark == "point":
            handles.append(Line2D([], [], marker="o", linestyle="none", color=grey, label=label))
        elif mark == "approx":
            handles.append(Line2D([], [], marker="o", linestyle="none", markerfacecolor="white",
                                  markeredgecolor=grey, markeredgewidth=2, label=label))
        elif mark == "open_up":
            handles.append(Line2D([], [], marker=r"$\uparrow$", markersize=13, linestyle="none",
                                  color=grey, label=label))
        elif mark == "open_down":
            handles.append(Line2D([], [], marker=r"$\downarrow$", markersize=13, linestyle="none",
                                  color=grey, label=label))
        elif mark == "bar":
            handles.append(Line2D([], [], marker="_", markersize=12, markeredgewidth=2,
                                  linestyle="-", color=grey, label=label))
        else:
            handles.append(Patch(facecolor=grey, alpha=0.35, label=label))
    if increments:
        handles.append(Line2D([], [], marker="P", markersize=10, linestyle="none", color=grey,
                              markeredgecolor="black", markeredgewidth=0.8,
                              label="increment (“another N”), not a total"))
    if checked:
        handles.append(Line2D([], [], marker="o", markersize=11, linestyle="none",
                              markerfacecolor="none", markeredgecolor="0.1",
                              markeredgewidth=1.4, label=REVIEWED_NOTE))
    return handles


def _outlet_handles(outlets: Iterable[str], colours: Mapping[str, str]) -> list[Any]:
    return outlet_handles(outlets, colours)


def _time_axis(ax: plt.Axes, frame: pd.DataFrame, height: float = TROOP_PLOT_HEIGHT) -> None:
    """Date ticks and a y scale: linear from zero, or log when the values span > LOG_RATIO.
    The scale leaves room for the arrow of an open figure ("more than", "up to": ARROW_ROOM
    points) above the highest mark and below the lowest, on a plot about `height` inches tall."""
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
    values = pd.concat([frame["y_low"], frame["y_high"], frame["y"]]).dropna().astype(float)
    positive = values[values > 0]
    marks = set(frame["mark"]) if "mark" in frame else set()
    room_up = (ARROW_ROOM if "open_up" in marks else 14.0) / (height * 72.0)
    room_down = (ARROW_ROOM if "open_down" in marks else 14.0) / (height * 72.0)
    if len(positive) and positive.max() / positive.min() > LOG_RATIO:
        ax.set_yscale("log")
        ax.yaxis.set_minor_formatter(NullFormatter())
        span = float(np.log10(positive.max() / positive.min()))
        total = span / (1.0 - room_up - room_down)
        ax.set_ylim(positive.min() / 10 ** (room_down * total), positive.max() * 10 ** (room_up * total))
    else:
        top = float(values.max()) if len(values) else 1.0
        ax.set_ylim(0, max(top * 1.25, top / (1.0 - room_up)))
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
    if len(frame):
        x = frame["published"].map(mdates.date2num).astype(float)
        pad = max((x.max() - x.min()) * 0.08, 6.0)
        ax.set_xlim(x.min() - pad, x.max() + pad)
        if x.max() - x.min() + 2 * pad < SHORT_SPAN_DAYS:
            # days counted from each month's first would put "31 Jan" beside "01 Feb": count evenly
            ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8, interval_multiples=False))


#: A time axis shorter than this (days) gets evenly spaced day ticks.
SHORT_SPAN_DAYS = 62


def _band_width(dated: pd.DataFrame) -> float:
    """Width in days of a vague band: a little less than the dodge step."""
    if dated.empty:
        return 1.0
    x = dated["published"].map(mdates.date2num).astype(float)
    return max(x.max() - x.min(), 30.0) * DODGE_SHARE * 0.8


def _dated(series: pd.DataFrame) -> pd.DataFrame:
    return series[series["published"].notna()]


def _one_subject(dated: pd.DataFrame, subject: str | None) -> tuple[pd.DataFrame, str]:
    """The dated claims about one subject (whose people): `subject`, else the subject with most
    dated claims (`dominant_subject`); and that subject."""
    chosen = dominant_subject(dated) if subject is None else str(subject)
    if "subject" not in dated:
        return dated, chosen
    return dated[dated["subject"].astype("string").fillna("") == chosen], chosen


def _two_lines(title: str) -> str:
    """'What: how' -> 'What:\nhow', so a long title stays clear of the legend on the right."""
    return title.replace(": ", ":\n", 1)


def _bounded_height(height: float) -> float:
    """A figure height that, saved with its padding, fits a printed page (MAX_HEIGHT)."""
    return min(height, MAX_HEIGHT - 2 * PAD_INCHES)


def _new_figure(nrows: int = 1, height: float | None = None, sharex: bool = False,
                width: float | None = None) -> tuple[Figure, Any]:
    size = (min(width or FIGSIZE[0], MAX_WIDTH - 2 * PAD_INCHES), _bounded_height(height or FIGSIZE[1]))
    fig, axes = plt.subplots(nrows, 1, figsize=size, layout="constrained", sharex=sharex,
                             squeeze=False)
    return fig, axes[:, 0]


# --- charts -----------------------------------------------------------------------------------

def plot_troops(series: pd.DataFrame, colours: Mapping[str, str] | None = None, *,
                subject: str | None = None, time_axis: str = "published") -> Figure:
    """Deployment figures about one subject (whose people: `subject`, default the subject with
    most dated claims) over publication date: colour = outlet (the 8 with most claims, then
    "other outlets", "outlet unknown" in grey), mark = how the figure was hedged, "+" = an
    increment ("another N").  Labels name who made the claim (italic: a party to the war)
    where they fit — the latest and first figure of each claimant first; the legend says how
    many marks are left without one.  Undated claims are left out (see `undated_note`), and a
    line under the chart says how many claims about other subjects are.  `time_axis` names the
    dates the series holds (`analysis.TIME_AXES`; see `analysis.on_time_axis`)."""
    colours = _colours_for(series, colours)
    everything = _dated(series)
    dated, subject = _one_subject(everything, subject)
    with mpl.rc_context(house_rc()):
        fig, (ax,) = _new_figure()
        x = _dodged_dates(dated, colours)
        band = _band_width(dated)
        for index, row in zip(dated.index, dated.to_dict("records")):
            _draw_claim(ax, x[index], row, _colour(colours, row["outlet"]), band)
        _time_axis(ax, dated, TROOP_PLOT_HEIGHT)
        fig.suptitle(_two_lines(subjects_title([subject] if subject else [], "troops deployed")),
                     x=0.01, ha="left", fontsize=13, fontweight="bold")
        ax.set_xlabel(TIME_AXES[time_axis])
        ax.set_ylabel("soldiers (reported)")
        if dated.empty:
            ax.text(0.5, 0.5, "no dated deployment claims", transform=ax.transAxes, ha="center")
        legend = _legends(fig, dated, colours)
        add_source_line(fig, series, note=subject_note(everything, subject))
        unlabelled = _label_marks(fig, ax, dated, x, band, _mixed_subjects(dated))
        _set_unlabelled(legend, unlabelled)
    return fig


def _legends(fig: Figure, dated: pd.DataFrame, colours: Mapping[str, str],
             disagreements: bool = False) -> Legend:
    """One legend outside the plot on the right: outlets (colour), marks (shape), then what
    the label beside each mark says, and a line kept for the number of unlabelled marks
    (`_set_unlabelled`)."""
    increments = bool((dated.get("kind", pd.Series(dtype="string")) == "increment").any())
    headers = ("Outlet (colour)", "How the figure is hedged", "Label beside each mark")
    blank = {"linestyle": "none", "marker": "none"}
    handles = [Line2D([], [], label=headers[0], **blank)]
    handles += outlet_handles(dated["outlet"], colours)
    handles += [Line2D([], [], label=" ", **blank), Line2D([], [], label=headers[1], **blank)]
    handles += _mark_handles(dated["mark"], increments, _any_checked(dated))
    if disagreements:
        handles.append(Line2D([], [], linestyle="--", color="0.2", linewidth=1.2, label=DISAGREE_NOTE))
    note = LABEL_NOTE + ("\n· whose people (subject)" if _mixed_subjects(dated) else "")
    handles += [Line2D([], [], label=" ", **blank), Line2D([], [], label=headers[2], **blank),
                Line2D([], [], label=note, marker=r"$\mathsf{Aa}$", markersize=11,
                       linestyle="none", color="0.3"),
                Line2D([], [], label=PARTY_NOTE, marker=r"$\mathit{Aa}$", markersize=11,
                       linestyle="none", color="0.3"),
                Line2D([], [], label=UNLABELLED_NOTE.format(n=999, marks="marks"), **blank)]
    legend = fig.legend(handles=handles, loc="outside right upper", frameon=False)
    _style_legend(legend, headers)
    return legend


def _set_unlabelled(legend: Legend, unlabelled: int) -> None:
    """Fill in the legend's last line: how many marks have no label (blank when none).  The
    placeholder was the widest this text can be, so the layout does not move."""
    text = legend.get_texts()[-1]
    if unlabelled <= 0:
        text.set_text(" ")
    else:
        text.set_text(UNLABELLED_NOTE.format(n=unlabelled, marks="mark" if unlabelled == 1 else "marks"))
    text.set_color("0.3")


def _style_legend(legend: Legend, headers: Sequence[str]) -> None:
    """Section headers in bold, the note on party claimants in italics (as its labels are)."""
    for text in legend.get_texts():
        if text.get_text() in headers:
            text.set_fontweight("bold")
        elif text.get_text() == PARTY_NOTE:
            text.set_fontstyle("italic")


# --- claimant labels --------------------------------------------------------------------------

Box = tuple[float, float, float, float]


def _mixed_subjects(dated: pd.DataFrame) -> bool:
    return len(set(dated.get("subject", pd.Series(dtype="string")).fillna("")) - {""}) > 1


def claim_label(row: Mapping[str, Any], with_subject: bool = False) -> str:
    """The label beside a mark: the claimant, short, and its country ("Seoul (KR)"); with the
    subject's name added when the chart mixes subjects ("Seoul (KR) · North Korean")."""
    label = _display(claimant_short(row.get("claimant", ""), row.get("claimant_country", "")))
    return f"{label} · {subject_name(row.get('subject', ''))}" if with_subject else label


def _is_party(row: Mapping[str, Any]) -> bool:
    flag = row.get("claimant_is_party")
    if flag is None or flag is pd.NA:
        return claimant_is_party(row.get("subject", ""), row.get("claimant_country", ""))
    return bool(flag)


def _mark_box(ax: plt.Axes, x: float, row: Mapping[str, Any], band_width: float,
              pt: float) -> list[Box]:
    """Display boxes (x0, y0, x1, y1) a mark covers, so labels can keep clear of it."""
    to = ax.transData.transform
    px, py = to((x, float(row["y"])))
    mark, r = row["mark"], 6.0 * pt
    boxes = [(px - r, py - r, px + r, py + r)] if mark != "band" else []
    if mark in ("band", "bar"):
        low, high = to((x, float(row["y_low"])))[1], to((x, float(row["y_high"])))[1]
        half = (to((x + band_width / 2, 0.0))[0] - to((x, 0.0))[0]) if mark == "band" else r
        boxes.append((px - half, min(low, high), px + half, max(low, high)))
    elif mark in ("open_up", "open_down"):
        rise = 30.0 * pt * (1 if mark == "open_up" else -1)
        boxes.append((px - 4 * pt, min(py, py + rise), px + 4 * pt, max(py, py + rise)))
    return boxes


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _fits(box: Box, inside: Box, obstacles: Sequence[Box] | np.ndarray) -> bool:
    """True when `box` lies within `inside` and overlaps none of `obstacles` (a list of boxes
    or an (n, 4) array)."""
    if box[0] < inside[0] or box[2] > inside[2] or box[1] < inside[1] or box[3] > inside[3]:
        return False
    others = np.asarray(obstacles, dtype="float64").reshape(-1, 4)
    return not bool(np.any((box[0] < others[:, 2]) & (others[:, 0] < box[2])
                           & (box[1] < others[:, 3]) & (others[:, 1] < box[3])))


class _Room:
    """Where labels may go on one laid-out axes: inside its frame, clear of the boxes blocked
    so far (marks, and every label placed).  Text sizes come from the renderer."""

    def __init__(self, fig: Figure, ax: plt.Axes, draw: bool = True) -> None:
        if draw:
            fig.draw_without_rendering()  # fix the layout, so display positions are final
        self.ax, self.renderer = ax, fig.canvas.get_renderer()
        self.pt = fig.dpi / 72.0  # display pixels per point
        frame = ax.get_window_extent(self.renderer)
        self.frame = frame
        pad = 2 * self.pt
        self.inside = (frame.x0 + pad, frame.y0 + pad, frame.x1 - pad, frame.y1 - pad)
        self.blocked = np.empty((0, 4))
        self._sizes: dict[tuple[str, str, float], tuple[float, float]] = {}
        for text in ax.texts:
            if text.get_visible() and text.get_text().strip():
                self.block([tuple(text.get_window_extent(self.renderer).extents)])

    def block(self, boxes: Iterable[Box]) -> None:
        rows = np.asarray(list(boxes), dtype="float64").reshape(-1, 4)
        self.blocked = np.vstack([self.blocked, rows])

    def size(self, label: str, style: str = "normal", fontsize: float = LABEL_SIZE) -> tuple[float, float]:
        """Width and height (display pixels) of a label as the renderer draws it."""
        key = (label, style, fontsize)
        if key not in self._sizes:
            probe = self.ax.text(0, 0, label, fontsize=fontsize, fontstyle=style)
            extent = probe.get_window_extent(self.renderer)
            probe.remove()
            self._sizes[key] = (extent.width, extent.height)
        return self._sizes[key]

    def first_fit(self, candidates: list[tuple[float, int, float, float, str, Box]]) -> Any:
        """The best candidate (lowest cost) whose box fits, or None."""
        for candidate in sorted(candidates, key=lambda c: (c[0], c[1])):
            if _fits(candidate[5], self.inside, self.blocked):
                return candidate
        return None


def _claimant_key(row: Mapping[str, Any]) -> str:
    """Who a mark's figure is from, for choosing labels: the canonical claimant when the table
    has one, else the claimant as written; the outlet's own voice counts per outlet."""
    canonical = row.get("claimant_canonical", "")
    name = canonical if isinstance(canonical, str) and canonical.strip() else row.get("claimant", "")
    name = "" if name is None or name is pd.NA else " ".join(str(name).split()).casefold()
    return name if name else f"\x00own voice\x00{row.get('outlet', '')}"


def _label_priority(order: pd.DataFrame) -> list[Any]:
    """The marks to label, most important first: the latest figure of each claimant (the
    claimant with most marks first), then the first figure of each; on a plot of at most
    LABEL_ALL_MARKS marks, then every other mark in date order.  `order` is sorted by date."""
    keys = pd.Series([_claimant_key(r) for r in order.to_dict("records")], index=order.index)
    sizes = keys.value_counts()
    ranked = sorted(sizes.index, key=lambda k: (-int(sizes[k]), k))
    members = {k: list(keys.index[keys == k]) for k in ranked}
    chosen = [members[k][-1] for k in ranked]
    chosen += [members[k][0] for k in ranked if len(members[k]) > 1]
    if len(order) <= LABEL_ALL_MARKS:
        chosen += [i for i in order.index if i not in set(chosen)]
    return chosen


def _label_marks(fig: Figure, ax: plt.Axes, rows: pd.DataFrame, positions: pd.Series,
                 band_width: float, with_subject: bool, *,
                 callouts: Sequence[Mapping[str, Any]] = (), laid_out: bool = False) -> int:
    """Write call-outs (`_call_out`) and claimant labels on the marks of `ax`, in a small font
    (italic for a party to the war), only where they fit: inside the plot and clear of every
    mark, label and call-out.  Returns how many marks are left without a label.

    Call-outs come first, then the marks of `_label_priority`.  Each label tries places
    beside its own mark (right of it in the left half of the plot, left of it in the right
    half), beside the outermost mark of its date, and the same moved up or down in steps of
    LABEL_SPACING; it takes the nearest place that fits, and is left out when none does.  A
    thin line joins a label to its mark when it had to move.  Positions come from the
    laid-out figure, sizes from the renderer, and ties are broken by claim id, so the result
    is the same on every run.  `laid_out`: the figure was drawn since its layout last changed
    (labels inside another panel do not change it), so it need not be drawn again."""
    if rows.empty:
        return 0
    room = _Room(fig, ax, draw=not laid_out)
    pt = room.pt
    order = rows.assign(_x=positions[rows.index], _key=rows.get("claim_id", rows.index))
    order = order.sort_values(["published", "y", "_x", "_key"], kind="stable")
    records = dict(zip(order.index, order.to_dict("records")))
    boxes = {index: _mark_box(ax, float(row["_x"]), row, band_width, pt) for index, row in records.items()}
    room.block(b for own in boxes.values() for b in own)
    for callout in callouts:
        _place_callout(ax, room, callout, reach=9 if len(order) <= LABEL_ALL_MARKS else 4)
    group_edges = {}
    for day, group in order.groupby("published", sort=True):
        day_boxes = [b for i in group.index for b in boxes[i]]
        group_edges[day] = (min(b[0] for b in day_boxes), max(b[2] for b in day_boxes))
    # On a crowded plot a label stays near its mark (a long leader line is hard to follow).
    reach = 9 if len(order) <= LABEL_ALL_MARKS else 5
    steps = [0] + [k * sign for k in range(1, reach) for sign in (1, -1)]
    labelled = 0
    for index in _label_priority(order):
        row = records[index]
        x, y = float(row["_x"]), float(row["y"])
        px, py = ax.transData.transform((x, y))
        own = boxes[index]
        own_left, own_right = min(b[0] for b in own), max(b[2] for b in own)
        day_left, day_right = group_edges[row["published"]]
        label, style = claim_label(row, with_subject), "italic" if _is_party(row) else "normal"
        width, height = room.size(label, style)
        height += 1.5 * pt
        gap = LABEL_GAP * pt
        # Right of the mark in the left half of the plot, left of it in the right half.
        flip = 0.5 if px > (room.frame.x0 + room.frame.x1) / 2 else 0.0
        sides = [(own_right + gap, "left", flip), (own_left - gap, "right", 0.5 - flip),
                 (day_right + gap, "left", (day_right - own_right) / pt * 0.4 + 1.0),
                 (day_left - gap, "right", (own_left - day_left) / pt * 0.4 + 1.5)]
        candidates = []
        for step in steps:
            ty = py + step * LABEL_SPACING * pt
            for anchor, ha, penalty in sides:
                x0 = anchor if ha == "left" else anchor - width
                box = (x0, ty - height / 2, x0 + width, ty + height / 2)
                candidates.append((abs(step) * LABEL_SPACING + penalty, len(candidates),
                                   anchor, ty, ha, box))
        choice = room.first_fit(candidates)
        if choice is None:
            continue
        _, _, anchor, ty, ha, box = choice
        beside = own_right + gap if ha == "left" else own_left - gap
        moved = abs(ty - py) > 2.0 * pt or abs(anchor - beside) > pt
        ax.annotate(label, xy=(x, y), xytext=((anchor - px) / pt, (ty - py) / pt),
                    textcoords="offset points", ha=ha, va="center", fontsize=LABEL_SIZE,
                    fontstyle=style, color="0.15", zorder=5,
                    arrowprops=({"arrowstyle": "-", "color": "0.55", "lw": 0.6,
                                 "shrinkA": 1.5, "shrinkB": 4.0} if moved else None))
        room.block([box])
        labelled += 1
    return len(order) - labelled


def _place_callout(ax: plt.Axes, room: _Room, callout: Mapping[str, Any], reach: int = 9) -> bool:
    """Write one disagreement's label in a box near the higher of its two marks, where it fits
    (above or below, left or right, moved up or down by fewer than `reach` steps); False when
    it fits nowhere."""
    pt = room.pt
    x, y = callout["x"], callout["y"]
    px, py = ax.transData.transform((x, y))
    width, height = room.size(callout["label"], "normal", CALLOUT_SIZE)
    pad = (0.25 * CALLOUT_SIZE + 1.5) * pt  # the round box round the text
    width, height = width + 2 * pad, height + 2 * pad
    candidates = []
    for step in range(0, reach):
        for rise, sign in ((14, 1), (-14, 1), (14, -1), (-14, -1)):
            ty = py + (rise + (step * LABEL_SPACING if rise > 0 else -step * LABEL_SPACING)) * pt
            anchor = px - 12 * pt * sign
            x0 = anchor - width if sign > 0 else anchor
            box = (x0, ty - height / 2, x0 + width, ty + height / 2)
            candidates.append((step * 10 + (0 if rise > 0 else 1) + (0 if sign > 0 else 2),
                               len(candidates), anchor, ty, "right" if sign > 0 else "left", box))
    choice = room.first_fit(candidates)
    if choice is None:
        return False
    cost, _, anchor, ty, ha, box = choice
    # Away from its usual place (up and left of the higher mark), a thin line leads to the pair.
    ax.annotate(callout["label"], xy=(x, y), xytext=((anchor - px) / pt, (ty - py) / pt),
                textcoords="offset points", ha=ha, va="center", fontsize=CALLOUT_SIZE, color="0.1",
                zorder=6, bbox={"boxstyle": "round,pad=0.25", "facecolor": "white",
                                "edgecolor": "0.6", "linewidth": 0.6},
                arrowprops=({"arrowstyle": "-", "color": "0.35", "lw": 0.7, "linestyle": ":",
                             "shrinkA": 0, "shrinkB": 5.0} if cost > 0 else None))
    room.block([box])
    return True


def plot_casualties(series: pd.DataFrame, discrepancies: pd.DataFrame,
                    colours: Mapping[str, str] | None = None, *,
                    subject: str | None = None, time_axis: str = "published") -> Figure:
    """Killed, wounded and casualties of one subject (whose people: `subject`, default the
    subject with most dated claims) over publication date, one panel per metric; labels name
    who made the claim (italic: a party to the war) where they fit; pairs of claims that
    disagree (see `discrepancies`) are joined by a dashed line, labelled where the label fits
    (same-day pairs and the widest gaps first).  A line under the chart says how many claims
    about other subjects are left out.  `time_axis` names the dates the series holds
    (`analysis.TIME_AXES`)."""
    colours = _colours_for(series, colours)
    everything = _dated(series)
    dated, subject = _one_subject(everything, subject)
    if discrepancies is not None and "subject" in discrepancies:
        discrepancies = discrepancies[discrepancies["subject"].astype("string").fillna("") == subject]
    metrics = [m for m in CASUALTY_METRICS if (dated["metric"] == m).any()] or ["killed"]
    with mpl.rc_context(house_rc()):
        fig, axes = _new_figure(len(metrics), height=2.4 + 2.3 * len(metrics), sharex=True)
        positions = _dodged_dates(dated, colours)
        band = _band_width(dated)
        callouts = {}
        for ax, metric in zip(axes, metrics):
            rows = dated[dated["metric"] == metric]
            for index, row in zip(rows.index, rows.to_dict("records")):
                _draw_claim(ax, positions[index], row, _colour(colours, row["outlet"]), band)
            _time_axis(ax, rows, PANEL_HEIGHT)
            ax.set_ylabel(PANEL_LABELS.get(metric, f"{metric} (reported)"))
            ax.set_title(metric.capitalize(), loc="left", fontsize=11)
            callouts[metric] = _call_out(ax, discrepancies, metric, dated, positions)
        if len(dated):
            all_x = dated["published"].map(mdates.date2num).astype(float)
            pad = max((all_x.max() - all_x.min()) * 0.08, 6.0)
            axes[-1].set_xlim(all_x.min() - pad, all_x.max() + pad)
        else:
            axes[0].text(0.5, 0.5, "no dated casualty claims", transform=axes[0].transAxes,
                         ha="center")
        for ax in axes[:-1]:
            ax.set_xlabel("")
        axes[-1].set_xlabel(TIME_AXES[time_axis])
        fig.suptitle(_two_lines(subjects_title([subject] if subject else [], "casualties")),
                     x=0.01, ha="left", fontsize=13, fontweight="bold")
        legend = _legends(fig, dated, colours, any(callouts.values()))
        add_source_line(fig, series, note=subject_note(everything, subject))
        mixed = _mixed_subjects(dated)
        unlabelled = 0
        fig.draw_without_rendering()  # one layout for every panel: labels inside them do not move it
        for ax, metric in zip(axes, metrics):
            unlabelled += _label_marks(fig, ax, dated[dated["metric"] == metric], positions,
                                       band, mixed, callouts=callouts[metric], laid_out=True)
        _set_unlabelled(legend, unlabelled)
    return fig


def _call_out(ax: plt.Axes, pairs: pd.DataFrame | None, metric: str, dated: pd.DataFrame,
              positions: pd.Series) -> list[dict[str, Any]]:
    """Join the disagreeing pairs of this metric with a dashed line — at most MAX_CALLOUTS of
    them: same-day pairs first, then the widest gap between the two figures, then by date
    (every pair is in the table of disagreements) — and return their labels to write ("same
    day: about 600 vs about 2,000 killed", at the higher mark of each pair) in that order."""
    if pairs is None or pairs.empty:
        return []
    where = dict(zip(dated["claim_id"], dated.index))
    found = []
    for pair in pairs[pairs["metric"] == metric].to_dict("records"):
        if pair["claim_id_a"] not in where or pair["claim_id_b"] not in where:
            continue
        xa, xb = positions[where[pair["claim_id_a"]]], positions[where[pair["claim_id_b"]]]
        ya, yb = float(pair["y_a"]), float(pair["y_b"])
        high = (xa, ya) if ya >= yb else (xb, yb)
        gap = abs(np.log(max(ya, 1.0) / max(yb, 1.0)))
        found.append({"label": _display(pair["label"]), "x": high[0], "y": high[1],
                      "line": ([xa, xb], [ya, yb]),
                      "_key": (int(pair["days_apart"]), -round(gap, 6), str(pair["published_a"]),
                               str(pair["claim_id_a"]), str(pair["claim_id_b"]))})
    found.sort(key=lambda c: c["_key"])
    for callout in found[:MAX_CALLOUTS]:
        ax.plot(*callout["line"], linestyle="--", color="0.2", linewidth=1.2, zorder=1)
    return found[:MAX_CALLOUTS]


def plot_claim_counts(counts: pd.DataFrame, claims: pd.DataFrame | None = None,
                      colours: Mapping[str, str] | None = None) -> Figure:
    """Horizontal stacked bars: number of claims per metric, split by outlet — the 8 outlets
    with most claims, then "other outlets" together and "outlet unknown" (grey).

    `counts` is the pivot of `counts_by_metric_and_outlet` (every outlet; the CSV saved beside
    the chart keeps them all); pass `claims` to add the source line."""
    totals = {str(o): int(counts[o].sum()) for o in counts.columns}
    colours = dict(colours) if colours is not None else outlet_colours(totals)
    groups = {o: _group_of(o, colours) for o in counts.columns}
    grouped = counts.T.groupby(pd.Series(groups), sort=False).sum().T if len(counts.columns) else counts
    with mpl.rc_context(house_rc()):
        fig, (ax,) = _new_figure(height=4.6)
        metrics = list(counts.index)[::-1]  # first metric on top
        left = pd.Series(0, index=metrics, dtype="int64")
        ax.barh(metrics, [0] * len(metrics))  # one row per metric, even with no claims at all
        for group in group_order(grouped.columns):
            widths = grouped.loc[metrics, group].astype("int64")
            colour = {OTHER_OUTLETS: OTHER_COLOUR, UNKNOWN_OUTLET: UNKNOWN_COLOUR}.get(group) \
                or _colour(colours, group)
            ax.barh(metrics, widths, left=left, color=colour, label=group,
                    edgecolor="white", linewidth=0.8)
            left = left + widths
        for y, total in enumerate(left):
            ax.text(total + 0.1, y, str(int(total)), va="center", fontsize=9, color="0.25")
        ax.set_title("Numeric claims per metric and outlet", loc="left")
        ax.set_xlabel("number of claims extracted")
        ax.set_ylabel("metric")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlim(0, max(int(left.max()), 1) * 1.12 + 0.5)
        ax.grid(axis="y", visible=False)
        fig.legend(handles=outlet_handles(counts.columns, colours), title="Outlet",
                   loc="outside right upper", frameon=False)
        if claims is not None:
            add_source_line(fig, claims)
    return fig


# --- provenance charts ------------------------------------------------------------------------

#: Legend texts of the echo chart.
ECHO_LINE_NOTE = "line: first seen → last reported"
ECHO_REPORT_NOTE = "dot: one article reporting the figure"
ECHO_SUPERSEDED_NOTE = "✕: repeated after a newer figure\nfrom the same claimant was out"
ECHO_COUNT_NOTE = "articles (independent ones:\na copy family counts once)"
#: Width of the echo chart (inches) and of its row labels (characters per line).
ECHO_WIDTH = 12.5
ECHO_LABEL_CHARS = 44
#: Characters per line of the line above the echo chart saying what it leaves out (9 pt).
ECHO_NOTE_CHARS = 80
#: Height of one row of the echo chart (inches), and the least it shrinks to when there are
#: many rows (two lines of 9-pt labels need about 0.3 inch).
ECHO_ROW = 0.55
ECHO_MIN_ROW = 0.42
#: Colour-blind-safe sequential colour map of the outlet × claimant matrix.
MATRIX_CMAP = "Blues"  # ColorBrewer single-hue sequential: readable with any colour vision
#: Column labels of the matrix: characters per line, and at most this many lines.
MATRIX_LABEL_CHARS = 20
MATRIX_LABEL_LINES = 3
#: Above this many claims in a cell, the matrix shades on a square-root scale.
MATRIX_SQRT_ABOVE = 12


def _echo_source_text(frame: pd.DataFrame) -> str:
    """The source line of an echo chart drawn from a lineage table (no article ids)."""
    outlets = [o.strip() for cell in frame.get("outlets", []) for o in str(cell).split(",") if o.strip()]
    newest = max((str(d) for d in frame.get("last_seen", []) if str(d)), default="unknown")
    return f"Source: lineage of {len(frame)} figures ({_outlets_text(outlets)}); newest report {newest}."


def _lineage_lines(lineage: pd.DataFrame) -> pd.DataFrame:
    """Echo lines from a lineage table (`warclaims.provenance.lineage`): no report marks."""
    mixed = len(set(lineage["subject"].astype("string").fillna("")) - {""}) > 1
    lines = lineage.copy()
    lines["figure_label"] = [
        f"{r['claimant_canonical'] or 'outlet' + chr(39) + 's own voice'} · "
        f"{(subject_name(r['subject']) + ' ') if mixed else ''}{r['metric']} · {r['figure']}"
        for r in lines.to_dict("records")]
    lines["claimant_is_party"] = lines.get("claimant_is_party", False)
    lines["independent"] = lines.get("independent", lines["reports"])
    return lines.sort_values(["first_seen", "figure_label"], kind="stable").reset_index(drop=True)


def _echo_note(shown: pd.DataFrame, total: int) -> str:
    """The line saying which figures an echo chart leaves out, and where they are listed."""
    if len(shown) >= total:
        return ""
    reports = pd.to_numeric(shown["reports"])
    travelled = int((reports >= 2).sum())
    if travelled == len(shown):
        which = f"those carried by most articles, each by {int(reports.min())} or more"
    elif travelled:
        which = f"the {travelled} carried by two articles or more, then the latest reported"
    else:
        which = "no figure was carried by two articles or more: the latest reported"
    left = total - len(shown)
    return textwrap.fill(f"{len(shown)} of {total} figures drawn ({which}). The other {left} "
                         f"{'is' if left == 1 else 'are'} listed in the CSV saved beside this chart.",
                         width=ECHO_NOTE_CHARS)


def plot_echo(lineage_or_provenance: pd.DataFrame, colours: Mapping[str, str] | None = None, *,
              subject: str | None = None, max_rows: int = MAX_ECHO_ROWS) -> Figure:
    """The echo chart: one row per figure (claimant · metric · figure, in the order first
    seen, earliest on top), a line from the date it was first seen to the date it was last
    reported, and a dot per article reporting it, coloured by outlet (several outlets on one
    day are stacked within the row).  A ✕ marks a report that repeated the figure after a
    newer, different one from the same claimant was out (`superseded`).  The number at the
    right end counts the articles, and in brackets the independent ones (a copy family counts
    once).  Italic label: the claimant is a party to the war.

    At most `max_rows` figures are drawn: when there are more, the ones carried by most
    articles (`echo_shown`), and a line above the chart says how many are left out (the CSV
    saved beside it, `echo_rows`, lists every report).  `subject` keeps only the figures about
    one subject (whose people); by default every subject, named in each row.

    Pass the provenance table (`read_provenance()`; marks per report) or a lineage table
    (`read_csv_table("lineage")`; lines only)."""
    frame = lineage_or_provenance
    per_report = "article_id" in frame
    if colours is None:
        colours = outlet_colours(frame["outlet"] if per_report else
                                 [o.strip() for c in frame.get("outlets", []) for o in str(c).split(",")])
    colours = dict(colours)
    if subject is not None:
        frame = frame[frame["subject"].astype("string").fillna("") == subject]
    reports = echo_rows(frame) if per_report else pd.DataFrame(
        columns=["figure_label", "published", "outlet", "article_id", "superseded"])
    every_line = echo_lines(reports) if per_report else _lineage_lines(frame)
    lines = echo_shown(every_line, max_rows)
    reports = reports[reports["figure_label"].isin(set(lines["figure_label"]))]
    labels = list(lines["figure_label"])
    row_of = {label: i for i, label in enumerate(labels)}
    wrap = any(len(label) > ECHO_LABEL_CHARS for label in labels)
    shown = [_wrap_figure_label(_display(label)) if wrap else _display(label) for label in labels]
    rows = max(len(labels), 2)
    row_height = ECHO_ROW if rows <= 12 else max(ECHO_MIN_ROW, ECHO_ROW * 12 / rows)
    note = _echo_note(lines, len(every_line))
    with mpl.rc_context(house_rc()):
        height = 2.9 + row_height * rows + (0.2 * (note.count("\n") + 1) if note else 0)
        fig, ax = plt.subplots(figsize=(ECHO_WIDTH, _bounded_height(height)), layout="constrained")
        for i, line in lines.iterrows():
            start = mdates.date2num(pd.Timestamp(line["first_seen"]))
            end = mdates.date2num(pd.Timestamp(line["last_seen"]))
            ax.plot([start, end], [i, i], color="0.55", linewidth=3.2, solid_capstyle="round",
                    zorder=2)
        for (label, day), group in reports.groupby(["figure_label", "published"], sort=True):
            entries = group["outlet"].map(lambda o: _group_of(o, colours))
            present = group_order(entries)
            centre = (len(present) - 1) / 2
            step = min(0.22, 0.66 / max(len(present) - 1, 1))
            for index, report in group.sort_values(["outlet", "article_id"], kind="stable").iterrows():
                y = row_of[label] + (present.index(entries[index]) - centre) * step
                x = mdates.date2num(pd.Timestamp(day))
                colour = _colour(colours, report["outlet"])
                ax.plot([x], [y], linestyle="none", marker="o", markersize=9, color=colour,
                        markeredgecolor="white", markeredgewidth=0.8, zorder=4)
                if report["superseded"]:
                    ax.plot([x], [y], linestyle="none", marker="x", markersize=9, color="0.05",
                            markeredgewidth=1.8, zorder=5)
        ax.set_yticks(range(len(labels)), labels=shown)
        ax.set_ylim(len(labels) - 0.4, -0.6) if labels else ax.set_ylim(1, -1)
        for tick, party in zip(ax.get_yticklabels(), lines["claimant_is_party"]):
            tick.set_fontstyle("italic" if bool(party) else "normal")
        ax.tick_params(axis="y", labelsize=9)
        ax.grid(axis="y", visible=False)
        if len(lines):
            dates = pd.to_datetime(pd.concat([lines["first_seen"], lines["last_seen"]]))
            x0, x1 = mdates.date2num(dates.min()), mdates.date2num(dates.max())
            pad = max((x1 - x0) * 0.06, 6.0)
            ax.set_xlim(x0 - pad, x1 + pad * 2.2)
            for i, line in lines.iterrows():
                ax.annotate(f"{int(line['reports'])} ({int(line['independent'])})",
                            xy=(mdates.date2num(pd.Timestamp(line["last_seen"])), i),
                            xytext=(9, 0), textcoords="offset points", va="center",
                            fontsize=8, color="0.3")
            ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=6))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
        else:
            ax.text(0.5, 0.5, "no dated figures", transform=ax.transAxes, ha="center")
            ax.set_xticks([])
        ax.set_xlabel("publication date of the article")
        ax.set_ylabel("figure (who said it · what · how much)")
        if note:
            ax.set_title(note, loc="left", fontsize=9, fontweight="normal", color="0.2")
        subjects = sorted(set(lines["subject"].astype("string").fillna("")) - {""})
        about = f" about {subject_name(subjects[0])} people" if len(subjects) == 1 else ""
        fig.suptitle(f"The echo of each figure{about}:\nwhen it was first seen, and until when "
                     f"outlets repeated it", x=0.01, ha="left", fontsize=13, fontweight="bold")
        _echo_legend(fig, reports, colours, bool(reports["superseded"].any()) if per_report and len(reports) else False)
        if per_report:
            add_source_line(fig, lineage_or_provenance)
        else:
            fig.supxlabel(textwrap.fill(_echo_source_text(lineage_or_provenance), width=SOURCE_WIDTH),
                          x=0.01, ha="left", fontsize=8, color="0.35")
    return fig


def _wrap_figure_label(label: str) -> str:
    """A figure label on two lines when long: the claimant, then what and how much."""
    if " · " not in label:
        return label
    claimant, rest = label.split(" · ", 1)
    return f"{textwrap.shorten(claimant, ECHO_LABEL_CHARS, placeholder='…')}\n{rest}"


def _echo_legend(fig: Figure, reports: pd.DataFrame, colours: Mapping[str, str],
                 superseded: bool) -> None:
    headers = ("Outlet (colour)", "Marks")
    blank = {"linestyle": "none", "marker": "none"}
    handles = [Line2D([], [], label=headers[0], **blank)]
    handles += outlet_handles(reports["outlet"] if len(reports) else [], colours)
    handles += [Line2D([], [], label=" ", **blank), Line2D([], [], label=headers[1], **blank),
                Line2D([], [], color="0.55", linewidth=3.2, label=ECHO_LINE_NOTE),
                Line2D([], [], marker="o", markersize=8, linestyle="none", color="0.3",
                       label=ECHO_REPORT_NOTE)]
    if superseded:
        handles.append(Line2D([], [], marker="x", markersize=8, markeredgewidth=1.8,
                              linestyle="none", color="0.05", label=ECHO_SUPERSEDED_NOTE))
    handles += [Line2D([], [], marker=r"$\mathsf{n\ (m)}$", markersize=20, linestyle="none",
                       color="0.3", label=ECHO_COUNT_NOTE),
                Line2D([], [], marker=r"$\mathit{Aa}$", markersize=11, linestyle="none",
                       color="0.3", label=PARTY_NOTE)]
    _style_legend(fig.legend(handles=handles, loc="outside right upper", frameon=False), headers)


def _matrix_row_label(outlet: str, counts: pd.DataFrame) -> str:
    if outlet == OTHER_OUTLETS:
        return f"{counts.attrs.get('other_outlets', 0)} {OTHER_OUTLETS}"
    return _short_name(outlet, OUTLET_CHARS)


def _matrix_column_label(claimant: str, counts: pd.DataFrame) -> str:
    if claimant == OTHER_CLAIMANTS:
        name = f"{counts.attrs.get('other_claimants', 0)} {OTHER_CLAIMANTS}"
    else:
        name = _short_name(claimant, MATRIX_LABEL_CHARS * MATRIX_LABEL_LINES)
    lines = textwrap.wrap(name, width=MATRIX_LABEL_CHARS) or [""]
    if len(lines) > MATRIX_LABEL_LINES:
        lines = lines[:MATRIX_LABEL_LINES]
        lines[-1] = lines[-1].rstrip(" ,;:.-–(") + "…"
    return "\n".join(lines)


def _matrix_note(counts: pd.DataFrame) -> str:
    """The line saying which outlets and claimants the matrix gathers, and where they all are."""
    parts = []
    if counts.attrs.get("other_outlets"):
        named = counts.attrs["outlets"] - counts.attrs["other_outlets"]
        parts.append(f"the {named} outlets with most claims ({counts.attrs['outlets']} in all)")
    if counts.attrs.get("other_claimants"):
        named = counts.attrs["claimants"] - counts.attrs["other_claimants"]
        parts.append(f"the {named} claimants with most claims ({counts.attrs['claimants']} in all)")
    if not parts:
        return ""
    return (f"Named: {' and '.join(parts)}; the rest are summed under “other”. Every outlet and "
            f"claimant is listed in the CSV saved beside this chart.")


def plot_outlet_claimant_matrix(provenance: pd.DataFrame, *, claimants: int = MAX_NAMED_CLAIMANTS,
                                outlets: int = MAX_NAMED_OUTLETS) -> Figure:
    """Outlets (rows) × canonical claimants (columns): each cell the number of claims the
    outlet attributed to that claimant, written in the cell and shaded on a colour-blind-safe
    sequential scale (empty cells left white).  Rows: the `outlets` outlets with most claims
    (the ones the other charts colour), then "other outlets" and "outlet unknown"; columns:
    the `claimants` claimants with most claims, then "other claimants", the outlet's own
    voice last (`outlet_claimant_matrix`).  Column names are written across when they fit,
    else upright."""
    counts = outlet_claimant_matrix(provenance, claimants=claimants, outlets=outlets)
    columns = [_matrix_column_label(str(c), counts) for c in counts.columns]
    rows = [_matrix_row_label(str(o), counts) for o in counts.index]
    lines = max((c.count("\n") + 1 for c in columns), default=1)
    width = FIGSIZE[0] + max(0, len(columns) - 7) * 0.4
    with mpl.rc_context(house_rc()):
        fig, (ax,) = _new_figure(height=2.6 + 0.5 * max(len(counts), 2) + 0.72 * (lines - 1), width=width)
        if counts.empty:
            ax.text(0.5, 0.5, "no claims", transform=ax.transAxes, ha="center")
        else:
            shown = counts.set_axis(columns, axis=1).set_axis(rows, axis=0)
            top = max(int(counts.max().max()), 1) * 1.15
            # A square-root scale when counts run high, so that a cell of 3 is not white
            # beside one of 90; the colour bar keeps the counts.
            norm = PowerNorm(0.5, vmin=0, vmax=top) if top > MATRIX_SQRT_ABOVE else None
            sns.heatmap(shown, ax=ax, cmap=MATRIX_CMAP, vmin=0, vmax=top, norm=norm,
                        annot=True, fmt="d",
                        mask=shown == 0, linewidths=0.8, linecolor="white",
                        annot_kws={"fontsize": 10},
                        cbar_kws={"label": "claims", "shrink": 0.8})
            for y, outlet in enumerate(counts.index):
                for x, claimant in enumerate(counts.columns):
                    if counts.loc[outlet, claimant] == 0:
                        ax.text(x + 0.5, y + 0.5, "0", ha="center", va="center", fontsize=9,
                                color="0.6")
            ax.grid(False)
            ax.tick_params(axis="x", labelrotation=0, labelsize=8.5)
            ax.tick_params(axis="y", labelrotation=0, labelsize=9.5)
            colorbar = ax.collections[0].colorbar
            if norm is None:
                colorbar.locator = MaxNLocator(integer=True)
            else:
                colorbar.locator = FixedLocator(_sqrt_ticks(top))
            colorbar.update_ticks()
        ax.set_title("Who each outlet quoted: claims per outlet and claimant", loc="left")
        ax.set_xlabel("who made the claim (canonical claimant, from data/claimants.csv)")
        ax.set_ylabel("outlet")
        add_source_line(fig, provenance, note=_matrix_note(counts))
        if not counts.empty and _ticklabels_collide(fig, ax):
            ax.tick_params(axis="x", labelrotation=90)
    return fig


def _sqrt_ticks(top: float) -> list[int]:
    """Round counts for a square-root colour bar up to `top`, spread evenly on its scale."""
    nice = [0] + [m * 10 ** e for e in range(6) for m in (1, 2, 5)]
    ticks: list[int] = []
    for value in (v for v in nice if v <= top):
        if not ticks or np.sqrt(value) - np.sqrt(ticks[-1]) >= 0.14 * np.sqrt(top):
            ticks.append(value)
    return ticks


def _ticklabels_collide(fig: Figure, ax: plt.Axes) -> bool:
    """True when two of the x tick labels, as the renderer lays them out, overlap."""
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    boxes = [tuple(t.get_window_extent(renderer).extents) for t in ax.get_xticklabels() if t.get_text()]
    return any(_overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
