"""A figure that comes out of a document ("wie aus dem Bericht der X hervorgeht").

The document may carry a date and a participle before its noun, and its owner
may be named only by the noun that closes the body's name ("der Bibliothek"
after "Stadtbibliothek Lindenbrück"): the body named before is the source.
"""

from tests.extraction_support import claimants


def test_a_dated_report_of_a_body_named_by_its_noun_is_that_bodys():
    body = (
        "Museum zählt mehr Gäste\n\n"
        "Das Stadtmuseum Kellbrück hat im Sommer eine neue Halle eröffnet.\n"
        "Insgesamt kamen 81.000 Gäste, ein Plus von elf Prozent, wie aus dem am Dienstag"
        " vorgelegten Jahresbericht des Museums hervorgeht."
    )
    assert claimants(body, "de")[2] == "Stadtmuseum Kellbrück"


def test_a_dated_monthly_report_of_an_association_is_the_association_named_before():
    body = (
        "Grundwasser sinkt\n\n"
        "Der Wasserverband Obere Lahnau warnt vor Engpässen.\n"
        "An 14 von 20 Messstellen lag der Pegel unter dem Minimum, wie aus dem am Montag"
        " veröffentlichten Monatsbericht des Verbands hervorgeht."
    )
    assert claimants(body, "de")[2] == "Wasserverband Obere Lahnau"


def test_the_name_in_apposition_to_a_documents_owner_is_the_source():
    body = (
        "Weniger Strom aus Wasserkraft\n\n"
        "Das Kraftwerk am Seldebach lieferte im Sommer weniger Strom.\n"
        "Nach Angaben des Betreibers, der Stromversorgung Untere Selde (SVUS), lieferten die"
        " Turbinen 48 Millionen Kilowattstunden."
    )
    assert "Stromversorgung Untere Selde" in claimants(body, "de")[2]


def test_a_relative_clause_after_a_documents_owner_names_no_source():
    body = (
        "Mängel im Pflegeheim\n\n"
        "Laut dem Prüfbericht der Heimaufsicht Lindenhof, der dieser Zeitung vorliegt,"
        " fehlten in 14 Nächten Pflegekräfte."
    )
    assert claimants(body, "de")[1] != "Zeitung"
