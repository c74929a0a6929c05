"""A document speaks for whoever wrote it: its author after "by", its owner before "'s".

"A 2023 review by the X Board found …", "according to the trust's annual
report", "In einer Erklärung des Vereins heißt es …": the claimant is the body
behind the document, whatever the verb.
"""

from tests.extraction_support import claimants as _claimants


def test_a_document_by_a_body_opening_the_sentence_speaks_for_the_body():
    body = (
        "A 2024 review by the Coastal Defence Agency rated the sea wall as unsafe and "
        "put repair costs at 9 million pounds."
    )
    assert _claimants(body, "en") == ["Coastal Defence Agency"]


def test_an_early_estimate_by_a_council_speaks_for_the_council():
    body = "An early estimate by Fernley Borough Council put storm damage at 3.2 million pounds."
    assert _claimants(body, "en") == ["Fernley Borough Council"]


def test_the_owner_of_a_report_with_an_adjective_between_is_the_source():
    body = (
        "Brindle Valley Trust manages 40 kilometres of footpaths.\n"
        "Visits rose by 12 percent in 2025, according to the trust's latest annual report."
    )
    assert _claimants(body, "en")[1] == "Brindle Valley Trust"


def test_a_statement_of_the_club_goes_back_to_the_club_named_by_its_letters():
    body = (
        "Die HSG Talbrück hat beim Amtsgericht Insolvenz angemeldet.\n"
        "In einer Erklärung des Vereins heißt es, der Spielbetrieb laufe bis Saisonende weiter."
    )
    assert _claimants(body, "de")[1] == "HSG Talbrück"


def test_figures_published_by_the_university_are_the_university_named_before_it():
    body = (
        "Applications to the University of Harwell fell by 9 per cent this year, according "
        "to figures published by the university."
    )
    assert _claimants(body, "en") == ["University of Harwell"]


def test_a_funder_behind_a_preposition_is_not_the_body_a_closing_noun_means():
    body = (
        "Kelmont University led a trial of a new asthma inhaler.\n"
        "The trial was paid for by the Lung Health Foundation and enrolled 420 patients, "
        "the university said."
    )
    assert _claimants(body, "en")[1] == "Kelmont University"


def test_a_survey_by_a_generic_body_is_the_body_named_by_by_in_the_sentence():
    body = (
        "One in eight flats let by Ormsby Living has a broken boiler, according to a survey "
        "published by the housing trust on Friday."
    )
    assert _claimants(body, "en") == ["Ormsby Living"]


def test_the_clubs_figures_are_the_automobile_club_named_before():
    body = (
        "Der Automobilclub Talgrund hat 12.000 Mitglieder.\n"
        "Ein Ersatzteil kostet nach Angaben des Clubs rund 300 Euro."
    )
    assert _claimants(body, "de")[1] == "Automobilclub Talgrund"


def test_a_bodys_own_report_opening_the_sentence_speaks_for_the_body():
    body = (
        "Dunley City Council opened the bus lane in 2024.\n"
        "The council's review counts 12 crashes in the year since, down from 20."
    )
    assert _claimants(body, "en")[1] == "Dunley City Council"


def test_figures_of_the_museum_as_a_compound_are_the_museum_named_before():
    body = (
        "Das Stadtmuseum Kranich hat 2025 rund 61.000 Besucher gezählt.\n"
        "Nach Museumsangaben kamen 40 Prozent davon aus dem Ausland."
    )
    assert _claimants(body, "de")[1] == "Stadtmuseum Kranich"


def test_the_publisher_is_the_media_group_and_a_document_noun_ends_its_phrase():
    body = (
        "Die Mediengruppe Haldner stellt den „Talboten“ ein.\n"
        "Die Auflage ist nach Angaben des Verlags seit 2015 um die Hälfte gesunken.\n"
        "Laut Bilanz Bergbahnen haben die Umsätze um 9 Prozent zugelegt."
    )
    claimants = _claimants(body, "de")
    assert claimants[1] == "Mediengruppe Haldner"
    assert claimants[2] != "Bilanz Bergbahnen"


def test_the_health_office_is_the_office_whose_one_word_holds_both_parts():
    body = (
        "Das Landesamt für Gesundheitsschutz meldete 40 Fälle im Land.\n"
        "Das Gesundheitsamt Kornfeld meldete 12 Fälle im Kreis.\n"
        "Das Landesamt für Umweltschutz meldete nichts.\n"
        "Das Gesundheitsamt kündigte an, am Montag 300 Dosen zu verimpfen."
    )
    assert _claimants(body, "de")[3] == "Gesundheitsamt Kornfeld"


def test_counts_of_a_tourism_association_are_its_own():
    body = (
        "Die Zahl der Gäste ist nach Zählungen des Tourismusverbands Talgrund seit 2020 um "
        "30 Prozent gestiegen."
    )
    assert _claimants(body, "de") == ["Tourismusverband Talgrund"]


