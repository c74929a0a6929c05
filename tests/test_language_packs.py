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
