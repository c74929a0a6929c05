"""Properties that must hold for any input, not just the labelled articles.

The extractor runs on whatever an editor pastes or uploads, so it must never
crash and its offsets must always index the body it was given.
"""

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claims.extraction import (
    REASON_LABELS,
    ExtractionInputError,
    decode_document,
    extract_claims,
    split_sentences,
)

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces that have tripped up sentence splitters and name rules elsewhere.
FRAGMENTS = [
    "Der Minister sagte am 3. Okt. in Berlin, die Zahl sei um 12,5 % gestiegen.",
    "The U.S. Army said 1,200 troops would leave by Jan. 5.",
    "„Das ist falsch“, sagte Dr. Anna Müller (SPD).",
    "Sen. Jo Diaz (R-Texas) said: 'No.'",
    "Laut Polizei wurden z. B. 27 Einbrüche gemeldet.",
    "According to the agency, prices rose 4%.",
    "PORTLAND, Ore. (AP) — ",
    "mg/L.",
    "...",
    "?!",
    "„",
    "“",
    "‘",
    "»",
    "«",
    '"',
    "'",
    "(",
    ")",
    "[",
    "]",
    "—",
    "–",
    "-",
    "•",
    "<p>",
    "</p>",
    "<br/>",
    "&nbsp;",
    "<b>Fett</b>",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u2028",
    "\u2029",
    "\x0b",
    "\x0c",
    "\x85",
    "e\u0301",
    "\u0301",
    "👍🏽",
    "👨‍👩‍👧",
    "🇩🇪",
    "שלום עולם.",
    "مرحبا بالعالم.",
    "\u202e",
    "ß",
    "İ",
    "ﬁ",
    "1234567890",
    "3,73",
    "1.000",
    "St.",
    "Nr.",
    "U.S.",
    "Dr.",
    "A.",
    "Mr. ",
    " Die ",
    " The ",
    " sagte ",
    " said ",
    " Prozent",
    " percent",
    "Wer ",
    "Ob ",
    "a" * 300,
    "Wort " * 80,
]

# Letters, digits, punctuation, separators, marks and symbols from all of
# Unicode, without unpaired surrogates (they cannot occur in decoded text).
ANY_CHAR = st.characters(exclude_categories=("Cs",))
PIECES = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(ANY_CHAR, max_size=12),
    st.text(st.sampled_from(".,;:!?\"'()[]{}„“”‘’«»-–— \t\n\r0123456789"), max_size=12),
)
BODIES = st.lists(PIECES, max_size=40).map("".join)


def _check_extraction(body, language):
    result = extract_claims(body, language)
    previous_end = 0
    for sentence in result.sentences:
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.start < sentence.end
        assert sentence.start >= previous_end
        previous_end = sentence.end
        assert 0.0 <= sentence.checkworthiness <= 1.0
        assert set(sentence.reasons) <= set(REASON_LABELS)
    spans = [(s.start, s.end) for s in result.sentences]
    for candidate in result.candidates:
        assert body[candidate.start : candidate.end] == candidate.text
        assert (candidate.start, candidate.end) in spans
        assert 0.0 <= candidate.checkworthiness <= 1.0
        assert set(candidate.reasons) <= set(REASON_LABELS)
    if result.title is not None:
        assert result.title in body


def _covers_every_character_once(body, language):
    spans = split_sentences(body, language)
    covered = [0] * len(body)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(body)
        previous_end = end
        for i in range(start, end):
            covered[i] += 1
    for i, ch in enumerate(body):
        if not ch.isspace():
            assert covered[i] == 1, (i, ch)


@SETTINGS
@given(body=BODIES, language=st.sampled_from(["de", "en", None]))
@example(body="Titel\r\nText ohne Punkt\r\n", language="de")
@example(body="\u200b", language=None)
@example(body="Er sagte:\u2028„Nein.“\x85Ende", language="de")
def test_extract_claims_never_raises_and_keeps_offsets_exact(body, language):
    _check_extraction(body, language)


