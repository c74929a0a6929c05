"""Claimants named by a generic noun, a function or a later sentence.

News names a source once and then refers back to it ("die Gewerkschaft", "the
spokesman", "der Vorstand"), or names the speaker of a quotation only after it.
"""

from claims.extraction import extract_claims


def _claimants(body: str, language: str) -> list[str | None]:
    return [s.claimant for s in extract_claims(body, language, has_title_line=False).sentences]


def test_documents_of_a_ministry_in_the_genitive_name_the_ministry():
    body = "Nach Angaben des Umweltministeriums wurden 2024 rund 310 Anlagen geprüft."
    assert _claimants(body, "de") == ["Umweltministerium"]


def test_generic_noun_in_a_source_phrase_goes_back_to_the_organisation():
    body = (
        "Der Marburger Bund rief die Klinikärzte zum Warnstreik auf.\n"
        "Der Gewerkschaft zufolge fehlen in den Kliniken des Landes 1.300 Ärzte."
    )
    assert _claimants(body, "de")[1] == "Marburger Bund"


def test_the_spokesman_is_the_spokesman_named_before_german():
    body = (
        "„Wir liefern wieder“, sagte Konzernsprecher Jonas Albrecht.\n"
        "Nach Angaben des Sprechers stehen 14 Züge in der Werkstatt.\n"
        "Er räumte ein, dass vier davon erst im Mai fertig seien."
    )
    assert _claimants(body, "de")[1:] == ["Jonas Albrecht", "Jonas Albrecht"]


def test_the_spokesman_is_the_spokesman_named_before_english():
    body = (
        '"We are delivering again," said spokesman Tomas Reyes.\n'
        "According to the spokesman, 14 trains are in the workshop."
    )
    assert _claimants(body, "en")[1] == "Tomas Reyes"


def test_the_board_speaks_for_its_company():
    body = (
        "Der Spielwarenhersteller Holtkamp hat im Sommer 300 Stellen gestrichen.\n"
        "Als Ursache nannte der Vorstand den Einbruch der Aufträge aus China."
    )
    assert _claimants(body, "de")[1] == "Holtkamp"


def test_an_unnamed_spokeswoman_speaks_for_the_cited_organisation_german():
    body = (
        "„Das Amt prüft den Fall“, sagte Pressesprecherin Nina Vogt.\n"
        "Das Landesumweltamt teilte mit, es seien 40 Proben genommen worden.\n"
        "Drei davon lagen über dem Grenzwert, wie eine Sprecherin bestätigte."
    )
    assert _claimants(body, "de")[2] == "Landesumweltamt"


def test_an_unnamed_spokesman_speaks_for_the_cited_organisation_english():
    body = (
        '"We are reviewing it," said spokeswoman Nina Vogt.\n'
        "The Harbor Safety Agency said it had taken 40 samples.\n"
        "Three exceeded the limit, a spokesman confirmed."
    )
    assert _claimants(body, "en")[2] == "Harbor Safety Agency"


def test_quotation_belongs_to_the_speaker_named_in_the_next_sentence():
    body = (
        "Der Bauernverband forderte schnelle Hilfen.\n"
        "„Auf vielen Höfen ist die Hälfte der Ernte verloren.“ "
        "Das sagte Verbandspräsident Karl Imhof am Montag in Kiel."
    )
    assert _claimants(body, "de")[1] == "Karl Imhof"


def test_quotation_over_two_sentences_belongs_to_the_speaker_at_its_end():
    body = (
        "The hearing opened on Monday.\n"
        '"The county paid for the bridge twice. '
        'Nobody has repaired it since 2015," Harris said.'
    )
    assert _claimants(body, "en")[1:] == ["Harris", "Harris"]


def test_quotation_closed_in_its_own_sentence_does_not_take_a_later_speaker():
    body = (
        '"The county paid for the bridge twice," Harris said. '
        "Nobody has repaired it since 2015, Jones said."
    )
    assert _claimants(body, "en") == ["Harris", "Jones"]


