"""Near-duplicate matching for "already checked" claims, and short summaries."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

# token_set_ratio >= 0.85 on normalised text catches re-worded copies of the
# same claim (reordered clauses, added words) without merging distinct claims
# that merely share a topic.
SIMILAR_THRESHOLD = 0.85

_NON_WORD = re.compile(r"[^\w%$€£]+")


def normalise(text: str) -> str:
    """Lower-case, strip diacritics and punctuation, collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def similarity(a: str, b: str) -> float:
    """Similarity of two claim texts in 0..1 (1 = same words)."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    return round(fuzz.token_set_ratio(na, nb) / 100.0, 4)


def claim_summary(text: str, limit: int = 75) -> str:
    """Shorten a claim to at most ``limit`` characters, cut at a word boundary."""
    clean = " ".join(text.split())
    if len(clean) <= limit:
        return clean
    cut = clean[: limit - 1]
    space = cut.rfind(" ")
    # Only back off to a word boundary if that keeps most of the text.
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"
