"""The one token stream: SoMaJo's token classes plus HanTa's lemmas and parts of speech."""

from claims.extraction.sentences import split_with_tokens
from claims.extraction.tokens import analyse_word


def _tokens(body: str, language: str):
    return [tok for _start, _end, tokens in split_with_tokens(body, language) for tok in tokens]


def test_token_offsets_index_the_body_exactly():
    body = "Der Minister sagte am 3. Okt.,\r\ndie Zahl sei um 12,5 % gestiegen.  Siehe asa2024.com"
    for tok in _tokens(body, "de"):
        assert body[tok.start : tok.end] == tok.text


def test_sentences_carry_only_their_own_tokens():
    body = "Prices rose 4%. Visit asa2024.com now."
    sentences = split_with_tokens(body, "en")
    assert len(sentences) == 2
    for start, end, tokens in sentences:
        assert all(start <= t.start and t.end <= end for t in tokens)


def test_token_classes_tell_urls_numbers_and_ordinals_apart():
    kinds = {
        t.text: t.kind for t in _tokens("Visit asa2024.com in the 21st century, 30 times.", "en")
    }
    assert kinds["asa2024.com"] == "URL"
    assert kinds["21st"] == "ordinal"
    assert kinds["30"] == "number"


def test_lemmas_and_superlatives_come_from_the_tagger():
    assert analyse_word("lowest", "en") == ("low", "AJS", "sup")
    lemma, pos, degree = analyse_word("höchsten", "de")
    assert (lemma, degree) == ("hoch", "sup")
    assert analyse_word("gestiegen", "de")[0] == "steigen"


def test_language_without_a_pack_gets_plain_tokens():
    assert analyse_word("Bonjour", "fr") == ("bonjour", "", "")


def test_junk_words_skip_the_tagger():
    # HanTa needs seconds for "a" × 24; such words keep a plain lemma.
    assert analyse_word("a" * 24, "de") == ("a" * 24, "", "")
    assert analyse_word("Aaaah", "en") == ("aaaah", "", "")


def test_past_the_deadline_new_forms_stay_unanalysed():
    from claims.extraction.tokens import make_token

    assert make_token("Zwergkaninchen", 0, 14, "regular", "de", deadline=0.0).pos == ""
    analyse_word("Haus", "de")
    assert make_token("Haus", 0, 4, "regular", "de", deadline=0.0).pos == "NN"


def test_the_emoji_pass_skipped_on_text_without_emoji_changes_no_token():
    # The tokenizer skips SoMaJo's per-character emoji search where a text
    # holds none of its characters; SoMaJo as shipped must see the same tokens.
    from pathlib import Path

    from somajo import SoMaJo

    from claims.extraction.languages import pack
    from claims.extraction.sentences import _tokenizer

    gold = Path(__file__).resolve().parent.parent / "bench" / "gold"
    texts = [(p.read_text(encoding="utf-8"), p.name.split(".")[-2]) for p in gold.glob("*.txt")]
    assert len(texts) > 10
    texts += [
        ("Super Sache 👍🏽 – die Miete steigt um 12 % ❤️ #Wohnen", "de"),
        ("Prices up 4% 😡😡 and the ☕ costs £3 ✈︎ now :-) 🇬🇧", "en"),
    ]
    for text, language in texts:
        shipped = SoMaJo(
            pack(language).setting("somajo_model"),
            split_camel_case=True,
            split_sentences=True,
            character_offsets=True,
        )

        assert _somajo_tokens(_tokenizer(language), text) == _somajo_tokens(shipped, text)
    emoji = [t for t in _tokens("Super Sache 👍🏽 und ❤️ heute", "de") if t.kind == "emoticon"]
    assert [t.text for t in emoji] == ["👍🏽", "❤️"]


def _somajo_tokens(tokenizer, text: str) -> list[tuple]:
    return [
        (t.text, t.token_class, t.character_offset)
        for sentence in tokenizer.tokenize_text([text])
        for t in sentence
    ]
