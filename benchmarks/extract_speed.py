"""How fast `warclaims.corpus.extract_corpus` reads a large corpus, and how its memory grows.

Builds a made-up corpus in a temporary folder (removed at the end): ARTICLES text articles
recombined from the sentences of the five articles in seeds/ (a headline, an outlet and a
date in varied forms, 8 to 25 body sentences in paragraphs, the counts varied; sentences with
and without numbers in the seeds' own proportion; about 2-3 KB each, like the seeds), a few
thousand saved web pages (.html: <title>, og:site_name and article:published_time meta, a
navigation bar, the story in <article><p>, an aside and a footer of unrelated links) and one
.jsonl corpus file holding the text articles one a row.  The same corpus on every run: the
random generator has a fixed seed.  Building the corpus is not timed.

Each measurement then runs `extract_corpus` in a fresh Python process, so its peak memory
(ru_maxrss of that process; for a process pool, also the largest worker's) belongs to that run
alone:

1. text articles, one process, at SMALL and at ARTICLES articles;
2. text articles, every core (workers=None), at ARTICLES;
3. the web pages, one process and every core;
4. the .jsonl corpus file, one process.

It prints one table (articles, claims, seconds, articles/s, MB/s of article text, MB/s of
files read, peak memory) and the two targets of issue 5: at least 2,000 text articles/s on
one core, and peak memory at 20,000 articles within 1.5x of that at 2,000.  Nothing is
checked: times depend on the machine, and a missed target is printed, not failed.

    .venv/bin/python benchmarks/extract_speed.py [--articles N] [--small N] [--html N] [--quick] [--keep]
    make bench          # this, then benchmarks/refresh_incremental.py
    make bench-quick    # this with --quick (2,000 / 200 / 200 articles)
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "seeds"
ARTICLES = 20_000
SMALL = 2_000
HTML_PAGES = 2_000
QUICK = (2_000, 200, 200)
RANDOM_SEED = 20250903
TARGET_RATE = 2_000
TARGET_MEMORY_RATIO = 1.5

#: Outlets and their web addresses: some the reader knows by name, some it does not.
OUTLETS = (
    ("Reuters", "reuters.com"), ("The Moscow Times", "themoscowtimes.com"),
    ("TRT World", "trtworld.com"), ("Anadolu Agency", "aa.com.tr"), ("The Korea Herald", "koreaherald.com"),
    ("The Kyiv Independent", "kyivindependent.com"), ("Al Jazeera", "aljazeera.com"),
    ("The Guardian", "theguardian.com"), ("DW", "dw.com"), ("France 24", "france24.com"),
    ("NK News", "nknews.org"), ("Daily Sabah", "dailysabah.com"), ("The Straits Times", "straitstimes.com"),
    ("Kyiv Post", "kyivpost.com"), ("Manila Bulletin", "mb.com.ph"), ("The Hindu", "thehindu.com"),
)
AGENCIES = ("AFP", "Reuters", "AP", "dpa", "Yonhap", "AA")
CITIES = ("MOSCOW", "SEOUL", "KYIV", "BEIJING", "PYONGYANG", "BERLIN", "LONDON", "WASHINGTON")
AUTHORS = ("Jane Kim", "Oleksandr Petrenko", "Maria Lopez", "Chris Park", "Anna Schmidt", "David Okafor")
HEADLINES = (
    "Putin thanks North Korea for sending troops to fight in Ukraine war",
    "Putin meets Kim, praises North Korean troops in Russia",
    "'Courageous' North Korean soldiers joined Ukraine war at Kim's initiative: Putin",
    "Putin Hails North Korean Troops as 'Heroic' in Letter to Kim",
    "Seoul says {n} North Korean soldiers killed fighting for Russia",
    "North Korea sent {n} more troops to Kursk, South Korean intelligence says",
    "Ukraine says {n} North Korean troops wounded in Kursk region",
    "Kim and Putin meet in Beijing as parade marks war anniversary",
    "North Korean casualties near {n}, Seoul lawmakers told",
)
#: Date forms news pages use; all of them are read by warclaims.dates.
DATE_FORMATS = ("{month} {day}, {year}", "{year}-{mm}-{dd}", "{day} {mon} {year}",
                "{mon}. {day}, {year}", "{day} {month} {year}")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
FIRST_DAY = date(2024, 10, 1)
DAYS = 365
#: A count: digits with thousands separators, or a bare run of digits (not part of a decimal).
NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d]|[.,]\d|st|nd|rd|th)")


# --- The sentences of the seeds ----------------------------------------------------------------

def seed_sentences(folder: Path = SEEDS) -> list[str]:
    """The body sentences of the seed articles, once each: headlines, datelines, bylines, link
    lists and sentences with web addresses left out."""
    from warclaims.articles import body_segments
    from warclaims.extract.sentences import split_sentences
    from warclaims.dates import find_dates

    kept: dict[str, None] = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for sentence in split_sentences(text, body_segments(text)):
            line = re.sub(r"^[A-Z]{3,}\s+[—-]\s+", "", " ".join(sentence.text.split()))
            if _is_body_sentence(line) and not find_dates(line):
                kept[line] = None
    return list(kept)


def _is_body_sentence(line: str) -> bool:
    return (len(line.split()) >= 6 and re.search(r"[.!?][\"”’']*$", line) is not None
            and not re.match(r"[#*\-•]|By\b", line) and "http" not in line)


def vary_numbers(sentence: str, rng: random.Random) -> str:
    """The sentence with its counts replaced by other plausible counts; years, decimals,
    ordinals, small numbers and numbers in words are kept."""
    def replace(match: re.Match[str]) -> str:
        digits = match.group(1)
        value = int(digits.replace(",", ""))
        if value < 20 or (1900 <= value <= 2100 and "," not in digits):
            return digits
        return plausible_count(rng, value)
    return NUMBER.sub(replace, sentence)


def plausible_count(rng: random.Random, around: int = 2_000) -> str:
    """A count between a third and three times `around`, two significant figures, written
    with thousands separators."""
    value = around * rng.uniform(0.3, 3.0)
    magnitude = 10 ** max(0, len(str(int(value))) - 2)
    return f"{max(20, int(round(value / magnitude)) * magnitude):,}"


# --- One made-up article -----------------------------------------------------------------------

@dataclass
class Article:
    """A made-up article: its parts, from which the .txt, .html and .jsonl forms are written."""

    number: int
    headline: str
    outlet: str
    domain: str
    published: date
    date_text: str
    author: str
    paragraphs: list[str]
    layout: int

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.headline.lower()).strip("-")[:60]

    @property
    def url(self) -> str:
        day = self.published
        return f"https://www.{self.domain}/world/{day:%Y/%m/%d}/{self.slug}-{self.number}"


def format_date(day: date, form: str) -> str:
    return form.format(month=MONTHS[day.month - 1], mon=MONTH_ABBREVIATIONS[day.month - 1],
                       day=day.day, year=day.year, mm=f"{day.month:02d}", dd=f"{day.day:02d}")


def make_article(number: int, rng: random.Random, sentences: list[str]) -> Article:
    """Headline, outlet, date and 8-25 body sentences (in paragraphs of one to three)."""
    outlet, domain = rng.choice(OUTLETS)
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    chosen = [vary_numbers(s, rng) for s in rng.sample(sentences, rng.randint(8, min(25, len(sentences))))]
    paragraphs = []
    while chosen:
        size = rng.choice((1, 1, 2, 2, 3))
        paragraphs.append(" ".join(chosen[:size]))
        chosen = chosen[size:]
    return Article(number=number, headline=rng.choice(HEADLINES).format(n=plausible_count(rng)),
                   outlet=outlet, domain=domain, published=published,
                   date_text=format_date(published, rng.choice(DATE_FORMATS)),
                   author=rng.choice(AUTHORS), paragraphs=paragraphs, layout=rng.randrange(5))


def article_text(article: Article, rng: random.Random) -> str:
    """The article as a saved text page, in one of five layouts: a masthead line, a date
    header, a byline, a dateline with an agency credit, or a "Published:" label; the outlet
    from a masthead, a "Source:" line or an "Original url:" line; now and then a reading-time
    line, an "Advertisement" or a "Related" link list, as copied pages have."""
    head: list[str] = []
    paragraphs = list(article.paragraphs)
    layout = article.layout
    if layout == 0:
        head = [article.outlet, article.headline, article.date_text]
    elif layout == 1:
        head = [f"date {article.published.isoformat()} WORLD", "2 min read", article.headline, article.date_text]
    elif layout == 2:
        head = [article.headline, f"By {article.author} | {article.date_text}"]
    elif layout == 3:
        city = rng.choice(CITIES).title()
        head = [article.headline]
        paragraphs[0] = f"{city}, {article.date_text} ({rng.choice(AGENCIES)}) - {paragraphs[0]}"
    else:
        head = [article.headline, f"Published: {article.date_text}"]
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(1, len(paragraphs)), "Advertisement")
    tail: list[str] = []
    if rng.random() < 0.3:
        tail.append("Related\n" + "\n".join(f"- {h.format(n=plausible_count(rng))}" for h in rng.sample(HEADLINES, 3)))
    if layout != 0:
        tail.append(f"Original url: {article.url}" if rng.random() < 0.5 else f"Source: {article.outlet}")
    return "\n".join(head) + "\n\n" + "\n\n".join(paragraphs + tail) + "\n"


def article_html(article: Article, rng: random.Random) -> str:
    """The article as a saved web page."""
    sections = ("World", "Europe", "Asia", "Politics", "Business", "Opinion", "Sport", "Culture", "Video")
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in sections)
    others = "".join(f'<li><a href="/world/{i}">{escape(h.format(n=plausible_count(rng)))}</a></li>'
                     for i, h in enumerate(rng.sample(HEADLINES, 4)))
    body = "\n".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    stamp = f"{article.published.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z"
    title, outlet = escape(article.headline), escape(article.outlet)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {outlet}</title>
<meta name="description" content="{escape(article.paragraphs[0][:150])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{article.url}">
<meta property="article:published_time" content="{stamp}">
<meta name="author" content="{escape(article.author)}">
<link rel="canonical" href="{article.url}">
<link rel="stylesheet" href="/static/site.css">
<style>body{{font-family:Georgia,serif;margin:0}}.nav li{{display:inline;margin:0 6px}}footer{{font-size:small}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXXXXX');</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json.dumps(article.headline)},"datePublished":"{stamp}","publisher":{{"@type":"Organization","name":{json.dumps(article.outlet)}}}}}</script>
</head>
<body>
<header class="site-header">
<a class="logo" href="/">{outlet}</a>
<nav class="nav"><ul>{nav}</ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form>
</header>
<main>
<article>
<h1>{title}</h1>
<div class="byline">By <a href="/authors/{article.author.lower().replace(' ', '-')}">{escape(article.author)}</a>
<time datetime="{stamp}">{escape(article.date_text)}</time></div>
<figure><img src="/images/{article.number}.jpg" alt="North Korean soldiers"><figcaption>North Korean soldiers. / {escape(rng.choice(AGENCIES))}</figcaption></figure>
{body}
</article>
<aside class="most-read"><h2>Most read</h2><ul>{others}</ul></aside>
</main>
<footer>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/advertise">Advertise</a></li>
<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/newsletters">Newsletters</a></li></ul>
<p>&copy; {article.published.year} {outlet}. All rights reserved.</p>
</footer>
</body>
</html>
"""


