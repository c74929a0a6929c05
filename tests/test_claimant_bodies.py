"""A body named once and then referred to by a common noun, a pronoun or its writers.

News introduces an association, an authority or a firm by name and then writes
"according to the association", "…, it said", "Auditors found" or "wie das
Unternehmen mitteilte"; each of these means the body named before.
"""

from claims.extraction import extract_claims
from tests.extraction_support import claimants


def _claimants(body: str, language: str) -> list[str | None]:
    return [s.claimant for s in extract_claims(body, language, has_title_line=False).sentences]


def test_the_association_in_a_source_phrase_is_the_association_named_before():
    body = (
        "The Lowfield Tenants' Association said rents in the district rose by 9 percent.\n"
        "More than 400 households are behind on payments, according to the association."
    )
    assert _claimants(body, "en")[1] == "Lowfield Tenants' Association"


def test_a_lower_case_service_after_its_modifier_is_the_service_named_before():
    body = (
        "The Brennock Coastguard Service rescued 14 people from the water on Sunday.\n"
        "According to the coastguard service, all of them had been swimming outside the flags."
    )
    assert _claimants(body, "en")[1] == "Brennock Coastguard Service"


def test_the_operator_is_the_company_that_runs_the_thing():
    body = (
        "Vantor Energy, which runs the Kelsey wind farm, said output fell by 12 percent in May.\n"
        "The turbines stood still for nine days, according to the operator."
    )
    assert _claimants(body, "en")[1] == "Vantor Energy"


def test_a_name_before_a_bare_generic_noun_names_that_body():
    body = "Ferry services to Inchmore remain suspended, the Inchmore Harbour authority said."
    assert _claimants(body, "en") == ["Inchmore Harbour authority"]


def test_it_after_a_quoted_person_is_the_body_not_the_person():
    body = (
        "The Marsh Valley Growers' Cooperative said frost destroyed 3,000 tonnes of apples.\n"
        "Chairwoman Eileen Varga said the cooperative had never lost so much fruit.\n"
        "About 140 farms sell through the cooperative, it said."
    )
    assert _claimants(body, "en")[2] == "Marsh Valley Growers' Cooperative"


def test_auditors_and_the_report_are_the_firm_that_published_the_audit():
    body = (
        "Spending on consultants doubled to £3.1 million, according to an audit by the "
        "accountancy firm Belmont Graves published on Friday.\n"
        "Auditors found that nine contracts had been awarded without a tender.\n"
        "Three of them went to a company owned by a former councillor, the report said."
    )
    assert _claimants(body, "en") == ["Belmont Graves", "Belmont Graves", "Belmont Graves"]


def test_a_function_before_a_person_does_not_make_the_person_a_publisher():
    body = (
        "The college faces a deficit of $9 million, according to figures presented by "
        "chief financial officer Ruth Adeyemi.\n"
        "About 30 posts will go, according to a college spokeswoman."
    )
    assert _claimants(body, "en")[1] != "Ruth Adeyemi"


def test_the_name_in_apposition_to_a_generic_noun_speaks():
    body = "The nurses' union, the Royal Guild of Nurses, said 2,000 posts were unfilled."
    assert _claimants(body, "en") == ["Royal Guild of Nurses"]


def test_a_common_noun_before_an_organisation_name_is_not_part_of_the_name():
    body = "The housing charity Shelterline said 5,400 people slept rough last winter."
    assert _claimants(body, "en") == ["Shelterline"]


def test_wuerden_after_reported_speech_carries_the_speaker_on_in_the_paragraph():
    body = (
        "Die Kasse habe 2025 ein Defizit von 40 Millionen Euro gemacht, sagte "
        "Kassenchefin Petra Lindholm. "
        "Die Beiträge würden deshalb im Januar um 0,3 Punkte angehoben."
    )
    assert _claimants(body, "de") == ["Petra Lindholm", "Petra Lindholm"]


def test_wuerden_without_a_speaker_before_names_nobody():
    body = "Die Beiträge würden im Januar um 0,3 Punkte angehoben."
    assert _claimants(body, "de") == [None]


def test_argumentieren_reports_what_the_lawyer_said():
    body = "Anwältin Sabine Kroll argumentierte, der Vertrag sei schon 2019 ausgelaufen."
    assert _claimants(body, "de") == ["Sabine Kroll"]


def test_a_parish_named_as_a_kind_of_body_is_what_die_gemeinde_means():
    body = (
        "Die Spenden sind 2024 auf 80.000 Euro gestiegen, teilte die Katholische "
        "Kirchengemeinde Sankt Anna mit.\n"
        "Laut dem Haushaltsplan der Gemeinde fließen davon 30.000 Euro in die Orgel."
    )
    assert _claimants(body, "de")[1] == "Katholische Kirchengemeinde Sankt Anna"


def test_das_unternehmen_in_the_same_sentence_is_the_company_named_in_it():
    body = (
        "Der Möbelhändler Wohnwerk hat seine Filiale in Lübbenau geschlossen, wie das "
        "Unternehmen am Freitag bestätigte."
    )
    assert _claimants(body, "de") == ["Wohnwerk"]


def test_company_figures_go_back_to_a_body_not_named_as_a_company():
    body = (
        "Die Wohnungsbaugesellschaft Lindenhof erhöht die Mieten zum April um 4 Prozent.\n"
        "Betroffen sind nach Unternehmensangaben rund 2.100 Wohnungen."
    )
    assert _claimants(body, "de")[1] == "Wohnungsbaugesellschaft Lindenhof"


