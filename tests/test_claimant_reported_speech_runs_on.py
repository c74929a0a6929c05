"""Reported speech runs on past a body it speaks of.

In German reported speech a sentence in the subjunctive goes on with the
speaker named before, even when its subject is a body ("Das Landesamt habe
…") or names things ("seien die Fächer Mathematik und Chemie"); only another
person named in it may be a speaker of their own.
"""

from tests.extraction_support import claimants


def test_reported_speech_about_a_body_stays_with_the_speaker():
    body = (
        "„Die Werte sind viel zu hoch“, sagte Ulrike Fahrland vom Umweltverband.\n"
        "Das Landesamt habe dem Betreiber ein Zwangsgeld von 60.000 Euro angedroht."
    )
    assert claimants(body, "de")[1] == "Ulrike Fahrland"


def test_reported_speech_naming_things_stays_with_the_speaker():
    body = (
        "Schulleiterin Petra Hollmann sagte, es fehlten elf Lehrkräfte.\n"
        "Besonders betroffen seien die Fächer Mathematik, Chemie und Musik."
    )
    assert claimants(body, "de")[1] == "Petra Hollmann"


def test_reported_speech_of_another_named_person_is_not_the_first_speakers():
    body = (
        "Schulleiterin Petra Hollmann sagte, es fehlten elf Lehrkräfte.\n"
        "Stadtrat Jonas Erlbach habe dagegen 14 offene Stellen gezählt."
    )
    assert claimants(body, "de")[1] != "Petra Hollmann"
