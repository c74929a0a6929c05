"""News precision: classes of non-claims that used to pass, each beside a claim that stays."""

import pytest

from tests.extraction_support import proposed as _proposed
from tests.extraction_support import score as _score
from tests.extraction_support import sentences as _sentences
from tests.extraction_support import threshold as _threshold


@pytest.mark.parametrize(
    ("body", "claim", "language"),
    [
        (
            '"The new wing has changed everything. Honestly, I could cry," '
            "said hospital director Omar Fenwick.",
            '"The new wing has changed everything. It cut waiting times by 35 percent in March," '
            "said hospital director Omar Fenwick.",
            "en",
        ),
        (
            "„Der Umbau hat sich gelohnt. Wir sind damit sehr zufrieden“, "
            "sagte Bürgermeisterin Jana Roth.",
            "„Der Umbau hat sich gelohnt. Seit März fahren dort 40 Prozent mehr Busse“, "
            "sagte Bürgermeisterin Jana Roth.",
            "de",
        ),
    ],
)
def test_the_second_half_of_a_quoted_feeling_is_an_opinion(body, claim, language):
    view = _sentences(body, language)[-1]
    assert "opinion" in view.reasons
    assert view.checkworthiness < _threshold(language)
    fact = _sentences(claim, language)[-1]
    assert fact.checkworthiness >= _threshold(language)


def test_a_short_half_quotation_loses_the_figure_of_its_speaker_tail():
    body = "„Das war mein Fehler. Dafür stehe ich gerade“, sagte der Trainer vor 600 Zuschauern."
    view = _sentences(body, "de")[-1]
    assert "figure_or_date" not in view.reasons
    assert view.checkworthiness < _threshold("de")


@pytest.mark.parametrize(
    ("forecast", "fact", "language"),
    [
        (
            "Nach dem Umbau dürfte die Miete auf rund 14 Euro je Quadratmeter steigen.",
            "Nach dem Umbau ist die Miete auf rund 14 Euro je Quadratmeter gestiegen.",
            "de",
        ),
        (
            "Repaving the ring road is expected to take at least four months.",
            "Repaving the ring road took four months and cost $3 million.",
            "en",
        ),
    ],
)
def test_a_forecast_of_likelihood_with_an_amount_is_a_prediction(forecast, fact, language):
    scored = _score(forecast, language)
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < _threshold(language)
    assert _score(fact, language).checkworthiness >= _threshold(language)


def test_a_forecast_voiced_by_a_named_body_stays_a_prediction():
    scored = _score(
        "Im Winter dürfte sich die Nachfrage nach Einschätzung der Geschäftsführung erholen.",
        "de",
    )
    assert "prediction" in scored.reasons
    assert "attributed_statement" not in scored.reasons
    reported = _score(
        "Im Winter hat sich die Nachfrage nach Angaben der Geschäftsführung um 8 Prozent erholt.",
        "de",
    )
    assert reported.checkworthiness >= _threshold("de")
    assert scored.checkworthiness < reported.checkworthiness


@pytest.mark.parametrize(
    ("meeting", "decision", "language"),
    [
        (
            "The county planning board will debate the proposal on Thursday.",
            "The county planning board approved the proposal on Thursday by seven votes to two.",
            "en",
        ),
        (
            "The audit office's annual review will be published in late March.",
            "The audit office's annual review, published in March, found 14 unpaid contracts.",
            "en",
        ),
        (
            "Der Ausschuss wird am Dienstag über den Antrag beraten.",
            "Der Ausschuss hat am Dienstag den Antrag mit 31 zu 12 Stimmen beschlossen.",
            "de",
        ),
    ],
)
def test_a_meeting_set_for_a_date_is_a_schedule_not_a_figure(meeting, decision, language):
    scored = _score(meeting, language)
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < _threshold(language)
    assert _score(decision, language).checkworthiness >= _threshold(language)


