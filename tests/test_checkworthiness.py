"""Check-worthiness rules: signals move the score and are named in reasons."""

import pytest

from claims.extraction import REASON_LABELS, extract_claims
from claims.extraction.model import active_model


def _score(sentence: str, language: str):
    result = extract_claims(sentence, language, has_title_line=False)
    assert len(result.sentences) == 1
    return result.sentences[0]


def test_reason_labels_cover_the_documented_codes():
    for code in (
        "attributed_statement",
        "figure_or_date",
        "named_actor",
        "verifiable_event",
        "opinion",
        "vague_source",
        "prediction",
        "advice",
        "headline",
        "question",
    ):
        assert REASON_LABELS[code]


def test_attribution_raises_the_score():
    plain = _score("Die Verhandlungen sollen vertraulich bleiben.", "de")
    attributed = _score(
        "Außenminister Marco Rubio sagte, die Verhandlungen sollen vertraulich bleiben.", "de"
    )
    assert attributed.checkworthiness > plain.checkworthiness
    assert "attributed_statement" in attributed.reasons
    assert "named_actor" in attributed.reasons


def test_figures_raise_the_score():
    without = _score("The company cut jobs.", "en")
    with_figure = _score("The company cut 23,000 jobs in 2023.", "en")
    assert with_figure.checkworthiness > without.checkworthiness
    assert "figure_or_date" in with_figure.reasons


def test_verifiable_event_is_reported():
    sentence = _score("Russland hat die Stationierung ausländischer Truppen abgelehnt.", "de")
    assert "verifiable_event" in sentence.reasons
    assert sentence.checkworthiness >= 0.5


@pytest.mark.parametrize(
    ("sentence", "language", "code"),
    [
        ("Diese Äußerung ist ein bedeutendes Signal für die Region.", "de", "opinion"),
        ("That is a worrying sign for the economy.", "en", "opinion"),
        ("Experten gehen davon aus, dass die Werte steigen.", "de", "vague_source"),
        ("Experts say the losses will accelerate.", "en", "vague_source"),
        ("Die Zahl der Hitzetage wird weiter zunehmen.", "de", "prediction"),
        ("The Federal Reserve is expected to keep rates unchanged.", "en", "prediction"),
        ("Anwohner sollten das Wasser abkochen.", "de", "advice"),
        ("Investors should brace for a bumpy year.", "en", "advice"),
        ("Wird die neue Anlage das Problem lösen?", "de", "question"),
    ],
)
def test_negative_signals_keep_sentences_below_threshold(sentence, language, code):
    scored = _score(sentence, language)
    assert code in scored.reasons
    assert scored.checkworthiness < 0.5


def test_anaphoric_assessment_opener_is_negative():
    scored = _score("Das war ein wichtiges Signal für die Verhandlungen.", "de")
    assert "anaphoric_assessment" in scored.reasons
    assert scored.checkworthiness < 0.5


def test_opinion_inside_an_attributed_statement_is_still_checkable():
    scored = _score("Zelensky betonte, dass die Garantien ein entscheidender Schritt seien.", "de")
    assert "opinion" not in scored.reasons
    assert scored.checkworthiness >= 0.5


def test_headline_is_never_a_candidate():
    body = "Russland lehnt Truppen ab: 12 Staaten reagieren\n\nRussland hat die Idee abgelehnt."
    result = extract_claims(body, "de")
    assert result.title == "Russland lehnt Truppen ab: 12 Staaten reagieren"
    assert "headline" in result.sentences[0].reasons
    assert result.sentences[0].checkworthiness < 0.5
    assert [c.text for c in result.candidates] == ["Russland hat die Idee abgelehnt."]


def test_scores_are_rounded_and_bounded():
    body = "The U.S. Senate voted 52-48 on Jan. 5, 2024, officials said.\nThis is important."
    for sentence in extract_claims(body, "en", has_title_line=False).sentences:
        assert 0.0 <= sentence.checkworthiness <= 1.0
        assert round(sentence.checkworthiness, 2) == sentence.checkworthiness