def corpus_row(article: Article) -> dict[str, str]:
    """The article as one row of a corpus file: its metadata in columns, its body as `text`."""
    return {"url": article.url, "title": article.headline, "outlet": article.outlet,
            "published": article.published.isoformat(), "text": "\n\n".join(article.paragraphs) + "\n"}


# --- The corpus on disk ------------------------------------------------------------------------

@dataclass
class Corpus:
    """Where the made-up corpus lives and how big its parts are."""

    root: Path
    text: Path
    small: Path
    html: Path
    jsonl: Path
    counts: dict[str, int]
    megabytes: dict[str, float]


def build_corpus(root: Path, articles: int, small: int, pages: int, seed: int = RANDOM_SEED) -> Corpus:
    """Write `articles` text articles (the first `small` also linked into a folder of their
    own), `pages` web pages and a .jsonl file of the text articles under `root`."""
    sentences = seed_sentences()
    text_folder, small_folder, html_folder = root / "text", root / f"text-{small}", root / "html"
    for folder in (text_folder, small_folder, html_folder):
        folder.mkdir(parents=True)
    jsonl = root / "corpus.jsonl"
    rng = random.Random(seed)
    with open(jsonl, "w", encoding="utf-8") as rows:
        for number in range(articles):
            article = make_article(number, rng, sentences)
            path = text_folder / f"article_{number:06d}.txt"
            path.write_text(article_text(article, rng), encoding="utf-8")
            if number < small:
                link_or_copy(path, small_folder / path.name)
            rows.write(json.dumps(corpus_row(article), ensure_ascii=False) + "\n")
    for number in range(pages):
        article = make_article(number, rng, sentences)
        (html_folder / f"page_{number:06d}.html").write_text(article_html(article, rng), encoding="utf-8")
    return Corpus(root, text_folder, small_folder, html_folder, jsonl,
                  counts={"text": articles, "small": small, "html": pages, "jsonl": articles},
                  megabytes={"text": folder_megabytes(text_folder), "small": folder_megabytes(small_folder),
                             "html": folder_megabytes(html_folder), "jsonl": jsonl.stat().st_size / 1e6})


