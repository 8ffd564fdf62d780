"""Stories, and how the figures of each shifted: the data of the contested-range chart.

Pure pandas: nothing here imports matplotlib (the chart is `warclaims.story_figures`).

**A story** is the claims about one set of people (one `subject`: `KP`, `PS`, `civilians`,
`journalists`, …) and one kind of figure:

| kind | metrics | slug | title |
| --- | --- | --- | --- |
| `deployed` | deployed | `kp-deployed` | North Korean troops deployed |
| `losses` | killed, wounded, casualties, missing, captured | `kp-losses` | North Korean killed, wounded and casualties |

Losses are one story because one source's killed, wounded and casualty figures are read
together ("600 killed and thousands wounded"), but a chart keeps one panel per metric, so a
killed figure is never compared with a wounded one.  The title names the metrics the story
has ("Palestinian killed", "Russian killed, wounded and casualties").  No story mixes
subjects; a claim whose subject is empty belongs to no story (`unassigned_claims`).  The slug
is the subject and the kind in lower case, letters, digits and hyphens only
(`aid-workers-losses`); it names the story's folder under figures/.

**The default story** is the one of the subject with most dated claims (ties: most claims,
then the subject's code), and of its kinds the one with most dated claims (ties: most
claims, then losses before deployed).

**The contested range** of a story (`contested_range`), per metric:

- A *line* is who a figure is attributed to: the canonical claimant (`claimant_canonical`
  of the provenance table, else the claimant as written), or, for a figure an outlet states
  in its own voice, that outlet ("TRT World (own voice)").
- *Stale*: a report is stale when a different figure from the same line, first seen after
  this report's figure, had been published before this report (the rule of `superseded` in
  `warclaims.provenance`, applied to lines): the outlet repeated an old number.
- *Step*: a line's figure holds from the date it reports it until the line reports a new one.
  On a date with several (non-stale) figures from one line, the one first seen latest holds,
  then the highest (a total rather than its parts); the others are still drawn as reports.
  Stale reports and increments ("another 3,000") never move a step.
- *In circulation*: a held figure is in circulation until CIRCULATION_DAYS (90) after the
  last article that carried its line in that period, or until the line gives a new one.  A
  figure nobody has printed for three months still is the claimant's latest (its step line
  goes on, dotted) but no longer widens the band: over a corpus of several years, a toll
  given once in 2022 is not "in circulation" in 2025.
- *Band*: at each date, the lowest and the highest figure in circulation, by their drawn
  bounds (`analysis.claim_bounds`): "more than 10,000" leaves the band open upward, "up to
  3,000" open downward, "thousands" spans its bucket 2,000–9,999, a range its two numbers,
  an exact or "about" figure its number.  Where no figure is in circulation there is no band.
- Undated claims are left out (counted in `undated`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from warclaims.analysis import claim_bounds, claimant_short, over_time, subject_name
from warclaims.countries import GROUP_CODES

__all__ = [
    "CIRCULATION_DAYS", "ContestedRange", "KIND_METRICS", "MIN_STORY_CLAIMS", "SLUG_PATTERN",
    "STORY_COLUMNS", "Story", "as_story", "choose_story", "contested_range",
    "contested_range_table", "default_story", "list_stories", "story_claims", "story_kind",
    "story_slug", "story_title", "unassigned_claims",
]

#: The kinds of story, and the metrics of each in the order a chart draws their panels.
KIND_METRICS: dict[str, tuple[str, ...]] = {
    "deployed": ("deployed",),
    "losses": ("killed", "wounded", "casualties", "missing", "captured"),
}
#: A line's figure is in circulation (in the band) until this many days after an article last
#: carried it; its step line goes on, dotted, until the line gives a new one.
CIRCULATION_DAYS = 90
#: In a tie for the default story, the first kind here wins.
KIND_PREFERENCE = ("losses", "deployed")
#: A story is exported (figures/<slug>/) when it has at least this many dated claims.
MIN_STORY_CLAIMS = 3
#: Columns of the story list (`list_stories`, figures/stories.csv), in this order.
STORY_COLUMNS = (
    "slug", "title", "subject", "kind", "metrics", "claims", "dated_claims", "articles",
    "outlets", "claimants", "first_date", "last_date",
)
#: What a line of an outlet's own voice is called: "TRT World (own voice)".
OWN_VOICE_LINE = "{outlet} (own voice)"
#: Columns of the contested-range table (the CSV beside the chart), in this order.
RANGE_COLUMNS = (
    "published", "metric", "line", "figure", "kind", "stale", "held", "band_low", "band_high",
    "band_open_low", "band_open_high", "outlet", "article_id", "claim_id", "qualifier", "value",
    "low", "high", "y", "y_low", "y_high", "mark", "line_kind", "first_seen",
)

_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")
#: What every slug looks like (so a slug read back from figures/stories.csv is a safe folder name).
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_AND = " and "


# --- stories ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Story:
    """One row of the story list (`STORY_COLUMNS`)."""

    slug: str
    title: str
    subject: str
    kind: str
    metrics: str
    claims: int
    dated_claims: int
    articles: int
    outlets: int
    claimants: int
    first_date: str
    last_date: str

    def summary(self) -> str:
        """'North Korean troops deployed (kp-deployed): 6 claims (6 dated) from 5 articles, 5
        outlets, 3 claimants, 2025-04-28 to 2025-09-03'."""
        if not self.slug:
            return f"{self.title}: no claims"
        span = f", {self.first_date} to {self.last_date}" if self.first_date else ", no dates"
        return (f"{self.title} ({self.slug}): {_count(self.claims, 'claim')} ({self.dated_claims} dated) "
                f"from {_count(self.articles, 'article')}, {_count(self.outlets, 'outlet')}, "
                f"{_count(self.claimants, 'claimant')}{span}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _text(value: Any) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
        else str(value).strip()


def story_kind(metric: Any) -> str:
    """'deployed' for deployments, 'losses' for killed, wounded, casualties, missing and
    captured; '' for anything else."""
    metric = _text(metric)
    return next((kind for kind, metrics in KIND_METRICS.items() if metric in metrics), "")


def story_slug(subject: Any, kind: str) -> str:
    """'KP', 'losses' -> 'kp-losses'; 'aid workers' -> 'aid-workers-…'.  Letters and digits
    only, so a slug is always a safe folder name (a subject with none gives 'subject-…')."""
    words = _SLUG_UNSAFE.sub("-", _text(subject).casefold()).strip("-") or "subject"
    return f"{words}-{kind}"


#: Group codes a title writes in capitals.
_ACRONYMS = frozenset({"eln", "isis", "jnim", "m23", "nato", "rsf", "sdf"})
def _who(subject: str) -> str:
    """The people of a subject as a title names them: a group word as it is ('civilians',
    'journalists', 'fano'; acronyms in capitals: 'NATO'), else analysis.subject_name ('KP' ->
    'North Korean', 'YE' -> 'Yemeni'), else the code."""
    if subject.islower() or " " in subject:
        return subject.upper() if subject in _ACRONYMS else subject
    return subject_name(subject)


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + _AND + words[-1]


def story_title(subject: Any, kind: str, metrics: Any = ()) -> str:
    """'North Korean troops deployed'; 'North Korean killed, wounded and casualties' (the
    losses metrics given, in chart order; all of them when none is given); 'Killed on both
    sides' for the subject 'mixed'."""
    subject = _text(subject)
    if kind == "deployed":
        people = subject.islower() and subject not in GROUP_CODES   # civilians, journalists, …
        what = "deployed" if people else "troops deployed"
    else:
        present = set(metrics) if metrics else set(KIND_METRICS["losses"])
        what = _joined([m for m in KIND_METRICS["losses"] if m in present])
    if subject == "mixed":
        return f"{what[:1].upper()}{what[1:]} on both sides"
    who = _who(subject)
    return f"{who[:1].upper()}{who[1:]} {what}"


def _claimant_column(claims: pd.DataFrame) -> pd.Series:
    column = "claimant_canonical" if "claimant_canonical" in claims else "claimant"
    return claims[column].astype("string").fillna("").str.strip()


def _dates(claims: pd.DataFrame) -> pd.Series:
    """Publication dates as ISO text ('' when none), whether given as text or as datetimes."""
    parsed = pd.to_datetime(claims["published"].astype("string").replace("", None), errors="coerce")
    return parsed.dt.strftime("%Y-%m-%d").astype("string").fillna("")


def _with_story_keys(claims: pd.DataFrame) -> pd.DataFrame:
    frame = claims.assign(_subject=claims["subject"].astype("string").fillna("").str.strip(),
                          _kind=claims["metric"].map(story_kind).astype("string"),
                          _date=_dates(claims), _claimant=_claimant_column(claims))
    return frame[(frame["_subject"] != "") & (frame["_kind"] != "")]


def _unique_slugs(keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A slug per (subject, kind); subjects that spell the same slug get '-2', '-3', … in the
    order of their codes, so a slug never names two stories."""
    slugs: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    for key in sorted(keys):
        slug, n = story_slug(*key), 1
        while slug in taken:
            n += 1
            slug = f"{story_slug(*key)}-{n}"
        taken.add(slug)
        slugs[key] = slug
    return slugs


def list_stories(claims: pd.DataFrame) -> pd.DataFrame:
    """Every story of a claims (or provenance) table with its counts (`STORY_COLUMNS`): claims,
    dated claims, articles, outlets, claimants (distinct named ones; canonical when the table
    has them), first and last publication date.  Most dated claims first, then most claims,
    then slug."""
    frame = _with_story_keys(claims)
    if frame.empty:
        return pd.DataFrame(columns=list(STORY_COLUMNS)).astype({c: "int64" for c in STORY_COLUMNS[5:10]})
    slugs = _unique_slugs(sorted(set(zip(frame["_subject"], frame["_kind"]))))
    rows = []
    for (subject, kind), group in frame.groupby(["_subject", "_kind"], sort=True):
        dated = group[group["_date"] != ""]
        metrics = [m for m in KIND_METRICS[kind] if (group["metric"] == m).any()]
        rows.append({
            "slug": slugs[(subject, kind)], "title": story_title(subject, kind, metrics),
            "subject": subject, "kind": kind, "metrics": ";".join(metrics),
            "claims": len(group), "dated_claims": len(dated),
            "articles": group["article_id"].nunique(), "outlets": group["outlet"].nunique(),
            "claimants": int((group["_claimant"].drop_duplicates() != "").sum()),
            "first_date": dated["_date"].min() if len(dated) else "",
            "last_date": dated["_date"].max() if len(dated) else "",
        })
    table = pd.DataFrame(rows, columns=list(STORY_COLUMNS))
    table = table.sort_values(["dated_claims", "claims", "slug"], ascending=[False, False, True],
                              kind="stable")
    return table.reset_index(drop=True)


def unassigned_claims(claims: pd.DataFrame) -> int:
    """How many claims belong to no story (their subject is empty)."""
    return int((claims["subject"].astype("string").fillna("").str.strip() == "").sum())


def _as_stories(table: pd.DataFrame) -> pd.DataFrame:
    """The story list, from a story list or from a claims table."""
    return table if "slug" in table and "dated_claims" in table else list_stories(table)


def default_story(table: pd.DataFrame, kind: str | None = None) -> str | None:
    """The slug of the default story (see the module docstring) of a claims or story table;
    with `kind`, the default subject's story of that kind, else the story of that kind with
    most dated claims.  None when there is no story (of that kind)."""
    stories = _as_stories(table)
    if stories.empty:
        return None
    totals = stories.groupby("subject", sort=True)[["dated_claims", "claims"]].sum().reset_index()
    totals = totals.sort_values(["dated_claims", "claims", "subject"], ascending=[False, False, True],
                                kind="stable")
    subject = totals["subject"].iloc[0]
    preference = {k: i for i, k in enumerate(KIND_PREFERENCE)}
    candidates = stories[stories["subject"] == subject] if kind is None else stories[stories["kind"] == kind]
    if kind is not None and (candidates["subject"] == subject).any():
        candidates = candidates[candidates["subject"] == subject]
    if candidates.empty:
        return None
    ranked = candidates.assign(_pref=candidates["kind"].map(preference))
    ranked = ranked.sort_values(["dated_claims", "claims", "_pref", "slug"],
                                ascending=[False, False, True, True], kind="stable")
    return str(ranked["slug"].iloc[0])


def as_story(row: Any) -> Story:
    """A row of the story list (a Series or a dict) as a Story."""
    values = {c: row[c] for c in STORY_COLUMNS}
    for column in STORY_COLUMNS[5:10]:
        values[column] = int(values[column])
    return Story(**{k: (v if isinstance(v, int) else _text(v)) for k, v in values.items()})


def choose_story(claims: pd.DataFrame, story: str | Story | None = None, kind: str | None = None) -> Story:
    """The story a notebook draws: `story` (a slug from figures/stories.csv, or a Story), or
    the default story when None.  With `kind`, the story of that kind about the same people
    (a notebook on deployments given 'kp-losses' draws 'kp-deployed').  Raises ValueError,
    listing the slugs there are, when the story asked for does not exist.  When None is asked
    for and the table has no story (of that kind), an empty story (slug '', no claims), so a
    notebook still runs on an empty corpus."""
    stories = list_stories(claims)
    slug = story.slug if isinstance(story, Story) else (_text(story) or None)
    if slug is None:
        slug = default_story(stories, kind)
    elif kind is not None:
        asked = stories[stories["slug"] == slug]
        if len(asked) and asked["kind"].iloc[0] != kind:
            same = stories[(stories["subject"] == asked["subject"].iloc[0]) & (stories["kind"] == kind)]
            if same.empty:
                others = ", ".join(stories.loc[stories["kind"] == kind, "slug"]) or "none"
                raise ValueError(f"story {slug!r} has no {kind} figures about the same people; "
                                 f"{kind} stories: {others}")
            slug = same["slug"].iloc[0]
    if slug is None:   # no story (of that kind) at all: an empty one, so a notebook still runs
        kind = kind or KIND_PREFERENCE[0]
        return Story(slug="", title=f"No {'deployment' if kind == 'deployed' else 'loss'} figures yet",
                     subject="", kind=kind, metrics="", claims=0, dated_claims=0, articles=0, outlets=0,
                     claimants=0, first_date="", last_date="")
    found = stories[stories["slug"] == slug]
    if found.empty:
        raise ValueError(f"no story {slug!r}; stories: {', '.join(stories['slug']) or 'none'}")
    return as_story(found.iloc[0])


def story_claims(claims: pd.DataFrame, story: str | Story) -> pd.DataFrame:
    """The rows of one story (its subject, its kind's metrics), in the table's order."""
    chosen = story if isinstance(story, Story) else choose_story(claims, story)
    if not chosen.slug:
        return claims.iloc[0:0].reset_index(drop=True)
    subject = claims["subject"].astype("string").fillna("").str.strip()
    keep = (subject == chosen.subject) & claims["metric"].isin(KIND_METRICS[chosen.kind])
    return claims[keep].reset_index(drop=True)


# --- the contested range ------------------------------------------------------------------------

@dataclass
class ContestedRange:
    """What the contested-range chart draws, per metric of one story.

    - `reports`: one row per dated claim (`RANGE_COLUMNS` less the band): its line, figure,
      bounds, `kind` (total/increment), `stale`, `first_seen` (of its figure from its line) and
      `held` (the line's figure after this date).
    - `steps`: one row per held period of a line: metric, line, line_kind, label (short name),
      start, end (NaT: still held), last_report (the line's last report in the period), until
      (end of circulation), figure, y, y_low, y_high, mark, reports (in the period).
    - `band`: one row per period between two dates at which a figure enters or leaves
      circulation: metric, start, end (NaT: on), low and high (NA at an open end), open_low, open_high,
      solid_low and solid_high (the finite extent: an open end's own number), lines (how many
      hold a figure), lowest and highest (who holds each end, with the figure).
    - `end`: the newest publication date of the story; `undated`: claims left out.
    """

    reports: pd.DataFrame
    steps: pd.DataFrame
    band: pd.DataFrame
    end: pd.Timestamp | None
    undated: int
    metrics: tuple[str, ...]
    spans_and_rates: int = 0   # counts for a stated span and rates, left out (`analysis.over_time`)

    def summary(self) -> str:
        lines = self.steps[["metric", "line"]].drop_duplicates()
        return (f"{len(self.reports)} dated reports, {len(lines)} claimant lines, "
                f"{int(self.reports['stale'].sum()) if len(self.reports) else 0} stale repeats, "
                f"{self.undated} undated claims left out")


def _line_names(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    claimant = _claimant_column(frame)
    own = claimant == ""
    outlet = frame["outlet"].astype("string").fillna("").str.strip()
    names = claimant.where(~own, outlet.map(lambda o: OWN_VOICE_LINE.format(outlet=o or "unknown outlet")))
    kinds = pd.Series(["own voice" if o else "claimant" for o in own], index=frame.index, dtype="string")
    return names.astype("string"), kinds


def _figure_key(frame: pd.DataFrame) -> pd.Series:
    parts = [frame[c].astype("string").fillna("") for c in ("qualifier", "value", "low", "high")]
    return parts[0] + "|" + parts[1] + "|" + parts[2] + "|" + parts[3]


def _stale(reports: pd.DataFrame) -> list[bool]:
    """True for a total whose line had published a different figure, first seen after this
    report's figure, before this report's date."""
    firsts: dict[tuple[str, str], dict[str, pd.Timestamp]] = {}
    records = reports[["metric", "line", "_key", "published", "kind"]].to_dict("records")
    for r in records:
        if r["kind"] == "total":
            keys = firsts.setdefault((r["metric"], r["line"]), {})
            keys[r["_key"]] = min(keys.get(r["_key"], r["published"]), r["published"])
    stale = []
    for r in records:
        if r["kind"] != "total":
            stale.append(False)
            continue
        keys = firsts[(r["metric"], r["line"])]
        mine = keys[r["_key"]]
        stale.append(any(key != r["_key"] and mine < first < r["published"] for key, first in keys.items()))
    return stale


def _reports(claims: pd.DataFrame) -> pd.DataFrame:
    frame = claim_bounds(claims.reset_index(drop=True))
    frame = frame[frame["published"].notna()].copy()
    frame["line"], frame["line_kind"] = _line_names(frame)
    frame["kind"] = pd.array(["increment" if int(i) == 1 else "total" for i in frame["incremental"]],
                             dtype="string")
    frame["_key"] = _figure_key(frame)
    frame["first_seen"] = frame.groupby(["metric", "line", "_key"])["published"].transform("min")
    frame["stale"] = _stale(frame) if len(frame) else pd.Series(dtype=bool)
    frame["_country"] = frame["claimant_country"].astype("string").fillna("") if "claimant_country" in frame \
        else ""
    order = ["published", "metric", "line", "outlet", "article_id", "claim_id"]
    return frame.sort_values(order, kind="stable").reset_index(drop=True)


def _line_labels(reports: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(metric, line) -> the short name a chart writes for the line: analysis.claimant_short of
    the name and its most frequent claimant country (an own-voice line keeps its name)."""
    countries: dict[tuple[str, str], dict[str, int]] = {}
    kinds: dict[tuple[str, str], str] = {}
    for r in reports[["metric", "line", "line_kind", "_country"]].to_dict("records"):
        key = (r["metric"], r["line"])
        kinds[key] = r["line_kind"]
        if r["_country"]:
            counts = countries.setdefault(key, {})
            counts[r["_country"]] = counts.get(r["_country"], 0) + 1
    labels = {}
    for key, kind in kinds.items():
        if kind == "own voice":
            labels[key] = key[1]
            continue
        counts = countries.get(key, {})
        country = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else ""
        labels[key] = claimant_short(key[1], country)
    return labels


_STEP_COLUMNS = ["metric", "line", "line_kind", "label", "start", "end", "last_report", "until",
                 "figure", "qualifier", "value", "low", "high", "y", "y_low", "y_high", "mark", "reports"]
_HELD = ("figure", "qualifier", "value", "low", "high", "y", "y_low", "y_high", "mark")


def _held_first(today: list[dict[str, Any]]) -> dict[str, Any]:
    """Of one line's reports of one date, the figure that holds: first seen latest, then the
    highest, then by its key."""
    return sorted(today, key=lambda r: (-r["first_seen"].value, -float(r["y"]), r["_key"]))[0]


def _steps(reports: pd.DataFrame) -> pd.DataFrame:
    """A line's held figure per period (see the module docstring), with the date the line last
    reported in the period and `until`: the end of the period, or CIRCULATION_DAYS after that
    last report when it comes first."""
    labels = _line_labels(reports)
    moving = reports[(reports["kind"] == "total") & ~reports["stale"]]
    by_day: dict[tuple[str, str], dict[pd.Timestamp, list[dict[str, Any]]]] = {}
    for r in moving.to_dict("records"):
        by_day.setdefault((r["metric"], r["line"]), {}).setdefault(r["published"], []).append(r)
    window = pd.Timedelta(days=CIRCULATION_DAYS)
    rows = []
    for (metric, line), days in sorted(by_day.items()):
        periods: list[dict[str, Any]] = []
        for day in sorted(days):
            today = days[day]
            held = _held_first(today)
            if periods and periods[-1]["_key"] == held["_key"]:
                periods[-1]["reports"] += len(today)
                periods[-1]["last_report"] = day
                continue
            if periods:
                periods[-1]["end"] = day
            periods.append({"metric": metric, "line": line, "line_kind": held["line_kind"],
                            "label": labels[(metric, line)], "start": day, "end": pd.NaT,
                            "last_report": day, "_key": held["_key"], "reports": len(today),
                            **{c: held[c] for c in _HELD}})
        for period in periods:
            expiry = period["last_report"] + window
            period["until"] = expiry if pd.isna(period["end"]) else min(period["end"], expiry)
        rows.extend(periods)
    steps = pd.DataFrame(rows, columns=_STEP_COLUMNS + ["_key"])
    for column in ("start", "end", "last_report", "until"):
        steps[column] = pd.to_datetime(steps[column])
    for column in ("y", "y_low", "y_high"):
        steps[column] = steps[column].astype("Float64")
    return steps.sort_values(["metric", "start", "line"], kind="stable").reset_index(drop=True)


_BAND_COLUMNS = ["metric", "start", "end", "low", "high", "open_low", "open_high", "solid_low",
                 "solid_high", "lines", "lowest", "highest"]


def _value(value: Any) -> float | None:
    return None if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
        else float(value)


def _band(steps: pd.DataFrame) -> pd.DataFrame:
    """The band per metric: between two dates at which a figure enters or leaves circulation,
    the extent of the figures in circulation (no row where none is)."""
    rows = []
    by_metric: dict[str, list[dict[str, Any]]] = {}
    for s in steps.to_dict("records"):
        by_metric.setdefault(s["metric"], []).append(s)
    for metric, group in sorted(by_metric.items()):
        changes = sorted({s["start"] for s in group} | {s["until"] for s in group})
        for day, following in zip(changes, changes[1:] + [pd.NaT]):
            held = [s for s in group if s["start"] <= day < s["until"]]
            if not held:
                continue
            lows = [_value(s["y_low"]) for s in held]
            highs = [_value(s["y_high"]) for s in held]
            lower = [low if low is not None else float(s["y"]) for low, s in zip(lows, held)]
            upper = [high if high is not None else float(s["y"]) for high, s in zip(highs, held)]
            lowest = held[min(range(len(held)), key=lambda i: (lower[i], i))]
            highest = held[max(range(len(held)), key=lambda i: (upper[i], -i))]
            open_low, open_high = None in lows, None in highs
            rows.append({
                "metric": metric, "start": day, "end": following,
                "low": pd.NA if open_low else min(lower), "high": pd.NA if open_high else max(upper),
                "open_low": open_low, "open_high": open_high,
                "solid_low": min(lower), "solid_high": max(upper), "lines": len(held),
                "lowest": f"{lowest['figure']} ({lowest['label']})",
                "highest": f"{highest['figure']} ({highest['label']})",
            })
    band = pd.DataFrame(rows, columns=_BAND_COLUMNS)
    for column in ("low", "high", "solid_low", "solid_high"):
        band[column] = band[column].astype("Float64")
    band["start"] = pd.to_datetime(band["start"])
    band["end"] = pd.to_datetime(band["end"])
    return band.reset_index(drop=True)


def contested_range(claims: pd.DataFrame) -> ContestedRange:
    """The reports, steps and band of one story's claims (see the module docstring).  Raises
    ValueError when the claims are about more than one subject: no chart mixes sides."""
    subjects = set(claims["subject"].astype("string").fillna("").str.strip())
    if len(subjects) > 1:
        raise ValueError(f"a contested range is drawn for one story; these claims are about "
                         f"{', '.join(sorted(subjects))} (use story_claims)")
    totals = over_time(claims)
    reports = _reports(totals)
    steps = _steps(reports)
    band = _band(steps)
    order = [m for kind in KIND_METRICS.values() for m in kind]
    metrics = tuple(m for m in order if (reports["metric"] == m).any())
    end = reports["published"].max() if len(reports) else None
    undated = len(totals) - len(reports)
    return ContestedRange(reports, steps, band, end, undated, metrics, len(claims) - len(totals))


def _number(value: Any) -> str:
    number = _value(value)
    return "" if number is None else f"{number:.1f}".removesuffix(".0")


def _covering(rows: list[dict[str, Any]], day: pd.Timestamp) -> dict[str, Any] | None:
    """The row of `rows` (sorted by start) whose start <= day < end (end NaT: open)."""
    found = None
    for row in rows:
        if row["start"] > day:
            break
        if pd.isna(row["end"]) or row["end"] > day:
            found = row
    return found


def contested_range_table(data: ContestedRange | pd.DataFrame) -> pd.DataFrame:
    """The table saved beside the chart (`RANGE_COLUMNS`): one row per dated report, with the
    figure its line held after that date and the band on that date (empty at an open end)."""
    cr = data if isinstance(data, ContestedRange) else contested_range(data)
    steps: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for s in cr.steps.to_dict("records"):
        steps.setdefault((s["metric"], s["line"]), []).append(s)
    bands: dict[str, list[dict[str, Any]]] = {}
    for b in cr.band.to_dict("records"):
        bands.setdefault(b["metric"], []).append(b)
    rows = []
    for report in cr.reports.to_dict("records"):
        day, metric = report["published"], report["metric"]
        held = _covering(steps.get((metric, report["line"]), []), day)
        band = _covering(bands.get(metric, []), day)
        rows.append({
            **{c: report.get(c) for c in RANGE_COLUMNS if c in report},
            "published": day.strftime("%Y-%m-%d"), "first_seen": report["first_seen"].strftime("%Y-%m-%d"),
            "held": held["figure"] if held else "",
            "band_low": _number(band["low"]) if band else "",
            "band_high": _number(band["high"]) if band else "",
            "band_open_low": bool(band["open_low"]) if band else False,
            "band_open_high": bool(band["open_high"]) if band else False,
            "y": _number(report["y"]), "y_low": _number(report["y_low"]), "y_high": _number(report["y_high"]),
        })
    table = pd.DataFrame(rows, columns=list(RANGE_COLUMNS))
    for column in ("value", "low", "high"):
        table[column] = table[column].astype("Int64")
    return table.astype({c: "string" for c in RANGE_COLUMNS if c not in ("value", "low", "high", "stale",
                                                                        "band_open_low", "band_open_high")})
