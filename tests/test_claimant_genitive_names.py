"""A person named in the genitive owns the figures of a source phrase.

"Nach Kellers Angaben" and "nach Angaben Kellers" say whose account it is: the
person introduced before under that surname, not the body last quoted.
"""

from tests.extraction_support import claimants


def test_a_genitive_surname_before_the_document_noun_is_the_source():
    body = (
        "Die Polizei Seetal hat vier Verdächtige festgenommen, sagte Ermittlungsleiter"
        " Bernd Keller.\n"
        "Der Landkreis Seetal lobte den Einsatz.\n"
        "Nach Kellers Angaben stellten die Beamten 30 Kilogramm Kupfer sicher."
    )
    assert claimants(body, "de")[2] == "Bernd Keller"


def test_a_genitive_surname_after_the_document_noun_is_the_source():
    body = (
        "Die Polizei Seetal hat vier Verdächtige festgenommen, sagte Ermittlungsleiter"
        " Bernd Keller.\n"
        "Der Landkreis Seetal lobte den Einsatz.\n"
        "Die Beamten stellten nach Angaben Kellers 30 Kilogramm Kupfer sicher."
    )
    assert claimants(body, "de")[2] == "Bernd Keller"
