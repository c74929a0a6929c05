"""Language packs are data: one directory per language, read by one engine."""

import re
import tomllib
from itertools import permutations

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


# Words that really belong to both languages ("in", German "will" = wants,
# German "an" = at): the only ones a list may share with the other pack.
_WORDS_OF_BOTH = frozenset({"in", "will", "an"})
# Lists of grammar words and verb forms, where a word of the other language
# means the two were mixed (organisation words, titles and months legitimately
# appear in both: "GmbH", "Professor", "April").
_GRAMMAR_LISTS = (
    "reporting_verbs",
    "reporting_participles",
    "subjunctive",
    "pronouns",
    "person_pronouns",
    "self_references",
    "articles",
    "definite",
    "possessives",
    "organisation_possessives",
    "prepositions",
    "conjunctions",
    "auxiliaries",
    "relatives",
    "apposition_openers",
    "complementizers",
    "modals",
    "topic_verbs",
    "topic_prepositions",
    "noun_homographs",
    "noun_leads",
    "quantifiers",
    "quantifier_lemmas",
    "source_prepositions",
    "source_postpositions",
    "document_prepositions",
    "origin_verbs",
    "origin_prepositions",
    "hearsay_subjects",
    "hearsay_prepositions",
    "passive_report_verbs",
    "passive_auxiliaries",
    "passive_source_prepositions",
    "source_adverbs",
    "first_person_pronouns",
    "impersonal_pronouns",
    "backshift_words",
    "as_clause_openers",
    "complement_linkers",
    "name_linkers",
    "name_link_articles",
)
# Patterns of the claimant engine and of scoring, one per language.
_ENGINE_PATTERNS = (
    "publication",
    "event_stance",
    "refers_back",
    "copula_second",
    "evidence_verb_second",
)


def _pattern_words(code: str, name: str) -> set[str]:
    source = pack(code).pattern(name).pattern
    source = re.sub(r"\\[A-Za-z]", " ", source)  # \b, \s, \w are regex syntax
    return {w.lower() for w in re.findall(r"[^\W\d_]{2,}", source)}


def _vocabulary(code: str) -> set[str]:
    words: set[str] = set()
    for name in _GRAMMAR_LISTS:
        words |= {w for phrase in pack(code).word_list(name) for w in phrase.split()}
    for name in _ENGINE_PATTERNS:
        words |= _pattern_words(code, name)
    return words


@pytest.mark.parametrize(("code", "other"), list(permutations(available_languages(), 2)))
def test_a_language_s_grammar_lists_hold_none_of_the_other_language_s_words(code, other):
    foreign = _vocabulary(other) - _WORDS_OF_BOTH
    for name in _GRAMMAR_LISTS:
        words = {w for phrase in pack(code).word_list(name) for w in phrase.split()}
        assert not words & foreign, f"{code} {name}: {sorted(words & foreign)}"
    for name in _ENGINE_PATTERNS:
        mixed = _pattern_words(code, name) & foreign
        assert not mixed, f"{code} pattern {name}: {sorted(mixed)}"


@pytest.mark.parametrize("name", _GRAMMAR_LISTS)
def test_every_grammar_list_is_in_every_pack(name):
    for code in available_languages():
        data = tomllib.loads((PACKS_DIR / code / "claimants.toml").read_text(encoding="utf-8"))
        assert name in data, f"{code}/claimants.toml lacks {name}"


def _string_literals(path) -> set[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    }


def _engine_vocabulary(code: str) -> set[str]:
    # Plus the sentence splitter's words from pack.toml ("Die", "vgl.").
    words = _vocabulary(code)
    for name in ("sentence_starters", "never_final"):
        words |= {w.lower().strip(".") for w in pack(code).meta.get(name, ())}
    return {w for w in words if len(w) > 1}


@pytest.mark.parametrize(
    "module",
    [
        "claimants.py",
        "stances.py",
        "chunking.py",
        "subjects.py",
        "bodies.py",
        "reported_speech.py",
        "remembering.py",
        "pipeline.py",
        "mentions.py",
        "appositions.py",
        "non_claimants.py",
        "context.py",
        "name_shapes.py",
        "resolution.py",
        "sources.py",
        "speakers.py",
        "sentences.py",
        "claimant_types.py",
    ],
)
def test_the_extraction_engine_holds_no_words_of_either_language(module):
    engine = PACKS_DIR.parent / module
    vocabulary = set().union(*(_engine_vocabulary(code) for code in available_languages()))
    found = set()
    for literal in _string_literals(engine):
        found |= {w.lower() for w in re.findall(r"[^\W\d_]{2,}", literal)} & vocabulary
    assert not found, f"{module} holds language words {sorted(found)}: move them into the packs"


# --- Settings: the grammar the engine asks about is pack data, never a code check ---


def _engine_modules():
    return sorted(PACKS_DIR.parent.glob("*.py")) + sorted(PACKS_DIR.glob("*.py"))


def test_no_engine_module_names_a_language_code():
    # `language == "de"` is how a language's grammar crept into the engine;
    # a pack setting (settings.toml) says the same for every language.
    import ast

    codes = set(available_languages())
    found = []
    for path in _engine_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in codes:
                found.append(f"{path.name}:{node.lineno} {node.value!r}")
    assert not found, f"engine code names a language: {found}; use a pack setting instead"