def link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def folder_megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir()) / 1e6


def sentence_numbers(sentences: list[str]) -> tuple[int, int]:
    """(sentences with a digit, all sentences)."""
    return sum(bool(re.search(r"\d", s)) for s in sentences), len(sentences)


# --- One measurement, in a process of its own --------------------------------------------------

def peak_megabytes(who: int) -> float:
    """ru_maxrss in MB (Linux reports kilobytes, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024


def measure(source: Path, out: Path, workers: int | None) -> dict[str, float]:
    """Run extract_corpus once in this process and return its figures (called in a child).
    What the output's writer imports is imported before the clock starts: start-up, not
    extraction (for Parquet, pyarrow, and pandas, which pyarrow imports on its first conversion)."""
    from warclaims.corpus import extract_corpus

    if out.suffix != ".csv":
        import pandas  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    imported = peak_megabytes(resource.RUSAGE_SELF)
    started = time.perf_counter()
    run = extract_corpus(source, out, workers=workers, progress=False)
    wall = time.perf_counter() - started
    return {"articles": run.articles, "claims": run.claims, "problems": run.problems,
            "text_bytes": run.text_bytes, "seconds": run.seconds, "wall": wall,
            "articles_per_second": run.articles_per_second,
            "megabytes_per_second": run.megabytes_per_second,
            "import_mb": imported, "peak_mb": peak_megabytes(resource.RUSAGE_SELF),
            "worker_peak_mb": peak_megabytes(resource.RUSAGE_CHILDREN)}


def measure_in_child(source: Path, out: Path, workers: int | None) -> dict[str, float]:
    """`measure` in a fresh Python process, so its peak memory is this run's alone."""
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", str(source),
               "--out", str(out), "--workers", "all" if workers is None else str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"measurement failed ({' '.join(command)}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- The table ---------------------------------------------------------------------------------

