"""Fitting the check-worthiness weights: plain functions, numpy only.

An example is ``(features, label, language, weight)``: the feature dict a
sentence got from :func:`claims.extraction.extract_claims`, whether it is
check-worthy, its language and how much it counts.  The fit is an
L2-regularised logistic regression solved by Newton's method (a few dozen
features, so each step is a tiny linear solve); thresholds are chosen per
language for the best F1 of the check-worthy class.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from .model import LinearModel

Example = tuple[dict[str, float], bool, str, float]


@dataclass(frozen=True)
class Figures:
    precision: float
    recall: float
    f1: float
    n: int

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "n": self.n,
        }


def figures(predicted: Sequence[bool], actual: Sequence[bool]) -> Figures:
    tp = sum(1 for p, a in zip(predicted, actual, strict=True) if p and a)
    fp = sum(1 for p, a in zip(predicted, actual, strict=True) if p and not a)
    fn = sum(1 for p, a in zip(predicted, actual, strict=True) if a and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Figures(precision, recall, f1, len(actual))


LEXICAL_PREFIX = "lex:"
MIN_LEXICAL_COUNT = 20  # a word seen in fewer examples would only memorise them
# Word weights need many sentences of a language; a few annotated articles
# would only teach the model their own vocabulary.
MIN_LEXICAL_LANGUAGE_EXAMPLES = 1000


def feature_names(examples: Iterable[Example]) -> list[str]:
    counts: dict[str, int] = {}
    per_language: dict[str, int] = {}
    for features, _label, language, _weight in examples:
        per_language[language] = per_language.get(language, 0) + 1
        for name in features:
            counts[name] = counts.get(name, 0) + 1
    lexical = tuple(
        f"{LEXICAL_PREFIX}{language}:"
        for language, n in per_language.items()
        if n >= MIN_LEXICAL_LANGUAGE_EXAMPLES
    )
    return sorted(
        name
        for name, count in counts.items()
        if not name.startswith(LEXICAL_PREFIX)
        or (name.startswith(lexical) and count >= MIN_LEXICAL_COUNT)
    )


def _matrix(examples: Sequence[Example], names: list[str]) -> np.ndarray:
    index = {name: i for i, name in enumerate(names)}
    # float32: thousands of word features times tens of thousands of examples.
    x = np.zeros((len(examples), len(names) + 1), dtype=np.float32)
    x[:, -1] = 1.0  # bias column
    for row, (features, *_) in enumerate(examples):
        for name, value in features.items():
            if name in index:
                x[row, index[name]] = value
    return x


def fit_weights(
    examples: Sequence[Example],
    *,
    l2: float = 1.0,
    iterations: int = 50,
    prior: LinearModel | None = None,
    fixed: dict[str, float] | None = None,
) -> tuple[dict[str, float], float]:
    """Weights per feature and the bias that maximise the penalised likelihood.

    ``fixed`` holds weights set by hand for cues the training data lacks (a
    debate transcript cites no links); they are recorded in the model card.

    With a ``prior`` the penalty pulls each weight towards the prior's weight
    instead of towards zero: a few hundred desk decisions adjust the shipped
    model rather than replace it.
    """
    # Only features the examples show are fitted; with a prior, the others
    # keep the prior's weight (their optimum under the penalty).
    names = sorted(set(feature_names(examples)) | set(fixed or ()))
    x = _matrix(examples, names)
    y = np.array([1.0 if label else 0.0 for _, label, _, _ in examples])
    sw = np.array([weight for *_, weight in examples], dtype=float)
    centre = np.zeros(x.shape[1])
    if prior is not None:
        centre[:-1] = [prior.weights.get(name, 0.0) for name in names]
        centre[-1] = prior.bias
    beta = centre.copy()
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for name, value in (fixed or {}).items():
        i = names.index(name)
        centre[i] = value
        penalty[i] = 1e9
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        gradient = x.T @ (sw * (p - y)) + penalty * (beta - centre)
        curvature = (sw * p * (1 - p)).astype(np.float32)
        hessian = (x * curvature[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    weights = dict(prior.weights) if prior is not None else {}
    weights |= {
        name: round(float(beta[i]), 4)
        for i, name in enumerate(names)
        # Near-zero word weights only make the file longer.
        if not (name.startswith(LEXICAL_PREFIX) and abs(beta[i]) < 0.05)
    }
    return weights, round(float(beta[-1]), 4)


def best_threshold(
    probabilities: Sequence[float], labels: Sequence[bool], *, tolerance: float = 0.0
) -> float:
    """The lowest probability cut whose F1 is within ``tolerance`` of the best one.

    A tolerance trades precision for recall among cuts that do about equally
    well.  The shipped weights use none: with 0.01 the German threshold fell
    from 0.453 to 0.354 and the seed article gained a false positive.
    """
    scored = [
        (cut, figures([p >= cut for p in probabilities], labels).f1)
        for cut in sorted({round(p, 3) for p in probabilities})
        if 0.0 < cut < 1.0
    ]
    if not scored:
        return 0.5
    best_f1 = max(f1 for _, f1 in scored)
    return next(cut for cut, f1 in scored if f1 >= best_f1 - tolerance)


def folds(n: int, k: int, seed: int = 0) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def cross_validated_probabilities(
    examples: Sequence[Example],
    *,
    k: int = 5,
    l2: float = 1.0,
    seed: int = 0,
    prior: LinearModel | None = None,
    fixed: dict[str, float] | None = None,
) -> list[float]:
    """Each example's probability from a model fitted without its fold."""
    out = [0.0] * len(examples)
    for fold in folds(len(examples), k, seed):
        held = set(fold)
        rest = [e for i, e in enumerate(examples) if i not in held]
        weights, bias = fit_weights(rest, l2=l2, prior=prior, fixed=fixed)
        model = LinearModel("cv", weights, bias)
        for i in fold:
            out[i] = model.probability(examples[i][0])
    return out


def train_model(
    examples: Sequence[Example],
    *,
    model_id: str,
    l2: float = 1.0,
    card: dict | None = None,
    k: int = 5,
    prior: LinearModel | None = None,
    keep_thresholds: dict[str, float] | None = None,
    fixed: dict[str, float] | None = None,
) -> tuple[LinearModel, dict[str, dict], list[float]]:
    """Fit on all examples; thresholds per language from cross-validated scores.

    Returns the model, the cross-validated figures per language at the
    chosen thresholds and each example's cross-validated probability.
    """
    probabilities = cross_validated_probabilities(examples, k=k, l2=l2, prior=prior, fixed=fixed)
    thresholds: dict[str, float] = {}
    metrics: dict[str, dict] = {}
    for language in sorted({e[2] for e in examples}):
        rows = [i for i, e in enumerate(examples) if e[2] == language]
        labels = [examples[i][1] for i in rows]
        probs = [probabilities[i] for i in rows]
        if keep_thresholds and language in keep_thresholds:
            cut = keep_thresholds[language]
        else:
            cut = best_threshold(probs, labels) if any(labels) else 0.5
        thresholds[language] = cut
        metrics[language] = {
            "threshold": cut,
            "cross_validated": figures([p >= cut for p in probs], labels).as_dict(),
        }
    for language, cut in (keep_thresholds or {}).items():
        thresholds.setdefault(language, cut)
    weights, bias = fit_weights(examples, l2=l2, prior=prior, fixed=fixed)
    full_card = {
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "algorithm": f"logistic regression, L2 {l2}, Newton's method",
        "fixed_weights": fixed or {},
        "metrics": metrics,
        **(card or {}),
    }
    return LinearModel(model_id, weights, bias, thresholds, full_card), metrics, probabilities