def test_threshold_selects_candidates():
    body = "Der Stadtrat hat am 3. November 1,2 Mio. Euro beschlossen. Das ist gut."
    strict = extract_claims(body, "de", has_title_line=False, threshold=0.99)
    loose = extract_claims(body, "de", has_title_line=False, threshold=0.0)
    assert len(loose.candidates) == len(loose.sentences) == 2
    assert len(strict.candidates) <= 1


def test_countable_record_after_this_is_is_not_an_assessment():
    scored = _score("This is the fourth recall at the plant this year.", "en")
    assert "anaphoric_assessment" not in scored.reasons


def test_quoted_personal_view_stays_below_threshold_even_when_attributed():
    scored = _score('"We are proud of what our team achieved," Mayor Ann Cole said.', "en")
    assert "opinion" in scored.reasons
    assert scored.checkworthiness < 0.5


def test_rule_with_a_deadline_is_not_advice():
    scored = _score("Landlords must return deposits within 30 days.", "en")
    assert "advice" not in scored.reasons


def test_declined_to_comment_is_not_a_claim():
    sentence = _score("A spokesman for the Harbor Authority declined to comment.", "en")
    assert "no_comment" in sentence.reasons
    assert sentence.checkworthiness < 0.5


def test_nicht_aeussern_is_not_a_claim():
    sentence = _score("Der Landrat wollte sich am Abend nicht zu dem Vorfall äußern.", "de")
    assert "no_comment" in sentence.reasons
    assert sentence.checkworthiness < 0.5


def test_attributed_advice_leading_the_sentence_stays_advice():
    sentence = _score("Drivers should avoid the bridge until Friday, the mayor said.", "en")
    assert "advice" in sentence.reasons
    # The learned weights decide how far the cue lowers the score.
    assert active_model().weights["advice"] < 0


def test_figure_after_das_sind_is_not_an_assessment():
    sentence = _score("Das sind 240 Wohnungen mehr als im Vorjahr.", "de")
    assert "anaphoric_assessment" not in sentence.reasons


def test_short_quote_with_a_year_is_colour():
    sentence = _score('"Talk to me in 2030," the coach said.', "en")
    assert "opinion" in sentence.reasons
    assert sentence.checkworthiness < 0.5


def test_quoted_feeling_with_long_attribution_is_an_opinion():
    body = (
        "„Die Anwohner fühlen sich allein gelassen“, sagte die Sprecherin der Initiative am Abend."
    )
    sentence = _score(body, "de")
    assert "opinion" in sentence.reasons


def test_reply_without_content_is_not_a_claim():
    sentence = _score("The minister disputed that.", "en")
    assert sentence.checkworthiness < 0.5


def test_reason_label_for_no_comment_is_marked_for_translation():
    assert REASON_LABELS["no_comment"] == "Declined to comment"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Ministerin nannte den Vorschlag „reine Schaufensterpolitik“.", "de"),
        ("The governor called the new budget “a disgrace.”", "en"),
    ],
)
def test_a_label_in_a_short_quotation_is_an_opinion(sentence, language):
    scored = _score(sentence, language)
    assert "opinion" in scored.reasons
    # The learned weights decide how far the cue lowers the score.
    assert active_model().weights["opinion"] < 0


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Bürgermeister verlangte einen sofortigen Baustopp.", "de"),
        ("The union called for an independent inquiry into the crash.", "en"),
    ],
)
def test_a_demand_without_an_amount_is_not_checkworthy(sentence, language):
    scored = _score(sentence, language)
    assert "advice" in scored.reasons
    assert scored.checkworthiness < 0.5


def test_a_sentence_addressing_the_reader_is_advice():
    scored = _score("Imagine a nurse who has to pay $90 a day for parking.", "en")
    assert "advice" in scored.reasons
    # The learned weights decide how far the cue lowers the score.
    assert active_model().weights["advice"] < 0


def test_the_authors_own_stance_is_an_opinion():
    scored = _score("I am not saying that three new stations would solve everything.", "en")
    assert "opinion" in scored.reasons
    assert scored.checkworthiness < 0.5


