"""Time the extractor on adversarial strings at several sizes (see tests/test_linear_time.py).

    .venv/bin/python benchmarks/adversarial_speed.py [--sizes 1000,4000,16000] [--limit 20]

Prints seconds per string and size, and the ratio between consecutive sizes (≈4 when linear
for a 4x step).  A string is not timed at larger sizes once one run passes --limit seconds.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_linear_time import ADVERSARIAL  # noqa: E402

from warclaims.extract import claims_from_text  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000,16000")
    parser.add_argument("--limit", type=float, default=20.0)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    strings = {name: make for name, (make, _) in ADVERSARIAL.items()}
    width = max(map(len, strings)) + 2
    print(f"{'string':{width}s}" + "".join(f"{n:>12,}" for n in sizes) + "   ratios")
    claims_from_text("warm up 1,000 soldiers were killed.", "2025-04-28")
    for name, make in strings.items():
        times: list[float] = []
        for n in sizes:
            if times and times[-1] > args.limit:
                break
            text = make(n)
            started = time.perf_counter()
            claims_from_text(text, "2025-04-28")
            times.append(time.perf_counter() - started)
        cells = "".join(f"{t:>11.3f}s" for t in times) + " " * 12 * (len(sizes) - len(times))
        ratios = " ".join(f"{b / max(a, 1e-4):.1f}x" for a, b in zip(times, times[1:]))
        print(f"{name:{width}s}{cells}   {ratios}", flush=True)


if __name__ == "__main__":
    main()
