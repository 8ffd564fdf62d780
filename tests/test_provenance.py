"""warclaims.provenance: canonical claimants, copy families, independent reports, lineage,
superseded figures and discrepancies — on the seeds, and on small made-up corpora (one per rule).

The made-up articles are run through the same reader and extractor as real ones
(`read_corpus`), with a manifest naming their outlet, wire and date, so each test checks the
rule as an analyst meets it in data/claims_provenance.csv.
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from warclaims.analysis import discrepancies
from warclaims.pipeline import build_tables, read_corpus
from warclaims.provenance import (
    copy_families, read_claimants, resolve_claimant, unmatched_claimants, with_provenance,
    _alias_index,
)

ROOT = Path(__file__).resolve().parent.parent
CLAIMANTS = ROOT / "data" / "claimants.csv"
TRT, AA, MOSCOW_TIMES = "000_e71f8adc84992862", "001_6029dff90c6fc784", "002_3f52c08f8a7c2341"


# --- the seeds ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of seeds/, the manifest and claimants.csv, with the tables built in it."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / "data").mkdir()
    for name in ("articles.csv", "claimants.csv"):
        shutil.copy(ROOT / "data" / name, root / "data" / name)
    build_tables(root)
    return root


def seed_table(root: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(root / "data" / f"{name}.csv", dtype="string", keep_default_na=False)


def test_seeds_the_two_afp_articles_form_one_copy_family_with_origin_afp(seeds: Path) -> None:
    families = seed_table(seeds, "copy_families")
    assert sorted(families["article_id"]) == [TRT, MOSCOW_TIMES]
    assert families["family"].nunique() == 1
    assert set(families["origin"]) == {"AFP"}
    provenance = seed_table(seeds, "claims_provenance")
    others = provenance[~provenance["article_id"].isin([TRT, MOSCOW_TIMES])]
    assert len(others) and (others["family"] == "").all()


def test_seeds_around_600_on_3_september_is_flagged_against_some_2000(seeds: Path) -> None:
    provenance = seed_table(seeds, "claims_provenance")
    old = provenance[(provenance["article_id"] == TRT) & (provenance["metric"] == "killed")]
    new = provenance[(provenance["article_id"] == AA) & (provenance["metric"] == "killed")]
    assert list(old["value"]) == ["600"] and list(new["value"]) == ["2000"]
    assert list(old["published"]) == list(new["published"]) == ["2025-09-03"]
    pairs = seed_table(seeds, "discrepancies")
    flagged = pairs[(pairs["claim_id_a"] == old["claim_id"].iloc[0])
                    & (pairs["claim_id_b"] == new["claim_id"].iloc[0])]
    assert len(flagged) == 1 or old["superseded"].iloc[0] == "True"
    assert list(flagged["label"]) == ["same day: about 600 vs about 2,000 killed"]


@pytest.mark.parametrize("claimant", ["Seoul", "South Korea", "South Korea's intelligence agency"])
def test_seeds_claimants_resolve_as_claimants_csv_says(claimant: str) -> None:
    with CLAIMANTS.open(newline="", encoding="utf-8") as handle:
        written = {row["alias"]: row for row in csv.DictReader(handle)}
    claimants, problems = read_claimants(CLAIMANTS)
    match = resolve_claimant(claimant, _alias_index(claimants))
    assert problems == []
    assert match is not None
    expected = written[claimant]
    assert (match["canonical"], match["country"], match["kind"]) == (
        expected["canonical"], expected["country"], expected["kind"])


# --- made-up corpora (every article below is made up for the test) ---------------------------

def corpus(tmp_path: Path, articles: dict[str, tuple[str, str, str, str]]):
    """Write made-up articles {id: (outlet, wire, date, text)} with a manifest; read them as a
    refresh does.  Returns (articles, claims, provenance)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    manifest = tmp_path / "articles.csv"
    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["article_id", "outlet", "wire", "published", "url", "note"])
        for article_id, (outlet, wire, published, text) in articles.items():
            (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")
            writer.writerow([article_id, outlet, wire, published, "", "made up for a test"])
    read = read_corpus(folder, manifest, tmp_path)
    claims = read.claims()
    claimants, _ = read_claimants(CLAIMANTS)
    provenance = with_provenance(claims, read.articles, claimants) if len(claims) else None
    return read.articles, claims, provenance


WIRE_STORY = (
    "North Korean troops have been sent to the front line in Russia's Kursk region, where they "
    "are fighting alongside Russian units against Ukrainian forces that crossed the border last "
    "summer. The soldiers arrived by train in several groups over the autumn and were given "
    "Russian uniforms and weapons before being deployed to the villages south of the regional "
    "capital. Military analysts in Seoul and Kyiv say the deployment has given Moscow fresh "
    "manpower at a time when its own recruitment has slowed, while Pyongyang gains combat "
    "experience and, possibly, access to Russian military technology that it could not buy "
    "elsewhere. Neither Moscow nor Pyongyang has confirmed the number of soldiers involved."
)
OTHER_STORY = (
    "Ukraine's President said on Tuesday that his army was holding its positions in the east "
    "despite heavy shelling overnight. Officials in the region reported damage to power lines "
    "and a school, and said repairs would begin once the shelling stopped. Aid groups asked "
    "for safe passage for convoys carrying food and medicine to towns near the front."
)


def test_made_up_copy_with_one_word_changed_is_still_a_copy(tmp_path: Path) -> None:
    changed = WIRE_STORY.replace("several groups", "many groups")
    assert changed != WIRE_STORY
    articles, _, _ = corpus(tmp_path, {
        "a_wire": ("Daily Courier", "AFP", "2025-03-10", f"Troops at the front\n\n{WIRE_STORY}\n"),
        "b_copy": ("Evening Post", "", "2025-03-11", f"Pyongyang's soldiers in Kursk\n\n{changed}\n"),
        "c_other": ("Morning Star", "", "2025-03-11", f"Holding the line\n\n{OTHER_STORY}\n"),
    })
    families = copy_families(articles)
    assert sorted(families["article_id"]) == ["a_wire", "b_copy"]
    assert families["family"].nunique() == 1
    assert set(families["origin"]) == {"AFP"}


SPEECH = (
    "“We will not allow our soldiers to be counted like cattle by foreign spies, and we will "
    "answer every lie about our army with the truth of our victories on the battlefield, which "
    "the whole world will soon see with its own eyes and remember for a very long time,”"
)


def test_made_up_articles_quoting_the_same_speech_are_not_copies(tmp_path: Path) -> None:
    articles, _, _ = corpus(tmp_path, {
        "a_speech": ("Daily Courier", "", "2025-03-10",
                     f"A defiant speech\n\nThe North Korean leader spoke to officers on Monday. {SPEECH} "
                     "he said, in remarks carried by state television late in the evening.\n"),
        "b_speech": ("Evening Post", "", "2025-03-11",
                     f"Kim answers critics\n\nIn a rare public comment on the war, Kim Jong Un told a "
                     f"military gathering: {SPEECH} State media did not say where the meeting took place.\n"),
        "c_other": ("Morning Star", "", "2025-03-11", f"Holding the line\n\n{OTHER_STORY}\n"),
    })
    assert copy_families(articles).empty


def test_made_up_same_figure_reported_independently_twice_is_two_independent_reports(tmp_path: Path) -> None:
    paragraph = ("Ukraine's General Staff said on Monday that about 1,500 Russian soldiers had been "
                 f"killed in the past day of fighting along the eastern front. {WIRE_STORY}")
    _, _, provenance = corpus(tmp_path, {
        "a_wire": ("Daily Courier", "Reuters", "2025-03-10", f"Russian losses\n\n{paragraph}\n"),
        "b_copy": ("Evening Post", "", "2025-03-10", f"Heavy Russian losses\n\n{paragraph}\n"),
        "c_own": ("Morning Star", "", "2025-03-11",
                  "Kyiv counts the cost\n\nAbout 1,500 Russian soldiers were killed in a single "
                  "day, Ukraine's General Staff said, in one of the bloodiest days of the year.\n"),
    })
    killed = provenance[provenance["metric"] == "killed"]
    assert sorted(killed["article_id"]) == ["a_wire", "b_copy", "c_own"]
    assert set(killed["value"]) == {1500}
    assert set(killed["independent_reports"]) == {2}   # the two copies count once


def test_made_up_bounds_that_agree_are_not_a_discrepancy(tmp_path: Path) -> None:
    _, claims, _ = corpus(tmp_path, {
        "a_more": ("Daily Courier", "", "2025-03-10",
                   "Troops in Kursk\n\nSouth Korea's spy agency said more than 10,000 North Korean "
                   "soldiers were sent to Russia.\n"),
        "b_about": ("Evening Post", "", "2025-03-10",
                    "Troops in Kursk\n\nThe NIS said about 11,000 North Korean soldiers were sent "
                    "to Russia.\n"),
        "c_low": ("Morning Star", "", "2025-03-11",
                  "Troops in Kursk\n\nA Ukrainian official said about 3,000 North Korean soldiers "
                  "were sent to Russia.\n"),
    })
    assert set(claims["value"]) == {10000, 11000, 3000}
    pairs = {tuple(sorted((a, b))) for a, b in
             discrepancies(claims)[["article_id_a", "article_id_b"]].itertuples(index=False)}
    assert ("a_more", "b_about") not in pairs
    assert ("a_more", "c_low") in pairs and ("b_about", "c_low") in pairs   # the rule still bites


def test_made_up_newer_figure_from_the_same_claimant_supersedes_an_older_repeat(tmp_path: Path) -> None:
    _, _, provenance = corpus(tmp_path, {
        "a_first": ("Daily Courier", "", "2025-01-02",
                    "Losses in Kursk\n\nAround 600 North Korean soldiers have been killed fighting "
                    "for Russia, Seoul has said.\n"),
        "b_newer": ("Evening Post", "", "2025-01-10",
                    "Losses in Kursk\n\nAccording to South Korea, Pyongyang lost some 2,000 troops "
                    "in the fight against Kiev.\n"),
        "c_repeat": ("Morning Star", "", "2025-01-20",
                     "Losses in Kursk\n\nAround 600 North Korean soldiers have been killed fighting "
                     "for Russia, Seoul has said.\n"),
    })
    killed = provenance[provenance["metric"] == "killed"].set_index("article_id")
    assert set(killed["claimant_canonical"]) == {"South Korean government"}
    assert killed.loc["c_repeat", "superseded"]
    assert killed.loc["c_repeat", "first_seen"] == "2025-01-02"
    assert not killed.loc["a_first", "superseded"] and not killed.loc["b_newer", "superseded"]


def test_made_up_unmatched_claimant_is_listed(tmp_path: Path) -> None:
    _, claims, _ = corpus(tmp_path, {
        "a_known": ("Daily Courier", "", "2025-03-10",
                    "Losses\n\nThe Russian defence ministry said 300 Russian soldiers had been "
                    "killed since the start of the month.\n"),
        "b_unknown": ("Evening Post", "", "2025-03-11",
                      "Prisoners\n\nA spokesman for the Grand Duchy of Fenwick said 400 Ukrainian "
                      "soldiers were captured last week.\n"),
        "c_other": ("Morning Star", "", "2025-03-11", f"Holding the line\n\n{OTHER_STORY}\n"),
    })
    claimants, _ = read_claimants(CLAIMANTS)
    unmatched = unmatched_claimants(claims, claimants)
    assert list(unmatched["claimant"]) == ["A spokesman for the Grand Duchy of Fenwick"]
    assert list(unmatched["claims"]) == [1]


def test_made_up_claimant_is_party_for_ukraine_on_russian_losses_and_russia_on_its_own(tmp_path: Path) -> None:
    _, _, provenance = corpus(tmp_path, {
        "a_ukraine": ("Daily Courier", "", "2025-03-10",
                      "Russian losses\n\nUkraine's General Staff said on Monday that about 1,500 "
                      "Russian soldiers had been killed in the past day of fighting.\n"),
        "b_russia": ("Evening Post", "", "2025-03-12",
                     "Losses\n\nThe Russian defence ministry said 300 Russian soldiers had been "
                     "killed since the start of the month.\n"),
        "c_monitor": ("Morning Star", "", "2025-03-11",
                      "Counting the dead\n\nMediazona, an independent outlet, said more than 90,000 "
                      "Russian soldiers have been killed since the invasion began.\n"),
    })
    party = dict(zip(provenance["article_id"], provenance["claimant_is_party"]))
    assert set(provenance["subject"]) == {"RU"}
    assert party == {"a_ukraine": True, "b_russia": True, "c_monitor": False}
