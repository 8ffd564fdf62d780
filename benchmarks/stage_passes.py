"""One stage of the extractor run over a folder's articles PASSES times, to be counted in
instructions: on a shared machine seconds swing by a fifth from run to run, instructions do not.

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/stage_passes.py FOLDER STAGE --passes 1
    … --passes 2

The second count less the first is one pass of the stage, with its patterns compiled and its
caches as a run leaves them (the amounts' cache of `warclaims.numbers` is emptied before each
pass, as a run over new articles finds it).  STAGE is one of:

- metadata: `articles.article_from_text` on each article (title, date, outlet, wire, body);
- sentences: `extract.sentences.split_sentences` on each article's body;
- amounts: `numbers.find_numbers` on each sentence, as the extractor calls it (cache on);
- parse: the amounts of each sentence worked out, the cache bypassed.

With --seconds the passes are timed instead (CPU seconds of the best pass, per article).
"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from warclaims import articles, numbers  # noqa: E402
from warclaims.extract.sentences import split_sentences  # noqa: E402


def stage(name: str, texts: list[str]) -> Callable[[], object]:
    """The pass of stage `name` over `texts`."""
    segments = [articles.body_segments(text) for text in texts]
    sentences = [s.text for text, parts in zip(texts, segments) for s in split_sentences(text, parts)]
    parse = getattr(numbers, "_amounts_in", None)
    parse = getattr(parse, "__wrapped__", numbers.find_numbers)   # a tree without the cache: find_numbers

    def amounts() -> object:
        if hasattr(numbers, "_amounts_in"):
            numbers._amounts_in.cache_clear()
        return [numbers.find_numbers(sentence) for sentence in sentences]

    passes: dict[str, Callable[[], object]] = {
        "metadata": lambda: [articles.article_from_text(text, file="f", article_id="a") for text in texts],
        "sentences": lambda: [split_sentences(text, parts) for text, parts in zip(texts, segments)],
        "amounts": amounts,
        "parse": lambda: [parse(sentence) for sentence in sentences],
    }
    return passes[name]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("stage", choices=("metadata", "sentences", "amounts", "parse"))
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--articles", type=int, default=500, help="the first N articles (default %(default)s)")
    parser.add_argument("--seconds", action="store_true", help="time the passes instead")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")   # articles' problems are reported as warnings: not this stage's work
    texts = [path.read_text(encoding="utf-8") for path in sorted(args.folder.iterdir())[:args.articles]]
    one_pass = stage(args.stage, texts)
    best = float("inf")
    for _ in range(args.passes):
        articles._folded.cache_clear()
        started = time.process_time()
        one_pass()
        best = min(best, time.process_time() - started)
    if args.seconds:
        print(f"{args.stage}: {best / len(texts) * 1e6:.1f} µs an article (best of {args.passes} passes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
