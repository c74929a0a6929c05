"""A clause between a one-word name and its verb of saying keeps the name the speaker.

"Tellbrook, which runs the county's buses, said …", "Tellbrook, the operator
that runs the buses, said …" and, after a quotation, "…“, sagte Kovačić, der
seit 20 Jahren …" name their speaker although nothing but a comma and a clause
stands between the name and the verb. Where nouns are capitalised, a relative
or an article after a noun ("der Vermieter der Halle, die Lindtaler Bau GmbH")
does not make that noun a name.
"""

from tests.extraction_support import claimants


def test_a_relative_clause_between_a_firm_and_said_keeps_the_firm_the_speaker():
    body = (
        "Bus timetable cut\n\n"
        "Tellbrook, which runs most of the county's buses, said 31 routes would lose their"
        " evening service."
    )
    assert claimants(body, "en")[1] == "Tellbrook"


def test_a_definite_apposition_before_said_keeps_the_firm_the_speaker():
    body = (
        "Bus timetable cut\n\n"
        "Tellbrook, the operator that runs most of the county's buses, said 31 routes had"
        " lost their evening service."
    )
    assert claimants(body, "en")[1] == "Tellbrook"


def test_a_surname_after_sagte_and_before_a_relative_clause_is_the_speaker():
    body = (
        "Streit um Schichtpläne\n\n"
        "„Wir haben 14 Wochenenden am Stück gearbeitet“, sagte Kovačić, der seit 20 Jahren"
        " im Betrieb ist."
    )
    assert claimants(body, "de")[1] == "Kovačić"


def test_a_noun_before_a_german_relative_or_article_stays_a_noun():
    body = (
        "Razzia im Gewerbegebiet\n\n"
        "Der Vermieter der Lagerhalle, die Lindtaler Bau GmbH, erklärte, man habe von 31"
        " Kisten nichts gewusst."
    )
    assert claimants(body, "de")[1] == "Lindtaler Bau GmbH"
