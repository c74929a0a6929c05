"""Importing a 0.2 MB article against bare SoMaJo on the same text, and its peak memory.

    python bench/import_vs_somajo.py [--size-mb 0.2] [--repeat 3] [--languages de en]

One child process per language (so its peak memory is that of one import), each on a
fresh migrated test database (SQLite in memory unless DATABASE_URL names another; a
PostgreSQL URL gets a `test_` database that is dropped afterwards). The article is the
synthetic one of bench/extraction_speed.py, made of the gold bodies of that language
only. In each round, one after the other:

- bare SoMaJo: the tokenizer the extractor uses, same model and options, one
  `tokenize_text` call per non-empty line (as the extractor calls it), every token read;
- the full import: `claims.importing.import_article` (what `manage.py import_article`
  and the API call), inside a transaction that is rolled back, so each round imports
  into the same clean desk;
- extraction alone: `extract_claims(body, language)`, the import's text part.

Round 1 is the first import in the process (word forms not yet in the tagger's cache);
the ratios use the median of all rounds, and round 1 is shown on its own. Peak memory is
the child's maximum resident set size (`ru_maxrss`), everything loaded included.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"


class Rollback(Exception):
    pass


def synthetic_body(size_mb: float, language: str) -> str:
    """The gold bodies of one language, concatenated until the article has `size_mb`."""
    bodies = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob(f"*.{language}.txt"))]
    parts: list[str] = []
    size = 0
    while size < size_mb * 1_000_000:
        for body in bodies:
            parts.append(body)
            size += len(body.encode("utf-8")) + 1
    return "\n".join(parts)


def child(language: str, size_mb: float, repeat: int) -> dict:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench")
    os.environ.setdefault("FACTCHECK_PUBLIC_URL", "https://factcheck.example.org")
    os.environ.setdefault("DATABASE_POOL", "false")
    import django

    django.setup()
    from django.db import connection, transaction
    from django.test.utils import setup_test_environment

    from claims.extraction import extract_claims
    from claims.extraction.sentences import _tokenizer, line_spans
    from claims.importing import import_article

    setup_test_environment()
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    body = synthetic_body(size_mb, language)
    tokenizer = _tokenizer(language)
    lines = [body[s:e] for s, e in line_spans(body) if body[s:e].strip()]

    def bare() -> int:
        tokens = 0
        for line in lines:
            for sentence in tokenizer.tokenize_text([line]):
                tokens += len(sentence)
        return tokens

    def imported() -> int:
        try:
            with transaction.atomic():
                result = import_article(None, body=body, title=None, language=language)
                raise Rollback(len(result.claims))
        except Rollback as done:
            return done.args[0]

    # Models loaded before any clock starts: SoMaJo, the tagger, the weights.
    extract_claims("Warm-up. Der Tokenizer wird geladen.", language)
    times: dict[str, list[float]] = {"somajo": [], "import": [], "extraction": []}
    sentences = claims = 0
    for _ in range(repeat):
        started = time.perf_counter()
        bare()
        times["somajo"].append(time.perf_counter() - started)
        started = time.perf_counter()
        claims = imported()
        times["import"].append(time.perf_counter() - started)
        started = time.perf_counter()
        sentences = len(extract_claims(body, language).sentences)
        times["extraction"].append(time.perf_counter() - started)
    connection.creation.destroy_test_db(database, verbosity=0)
    return {
        "language": language,
        "vendor": connection.vendor,
        "bytes": len(body.encode("utf-8")),
        "sentences": sentences,
        "claims": claims,
        "times": times,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--languages", nargs="+", default=["de", "en"])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.size_mb, args.repeat)))
        return
    for language in args.languages:
        done = subprocess.run(
            [sys.executable, __file__, "--child", language, "--size-mb", str(args.size_mb)]
            + ["--repeat", str(args.repeat)],
            capture_output=True,
            text=True,
            check=True,
        )
        report(json.loads(done.stdout.strip().splitlines()[-1]))


def report(run: dict) -> None:
    times = run["times"]
    somajo, imported, extraction = (statistics.median(times[k]) for k in times)
    print(
        f"\n{run['language']}: {run['bytes'] / 1e6:.2f} MB, {run['sentences']:,} sentences, "
        f"{run['claims']:,} claims, {run['vendor']}, median of {len(times['import'])}"
    )
    print(f"  bare SoMaJo      {somajo:7.2f} s")
    print(f"  extraction       {extraction:7.2f} s   {extraction / somajo:.2f}x SoMaJo")
    print(f"  full import      {imported:7.2f} s   {imported / somajo:.2f}x SoMaJo")
    print(
        f"  first round      import {times['import'][0]:.2f} s / SoMaJo "
        f"{times['somajo'][0]:.2f} s = {times['import'][0] / times['somajo'][0]:.2f}x"
    )
    print(f"  peak memory (maxrss of the process): {run['maxrss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