@pytest.mark.parametrize(
    ("reaction", "claim", "language"),
    [
        (
            'Councillor Ruth Adams hailed the survey as "a sign that the reforms are paying off."',
            "Councillor Ruth Adams said the survey showed 12 percent fewer delays than last year.",
            "en",
        ),
        (
            "Der Mieterbund kritisierte die Neuregelung als halbherzig.",
            "Der Mieterbund kritisierte, dass die Neuregelung nur für 3.000 Wohnungen gilt.",
            "de",
        ),
    ],
)
def test_a_reaction_that_only_judges_is_an_opinion(reaction, claim, language):
    scored = _score(reaction, language)
    assert "opinion" in scored.reasons
    assert "past_event" not in scored.reasons
    assert scored.checkworthiness < _threshold(language)
    assert _score(claim, language).checkworthiness >= _threshold(language)


def test_speaking_of_a_quoted_label_is_an_opinion():
    scored = _score(
        "Landrat Tobias Senn sprach nach der Sitzung von einem „schwarzen Tag für den Kreis“.",
        "de",
    )
    assert "opinion" in scored.reasons
    assert scored.checkworthiness < _threshold("de")
    # A label beside an amount keeps the amount checkable.
    counted = _score(
        "Landrat Tobias Senn sprach von einem „schwarzen Tag“ für die 420 Beschäftigten, "
        "die ihre Stelle verlieren.",
        "de",
    )
    assert counted.checkworthiness >= _threshold("de")


def test_a_line_number_is_no_figure():
    colour = _score("Wer abends mit der Linie 12 heimfährt, braucht vor allem Geduld.", "de")
    assert "figure_or_date" not in colour.reasons
    assert colour.checkworthiness < _threshold("de")
    counted = _score("Auf der Linie 12 fielen im Oktober 84 Fahrten aus.", "de")
    assert "figure_or_date" in counted.reasons
    assert counted.checkworthiness >= _threshold("de")


@pytest.mark.parametrize(
    ("foretold", "fact", "language"),
    [
        (
            "The library will remain shut until Friday.",
            "The library has been shut since Friday, when a burst pipe flooded 4,000 books.",
            "en",
        ),
        (
            "Der Stadtrat wird sich am 3. Juni mit dem Antrag beschäftigen.",
            "Der Stadtrat hat am 3. Juni den Antrag mit 21 zu 9 Stimmen abgelehnt.",
            "de",
        ),
    ],
)
def test_a_date_alone_in_a_sentence_about_the_future_is_no_figure(foretold, fact, language):
    scored = _score(foretold, language)
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert not _proposed(foretold, language)
    assert _proposed(fact, language)


def test_a_year_in_a_sentence_about_the_future_keeps_its_figure():
    # A term a ruling or a law sets ("eligible again in 2029") can be checked.
    scored = _score("After the ruling she will be allowed to stand for office again in 2029.", "en")
    assert "figure_or_date" in scored.reasons


def test_an_expectation_in_the_past_tense_is_a_prediction():
    expected = "He expected prices to settle by late March."
    scored = _score(expected, "en")
    assert "prediction" in scored.reasons
    assert not _proposed(expected, "en")
    assert _proposed("Prices settled in late March, he said.", "en")


@pytest.mark.parametrize(
    ("view", "fact", "language"),
    [
        (
            '"I have never once seen the water rise that fast.',
            '"The water rose by two metres in under an hour.',
            "en",
        ),
        (
            "„So einen Sturm habe ich in 40 Jahren nicht gesehen.",
            "„Der Sturm hat in der Nacht zwölf Dächer im Dorf abgedeckt.",
            "de",
        ),
        (
            '"It is heartbreaking to turn patients away at the door.',
            '"We turned away 40 patients at the door last week.',
            "en",
        ),
        (
            "„Es ist herzzerreißend, wenn wir Eltern wegschicken müssen.",
            "„Wir mussten im Mai 40 Eltern wegschicken.",
            "de",
        ),
    ],
)
def test_an_experience_or_a_feeling_opening_a_longer_quotation_is_an_opinion(view, fact, language):
    scored = _score(view, language)
    assert "opinion" in scored.reasons
    assert not _proposed(view, language)
    assert _proposed(fact, language)