def test_reported_speech_ending_in_hiess_es_continues_the_source_before():
    body = (
        "Nach Angaben des Gesundheitsministeriums wurden 2024 rund 9.000 Anträge gestellt.\n"
        "Bewilligt worden seien davon knapp zwei Drittel, hieß es."
    )
    assert _claimants(body, "de") == ["Gesundheitsministerium", "Gesundheitsministerium"]


def test_document_filed_by_an_office_names_the_office_and_its_later_mention():
    body = (
        "According to a lawsuit filed by the Carver County Attorney's Office, "
        "the firm billed 300 hours it never worked.\n"
        "The county paid $1.1 million for those hours, the lawsuit says."
    )
    assert _claimants(body, "en") == ["Carver County Attorney's Office"] * 2


def test_study_by_researchers_names_their_institution_not_the_journal():
    body = (
        "Night-shift nurses slept 40 minutes less, according to a study by researchers "
        "at Halvorsen University published on Monday in the Journal of Sleep Care."
    )
    assert _claimants(body, "en") == ["Halvorsen University"]


def test_report_opening_the_sentence_with_aus_names_its_publisher():
    body = "Aus einem Gutachten des Landesrechnungshofs geht hervor, dass 12 Millionen Euro fehlen."
    assert _claimants(body, "de") == ["Landesrechnungshof"]


def test_officials_of_a_named_place_keep_the_place():
    body = "The town has repaid $200,000 to the state, Ashby Creek officials said."
    assert _claimants(body, "en") == ["Ashby Creek officials"]


def test_named_lawyer_who_countered_and_his_next_sentence():
    body = (
        "The prosecutor said the invoices were forged.\n"
        "The defendant's lawyer, Martin Osei, countered that every invoice had been approved.\n"
        "He told the court the inspections came two years later."
    )
    assert _claimants(body, "en")[1:] == ["Martin Osei", "Martin Osei"]


def test_an_agency_noun_before_figures_means_the_authority_named_before():
    body = (
        "The Lakeshore Port Authority will close two ferry piers, the agency said.\n"
        "The piers handled 90 boats a day last year, according to agency figures."
    )
    assert _claimants(body, "en")[1] == "Lakeshore Port Authority"


def test_by_its_own_account_the_subject_is_the_source():
    body = "By its own account, the Harbor Trust raised $3 million for the dunes last year."
    assert _claimants(body, "en") == ["Harbor Trust"]


def test_nach_eigenen_angaben_the_subject_is_the_source():
    body = (
        "Die Bahn verlängert den Ausbau.\n"
        "Nach eigenen Angaben hat der Mieterbund im Sommer 3.000 Mitglieder gewonnen."
    )
    assert _claimants(body, "de")[1] == "Mieterbund"


def test_a_short_form_of_an_organisation_goes_back_to_its_full_name():
    body = (
        "Brookfield Energy raised its dividend on Tuesday.\n"
        "Brookfield said it had added 90,000 customers in the quarter."
    )
    assert _claimants(body, "en")[1] == "Brookfield Energy"


def test_the_head_noun_of_an_organisation_goes_back_to_it():
    body = (
        "The Northgate Jazz Festival ended on Sunday.\n"
        "In a statement, the festival said it had sold 48,000 tickets."
    )
    assert _claimants(body, "en")[1] == "Northgate Jazz Festival"


def test_officials_of_the_first_word_of_a_department_named_before():
    body = (
        "The Department of Veterans Affairs declined to comment on the bill.\n"
        "Department officials said 400 clinics had received new funding this year."
    )
    assert _claimants(body, "en")[1] == "Department of Veterans Affairs"


def test_organisers_are_the_event_named_in_the_sentence():
    body = "The Lakeside Folk Festival drew 61,000 visitors, a record, organisers said."
    assert _claimants(body, "en") == ["Lakeside Folk Festival"]


def test_veranstalter_are_the_event_named_in_the_sentence():
    body = "Das Filmfest Elbtal zählte 48.000 Besucher, teilten die Veranstalter mit."
    assert _claimants(body, "de") == ["Filmfest Elbtal"]


def test_the_company_is_not_an_employer_named_beside_an_analyst():
    body = (
        "Corvane Logistics reported a 9% drop in profit.\n"
        "That was the view of Lena Ortiz, an analyst at Brightmoor Partners, who noted that "
        "margins had fallen.\n"
        "The company now expects revenue of $2 billion for the year."
    )
    assert _claimants(body, "en")[2] == "Corvane Logistics"


