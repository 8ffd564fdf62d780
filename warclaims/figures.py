"""House style, charts and byte-stable exports.  The only module that imports matplotlib.

Importing this module changes no matplotlib setting.  `use_style()` applies the house style
globally (for the notebooks); every plotting function also draws inside the same settings
(`house_rc()`), so a chart looks the same whether or not `use_style()` was called.

`save_figure` writes PNG (200 dpi), SVG, PDF and the plotted data as CSV, with the metadata
that would change from run to run (software version, creation date, random SVG ids) removed,
so saving an unchanged chart twice gives identical bytes.
"""
from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from warclaims.analysis import (
    CASUALTY_METRICS, claimant_is_party, claimant_short, echo_lines, echo_rows,
    outlet_claimant_counts, outlet_order, subject_name, subjects_title,
)
from warclaims.files import write_bytes_atomic

__all__ = [
    "FIGURES",
    "add_source_line",
    "claim_label",
    "figure_texts",
    "house_rc",
    "outlet_colours",
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
#: Colour-blind-safe palette (seaborn "colorblind", Okabe-Ito based); outlets take colours
#: in their sorted order.
PALETTE = tuple(sns.color_palette("colorblind", 10).as_hex())
#: When the largest plotted bound is more than this many times the smallest, use a log axis.
LOG_RATIO = 20.0
#: Claims of different outlets on the same day are set apart by this share of the date span.
DODGE_SHARE = 0.025

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


def outlet_colours(outlets: Iterable[str]) -> dict[str, str]:
    """A colour per outlet, assigned in sorted outlet order, so the result does not depend on
    the order of the input and an outlet keeps its colour in every chart of the same table."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(outlet_order(outlets))}


def _colours_for(series: pd.DataFrame, colours: Mapping[str, str] | None) -> dict[str, str]:
    """Colours passed in, else from every outlet of the claims table the series came from."""
    if colours is not None:
        return dict(colours)
    return outlet_colours(series.attrs.get("all_outlets", list(series["outlet"])))


# --- source line and export -------------------------------------------------------------------

def source_text(claims: pd.DataFrame) -> str:
    """'Source: claims extracted from N articles (outlets: A, B); newest article YYYY-MM-DD.'"""
    articles = claims["article_id"].nunique()
    outlets = ", ".join(o for o in outlet_order(claims["outlet"]) if o) or "none"
    dates = pd.to_datetime(claims["published"].replace("", None), errors="coerce").dropna()
    newest = dates.max().strftime("%Y-%m-%d") if len(dates) else "unknown"
    noun = "article" if articles == 1 else "articles"
    return (f"Source: claims extracted from {articles} {noun} (outlets: {outlets}); "
            f"newest article {newest}.")


def add_source_line(fig: Figure, claims: pd.DataFrame) -> Figure:
    """Write the source line (articles, outlets, newest date) at the bottom left of the figure."""
    text = textwrap.fill(source_text(claims), width=140)
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
    fig.savefig(buffer, format=fmt, dpi=DPI, metadata=meta, bbox_inches="tight", pad_inches=0.15,
                facecolor="white")
    return buffer.getvalue()


def figure_texts(fig: Figure) -> list[str]:
    """Every visible text of a figure (titles, axis labels, legends, annotations, source line)."""
    return [t.get_text() for t in fig.findobj(mpl.text.Text) if t.get_text() and t.get_visible()]


# --- helpers for time charts ------------------------------------------------------------------

def _thousands(value: float, _pos: Any = None) -> str:
    return f"{value:,.0f}"


def _dodged_dates(frame: pd.DataFrame, outlets: list[str]) -> pd.Series:
    """x positions: the publication date, nudged apart for different outlets on the same day."""
    if frame.empty:
        return pd.Series(dtype="float64")
    x = frame["published"].map(mdates.date2num).astype("float64")
    span = max(x.max() - x.min(), 30.0)
    step = span * DODGE_SHARE
    rank = {o: i for i, o in enumerate(outlets)}
    nudged = x.copy()
    for _, day in frame.groupby("published", sort=True):
        present = sorted(set(day["outlet"]), key=lambda o: rank.get(o, len(rank)))
        centre = (len(present) - 1) / 2
        for index, row in day.iterrows():
            nudged[index] = x[index] + (present.index(row["outlet"]) - centre) * step
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
        ax.annotate("", xy=(x, y), xytext=(0, rise), textcoords="offset points",
                    arrowprops={"arrowstyle": "<|-", "color": colour, "lw": 2,
                                "shrinkA": 0, "shrinkB": 0}, zorder=3)
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
    return [Patch(facecolor=colours[o], label=o) for o in outlet_order(outlets)]


def _time_axis(ax: plt.Axes, frame: pd.DataFrame) -> None:
    """Date ticks and a y scale: linear from zero, or log when the values span > LOG_RATIO."""
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
    values = pd.concat([frame["y_low"], frame["y_high"], frame["y"]]).dropna().astype(float)
    positive = values[values > 0]
    if len(positive) and positive.max() / positive.min() > LOG_RATIO:
        ax.set_yscale("log")
    else:
        top = float(values.max()) if len(values) else 1.0
        ax.set_ylim(0, top * 1.25)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
    if len(frame):
        x = frame["published"].map(mdates.date2num).astype(float)
        pad = max((x.max() - x.min()) * 0.08, 6.0)
        ax.set_xlim(x.min() - pad, x.max() + pad)


def _band_width(dated: pd.DataFrame) -> float:
    """Width in days of a vague band: a little less than the dodge step."""
    if dated.empty:
        return 1.0
    x = dated["published"].map(mdates.date2num).astype(float)
    return max(x.max() - x.min(), 30.0) * DODGE_SHARE * 0.8


def _dated(series: pd.DataFrame) -> pd.DataFrame:
    return series[series["published"].notna()]


def _two_lines(title: str) -> str:
    """'What: how' -> 'What:\nhow', so a long title stays clear of the legend on the right."""
    return title.replace(": ", ":\n", 1)


def _new_figure(nrows: int = 1, height: float | None = None, sharex: bool = False) -> tuple[Figure, Any]:
    size = (FIGSIZE[0], height or FIGSIZE[1])
    fig, axes = plt.subplots(nrows, 1, figsize=size, layout="constrained", sharex=sharex,
                             squeeze=False)
    return fig, axes[:, 0]


# --- charts -----------------------------------------------------------------------------------

def plot_troops(series: pd.DataFrame, colours: Mapping[str, str] | None = None) -> Figure:
    """Deployment figures over publication date: colour = outlet, mark = how the figure was
    hedged, "+" = an increment ("another N"), label = who made the claim (italic: a party to
    the war).  Undated claims are left out (see `undated_note`).  The title names the subject
    only when every claim has the same one."""
    colours = _colours_for(series, colours)
    with mpl.rc_context(house_rc()):
        fig, (ax,) = _new_figure()
        dated = _dated(series)
        x = _dodged_dates(dated, list(colours))
        for index, row in dated.iterrows():
            _draw_claim(ax, x[index], row, colours.get(row["outlet"], "0.5"), _band_width(dated))
        _time_axis(ax, dated)
        fig.suptitle(_two_lines(subjects_title(dated.get("subject", []), "troops deployed")),
                     x=0.01, ha="left", fontsize=13, fontweight="bold")
        ax.set_xlabel("publication date of the article")
        ax.set_ylabel("soldiers (reported)")
        if dated.empty:
            ax.text(0.5, 0.5, "no dated deployment claims", transform=ax.transAxes, ha="center")
        _legends(fig, dated, colours)
        add_source_line(fig, series)
        _label_marks(fig, ax, dated, x, _band_width(dated), _mixed_subjects(dated))
    return fig


def _legends(fig: Figure, dated: pd.DataFrame, colours: Mapping[str, str]) -> None:
    """One legend outside the plot on the right: outlets (colour), marks (shape), then what
    the label beside each mark says."""
    increments = bool((dated.get("kind", pd.Series(dtype="string")) == "increment").any())
    headers = ("Outlet (colour)", "How the figure is hedged", "Label beside each mark")
    blank = {"linestyle": "none", "marker": "none"}
    handles = [Line2D([], [], label=headers[0], **blank)]
    handles += _outlet_handles(dated["outlet"], colours)
    handles += [Line2D([], [], label=" ", **blank), Line2D([], [], label=headers[1], **blank)]
    handles += _mark_handles(dated["mark"], increments, _any_checked(dated))
    note = LABEL_NOTE + ("\n· whose people (subject)" if _mixed_subjects(dated) else "")
    handles += [Line2D([], [], label=" ", **blank), Line2D([], [], label=headers[2], **blank),
                Line2D([], [], label=note, marker=r"$\mathsf{Aa}$", markersize=11,
                       linestyle="none", color="0.3"),
                Line2D([], [], label=PARTY_NOTE, marker=r"$\mathit{Aa}$", markersize=11,
                       linestyle="none", color="0.3")]
    _style_legend(fig.legend(handles=handles, loc="outside right upper", frameon=False), headers)


def _style_legend(legend: Legend, headers: Sequence[str]) -> None:
    """Section headers in bold, the note on party claimants in italics (as its labels are)."""
    for text in legend.get_texts():
        if text.get_text() in headers:
            text.set_fontweight("bold")
        elif text.get_text() == PARTY_NOTE:
            text.set_fontstyle("italic")


# --- claimant labels --------------------------------------------------------------------------

def _mixed_subjects(dated: pd.DataFrame) -> bool:
    return len(set(dated.get("subject", pd.Series(dtype="string")).fillna("")) - {""}) > 1


def claim_label(row: Mapping[str, Any], with_subject: bool = False) -> str:
    """The label beside a mark: the claimant, short, and its country ("Seoul (KR)"); with the
    subject's name added when the chart mixes subjects ("Seoul (KR) · North Korean")."""
    label = claimant_short(row.get("claimant", ""), row.get("claimant_country", ""))
    return f"{label} · {subject_name(row.get('subject', ''))}" if with_subject else label


def _is_party(row: Mapping[str, Any]) -> bool:
    flag = row.get("claimant_is_party")
    if flag is None or flag is pd.NA:
        return claimant_is_party(row.get("subject", ""), row.get("claimant_country", ""))
    return bool(flag)


def _mark_box(ax: plt.Axes, x: float, row: Mapping[str, Any], band_width: float,
              pt: float) -> list[tuple[float, float, float, float]]:
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


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _label_marks(fig: Figure, ax: plt.Axes, rows: pd.DataFrame, positions: pd.Series,
                 band_width: float, with_subject: bool) -> None:
    """Write the claimant beside every mark of `ax`, in a small font (italic for a party to the
    war), clear of the other marks and labels.

    Marks are labelled in order of date, then height.  Each label tries places beside its own
    mark (right of it in the left half of the plot, left of it in the right half), beside the outermost mark of its date, and the same moved up or
    down in steps of LABEL_SPACING; it takes the nearest place that stays inside the plot and
    overlaps no mark, label or call-out.  A thin line joins a label to its mark when it had to
    move.  Positions come from the laid-out figure and ties are broken by claim id, so the
    result is the same on every run."""
    if rows.empty:
        return
    fig.draw_without_rendering()  # fix the layout, so display positions are final
    renderer = fig.canvas.get_renderer()
    pt = fig.dpi / 72.0  # display pixels per point
    frame = ax.get_window_extent()
    inside = (frame.x0 + 2 * pt, frame.y0 + 2 * pt, frame.x1 - 2 * pt, frame.y1 - 2 * pt)
    order = rows.assign(_x=positions[rows.index], _key=rows.get("claim_id", rows.index))
    order = order.sort_values(["published", "y", "_x", "_key"], kind="stable")
    obstacles = [box for index, row in order.iterrows()
                 for box in _mark_box(ax, float(row["_x"]), row, band_width, pt)]
    obstacles += [tuple(t.get_window_extent(renderer).extents) for t in ax.texts
                  if t.get_visible() and t.get_text()]
    group_edges = {}
    for day, group in order.groupby("published", sort=True):
        boxes = [b for i, r in group.iterrows() for b in _mark_box(ax, float(r["_x"]), r, band_width, pt)]
        group_edges[day] = (min(b[0] for b in boxes), max(b[2] for b in boxes))
    steps = [0] + [k * sign for k in range(1, 9) for sign in (1, -1)]
    for _, row in order.iterrows():
        x, y = float(row["_x"]), float(row["y"])
        px, py = ax.transData.transform((x, y))
        own = _mark_box(ax, x, row, band_width, pt)
        own_left, own_right = min(b[0] for b in own), max(b[2] for b in own)
        day_left, day_right = group_edges[row["published"]]
        label, style = claim_label(row, with_subject), "italic" if _is_party(row) else "normal"
        probe = ax.text(0, 0, label, fontsize=LABEL_SIZE, fontstyle=style)
        extent = probe.get_window_extent(renderer)
        probe.remove()
        width, height = extent.width, extent.height + 1.5 * pt
        gap = LABEL_GAP * pt
        # Right of the mark in the left half of the plot, left of it in the right half.
        flip = 0.5 if px > (frame.x0 + frame.x1) / 2 else 0.0
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
        candidates.sort(key=lambda c: (c[0], c[1]))
        choice = next((c for c in candidates if _fits(c[5], inside, obstacles)), candidates[0])
        _, _, anchor, ty, ha, box = choice
        beside = own_right + gap if ha == "left" else own_left - gap
        moved = abs(ty - py) > 2.0 * pt or abs(anchor - beside) > pt
        ax.annotate(label, xy=(x, y), xytext=((anchor - px) / pt, (ty - py) / pt),
                    textcoords="offset points", ha=ha, va="center", fontsize=LABEL_SIZE,
                    fontstyle=style, color="0.15", zorder=5,
                    arrowprops=({"arrowstyle": "-", "color": "0.55", "lw": 0.6,
                                 "shrinkA": 1.5, "shrinkB": 4.0} if moved else None))
        obstacles.append(box)


def _fits(box: tuple[float, float, float, float], inside: tuple[float, float, float, float],
          obstacles: list[tuple[float, float, float, float]]) -> bool:
    """True when `box` lies within `inside` and overlaps none of `obstacles`."""
    if box[0] < inside[0] or box[2] > inside[2] or box[1] < inside[1] or box[3] > inside[3]:
        return False
    return not any(_overlaps(box, other) for other in obstacles)


def plot_casualties(series: pd.DataFrame, discrepancies: pd.DataFrame,
                    colours: Mapping[str, str] | None = None) -> Figure:
    """Killed, wounded and casualties over publication date, one panel per metric; label =
    who made the claim (italic: a party to the war); pairs of claims that disagree (see
    `discrepancies`) joined by a dashed line and labelled."""
    colours = _colours_for(series, colours)
    dated = _dated(series)
    metrics = [m for m in CASUALTY_METRICS if (dated["metric"] == m).any()] or ["killed"]
    with mpl.rc_context(house_rc()):
        fig, axes = _new_figure(len(metrics), height=2.4 + 2.3 * len(metrics), sharex=True)
        positions = _dodged_dates(dated, list(colours))
        for ax, metric in zip(axes, metrics):
            rows = dated[dated["metric"] == metric]
            for index, row in rows.iterrows():
                _draw_claim(ax, positions[index], row, colours.get(row["outlet"], "0.5"),
                            _band_width(dated))
            _time_axis(ax, rows)
            ax.set_ylabel(PANEL_LABELS.get(metric, f"{metric} (reported)"))
            ax.set_title(metric.capitalize(), loc="left", fontsize=11)
            _call_out(ax, discrepancies, metric, dated, positions)
        if len(dated):
            all_x = dated["published"].map(mdates.date2num).astype(float)
            pad = max((all_x.max() - all_x.min()) * 0.08, 6.0)
            axes[-1].set_xlim(all_x.min() - pad, all_x.max() + pad)
        else:
            axes[0].text(0.5, 0.5, "no dated casualty claims", transform=axes[0].transAxes,
                         ha="center")
        for ax in axes[:-1]:
            ax.set_xlabel("")
        axes[-1].set_xlabel("publication date of the article")
        fig.suptitle(_two_lines(subjects_title(dated.get("subject", []), "casualties")),
                     x=0.01, ha="left", fontsize=13, fontweight="bold")
        _legends(fig, dated, colours)
        add_source_line(fig, series)
        mixed = _mixed_subjects(dated)
        for ax, metric in zip(axes, metrics):
            _label_marks(fig, ax, dated[dated["metric"] == metric], positions,
                         _band_width(dated), mixed)
    return fig


def _call_out(ax: plt.Axes, pairs: pd.DataFrame, metric: str, dated: pd.DataFrame,
              positions: pd.Series) -> None:
    """Join each disagreeing pair of this metric with a dashed line and label it."""
    if pairs is None or pairs.empty:
        return
    where = dict(zip(dated["claim_id"], dated.index))
    for pair in pairs[pairs["metric"] == metric].to_dict("records"):
        if pair["claim_id_a"] not in where or pair["claim_id_b"] not in where:
            continue
        xa, xb = positions[where[pair["claim_id_a"]]], positions[where[pair["claim_id_b"]]]
        ya, yb = float(pair["y_a"]), float(pair["y_b"])
        ax.plot([xa, xb], [ya, yb], linestyle="--", color="0.2", linewidth=1.2, zorder=1)
        ax.annotate(pair["label"], xy=(max(xa, xb), max(ya, yb)), xytext=(-12, 14),
                    textcoords="offset points", ha="right", fontsize=9, color="0.1",
                    bbox={"boxstyle": "round,pad=0.25", "facecolor": "white",
                          "edgecolor": "0.6", "linewidth": 0.6})


def plot_claim_counts(counts: pd.DataFrame, claims: pd.DataFrame | None = None,
                      colours: Mapping[str, str] | None = None) -> Figure:
    """Horizontal stacked bars: number of claims per metric, split by outlet.

    `counts` is the pivot of `counts_by_metric_and_outlet`; pass `claims` to add the source line.
    """
    colours = dict(colours) if colours is not None else outlet_colours(counts.columns)
    with mpl.rc_context(house_rc()):
        fig, (ax,) = _new_figure(height=4.6)
        metrics = list(counts.index)[::-1]  # first metric on top
        left = pd.Series(0, index=metrics, dtype="int64")
        for outlet in outlet_order(counts.columns):
            widths = counts.loc[metrics, outlet].astype("int64")
            ax.barh(metrics, widths, left=left, color=colours.get(outlet, "0.5"), label=outlet,
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
        fig.legend(handles=_outlet_handles(counts.columns, colours), title="Outlet",
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
#: Colour-blind-safe sequential colour map of the outlet × claimant matrix.
MATRIX_CMAP = "Blues"  # ColorBrewer single-hue sequential: readable with any colour vision


def _echo_source_text(frame: pd.DataFrame) -> str:
    """The source line of an echo chart drawn from a lineage table (no article ids)."""
    outlets = sorted({o.strip() for cell in frame.get("outlets", []) for o in str(cell).split(",") if o.strip()},
                     key=lambda o: (o.casefold(), o))
    newest = max((str(d) for d in frame.get("last_seen", []) if str(d)), default="unknown")
    return (f"Source: lineage of {len(frame)} figures (outlets: {', '.join(outlets) or 'none'}); "
            f"newest report {newest}.")


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


def plot_echo(lineage_or_provenance: pd.DataFrame, colours: Mapping[str, str] | None = None) -> Figure:
    """The echo chart: one row per figure (claimant · metric · figure, in the order first
    seen, earliest on top), a line from the date it was first seen to the date it was last
    reported, and a dot per article reporting it, coloured by outlet (several outlets on one
    day are stacked within the row).  A ✕ marks a report that repeated the figure after a
    newer, different one from the same claimant was out (`superseded`).  The number at the
    right end counts the articles, and in brackets the independent ones (a copy family counts
    once).  Italic label: the claimant is a party to the war.

    Pass the provenance table (`read_provenance()`; marks per report) or a lineage table
    (`read_csv_table("lineage")`; lines only)."""
    frame = lineage_or_provenance
    per_report = "article_id" in frame
    reports = echo_rows(frame) if per_report else pd.DataFrame(
        columns=["figure_label", "published", "outlet", "article_id", "superseded"])
    lines = echo_lines(reports) if per_report else _lineage_lines(frame)
    if colours is None:
        colours = outlet_colours(frame["outlet"] if per_report else
                                 [o.strip() for c in frame.get("outlets", []) for o in str(c).split(",")])
    colours = dict(colours)
    labels = list(lines["figure_label"])
    row_of = {label: i for i, label in enumerate(labels)}
    wrap = any(len(label) > ECHO_LABEL_CHARS for label in labels)
    shown = [_wrap_figure_label(label) if wrap else label for label in labels]
    with mpl.rc_context(house_rc()):
        fig, ax = plt.subplots(figsize=(ECHO_WIDTH, 2.9 + 0.55 * max(len(labels), 2)),
                               layout="constrained")
        for i, line in lines.iterrows():
            start = mdates.date2num(pd.Timestamp(line["first_seen"]))
            end = mdates.date2num(pd.Timestamp(line["last_seen"]))
            ax.plot([start, end], [i, i], color="0.55", linewidth=3.2, solid_capstyle="round",
                    zorder=2)
        for (label, day), group in reports.groupby(["figure_label", "published"], sort=True):
            present = outlet_order(group["outlet"])
            centre = (len(present) - 1) / 2
            for _, report in group.sort_values(["outlet", "article_id"], kind="stable").iterrows():
                y = row_of[label] + (present.index(report["outlet"]) - centre) * 0.22
                x = mdates.date2num(pd.Timestamp(day))
                colour = colours.get(report["outlet"], "0.5")
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
        else:
            ax.text(0.5, 0.5, "no dated figures", transform=ax.transAxes, ha="center")
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=6))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
        ax.set_xlabel("publication date of the article")
        ax.set_ylabel("figure (who said it · what · how much)")
        subjects = sorted(set(lines["subject"].astype("string").fillna("")) - {""})
        about = f" about {subject_name(subjects[0])} people" if len(subjects) == 1 else ""
        fig.suptitle(f"The echo of each figure{about}:\nwhen it was first seen, and until when "
                     f"outlets repeated it", x=0.01, ha="left", fontsize=13, fontweight="bold")
        _echo_legend(fig, reports, colours, bool(reports["superseded"].any()) if per_report and len(reports) else False)
        if per_report:
            add_source_line(fig, frame)
        else:
            fig.supxlabel(textwrap.fill(_echo_source_text(frame), width=140), x=0.01, ha="left",
                          fontsize=8, color="0.35")
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
    handles += _outlet_handles(reports["outlet"] if len(reports) else [], colours)
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


def plot_outlet_claimant_matrix(provenance: pd.DataFrame) -> Figure:
    """Outlets (rows) × canonical claimants (columns): each cell the number of claims the
    outlet attributed to that claimant, written in the cell and shaded on a colour-blind-safe
    sequential scale (empty cells left white).  Columns: most-quoted claimant first, the
    outlet's own voice last."""
    counts = outlet_claimant_counts(provenance)
    columns = [textwrap.fill(str(c), width=20) for c in counts.columns]
    with mpl.rc_context(house_rc()):
        fig, (ax,) = _new_figure(height=2.6 + 0.5 * max(len(counts), 2) + 0.12 * max(
            (c.count("\n") for c in columns), default=0) * 6)
        if counts.empty:
            ax.text(0.5, 0.5, "no claims", transform=ax.transAxes, ha="center")
        else:
            shown = counts.set_axis(columns, axis=1)
            sns.heatmap(shown, ax=ax, cmap=MATRIX_CMAP, vmin=0, vmax=max(int(counts.max().max()), 1) * 1.15,
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
            colorbar.locator = MaxNLocator(integer=True)
            colorbar.update_ticks()
        ax.set_title("Who each outlet quoted: claims per outlet and claimant", loc="left")
        ax.set_xlabel("who made the claim (canonical claimant, from data/claimants.csv)")
        ax.set_ylabel("outlet")
        add_source_line(fig, provenance)
    return fig
