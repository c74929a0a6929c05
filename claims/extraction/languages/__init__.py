"""Language packs: everything language-specific, as data.

Each sub-directory named by an ISO 639-1 code is one pack:

* ``pack.toml`` — tokenizer and tagger models, the detector's name for the
  language, the tags that mark proper nouns and past-tense verbs;
* ``patterns.toml`` — one table per cue (``opinion``, ``prediction``,
  ``comparison`` …) with a regular expression and whether case matters;
* ``claimants.toml`` — word lists the claimant rules and the mention chunker
  read (a string of words, a list of phrases, or a table word → value).

The engine asks a pack by name for a cue; a pack without the cue simply
never fires it.  Adding a language means adding a directory, not code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

PACKS_DIR = Path(__file__).resolve().parent
_NEVER = re.compile(r"(?!x)x")  # a cue the pack does not define matches nothing


@dataclass(frozen=True)
class LanguagePack:
    code: str
    meta: dict
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    # Tables of claimants.toml: word -> value ("russland" -> "russia").
    tables: dict[str, dict] = field(default_factory=dict)

    def pattern(self, name: str) -> re.Pattern[str]:
        return self.patterns.get(name, _NEVER)

    def word_list(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())

    def table(self, name: str) -> dict:
        return self.tables.get(name, {})


def _load_toml(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the packs present, sorted."""
    return tuple(sorted(p.parent.name for p in PACKS_DIR.glob("*/pack.toml")))


@cache
def pack(code: str) -> LanguagePack:
    """The pack for ``code``; raises ``KeyError`` for a language without one."""
    if code not in available_languages():
        raise KeyError(code)
    folder = PACKS_DIR / code
    patterns = {
        name: re.compile(spec["pattern"], 0 if spec.get("case_sensitive") else re.IGNORECASE)
        for name, spec in _load_toml(folder / "patterns.toml").items()
    }
    lists = _load_toml(folder / "claimants.toml")
    words = {
        name: frozenset(value.split() if isinstance(value, str) else value)
        for name, value in lists.items()
        if not isinstance(value, dict)
    }
    tables = {name: value for name, value in lists.items() if isinstance(value, dict)}
    return LanguagePack(code, _load_toml(folder / "pack.toml"), patterns, words, tables)
