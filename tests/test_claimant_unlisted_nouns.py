"""A body referred to by a noun no list holds, by its legal form, or by its document.

Reporters vary the noun for a body they named once ("the yard", "the
regulator", "the panel"), open a sentence with a one-word firm name they used
in the headline, or cite a document without naming its author ("Laut
Anklage"). Each still has one claimant the text makes plain.
"""

from tests.extraction_support import claimants as _claimants


def test_a_noun_ending_the_body_name_in_the_same_sentence_means_that_body():
    body = "The Dunmore brickworks in Elby has cut 60 jobs since June, the works said on Friday."
    assert _claimants(body, "en") == ["Dunmore brickworks"]


def test_a_name_opening_the_sentence_is_the_company_a_closing_noun_means():
    body = (
        "Calder Freight will close its depot in Moss Lane by April, the company said.\n"
        "About 90 drivers work there, according to figures released by the company."
    )
    assert _claimants(body, "en") == ["Calder Freight", "Calder Freight"]


def test_a_known_person_opening_the_sentence_is_not_taken_for_the_company():
    body = (
        "Tessa Moorland joined Calder Freight Ltd as finance director in 2019.\n"
        "Tessa Moorland earned 410,000 pounds last year, the company said."
    )
    assert _claimants(body, "en")[1] == "Calder Freight Ltd"


def test_the_regulator_is_the_commission_named_before():
    body = (
        "The Water Services Commission fined Brookvale Water 2 million pounds in May.\n"
        "Leaks rose by a fifth over three years, according to the regulator."
    )
    assert _claimants(body, "en")[1] == "Water Services Commission"


def test_the_panel_is_the_panel_named_before():
    body = (
        "The Regional Planning Review Panel rejected the quarry plan on Tuesday.\n"
        "According to the panel, the site lies within 300 metres of two schools."
    )
    assert _claimants(body, "en")[1] == "Regional Planning Review Panel"


def test_a_participle_clause_between_name_and_verb_leaves_the_name_the_speaker():
    body = (
        "Solvane, launched in 2020 by engineers Mark Ebbing and Rosa Quint, says its pumps "
        "use 30 percent less power."
    )
    assert _claimants(body, "en") == ["Solvane"]


def test_a_one_word_name_from_the_headline_opens_a_later_sentence_as_that_name():
    body = (
        "Grenwick expands to three new cities\n\n"
        "Grenwick, a delivery start-up based in Tolby, has hired 200 couriers this year.\n\n"
        "The company made a loss of 4 million euros in 2025, a spokesman confirmed."
    )
    claimants = _claimants(body, "en", title=True)
    assert claimants[-1] == "Grenwick"


def test_a_place_from_the_headline_opening_a_plain_sentence_names_no_actor():
    body = (
        "Flood defences for Ashby delayed again\n\n"
        "Ashby was flooded twice in 2024, when 300 homes were damaged."
    )
    assert _claimants(body, "en", title=True)[-1] is None


def test_the_cooperative_is_the_body_whose_name_ends_in_eg():
    body = (
        "Die Weinbaugenossenschaft Talheim eG hat 2025 rund 1,2 Millionen Liter abgefüllt.\n"
        "Nach Angaben der Genossenschaft sank der Umsatz um 4 Prozent."
    )
    assert _claimants(body, "de") == [
        "Weinbaugenossenschaft Talheim eG",
        "Weinbaugenossenschaft Talheim eG",
    ]


def test_the_indictment_without_a_named_office_is_the_prosecution():
    body = "Laut Anklage soll der Mann zwischen 2020 und 2022 rund 80.000 Euro veruntreut haben."
    assert _claimants(body, "de") == ["Staatsanwaltschaft"]


def test_his_account_is_the_person_just_quoted_not_a_court_in_the_sentence():
    body = (
        "„Solche Verfahren dauern oft Jahre“, sagte der Anwalt Jonas Reuter.\n"
        "Nach seinen Angaben enden zwei von drei Fällen vor dem Landgericht Mosbach mit einem "
        "Vergleich."
    )
    assert _claimants(body, "de")[1] == "Jonas Reuter"


