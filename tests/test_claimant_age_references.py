"""A person named once and then referred to by age or by a pronoun.

Regional news introduces a resident with a noun of function and a full name
("den Landwirt Tobias Rahn") and then calls them "der 52-Jährige" or "the
44-year-old". The age noun means that person, as a pronoun would; so does a
pronoun after a sentence that named them without quoting them.
"""

from tests.extraction_support import claimants


def test_a_german_age_noun_after_a_quotation_is_the_person_named_before():
    body = (
        "Besonders betroffen ist der Imker Tobias Rahn aus Kellbach.\n"
        "„Von 40 Völkern sind mir 31 eingegangen“, sagte der 52-Jährige."
    )
    assert claimants(body, "de")[1] == "Tobias Rahn"


def test_an_english_age_noun_opening_a_sentence_is_the_person_quoted_before():
    body = (
        '"The water came in through the floor," said shopkeeper Amira Holt.\n'
        "The 44-year-old said her stock worth 12,000 pounds had been ruined."
    )
    assert claimants(body, "en")[1] == "Amira Holt"


def test_an_age_noun_giving_its_own_account_is_that_person():
    body = (
        "„Wir wissen nicht, wie es weitergeht“, sagte die Rentnerin Gisela Amrhein.\n"
        "Die 79-Jährige bezieht nach eigenen Angaben eine Rente von 1.150 Euro."
    )
    assert claimants(body, "de")[1] == "Gisela Amrhein"


def test_a_noun_of_function_before_a_given_name_is_not_part_of_the_name():
    body = "„Der Keller stand voll“, sagte der Bäcker Lukas Haberkorn."
    assert claimants(body, "de") == ["Lukas Haberkorn"]


def test_a_pronoun_means_the_person_the_sentence_before_named_without_quoting():
    body = (
        "Ein Gutachten hatte der Landwirt Jonas Steinbrecher in Auftrag gegeben.\n"
        "Er hatte nach eigenen Angaben 14 Kühe durch die Seuche verloren."
    )
    assert claimants(body, "de")[1] == "Jonas Steinbrecher"


def test_he_goes_back_to_the_man_named_before_the_woman_last_quoted():
    body = (
        "Headteacher Dr Nadia Carrow resigned on Monday, the trust said.\n"
        '"I leave with a heavy heart," Carrow said.\n'
        "The trust's chief executive, Gordon Pellow, thanked her for her work.\n"
        "He said the trust had moved two maths teachers to the school in June."
    )
    assert claimants(body, "en")[3] == "Gordon Pellow"


def test_a_masculine_age_noun_skips_the_woman_quoted_last():
    body = (
        "Landwirt Jonas Brettschneider verlor 14 Schafe.\n"
        "„Das ist ein Drama“, sagte die Nachbarin Helga Tannhäuser.\n"
        "„Der Zaun war 1,20 Meter hoch“, sagte der 52-Jährige."
    )
    assert claimants(body, "de")[2] == "Jonas Brettschneider"


def test_an_age_noun_after_a_source_phrase_is_its_owner_not_the_body_named_after_it():
    body = (
        "Die Prüferin Sandra Ketteler hat die Brücke untersucht.\n"
        "Nach Angaben der 58-Jährigen hatte die Straßenbaubehörde Wendtal den Schaden"
        " 2019 gemeldet."
    )
    assert claimants(body, "de")[1] == "Sandra Ketteler"


def test_an_age_adjective_before_a_full_name_leaves_the_name_a_person():
    # "Die 58-jährige Anke Brühl": the figure-led adjective is walked over as
    # any adjective is, so her own account and what she says next are hers.
    body = (
        "Der Bürgermeister Jochen Walther sagte, die Straße werde im Mai gesperrt.\n"
        "Die 58-jährige Anke Brühl aus Lettenbach fuhr nach eigenen Angaben 40 Kilometer Umweg.\n"
        "„Das kostet mich jeden Monat 90 Euro“, sagte sie."
    )
    assert claimants(body, "de")[1:] == ["Anke Brühl", "Anke Brühl"]


def test_a_pronoun_is_never_given_to_the_person_of_the_other_gender_quoted_before():
    # "she" after only a man was named: someone the text did not name, not him.
    body = (
        "Councillor Graham Pettifer said the council had repaired 300 potholes this year.\n"
        '"We still have 2,000 on the list," she said.'
    )
    assert claimants(body, "en") == ["Graham Pettifer", None]
