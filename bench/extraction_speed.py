"""Time claim extraction on the gold articles and on a ~1 MB synthetic article.

Usage:
    python bench/extraction_speed.py [--size-mb 1.0] [--repeat 3]

Prints milliseconds per article and sentences per second for every
``bench/gold/*.txt`` and for one synthetic article made by concatenating the
gold bodies until it reaches ``--size-mb``; then the peak memory of one
extraction of the synthetic article (``tracemalloc``, measured in a separate
run because tracing slows everything down), and the time of sentence
splitting alone, to show how much of it SoMaJo takes.  No Django needed.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims.extraction import extract_claims, split_sentences  # noqa: E402

GOLD = ROOT / "bench" / "gold"


def _language(path: Path) -> str:
    return path.name.split(".")[-2]


def _best_of(repeat: int, body: str, language: str) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        count = len(extract_claims(body, language).sentences)
        times.append(time.perf_counter() - started)
    return min(times), count


def synthetic_body(size_mb: float) -> str:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    parts: list[str] = []
    size = 0
    while size < size_mb * 1_000_000:
        for body in bodies:
            parts.append(body)
            size += len(body.encode("utf-8")) + 1
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    extract_claims("Warm-up. Der Tokenizer wird geladen.", "de")
    extract_claims("Warm-up. The tokenizer is loaded.", "en")

    print(f"{'article':<28} {'kB':>7} {'sentences':>9} {'ms':>9} {'sent/s':>8}")
    for path in sorted(GOLD.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        seconds, count = _best_of(args.repeat, body, _language(path))
        print(
            f"{path.stem:<28} {len(body.encode()) / 1000:>7.1f} {count:>9} "
            f"{seconds * 1000:>9.1f} {count / seconds:>8.0f}"
        )

    body = synthetic_body(args.size_mb)
    seconds, count = _best_of(1, body, "de")
    print(
        f"{'synthetic (all gold bodies)':<28} {len(body.encode()) / 1000:>7.1f} {count:>9} "
        f"{seconds * 1000:>9.1f} {count / seconds:>8.0f}"
    )

    started = time.perf_counter()
    spans = split_sentences(body, "de")
    split_seconds = time.perf_counter() - started
    print(
        f"\nsentence splitting alone (SoMaJo), synthetic article: {split_seconds * 1000:.0f} ms "
        f"for {len(spans)} sentences, {split_seconds / seconds:.0%} of the extraction time"
    )

    tracemalloc.start()
    extract_claims(body, "de")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory (tracemalloc), synthetic article: {peak / 1_000_000:.1f} MB")
    print(f"Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
