"""Benchmark claim extraction against hand-labelled gold files.

Usage:
    python bench/extraction.py [GOLD_FILES...]

Without arguments every ``bench/gold/*.gold.json`` is used, plus any
``seed/*.gold.json`` in the project root that is not already covered.
Prints precision, recall and F1 of check-worthy sentences, sentence offset
exactness and claimant accuracy per article and overall.  No Django needed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims.extraction.evaluation import ArticleResult, evaluate_file  # noqa: E402


def default_gold_files() -> list[Path]:
    files = sorted((ROOT / "bench" / "gold").glob("*.gold.json"))
    names = {f.name for f in files}
    for extra in sorted((ROOT / "seed").glob("*.gold.json")):
        if extra.name not in names:
            files.append(extra)
    return files


def _row(name: str, r: ArticleResult) -> str:
    claimant = f"{r.claimant_accuracy:.2f} ({r.claimants_correct}/{r.claimants_total})"
    return (
        f"{name:<32} {r.language:<4} {r.precision:>5.2f} {r.recall:>5.2f} {r.f1:>5.2f}"
        f"  {r.tp:>3} {r.fp:>3} {r.fn:>3}  {r.offset_exactness:>6.2f}  {claimant}"
    )


def run(paths: list[Path]) -> ArticleResult:
    header = (
        f"{'article':<32} {'lang':<4} {'P':>5} {'R':>5} {'F1':>5}"
        f"  {'TP':>3} {'FP':>3} {'FN':>3}  {'offsets':>6}  claimant accuracy"
    )
    print(header)
    print("-" * len(header))
    total = ArticleResult("overall", "-")
    for path in paths:
        result = evaluate_file(path)
        total.add(result)
        print(_row(result.name, result))
    print("-" * len(header))
    print(_row("overall (micro)", total))
    return total


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or default_gold_files()
    if not paths:
        print("No gold files found.")
        return 0
    started = time.perf_counter()
    run(paths)
    print(f"\n{len(paths)} article(s) in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