@SETTINGS
@given(body=BODIES, language=st.sampled_from(["de", "en"]))
@example(body="a\u0301b. C\u200bd.", language="de")
@example(body="x\x0by.\x1cZ.", language="en")
def test_split_sentences_covers_every_visible_character_exactly_once(body, language):
    _covers_every_character_once(body, language)


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.from_regex(r"[A-Za-zÄÖÜäöüß]{1,12}", fullmatch=True), max_size=400))
def test_a_very_long_line_without_punctuation_is_kept_whole(words):
    body = " ".join(words)
    _check_extraction(body, "de")
    _covers_every_character_once(body, "de")


@SETTINGS
@given(data=st.binary(max_size=600))
@example(data=b"\xef\xbb\xbf")
@example(data=b"\x81\x8d\x8f\x90\x9d")
@example(data=b"<html><body><p>\xe4</p>")
def test_decode_document_returns_text_or_raises_input_error(data):
    for filename in ("", "a.txt", "a.html", "a.md"):
        try:
            text = decode_document(data, filename)
        except ExtractionInputError as error:
            assert error.code in {"binary", "too_large", "encoding", "empty"}
        else:
            assert isinstance(text, str) and text.strip()


@SETTINGS
@given(body=BODIES)
def test_decoded_html_and_markdown_can_be_extracted(body):
    for filename, data in (
        ("a.html", f"<html><body><p>{body}</p></body></html>"),
        ("a.md", f"# Titel\n\n{body}"),
    ):
        try:
            text = decode_document(data.encode("utf-8", "surrogatepass"), filename)
        except ExtractionInputError:
            continue
        _check_extraction(text, None)


def _crlf(text):
    return re.sub(r"\r?\n", "\r\n", text)


def test_crlf_body_keeps_exact_offsets_and_headline():
    body = _crlf(
        "Stadt erhöht Gebühren\n\n"
        "Die Stadt hat die Gebühren um 12 Prozent erhöht, sagte Bürgermeisterin Eva Roth.\n"
        "Was bisher bekannt ist\n"
        "Der Rat stimmte am Montag mit 31 zu 12 Stimmen zu.\n"
    )
    result = extract_claims(body, "de")
    assert result.title == "Stadt erhöht Gebühren"
    for sentence in result.sentences:
        assert body[sentence.start : sentence.end] == sentence.text
        assert "\r" not in sentence.text and "\n" not in sentence.text
    by_text = {s.text: s for s in result.sentences}
    assert "headline" in by_text["Stadt erhöht Gebühren"].reasons
    assert "headline" in by_text["Was bisher bekannt ist"].reasons
    assert [c.text for c in result.candidates] == [
        "Die Stadt hat die Gebühren um 12 Prozent erhöht, sagte Bürgermeisterin Eva Roth.",
        "Der Rat stimmte am Montag mit 31 zu 12 Stimmen zu.",
    ]


def test_crlf_body_gives_the_same_sentences_as_lf():
    lf = (
        "Title line\n\nThe council said on Monday that fees rose 12%.\n"
        "A subheading\nIt voted 31 to 12."
    )
    crlf = _crlf(lf)
    lf_result = extract_claims(lf, "en")
    crlf_result = extract_claims(crlf, "en")
    assert [s.text for s in crlf_result.sentences] == [s.text for s in lf_result.sentences]
    assert [s.reasons for s in crlf_result.sentences] == [s.reasons for s in lf_result.sentences]
    for sentence in crlf_result.sentences:
        assert crlf[sentence.start : sentence.end] == sentence.text


def test_old_mac_line_ends_split_lines():
    body = "Titel\rDer Rat stimmte am Montag mit 31 zu 12 Stimmen zu.\rEnde ohne Punkt"
    result = extract_claims(body, "de")
    assert result.title == "Titel"
    assert [s.text for s in result.sentences] == [
        "Titel",
        "Der Rat stimmte am Montag mit 31 zu 12 Stimmen zu.",
        "Ende ohne Punkt",
    ]