def test_what_investigators_believe_is_an_opinion():
    belief = "Detectives believe the burglars knew the alarm code."
    assert "opinion" in _score(belief, "en").reasons
    assert not _proposed(belief, "en")
    assert _proposed("Detectives said the burglars had used the alarm code.", "en")


@pytest.mark.parametrize(
    ("verdict", "fact", "language"),
    [
        (
            "Union steward Carla Munro said the boiler should have been inspected years earlier.",
            "Union steward Carla Munro said the boiler had last been inspected in 2019.",
            "en",
        ),
        (
            "Ortsvorsteher Jens Abel sagte, die Brücke hätte längst saniert werden müssen.",
            "Ortsvorsteher Jens Abel sagte, die Brücke sei zuletzt 2011 saniert worden.",
            "de",
        ),
    ],
)
def test_what_should_have_been_done_is_an_opinion(verdict, fact, language):
    scored = _score(verdict, language)
    assert "opinion" in scored.reasons
    assert not _proposed(verdict, language)
    assert _proposed(fact, language)


@pytest.mark.parametrize(
    ("feeling", "fact", "language"),
    [
        (
            "A spokesman for the school said several pupils were still in shock.",
            "A spokesman for the school said several pupils were taken to hospital on Tuesday.",
            "en",
        ),
        (
            "Eine Sprecherin der Klinik sagte, das Personal stehe noch unter Schock.",
            "Eine Sprecherin der Klinik sagte, drei Pflegekräfte seien verletzt worden.",
            "de",
        ),
        (
            "„Viele Anwohner haben mittlerweile Angst vor dem nächsten Hochwasser.",
            "„Das Wasser stand im Juli 1,20 Meter hoch in den Kellern.",
            "de",
        ),
    ],
)
def test_a_state_of_feeling_is_an_opinion_even_in_reported_speech(feeling, fact, language):
    scored = _score(feeling, language)
    assert "opinion" in scored.reasons
    assert not _proposed(feeling, language)
    assert _proposed(fact, language)


def test_a_deadline_within_some_months_in_an_expectation_is_no_figure():
    expected = "The trust said it expected to finish the repairs within six weeks."
    scored = _score(expected, "en")
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert not _proposed(expected, "en")
    assert _proposed("The trust said it had finished the repairs within six weeks.", "en")


@pytest.mark.parametrize(
    ("schedule", "fact"),
    [
        (
            "Der Bauausschuss berät am Dienstag über den Bebauungsplan.",
            "Der Bauausschuss hat am Dienstag den Bebauungsplan mit 9 zu 4 Stimmen gebilligt.",
        ),
        (
            "Am Sonntag bietet die Feuerwehr am Marktplatz eine Übung für Kinder an.",
            "Am Sonntag musste die Feuerwehr am Marktplatz 14 Menschen aus einem Haus retten.",
        ),
    ],
)
def test_a_weekday_with_a_present_tense_meeting_or_offer_is_a_schedule(schedule, fact):
    scored = _score(schedule, "de")
    assert "prediction" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert not _proposed(schedule, "de")
    assert _proposed(fact, "de")


def test_a_quoted_feeling_keeps_its_opinion_behind_a_clause_about_the_speaker():
    body = (
        '"The smoke was everywhere. I just kept calm for my kids," said Lena Ortiz, '
        "who was on the ferry with her three sons."
    )
    view = _sentences(body, "en")[-1]
    assert "opinion" in view.reasons
    assert view.checkworthiness < _threshold("en")
    claim = (
        '"The smoke was everywhere. The crew got 140 of us onto the deck in ten minutes," '
        "said Lena Ortiz, who was on the ferry with her three sons."
    )
    assert _sentences(claim, "en")[-1].checkworthiness >= _threshold("en")


