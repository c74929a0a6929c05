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


def test_a_compound_of_a_kind_noun_and_angaben_is_the_body_of_that_kind():
    body = (
        "Die Verlagsgruppe Tessmer Medien streicht 40 Stellen.\n"
        "Die Auflage sank nach Verlagsangaben seit 2018 um ein Drittel."
    )
    assert claimants(body, "de")[1] == "Verlagsgruppe Tessmer Medien"


def test_laut_and_a_bare_noun_is_the_body_named_before_by_that_noun():
    body = (
        "Nach Angaben der Feuerwehr Kellbrunn waren 90 Kräfte im Einsatz.\n"
        "Der Notruf ging laut Feuerwehr um 2.15 Uhr ein."
    )
    assert claimants(body, "de")[1] == "Feuerwehr Kellbrunn"


def test_figures_given_by_a_spokeswoman_of_a_body_are_that_bodys():
    body = (
        "Das Jugendamt Ortenfeld zählt 310 fehlende Kitaplätze.\n"
        "Nach Angaben einer Jugendamtssprecherin warten 95 Familien seit über einem Jahr."
    )
    assert claimants(body, "de")[1] == "Jugendamt Ortenfeld"


def test_the_fire_brigade_is_the_volunteer_brigade_named_before():
    body = (
        "Die Freiwillige Feuerwehr Kellbrunn rückte 2025 zu 412 Einsätzen aus.\n"
        "Nach Angaben der Feuerwehr waren 61 davon Fehlalarme."
    )
    assert claimants(body, "de")[1] == "Freiwillige Feuerwehr Kellbrunn"


def test_the_clinic_and_the_college_are_the_hospital_and_university_named_before():
    body = (
        "Das Kreisklinikum Ostbrück eröffnet ein Krebszentrum.\n"
        "Der Anbau kostete nach Angaben des Klinikums 31 Millionen Euro.\n"
        "Nach Angaben der Universität Tellenfeld gibt es einen Rekord.\n"
        "Nach Angaben der Hochschule begannen 5.900 Erstsemester ihr Studium."
    )
    found = claimants(body, "de")
    assert (found[1], found[3]) == ("Kreisklinikum Ostbrück", "Universität Tellenfeld")


def test_the_authority_is_the_police_headquarters_named_before():
    body = (
        "Das Polizeipräsidium Nordlahn kontrollierte am Wochenende Autofahrer.\n"
        "Nach Angaben der Behörde wurden 380 Fahrzeuge angehalten."
    )
    assert claimants(body, "de")[1] == "Polizeipräsidium Nordlahn"


def test_a_short_form_claimant_is_given_its_full_name():
    body = (
        "Die Wohnungsbaugesellschaft Tellau (WBT) erhöht die Mieten.\n"
        "Die WBT hat nach eigenen Angaben 4.100 Wohnungen."
    )
    assert claimants(body, "de")[1] == "Wohnungsbaugesellschaft Tellau (WBT)"


def test_a_spokeswoman_of_the_authority_speaks_for_the_body_named_in_the_sentence():
    body = (
        "Die Staatsanwaltschaft Wernau hat Anklage gegen zwei Unternehmer erhoben,"
        " wie eine Sprecherin der Behörde am Montag sagte."
    )
    assert claimants(body, "de") == ["Staatsanwaltschaft Wernau"]


def test_a_spokesman_of_the_inspection_speaks_for_the_police_inspection():
    body = (
        "Die Polizeiinspektion Ostbach zählte 2025 insgesamt 212 Radunfälle.\n"
        "Die meisten ereigneten sich beim Abbiegen, sagte ein Sprecher der Inspektion."
    )
    assert claimants(body, "de")[1] == "Polizeiinspektion Ostbach"


def test_a_courts_spokesman_in_the_sentence_that_names_the_court_speaks_for_it():
    body = (
        "Die Firma hat beim Amtsgericht Tellbach einen Insolvenzantrag gestellt,"
        " wie ein Gerichtssprecher am Montag mitteilte."
    )
    assert claimants(body, "de") == ["Amtsgericht Tellbach"]
