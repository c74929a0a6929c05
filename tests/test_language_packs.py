"""Language packs are data: one directory per language, read by one engine."""

import re
import tomllib

import pytest

from claims.extraction import SUPPORTED_LANGUAGES, detect_language
from claims.extraction.languages import PACKS_DIR, available_languages, pack

REQUIRED_META = ("name", "somajo_model", "hanta_model", "lingua")
REQUIRED_CUES = ("events", "opinion", "prediction", "advice", "figure", "first_person")


def test_every_directory_with_a_pack_file_is_a_supported_language():
    assert available_languages() == ("de", "en")
    assert available_languages() == SUPPORTED_LANGUAGES


@pytest.mark.parametrize("code", ["de", "en"])
def test_pack_names_its_models_and_defines_the_core_cues(code):
    language_pack = pack(code)
    for key in REQUIRED_META:
        assert language_pack.meta[key]
    for cue in REQUIRED_CUES:
        assert language_pack.pattern(cue).pattern != "(?!x)x"


@pytest.mark.parametrize("code", ["de", "en"])
def test_every_pattern_in_a_pack_compiles(code):
    data = tomllib.loads((PACKS_DIR / code / "patterns.toml").read_text(encoding="utf-8"))
    for spec in data.values():
        re.compile(spec["pattern"])


def test_german_and_english_titles_are_separate_lists():
    # "union's chef negotiator" must not make the German "Chef" an English title.
    assert "chef" in pack("de").word_list("titles")
    assert "chef" not in pack("en").word_list("titles")


def test_a_cue_a_pack_does_not_define_never_matches():
    assert pack("en").pattern("no_such_cue").search("anything at all") is None


def test_unknown_language_has_no_pack():
    with pytest.raises(KeyError):
        pack("fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Regierung hat 3 Mio. Euro ausgegeben.", "de"),
        ("The government spent 3 million euros.", "en"),
        ("De gemeente heeft het plan goedgekeurd.", "de"),
        ("", "en"),
        ("12345", "en"),
    ],
)
def test_detection_only_chooses_configured_languages(text, language):
    assert detect_language(text) == language


# Lexicon fields computed from other lists rather than read under their own name.
_DERIVED = {"code": None, "role_nouns": "role_words"}


@pytest.mark.parametrize("code", ["de", "en"])
def test_every_claimant_word_list_the_engine_reads_is_in_the_pack(code):
    from dataclasses import fields

    from claims.extraction.lexicon import Lexicon

    data = tomllib.loads((PACKS_DIR / code / "claimants.toml").read_text(encoding="utf-8"))
    for spec in fields(Lexicon):
        name = _DERIVED.get(spec.name, spec.name)
        if name is not None:
            assert name in data, f"{code}/claimants.toml lacks {name}"


def test_the_chunker_reads_each_language_s_own_lists():
    from claims.extraction.lexicon import for_language

    german, english = for_language("de"), for_language("en")
    assert "sagte" in german.reporting_verbs and "sagte" not in english.reporting_verbs
    assert "said" in english.reporting_verbs and "said" not in german.reporting_verbs
    assert "the" in english.articles and "the" not in german.articles
    assert "experten" in german.vague_sources and "experten" not in english.vague_sources
    assert german.countries["russland"] == english.countries["russia"] == "russia"


def test_a_language_without_a_pack_reads_the_english_lists():
    from claims.extraction.lexicon import for_language

    assert for_language("xx") == for_language("en")
