"""Language packs: everything language-specific, as data.

Each sub-directory named by an ISO 639-1 code is one pack:

* ``pack.toml`` — settings: tokenizer and tagger models, the detector's name
  for the language, the tags that mark proper nouns and past-tense verbs, the
  sentence splitter's words and the grammar the rules ask about
  (``nouns_capitalised``, ``verb_second`` …).  ``settings.toml`` beside the
  packs describes every setting; a key it does not know is an error;
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
SETTINGS_FILE = PACKS_DIR / "settings.toml"
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

    def setting(self, name: str) -> str | bool | list[str]:
        """The pack's value of a setting of ``settings.toml``, or its default.

        Raises ``KeyError`` for a name ``settings.toml`` does not describe, so
        the engine cannot ask for a setting no pack can document.
        """
        spec = setting_specs()[name]
        return self.meta.get(name, _default(spec))


class PackError(ValueError):
    """A pack file the engine cannot read as described."""


_TYPES = {"string": str, "bool": bool, "list": list}
_EMPTY = {"string": "", "bool": False, "list": []}


def _default(spec: dict):
    return spec.get("default", _EMPTY[spec["type"]])


@cache
def setting_specs() -> dict[str, dict]:
    """Every setting a ``pack.toml`` may hold, from ``settings.toml``."""
    return _load_toml(SETTINGS_FILE)


def check_settings(meta: dict, where: str) -> None:
    """Raise :class:`PackError` for an unknown, mistyped or missing setting."""
    specs = setting_specs()
    unknown = sorted(set(meta) - set(specs))
    if unknown:
        raise PackError(
            f"{where}: unknown setting(s) {', '.join(unknown)}; describe a new setting in "
            f"{SETTINGS_FILE.name} (known: {', '.join(sorted(specs))})"
        )
    for name, spec in specs.items():
        if name not in meta:
            if spec.get("required"):
                raise PackError(f"{where}: required setting {name} is missing")
            continue
        value = meta[name]
        wanted = _TYPES[spec["type"]]
        if not isinstance(value, wanted) or (
            wanted is list and not all(isinstance(v, str) for v in value)
        ):
            raise PackError(f"{where}: setting {name} must be a {spec['type']}, not {value!r}")


def _load_toml(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def find_packs(directory: Path) -> tuple[str, ...]:
    """Codes of the packs in ``directory`` (sub-directories with a ``pack.toml``), sorted."""
    return tuple(sorted(p.parent.name for p in directory.glob("*/pack.toml")))


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the packs present, sorted."""
    return find_packs(PACKS_DIR)


@cache
def fallback_language() -> str:
    """The pack for text in a language without one: the pack marked ``fallback``."""
    codes = available_languages()
    marked = [code for code in codes if pack(code).setting("fallback")]
    if len(marked) > 1:
        raise PackError(f"only one pack may set fallback, not {', '.join(marked)}")
    return marked[0] if marked else codes[0]


@cache
def pack(code: str) -> LanguagePack:
    """The pack for ``code``; raises ``KeyError`` for a language without one."""
    if code not in available_languages():
        raise KeyError(code)
    return load_pack(PACKS_DIR / code)


def load_pack(folder: Path) -> LanguagePack:
    """Read the pack in ``folder`` (named by its language code); checks its settings."""
    code = folder.name
    meta = _load_toml(folder / "pack.toml")
    check_settings(meta, f"{code}/pack.toml")
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
    return LanguagePack(code, meta, patterns, words, tables)