@pytest.mark.parametrize(
    ("view", "fact", "language"),
    [
        (
            "“I could not sleep for weeks after the water came in,” said tenant Gary Holt, 58.",
            "“We lost 40 sheep in the water that night,” said farmer Ann Rees, 63.",
            "en",
        ),
        (
            "“Honestly, I never want to go back there,” said Tom, 12, one of the pupils.",
            "“We moved 30 families out of the block in two days,” said Tom Avery, 44.",
            "en",
        ),
        (
            "„Uns fehlt schlicht die Zeit für so etwas“, sagte Schulleiterin Heike Brandt, 52.",
            "„Uns fehlen seit August elf Lehrkräfte“, sagte Schulleiterin Heike Brandt, 52.",
            "de",
        ),
    ],
)
def test_a_quoted_view_stays_a_view_after_the_speakers_age(view, fact, language):
    scored = _score(view, language)
    assert "opinion" in scored.reasons
    assert "figure_or_date" not in scored.reasons
    assert scored.checkworthiness < _threshold(language)
    assert _score(fact, language).checkworthiness >= _threshold(language)


def test_a_finding_in_the_first_person_keeps_its_speakers_description():
    # Without an age the tail may describe an expert whose own finding it is.
    finding = (
        "“We found no link between the two once income was taken into account,” said "
        "lead researcher Dr. Amal Haddad, a statistician at the institute."
    )
    assert "opinion" not in _score(finding, "en").reasons


@pytest.mark.parametrize(
    ("announcement", "with_amount"),
    [
        (
            "Die Stadt kündigte an, den Spielplatz im Frühjahr neu zu gestalten.",
            "Der Konzern kündigte an, in Hameln 450 Stellen abzubauen.",
        ),
        (
            "Der Anwalt der Familie kündigte an, gegen das Urteil vorzugehen.",
            "Die Kasse kündigte an, den Beitrag um 0,4 Prozentpunkte anzuheben.",
        ),
    ],
)
def test_an_announced_intention_is_a_plan_unless_it_has_an_amount(announcement, with_amount):
    scored = _score(announcement, "de")
    assert "prediction" in scored.reasons
    assert scored.checkworthiness < _threshold("de")
    assert _score(with_amount, "de").checkworthiness >= _threshold("de")


@pytest.mark.parametrize(
    ("forecast", "with_amount", "language"),
    [
        (
            "Nach Einschätzung des Landkreistags wird sich der Mangel an Pflegekräften "
            "in den nächsten Jahren weiter verschärfen.",
            "Nach Einschätzung des Landkreistags werden dem Land bis 2030 rund 9.000 "
            "Pflegekräfte fehlen.",
            "de",
        ),
        (
            "The shortage of bus drivers will get worse over the coming years, the union said.",
            "The region will be short of 1,200 bus drivers by 2030, the union said.",
            "en",
        ),
    ],
)
def test_a_named_speakers_forecast_needs_an_amount(forecast, with_amount, language):
    scored = _score(forecast, language)
    assert "prediction" in scored.reasons
    assert scored.checkworthiness < _threshold(language)
    assert _score(with_amount, language).checkworthiness >= _threshold(language)


@pytest.mark.parametrize(
    ("view", "fact", "language"),
    [
        (
            "„Das war ein schwarzer Tag für den ganzen Ort“, sagte Ortsvorsteherin Maren Holt.",
            "„Das Feuer hat 14 Wohnungen zerstört“, sagte Ortsvorsteherin Maren Holt.",
            "de",
        ),
        (
            '"The whole street was in shock that morning," said shopkeeper Ewan Price.',
            '"The whole street was without power for 19 hours," said shopkeeper Ewan Price.',
            "en",
        ),
    ],
)
def test_a_quotation_without_a_figure_is_its_speakers_view_in_any_person(view, fact, language):
    scored = _score(view, language)
    assert "opinion" in scored.reasons
    assert scored.checkworthiness < _threshold(language)
    assert _score(fact, language).checkworthiness >= _threshold(language)


def test_the_verb_of_saying_is_no_past_event_of_its_own():
    plan = _score("Council leader Ann Doyle said she would look into the complaints.", "en")
    assert "past_event" not in plan.reasons
    assert plan.checkworthiness < _threshold("en")
    fact = _score("Council leader Ann Doyle said the council received 312 complaints.", "en")
    assert "past_event" in fact.reasons
    assert fact.checkworthiness >= _threshold("en")