def _settings_the_engine_reads() -> set[str]:
    names = set()
    for path in _engine_modules():
        source = path.read_text(encoding="utf-8")
        # pack.setting("x"), the claimant rules' setting(language, "x") and
        # the sentence splitter's _split_words(language, "x").
        calls = r"(?:setting|_split_words)\(\s*(?:\w+,\s*)?\"(\w+)\""
        names |= set(re.findall(calls, source))
    return names


def test_every_setting_the_engine_reads_is_described():
    from claims.extraction.languages import setting_specs

    read = _settings_the_engine_reads()
    assert "nouns_capitalised" in read  # the scan sees the engine's calls
    assert read <= set(setting_specs()), sorted(read - set(setting_specs()))


def test_every_described_setting_has_a_type_and_a_text_and_is_read():
    from claims.extraction.languages import setting_specs

    read = _settings_the_engine_reads()
    for name, spec in setting_specs().items():
        assert spec["type"] in ("string", "bool", "list"), name
        assert len(spec.get("doc", "")) > 20, f"{name} is not explained"
        # Only the language's display name is for people alone.
        assert name in read or name == "name", f"{name} is described but no rule reads it"


@pytest.mark.parametrize("code", ["de", "en"])
def test_every_key_of_a_pack_file_is_a_described_setting(code):
    from claims.extraction.languages import setting_specs

    data = tomllib.loads((PACKS_DIR / code / "pack.toml").read_text(encoding="utf-8"))
    assert set(data) <= set(setting_specs()), sorted(set(data) - set(setting_specs()))


def test_an_unknown_setting_is_refused_with_its_name():
    from claims.extraction.languages import PackError, check_settings

    meta = dict(pack("en").meta, nouns_capitalized=True)
    with pytest.raises(PackError, match=r"xx/pack.toml: unknown setting\(s\) nouns_capitalized"):
        check_settings(meta, "xx/pack.toml")


def test_a_mistyped_or_missing_setting_is_refused():
    from claims.extraction.languages import PackError, check_settings

    with pytest.raises(PackError, match="verb_second must be a bool"):
        check_settings(dict(pack("de").meta, verb_second="yes"), "de/pack.toml")
    without_model = {k: v for k, v in pack("de").meta.items() if k != "somajo_model"}
    with pytest.raises(PackError, match="somajo_model is missing"):
        check_settings(without_model, "de/pack.toml")


def test_the_engine_cannot_ask_for_an_undescribed_setting():
    with pytest.raises(KeyError):
        pack("en").setting("no_such_setting")


def test_a_setting_a_pack_leaves_out_has_its_described_default():
    assert pack("de").setting("fallback") is False
    assert pack("de").setting("past_verb_tags") == []


def test_the_grammar_settings_differ_where_the_languages_do():
    for name in ("nouns_capitalised", "adjectives_inflected", "verb_second"):
        assert pack("de").setting(name) is True
        assert pack("en").setting(name) is False


@pytest.fixture
def extra_pack(tmp_path, monkeypatch):
    """A third pack "xx" beside copies of the real ones, visible to the engine."""
    import shutil

    from claims.extraction import languages, lexicon

    for code in available_languages():
        shutil.copytree(PACKS_DIR / code, tmp_path / code)
    shutil.copytree(PACKS_DIR / "en", tmp_path / "xx")
    settings = tmp_path / "xx" / "pack.toml"
    text = settings.read_text(encoding="utf-8").replace("fallback = true\n", "")
    settings.write_text(
        text.replace("nouns_capitalised = false", "nouns_capitalised = true"), encoding="utf-8"
    )
    cached = (
        languages.available_languages,
        languages.pack,
        languages.fallback_language,
        lexicon.for_language,
        lexicon.all_name_particles,
        lexicon.all_countries,
    )

    def clear():
        for function in cached:
            function.cache_clear()

    monkeypatch.setattr(languages, "PACKS_DIR", tmp_path)
    clear()
    yield "xx"
    monkeypatch.undo()
    clear()


def test_a_new_pack_directory_is_read_by_the_engine_without_code(extra_pack):
    from claims.extraction.claimants import ClaimantContext, attribute

    assert extra_pack in available_languages()
    sentence = "Yesterday Hartmann said the plan would cost 3 million euros."
    assert attribute(sentence, "en", ClaimantContext()).claimant == "Hartmann"
    # The copy differs only in capitalising its nouns: a lone capitalised word
    # inside the clause is then a noun, not a speaker.
    assert attribute(sentence, extra_pack, ClaimantContext()).claimant != "Hartmann"


def test_a_pack_with_an_unknown_setting_does_not_load(tmp_path):
    import shutil

    from claims.extraction.languages import PackError, find_packs, load_pack

    shutil.copytree(PACKS_DIR / "de", tmp_path / "xx")
    with (tmp_path / "xx" / "pack.toml").open("a", encoding="utf-8") as handle:
        handle.write("\nverb_first = true\n")
    assert find_packs(tmp_path) == ("xx",)
    with pytest.raises(PackError, match="unknown setting.*verb_first"):
        load_pack(tmp_path / "xx")


def test_a_month_short_form_needs_its_full_stop_as_a_name_is_no_date():
    assert pack("de").pattern("figure").search("Am 3. Okt. brannte die Halle.")
    assert not pack("de").pattern("figure").search("Jan Berger wohnt seit langem hier.")
    assert pack("en").pattern("figure").search("Sales peaked in Nov. last year.")
    assert not pack("en").pattern("figure").search("Jan Berger has lived here for years.")
    assert pack("en").pattern("date").search("The plant reopens on Mar 4.")
    assert not pack("en").pattern("date").search("Jan Berger said it was a shame.")
