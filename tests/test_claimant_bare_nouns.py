"""A noun left as the claimant is resolved to what it refers to.

German capitalises nouns, so "Klinikum" or "Kreditinstitut" can come out of the
rules as if it were a name. A noun for a kind of body names the body of that
kind the article named before; on its own it names nobody.
"""

from tests.extraction_support import claimants


def test_a_kind_noun_left_as_claimant_is_the_body_named_before():
    body = (
        "Die Sparkasse Lautertal erhöht ihre Gebühren.\n"
        "Wie das Kreditinstitut am Montag mitteilte, kostet das Girokonto ab Mai 7 Euro."
    )
    assert claimants(body, "de")[1] == "Sparkasse Lautertal"


def test_a_generic_body_noun_left_as_claimant_is_the_body_named_before():
    body = (
        "Das Bezirksklinikum Ostwald hat eine Station geschlossen.\n"
        "Das Klinikum rechnet mit 1.200 Geburten im Jahr, im Vorjahr waren es 900."
    )
    assert claimants(body, "de")[1] == "Bezirksklinikum Ostwald"


def test_a_body_named_by_one_word_stays_its_own_name():
    body = (
        "Die Gemeinde Seeheim baut eine Schule.\n"
        "Das Landesinnenministerium teilte mit, es gebe 40 Millionen Euro Zuschuss."
    )
    assert claimants(body, "de")[1] == "Landesinnenministerium"


def test_a_spokesperson_of_a_body_named_by_its_kind_speaks_for_that_body():
    body = (
        "Die Hotelgruppe Seeblick Resorts übernimmt das Kurhaus Bad Lindau.\n"
        "Ein Sprecher der Hotelgruppe sagte, alle 140 Beschäftigten würden übernommen."
    )
    assert claimants(body, "de")[1] == "Hotelgruppe Seeblick Resorts"


def test_the_statisticians_speak_for_the_statistics_office():
    body = (
        "Das Statistische Landesamt Ostmark hat die Zahl der Baugenehmigungen vorgelegt.\n"
        "Nach Angaben der Statistiker wurden 4.100 Wohnungen genehmigt."
    )
    assert claimants(body, "de")[1] == "Statistische Landesamt Ostmark"


def test_a_body_noun_opening_an_earlier_sentence_does_not_become_a_name():
    body = (
        "Streit um den Holzpreis\n\n"
        "Die Forstgenossenschaft Uhlenbach zahlt weniger für Fichtenholz.\n"
        "Die Genossenschaft zahlt seit Oktober 61 Euro je Festmeter.\n"
        "Die Genossenschaft beliefert nach eigenen Angaben 14 Sägewerke."
    )
    assert claimants(body, "de")[3] == "Forstgenossenschaft Uhlenbach"


def test_the_zoo_is_the_animal_park_named_before():
    body = (
        "Tierpark Kellsee eröffnet Bärengehege\n\n"
        "Nach zwei Jahren Bauzeit hat der Tierpark Kellsee ein neues Bärengehege eröffnet.\n"
        "Der Zoo verweist darauf, dass er seit 2012 jährlich 20.000 Euro"
        " an ein Schutzprojekt zahlt."
    )
    assert claimants(body, "de")[2] == "Tierpark Kellsee"


def test_consumer_advocates_speak_for_the_advice_centre_named_before():
    body = (
        "Mehr Beschwerden über Stromverträge\n\n"
        "Die Verbraucherzentrale Nordheide hat ihre Jahresbilanz vorgelegt.\n"
        "Insgesamt gingen 9.300 Beschwerden ein, wie die Verbraucherschützer mitteilten.\n"
        "Gegen einen einzigen Anbieter richteten sich laut Verbraucherzentrale 870 Beschwerden."
    )
    found = claimants(body, "de")
    assert found[2] == "Verbraucherzentrale Nordheide"
    assert found[3] == "Verbraucherzentrale Nordheide"


