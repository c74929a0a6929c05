"""Language detection restricted to the languages the rules support."""

from __future__ import annotations

import re

from langdetect import DetectorFactory, LangDetectException, detect_langs

SUPPORTED_LANGUAGES = ("de", "en")

# langdetect is randomised; a fixed seed makes results repeatable across runs.
DetectorFactory.seed = 0

_STOPWORDS = {
    "de": {
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "sich",
        "des",
        "auf",
        "für",
        "ein",
        "eine",
        "dem",
        "den",
        "von",
        "zu",
        "im",
        "auch",
        "wurde",
        "hat",
        "sie",
        "er",
        "dass",
        "nach",
        "bei",
        "wie",
        "laut",
        "sagte",
    },
    "en": {
        "the",
        "and",
        "is",
        "not",
        "with",
        "of",
        "to",
        "in",
        "a",
        "an",
        "that",
        "for",
        "on",
        "was",
        "were",
        "has",
        "have",
        "he",
        "she",
        "it",
        "by",
        "said",
        "according",
        "from",
        "this",
        "are",
        "be",
        "at",
        "as",
    },
}
_WORD = re.compile(r"[^\W\d_]+")

# Languages langdetect may return for short German or English snippets, and
# which of our two rule sets is closer to them.
_CLOSER = {
    "nl": "de",
    "da": "de",
    "no": "de",
    "sv": "de",
    "af": "de",
    "lb": "de",
    "de": "de",
    "en": "en",
}


def stopword_language(text: str) -> str:
    """Pick de/en by counting function words; ties go to English."""
    words = [w.lower() for w in _WORD.findall(text)]
    de = sum(1 for w in words if w in _STOPWORDS["de"])
    en = sum(1 for w in words if w in _STOPWORDS["en"])
    if any(ch in text for ch in "äöüßÄÖÜ"):
        de += 1
    return "de" if de > en else "en"


def detect_language(text: str) -> str:
    """Return "de" or "en" for an article text."""
    sample = text[:5000]
    try:
        ranked = detect_langs(sample)
    except LangDetectException:
        return stopword_language(sample)
    for guess in ranked:
        if guess.lang in SUPPORTED_LANGUAGES:
            # Only trust a supported guess if it is reasonably probable;
            # otherwise the function-word count is the better judge.
            if guess.prob >= 0.5:
                return guess.lang
            break
    top = ranked[0].lang if ranked else ""
    if top in _CLOSER and top not in SUPPORTED_LANGUAGES:
        return _CLOSER[top]
    return stopword_language(sample)
