"""The publishable report (warclaims.report, `make report`): self-contained, complete,
deterministic, and — when Debian's chromium is installed — rendered in a real browser with
every image loaded."""
from __future__ import annotations

import base64
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from warclaims import report
from warclaims.pipeline import ROOT, read_reviewed_claims

SECTION_IDS = ("summary", "stories", "charts", "claims", "disagreements", "articles", "problems", "method")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML report built from the repository's committed data/ and figures/."""
    return report.write_report(ROOT, tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def page(built: Path) -> str:
    return built.read_text(encoding="utf-8")


def test_report_has_every_section(page: str) -> None:
    assert report.SECTIONS == SECTION_IDS
    for ident in SECTION_IDS:
        assert re.search(rf'<section id="{ident}">\s*<h2>', page), ident
    assert "as of the newest article's date" in page
    assert "<script src" not in page and "<link" not in page   # nothing loaded from outside


def test_every_image_is_an_embedded_png(page: str) -> None:
    sources = re.findall(r'<img\b[^>]*\bsrc="([^"]*)"', page)
    charts = sorted(p.stem for p in (ROOT / "figures").glob("*.png"))
    story_charts = sorted((ROOT / "figures").glob("*/contested_range.png"))
    assert len(sources) == len(charts) + len(story_charts) and len(charts) >= 5
    for source in sources:
        assert source.startswith("data:image/png;base64,"), source[:60]
        assert base64.b64decode(source.split(",", 1)[1], validate=True).startswith(PNG_MAGIC)
    for name in charts:
        assert f'id="chart-{name}"' in page


def test_claims_table_lists_every_charted_claim_with_its_marked_sentence(page: str) -> None:
    claims_section = page.split('<section id="claims">', 1)[1].split("</section>", 1)[0]
    charted = read_reviewed_claims(ROOT / "data" / "claims_reviewed.csv")
    assert len(charted) > 0
    rows = re.findall(r'<tr data-claim-id="([^"]+)">(.*?)</tr>', claims_section, flags=re.S)
    assert sorted(ident for ident, _ in rows) == sorted(charted["claim_id"])
    by_id = dict(rows)
    for claim in charted.to_dict("records"):
        marked = re.findall(r"<mark>(.*?)</mark>", by_id[claim["claim_id"]])
        assert marked == [html.escape(claim["number_text"])], claim["claim_id"]


def test_two_builds_give_the_same_bytes(built: Path, tmp_path: Path) -> None:
    again = report.write_report(ROOT, tmp_path)
    assert again.read_bytes() == built.read_bytes()


def test_report_does_not_load_matplotlib() -> None:
    code = "import sys, warclaims.report; assert 'matplotlib' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                   timeout=60)


def test_pdf_is_skipped_with_a_message_without_chromium(built: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert report.write_pdf(built, tmp_path / "r.pdf", chromium=tmp_path / "no-chromium") is None
    assert "skipping the PDF" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_limitations_come_from_the_readme(page: str) -> None:
    method = page.split('<section id="method">', 1)[1]
    assert "<h3>Limits</h3>" in method and method.count("<li>") >= 5


# --- in a browser -------------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(
    not report.CHROMIUM.exists(),
    reason=f"{report.CHROMIUM} not found (Debian's `chromium` package; .ci/run installs it when root)")


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = report.chromium_command(report.CHROMIUM, tmp_path / "profile", *args)
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)


@needs_chromium
def test_report_renders_in_chromium_with_every_image_loaded(built: Path, page: str,
                                                             tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    _chromium(tmp_path, "--hide-scrollbars", f"--screenshot={shot}", "--window-size=1280,4000",
              built.as_uri())
    assert shot.read_bytes().startswith(PNG_MAGIC)
    assert shot.stat().st_size > 10_000

    dom = _chromium(tmp_path, "--dump-dom", built.as_uri()).stdout
    body = re.search(r"<body\b[^>]*>", dom)
    assert body, dom[:500]
    images = len(re.findall(r"<img\b", page))
    assert f'data-images="{images}"' in body.group(0), body.group(0)
    assert 'data-broken-images="0"' in body.group(0), body.group(0)
    for ident in SECTION_IDS:
        assert f'id="{ident}"' in dom, ident


@needs_chromium
def test_pdf_is_printed_and_repeatable(built: Path, tmp_path: Path) -> None:
    first = report.write_pdf(built, tmp_path / "a.pdf", as_of="2025-09-03")
    second = report.write_pdf(built, tmp_path / "b.pdf", as_of="2025-09-03")
    assert first is not None and second is not None
    data = first.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000
    assert b"D:20250903000000" in data
    assert data == second.read_bytes()


def test_a_table_inside_a_limitation_is_an_html_table(tmp_path):
    from warclaims.report import readme_limitations
    readme = tmp_path / "README.md"
    readme.write_text("## Limitations\n\n- **Accuracy** measured:\n\n  | set | F1 |\n  | --- | --- |\n"
                      "  | seeds | 1.000 |\n\n## Next\n", encoding="utf-8")
    html = readme_limitations(readme)
    assert "<table><thead><tr><th>set</th><th>F1</th></tr></thead><tbody><tr><td>seeds</td><td>1.000</td></tr>" in html
    assert "---" not in html


def test_the_report_opens_with_the_stories_each_with_its_chart_disagreements_and_claims(page: str) -> None:
    assert page.index('<section id="stories">') < page.index('<section id="charts">')
    for slug in ("kp-deployed", "kp-losses"):   # the seeds' two stories
        story = page[page.index(f'<section class="story" id="story-{slug}">'):]
        story = story[:story.index("</section>")]
        assert "data:image/png;base64," in story and "Where outlets disagreed" in story
        assert "claims with their evidence</summary>" in story


def test_the_claims_table_says_when_a_figure_was_said_to_its_precision():
    from warclaims.report import _said_on
    assert _said_on({"claimed_on": "2023-02-01", "claimed_on_precision": "month"}) == "2023-02 (month)"
    assert _said_on({"claimed_on": "2022-08-08", "claimed_on_precision": "day"}) == "2022-08-08"
    assert _said_on({"claimed_on": "", "claimed_on_precision": ""}) == ""
