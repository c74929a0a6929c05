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

from .model import LEXICAL_PREFIX, LinearModel

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


DIRECT_SOLVE_LIMIT = 1500  # columns; above this the Hessian is never built


def _newton_step(
    x: np.ndarray, curvature: np.ndarray, penalty: np.ndarray, gradient: np.ndarray
) -> np.ndarray:
    """Solve ``H step = gradient`` for the penalised logistic Hessian ``H``."""
    if x.shape[1] <= DIRECT_SOLVE_LIMIT:
        hessian = (x * curvature[:, None]).T @ x + np.diag(penalty)
        return np.linalg.solve(hessian, gradient)

    # Thousands of word-pair columns: building the Hessian costs minutes, a
    # product with it two passes over the data.  Conjugate gradients with a
    # diagonal preconditioner (the penalty of hand-fixed weights is huge).
    def times(v: np.ndarray) -> np.ndarray:
        inner = curvature * (x @ v.astype(np.float32))
        return (x.T @ inner).astype(float) + penalty * v

    diagonal = np.einsum("ij,ij,i->j", x, x, curvature).astype(float) + penalty
    step = np.zeros_like(gradient)
    residual = gradient.copy()
    z = residual / diagonal
    direction = z.copy()
    rz = residual @ z
    limit = 1e-4 * np.linalg.norm(gradient) + 1e-12
    for _ in range(200):
        product = times(direction)
        alpha = rz / (direction @ product)
        step += alpha * direction
        residual -= alpha * product
        if np.linalg.norm(residual) < limit:
            break
        z = residual / diagonal
        rz, previous = residual @ z, rz
        direction = z + (rz / previous) * direction
    return step


def fit_weights(
    examples: Sequence[Example],
    *,
    l2: float = 1.0,
    iterations: int = 50,
    prior: LinearModel | None = None,
    fixed: dict[str, float] | None = None,
    lexical_l2: float | None = None,
) -> tuple[dict[str, float], float]:
    """Weights per feature and the bias that maximise the penalised likelihood.

    ``fixed`` holds weights set by hand for cues the training data lacks (a
    debate transcript cites no links); they are recorded in the model card.

    With a ``prior`` the penalty pulls each weight towards the prior's weight
    instead of towards zero: a few hundred desk decisions adjust the shipped
    model rather than replace it.  ``lexical_l2`` shrinks the word features
    harder than the named cues, so words refine the cues rather than replace them.
    """
    # Only features the examples show are fitted; with a prior, the others
    # keep the prior's weight (their optimum under the penalty) and count as
    # a fixed offset, so the fitted weights do not take over what they carry
    # (the article word layer in a desk's refit).
    names = sorted(set(feature_names(examples)) | set(fixed or ()))
    x = _matrix(examples, names)
    offset = _held_offset(examples, names, prior)
    y = np.array([1.0 if label else 0.0 for _, label, _, _ in examples])
    sw = np.array([weight for *_, weight in examples], dtype=float)
    centre = np.zeros(x.shape[1])
    if prior is not None:
        centre[:-1] = [prior.weights.get(name, 0.0) for name in names]
        centre[-1] = prior.bias
    penalty = np.full(x.shape[1], l2)
    if lexical_l2 is not None:
        penalty[:-1][[name.startswith(LEXICAL_PREFIX) for name in names]] = lexical_l2
    penalty[-1] = 0.0  # the bias is not shrunk
    for name, value in (fixed or {}).items():
        i = names.index(name)
        centre[i] = value
        penalty[i] = 1e9
    # Starting at the fixed weights keeps their huge penalty out of the gradient.
    beta = centre.copy()
    for _ in range(iterations):
        z = (x @ beta.astype(np.float32)).astype(float) + offset
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        gradient = (x.T @ (sw * (p - y)).astype(np.float32)).astype(float)
        gradient += penalty * (beta - centre)
        curvature = (sw * p * (1 - p)).astype(np.float32)
        step = _newton_step(x, curvature, penalty + 1e-9, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-5:  # weights are kept to four decimals
            break
    weights = dict(prior.weights) if prior is not None else {}
    weights |= {
        name: round(float(beta[i]), 4)
        for i, name in enumerate(names)
        # Near-zero word weights only make the file longer.
        if not (name.startswith(LEXICAL_PREFIX) and abs(beta[i]) < 0.05)
    }
    return weights, round(float(beta[-1]), 4)


def _held_offset(
    examples: Sequence[Example], names: list[str], prior: LinearModel | None
) -> np.ndarray:
    """Each example's log-odds from the prior's weights on features not being fitted."""
    if prior is None:
        return np.zeros(len(examples))
    fitted = set(names)
    return np.array(
        [
            sum(prior.weights.get(n, 0.0) * v for n, v in features.items() if n not in fitted)
            for features, *_ in examples
        ]
    )


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


def fit_staged(
    examples: Sequence[Example],
    *,
    l2: float = 1.0,
    prior: LinearModel | None = None,
    fixed: dict[str, float] | None = None,
    lexical_l2: float | None = None,
    cues_first: bool = False,
) -> tuple[dict[str, float], float]:
    """:func:`fit_weights`, or with ``cues_first`` the named cues before the words."""
    if not cues_first:
        return fit_weights(examples, l2=l2, prior=prior, fixed=fixed, lexical_l2=lexical_l2)
    # The named cues are weighed on their own first and then held: words
    # learned from debates ("should", "call for") would otherwise take over
    # the weight of the cue a reviewer reads ("advice").
    cues_only = [
        ({n: v for n, v in f.items() if not n.startswith(LEXICAL_PREFIX)}, y, lang, w)
        for f, y, lang, w in examples
    ]
    cue_weights, _ = fit_weights(cues_only, l2=l2, prior=prior, fixed=fixed)
    return fit_weights(
        examples, l2=l2, prior=prior, fixed=(fixed or {}) | cue_weights, lexical_l2=lexical_l2
    )


def cross_validated_probabilities(
    examples: Sequence[Example],
    *,
    k: int = 5,
    l2: float = 1.0,
    seed: int = 0,
    prior: LinearModel | None = None,
    fixed: dict[str, float] | None = None,
    lexical_l2: float | None = None,
    lexical_bound: float | None = None,
    cues_first: bool = False,
    words_never_lift: frozenset[str] = frozenset(),
) -> list[float]:
    """Each example's probability from a model fitted without its fold."""
    out = [0.0] * len(examples)
    for fold in folds(len(examples), k, seed):
        held = set(fold)
        rest = [e for i, e in enumerate(examples) if i not in held]
        weights, bias = fit_staged(
            rest, l2=l2, prior=prior, fixed=fixed, lexical_l2=lexical_l2, cues_first=cues_first
        )
        model = LinearModel(
            "cv", weights, bias, lexical_bound=lexical_bound, words_never_lift=words_never_lift
        )
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
    lexical_l2: float | None = None,
    lexical_bound: float | None = None,
    cues_first: bool = False,
    words_never_lift: frozenset[str] = frozenset(),
) -> tuple[LinearModel, dict[str, dict], list[float]]:
    """Fit on all examples; thresholds per language from cross-validated scores.

    Returns the model, the cross-validated figures per language at the
    chosen thresholds and each example's cross-validated probability.
    ``lexical_bound`` caps what the word features together add to the
    log-odds; a refit from a ``prior`` keeps the prior's bound.
    """
    if prior is not None:
        # The desk refines the shipped model; it does not loosen its limits.
        lexical_bound = prior.lexical_bound if lexical_bound is None else lexical_bound
        words_never_lift = words_never_lift or prior.words_never_lift
    probabilities = cross_validated_probabilities(
        examples,
        k=k,
        l2=l2,
        prior=prior,
        fixed=fixed,
        lexical_l2=lexical_l2,
        lexical_bound=lexical_bound,
        cues_first=cues_first,
        words_never_lift=words_never_lift,
    )
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
    weights, bias = fit_staged(
        examples, l2=l2, prior=prior, fixed=fixed, lexical_l2=lexical_l2, cues_first=cues_first
    )
    words = "" if lexical_l2 is None else f", words L2 {lexical_l2}"
    words += ", cues fitted first and held" if cues_first else ""
    full_card = {
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "algorithm": f"logistic regression, L2 {l2}{words}, Newton's method",
        "fixed_weights": fixed or {},
        "metrics": metrics,
        **(card or {}),
    }
    model = LinearModel(
        model_id, weights, bias, thresholds, full_card, lexical_bound, frozenset(words_never_lift)
    )
    return model, metrics, probabilities


