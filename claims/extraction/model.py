"""The learned check-worthiness scorer: a logistic regression over named features.

Weights live in a JSON file with its model card (what it was trained on,
when, how well it did, the threshold per language).  Inference is a plain
dot product, so scoring needs nothing but the standard library.

The package ships ``weights/checkworthiness.json``.  A deployment may point
:func:`use_model_file` at weights the desk trained on its own decisions
(``manage.py train_checkworthiness``); that file is preferred while it exists
and is readable, and re-read when it changes.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import threading
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

SHIPPED_WEIGHTS = Path(__file__).resolve().parent / "weights" / "checkworthiness.json"
_LOCK = threading.Lock()
LEXICAL_PREFIX = "lex:"  # word features ("lex:en:tax"), as opposed to named cues


class ModelFileError(ValueError):
    """A weights file that cannot be used; ``code`` says why."""

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature name, a bias, and a decision threshold per language."""

    model_id: str
    weights: dict[str, float]
    bias: float
    thresholds: dict[str, float] = field(default_factory=dict)
    card: dict = field(default_factory=dict)
    # The most the word features together may move the log-odds either way:
    # words learned from debates refine the named cues but cannot outvote
    # them ("called for" is a record in a debate, a demand in the news).
    lexical_bound: float | None = None
    # Named cues after which the words may lower the score but never raise
    # it: a demand or an opinion stays one whatever vocabulary it uses.
    words_never_lift: frozenset[str] = frozenset()

    def _log_odds(self, features: dict[str, float]) -> float:
        cues = self.bias
        words = 0.0
        for name, value in features.items():
            if name.startswith(LEXICAL_PREFIX):
                words += self.weights.get(name, 0.0) * value
            else:
                cues += self.weights.get(name, 0.0) * value
        if self.lexical_bound is not None:
            words = max(-self.lexical_bound, min(self.lexical_bound, words))
        if words > 0 and self.words_never_lift and not self.words_never_lift.isdisjoint(features):
            words = 0.0
        return cues + words

    def without(self, prefix: str) -> LinearModel:
        """This model with the weights under ``prefix`` dropped: a layer to refit or compare."""
        kept = {n: w for n, w in self.weights.items() if not n.startswith(prefix)}
        return replace(self, weights=kept)

    def log_odds(self, features: dict[str, float]) -> float:
        """The unthresholded score: a later fit builds on it as a fixed offset."""
        return self._log_odds(features)

    def probability(self, features: dict[str, float]) -> float:
        return _sigmoid(self._log_odds(features))

    def threshold(self, language: str, genre: str | None = None) -> float:
        """The cut for ``language``, or for its ``genre`` ("de:comment") where the card has one."""
        language_cut = self.thresholds.get(language, self.thresholds.get("default", 0.5))
        return self.thresholds.get(f"{language}:{genre}", language_cut) if genre else language_cut

    def score(self, features: dict[str, float], language: str, genre: str | None = None) -> float:
        """A 0..1 score where 0.5 is this language's (and genre's) decision threshold.

        The model's probability is shifted by the threshold so the importer's
        fixed 0.5 cut means "at or above the tuned threshold".
        """
        return _sigmoid(self._log_odds(features) - _logit(self.threshold(language, genre)))

    @cached_property
    def fingerprint(self) -> str:
        """Short digest of the weights: results scored with them may be cached under it."""
        data = json.dumps(self.to_dict(), sort_keys=True, default=str)
        return hashlib.sha256(data.encode()).hexdigest()[:16]

    def to_dict(self) -> dict:
        data = {
            "id": self.model_id,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
            "thresholds": self.thresholds,
            "card": self.card,
        }
        if self.lexical_bound is not None:
            data["lexical_bound"] = self.lexical_bound
        if self.words_never_lift:
            data["words_never_lift"] = sorted(self.words_never_lift)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> LinearModel:
        try:
            model = cls(
                model_id=str(data["id"]),
                weights={str(k): float(v) for k, v in data["weights"].items()},
                bias=float(data["bias"]),
                thresholds={str(k): float(v) for k, v in data.get("thresholds", {}).items()},
                card=dict(data.get("card", {})),
                lexical_bound=(
                    None if data.get("lexical_bound") is None else float(data["lexical_bound"])
                ),
                words_never_lift=frozenset(str(n) for n in data.get("words_never_lift", ())),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelFileError(f"Not a check-worthiness weights file: {exc}") from exc
        if not all(0.0 < t < 1.0 for t in model.thresholds.values()):
            raise ModelFileError("Thresholds must lie strictly between 0 and 1.", "threshold")
        if model.lexical_bound is not None and model.lexical_bound < 0:
            raise ModelFileError("The word bound must not be negative.", "invalid")
        return model


def load_model(path: str | Path) -> LinearModel:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelFileError(f"Cannot read weights from {path}: {exc}", "unreadable") from exc
    return LinearModel.from_dict(data)


def save_model(model: LinearModel, path: str | Path) -> None:
    """Write atomically, so a scorer never reads half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(model.to_dict(), indent=1, ensure_ascii=False) + "\n", "utf-8")
    os.replace(tmp, path)


_preferred: Path | None = None
_cache: dict[str, tuple[float, LinearModel]] = {}


def use_model_file(path: str | Path | None) -> None:
    """Prefer the weights at ``path`` (trained by the desk) over the shipped ones."""
    global _preferred
    with _LOCK:
        _preferred = Path(path) if path else None


def _cached(path: Path) -> LinearModel:
    mtime = path.stat().st_mtime
    hit = _cache.get(str(path))
    if hit and hit[0] == mtime:
        return hit[1]
    model = load_model(path)
    _cache[str(path)] = (mtime, model)
    return model


def active_model() -> LinearModel:
    """The preferred weights if present and valid, else the shipped ones."""
    with _LOCK:
        preferred = _preferred
    if preferred is not None:
        try:
            return _cached(preferred)
        except (OSError, ModelFileError):
            pass  # missing or broken desk weights: the shipped model still scores
    return _cached(SHIPPED_WEIGHTS)