COLUMNS = (("size", 7), ("format", 6), ("workers", 7), ("articles", 8), ("claims", 8), ("problems", 8),
           ("seconds", 8), ("articles/s", 10), ("MB/s", 6), ("file MB/s", 9), ("peak MB", 8), ("worker MB", 9))


def table_line(cells: list[str]) -> str:
    return "  ".join(f"{cell:>{width}}" for cell, (_, width) in zip(cells, COLUMNS))


def table_row(size: int, kind: str, workers: str, figures: dict[str, float], file_megabytes: float) -> str:
    worker_peak = f"{figures['worker_peak_mb']:,.0f}" if figures["worker_peak_mb"] else "-"
    return table_line([f"{size:,}", kind, workers, f"{figures['articles']:,}", f"{figures['claims']:,}",
                       f"{figures['problems']:,}", f"{figures['seconds']:.2f}",
                       f"{figures['articles_per_second']:,.0f}", f"{figures['megabytes_per_second']:.2f}",
                       f"{file_megabytes / figures['seconds']:.2f}" if figures["seconds"] else "-",
                       f"{figures['peak_mb']:,.0f}", worker_peak])


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_all(corpus: Corpus, outputs: Path) -> dict[str, dict[str, float]]:
    """Every measurement, each row printed as soon as it is done; the figures by name."""
    every = f"all ({cores()})"
    plan = (
        ("text small", corpus.small, "small", "text", 1),
        ("text", corpus.text, "text", "text", 1),
        ("text all", corpus.text, "text", "text", None),
        ("html", corpus.html, "html", "html", 1),
        ("html all", corpus.html, "html", "html", None),
        ("jsonl", corpus.jsonl, "jsonl", "jsonl", 1),
    )
    print(table_line([name for name, _ in COLUMNS]))
    print(table_line(["-" * width for _, width in COLUMNS]), flush=True)
    results = {}
    for name, source, part, kind, workers in plan:
        figures = measure_in_child(source, outputs / f"{name.replace(' ', '-')}.parquet", workers)
        results[name] = figures
        print(table_row(corpus.counts[part], kind, every if workers is None else str(workers), figures,
                        corpus.megabytes[part]), flush=True)
    return results


