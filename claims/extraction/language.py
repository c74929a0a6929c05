"""Language detection restricted to the languages that have a pack.

lingua (maintained, offline, deterministic) only chooses between the
configured languages, so a short German snippet is never "Dutch".  Its
detector is built on first use because loading its models takes ~0.4 s.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from .languages import available_languages, fallback_language, pack

SUPPORTED_LANGUAGES = available_languages()
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _codes()]
    if len(languages) == 1:
        return None
    return LanguageDetectorBuilder.from_languages(*languages).build()


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    # A pack may name close languages it stands in for ("Dutch" text is
    # closer to the German rules than to the English ones).
    codes: dict[str, str] = {}
    for code in SUPPORTED_LANGUAGES:
        language_pack = pack(code)
        for name in language_pack.setting("close_languages"):
            codes.setdefault(name, code)
        codes[language_pack.setting("lingua")] = code
    return codes


def detect_language(text: str) -> str:
    """Return the code of the configured language ``text`` is most likely in.

    Text without letters (or an undecidable one) falls back to the pack
    marked ``fallback`` (English), else to the first configured language.
    """
    fallback = fallback_language()
    with _LOCK:
        detector = _detector()
        if detector is None:
            return SUPPORTED_LANGUAGES[0]
        found = detector.detect_language_of(text[:5000])
    if found is None:
        return fallback
    return _codes().get(found.name, fallback)
