"""The publishable report: one self-contained HTML file (and the same as PDF) in reports/.

`python -m warclaims.report` (what `make report` runs) reads what the last refresh wrote —
data/article_index.csv, data/claims_reviewed.csv, data/discrepancies.csv, data/problems.csv,
data/claims_provenance.csv and figures/*.png — and writes reports/report.html:

- no code, every chart embedded as a base64 PNG data URI (the file needs nothing beside it),
- the index of stories (figures/stories.csv), then each story's contested-range chart, its
  disagreements and its claims,
- how figures changed as outlets passed them on (`warclaims.drift`): a line in the summary, and
  after the charts every figure's path — its first appearance, then each later article that
  changed its hedge, attribution or number — with the sentences (folded when long),
- the charted claims with their evidence sentences, the number marked with <mark>,
- the disagreements, the articles, the problems, the method and its limits (the README's
  "Limitations" section),
- sections with the ids summary, stories, charts, claims, disagreements, articles, problems, method.

Deterministic: no timestamp (the report says "as of" the newest article's date), rows in a
fixed order, so rebuilding with nothing changed writes the same bytes.

Then reports/report.pdf is printed from the HTML with headless Chromium when it is installed
(Debian's `chromium`, /usr/bin/chromium); otherwise a message says so and the PDF is skipped.
Chromium stamps the PDF with the time it was printed; those dates are rewritten (same length,
so the PDF's offsets stay valid) to the newest article's date, which makes the PDF repeatable
too, as far as the installed Chromium writes nothing else that varies.

Nothing here imports matplotlib: the charts are the PNGs the notebooks exported.
"""
from __future__ import annotations

import base64
import html
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from warclaims.analysis import claim_bounds, highlight_number
from warclaims.drift import drift_line, drift_summary
from warclaims.stories import KIND_METRICS
from warclaims.files import write_bytes_atomic
from warclaims.pipeline import (
    ARTICLE_INDEX_FILE,
    DISCREPANCIES_FILE,
    PROBLEMS_FILE,
    PROVENANCE_FILE,
    REVIEWED_FILE,
    ROOT,
    read_articles,
    read_problems,
    read_provenance,
    read_reviewed_claims,
)

__all__ = ["CHROMIUM", "SECTIONS", "build_html", "main", "write_pdf", "write_report"]

FIGURES = ROOT / "figures"
REPORTS = ROOT / "reports"
README = ROOT / "README.md"
CHROMIUM = Path("/usr/bin/chromium")
SECTIONS = ("summary", "stories", "charts", "claims", "disagreements", "articles", "problems", "method")

# Charts in reading order, with what each shows (as in the README); others follow by name.
CHART_CAPTIONS = {
    "claims_by_metric_and_outlet": "How many claims of each kind each outlet carried.",
    "troops_over_time": "Reported deployment figures by publication date, coloured by outlet.",
    "casualties_over_time": ("Killed, wounded and casualties by publication date; "
                             "disagreements called out."),
    "echo": ("Each figure from first seen to last reported, a dot per article coloured by "
             "outlet."),
    "outlet_claimant_matrix": "Claims per outlet and canonical claimant.",
    "drift": ("Each figure's path: its first appearance, and how every later article carried it "
              "(hedge, attribution, rounding)."),
}
#: The table of how figures changed along their paths is folded when it has more rows than this.
DRIFT_OPEN_ROWS = 12

_CSS = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222; margin: 2em auto;
       max-width: 1100px; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.8em; }