def print_targets(results: dict[str, dict[str, float]], articles: int, small: int) -> None:
    rate = results["text"]["articles_per_second"]
    ratio = results["text"]["peak_mb"] / results["text small"]["peak_mb"]
    print(f"one core, text: {rate:,.0f} articles/s (target ≥ {TARGET_RATE:,})"
          f"{'' if rate >= TARGET_RATE else '  -- below target'}")
    print(f"peak memory {articles:,} vs {small:,}: {ratio:.2f}× (target ≤ {TARGET_MEMORY_RATIO}×)"
          f"{'' if ratio <= TARGET_MEMORY_RATIO else '  -- above target'}")


# --- Command line ------------------------------------------------------------------------------

def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=ARTICLES, help="text articles (default %(default)s)")
    parser.add_argument("--small", type=int, default=SMALL, help="the smaller text corpus (default %(default)s)")
    parser.add_argument("--html", type=int, default=HTML_PAGES, help="web pages (default %(default)s)")
    parser.add_argument("--quick", action="store_true",
                        help=f"a fast look: {QUICK[0]:,} articles, {QUICK[1]:,} small, {QUICK[2]:,} pages")
    parser.add_argument("--keep", action="store_true", help="keep (and print) the temporary folder")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", default="1", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.small, args.html = QUICK
    if not 0 < args.small < args.articles or args.html < 1:
        parser.error("need 0 < --small < --articles and --html ≥ 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.measure:
        workers = None if args.workers == "all" else int(args.workers)
        print(json.dumps(measure(args.measure, args.out, workers)))
        return 0
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="warclaims-extract-bench-"))
    try:
        corpus = build_corpus(root / "corpus", args.articles, args.small, args.html)
        with_digits, total = sentence_numbers(seed_sentences())
        print(f"corpus: {args.articles:,} text articles ({corpus.megabytes['text']:.1f} MB, "
              f"{corpus.megabytes['text'] / args.articles * 1000:.1f} KB each), {args.html:,} web pages "
              f"({corpus.megabytes['html']:.1f} MB), one .jsonl of the text articles "
              f"({corpus.megabytes['jsonl']:.1f} MB); {total} seed sentences, {with_digits} with digits; "
              f"random seed {RANDOM_SEED}; built in {time.perf_counter() - started:.1f} s"
              + (f" in {root}" if args.keep else ""))
        print("MB/s counts the article text read (for web pages, the text extracted); file MB/s the files "
              "on disk.  Peak MB: the measuring process; worker MB: the largest pool worker.\n", flush=True)
        (root / "out").mkdir()
        results = run_all(corpus, root / "out")
        print()
        print_targets(results, args.articles, args.small)
        print(f"(imports alone: {results['text small']['import_mb']:,.0f} MB; "
              f"whole benchmark {time.perf_counter() - started:.0f} s)")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
