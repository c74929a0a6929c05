"""Words standing before or after a name that are not part of it.

An office joined to what it serves ("Commissioner for Harlow Vale") names no
person; a place before a lower-case noun and a full name ("Brindle resident
Oona Speck") says where the person lives; a weekday with its clitic
("Tuesday's hearing") is a date. None of them is ever a claimant.
"""

from tests.extraction_support import claimants


def test_an_office_joined_to_a_place_is_not_a_person_called_after_the_place():
    body = (
        "Clinic cover cut\n\n"
        "The Health Service Commissioner for Harlow Vale, Ivo Brandt, said 40 nurses had left.\n"
        "A union said 12 more would go.\n"
        "The commissioner said the rota was cut in May."
    )
    found = claimants(body, "en")
    assert found[1] == "Ivo Brandt"
    assert "Harlow Vale" not in (found[3] or "")


def test_a_place_before_a_resident_and_a_name_is_not_the_speaker():
    body = (
        "Bridge closed for repairs\n\n"
        '"The detour adds forty minutes to every school run," said Brindle resident '
        "Oona Speck, 41."
    )
    assert claimants(body, "en")[1] == "Oona Speck"


def test_a_weekday_with_its_clitic_is_not_part_of_a_name():
    body = (
        "Hospital misses staffing target\n\n"
        "Papers prepared for Tuesday's Quarry Hill meeting show that 212 shifts fell short."
    )
    assert "Tuesday" not in (claimants(body, "en")[1] or "")


def test_a_street_is_never_the_claimant():
    body = (
        "Road shut after fire\n\n"
        "Firefighters were called to a warehouse fire on Monday night.\n"
        "Kestrel Road was closed for eleven hours."
    )
    assert claimants(body, "en")[2] is None


def test_the_local_branch_of_a_body_speaks_for_the_body_not_the_town():
    body = (
        "Wheat yields down\n\n"
        "The Harlow Vale branch of the Growers' Union said yields had fallen by 18 per cent."
    )
    assert claimants(body, "en")[1] == "Growers' Union"


def test_letters_in_brackets_after_a_term_are_no_body():
    body = (
        "Port volumes fall\n\n"
        "The Kelmouth Harbour Board has published its quarterly figures.\n"
        "The port handled 212,000 twenty-foot equivalent units (TEU) in the quarter,"
        " the board said."
    )
    assert claimants(body, "en")[2] == "Kelmouth Harbour Board"