.asof { color: #555; margin-top: 0; }
figure { margin: 1.5em 0; page-break-inside: avoid; break-inside: avoid; }
figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
figcaption { color: #444; font-size: 0.95em; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; margin: 0.8em 0; }
th, td { border: 1px solid #ddd; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
tr { page-break-inside: avoid; break-inside: avoid; }
td.num { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
mark { background: #ffe066; padding: 0 0.1em; }
code { font-size: 0.95em; background: #f5f5f5; padding: 0 0.2em; }
.none { color: #666; font-style: italic; }
""".strip()

# On load, count the images that did not decode (a broken image has naturalWidth 0); the
# browser test reads these attributes from the rendered DOM.
_SCRIPT = """
window.addEventListener("load", function () {
  var images = document.querySelectorAll("img");
  var broken = 0;
  for (var i = 0; i < images.length; i++) {
    if (!images[i].complete || images[i].naturalWidth === 0) { broken++; }
  }
  document.body.dataset.images = String(images.length);
  document.body.dataset.brokenImages = String(broken);
});
""".strip()

_METHOD = """
<p>Each article is a plain-text file. A rule-based extractor (no statistical model) finds every
number of people an article reports about the war — troops <strong>deployed</strong>, people
<strong>killed</strong>, <strong>wounded</strong>, <strong>captured</strong> or
<strong>missing</strong>, and <strong>casualties</strong> (killed and wounded together) — with
whose people they were, who said so (the claimant), the period the number refers to and how it
is hedged. Every claim keeps the exact sentence it came from, shown above with the number
marked, and the character offsets of the number in the article file.</p>
<p>How a figure is hedged is drawn, not hidden: an exact figure is a filled dot, "about 11,000" a
hollow dot, "more than 10,000" a dot with an arrow pointing up, "up to 3,000" an arrow pointing
down, a range a bar between its bounds and a vague amount ("thousands") a band over the bounds
the annotation guide gives it (2,000–9,999). An increment ("another 3,000 were sent") has its
own mark and is never added to a total.</p>
<p>A person reviews the claims before they are published: the table gives each claim's review
status (<code>machine</code> = read by the extractor only; <code>accepted</code>,
<code>fixed</code>, <code>added</code> = checked by a person). Rejected claims are left out of
the charts and of this report. Two claims <em>disagree</em> when they are about the same people
and metric and the same kind of count, for overlapping periods, said at most 3 days apart, and
their bounds do not overlap ("about" counts as ±10 %).</p>
<p>Three dates are kept apart: the article's publication date, the date the figure was
<em>said</em> ("Seoul said in April that …" in a September article: April; only where the text
ties a date to the statement) and the period it covers. Lineage, first seen and disagreements
date a figure by when it was said where that is known. Each figure is also a <em>kind of
count</em>: a total to date (<code>cumulative</code>), a count for a stated span
(<code>period</code>: "in the past 24 hours"), a <code>rate</code> ("each day") or
<code>unknown</code>; the time charts draw totals only, and a day's toll is never set against a
war's total.</p>
""".strip()


# --- small HTML helpers -------------------------------------------------------------------------

def _text(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _esc(value: Any) -> str:
    return html.escape(_text(value))


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], classes: Sequence[str] = (),
           row_attrs: Sequence[str] | None = None) -> str:
    """An HTML table; cells are HTML already (escape them before)."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    lines = [f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>"]
    for index, row in enumerate(rows):
        cells = "".join(
            f'<td class="{classes[i]}">{cell}</td>' if i < len(classes) and classes[i]
            else f"<td>{cell}</td>" for i, cell in enumerate(row))
        attrs = f" {row_attrs[index]}" if row_attrs else ""
        lines.append(f"<tr{attrs}>{cells}</tr>")
    lines.append("</tbody>\n</table>")
    return "\n".join(lines)


def _section(ident: str, title: str, body: str) -> str:
    return f'<section id="{ident}">\n<h2>{html.escape(title)}</h2>\n{body}\n</section>'


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else (plural or noun + 's')}"


# --- markdown (the README's limitations) ----------------------------------------------------------

def _inline_markdown(text: str) -> str:
    """Escape, then **bold**, *italic* and `code` — all the README's limitations use."""
    out = html.escape(text, quote=False)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    out = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![*\w])\*([^*\s][^*]*)\*(?![*\w])", r"<em>\1</em>", out)
    return out


def readme_limitations(readme: Path = README) -> str:
    """The README's "## Limitations" bullet list as HTML ('' when the README lacks it)."""
    try:
        text = readme.read_text(encoding="utf-8")
    except OSError:
        return ""
    match = re.search(r"^## Limitations\s*\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    if not match:
        return ""
    items: list[str] = []
    tables: dict[int, list[list[str]]] = {}   # a Markdown table inside an item, by item
    for line in match.group(1).splitlines():
        if line.startswith("- "):
            items.append(line[2:].strip())
        elif line.strip().startswith("|") and items:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(set(cell) <= set("-: ") for cell in cells):   # not the header's rule
                tables.setdefault(len(items) - 1, []).append(cells)
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()
    if not items:
        return ""
    return "<ul>\n" + "\n".join(f"<li>{_inline_markdown(item)}{_html_table(tables.get(n, []))}</li>"
                                 for n, item in enumerate(items)) + "\n</ul>"


def _html_table(rows: list[list[str]]) -> str:
    """A Markdown table's rows (the first is the header) as HTML; '' for none."""
    if not rows:
        return ""
    head = "".join(f"<th>{_inline_markdown(cell)}</th>" for cell in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{_inline_markdown(cell)}</td>" for cell in row) + "</tr>"
                   for row in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# --- the sections -------------------------------------------------------------------------------

def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype="string", keep_default_na=False)


def _newest_date(articles: pd.DataFrame, claims: pd.DataFrame) -> str:
    dates = [d for d in list(articles.get("published", [])) + list(claims.get("published_text", []))
             if re.fullmatch(r"\d{4}-\d{2}-\d{2}", _text(d))]
    return max(dates) if dates else "unknown"


def chart_files(figures: Path) -> list[Path]:
    """figures/*.png in reading order: the known charts first, then any other by name."""
    pngs = {p.stem: p for p in sorted(figures.glob("*.png"))}
    order = [name for name in CHART_CAPTIONS if name in pngs]
    order += [name for name in sorted(pngs) if name not in CHART_CAPTIONS]
    return [pngs[name] for name in order]


def _charts(figures: Path) -> str:
    parts = []
    for path in chart_files(figures):
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        caption = CHART_CAPTIONS.get(path.stem, path.stem.replace("_", " ").capitalize() + ".")
        parts.append(
            f'<figure id="chart-{html.escape(path.stem)}">\n'
            f'<img alt="{html.escape(caption)}" src="data:image/png;base64,{data}">\n'
            f"<figcaption><strong>{html.escape(path.stem)}</strong> — {html.escape(caption)} "
            f"(also in <code>figures/{html.escape(path.stem)}.svg</code>, <code>.pdf</code>, "
            f"and the plotted numbers in <code>.csv</code>)</figcaption>\n</figure>")
    if not parts:
        return '<p class="none">No charts: run <code>make</code> to export them.</p>'
    return "\n".join(parts)


def _said_on(row: dict[str, Any]) -> str:
    """When the figure was said, where the text gives it ("2025-04 (month)"); empty otherwise."""
    said, precision = _text(row.get("claimed_on")), _text(row.get("claimed_on_precision"))
    shown = {"month": said[:7], "year": said[:4]}.get(precision, said)
    return _esc(f"{shown} ({precision})" if said and precision in ("week", "month", "year") else shown)


def _claims(claims: pd.DataFrame) -> str:
    if claims.empty:
        return '<p class="none">No claims are charted.</p>'
    headers = ("claim", "published", "outlet", "metric", "figure", "whose people", "claimant",
               "said on", "period", "kind of count", "review", "evidence (number marked)")
    rows, attrs = [], []
    for r in claims.to_dict("records"):
        rows.append((
            f"<code>{_esc(r['claim_id'])}</code>",
            _esc(r["published_text"]) or '<span class="none">no date</span>',
            _esc(r["outlet"]),
            _esc(r["metric"]) + (" (increment)" if _text(r["incremental"]) in ("1", "True") else ""),
            _esc(r["figure"]),
            _esc(r["subject"]),
            _esc(r["claimant"]) or '<span class="none">outlet\'s own voice</span>',
            _said_on(r),
            _esc(r["period"]),
            _esc(r.get("count_kind", "")),
            _esc(r["review_status"]),
            highlight_number(_text(r["quote"]), r["start"], r["end"], r["quote_start"]),
        ))
        attrs.append(f'data-claim-id="{_esc(r["claim_id"])}"')
    return _table(headers, rows, classes=("nowrap", "nowrap", "", "", "nowrap"), row_attrs=attrs)


def _disagreements(pairs: pd.DataFrame) -> str:
    if pairs.empty:
        return '<p class="none">No two outlets disagreed at the same time.</p>'
    pairs = pairs.sort_values(["published_a", "metric", "subject", "claim_id_a", "claim_id_b"],
                              kind="stable")
    headers = ("metric", "whose people", "days apart", "first", "second")

    def side(r: dict, s: str) -> str:
        claimant = _esc(r[f"claimant_{s}"]) or "outlet's own voice"
        return (f"<strong>{_esc(r[f'figure_{s}'])}</strong> — {_esc(r[f'outlet_{s}'])}, "
                f"{_esc(r[f'published_{s}'])} ({claimant})<br>“{_esc(r[f'quote_{s}'])}”")

    rows = [(_esc(r["metric"]), _esc(r["subject"]), _esc(r["days_apart"]), side(r, "a"), side(r, "b"))
            for r in pairs.to_dict("records")]
    intro = (f"<p>{_plural(len(pairs), 'pair')} of claims about the same people and metric, "
             "published at most 3 days apart, whose figures do not overlap.</p>")
    return intro + "\n" + _table(headers, rows, classes=("", "", "num"))


def _stories(figures: Path, claims: pd.DataFrame, pairs: pd.DataFrame) -> str:
    """The index of stories (figures/stories.csv), then each exported story: its contested-range
    chart, its disagreements and its claims (folded, so the report stays readable at 500
    articles)."""
    index_path = figures / "stories.csv"
    if not index_path.exists():
        return '<p class="none">No stories: run <code>make</code> to draw them.</p>'
    stories = _read_csv(index_path)
    headers = ("story", "claims", "dated", "articles", "outlets", "claimants", "first", "last")
    rows = [(f'<a href="#story-{_esc(r["slug"])}">{_esc(r["title"])}</a>' if r["exported"] == "True"
             else _esc(r["title"]), *(_esc(r[c]) for c in ("claims", "dated_claims", "articles", "outlets",
                                                             "claimants", "first_date", "last_date")))
            for r in stories.to_dict("records")]
    parts = [f"<p>{_plural(len(stories), 'story', 'stories')}: one set of people and one kind of "
             "figure each; those with at least 3 dated claims have their charts below.</p>",
             _table(headers, rows, classes=("", "num", "num", "num", "num", "num", "nowrap", "nowrap"))]
    for r in stories[stories["exported"] == "True"].to_dict("records"):
        parts.append(_story(figures, r, claims, pairs))
    return "\n".join(parts)


def _story(figures: Path, story: dict[str, str], claims: pd.DataFrame, pairs: pd.DataFrame) -> str:
    metrics = set(KIND_METRICS.get(story["kind"], ()))
    mine = claims[(claims["subject"].astype("string").fillna("") == story["subject"])
                  & claims["metric"].isin(metrics)] if not claims.empty else claims
    theirs = (pairs[(pairs["subject"].astype("string") == story["subject"]) & pairs["metric"].isin(metrics)]
              if not pairs.empty else pairs)
    chart = figures / story["slug"] / "contested_range.png"
    image = ""
    if chart.exists():
        data = base64.b64encode(chart.read_bytes()).decode("ascii")
        image = (f'<figure><img alt="How the figures of {_esc(story["title"])} shifted" '
                 f'src="data:image/png;base64,{data}"><figcaption>each claimant\'s figure (line), the range '
                 f"in circulation (band), every article's report (dot); also in "
                 f'<code>figures/{_esc(story["slug"])}/</code></figcaption></figure>')
    return (f'<section class="story" id="story-{_esc(story["slug"])}">\n<h3>{_esc(story["title"])}</h3>\n'
            f"{image}\n<h4>Where outlets disagreed</h4>\n{_disagreements(theirs)}\n"
            f"<details><summary>{_plural(len(mine), 'claim')} with their evidence</summary>\n"
            f"{_claims(mine)}\n</details>\n</section>")


def _drift(provenance: pd.DataFrame) -> str:
    """How figures changed as outlets passed them on: the counts, then every path's first
    appearance and each later article that changed it, with the sentences (folded when long)."""
    intro = (f'<h3 id="drift">How figures changed as outlets passed them on</h3>\n'
             f"<p>{_esc(drift_line(provenance))} Each later article that carried a figure (same people, "
             "metric and number, or the number rounded) is compared with the figure's first appearance: its "
             "hedge, its attribution (canonical claimant) and its number. Every change is in "
             "<code>data/drift.csv</code>.</p>")
    table = drift_summary(provenance, limit=None, changes_per_path=None)
    if table.empty:
        return intro
    headers = list(table.columns)
    rows = [[_esc(r[c]) if c != "quote" else r[c] for c in headers] for r in table.to_dict("records")]
    body = _table(headers, rows, classes=("num", "", "", "nowrap", "nowrap", "", "nowrap"))
    if len(table) <= DRIFT_OPEN_ROWS:
        return f"{intro}\n{body}"
    paths = table["path"].nunique()
    return (f"{intro}\n<details><summary>{_plural(paths, 'figure path')}: first appearances and "
            f"{_plural(int((table['step'] == 'carried').sum()), 'changed carrying', 'changed carryings')}"
            f"</summary>\n{body}\n</details>")


def _articles(articles: pd.DataFrame) -> str:
    if articles.empty:
        return '<p class="none">No articles were read.</p>'
    articles = articles.sort_values(["published", "article_id"], kind="stable")
    headers = ("article", "title", "outlet", "wire", "published", "date from", "address")
    rows = [(f"<code>{_esc(r['article_id'])}</code>", _esc(r["title"]), _esc(r["outlet"]),
             _esc(r["wire"]), _esc(r["published"]) or '<span class="none">no date</span>',
             _esc(r["date_source"]), _esc(r["url"]))
            for r in articles.to_dict("records")]
    return _table(headers, rows, classes=("", "", "", "", "nowrap"))


def _problems(problems: pd.DataFrame) -> str:
    if problems.empty:
        return '<p class="none">Every article was read without a problem.</p>'
    problems = problems.sort_values(["file", "row", "kind", "message"], kind="stable")
    rows = [(f"<code>{_esc(r['file'])}</code>", _esc(r["row"]), _esc(r["kind"]), _esc(r["message"]))
            for r in problems.to_dict("records")]
    return _table(("file", "row", "kind", "message"), rows)


def _method(readme: Path) -> str:
    limits = readme_limitations(readme)
    body = _METHOD + "\n<h3>Limits</h3>\n"
    body += limits or ("<p>The extractor reads English news grammar with rules; read every "
                       "evidence sentence before publishing a figure.</p>")
    return body


def _charted_claims(reviewed: pd.DataFrame) -> pd.DataFrame:
    """The charted claims with `figure` and `published_text`, in a fixed order."""
    frame = claim_bounds(reviewed)
    frame["published_text"] = reviewed["published"].astype("string").fillna("").to_numpy()
    keys = ["published_text", "outlet", "article_id", "start", "claim_id"]
    frame["_undated"] = frame["published_text"] == ""
    frame = frame.sort_values(["_undated"] + keys, kind="stable").reset_index(drop=True)
    return frame


def build_html(root: Path = ROOT) -> str:
    """The report as one HTML string, from root/data and root/figures (see the module doc)."""
    data, figures = root / "data", root / "figures"
    articles = read_articles(data / ARTICLE_INDEX_FILE.name)
    claims = _charted_claims(read_reviewed_claims(data / REVIEWED_FILE.name))
    pairs_path = data / DISCREPANCIES_FILE.name
    pairs = _read_csv(pairs_path) if pairs_path.exists() else pd.DataFrame()
    problems = read_problems(data / PROBLEMS_FILE.name)
    provenance_path = data / PROVENANCE_FILE.name
    provenance = read_provenance(provenance_path) if provenance_path.exists() else pd.DataFrame()
    newest = _newest_date(articles, claims)

    outlets = sorted({_text(o) for o in articles["outlet"]} - {""}, key=str.casefold)
    statuses = claims["review_status"].value_counts() if not claims.empty else pd.Series(dtype=int)
    checked = int(sum(statuses.get(s, 0) for s in ("accepted", "fixed", "added")))
    summary = (
        f"<p>This report covers {_plural(len(articles), 'article')} from "
        f"{_plural(len(outlets), 'outlet')} ({_esc(', '.join(outlets)) or 'none'}), as of the "
        f"newest article's date, <strong>{_esc(newest)}</strong>.</p>\n<ul>\n"
        f"<li>{_plural(len(claims), 'numeric claim')} charted "
        f"({checked:,} checked by a person, {len(claims) - checked:,} read by the extractor "
        "only); each is listed below with the sentence it came from.</li>\n"
        f"<li>{_plural(len(pairs), 'disagreement')}: claims about the same people published "
        "within 3 days whose figures do not overlap.</li>\n"
        f"<li>{_esc(drift_line(provenance))} See <a href=\"#drift\">how figures changed as outlets passed "
        "them on</a>.</li>\n"
        f"<li>{_plural(len(problems), 'problem')} reading the articles.</li>\n</ul>")

    body = "\n".join([
        _section("summary", "Summary", summary),
        _section("stories", "Stories", _stories(figures, claims, pairs)),
        _section("charts", "Charts", _charts(figures) + "\n" + _drift(provenance)),
        _section("claims", "Claims and their evidence", _claims(claims)),
        _section("disagreements", "Where outlets disagreed", _disagreements(pairs)),
        _section("articles", "Articles", _articles(articles)),
        _section("problems", "Problems reading the articles", _problems(problems)),
        _section("method", "Method and its limits", _method(root / README.name)),
    ])
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>War figures across outlets — as of {html.escape(newest)}</title>\n"
        f"<style>\n{_CSS}\n</style>\n<script>\n{_SCRIPT}\n</script>\n</head>\n<body>\n"
        "<header>\n<h1>War figures across outlets</h1>\n"
        f'<p class="asof">Numeric claims as reported, as of the newest article\'s date: '
        f"{html.escape(newest)}.</p>\n</header>\n"
        f"<main>\n{body}\n</main>\n</body>\n</html>\n")


def write_report(root: Path = ROOT, out: Path | None = None) -> Path:
    """Write OUT/report.html (default root/reports) and return its path."""
    out = Path(out) if out is not None else root / "reports"
    out.mkdir(parents=True, exist_ok=True)
    path = out / "report.html"
    write_bytes_atomic(path, build_html(root).encode("utf-8"))
    return path


def chromium_command(chromium: Path, profile: Path, *args: str) -> list[str]:
    """Headless Chromium with nothing that reaches the network or keeps state."""
    return [str(chromium), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", *args]


_PDF_DATE = re.compile(rb"\((D:\d{14})([^)]*)\)")


def _stable_pdf_dates(pdf: bytes, date: str) -> bytes:
    """Rewrite every PDF date "(D:YYYYMMDDHHmmSS…)" to the given ISO date at midnight, keeping
    each string's length so the PDF's cross-reference offsets stay right."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        date = "2000-01-01"
    stamp = ("D:" + date.replace("-", "") + "000000").encode("ascii")

    def fixed(match: re.Match[bytes]) -> bytes:
        tail = match.group(2)
        zeroed = re.sub(rb"\d", b"0", tail)
        return b"(" + stamp + zeroed + b")"

    return _PDF_DATE.sub(fixed, pdf)


def write_pdf(html_path: Path, pdf_path: Path | None = None, chromium: Path = CHROMIUM,
              timeout: int = 120, as_of: str = "") -> Path | None:
    """Print the HTML to PDF with headless Chromium; None (and a message) when it is missing."""
    if not chromium.exists():
        print(f"warclaims.report: {chromium} not found; skipping the PDF "
              "(install Debian's `chromium` package to get reports/report.pdf)", file=sys.stderr)
        return None
    html_path = Path(html_path).resolve()
    pdf_path = Path(pdf_path) if pdf_path else html_path.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="warclaims-chromium-") as tmp:
        printed = Path(tmp) / "report.pdf"
        command = chromium_command(chromium, Path(tmp) / "profile", "--no-pdf-header-footer",
                                   f"--print-to-pdf={printed}", html_path.as_uri())
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                check=False)
        if result.returncode != 0 or not printed.exists():
            raise RuntimeError(f"chromium could not print {html_path}: {result.stderr[-2000:]}")
        write_bytes_atomic(pdf_path, _stable_pdf_dates(printed.read_bytes(), as_of))
    return pdf_path


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m warclaims.report`: write reports/report.html and, with Chromium, report.pdf."""
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] in ("-h", "--help"):
        print("usage: python -m warclaims.report\n\n" + (__doc__ or "").split("\n\n")[1])
        return 0
    html_path = write_report(ROOT, REPORTS)
    print(f"wrote {html_path.relative_to(ROOT)} ({html_path.stat().st_size:,} bytes)")
    as_of = _newest_date(read_articles(ARTICLE_INDEX_FILE), pd.DataFrame())
    pdf_path = write_pdf(html_path, as_of=as_of)
    if pdf_path is not None:
        print(f"wrote {pdf_path.relative_to(ROOT)} ({pdf_path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
