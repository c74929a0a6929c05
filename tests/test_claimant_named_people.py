"""A name with a known given name is a person, also where nouns are capitalised.

German capitalises nouns, so a run of capitalised words alone does not make a
person. A given name the language pack knows does: "Einer der Betroffenen ist
Walter Brinkhoff" introduces the man whom "sagte er" later means.
"""

from tests.extraction_support import claimants


def test_a_person_introduced_without_a_verb_of_saying_is_whom_er_means():
    body = (
        "Die Vermieterin Hanna Oltrop verteidigte die Abrechnung am Montag.\n"
        "Einer der Mieter ist Walter Brinkhoff. „Ich soll 900 Euro nachzahlen“, sagte er."
    )
    assert claimants(body, "de")[2] == "Walter Brinkhoff"


def test_a_capitalised_noun_phrase_without_a_given_name_is_no_person():
    body = (
        "Die Vermieterin Hanna Oltrop verteidigte die Abrechnung am Montag.\n"
        "Schuld sei Steigende Energiekosten. „Wir zahlen 40 Prozent mehr“, sagte sie."
    )
    assert claimants(body, "de")[2] == "Hanna Oltrop"


def test_a_person_named_after_a_preposition_is_whom_an_age_noun_means():
    body = (
        "Der Insolvenzverwalter Bernd Kolbe prüft die Bücher.\n"
        "Die Weberei wird seit 2009 von Marlene Oswald geführt.\n"
        "„Unsere Aufträge sind um ein Drittel eingebrochen“, sagte die 52-Jährige."
    )
    assert claimants(body, "de")[2] == "Marlene Oswald"


def test_a_body_word_before_a_first_name_and_a_surname_describes_the_person():
    body = (
        "Streit um Hallenbad\n\n"
        "Der Hollfelder Gemeinderat Jonas Merzig nannte die Zahlen geschönt.\n"
        "Nach seinen Angaben fehlen dem Bad 400.000 Euro im Jahr."
    )
    found = claimants(body, "de")
    assert found[1] == "Jonas Merzig"
    assert found[2] == "Jonas Merzig"


def test_a_name_after_a_title_with_a_portfolio_is_the_speaker():
    body = (
        "Parking charges rise\n\n"
        "Tollbridge Borough Council will raise parking charges in April.\n"
        "Cabinet member for housing Rhian Castell said the council faced a £2.1 million gap."
    )
    assert claimants(body, "en")[2] == "Rhian Castell"


def test_a_name_after_a_function_whose_club_name_ends_in_a_year_speaks():
    body = (
        "Hallenbad vor dem Aus\n\n"
        "Der Vorsitzende des Turnvereins TV Ahlbach 1888, Gerd Kellner, sagte, der Verein"
        " verliere 140 Mitglieder."
    )
    assert claimants(body, "de")[1] == "Gerd Kellner"