def test_a_quoted_personal_experience_with_a_figure_is_colour():
    scored = _score(
        "“I have never seen the harbour this empty in 40 years,” said Tom Hale, 70, a fisherman.",
        "en",
    )
    assert "opinion" in scored.reasons
    assert scored.checkworthiness < 0.5


def test_doubling_is_a_figure():
    assert "figure_or_date" in _score("Die Zahl der Anträge hat sich verdoppelt.", "de").reasons


def test_kuenftig_without_a_future_verb_is_not_a_prediction():
    scored = _score("Wer Wohngeld bezieht, erhält künftig 30 Euro mehr im Monat.", "de")
    assert "prediction" not in scored.reasons
    assert scored.checkworthiness >= 0.5


def test_writing_about_a_topic_is_not_a_statement():
    scored = _score("Lena Brandt writes about transport and energy policy.", "en")
    assert "attributed_statement" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_digits_inside_a_link_are_no_figure():
    assert "figure_or_date" not in _score("Read more at asa2024.com today.", "en").reasons


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Fragen beantwortet der Kundenservice unter 0800 123 45 67.", "de"),
        ("Questions go to the helpline on 0800 123 4567.", "en"),
    ],
)
def test_a_phone_number_is_no_figure(sentence, language):
    assert "figure_or_date" not in _score(sentence, language).reasons


def test_speaking_time_is_no_figure():
    sentence = _score("You have 30 seconds to answer.", "en")
    assert "figure_or_date" not in sentence.reasons


def test_superlative_record_is_a_cue():
    sentence = _score("Unemployment is the lowest in history.", "en")
    assert "record_or_superlative" in sentence.reasons


def test_recent_is_not_a_record():
    sentence = _score("Angesichts jüngster Aussagen wächst die Unruhe.", "de")
    assert "record_or_superlative" not in sentence.reasons


def test_comment_ending_in_a_link_is_not_a_headline():
    body = "Zweiter Absatz folgt.\nDie Stadt hat nur 1,2 km Radwege gebaut https://example.org/haushalt"
    sentences = extract_claims(body, "de", has_title_line=False).sentences
    assert "headline" not in sentences[-1].reasons
    assert "cites_link" in sentences[-1].reasons


def test_one_line_text_has_no_title():
    extraction = extract_claims("Die Stadt hat 2024 nur 1,2 km Radwege gebaut", "de")
    assert extraction.title is None
    assert "headline" not in extraction.sentences[0].reasons


def test_ich_habe_is_not_reported_speech():
    sentence = _score("Ich habe gestern lange darüber nachgedacht.", "de")
    assert "attributed_statement" not in sentence.reasons


def test_every_sentence_is_scored_with_reasons_for_triage():
    from claims.extraction import score_sentences

    body = "Budget vote\nThe council voted 7 to 2 on Monday. What a day!"
    sentences = score_sentences(body, "en")
    assert [s.text for s in sentences] == [
        "Budget vote",
        "The council voted 7 to 2 on Monday.",
        "What a day!",
    ]
    assert all(0 <= s.checkworthiness <= 1 for s in sentences)
    assert all(set(s.reasons) <= set(REASON_LABELS) for s in sentences)


@pytest.mark.parametrize(
    "sentence, past",
    [
        ("Der Rat hat den Haushalt beschlossen.", True),
        ("Die Preise sind stark gestiegen.", True),
        ("Die Brücke wurde im Sommer gebaut.", True),
        ("Die Brücke wird im Sommer gebaut.", False),
        ("Bitte beachten Sie die geänderten Zeiten, gebaut wird ab Montag.", False),
    ],
)
def test_german_participle_is_a_past_event_only_beside_a_perfect_or_past_auxiliary(sentence, past):
    reasons = extract_claims(sentence, "de", has_title_line=False).sentences[0].reasons
    assert ("past_event" in reasons) is past


