"""Every exported chart reads on its own: a title, axis labels with units, a source line and a
legend or direct labels — checked in the SVGs of figures/ as a reader's tools would see them.

The house style writes SVG text as paths (svg.fonttype "path", so the files do not depend on
installed fonts); matplotlib then keeps each text as an XML comment in its <g id="text_N">
group, which is what is read here (real <text> elements are read too, should the style change).
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from warclaims.pipeline import ROOT

FIGURES = ROOT / "figures"
SVGS = sorted(FIGURES.glob("*.svg"))

# Per chart: the title, the x and y axis labels (with their unit), and the legend or direct
# labels that must be there.  A new chart needs a row here.
EXPECTED = {
    "drift": {
        "title": "How figures changed as outlets passed them on",
        "x": "date: the first appearance when the figure was said", "y": "figure as first seen",
        "legend": ["Each row: one figure's path", "Hedge (circle, upper lane)"],
    },
    "claims_by_metric_and_outlet": {
        "title": "Numeric claims per metric and outlet",
        "x": "number of claims extracted", "y": "metric",
        "legend": ["Outlet"],
    },
    "troops_over_time": {
        "title": "troops deployed: figures as reported",
        "x": "publication date of the article", "y": "soldiers (reported)",
        "legend": ["Outlet (colour)", "How the figure is hedged", "Label beside each mark"],
    },
    "casualties_over_time": {
        "title": "casualties: figures as reported",
        "x": "publication date of the article", "y": "people killed (reported)",
        "legend": ["Outlet (colour)", "How the figure is hedged", "Label beside each mark"],
    },
    "troops_contested_range": {
        "title": "troops deployed: how the figures shifted",
        "x": "publication date of the article", "y": "soldiers deployed (reported)",
        "legend": ["Outlet (colour of the dot)", "Report (one article)", "Lines and band"],
    },
    "casualties_contested_range": {
        "title": "how the figures shifted",
        "x": "publication date of the article", "y": "people killed (reported)",
        "legend": ["Outlet (colour of the dot)", "Report (one article)", "Lines and band"],
    },
    "echo": {
        "title": "The echo of each figure",
        "x": "publication date of the article", "y": "figure (who said it · what · how much)",
        "legend": ["Outlet (colour)", "Marks"],
    },
    "outlet_claimant_matrix": {
        "title": "Who each outlet quoted: claims per outlet and claimant",
        "x": "who made the claim", "y": "outlet",
        "legend": ["claims"],          # the colour bar's label; every cell carries its count
    },
}


def _tree(path: Path) -> ET.Element:
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    return ET.parse(path, parser=parser).getroot()


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _texts(element: ET.Element) -> list[str]:
    """The text of every matplotlib text under element: its comment, or a <text>'s content."""
    found = []
    for node in element.iter():
        if node.tag is ET.Comment:
            found.append(html.unescape(node.text or "").strip())
        elif _local(node.tag) == "text":
            found.append("".join(node.itertext()).strip())
    return [t for t in found if t]


def _groups(root: ET.Element, prefix: str) -> list[ET.Element]:
    return [g for g in root.iter() if _local(g.tag) == "g" and g.get("id", "").startswith(prefix)]


def _joined(texts: list[str]) -> str:
    """Texts joined with spaces, so a title or label wrapped over two lines reads as one."""
    return re.sub(r"\s+", " ", " ".join(texts))


def _axis_labels(root: ET.Element) -> list[str]:
    """Each axis's label: the text groups of a matplotlib.axis group outside its ticks."""
    labels = []
    for axis in _groups(root, "matplotlib.axis"):
        own = [child for child in axis if _local(child.tag) == "g"
               and child.get("id", "").startswith("text_")]
        labels.append(_joined([t for child in own for t in _texts(child)]))
    return labels


def test_every_chart_is_exported_as_svg_and_listed_here() -> None:
    assert SVGS, "no figures/*.svg: run `make`"
    assert sorted(p.stem for p in SVGS) == sorted(EXPECTED)
    for path in SVGS:
        assert path.with_suffix(".csv").exists(), f"{path.stem}: the plotted numbers"
        assert path.with_suffix(".png").exists() and path.with_suffix(".pdf").exists()


@pytest.mark.parametrize("path", SVGS, ids=[p.stem for p in SVGS])
def test_chart_has_title_axis_labels_source_and_legend(path: Path) -> None:
    root = _tree(path)
    expected = EXPECTED[path.stem]
    everything = _joined(_texts(root))
    labels = _axis_labels(root)

    assert expected["title"] in everything, f"{path.stem}: title"
    assert any(expected["x"] in label for label in labels), f"{path.stem}: x label in {labels}"
    assert any(expected["y"] in label for label in labels), f"{path.stem}: y label in {labels}"

    source = re.search(r"Source: (claims extracted from|lineage of) \d+ \w+ \(outlets: [^)]+\); "
                       r"newest article (\d{4}-\d{2}-\d{2}|unknown)\.", everything)
    assert source, f"{path.stem}: source line"

    legend_texts = _joined([t for g in _groups(root, "legend_") for t in _texts(g)])
    for entry in expected["legend"]:
        assert entry in legend_texts or any(entry == label for label in labels), \
            f"{path.stem}: legend or label {entry!r}"


def test_source_line_names_the_outlets_charted() -> None:
    """The source line is not boilerplate: every outlet it names is drawn in the chart."""
    for path in SVGS:
        everything = _joined(_texts(_tree(path)))
        outlets = re.search(r"\(outlets: ([^)]+)\)", everything).group(1).split(", ")
        for outlet in outlets:
            assert everything.count(outlet) >= 2, f"{path.stem}: {outlet}"
