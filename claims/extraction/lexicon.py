"""The claimant rules' word lists of one language, read from its pack.

The words live in ``languages/<code>/claimants.toml``; this module only gives
them names and types the rules use.  German and English never share a list:
each language's rules read that language's lists, and adding a language
means adding its pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .languages import available_languages, fallback_language, pack


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
    person_pronouns: frozenset[str]
    self_references: frozenset[str]
    articles: frozenset[str]
    definite: frozenset[str]
    possessives: frozenset[str]
    organisation_possessives: frozenset[str]
    prepositions: frozenset[str]
    sentence_adverbs: frozenset[str]
    not_name_openers: frozenset[str]
    list_markers: tuple[str, ...]
    conjunctions: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    generic_org_nouns: frozenset[str]
    noun_endings: tuple[str, ...]
    company_nouns: frozenset[str]
    corporate_suffixes: frozenset[str]
    role_organisations: dict[str, str]
    compound_heads: tuple[str, ...]
    kind_nouns: dict[str, tuple[str, ...]]
    institution_stems: frozenset[str]
    company_descriptor_suffixes: tuple[str, ...]
    business_name_heads: tuple[str, ...]
    public_body_heads: frozenset[str]
    personal_letters: frozenset[str]
    quantifiers: frozenset[str]
    quantifier_lemmas: frozenset[str]
    spokespersons: frozenset[str]
    auxiliaries: frozenset[str]
    relatives: frozenset[str]
    apposition_openers: frozenset[str]
    complementizers: frozenset[str]
    modals: frozenset[str]
    topic_verbs: frozenset[str]
    topic_prepositions: frozenset[str]
    noun_homographs: frozenset[str]
    noun_leads: frozenset[str]
    past_endings: tuple[str, ...]
    source_postpositions: frozenset[str]
    document_prepositions: frozenset[str]
    origin_verbs: frozenset[str]
    origin_prepositions: frozenset[str]
    hearsay_subjects: frozenset[str]
    hearsay_prepositions: frozenset[str]
    passive_report_verbs: frozenset[str]
    passive_auxiliaries: frozenset[str]
    passive_source_prepositions: frozenset[str]
    source_adverbs: frozenset[str]
    first_person_pronouns: frozenset[str]
    impersonal_pronouns: frozenset[str]
    backshift_words: frozenset[str]
    as_clause_openers: frozenset[str]
    complement_linkers: frozenset[str]
    name_linkers: frozenset[str]
    name_link_articles: frozenset[str]
    source_prepositions: tuple[str, ...]
    document_compound_endings: tuple[str, ...]
    subjunctive_endings: tuple[str, ...]
    name_particles: frozenset[str]
    own_account_phrases: tuple[str, ...]


def _ordered(words: frozenset[str]) -> tuple[str, ...]:
    # Suffix lists go to str.endswith; longest first keeps the match stable.
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def for_language(code: str) -> Lexicon:
    """The lists of ``code``'s pack (the fallback pack's for a language without one)."""
    language_pack = pack(code if code in available_languages() else fallback_language())
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
        person_pronouns=w("person_pronouns"),
        self_references=w("self_references"),
        articles=w("articles"),
        definite=w("definite"),
        possessives=w("possessives"),
        organisation_possessives=w("organisation_possessives"),
        prepositions=w("prepositions"),
        sentence_adverbs=w("sentence_adverbs"),
        not_name_openers=w("not_name_openers"),
        list_markers=_ordered(w("list_markers")),
        conjunctions=w("conjunctions"),
        months=w("months"),
        weekdays=w("weekdays"),
        generic_org_nouns=w("generic_org_nouns"),
        noun_endings=_ordered(w("noun_endings")),
        company_nouns=w("company_nouns"),
        corporate_suffixes=w("corporate_suffixes"),
        role_organisations=dict(language_pack.table("role_organisations")),
        compound_heads=_ordered(w("compound_heads")),
        kind_nouns={k: tuple(v) for k, v in language_pack.table("kind_nouns").items()},
        institution_stems=w("institution_stems"),
        company_descriptor_suffixes=_ordered(w("company_descriptor_suffixes")),
        business_name_heads=_ordered(w("business_name_heads")),
        public_body_heads=w("public_body_heads"),
        personal_letters=w("personal_letters"),
        quantifiers=w("quantifiers"),
        quantifier_lemmas=w("quantifier_lemmas"),
        spokespersons=w("spokespersons"),
        auxiliaries=w("auxiliaries"),
        relatives=w("relatives"),
        apposition_openers=w("apposition_openers"),
        complementizers=w("complementizers"),
        modals=w("modals"),
        topic_verbs=w("topic_verbs"),
        topic_prepositions=w("topic_prepositions"),
        noun_homographs=w("noun_homographs"),
        noun_leads=w("articles") | w("noun_leads"),
        past_endings=_ordered(w("past_endings")),
        source_postpositions=w("source_postpositions"),
        document_prepositions=w("document_prepositions"),
        origin_verbs=w("origin_verbs"),
        origin_prepositions=w("origin_prepositions"),
        hearsay_subjects=w("hearsay_subjects"),
        hearsay_prepositions=w("hearsay_prepositions"),
        passive_report_verbs=w("passive_report_verbs"),
        passive_auxiliaries=w("passive_auxiliaries"),
        passive_source_prepositions=w("passive_source_prepositions"),
        source_adverbs=w("source_adverbs"),
        first_person_pronouns=w("first_person_pronouns"),
        impersonal_pronouns=w("impersonal_pronouns"),
        backshift_words=w("backshift_words"),
        as_clause_openers=w("as_clause_openers"),
        complement_linkers=w("complement_linkers"),
        name_linkers=w("name_linkers"),
        name_link_articles=w("name_link_articles"),
        source_prepositions=_ordered(w("source_prepositions")),
        document_compound_endings=_ordered(w("document_compound_endings")),
        subjunctive_endings=_ordered(w("subjunctive_endings")),
        name_particles=w("name_particles"),
        own_account_phrases=_ordered(w("own_account_phrases")),
    )


@cache
def all_name_particles() -> frozenset[str]:
    """Every pack's name particles, for a claimant's name without its language."""
    return frozenset().union(*(for_language(code).name_particles for code in available_languages()))


@cache
def all_countries() -> dict[str, str]:
    """Every pack's country names with their common form, to compare claimants."""
    merged: dict[str, str] = {}
    for code in available_languages():
        merged |= for_language(code).countries
    return merged