def test_a_railway_named_with_a_hyphen_is_the_company_that_estimates_costs():
    body = (
        "Hang rutscht auf Gleise\n\n"
        "Die Elbtal-Bahn hat die Strecke nach einem Hangrutsch gesperrt.\n"
        "Die Kosten schätzt das Unternehmen auf rund drei Millionen Euro."
    )
    assert claimants(body, "de")[2] == "Elbtal-Bahn"


def test_the_broadcaster_is_the_body_whose_name_holds_rundfunk():
    body = (
        "Sender muss sparen\n\n"
        "Der Nordhang Rundfunk streicht sein drittes Programm.\n"
        "Nach Angaben des Senders fallen 90 von 1.200 Stellen weg."
    )
    assert claimants(body, "de")[2] == "Nordhang Rundfunk"


def test_a_job_centre_named_by_its_one_word_is_the_centre_named_before():
    body = (
        "Mehr Arbeitslose\n\n"
        "Das Jobcenter Talheim hat seine Zahlen für Oktober vorgelegt.\n"
        "Im Oktober meldeten sich laut Jobcenter 840 Menschen neu arbeitslos."
    )
    assert claimants(body, "de")[2] == "Jobcenter Talheim"


def test_customs_is_the_customs_office_named_before():
    body = (
        "Gefälschte Ware beschlagnahmt\n\n"
        "Das Hauptzollamt Kellhafen hat 12.000 gefälschte Uhren sichergestellt.\n"
        "Nach Angaben des Zolls sollen die Uhren vernichtet werden."
    )
    assert claimants(body, "de")[2] == "Hauptzollamt Kellhafen"


def test_a_club_noun_goes_back_to_the_club_named_by_another_word():
    body = (
        "Der Wanderbund Hohenfels hat seine Hütte am Kamm erweitert.\n"
        "Der Umbau kostete nach Angaben des Vereins rund 800.000 Euro."
    )
    assert claimants(body, "de")[1] == "Wanderbund Hohenfels"


def test_an_authority_noun_goes_back_to_the_body_cited_before():
    body = (
        "Die Brücke über die Lenne wird gesperrt.\n"
        "Die Lager seien beschädigt, teilte der Landesbetrieb Wegebau Lennetal mit.\n"
        "Betroffen sind nach Angaben der Behörde vor allem drei der fünf Pfeiler."
    )
    assert claimants(body, "de")[2] == "Landesbetrieb Wegebau Lennetal"


def test_an_operator_noun_goes_back_to_the_body_cited_before():
    body = (
        "In Kaltenbach hat eine neue Wache eröffnet.\n"
        "Die Wache ist rund um die Uhr besetzt, teilte die Notfallhilfe Kaltenbach mit.\n"
        "Dafür wurden nach Angaben des Betreibers neun Sanitäter eingestellt."
    )
    assert claimants(body, "de")[2] == "Notfallhilfe Kaltenbach"


def test_a_club_noun_is_no_firm_named_before():
    body = (
        "Die Mühlenwerke Ostrach AG schließt ihr Werk.\n"
        "Die Kosten trägt nach Angaben des Vereins die Gemeinde zu 40 Prozent."
    )
    assert claimants(body, "de")[1] != "Mühlenwerke Ostrach AG"


def test_a_noun_opening_a_longer_name_is_no_other_body():
    body = (
        "Die Brennerei Walder KG erweitert ihr Lager.\n"
        "Nach Angaben des Verbands der Obstbrenner Süd stieg der Absatz um 9 Prozent."
    )
    assert claimants(body, "de")[1] != "Brennerei Walder KG"


def test_the_district_noun_is_the_district_named_before():
    body = (
        "Der Landkreis Wiesental erhöht die Gebühren für Müllabfuhr.\n"
        "Nach Angaben des Kreises stiegen die Entsorgungskosten um 14 Prozent."
    )
    assert claimants(body, "de")[1] == "Landkreis Wiesental"


def test_the_organisers_of_a_show_are_the_show_named_before():
    body = (
        "Die Gartenschau Ellerbach GmbH zieht eine erste Bilanz.\n"
        "Nach Angaben der Veranstalter kamen bisher 310.000 Besucher."
    )
    assert claimants(body, "de")[1] == "Gartenschau Ellerbach GmbH"