def fit_words_over(
    base: LinearModel,
    examples: Sequence[Example],
    *,
    prefix: str,
    l2: float = 10.0,
    min_count: int = 5,
    iterations: int = 50,
) -> dict[str, float]:
    """Weights of the word features under ``prefix``, fitted on top of ``base``.

    Everything ``base`` weighs (cues, other languages' words, the bias) is
    held: each example's log-odds under ``base`` is a fixed offset and only
    the new words move.  So a few hundred texts of one language and genre
    (German reader comments) teach their own words without shifting what the
    other languages were fitted on.  ``words_never_lift`` still applies when
    the model scores; the fit ignores it.
    """
    counts: dict[str, int] = {}
    for features, *_ in examples:
        for name in features:
            if name.startswith(prefix):
                counts[name] = counts.get(name, 0) + 1
    names = sorted(name for name, count in counts.items() if count >= min_count)
    if not names:
        return {}
    x = _matrix(examples, names)[:, :-1].astype(float)
    y = np.array([1.0 if label else 0.0 for _, label, _, _ in examples])
    sw = np.array([weight for *_, weight in examples], dtype=float)
    offset = np.array([base.log_odds(features) for features, *_ in examples])
    beta = np.zeros(len(names))
    penalty = np.full(len(names), l2)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(offset + x @ beta, -30, 30)))
        gradient = x.T @ (sw * (p - y)) + l2 * beta
        step = _newton_step(x, sw * p * (1 - p), penalty, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-5:
            break
    return {name: round(float(beta[i]), 4) for i, name in enumerate(names) if abs(beta[i]) >= 0.05}


def cross_validated_words_over(
    base: LinearModel,
    examples: Sequence[Example],
    *,
    prefix: str,
    k: int = 5,
    seed: int = 0,
    **options,
) -> list[float]:
    """Each example's probability from ``base`` plus words fitted without its fold."""
    out = [0.0] * len(examples)
    for fold in folds(len(examples), k, seed):
        held = set(fold)
        rest = [e for i, e in enumerate(examples) if i not in held]
        words = fit_words_over(base, rest, prefix=prefix, **options)
        model = LinearModel(
            "cv",
            base.weights | words,
            base.bias,
            lexical_bound=base.lexical_bound,
            words_never_lift=base.words_never_lift,
        )
        for i in fold:
            out[i] = model.probability(examples[i][0])
    return out
