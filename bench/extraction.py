"""Benchmark claim extraction against hand-labelled gold files.

Usage:
    python bench/extraction.py [GOLD_FILES...]
    python bench/extraction.py --comments GOLD_FILES...
    python bench/extraction.py --alone GOLD_FILES...

Without arguments every ``bench/gold/*.gold.json`` is used, plus any
``seed/*.gold.json`` in the project root that is not already covered.
Prints precision, recall and F1 of check-worthy sentences, sentence offset
exactness, claimant accuracy and false attributions (found check-worthy
sentences whose gold names no claimant but which got one) per article and
overall.  No Django needed.

With ``--comments`` each line after the title of a comment thread ("Name: text")
is scored on its own, without the name, the way the public comment sets are
scored: a comment counts as found when any of its sentences is proposed, and it
is check-worthy when any of its gold sentences is.

With ``--alone`` every labelled sentence after the headline is pasted as a text
of its own, the way an API client or a chat sends one sentence: it counts as
found when anything in it is proposed.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims.extraction import extract_claims  # noqa: E402
from claims.extraction.evaluation import ArticleResult, evaluate_file, load_gold  # noqa: E402

_SENDER = re.compile(r"^[^:\n]{1,60}:\s+")


def default_gold_files() -> list[Path]:
    files = sorted((ROOT / "bench" / "gold").glob("*.gold.json"))
    names = {f.name for f in files}
    for extra in sorted((ROOT / "seed").glob("*.gold.json")):
        if extra.name not in names:
            files.append(extra)
    return files


def _row(name: str, r: ArticleResult, claimants: bool = True) -> str:
    detection = (
        f"{name:<32} {r.language:<4} {r.precision:>5.2f} {r.recall:>5.2f} {r.f1:>5.2f}"
        f"  {r.tp:>3} {r.fp:>3} {r.fn:>3}"
    )
    if not claimants:
        return detection
    claimant = f"{r.claimant_accuracy:.2f} ({r.claimants_correct}/{r.claimants_total})"
    false = f"{r.false_attribution_share:.2f} ({r.false_attributions}/{r.unattributed_total})"
    return f"{detection}  {r.offset_exactness:>6.2f}  {claimant:<17}  {false}"


def run(paths: list[Path]) -> ArticleResult:
    header = (
        f"{'article':<32} {'lang':<4} {'P':>5} {'R':>5} {'F1':>5}"
        f"  {'TP':>3} {'FP':>3} {'FN':>3}  {'offsets':>6}  {'claimant accuracy':<17}"
        "  false attributions"
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


def comment_result(path: Path) -> ArticleResult:
    """Comment-level figures of one thread: each line scored as its own text."""
    gold, body = load_gold(path)
    result = ArticleResult(path.name.replace(".gold.json", ""), gold.get("language", "-"))
    offset = 0
    for number, line in enumerate(body.split("\n")):
        start, offset = offset, offset + len(line) + 1
        labels = [
            s.get("checkworthy")
            for s in gold["sentences"]
            if start <= s["start"] < start + len(line)
        ]
        if number == 0 or not line.strip() or all(label is None for label in labels):
            continue
        sender = _SENDER.match(line)
        text = line[sender.end() :] if sender else line
        found = bool(extract_claims(text, result.language, has_title_line=False).candidates)
        worthy = any(labels)
        result.tp += found and worthy
        result.fp += found and not worthy
        result.fn += worthy and not found
    return result


def alone_result(path: Path) -> ArticleResult:
    """Sentence-level figures of one article, each sentence scored as its own text."""
    gold, body = load_gold(path)
    result = ArticleResult(path.name.replace(".gold.json", ""), gold.get("language", "-"))
    for sentence in gold["sentences"][1:]:  # the headline is no pasted sentence
        worthy = sentence.get("checkworthy")
        if worthy is None:
            continue
        text = body[sentence["start"] : sentence["end"]]
        found = bool(extract_claims(text, result.language, has_title_line=False).candidates)
        result.tp += found and worthy
        result.fp += found and not worthy
        result.fn += worthy and not found
    return result


def run_comments(paths: list[Path], score=comment_result) -> ArticleResult:
    print(f"{'text':<32} {'lang':<4} {'P':>5} {'R':>5} {'F1':>5}  {'TP':>3} {'FP':>3} {'FN':>3}")
    totals: dict[str, ArticleResult] = {}
    for path in paths:
        result = score(path)
        totals.setdefault(result.language, ArticleResult("overall", result.language)).add(result)
        print(_row(result.name, result, claimants=False))
    for language, total in sorted(totals.items()):
        print(_row(f"overall {language} (micro)", total, claimants=False))
    return total


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, metavar="GOLD_FILE")
    how = parser.add_mutually_exclusive_group()
    how.add_argument(
        "--comments", action="store_true", help="score each line of a thread on its own"
    )
    how.add_argument(
        "--alone", action="store_true", help="score each labelled sentence as a text of its own"
    )
    args = parser.parse_args(argv)
    paths = args.files or default_gold_files()
    missing = [p for p in paths if not p.is_file()]
    if missing:
        parser.error(f"no such gold file: {missing[0]}")
    if args.comments or args.alone:
        run_comments(paths, comment_result if args.comments else alone_result)
        return 0
    if not paths:
        print("No gold files found.")
        return 0
    started = time.perf_counter()
    run(paths)
    print(f"\n{len(paths)} article(s) in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
