"""Fit the news-article word layer on the project's labelled news batches.

Usage (from the project root):

    python bench/article_words.py --batches GLOB [GLOB ...] [--hold-from N] [--dry-run]

Sentences of news articles carry their words twice: as ``lex:<language>:``
(the debate or comment weights) and as ``lex:article:<language>:`` (see
``claims/extraction/lexical.py``).  This fits only the second layer, per
language, on top of the shipped weights, which are held: each sentence's
log-odds under them is a fixed offset.  So the layer learns how news words
shift a sentence ("fordert", "kündigt an", "urge") without moving the weights
the public data measures.

``--hold-from N`` fits on the batches numbered below N and prints, for the
batches from N on, F1 of the shipped weights and of the weights with the layer
at the shipped thresholds: a check on articles the fit never saw.  Without
``--dry-run`` the layer is fitted on all given batches and saved into the
shipped weights file.  Never give it a sealed batch before its first run.

A full refit (``extraction_public.py --fit``) starts from nothing and leaves
this layer out; run this script after it.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from extraction_public import GOLD_WEIGHT, batch_files, gold_examples  # noqa: E402

from claims.extraction.model import (  # noqa: E402
    SHIPPED_WEIGHTS,
    LinearModel,
    active_model,
    save_model,
)
from claims.extraction.pipeline import ARTICLE  # noqa: E402
from claims.extraction.training import (  # noqa: E402
    Example,
    cross_validated_words_over,
    figures,
    fit_words_over,
)

# As for the English debate words: shrunk hard, and a word must be seen in 20
# sentences to be weighed (BENCHMARKS.md, "The news-article word layer").
ARTICLE_WORDS_L2 = 10.0
ARTICLE_WORDS_MIN_COUNT = 20
LANGUAGES = ("de", "en")


def layer_prefix(language: str) -> str:
    return f"lex:{ARTICLE}:{language}:"


def without_layer(model: LinearModel) -> LinearModel:
    """``model`` with any article words removed: the layer is always fitted afresh."""
    prefix = f"lex:{ARTICLE}:"
    return replace(
        model,
        weights={n: w for n, w in model.weights.items() if not n.startswith(prefix)},
        card={k: v for k, v in model.card.items() if k != "article_words"},
    )


def with_layer(base: LinearModel, weights: dict[str, float], card: dict) -> LinearModel:
    return replace(base, weights=base.weights | weights, card=card)


def fit_layer(base: LinearModel, examples: list[Example], l2: float, min_count: int) -> dict:
    weights: dict[str, float] = {}
    for language in LANGUAGES:
        rows = [e for e in examples if e[2] == language]
        weights |= fit_words_over(
            base, rows, prefix=layer_prefix(language), l2=l2, min_count=min_count
        )
    return weights


def decided(model: LinearModel, examples: list[Example], language: str) -> tuple[list, list]:
    rows = [e for e in examples if e[2] == language]
    cut = model.threshold(language)
    return [model.probability(e[0]) >= cut for e in rows], [e[1] for e in rows]


def shown(f) -> str:
    return f"P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f} (n={f.n})"


def batch_number(path: Path) -> int:
    match = re.search(r"unseen(\d+)$", path.parent.name)
    return int(match.group(1)) if match else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", nargs="+", required=True, metavar="GLOB")
    parser.add_argument("--l2", type=float, default=ARTICLE_WORDS_L2)
    parser.add_argument("--min-count", type=int, default=ARTICLE_WORDS_MIN_COUNT)
    parser.add_argument("--hold-from", type=int, metavar="N")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    files = batch_files(args.batches)
    if not files:
        parser.error("no gold files match --batches")
    base = without_layer(active_model())
    # The own gold articles (the seed article among them) weigh as in the
    # shipped fit: the layer must not unlearn what they teach.
    own_gold = gold_examples(None, GOLD_WEIGHT)
    if args.hold_from is not None:
        seen = [p for p in files if batch_number(p) < args.hold_from]
        held = [p for p in files if batch_number(p) >= args.hold_from]
        train, test = own_gold + gold_examples(seen, 1.0), gold_examples(held, 1.0)
        layered = with_layer(base, fit_layer(base, train, args.l2, args.min_count), {})
        print(f"fitted on {len(seen)} articles, measured on {len(held)} (sentences, F1):")
        for language in LANGUAGES:
            before = figures(*decided(base, test, language))
            after = figures(*decided(layered, test, language))
            print(f"  {language}: without the layer {shown(before)}; with it {shown(after)}")
        return 0

    examples = gold_examples(files, 1.0)
    for language in LANGUAGES:
        rows = [e for e in examples if e[2] == language]
        cut = base.threshold(language)
        labels = [e[1] for e in rows]
        cv = cross_validated_words_over(
            base, rows, prefix=layer_prefix(language), l2=args.l2, min_count=args.min_count
        )
        print(
            f"{language}: {len(rows)} sentences; without the layer "
            f"{shown(figures([base.probability(e[0]) >= cut for e in rows], labels))}; "
            f"with it, 5-fold CV {shown(figures([p >= cut for p in cv], labels))}"
        )
    weights = fit_layer(base, own_gold + examples, args.l2, args.min_count)
    folders = sorted({p.parent.name for p in files}, key=lambda n: (len(n), n))
    card = dict(base.card)
    card["article_words"] = (
        f"{len(weights)} word weights for news articles (lex:{ARTICLE}:de:, lex:{ARTICLE}:en:), "
        f"fitted on {len(files)} articles ({len(examples)} sentences) of the project's labelled "
        f"news batches ({folders[0]} … {folders[-1]}) and the own gold articles (weight "
        f"{GOLD_WEIGHT:g}) on top of the other weights, which were "
        f"held; L2 {args.l2:g}, words seen in at least {args.min_count} sentences"
    )
    model = with_layer(base, weights, card)
    print(f"{len(weights)} article word weights")
    if not args.dry_run:
        save_model(model, SHIPPED_WEIGHTS)
        print(f"saved to {SHIPPED_WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
