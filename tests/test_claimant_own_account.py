""" "nach eigenen Angaben": the subject that opens the sentence is its own source.

A body named in full earlier comes back by one word of its name ("Grünwiesen
verarbeitet …") or by its kind ("Das Klinikum versorgte …"); either is the
claimant of its own figures.
"""

from tests.extraction_support import claimants


def test_one_word_of_a_body_named_before_is_the_source_of_its_own_account():
    body = (
        "Die Molkerei Grünwiesen streicht 40 Stellen.\n"
        "Grünwiesen verarbeitet nach eigenen Angaben täglich 400.000 Liter Milch."
    )
    assert claimants(body, "de")[1] == "Molkerei Grünwiesen"


def test_a_body_named_by_its_kind_is_the_source_of_its_own_account():
    body = (
        "Das Bezirksklinikum Ostwald hat eine neue Notaufnahme eröffnet.\n"
        "Das Klinikum versorgte im vergangenen Jahr nach eigenen Angaben 41.000 Patienten."
    )
    assert claimants(body, "de")[1] == "Bezirksklinikum Ostwald"


def test_an_opening_word_the_article_never_named_as_a_body_is_no_source():
    body = (
        "Die Molkerei Grünwiesen streicht 40 Stellen.\n"
        "Lindau verzeichnete nach eigenen Angaben 9.000 Übernachtungen."
    )
    assert claimants(body, "de")[1] is None


def test_the_body_opening_the_sentence_wins_over_a_noun_run_after_the_phrase():
    body = (
        "Die Molkerei Grünwiesen senkt den Milchpreis.\n"
        "Die Molkerei verarbeitet nach eigenen Angaben 300 Millionen Kilogramm Milch."
    )
    assert claimants(body, "de")[1] == "Molkerei Grünwiesen"


def test_an_object_opening_the_sentence_is_not_the_body_giving_its_own_account():
    body = (
        "Sparkurs bei der Bahn\n\n"
        "Die Talbahn Nordhessen GmbH streicht 14 Verbindungen, teilte das Unternehmen mit.\n\n"
        "Betriebsbedingte Kündigungen schließt das Unternehmen nach eigenen Angaben aus."
    )
    found = claimants(body, "de")
    assert found[2] == "Talbahn Nordhessen GmbH"