def test_officials_are_the_public_body_named_in_the_sentence_before_a_time_word():
    body = (
        "Water in the Fernbrook Valley School District failed two lead tests, "
        "officials said Thursday."
    )
    assert _claimants(body, "en") == ["Fernbrook Valley School District"]


def test_the_district_goes_back_to_the_district_named_before():
    body = (
        "The Ashcombe County School District closed 12 schools on Friday.\n"
        "About 9,000 pupils were sent home early, the district said."
    )
    assert _claimants(body, "en")[1] == "Ashcombe County School District"


def test_officials_qualified_by_another_word_are_not_an_earlier_body():
    body = (
        "The Coastal Flood Agency said the river rose 3 metres.\n\n"
        "State officials had counted fewer evacuated homes."
    )
    assert _claimants(body, "en")[1] != "Coastal Flood Agency"


def test_the_minister_is_the_minister_named_with_a_title_before_him():
    body = (
        "Transport Minister Alan Whitcombe opened the new bridge.\n"
        "According to the minister, the bridge cost 80 million pounds."
    )
    assert _claimants(body, "en")[1] == "Alan Whitcombe"


def test_die_ministerin_is_the_minister_named_with_a_title_before_her():
    body = (
        "Bauministerin Karla Henning eröffnete die neue Brücke.\n"
        "Laut der Ministerin kostete die Brücke 80 Millionen Euro."
    )
    assert _claimants(body, "de")[1] == "Karla Henning"


def test_the_rest_of_a_quotation_over_several_sentences_is_its_speakers_english():
    body = (
        '"Buses run late," said transport director Omar Haddad. "We know it. '
        'We have ordered 30 new buses this year."'
    )
    assert _claimants(body, "en") == ["Omar Haddad"] * 3


def test_the_rest_of_a_quotation_over_several_sentences_is_its_speakers_german():
    body = (
        "„Die Busse kommen zu spät“, sagte Verkehrsdirektor Omar Haddad. „Das wissen wir. "
        "Wir haben in diesem Jahr 30 neue Busse bestellt.“"
    )
    assert _claimants(body, "de")[-1] == "Omar Haddad"


def test_a_possessive_inside_a_quotation_is_not_its_speaker_german():
    body = (
        "Die Anwältin Lena Vogt wies die Vorwürfe zurück.\n"
        "„Meine Mandantin ist Köchin, keine Buchhalterin. Sie hat unterzeichnet, "
        "was man ihr vorgelegt hat“, sagte Vogt."
    )
    quoted = _claimants(body, "de")[1:]
    assert len(quoted) == 2 and all(c and c.endswith("Vogt") for c in quoted), quoted


def test_a_possessive_inside_a_quotation_is_not_its_speaker_english():
    body = (
        "Lawyer Lena Vogt rejected the charges.\n"
        '"My client is a cook, not an accountant. She signed what she was given," Vogt said.'
    )
    quoted = _claimants(body, "en")[1:]
    assert len(quoted) == 2 and all(c and c.endswith("Vogt") for c in quoted), quoted


def test_the_indictment_and_the_prosecution_are_the_prosecutors_office_german():
    body = (
        "Die Staatsanwaltschaft Lindau wirft der 41-Jährigen Untreue in 38 Fällen vor.\n"
        "Laut Anklage soll sie 2023 rund 90.000 Euro abgezweigt haben.\n"
        "Nach Berechnungen der Anklagebehörde entstand ein Schaden von 90.000 Euro."
    )
    assert _claimants(body, "de") == ["Staatsanwaltschaft Lindau"] * 3


def test_the_indictment_is_the_prosecutors_office_english():
    body = (
        "The Suffolk County District Attorney's Office charged the treasurer on Monday.\n"
        "According to the indictment, she diverted $90,000 from the club in 2023."
    )
    assert _claimants(body, "en")[1] == "Suffolk County District Attorney's Office"


