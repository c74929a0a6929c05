"""The one token stream every rule reads.

SoMaJo splits the text and classifies each token (``number``, ``ordinal``,
``URL``, ``abbreviation``, ``time``, ``hashtag``, ``mention`` …); HanTa adds a
lemma, a part-of-speech tag and the degree of adjectives ("lowest" → low,
superlative).  HanTa's models ship inside its package, so this works offline.

Tagging a whole sentence with HanTa's context model costs ~2 ms for German;
a word form's analysis on its own is context-free and cached, which keeps the
stream well above the speed the importer needs (see BENCHMARKS.md).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from functools import lru_cache

from .languages import available_languages, pack

_LOCK = threading.Lock()
# HanTa's morphological search can take seconds on junk ("a" × 24: 3.3 s):
# long words and runs of one letter go unanalysed, and each text gets a time
# budget for new word forms, after which its tokens keep plain lemmas.
MAX_ANALYSED_LENGTH = 20
_REPEATED = re.compile(r"(.)\1\1", re.IGNORECASE)
BUDGET_BASE_SECONDS = 5.0
BUDGET_SECONDS_PER_CHAR = 2e-5


def analysis_deadline(text_length: int, language: str) -> float:
    """When to stop analysing new word forms for a text of this length.

    The tagger is loaded first, so loading it never eats into the budget.
    """
    if _morph_model(language):
        _tagger(language)
    return time.monotonic() + BUDGET_BASE_SECONDS + BUDGET_SECONDS_PER_CHAR * text_length


@lru_cache(maxsize=8)
def _alphabet(language: str) -> re.Pattern[str] | None:
    if language not in available_languages():
        return None
    spelled = pack(language).setting("alphabet")
    return re.compile(spelled) if spelled else None


def _morph_model(language: str) -> str:
    # A pack without a HanTa model gets tokens without lemmas (the lemma is
    # then the lower-cased form).
    if language not in available_languages():
        return ""
    return pack(language).setting("hanta_model")


@dataclass(frozen=True, slots=True)
class Token:
    """One SoMaJo token with offsets into the text that was split."""

    text: str
    start: int
    end: int
    kind: str  # SoMaJo's token class: regular, number, ordinal, URL, ...
    lemma: str
    pos: str  # HanTa tag: STTS for German (NN, VV(FIN) …), CLAWS-like for English
    degree: str = ""  # "comp" or "sup" for comparative and superlative adjectives

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=4)
def _tagger(language: str):
    from HanTa import HanoverTagger

    with _LOCK:
        return HanoverTagger.HanoverTagger(_morph_model(language))


_FORMS: dict[tuple[str, str], tuple[str, str, str]] = {}
_MAX_FORMS = 200_000


def analyse_word(word: str, language: str) -> tuple[str, str, str]:
    """Return ``(lemma, pos, degree)`` of one word form, without context (cached)."""
    key = (word, language)
    found = _FORMS.get(key)
    if found is None:
        if len(_FORMS) >= _MAX_FORMS:
            _FORMS.clear()  # a crude bound; real text needs far fewer forms
        found = _FORMS[key] = _analyse(word, language)
    return found


def _analyse(word: str, language: str) -> tuple[str, str, str]:
    alphabet = _alphabet(language)
    if (
        len(word) > MAX_ANALYSED_LENGTH
        or _REPEATED.search(word)
        or not _morph_model(language)
        or not any(ch.isalpha() for ch in word)
        or (alphabet is not None and not alphabet.match(word))
    ):
        return word.lower(), "", ""
    tagger = _tagger(language)
    try:
        lemma, pos = tagger.analyze(word)
        degree = ""
        if pos in ("AJS", "AJC"):
            degree = "sup" if pos == "AJS" else "comp"
        elif pos.startswith("ADJ"):
            morphemes = tagger.analyze(word, taglevel=3)[1]
            tags = {tag for _, tag in morphemes}
            degree = "sup" if "ADJ_SUP" in tags else "comp" if "ADJ_COMP" in tags else ""
    except Exception:  # pragma: no cover - HanTa raising on odd input is unexpected
        return word.lower(), "", ""
    return lemma, pos, degree


def make_token(
    text: str, start: int, end: int, kind: str, language: str, deadline: float | None = None
) -> Token:
    """A token; past ``deadline`` (monotonic clock) only forms analysed before count."""
    if kind in ("regular", "abbreviation") and (
        deadline is None or time.monotonic() < deadline or _is_cached(text, language)
    ):
        lemma, pos, degree = analyse_word(text, language)
    else:
        lemma, pos, degree = text.lower(), "", ""
    return Token(text, start, end, kind, lemma, pos, degree)


def _is_cached(word: str, language: str) -> bool:
    return (word, language) in _FORMS or len(word) > MAX_ANALYSED_LENGTH


def tokens_in(tokens: list[Token], start: int, end: int, offset: int = 0) -> list[Token]:
    """The tokens of ``tokens`` inside ``[start, end)``, shifted by ``-offset``."""
    return [
        Token(t.text, t.start - offset, t.end - offset, t.kind, t.lemma, t.pos, t.degree)
        for t in tokens
        if start <= t.start and t.end <= end
    ]