def test_researchers_naming_a_cause_speak_for_their_institute():
    body = (
        "Die Landesanstalt für Bodenkunde hat am Montag ihren Jahresbericht vorgestellt.\n"
        "Als Grund nennen die Forscher den Regenmangel der Jahre 2024 und 2025."
    )
    assert _claimants(body, "de")[1] == "Landesanstalt für Bodenkunde"


def test_a_comma_after_the_verb_keeps_the_speaker_before_it():
    body = (
        "Petra Lang, Analystin bei der Nordbank, sagte, Kornfeld habe seit 2023 "
        "Marktanteile verloren."
    )
    assert _claimants(body, "de") == ["Petra Lang"]


def test_a_body_described_in_apposition_is_the_actor_past_the_apposition():
    body = "Brixa, a software start-up based in Kell, has raised 12 million euros from investors."
    assert _claimants(body, "en") == ["Brixa"]


def test_a_person_described_in_apposition_is_the_actor_past_the_apposition():
    body = "Now Ellis Marr, a nurse from Dunlow, has been awarded 40,000 pounds in damages."
    assert _claimants(body, "en") == ["Ellis Marr"]


def test_a_business_noun_opening_a_name_makes_it_a_firm_the_company_noun_means():
    body = (
        "Die Metzgerei Lohbeck in Altwiese schließt Ende März ihre zweite Filiale.\n"
        "Wie das Traditionsunternehmen mitteilte, verlieren dadurch sechs Beschäftigte ihre "
        "Stelle."
    )
    assert _claimants(body, "de")[1] == "Metzgerei Lohbeck"


def test_a_spokeswoman_of_the_company_speaks_for_the_firm_in_the_genitive_before():
    body = (
        "Ein Ausfall im Netz des Stromversorgers Elvia hat am Montag 4.000 Haushalte "
        "getroffen.\n"
        "Betroffen war vor allem der Ortsteil Hainfeld, wie eine Sprecherin des Unternehmens "
        "mitteilte.\n"
        "Gegen Mittag seien alle Leitungen repariert gewesen, sagte die Sprecherin."
    )
    assert _claimants(body, "de")[1:] == ["Elvia", "Elvia"]


def test_a_council_spokesperson_speaks_for_the_council_named_in_the_sentence():
    body = (
        "The Dunmoor Angling Club said fish stocks fell by a third.\n"
        "Dunmoor Borough Council received 31 complaints about the lake in 2025, a council "
        "spokeswoman said."
    )
    assert _claimants(body, "en")[1] == "Dunmoor Borough Council"


def test_a_verb_of_saying_after_its_subject_closes_the_sentence_and_names_the_speaker():
    body = (
        "Kellham Port expects cargo volumes to grow by 5 percent next year, its harbour master "
        "Iris Vance told the Kellham Gazette."
    )
    assert _claimants(body, "en") == ["Iris Vance"]


def test_his_institute_is_the_institute_he_was_named_with():
    body = (
        "Der Ökonom Paul Reder vom Zentrum für Verkehrsforschung sagte, die Strecke sei "
        "unverzichtbar.\n"
        "Laut seinem Zentrum fahren dort täglich 14.000 Pendler."
    )
    assert _claimants(body, "de")[1] == "Zentrum für Verkehrsforschung"


def test_letters_after_a_name_make_a_person_not_an_organisation():
    body = (
        "For the defence, Ruth Okonjo KC said the scaffold had been inspected in May.\n"
        "She said the inspection log showed 12 checks in 2025."
    )
    assert _claimants(body, "en") == ["Ruth Okonjo", "Ruth Okonjo"]


def test_letters_before_a_name_are_a_title():
    body = "Green MP Alan Firth said 300 trees were felled in the park last year."
    assert _claimants(body, "en") == ["Alan Firth"]


def test_reported_speech_runs_on_past_a_place_and_a_compared_quantity():
    body = (
        "Landrätin Sabine Kohl sagte, der Kreis rechne mit Kosten von 2 Millionen Euro. "
        "Derzeit seien in Hollstadt 400 Anträge gemeldet, fast doppelt so viele wie vor fünf "
        "Jahren."
    )
    assert _claimants(body, "de") == ["Sabine Kohl", "Sabine Kohl"]