def test_demnach_continues_whoever_described_it_in_the_sentence_before():
    body = (
        "Oberstaatsanwalt Jens Kiel schilderte, wie das System funktioniert haben soll.\n"
        "Demnach ließ der Mann 300 Rechnungen doppelt ausstellen."
    )
    described, continued = _claimants(body, "de")
    assert described.endswith("Jens Kiel") and continued == described


def test_laut_verwaltung_is_the_administration_named_before_as_a_compound():
    body = (
        "Die Kreisverwaltung Obertal sperrte am Morgen die Brücke.\n"
        "Laut Verwaltung kostet die Sanierung rund 2 Millionen Euro."
    )
    assert _claimants(body, "de")[1] == "Kreisverwaltung Obertal"


def test_a_study_by_an_institution_that_found_something_names_the_institution():
    body = (
        "Night-shift nurses slept 41 minutes less than day staff, "
        "a survey by the Marrow Valley Health Institute found."
    )
    assert _claimants(body, "en") == ["Marrow Valley Health Institute"]


def test_records_released_by_a_body_name_that_body():
    body = (
        "The Tarnby Water Board fined the plant in May.\n"
        "Inspection records released by the board show that the filters failed twice in 2024."
    )
    assert _claimants(body, "en")[1] == "Tarnby Water Board"


def test_a_study_in_a_place_does_not_name_the_place():
    body = "A 2019 study in Nebraska found that smaller classes raised test scores."
    assert _claimants(body, "en") == [None]


def test_a_reporting_verb_outranks_a_finding_verb():
    body = "Inspectors found 40 violations at the depot, Harbour Safety Office said."
    assert _claimants(body, "en") == ["Harbour Safety Office"]


def test_the_authors_of_a_study_are_its_institution():
    body = (
        "The Brenwick University Sleep Lab followed 600 students for a year.\n"
        "Those who slept less than six hours missed twice as many classes, the authors wrote."
    )
    assert _claimants(body, "en")[1] == "Brenwick University Sleep Lab"


def test_figures_a_body_releases_name_it_in_a_clause_with_wie():
    body = (
        "Im Juni fuhren nur 58 Prozent der Busse pünktlich, "
        "wie aus Zahlen der Verkehrsgesellschaft Ostheide hervorgeht."
    )
    assert _claimants(body, "de") == ["Verkehrsgesellschaft Ostheide"]


def test_a_short_form_in_brackets_stands_for_the_full_name_later():
    body = (
        "Das Institut für Verkehrsplanung Südwest (IVS) hat 4.000 Pendler befragt.\n"
        "Laut IVS braucht ein Pendler im Schnitt 38 Minuten zur Arbeit."
    )
    assert _claimants(body, "de")[1] == "Institut für Verkehrsplanung Südwest (IVS)"


def test_the_speaker_after_a_reported_clause_with_its_own_verb_german():
    body = (
        "Man habe die Stadt schon 2023 vor den Rissen gewarnt, "
        "sagte der Vereinsvorsitzende Jörg Tammen."
    )
    assert _claimants(body, "de") == ["Jörg Tammen"]


def test_an_employer_named_beside_an_expert_is_not_the_agency_meant_later():
    body = (
        "The Coastal Safety Board said 12 boats had capsized.\n"
        "Mira Lund, an engineer at Fenmoor College, said hulls often crack in the cold.\n"
        "The agency said two of the boats had no permit."
    )
    assert _claimants(body, "en")[2] == "Coastal Safety Board"


def test_a_source_closing_the_sentence_leaves_its_full_stop_out():
    body = "Rain fell for 30 hours, according to the Regional Weather Office."
    assert _claimants(body, "en") == ["Regional Weather Office"]


def test_first_findings_of_a_body_name_that_body():
    body = "Nach ersten Erkenntnissen der Feuerwehr entzündete sich ein Akku in der Werkstatt."
    assert _claimants(body, "de") == ["Feuerwehr"]


def test_the_verdict_is_the_court_named_before():
    body = (
        "Das Amtsgericht Lohfelden hat einen Bauunternehmer zu zwei Jahren verurteilt.\n"
        "Der Schaden liegt laut Urteil bei 340.000 Euro."
    )
    assert _claimants(body, "de")[1] == "Amtsgericht Lohfelden"


