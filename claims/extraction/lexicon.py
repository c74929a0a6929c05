"""The claimant rules' word lists of one language, read from its pack.

The words live in ``languages/<code>/claimants.toml``; this module only gives
them names and types the rules use.  German and English never share a list:
each language's rules read that language's lists, and adding a language
means adding its pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .languages import available_languages, pack

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Lexicon:
    code: str
    reporting_verbs: frozenset[str]
    reporting_participles: frozenset[str]
    source_markers: tuple[str, ...]
    subjunctive: frozenset[str]
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]
    role_nouns: frozenset[str]
    org_suffixes: tuple[str, ...]
    org_words: frozenset[str]
    dotted_words: frozenset[str]
    descriptors: frozenset[str]
    countries: dict[str, str]
    vague_sources: frozenset[str]
    document_nouns: frozenset[str]
    pronouns: frozenset[str]
    articles: frozenset[str]
    definite: frozenset[str]
    possessives: frozenset[str]
    prepositions: frozenset[str]
    sentence_adverbs: frozenset[str]
    not_name_openers: frozenset[str]
    list_markers: tuple[str, ...]
    conjunctions: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    generic_org_nouns: frozenset[str]
    company_nouns: frozenset[str]
    corporate_suffixes: frozenset[str]
    role_organisations: dict[str, str]
    compound_heads: tuple[str, ...]
    kind_nouns: dict[str, tuple[str, ...]]
    institution_stems: frozenset[str]
    company_descriptor_suffixes: tuple[str, ...]
    quantifiers: frozenset[str]
    spokespersons: frozenset[str]
    auxiliaries: frozenset[str]


def _ordered(words: frozenset[str]) -> tuple[str, ...]:
    # Suffix lists go to str.endswith; longest first keeps the match stable.
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def for_language(code: str) -> Lexicon:
    """The lists of ``code``'s pack (English for a language without a pack)."""
    language_pack = pack(code if code in available_languages() else FALLBACK_LANGUAGE)
    w = language_pack.word_list
    titles = w("titles")
    org_words = w("org_words")
    return Lexicon(
        code=language_pack.code,
        reporting_verbs=w("reporting_verbs"),
        reporting_participles=w("reporting_participles"),
        source_markers=_ordered(w("source_markers")),
        subjunctive=w("subjunctive"),
        titles=titles,
        title_suffixes=_ordered(w("title_suffixes")),
        role_nouns=w("role_words") | titles,
        org_suffixes=_ordered(w("org_suffixes")),
        org_words=org_words,
        dotted_words=titles | org_words | w("dotted_words"),
        descriptors=w("descriptors"),
        countries=dict(language_pack.table("countries")),
        vague_sources=w("vague_sources"),
        document_nouns=w("document_nouns"),
        pronouns=w("pronouns"),
        articles=w("articles"),
        definite=w("definite"),
        possessives=w("possessives"),
        prepositions=w("prepositions"),
        sentence_adverbs=w("sentence_adverbs"),
        not_name_openers=w("not_name_openers"),
        list_markers=_ordered(w("list_markers")),
        conjunctions=w("conjunctions"),
        months=w("months"),
        weekdays=w("weekdays"),
        generic_org_nouns=w("generic_org_nouns"),
        company_nouns=w("company_nouns"),
        corporate_suffixes=w("corporate_suffixes"),
        role_organisations=dict(language_pack.table("role_organisations")),
        compound_heads=_ordered(w("compound_heads")),
        kind_nouns={k: tuple(v) for k, v in language_pack.table("kind_nouns").items()},
        institution_stems=w("institution_stems"),
        company_descriptor_suffixes=_ordered(w("company_descriptor_suffixes")),
        quantifiers=w("quantifiers"),
        spokespersons=w("spokespersons"),
        auxiliaries=w("auxiliaries"),
    )


@cache
def all_countries() -> dict[str, str]:
    """Every pack's country names with their common form, to compare claimants."""
    merged: dict[str, str] = {}
    for code in available_languages():
        merged |= for_language(code).countries
    return merged
