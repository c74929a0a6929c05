"""Short English texts with and without the meaning layer, in one run.

Usage:
    python bench/short_text_speed.py [--rounds 3]

Every sentence of the project's own English gold articles becomes a text of
its own (the "comment" genre, where the English pack asks for meaning
features).  Rounds alternate between the shipped path and the same path with
the meaning features switched off, and print texts per second for each and
their ratio; then the time the sentence encoder takes to load and the
process's peak memory before and after loading it.  No Django needed.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims.extraction import extract_claims, meaning, split_sentences  # noqa: E402


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "bench" / "gold").glob("*.en.txt")):
        body = path.read_text(encoding="utf-8")
        texts += [body[s:e] for s, e in split_sentences(body, "en")[1:]]  # not the headline
    return texts


def _rate(texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        extract_claims(text, "en", has_title_line=False)
    return len(texts) / (time.perf_counter() - started)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    texts = _texts()
    shipped = meaning.applies
    meaning.applies = lambda pk, genre: False
    _rate(texts[:20])  # tokenizer and tagger models, not yet the encoder
    meaning.applies = shipped
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    meaning._load()
    load = time.perf_counter() - started
    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with_layer, without = [], []
    for _ in range(args.rounds):
        with_layer.append(_rate(texts))
        meaning.applies = lambda pk, genre: False
        without.append(_rate(texts))
        meaning.applies = shipped
    mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
    print(f"{len(texts)} short English texts, {args.rounds} alternating rounds")
    print("with the meaning layer:    " + ", ".join(f"{r:.0f}" for r in with_layer) + " texts/s")
    print("without it:                " + ", ".join(f"{r:.0f}" for r in without) + " texts/s")
    print(f"ratio of the means: {mean(with_layer) / mean(without):.2f}")
    print(
        f"encoder load: {load:.2f} s; peak memory {peak_before:.0f} MB before it, "
        f"{peak_after:.0f} MB after"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