def test_the_council_is_the_council_named_before():
    body = (
        "Tarnby City Council closed two libraries in June.\n"
        "Visits had fallen by a third since 2019, according to the council."
    )
    assert _claimants(body, "en")[1] == "Tarnby City Council"


def test_records_of_a_body_named_earlier_in_the_sentence_are_its_own():
    body = "Tarnby City Council paid £2.3 million for the site, according to council records."
    assert _claimants(body, "en") == ["Tarnby City Council"]


def test_a_function_with_a_possessive_and_a_comma_before_the_name():
    body = '"We had no choice," said the port\'s head of security, Idris Mensah.'
    assert _claimants(body, "en") == ["Idris Mensah"]


def test_a_speaker_who_points_something_out_is_its_claimant():
    body = "Economist Hanne Vik pointed out that rents had risen 14 percent in two years."
    assert _claimants(body, "en") == ["Hanne Vik"]


def test_own_figures_with_an_adjective_stay_the_subjects_own_account():
    body = (
        "Der Mieterverein Talheim hat nach eigenen Angaben 1.900 Mitglieder, "
        "deutlich mehr als das Wohnungsamt."
    )
    assert _claimants(body, "de") == ["Mieterverein Talheim"]


def test_a_speaker_after_the_verb_followed_by_whom_he_told():
    body = "„Die Scheune war abgeschlossen“, sagte Brünnig der Lokalzeitung."
    assert _claimants(body, "de") == ["Brünnig"]


def test_a_spokesman_of_a_ministry_named_in_one_word_speaks_for_it():
    body = (
        "Ein Sprecher des Landesverkehrsministeriums bestätigte, dass 31 Brücken gesperrt seien.\n"
        "Im Vorjahr waren es laut Ministerium 19 Brücken."
    )
    assert _claimants(body, "de") == ["Landesverkehrsministerium", "Landesverkehrsministerium"]


def test_the_annual_report_of_the_company_is_the_company_and_so_is_the_report_later():
    body = (
        "Fenlow Ferries carried 2.1 million passengers last year, its owner, "
        "Fenlow Marine Group, said.\n"
        "Freight fell 6 percent, the company's annual report shows.\n"
        "Fuel costs rose by a fifth, the report says."
    )
    assert _claimants(body, "en")[1:] == ["Fenlow Marine Group", "Fenlow Marine Group"]


def test_a_speaker_who_attributes_a_change_to_a_cause_is_its_claimant():
    body = "Chief executive Ana Ruiz attributed the rise mainly to four new routes."
    assert _claimants(body, "en") == ["Ana Ruiz"]


def test_the_museum_is_the_museum_named_before():
    body = (
        "Thieves broke into Dunmore City Museum on Sunday.\n"
        "The stolen vase is insured for 400,000 pounds, according to the museum."
    )
    assert _claimants(body, "en")[1] == "Dunmore City Museum"


def test_it_said_is_the_organisation_cited_before():
    body = (
        "Prices for heating oil rose 12 percent in October, the Energy Price Office said.\n"
        "Diesel rose by a tenth, it said."
    )
    assert _claimants(body, "en")[1] == "Energy Price Office"


def test_it_after_the_verb_opens_what_was_said_not_the_speaker():
    body = (
        "Solvane Foods said on Friday that its sales had fallen.\n"
        "Solvane Foods cut 40 jobs and said it had closed two plants."
    )
    assert _claimants(body, "en")[1] == "Solvane Foods"


def test_she_after_a_spokeswoman_is_the_body_she_speaks_for():
    body = (
        "The Lower Weir burst on Sunday. Six homes were flooded, "
        "a spokeswoman for Fenwick Water Services said. No one was hurt, she added."
    )
    assert _claimants(body, "en")[1:] == ["Fenwick Water Services", "Fenwick Water Services"]


def test_a_name_followed_by_which_is_an_organisation_for_a_company_spokeswoman():
    body = (
        "Holt Generics, which makes most of the region's insulin, said output had halved.\n"
        "A company spokeswoman said the plant had reopened on June 3."
    )
    assert _claimants(body, "en") == ["Holt Generics", "Holt Generics"]