def _news_sentence(sentence: str, language: str):
    # A headline line makes the text news rather than a reader comment.
    headline = "Aus dem Rathaus" if language == "de" else "From city hall"
    return extract_claims(f"{headline}\n\n{sentence}", language).sentences[-1]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Bürgermeisterin will den Haushalt am 3. März im Stadtrat vorstellen.", "de"),
        ("Der Kreistag soll im Februar über den Neubau abstimmen.", "de"),
        ("Der Sprecher sagte, man werde die Vorwürfe sorgfältig untersuchen.", "de"),
        ("The school board plans to review the policy in April.", "en"),
        ("The museum is planning an exhibition on the harbour's history.", "en"),
        ("The spokeswoman said the county would reopen the bridge after an inspection.", "en"),
    ],
)
def test_a_plan_or_intention_is_a_prediction_and_its_date_no_figure(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_a_modal_with_a_perfect_infinitive_reports_an_allegation_not_a_plan():
    scored = _news_sentence("Der frühere Kämmerer soll Gelder der Stadt veruntreut haben.", "de")
    assert "prediction" not in scored.reasons
    assert "past_event" in scored.reasons


def test_a_plan_with_an_amount_keeps_its_figure():
    scored = _news_sentence("Die Stadtwerke wollen bis 2028 rund 300 neue Ladepunkte bauen.", "de")
    assert "prediction" in scored.reasons
    assert "figure_or_date" in scored.reasons
    assert scored.checkworthiness >= 0.5


def test_a_would_have_is_no_plan():
    scored = _news_sentence("The former treasurer would have known about the payments.", "en")
    assert "prediction" not in scored.reasons


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Gewerkschaft verlangte einen Einstellungsstopp bis Ende 2026.", "de"),
        ("Parents urged a moratorium on school closures until 2028.", "en"),
    ],
)
def test_a_demand_whose_only_figure_is_a_date_is_still_a_demand(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "advice" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_a_demand_with_an_amount_is_not_advice():
    scored = _news_sentence("The union demanded a raise of 8 percent.", "en")
    assert "advice" not in scored.reasons
    assert scored.checkworthiness >= 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ob der Zeitplan gehalten werden kann, ist noch unklar.", "de"),
        ("Unklar blieb, wann die Brücke wieder öffnet.", "de"),
        ("Whether the ferry will resume service before summer remains uncertain.", "en"),
        ("It is still unclear whether the ferry will resume service.", "en"),
    ],
)
def test_an_indirect_open_question_is_a_question(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "question" in scored.reasons
    assert scored.checkworthiness < 0.5


def test_a_concessive_ob_oder_is_no_question():
    scored = _news_sentence("Ob jung oder alt, alle Fahrgäste zahlen ab Januar 20 Cent mehr.", "de")
    assert "question" not in scored.reasons


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Die Kosten für den Umbau steigen um 4 Millionen Euro. "
            "Das erklärte Stadtkämmerer Jens Albrecht am Freitag in Ulm.",
            "de",
        ),
        (
            "Die Kosten für den Umbau steigen um 4 Millionen Euro. "
            "Dies hat eine Sprecherin der Stadtverwaltung am Freitag bestätigt.",
            "de",
        ),
        (
            "Ridership fell by a fifth last year. "
            "That was what the transit director told the council on Thursday.",
            "en",
        ),
        (
            "Ridership fell by a fifth last year. "
            "This was confirmed by a spokesman for the operator.",
            "en",
        ),
    ],
)
def test_a_sentence_that_only_names_who_said_the_one_before_is_no_claim(body, language):
    scored = _news_sentence(body, language)
    assert "anaphoric_assessment" in scored.reasons
    assert "attributed_statement" not in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Landrat rechnet damit, dass der Kreistag im Frühjahr zustimmt.", "de"),
        ("Die Intendantin zeigte sich zuversichtlich, dass das Theater im Mai öffnet.", "de"),
        ("The governor said she expected a final vote before the summer break.", "en"),
        ("The mayor was confident the council would approve the new stadium.", "en"),
    ],
)
def test_an_expectation_is_a_forecast_even_from_a_named_speaker(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "prediction" in scored.reasons
    assert "attributed_statement" not in scored.reasons
    assert "verifiable_event" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_an_expectation_with_an_amount_keeps_its_figure():
    scored = _news_sentence(
        "The airline now expects a full-year profit of $1.2 billion, up from $900 million.", "en"
    )
    assert "figure_or_date" in scored.reasons
    assert scored.checkworthiness >= 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Eröffnung der Brücke ist für den 12. März angesetzt.", "de"),
        ("The next hearing is scheduled for Oct. 3-5.", "en"),
        ("A ruling is due by March 30.", "en"),
    ],
)
def test_a_date_set_for_an_event_is_a_schedule_not_a_claim(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_a_konjunktiv_solle_is_a_demand():
    scored = _news_sentence("Der Senat solle die Gebührenerhöhung sofort stoppen.", "de")
    assert "advice" in scored.reasons
    assert scored.checkworthiness < 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Bürgermeisterin warf dem Investor vor, die Anwohner getäuscht zu haben.", "de"),
        ("Der Mieterverein hält das neue Gutachten für kaum belastbar.", "de"),
        ("The senator accused the agency of hiding its mistakes.", "en"),
        ("The chief executive said the worst of the slump was behind the company.", "en"),
    ],
)
def test_an_accusation_or_verdict_without_a_figure_is_an_opinion(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "opinion" in scored.reasons
    assert "attributed_statement" not in scored.reasons
    assert "record_or_superlative" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_an_accusation_with_a_figure_stays_checkable():
    scored = _news_sentence(
        "Die Gewerkschaft warf dem Konzern vor, nur 1,5 Prozent mehr Lohn angeboten zu haben.", "de"
    )
    assert "opinion" not in scored.reasons
    assert scored.checkworthiness >= 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Ortsvorsteher nannte den Neubau „einen Schandfleck“.", "de"),
        ("The coach called the referee's decision “a joke.”", "en"),
    ],
)
def test_a_named_speakers_short_label_is_not_an_attributed_claim(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "opinion" in scored.reasons
    assert "attributed_statement" not in scored.reasons
    assert scored.checkworthiness < 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Jonas Weber, 24, lachte, als er den Pokal hochhielt.", "de"),
        ("Marquez, 42, smiled as he left the stage.", "en"),
    ],
)
def test_an_age_after_a_name_is_no_figure(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "figure_or_date" not in scored.reasons


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Fast jeder dritte Azubi bricht die Ausbildung ab.", "de"),
        ("Nearly two-thirds of the town's pubs have closed.", "en"),
        ("Every fifth bus on the route arrives late.", "en"),
    ],
)
def test_a_proportion_in_words_is_a_figure(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "figure_or_date" in scored.reasons


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Die Direktorin Karin Vogt führt den Anstieg darauf zurück, "
            "dass mehr Familien in den Stadtteil ziehen.",
            "de",
        ),
        ("Mayor Dana Whitfield blamed the delays on a shortage of drivers.", "en"),
    ],
)
def test_a_cause_given_by_a_named_speaker_is_an_attributed_statement(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "attributed_statement" in scored.reasons
    assert scored.checkworthiness >= 0.5


def test_a_fire_breaking_out_is_an_event():
    scored = _news_sentence("In der Nacht brach in einer Scheune ein Feuer aus.", "de")
    assert "verifiable_event" in scored.reasons


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Elternbeirat begrüßte die Entscheidung.", "de"),
        ("Die Reederei wies die Anschuldigungen entschieden zurück.", "de"),
        ("Die Bauherrin bestritt die Vorwürfe.", "de"),
        ("Der Mieterbund kündigte entschiedenen Widerstand an.", "de"),
        ("The opposition leader praised the proposal.", "en"),
        ("The hospital trust rejected the allegations.", "en"),
    ],
)
def test_a_reaction_that_names_only_its_object_is_an_opinion(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "opinion" in scored.reasons
    assert "attributed_statement" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_a_reaction_with_a_colon_and_content_stays_a_claim():
    scored = _news_sentence(
        "Die Molkerei wies die Vorwürfe zurück: Sie habe 2024 alle Proben bestanden.", "de"
    )
    assert "opinion" not in scored.reasons


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The union called on the rail operator to reopen the talks.", "en"),
        ("Die Landrätin rief die Gemeinden dazu auf, ihre Pläne offenzulegen.", "de"),
    ],
)
def test_a_call_on_someone_to_act_is_a_demand(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "advice" in scored.reasons
    assert scored.checkworthiness < 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Eine Entscheidung könnte schon im Herbst fallen.", "de"),
        ("The bridge might reopen in early spring.", "en"),
    ],
)
def test_speculation_about_the_future_is_a_prediction_and_its_date_no_figure(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons


def test_speculation_with_an_amount_keeps_its_figure_and_past_could_not_is_none():
    amount = _news_sentence("The defendants could face up to eight years in prison.", "en")
    assert "prediction" not in amount.reasons
    past = _news_sentence("Firefighters could not reach the village until Tuesday.", "en")
    assert "prediction" not in past.reasons


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Councillor Maya Ortiz asked whether the contract had been put out to tender.", "en"),
        ("Ein Abgeordneter fragte, warum die Kosten so stark gestiegen seien.", "de"),
    ],
)
def test_an_indirect_question_is_a_question(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "question" in scored.reasons
    assert scored.checkworthiness < 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The ministry did not say how many flights were cancelled.", "en"),
        ("A spokesman declined to say when the plant would reopen.", "en"),
        ("Die Polizei nannte keine Zahlen zu den Festnahmen.", "de"),
        ("Wie viele Stellen betroffen sind, wollte die Firma nicht sagen.", "de"),
    ],
)
def test_saying_nothing_about_a_figure_is_no_comment(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "no_comment" in scored.reasons
    assert scored.checkworthiness < 0.5


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Bürgerinitiative erwägt eine Klage gegen den Bebauungsplan.", "de"),
        ("The residents' association is weighing legal action against the developer.", "en"),
    ],
)
def test_a_step_under_consideration_is_a_plan(sentence, language):
    scored = _news_sentence(sentence, language)
    assert "prediction" in scored.reasons
    assert scored.checkworthiness < 0.5


