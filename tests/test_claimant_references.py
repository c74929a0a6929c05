"""Claimants named by a generic noun, a function or a later sentence.

News names a source once and then refers back to it ("die Gewerkschaft", "the
spokesman", "der Vorstand"), or names the speaker of a quotation only after it.
"""

from claims.extraction import extract_claims


def _claimants(body: str, language: str) -> list[str | None]:
    return [s.claimant for s in extract_claims(body, language, has_title_line=False).sentences]


def test_documents_of_a_ministry_in_the_genitive_name_the_ministry():
    body = "Nach Angaben des Umweltministeriums wurden 2024 rund 310 Anlagen geprüft."
    assert _claimants(body, "de") == ["Umweltministerium"]


def test_generic_noun_in_a_source_phrase_goes_back_to_the_organisation():
    body = (
        "Der Marburger Bund rief die Klinikärzte zum Warnstreik auf.\n"
        "Der Gewerkschaft zufolge fehlen in den Kliniken des Landes 1.300 Ärzte."
    )
    assert _claimants(body, "de")[1] == "Marburger Bund"


def test_the_spokesman_is_the_spokesman_named_before_german():
    body = (
        "„Wir liefern wieder“, sagte Konzernsprecher Jonas Albrecht.\n"
        "Nach Angaben des Sprechers stehen 14 Züge in der Werkstatt.\n"
        "Er räumte ein, dass vier davon erst im Mai fertig seien."
    )
    assert _claimants(body, "de")[1:] == ["Jonas Albrecht", "Jonas Albrecht"]


def test_the_spokesman_is_the_spokesman_named_before_english():
    body = (
        '"We are delivering again," said spokesman Tomas Reyes.\n'
        "According to the spokesman, 14 trains are in the workshop."
    )
    assert _claimants(body, "en")[1] == "Tomas Reyes"


def test_the_board_speaks_for_its_company():
    body = (
        "Der Spielwarenhersteller Holtkamp hat im Sommer 300 Stellen gestrichen.\n"
        "Als Ursache nannte der Vorstand den Einbruch der Aufträge aus China."
    )
    assert _claimants(body, "de")[1] == "Holtkamp"


def test_an_unnamed_spokeswoman_speaks_for_the_cited_organisation_german():
    body = (
        "„Das Amt prüft den Fall“, sagte Pressesprecherin Nina Vogt.\n"
        "Das Landesumweltamt teilte mit, es seien 40 Proben genommen worden.\n"
        "Drei davon lagen über dem Grenzwert, wie eine Sprecherin bestätigte."
    )
    assert _claimants(body, "de")[2] == "Landesumweltamt"


def test_an_unnamed_spokesman_speaks_for_the_cited_organisation_english():
    body = (
        '"We are reviewing it," said spokeswoman Nina Vogt.\n'
        "The Harbor Safety Agency said it had taken 40 samples.\n"
        "Three exceeded the limit, a spokesman confirmed."
    )
    assert _claimants(body, "en")[2] == "Harbor Safety Agency"


def test_quotation_belongs_to_the_speaker_named_in_the_next_sentence():
    body = (
        "Der Bauernverband forderte schnelle Hilfen.\n"
        "„Auf vielen Höfen ist die Hälfte der Ernte verloren.“ "
        "Das sagte Verbandspräsident Karl Imhof am Montag in Kiel."
    )
    assert _claimants(body, "de")[1] == "Karl Imhof"


def test_quotation_over_two_sentences_belongs_to_the_speaker_at_its_end():
    body = (
        "The hearing opened on Monday.\n"
        '"The county paid for the bridge twice. '
        'Nobody has repaired it since 2015," Harris said.'
    )
    assert _claimants(body, "en")[1:] == ["Harris", "Harris"]


def test_quotation_closed_in_its_own_sentence_does_not_take_a_later_speaker():
    body = (
        '"The county paid for the bridge twice," Harris said. '
        "Nobody has repaired it since 2015, Jones said."
    )
    assert _claimants(body, "en") == ["Harris", "Jones"]