def test_a_document_with_a_name_of_its_own_is_its_own_source():
    body = "Only one in five adults walks daily, according to the National Mobility Survey."
    assert _claimants(body, "en") == ["National Mobility Survey"]


def test_figures_from_a_body_show_name_that_body():
    body = "Figures from the State Water Office show that use fell 8 percent in July."
    assert _claimants(body, "en") == ["State Water Office"]


def test_ihr_zufolge_is_the_woman_just_quoted():
    body = (
        "Die Betriebsrätin Mara Olsen sprach von einer Zumutung. "
        "Ihr zufolge fehlen im Werk derzeit 60 Fachkräfte."
    )
    assert _claimants(body, "de")[1] == "Mara Olsen"


def test_the_investigators_and_the_police_are_the_police_office_named_before():
    body = (
        "Die Polizeiinspektion Wardorf meldete am Montag einen Einbruch in eine Apotheke. "
        "Nach Angaben der Ermittler erbeuteten die Täter 3.000 Euro. "
        "Die Täter flohen laut Polizei in einem grauen Kombi."
    )
    assert _claimants(body, "de")[1:] == ["Polizeiinspektion Wardorf"] * 2


def test_a_described_unnamed_source_is_the_claimant():
    body = "A person familiar with the audit said the firm had billed 200 hours twice."
    assert _claimants(body, "en") == ["person familiar with the audit"]


def test_a_circle_a_german_report_cites_is_the_claimant():
    body = "Nach Informationen aus Regierungskreisen fehlen im Etat 900 Millionen Euro."
    assert _claimants(body, "de") == ["Regierungskreise"]


def test_sources_without_a_description_stay_vague():
    body = "Sources say the mayor paid 40,000 dollars for the survey."
    assert _claimants(body, "en") == [None]


def test_a_function_running_into_a_name_in_a_source_phrase_is_that_person():
    body = "According to chief technology officer Rhea Solano, 3,000 files were encrypted."
    assert _claimants(body, "en") == ["Rhea Solano"]


def test_a_chain_introduced_by_its_kind_is_das_unternehmen_later():
    body = (
        "Die Baumarktkette Werkfix schließt zwölf Filialen.\n"
        "Betroffen sind 300 Beschäftigte, wie das Unternehmen mitteilte."
    )
    assert _claimants(body, "de")[1] == "Werkfix"


def test_laut_verein_is_the_club_named_before():
    body = (
        "Der TSV Ellerbach hat ein Minus von 1,2 Millionen Euro gemacht.\n"
        "Laut Verein kamen im Schnitt 2.400 Zuschauer."
    )
    assert _claimants(body, "de")[1] == "TSV Ellerbach"


def test_an_organisations_possessive_before_any_body_is_named_does_not_fail():
    body = "Its spokesman said 40 jobs would go by March."
    assert _claimants(body, "en") == [None]


def test_a_spokesman_of_no_body_named_is_nobody_not_the_word_spokesman():
    body = "Die Universität Tellenfeld meldet einen Rekord, teilte ein Sprecher mit."
    assert _claimants(body, "de") != ["Sprecher"]


def test_it_said_before_anyone_was_quoted_is_the_body_named_last():
    body = (
        "Drivers at Kelmouth Buses walked out on Monday.\n"
        "The operator ran 40 of its 260 services, it said."
    )
    assert _claimants(body, "en")[1] == "Kelmouth Buses"


def test_she_means_the_woman_named_before_though_not_as_a_source():
    body = (
        "HMP Dunwold holds 30 per cent more men than it was built for, according to a report"
        " by the Prisons Inspectorate.\n"
        "Chief inspector Rowena Tate described the conditions as shameful.\n"
        '"We found 14 men sharing cells built for one," she said.'
    )
    assert _claimants(body, "en")[2] == "Rowena Tate"


def test_a_noun_for_a_body_after_the_source_phrase_is_no_apposition():
    body = (
        "The energy regulator, the Office of Heat and Power, said it had appointed a new"
        " supplier.\n"
        "Brightwell Energy collapsed.\n"
        "According to the regulator, the company had also missed two payments."
    )
    assert _claimants(body, "en")[2] == "Office of Heat and Power"
