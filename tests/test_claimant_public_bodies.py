"""A town, a district or a chamber, named once and then by a shorter noun.

German local news names "die Gemeinde Lauterried" or "der Landkreis Ostheim"
once and then writes "die Verwaltung", "die Kreisverwaltung" or "die Kammer".
The administration speaks for its town or district, not for the council; a
chamber is the chamber named, unless a court was.
"""

from tests.extraction_support import claimants


def test_the_administration_speaks_for_the_town_named_before_not_its_council():
    body = (
        "Die Gemeinde Lauterried will am Bahnhof 40 Wohnungen bauen.\n"
        "Der Gemeinderat stimmte dem Plan am Montag zu.\n"
        "Die Kosten beziffert die Verwaltung auf 9,2 Millionen Euro."
    )
    assert claimants(body, "de")[2] == "Gemeinde Lauterried"


def test_the_district_administration_is_the_district_named_before():
    body = (
        "Der Landkreis Ostheim betreibt zwei Kliniken.\n"
        "Die Sanierung kostet nach Angaben der Kreisverwaltung 5,1 Millionen Euro."
    )
    assert claimants(body, "de")[1] == "Landkreis Ostheim"


def test_a_district_after_a_preposition_is_a_place_not_the_company():
    body = (
        "Regionalbus Sollbach: weniger Fahrten\n"
        "Die Regionalbus Sollbach streicht im Landkreis Ostheim 30 Fahrten.\n"
        "Betroffen sind nach Angaben des Unternehmens vor allem Abendfahrten."
    )
    assert claimants(body, "de", title=True)[2] == "Regionalbus Sollbach"


def test_the_chamber_is_the_professional_chamber_named_before():
    body = (
        "Nach Angaben der Landesärztekammer Nordwald fehlen 210 Hausärzte.\n"
        "Laut einer Umfrage der Kammer sind 38 Prozent der Ärzte älter als 60 Jahre."
    )
    assert claimants(body, "de")[1] == "Landesärztekammer Nordwald"


def test_the_chamber_after_a_court_is_still_the_court():
    body = (
        "Das Landgericht Tellau hat einen Makler zu drei Jahren Haft verurteilt.\n"
        "Nach Überzeugung der Kammer hatte er 41 Kunden betrogen."
    )
    assert claimants(body, "de")[1] == "Landgericht Tellau"
