"""Sentence splitting: the traps of real news copy, one behaviour per test."""

import time

import pytest

from claims.extraction import split_sentences


def _sentences(body: str, language: str) -> list[str]:
    spans = split_sentences(body, language)
    for start, end in spans:
        assert body[start:end] == body[start:end].strip()
    return [body[start:end] for start, end in spans]


def test_missing_space_after_full_stop_still_splits():
    body = "Das ist ein Signal für die Beilegung.Laut Quellen soll er zugestimmt haben."
    assert _sentences(body, "de") == [
        "Das ist ein Signal für die Beilegung.",
        "Laut Quellen soll er zugestimmt haben.",
    ]


def test_missing_space_after_unit_abbreviation_still_splits():
    body = "Der Wert lag bei 4.0 mg/L.Das Amt prüft die Proben."
    assert _sentences(body, "de") == ["Der Wert lag bei 4.0 mg/L.", "Das Amt prüft die Proben."]


@pytest.mark.parametrize("name", ["Anna", "Émile", "Łódź"])
def test_any_accented_capital_after_a_glued_full_stop_starts_a_sentence(name):
    body = f"Der Wert lag bei 4.0 mg/L.{name} prüft die Proben."
    assert _sentences(body, "de") == ["Der Wert lag bei 4.0 mg/L.", f"{name} prüft die Proben."]


def test_german_abbreviations_do_not_split():
    body = "Das gilt z. B. für Dr. Meier und 1,2 Mio. Euro. Danach sprach sie."
    assert _sentences(body, "de") == [
        "Das gilt z. B. für Dr. Meier und 1,2 Mio. Euro.",
        "Danach sprach sie.",
    ]


def test_english_abbreviations_do_not_split():
    body = "Dr. Smith said U.S. sales fell in Jan. 2024 at Acme Corp. in Ohio. Prices rose."
    assert _sentences(body, "en") == [
        "Dr. Smith said U.S. sales fell in Jan. 2024 at Acme Corp. in Ohio.",
        "Prices rose.",
    ]


def test_abbreviation_at_sentence_end_splits_before_new_sentence():
    body = "The plant is the largest in the U.S. The company plans a second one."
    assert len(_sentences(body, "en")) == 2


def test_dates_and_ordinals_do_not_split():
    body = "Das Treffen fand am 12. Dez. statt und folgte auf den 3. November. Es kam keiner."
    assert _sentences(body, "de")[0] == (
        "Das Treffen fand am 12. Dez. statt und folgte auf den 3. November."
    )


def test_numbers_with_separators_do_not_split():
    body = "Es waren 31.000 Fälle, ein Plus von 18,5 Prozent. Der Wert lag bei 4.0 mg/L im Mittel."
    assert _sentences(body, "de") == [
        "Es waren 31.000 Fälle, ein Plus von 18,5 Prozent.",
        "Der Wert lag bei 4.0 mg/L im Mittel.",
    ]


def test_german_quotes_stay_with_their_sentence():
    body = "„Wir prüfen das“, sagte sie. Er sagte: „Das stimmt nicht.“ Dann ging er."
    assert _sentences(body, "de") == [
        "„Wir prüfen das“, sagte sie.",
        "Er sagte: „Das stimmt nicht.“",
        "Dann ging er.",
    ]


def test_english_double_and_single_quotes_stay_with_their_sentence():
    body = '"We are done," she said. ‘Maybe not,’ he replied. It ended.'
    assert _sentences(body, "en") == [
        '"We are done," she said.',
        "‘Maybe not,’ he replied.",
        "It ended.",
    ]


def test_dashes_do_not_split():
    body = "Beide Seiten—Kiew und Moskau—müssten nachgeben – so der Plan. Es folgte nichts."
    assert len(_sentences(body, "de")) == 2


def test_headline_line_without_full_stop_is_its_own_sentence():
    body = "Neue Zahlen zur Hitze\n\nDie Zahl stieg um 18,5 Prozent. Das Amt bestätigte das."
    assert _sentences(body, "de") == [
        "Neue Zahlen zur Hitze",
        "Die Zahl stieg um 18,5 Prozent.",
        "Das Amt bestätigte das.",
    ]


def test_newline_is_a_hard_boundary():
    body = "The first paragraph has no full stop\nThe second one does."
    assert _sentences(body, "en") == [
        "The first paragraph has no full stop",
        "The second one does.",
    ]


def test_offsets_index_the_original_body_with_windows_newlines():
    body = "Title\r\n\r\n  First sentence here.  Second one.\r\nThird line."
    spans = split_sentences(body, "en")
    assert [body[s:e] for s, e in spans] == [
        "Title",
        "First sentence here.",
        "Second one.",
        "Third line.",
    ]


def test_empty_body_has_no_sentences():
    assert split_sentences("  \n\n ", "de") == []


def test_quotation_after_a_unit_abbreviation_starts_a_sentence():
    body = 'Nitrate stayed below 2.5 mg/L. "The wells are safe," the engineer said.'
    assert _sentences(body, "en") == [
        "Nitrate stayed below 2.5 mg/L.",
        '"The wells are safe," the engineer said.',
    ]


def test_dateline_with_state_abbreviation_stays_in_the_sentence():
    body = "DENVER, Colo. (AP) — Snowfall closed Interstate 70 for six hours."
    assert _sentences(body, "en") == [body]


def test_long_run_without_whitespace_is_split_quickly_and_kept_whole():
    # SoMaJo needs time quadratic in a token's length (6 s for 6,000 characters).
    body = "Er sagte: " + "a." * 25_000 + " Dann ging er."
    started = time.perf_counter()
    sentences = _sentences(body, "de")
    assert time.perf_counter() - started < 10
    assert "".join(sentences).replace(" ", "") == body.replace(" ", "")


def test_lone_carriage_return_and_unicode_line_separator_end_a_line():
    body = "Titel\rDer Rat stimmte zu.\u2028Ende ohne Punkt"
    assert _sentences(body, "de") == ["Titel", "Der Rat stimmte zu.", "Ende ohne Punkt"]


def test_characters_the_tokenizer_drops_stay_in_a_sentence():
    body = "\u200bDer Rat stimmte zu.\x1b Dann \u202ekam er."
    assert _sentences(body, "de") == ["\u200bDer Rat stimmte zu.\x1b", "Dann \u202ekam er."]
