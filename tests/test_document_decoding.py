"""Uploaded documents: decoding, refusal of bad input, HTML and Markdown."""

import time

import pytest

from claims.extraction import (
    MAX_DOCUMENT_BYTES,
    ExtractionInputError,
    claim_summary,
    decode_document,
    detect_language,
    similarity,
    validate_body,
)


def _error_code(data: bytes, filename: str = "") -> str:
    with pytest.raises(ExtractionInputError) as excinfo:
        decode_document(data, filename)
    assert excinfo.value.message
    assert isinstance(excinfo.value, ValueError)
    return excinfo.value.code


def test_empty_file_is_refused():
    assert _error_code(b"") == "empty"


def test_whitespace_only_file_is_refused():
    assert _error_code(b"  \n\t \r\n") == "empty"


def test_binary_file_is_refused():
    assert _error_code(b"%PDF-1.4\x00\x01\x02\x03binary") == "binary"
    assert _error_code(bytes(range(1, 32)) * 10) == "binary"


def test_too_large_file_is_refused():
    assert _error_code(b"a" * (MAX_DOCUMENT_BYTES + 1)) == "too_large"


def test_utf8_bom_is_stripped():
    assert decode_document("\ufeffÜberschrift".encode()) == "Überschrift"


def test_cp1252_fallback():
    data = "Die Bürger zahlten 5 € – laut Amt.".encode("cp1252")
    assert decode_document(data) == "Die Bürger zahlten 5 € – laut Amt."


def test_undecodable_bytes_are_refused():
    # 0x81 is undefined in cp1252 and invalid as a UTF-8 start byte.
    assert _error_code(b"Text \x81\x8d\x8f\x90\x9d") == "encoding"


def test_html_is_reduced_to_article_text():
    html = b"""<!doctype html><html><head><title>Site title</title>
    <script>var tracking = 1;</script><style>p {color: red}</style></head>
    <body><nav>Home | News</nav><header>Logo</header>
    <article><h1>Water values rise</h1><p>The utility measured <b>48 mg</b> per litre.</p>
    <p>The mayor said a plant is planned.</p></article>
    <aside>Related links</aside><footer>Imprint</footer></body></html>"""
    text = decode_document(html, "page.html")
    lines = [line for line in text.split("\n") if line.strip()]
    assert lines == [
        "Water values rise",
        "The utility measured 48 mg per litre.",
        "The mayor said a plant is planned.",
    ]
    assert "tracking" not in text and "Imprint" not in text and "Home" not in text


def test_html_detected_without_extension():
    text = decode_document(b"<html><body><main><p>Only this.</p></main></body></html>")
    assert text == "Only this."


def test_markdown_is_stripped():
    md = (
        b"# Neue Zahlen\n\nDie Zahl stieg um **18,5 Prozent**, laut [RKI](https://rki.de).\n"
        b"Ein _zweiter_ Satz.\n\nNeuer Absatz."
    )
    text = decode_document(md, "artikel.md")
    assert text.split("\n") == [
        "Neue Zahlen",
        "Die Zahl stieg um 18,5 Prozent, laut RKI. Ein zweiter Satz.",
        "Neuer Absatz.",
    ]


def test_plain_text_is_returned_unchanged():
    body = "Titel\n\n  Erster Satz.  Zweiter Satz.\r\n"
    assert decode_document(body.encode()) == body


def test_validate_body():
    assert validate_body("Text.") == "Text."
    with pytest.raises(ExtractionInputError) as excinfo:
        validate_body("   ")
    assert excinfo.value.code == "empty"
    with pytest.raises(ExtractionInputError) as excinfo:
        validate_body("x" * (MAX_DOCUMENT_BYTES + 1))
    assert excinfo.value.code == "too_large"


def test_language_detection():
    assert detect_language("Die Stadtwerke haben am Dienstag neue Werte gemessen.") == "de"
    assert detect_language("The council voted on Wednesday to approve the plan.") == "en"
    assert detect_language("12345 !!!") in ("de", "en")
    assert (
        detect_language("De gemeente heeft het plan goedgekeurd en de burgers waren blij.") == "de"
    )


def test_similarity_matches_reworded_claims():
    a = "Russland hat die Idee abgelehnt, ausländische Truppen zu stationieren."
    b = "Die Idee, ausländische Truppen zu stationieren, hat Russland abgelehnt!"
    assert similarity(a, b) >= 0.85
    assert similarity(a, "Die Zahl der Hitzetage steigt.") < 0.85


def test_claim_summary_is_short_and_cut_at_word_boundary():
    text = (
        "Russland hat lange die Idee abgelehnt, ausländische Truppen im Rahmen einer "
        "Friedenslösung zu stationieren."
    )
    summary = claim_summary(text)
    assert len(summary) <= 75
    assert summary.endswith("…")
    assert text.startswith(summary[:-1].rstrip())
    assert claim_summary("Kurz.") == "Kurz."


def test_unbalanced_markdown_markers_decode_quickly():
    # Each open "*", "[" or "(" without its partner used to scan to the end of
    # the line: 300 kB of "*a " took five minutes.
    for text in ("*a " * 100_000, "[" * 100_000, "[a](" * 100_000, "# a" + " " * 100_000 + "x"):
        started = time.perf_counter()
        decode_document(text.encode(), "notes.md")
        assert time.perf_counter() - started < 5


def test_markdown_keeps_text_of_nested_emphasis_links_and_closed_headings():
    text = "# Titel ##\n\n***Fett kursiv*** und [ein Link](https://example.org/a) __hier__."
    assert decode_document(text.encode(), "a.md") == "Titel\nFett kursiv und ein Link hier."