def test_german_compounds_of_a_firm_and_of_the_police_name_their_source():
    body = (
        "Die Brauerei Halsmoor hat 2025 rund 90.000 Hektoliter gebraut.\n"
        "Verkauft wurden nach Brauereiangaben vor allem Flaschen.\n"
        "Die Polizeiinspektion Halsmoor zählte beim Fest 12 Einsätze.\n"
        "Angezeigt wurden laut Polizeibericht zudem drei Diebstähle."
    )
    claimants = _claimants(body, "de")
    assert claimants[1] == "Brauerei Halsmoor"
    assert claimants[3] == "Polizeiinspektion Halsmoor"


def test_the_audit_office_and_its_auditors_are_the_office_named_before():
    body = (
        "Der Landesrechnungshof Talmark hat die Kosten der Umgehungsstraße geprüft.\n"
        "Nach Darstellung der Prüfer stiegen die Kosten um 30 Prozent.\n"
        "Der Rechnungshof hatte schon 2020 vor den Risiken gewarnt."
    )
    claimants = _claimants(body, "de")
    assert claimants[1:] == ["Landesrechnungshof Talmark", "Landesrechnungshof Talmark"]


def test_a_firms_accounts_are_a_document_of_the_firm():
    body = (
        "Brenmoor Water was fined 3 million pounds for leaks on Tuesday.\n"
        "Brenmoor Water's turnover was 290 million pounds, according to its latest accounts."
    )
    assert _claimants(body, "en")[1] == "Brenmoor Water"


def test_a_sentence_opened_by_its_own_report_belongs_to_the_subject_after_it():
    body = (
        "Rechnungshof rügt Kosten\n"
        "In seinem am Montag veröffentlichten Jahresbericht wirft der Landesrechnungshof"
        " der Stadt Ellwangen vor, 9 Millionen Euro zu viel ausgegeben zu haben.\n"
        "Die Sanierung habe am Ende 27 Millionen Euro gekostet."
    )
    assert _claimants(body, "de", title=True)[1:] == ["Landesrechnungshof", "Landesrechnungshof"]


def test_figures_released_by_the_authority_are_the_councils_named_in_the_sentence():
    body = (
        "Harnmoor County Council faces a 9 million pound overspend on care, according to"
        " figures released by the authority on Monday."
    )
    assert _claimants(body, "en") == ["Harnmoor County Council"]


def test_a_report_named_after_a_body_is_that_bodys():
    body = (
        "Westley District Council plans to close two libraries.\n"
        "A council report found that visits fell by 41 per cent since 2019."
    )
    assert _claimants(body, "en")[1] == "Westley District Council"


def test_a_courts_finding_is_the_courts():
    body = (
        "Das Landgericht Pellau hat einen Makler wegen Betrugs verurteilt.\n"
        "Der Schaden beläuft sich nach Feststellung des Gerichts auf 2,1 Millionen Euro."
    )
    assert _claimants(body, "de")[1] == "Landgericht Pellau"


def test_his_figures_opening_a_sentence_about_the_firm_are_the_speakers():
    body = (
        "„Wir haben sofort reagiert“, sagte Geschäftsführer Rainer Ostlinger.\n"
        "Nach seinen Angaben beschäftigt das Unternehmen 85 Menschen."
    )
    assert _claimants(body, "de")[1] == "Rainer Ostlinger"


def test_his_figures_about_a_run_of_nouns_stay_the_speakers():
    body = (
        "„Die Fusion ist nötig“, sagte Vorstand Reinhold Gassberg.\n"
        "Nach seinen Angaben zahlte Auental 2024 im Schnitt 44 Cent je Kilogramm Milch."
    )
    assert _claimants(body, "de")[1] == "Reinhold Gassberg"


def test_figures_published_by_a_noun_for_the_body_named_in_the_same_sentence():
    body = (
        "Burglaries rise\n\n"
        "Burglaries in the Kellmoor Constabulary area rose by 9 per cent, according to"
        " figures published by the force on Monday."
    )
    assert _claimants(body, "en")[1] == "Kellmoor Constabulary"


def test_a_bodys_accounts_named_by_its_noun_in_the_sentence_that_names_it():
    body = (
        "Stadium costs rise\n\n"
        "The stand being built by Kettering Vale Rugby Club at Mill Road has cost £41 million,"
        " according to the club's annual accounts."
    )
    assert _claimants(body, "en")[1] == "Kettering Vale Rugby Club"


def test_a_firms_report_named_by_a_possessive_of_its_own_name():
    body = (
        "Leaks up\n\n"
        "Drayford Water's latest annual report shows that 21 per cent of its water is lost."
    )
    assert _claimants(body, "en")[1] == "Drayford Water"