def test_company_figures_never_go_back_to_a_ministry():
    body = (
        "Das Wirtschaftsministerium hat die Förderung für Ladesäulen im März gestoppt.\n"
        "Betroffen sind nach Unternehmensangaben rund 2.100 Anträge."
    )
    assert _claimants(body, "de")[1] != "Wirtschaftsministerium"


def test_a_generic_noun_never_goes_back_to_another_kind_of_body():
    body = (
        "The Harwick Cyclists' League counted 212 crashes on the ring road last year.\n"
        "The transport ministry said it would look at the figures."
    )
    assert _claimants(body, "en")[1] != "Harwick Cyclists' League"


def test_a_body_in_apposition_at_the_end_of_a_source_phrase_is_the_source():
    body = (
        "Hollin Quarry Ltd says the blasting causes no damage.\n"
        "Cracks were found in 17 houses, according to the regional building authority, "
        "Bauwerk Nord."
    )
    assert _claimants(body, "en")[1] == "Bauwerk Nord"


def test_a_name_described_as_a_company_is_what_the_company_means():
    body = (
        "Orrin Metals, a family-owned recycling company in Dunley, will close its "
        "smelter in May, the company said.\n"
        "The company said it had made a loss of £2.3 million last year."
    )
    assert _claimants(body, "en") == ["Orrin Metals", "Orrin Metals"]


def test_a_study_that_shows_something_in_a_wie_clause_is_its_authors():
    body = (
        "Die Zahl der Feldlerchen ist seit 2015 um ein Drittel gesunken, wie eine im "
        "Mai vorgestellte Zählung des Naturschutzbunds Weserland zeigt."
    )
    assert _claimants(body, "de") == ["Naturschutzbund Weserland"]


def test_zeigte_sich_reports_a_mood_not_a_finding():
    body = "Bürgermeisterin Eva Lindqvist zeigte sich nach der Abstimmung erleichtert."
    sentence = extract_claims(body, "de", has_title_line=False).sentences[0]
    assert "attributed_statement" not in sentence.reasons


def test_a_noun_of_function_before_a_german_name_is_no_part_of_it():
    body = (
        "Die Tierärztin Jana Hofreiter aus Wendorf betreut 40 Höfe.\n"
        "Ihr zufolge sind in diesem Jahr 120 Kälber verendet, sagte sie."
    )
    claimants = _claimants(body, "de")
    assert claimants[1] == "Jana Hofreiter"


def test_a_company_name_with_a_noun_first_is_not_a_person():
    body = "Die Stadtwerke Lindenau GmbH haben 2025 rund 4,1 Millionen Euro verdient."
    assert _claimants(body, "de") != ["Lindenau GmbH"]


def test_own_figures_of_a_body_make_it_its_own_source():
    body = "Der Landesimkerverband zählt nach eigenen Zahlen nur noch 4.100 Mitglieder."
    assert _claimants(body, "de") == ["Landesimkerverband"]


def test_the_prosecutor_is_the_prosecutor_named_before():
    body = (
        "The trial was opened by prosecutor Helen Marr.\n"
        "The crane had not been inspected for 11 months, the prosecutor said."
    )
    assert _claimants(body, "en")[1] == "Helen Marr"


def test_a_spokesperson_named_by_the_body_they_speak_for_gives_the_body():
    english = (
        "Bus strike\n\n"
        "No further talks have been scheduled, a spokesperson for Tarnley Buses said.\n"
        "Drivers walked out on 14 routes."
    )
    german = (
        "Lieferengpass\n\n"
        "Ein Sprecher des Pharmagroßhändlers Medivera bestätigte 31 ausgefallene Lieferungen."
    )
    assert claimants(english, "en")[1] == "Tarnley Buses"
    assert claimants(german, "de")[1] == "Medivera"


def test_a_chamber_a_school_and_a_theatre_are_found_by_their_noun():
    english = (
        "Town centre footfall\n\n"
        "The Westbay Chamber of Commerce surveyed 120 shops in May.\n"
        "Footfall is 9 per cent below last year, the chamber said."
    )
    german = (
        "Rekord im Theater\n\n"
        "Das Stadttheater Hallbrunn hat seine Bilanz vorgelegt.\n"
        "Nach Angaben des Theaters kamen 212.000 Besucher."
    )
    assert "Chamber" in (claimants(english, "en")[2] or "")
    assert claimants(german, "de")[2] == "Stadttheater Hallbrunn"


def test_a_force_a_partnership_and_a_developer_are_found_by_their_noun():
    body = (
        "Drink-driving figures\n\n"
        "Kelvale Police ran a crackdown in June.\n"
        "The Kelvale Road Safety Partnership paid for 40 extra patrols.\n"
        "Officers made 212 arrests, up from 174 last year, according to the force.\n"
        "That was the highest number in a decade, the partnership said."
    )
    found = claimants(body, "en")
    assert found[3] == "Kelvale Police"
    assert found[4] == "Kelvale Road Safety Partnership"


def test_a_german_body_after_the_verb_is_the_source_when_the_sentence_opens_otherwise():
    body = (
        "Bäume gefällt\n\n"
        "Die Stadt Ebersmoor hat 240 Bäume fällen lassen.\n"
        "Die Kosten dafür beziffert die Stadt auf 1,9 Millionen Euro.\n"
        "Als Grund nennt die Stadt vor allem Schäden durch Trockenheit."
    )
    found = claimants(body, "de")
    assert found[2] == "Stadt Ebersmoor"
    assert found[3] == "Stadt Ebersmoor"
