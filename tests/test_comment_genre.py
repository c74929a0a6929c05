"""Reader comments and posts: read as their own genre from the text alone."""

from claims.extraction import extract_claims
from claims.extraction.model import LinearModel, active_model
from claims.extraction.pipeline import COMMENT, text_genre


def test_a_short_text_opening_with_a_sentence_is_a_comment():
    assert text_genre("Die Miete ist in drei Jahren um 20 Prozent gestiegen.") == COMMENT
    reply = "Stimmt nicht. Die Zahlen stehen hier:\nhttps://example.org/zahlen"
    assert text_genre(reply) == COMMENT


def test_a_text_under_a_headline_or_a_long_text_is_no_comment():
    assert text_genre("Stadtrat beschließt Haushalt\nDer Stadtrat hat am Montag getagt.") is None
    long_text = "Der Stadtrat hat am Montag den Haushalt beschlossen. " * 30
    assert text_genre(long_text) is None


def test_a_comment_line_without_full_stop_is_not_a_headline():
    body = "Das stimmt so nicht.\nDer Bund zahlt seit 2006 nichts mehr für Sozialwohnungen"
    result = extract_claims(body, "de")
    assert result.title is None
    assert all("headline" not in s.reasons for s in result.sentences)


def test_the_same_lines_under_a_headline_still_read_as_headlines():
    body = "Sozialer Wohnungsbau\nDer Bund zahlt seit 2006 nichts mehr für Sozialwohnungen."
    result = extract_claims(body, "de")
    assert result.title == "Sozialer Wohnungsbau"


def test_a_reply_handle_names_no_actor():
    reply = extract_claims("@USER das ist doch Unsinn.", "de", has_title_line=False)
    assert "named_actor" not in reply.sentences[0].reasons


def test_a_sentence_opening_with_a_subjunctive_form_reports_nobody():
    # The dropped "ich" of a comment: "Habe gestern …" is no reported speech.
    own = extract_claims("Habe gestern beim Amt nachgefragt.", "de", has_title_line=False)
    reported = extract_claims(
        "Der Minister habe gestern beim Amt nachgefragt.", "de", has_title_line=False
    )
    assert "attributed_statement" not in own.sentences[0].reasons
    assert "attributed_statement" in reported.sentences[0].reasons


def test_a_comparative_with_its_particle_later_is_a_comparison():
    result = extract_claims(
        "Arbeit wird bei uns wesentlich höher besteuert als Kapitalerträge.",
        "de",
        has_title_line=False,
    )
    assert "comparison" in result.sentences[0].reasons


def test_a_comment_that_only_cites_a_link_is_proposed():
    result = extract_claims(
        "Hier die Zahlen: https://www.example.org/statistik/2023", "de", has_title_line=False
    )
    assert result.genre == COMMENT
    assert result.candidates


def test_an_insult_is_read_as_opinion():
    result = extract_claims("Was für ein Schwachsinn, schämt euch!", "de", has_title_line=False)
    assert "opinion" in result.sentences[0].reasons


def test_the_genre_threshold_applies_only_where_the_card_has_one():
    model = LinearModel("t", {"a": 0.0}, 0.0, {"de": 0.6, "de:comment": 0.4})
    # Probability 0.5: below the news cut of German, above its comment cut.
    assert model.score({}, "de") < 0.5
    assert model.score({}, "de", COMMENT) > 0.5
    assert model.threshold("en", COMMENT) == model.threshold("en")


def test_the_shipped_card_has_a_comment_threshold_for_german_below_the_news_one():
    model = active_model()
    assert model.threshold("de", COMMENT) < model.threshold("de")


_THREAD = (
    "Leserkommentare: Neue Regeln für Kleingärten\n"
    "Ute Berger: Die Stadt verpachtet seit 2019 keine neuen Parzellen mehr\n"
    "Kai Simon: Wer braucht schon Kleingärten\n"
    "Nora Lenz: Im Verein warten 140 Familien auf einen Garten, das steht im Jahresbericht.\n"
    "Paul Wirth: Die Pacht hat sich in fünf Jahren verdoppelt\n"
)


def test_a_labelled_line_of_a_thread_without_full_stop_is_no_headline():
    result = extract_claims(_THREAD, "de")
    assert result.title == "Leserkommentare: Neue Regeln für Kleingärten"
    for sentence in result.sentences[1:]:
        assert "headline" not in sentence.reasons, sentence.text
    stated = next(s for s in result.sentences if s.text.startswith("Ute Berger:"))
    assert stated.start in {c.start for c in result.candidates}


def test_an_unlabelled_line_without_full_stop_in_an_article_is_still_a_headline():
    body = (
        "Neue Regeln für Kleingärten\n"
        "Die Stadt verpachtet seit 2019 keine neuen Parzellen mehr.\n"
        "Was der Verein fordert\n"
        "Der Verein will 200 neue Parzellen bis 2028.\n"
    )
    result = extract_claims(body, "de")
    subheading = next(s for s in result.sentences if s.text == "Was der Verein fordert")
    assert "headline" in subheading.reasons


def test_a_laughing_or_eye_rolling_face_marks_a_comment_as_mockery():
    # Laughter and eye-rolling say the writer is mocking, not asserting.
    for body in (
        "Die Bahn ist natürlich immer pünktlich 😂",
        "Der Kanzler kennt sich mit Zügen bestens aus 🙄",
        "haha der Bürgermeister fährt jetzt Fahrrad",
    ):
        result = extract_claims(body, "de", has_title_line=False)
        assert "opinion" in result.sentences[0].reasons, body
        assert not result.candidates, body
    plain = extract_claims(
        "Die Bahn war im Oktober zu zwei Dritteln pünktlich 🙂", "de", has_title_line=False
    )
    assert "opinion" not in plain.sentences[0].reasons


def test_a_version_number_or_the_name_of_a_benefit_is_no_figure():
    for body in (
        "Das ist doch Zensur 2.0!",
        "Die Schule hängt bei Bildung 4.0 hinterher",
        "Die Nachbarn leben alle von Hartz IV",
        "Wer von Hartz 4 lebt, kennt das",
    ):
        result = extract_claims(body, "de", has_title_line=False)
        assert "figure_or_date" not in result.sentences[0].reasons, body
    for body in (
        "Der Wert lag bei 2.0 mg/L.",
        "Die Zinsen stiegen um 3.0 Prozent.",
    ):
        result = extract_claims(body, "de", has_title_line=False)
        assert "figure_or_date" in result.sentences[0].reasons, body


def test_a_change_over_time_is_a_comparison():
    # A trend compares now with before: "immer mehr", "zunehmend", "mittlerweile".
    for body in (
        "Immer mehr Pendler steigen auf das Rad um",
        "Die Wartezeiten beim Bürgeramt werden zunehmend länger.",
        "Mittlerweile kostet das Schwimmbad für Familien das Doppelte",
        "Die Kreisstraße ist seit Jahren gesperrt.",
    ):
        result = extract_claims(body, "de", has_title_line=False)
        assert "comparison" in result.sentences[0].reasons, body
