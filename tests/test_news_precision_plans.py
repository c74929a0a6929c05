"""News precision: plans, decisions, open matters, positions, labels and figures.

A plan without an amount, a matter left open, a position for or against something and
a label stay no claim whoever voices them; a decision set for a date, a plan with an
amount and a number closing a German sentence stay claims.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction_support import candidates
from tests.extraction_support import proposed as _proposed
from tests.extraction_support import score as _score


@pytest.mark.parametrize(
    ("decision", "plan", "language"),
    [
        (
            "Die Förderschule in Ahlbach soll zum Sommer 2026 mit der Schule in Reesen "
            "zusammengelegt werden.",
            "Die Gemeinde plant, die Förderschule in Ahlbach langfristig zu stärken.",
            "de",
        ),
        (
            "Das Freibad am Mühlenteich bleibt ab kommendem Dienstag geschlossen.",
            "Das Freibad am Mühlenteich bleibt wohl ein Sorgenkind der Gemeinde.",
            "de",
        ),
        (
            "The Tollgate Road library will close at the end of March, the county said.",
            "The county plans to turn the Tollgate Road library into a community hub.",
            "en",
        ),
    ],
)
def test_a_closure_or_merger_set_for_a_date_is_a_decision_not_a_plan(decision, plan, language):
    scored = _score(decision, language)
    assert "prediction" not in scored.reasons
    assert _proposed(decision, language)
    assert not _proposed(plan, language)


@pytest.mark.parametrize(
    ("open_matter", "fact", "language"),
    [
        (
            "The port authority said it would review the mooring fees after the season.",
            "The port authority said it raised the mooring fees by 12 percent in June.",
            "en",
        ),
        (
            "Club chairman Lewis Brandt said a decision on the new stand would be made in autumn.",
            "Club chairman Lewis Brandt said the new stand cost 3.2 million pounds.",
            "en",
        ),
        (
            "Die Kreisverwaltung prüfe derzeit, ob die Fähre im Winter weiterfahren könne, "
            "sagte Landrat Ernst Vollmer.",
            "Die Fähre habe im Winter 2.100 Fahrgäste befördert, sagte Landrat Ernst Vollmer.",
            "de",
        ),
        (
            "Der Sportverein Elmshagen hofft auf einen Zuschuss der Gemeinde für das neue Dach.",
            "Der Sportverein Elmshagen erhielt 45.000 Euro Zuschuss der Gemeinde "
            "für das neue Dach.",
            "de",
        ),
    ],
)
def test_a_matter_still_open_is_no_fact(open_matter, fact, language):
    scored = _score(open_matter, language)
    assert "prediction" in scored.reasons
    assert "attributed_statement" not in scored.reasons
    assert not _proposed(open_matter, language)
    assert _proposed(fact, language)


@pytest.mark.parametrize(
    ("label", "fact", "language"),
    [
        (
            "Residents' spokeswoman Carla Jost called the new bypass "
            '"a monument to wasted money and broken promises".',
            "Residents' spokeswoman Carla Jost said the new bypass cost 14 million pounds.",
            "en",
        ),
        (
            "Museumsleiterin Hanne Brock sprach von einem „bitteren Abend für alle Freunde "
            "der Stadtgeschichte“.",
            "Museumsleiterin Hanne Brock sagte, das Museum habe 2025 rund 18.000 Besucher gezählt.",
            "de",
        ),
    ],
)
def test_a_label_of_up_to_eight_words_is_an_opinion(label, fact, language):
    scored = _score(label, language)
    assert "opinion" in scored.reasons
    assert not _proposed(label, language)
    assert _proposed(fact, language)


@pytest.mark.parametrize(
    ("foretold", "fact", "language"),
    [
        (
            "Harbour master Ivo Lind said he expected the number of cruise calls to rise again.",
            "Harbour master Ivo Lind said the number of cruise calls rose to 64 last year.",
            "en",
        ),
        (
            "Regional manager Tess Arnott expects more closures as rents keep climbing.",
            "Regional manager Tess Arnott said 9 branches closed in 2025.",
            "en",
        ),
        (
            "Neue Radarkontrollen seien vorerst nicht geplant, "
            "sagte Ordnungsamtsleiter Rolf Hesse.",
            "Bei den Radarkontrollen seien 312 Fahrer zu schnell gewesen, "
            "sagte Ordnungsamtsleiter Rolf Hesse.",
            "de",
        ),
        (
            "Der Abriss der alten Halle ist für den Herbst geplant, der Neubau für das Frühjahr.",
            "Der Abriss der alten Halle kostete nach Angaben der Stadt 410.000 Euro.",
            "de",
        ),
    ],
)
def test_a_plan_in_the_passive_or_an_expected_trend_is_a_prediction(foretold, fact, language):
    scored = _score(foretold, language)
    assert "prediction" in scored.reasons
    assert not _proposed(foretold, language)
    assert _proposed(fact, language)


@pytest.mark.parametrize(
    ("stance", "fact", "language"),
    [
        (
            "Store manager Leon Petrakis said he regretted the mix-up with the vouchers.",
            "Store manager Leon Petrakis said the store refunded 230 vouchers.",
            "en",
        ),
        (
            "The environment agency said it was monitoring the situation at the quarry.",
            "The environment agency said it measured dust levels 3 times above the limit.",
            "en",
        ),
        (
            "Das Landratsamt Oberfell beobachte die Lage an der Talsperre, sagte ein Sprecher.",
            "Das Landratsamt Oberfell habe an der Talsperre 4 Messstellen eingerichtet, "
            "sagte ein Sprecher.",
            "de",
        ),
    ],
)
def test_regret_sympathy_or_watching_the_situation_is_no_fact(stance, fact, language):
    scored = _score(stance, language)
    assert "opinion" in scored.reasons
    assert not _proposed(stance, language)
    assert _proposed(fact, language)


def test_a_past_modal_reports_what_happened_not_an_obligation_or_a_plan():
    body = (
        "Der Radfahrer musste nach dem Sturz zweimal operiert werden "
        "und lag elf Tage in der Klinik."
    )
    scored = _score(body, "de")
    assert "advice" not in scored.reasons
    assert "prediction" not in scored.reasons
    assert _proposed(body, "de")
    duty = "Der Radweg muss nach dem Sturz dringend saniert werden."
    assert "advice" in _score(duty, "de").reasons


@pytest.mark.parametrize(
    ("with_amount", "without", "language"),
    [
        (
            "Harbour director Lena Moss said the port would hire 80 more dockers next year.",
            "Harbour director Lena Moss said the port would hire more dockers.",
            "en",
        ),
    ],
)
def test_a_named_speakers_plan_with_an_amount_is_a_claim(with_amount, without, language):
    scored = _score(with_amount, language)
    assert "prediction" not in scored.reasons
    assert _proposed(with_amount, language)
    assert not _proposed(without, language)


def test_a_named_speakers_reported_plan_with_an_amount_is_no_prediction_in_german():
    body = (
        "Das Werk werde im kommenden Jahr 40 neue Stellen schaffen, "
        "sagte Geschäftsführerin Anke Rothe."
    )
    scored = _score(body, "de")
    assert "prediction" not in scored.reasons
    assert _proposed(body, "de")


@pytest.mark.parametrize(
    ("colour", "fact", "language"),
    [
        (
            '"I have driven this road twice a day for twelve years," said commuter Nia Holt.',
            '"Since March, 1,400 lorries a day have used this road," said commuter Nia Holt.',
            "en",
        ),
        (
            "„Wir warten hier seit drei Wintern auf einen Räumdienst“, "
            "sagte Anwohnerin Edda Prinz.",
            "„Der Räumdienst kam im Januar erst nach 9 Stunden“, sagte Anwohnerin Edda Prinz.",
            "de",
        ),
    ],
)
def test_a_span_of_time_in_words_is_no_figure_of_a_quoted_view(colour, fact, language):
    scored = _score(colour, language)
    assert "figure_or_date" not in scored.reasons
    assert not _proposed(colour, language)
    assert _proposed(fact, language)


@pytest.mark.parametrize(
    ("reading", "fact", "language"),
    [
        (
            "The tenants' union Fairlet said the figures showed the landlord "
            "was neglecting repairs.",
            "The tenants' union Fairlet said the figures showed 312 open repair orders in May.",
            "en",
        ),
        (
            "Die Zahlen belegten, dass die Pflege im Kreis unterfinanziert sei, "
            "sagte Verdi-Sekretär Uwe Koch.",
            "Die Zahlen belegten 230 unbesetzte Pflegestellen im Kreis, "
            "sagte Verdi-Sekretär Uwe Koch.",
            "de",
        ),
    ],
)
def test_a_speakers_reading_of_figures_without_one_is_an_opinion(reading, fact, language):
    scored = _score(reading, language)
    assert "opinion" in scored.reasons
    assert not _proposed(reading, language)
    assert _proposed(fact, language)


def test_a_wish_for_a_thing_is_a_demand():
    wish = '"We want a proper crossing before somebody gets hurt," said parent Maeve Doyle.'
    scored = _score(wish, "en")
    assert "advice" in scored.reasons
    assert not _proposed(wish, "en")
    fact = '"A lorry hit a pupil at this corner in 2024," said parent Maeve Doyle.'
    assert _proposed(fact, "en")


@pytest.mark.parametrize(
    ("surprise", "fact", "language"),
    [
        (
            "Project lead Omar Rees said the drop in litter was bigger than the council had hoped.",
            "Project lead Omar Rees said litter in the park fell by 41 percent.",
            "en",
        ),
        (
            "Der Andrang sei deutlich größer als erwartet gewesen, "
            "sagte Marktleiterin Jule Franke.",
            "Der Markt habe am Samstag 5.200 Besucher gezählt, sagte Marktleiterin Jule Franke.",
            "de",
        ),
    ],
)
def test_a_result_measured_against_expectations_without_a_figure_is_an_opinion(
    surprise, fact, language
):
    scored = _score(surprise, language)
    assert "opinion" in scored.reasons
    assert not _proposed(surprise, language)
    assert _proposed(fact, language)


@pytest.mark.parametrize(
    ("appeal", "fact", "language"),
    [
        (
            "Passengers who bought tickets for the cancelled ferry are asked to contact "
            "the operator.",
            "The operator Clyde Isles Ferries cancelled 14 sailings on Monday.",
            "en",
        ),
        (
            "Die Stadtwerke Aulendorf haben die Anwohner aufgefordert, Leitungswasser abzukochen.",
            "Die Stadtwerke Aulendorf fanden in 3 Proben Kolibakterien im Leitungswasser.",
            "de",
        ),
    ],
)
def test_an_appeal_reported_in_the_passive_or_to_others_is_advice(appeal, fact, language):
    # In a news article, under a headline.
    body = f"Notice to residents\n\n{appeal} {fact}"
    extraction = extract_claims(body, language, has_title_line=True)
    scored = next(s for s in extraction.sentences if s.text == appeal)
    assert "advice" in scored.reasons
    chosen = [c.text for c in extraction.candidates]
    assert appeal not in chosen
    assert fact in chosen


def test_a_possessive_sein_does_not_turn_a_reported_plan_into_an_allegation():
    plan = "Vereinschef Malte Brunn sagte, sein Verein werde sich zu den Vorwürfen äußern."
    allegation = "Der Kassenwart soll sein Dienstauto privat verkauft haben."
    # In a news article, under a headline: comments read modals otherwise.
    body = f"Ärger im Sportverein\n\n{plan} {allegation}"
    scored = {s.text: s for s in extract_claims(body, "de", has_title_line=True).sentences}
    assert "prediction" in scored[plan].reasons
    assert "prediction" not in scored[allegation].reasons


@pytest.mark.parametrize(
    ("conditional", "language"),
    [
        ("The Tollgate Road library will close next year if no volunteers come forward.", "en"),
        (
            "Das Freibad am Mühlenteich wird ab Mai geschlossen, falls kein Pächter gefunden wird.",
            "de",
        ),
    ],
)
def test_a_closure_on_a_condition_is_no_decision_taken(conditional, language):
    body = f"Library news\n\n{conditional}"
    scored = extract_claims(body, language, has_title_line=True).sentences[-1]
    assert "verifiable_event" not in scored.reasons


def test_something_felt_by_many_in_the_passive_is_no_feeling():
    body = "The tremor was felt across the Dunmore valley on Sunday night."
    assert "opinion" not in _score(body, "en").reasons


@pytest.mark.parametrize(
    ("event", "language"),
    [
        ("The new hospital welcomed its first patients on Monday.", "en"),
        ("Carla Reyes defended her title at the county championships.", "en"),
        ("Bürgermeister Olaf Stein begrüßte die ersten Gäste am Samstag.", "de"),
    ],
)
def test_receiving_guests_or_defending_a_title_is_no_reaction(event, language):
    body = f"Local news\n\n{event}"
    scored = extract_claims(body, language, has_title_line=True).sentences[-1]
    assert "opinion" not in scored.reasons


def test_an_examination_in_the_past_tense_is_no_open_matter():
    body = "Das Verwaltungsgericht Hallbach prüfte die Klage und wies sie ab."
    assert "prediction" not in _score(body, "de").reasons
    assert _proposed(body, "de")


def test_reported_speech_quoting_a_few_evaluative_words_is_a_view_not_a_claim():
    body = (
        "Harbour master Colin Reeve said the port authority had been “asleep at the wheel”.\n"
        "Harbour master Colin Reeve said 240 ships docked at the port in 2025."
    )
    found = candidates(body, "en")
    assert found == ["Harbour master Colin Reeve said 240 ships docked at the port in 2025."]


def test_an_expectation_in_reported_speech_without_a_figure_is_no_claim():
    body = (
        "Man rechne sogar mit steigenden Buchungen, sagte Hotelier Jens Falk.\n"
        "Im Oktober seien 3.100 Gäste gekommen, sagte Hotelier Jens Falk."
    )
    found = candidates(body, "de")
    assert found == ["Im Oktober seien 3.100 Gäste gekommen, sagte Hotelier Jens Falk."]


def test_a_plan_in_reported_speech_needs_an_amount_to_be_a_claim():
    body = (
        "Harbury First won 14 of the 30 seats on Harbury Borough Council.\n"
        "Council leader Ruth Keane said her group would continue to run the authority and "
        "would seek support from independents on a vote-by-vote basis.\n"
        "Council leader Ruth Keane said the council would hire 40 more street cleaners."
    )
    found = candidates(body, "en")
    assert found[1:] == [
        "Council leader Ruth Keane said the council would hire 40 more street cleaners."
    ]


def test_positions_promises_and_refusals_to_name_are_no_claims():
    body = (
        "Der Verband hat 4.000 Mitglieder.\n"
        "Verbandschef Ole Brandt sprach sich zudem für eine Pflichtversicherung gegen Hagel aus.\n"
        "Auch die Handwerkskammer Talheim stellte sich hinter die Pläne.\n"
        "Das Ministerium stellte für 2027 weitere Mittel in Aussicht.\n"
        "Einzelheiten wollte er noch nicht nennen.\n"
        "Der Verband zahlte 2025 rund 1,2 Millionen Euro an Beihilfen aus."
    )
    found = candidates(body, "de")
    assert found == [
        "Der Verband hat 4.000 Mitglieder.",
        "Der Verband zahlte 2025 rund 1,2 Millionen Euro an Beihilfen aus.",
    ]


def test_speaking_out_for_or_against_something_is_a_position():
    body = (
        "Councillor Dan Reyes came out against the new car park at the station.\n"
        "Councillor Dan Reyes said the car park would cost 3 million pounds."
    )
    found = candidates(body, "en")
    assert found == ["Councillor Dan Reyes said the car park would cost 3 million pounds."]


def test_an_expectation_with_words_between_verb_and_object_is_no_claim_without_a_figure():
    body = (
        "Für Weizen rechnet der Bauernverband Nordheide mit einer mittleren Ernte.\n"
        "Für Weizen rechnet der Bauernverband Nordheide mit 7,1 Tonnen je Hektar."
    )
    found = candidates(body, "de")
    assert found == ["Für Weizen rechnet der Bauernverband Nordheide mit 7,1 Tonnen je Hektar."]


def test_labels_without_quotation_marks_and_open_matters_are_no_claims():
    de = (
        "Die Anwältin Dana Roth sprach von einem klaren Sieg für die Mieter.\n"
        "Was mit dem leeren Haus geschieht, blieb am Montag offen.\n"
        "Das Gericht wies 14 von 20 Klagen ab."
    )
    found = candidates(de, "de")
    assert found == ["Das Gericht wies 14 von 20 Klagen ab."]
    en = (
        "Tenant leader Omar Haddad called the ruling a victory for common sense.\n"
        "How the empty flats will be used remains unclear.\n"
        "The court dismissed 14 of the 20 claims."
    )
    found = candidates(en, "en")
    assert found == ["The court dismissed 14 of the 20 claims."]


def test_a_firm_confirming_the_plans_only_names_the_source_of_the_sentence_before():
    body = (
        "Dalby Foods will close nine of its 40 shops by June.\n"
        "Dalby Foods confirmed the closures in a statement on Monday."
    )
    found = candidates(body, "en")
    assert found == ["Dalby Foods will close nine of its 40 shops by June."]


def test_a_number_closing_a_german_sentence_is_a_figure_not_an_ordinal():
    body = "Im ersten Quartal zählte die Polizei 48 Einbrüche. Im Vorjahreszeitraum waren es 73."
    found = candidates(body, "de")
    assert "Im Vorjahreszeitraum waren es 73." in found


def test_a_wish_is_a_demand_even_with_a_year_or_a_time_in_it():
    wish = "Her group wants an independent review of every complaint made since 2019."
    fact = "Her group received 212 complaints from patients since 2019."
    assert not _proposed(wish, "en")
    assert _proposed(fact, "en")


@pytest.mark.parametrize(
    "stance",
    [
        "The charity is calling on the county to restore its grant for lunch clubs.",
        "The university remained committed to talks with the unions, a spokesperson added.",
        "The firm said it was cooperating fully with the investigation.",
    ],
)
def test_a_call_a_commitment_or_cooperation_is_a_stance_not_a_fact(stance):
    assert not _proposed(stance, "en")
    assert _proposed("The charity said it had handed out 4,200 meals since May.", "en")