def test_the_company_is_the_firm_the_article_keeps_naming_not_one_named_in_passing():
    body = (
        "Tallo, a solar start-up based in Wexby, has raised 8 million euros.\n"
        "Tallo sells roof panels in four countries.\n"
        "The round was led by the venture firm Carrick Partners.\n"
        "The company employs 70 people, a spokeswoman said."
    )
    assert _claimants(body, "en")[-1] == "Tallo"


def test_a_name_it_refers_back_to_is_a_body_the_company_can_mean():
    body = (
        "Brockley Buses was fined 90,000 pounds after admitting it ran unsafe coaches.\n"
        "Councillor Amy Ross said she would raise the case with the Transport Board.\n"
        "The company said all 40 coaches had since been inspected."
    )
    assert _claimants(body, "en")[2] == "Brockley Buses"


def test_a_noun_before_a_german_verb_is_its_object_when_a_body_follows_the_verb():
    body = "Die Sanierungskosten beziffert der Zweckverband Mittelau auf 4,1 Millionen Euro."
    assert _claimants(body, "de") == ["Zweckverband Mittelau"]


def test_information_from_a_named_person_is_that_persons():
    body = (
        "Von den 30 Plätzen sind nach Auskunft von Schulleiterin Ines Hartwig bereits 26 vergeben."
    )
    assert _claimants(body, "de") == ["Ines Hartwig"]


def test_reported_speech_runs_on_past_a_noun_for_the_speakers_club():
    body = (
        "Vorsitzender Peter Albrecht sagte, der Platz sei dringend nötig. Der Verein habe "
        "derzeit 540 Mitglieder."
    )
    assert _claimants(body, "de") == ["Peter Albrecht", "Peter Albrecht"]


def test_the_judge_is_the_judge_named_before_not_the_court():
    body = (
        "Judge Alan Pryor sentenced the former treasurer at Wexcombe Crown Court.\n"
        "The judge said he had taken 14 months off the term for the guilty plea."
    )
    assert _claimants(body, "en")[1] == "Alan Pryor"


def test_a_speaker_who_expects_a_figure_makes_the_claim():
    body = "Kämmerer Lutz Behrens rechnet für 2027 mit Einnahmen von 2,4 Millionen Euro."
    assert _claimants(body, "de") == ["Lutz Behrens"]


def test_own_words_make_the_subject_its_own_source():
    body = (
        "Hafenchef Tom Heinemann sagte, der Umschlag sei 2025 um 4 Prozent gewachsen.\n"
        "Heinemann verhandelt nach eigenen Worten mit drei Reedereien über neue Linien."
    )
    assert _claimants(body, "de")[1] == "Tom Heinemann"


def test_the_force_is_the_constabulary_named_before():
    body = (
        "Westmere Constabulary recorded 310 burglaries in 2025.\n"
        "Most of them happened at night, according to figures published by the force."
    )
    assert _claimants(body, "en")[1] == "Westmere Constabulary"


def test_a_name_after_a_preposition_and_a_common_noun_is_not_the_speaker():
    body = "Tom Reid of consultancy Harrow Partners said the merger would save 40 million pounds."
    assert _claimants(body, "en") == ["Tom Reid"]


def test_a_reply_names_its_speaker_and_a_new_building_is_no_speaker():
    body = (
        "Die Stadtwerke Olm haben 2025 rund 30 Millionen Euro investiert. Zudem habe man ein "
        "neues Kundenzentrum in Olm eröffnet, teilte das Unternehmen mit.\n"
        "Das Gelände sei erst 2028 frei, entgegnete Bürgermeisterin Vera Stahl."
    )
    assert _claimants(body, "de")[1:] == ["Stadtwerke Olm", "Vera Stahl"]


def test_a_german_name_with_an_article_named_before_is_a_body_the_company_noun_means():
    body = (
        "Fährbetrieb Haldenau kürzt den Fahrplan\n\n"
        "Die Fährbetrieb Haldenau streicht ab Mai ein Drittel ihrer Abfahrten.\n\n"
        "Betroffen sind nach Angaben des Unternehmens vor allem die Abendfahrten."
    )
    claimants = _claimants(body, "de", title=True)
    assert claimants[-1] == "Fährbetrieb Haldenau"