def test_an_expectation_to_act_in_reported_speech_is_a_forecast_and_its_year_no_figure():
    scored = _news_sentence(
        "The chairman told reporters the airline expected to resume the route by 2027.", "en"
    )
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < 0.5


def _after(previous: str, sentence: str, language: str):
    headline = "Aus dem Rathaus" if language == "de" else "From city hall"
    return extract_claims(f"{headline}\n\n{previous} {sentence}", language).sentences[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Das geht aus einer Auswertung der Krankenkasse hervor.",
        "Dies geht aus dem Lagebericht hervor, den die Polizei am Freitag veröffentlicht hat.",
        "Das teilte die Stadtverwaltung am Donnerstag mit.",
    ],
)
def test_a_sentence_naming_only_the_source_is_no_claim(sentence):
    previous = "Im Landkreis fehlen derzeit rund 240 Pflegekräfte."
    scored = _after(previous, sentence, "de")
    assert "anaphoric_assessment" in scored.reasons
    assert "attributed_statement" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_own_content_before_geht_hervor_stays_a_claim():
    scored = _news_sentence(
        "Dass 2024 rund 240 Pflegekräfte fehlten, geht aus einer Auswertung der Kasse hervor.", "de"
    )
    assert "anaphoric_assessment" not in scored.reasons
    assert scored.checkworthiness >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Elternverein fordert vom Kreis einen Zuschuss von 40.000 Euro für den Schulbus.",
        "Die Gewerkschaft forderte sieben Prozent mehr Lohn, mindestens aber 280 Euro im Monat.",
    ],
)
def test_a_german_demand_keeps_being_a_demand_with_the_amount_it_asks_for(sentence):
    scored = _news_sentence(sentence, "de")
    assert "advice" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < 0.5


def test_a_price_charged_is_no_demand_though_its_verb_can_ask():
    sentence = "Der Nachbarkreis verlangt für die Abfuhr bereits 290 Euro im Jahr."
    scored = _news_sentence(sentence, "de")
    assert "figure_or_date" in scored.reasons
    assert scored.checkworthiness >= 0.5
