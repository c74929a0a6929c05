"""First-person text: whoever speaks is the claimant of what they say."""

import pytest

from claims.extraction import extract_claims


def _claimants(body: str, language: str) -> dict[str, str | None]:
    return {s.text: s.claimant for s in extract_claims(body, language).sentences}


def test_speaker_label_names_the_claimant_of_each_turn():
    body = (
        "Transcript of the county debate\n"
        "MODERATOR: Good evening and welcome.\n"
        "HALL: Property taxes have risen three years in a row.\n"
        "REYES: We cut the consultant budget by 30 percent in 2024.\n"
    )
    claimants = _claimants(body, "en")
    assert claimants["HALL: Property taxes have risen three years in a row."] == "Hall"
    assert claimants["REYES: We cut the consultant budget by 30 percent in 2024."] == "Reyes"
    assert claimants["MODERATOR: Good evening and welcome."] is None


def test_speaker_keeps_the_turn_in_the_next_sentence_of_the_line():
    body = (
        "Interview mit Pflegedienstleiterin Sabine Krüger\n"
        "Frage: Wie ist die Lage?\n"
        "Krüger: Angespannt. Seit Januar haben 14 Pflegekräfte gekündigt.\n"
    )
    claimants = _claimants(body, "de")
    assert claimants["Seit Januar haben 14 Pflegekräfte gekündigt."] == "Krüger"
    assert claimants["Frage: Wie ist die Lage?"] is None


def test_interviewer_turn_is_not_given_to_the_interviewee():
    body = (
        "An interview with union steward Marcus Webb\n"
        "Interviewer: When did your members first raise concerns about the ramp?\n"
        "Webb: We filed three complaints in March.\n"
    )
    claimants = _claimants(body, "en")
    question = "Interviewer: When did your members first raise concerns about the ramp?"
    assert claimants[question] is None
    assert claimants["Webb: We filed three complaints in March."] == "Webb"


@pytest.mark.parametrize(
    ("opening", "language", "speaker"),
    [
        ("Speech by Mayor Elena Brooks at the ferry terminal", "en", "Elena Brooks"),
        ("Rede von Bürgermeisterin Katrin Vogel zur Einweihung der Schule", "de", "Katrin Vogel"),
        ("@riverline_watch", "en", "riverline_watch"),
        ("Pressemitteilung der Stadtwerke Talheim", "de", "Stadtwerke Talheim"),
        ("Opinion: Why the pool must stay open, by Councillor Ana Ruiz", "en", "Ana Ruiz"),
        ("Kommentar: Das Bad bleibt offen, von Jana Stein", "de", "Jana Stein"),
        ("Answered by Transport Secretary Lee Park:", "en", "Transport Secretary Lee Park"),
    ],
)
def test_opening_line_names_the_speaker_of_unattributed_sentences(opening, language, speaker):
    sentence = (
        "Our fares have not gone up since 2021."
        if language == "en"
        else "Unsere Preise sind seit 2021 nicht gestiegen."
    )
    assert _claimants(f"{opening}\n{sentence}\n", language)[sentence] == speaker


def test_answer_labels_give_the_turn_to_the_answering_ministry():
    body = (
        "Kleine Anfrage des Abgeordneten Jan Ott und Antwort des Innenministeriums\n"
        "Frage: Wie viele Stellen sind unbesetzt?\n"
        "Antwort: Zum 1. Mai waren 212 Stellen unbesetzt.\n"
    )
    claimants = _claimants(body, "de")
    assert claimants["Frage: Wie viele Stellen sind unbesetzt?"] is None
    assert claimants["Antwort: Zum 1. Mai waren 212 Stellen unbesetzt."] == "Innenministeriums"


def test_an_answer_label_without_a_named_speaker_names_no_claimant():
    body = "Fragen und Antworten\nQ: Is the pool open?\nA: Yes, since May 2024.\n"
    assert _claimants(body, "en")["A: Yes, since May 2024."] is None


def test_recall_notice_issuer_comes_without_its_article():
    body = (
        "Rückruf: Haferdrink der Marke Nordhof\n"
        "Die Nordhof Molkerei GmbH ruft den Haferdrink 1 l zurück.\n"
        "Bei einer Kontrolle wurden Spuren von Nüssen gefunden.\n"
    )
    assert _claimants(body, "de")["Bei einer Kontrolle wurden Spuren von Nüssen gefunden."] == (
        "Nordhof Molkerei GmbH"
    )


def test_press_release_issuer_comes_from_the_headline():
    body = (
        "Northfield Dairy Cooperative recalls 12,000 cartons of oat drink\n"
        "FOR IMMEDIATE RELEASE\n"
        "No illnesses have been reported.\n"
    )
    assert _claimants(body, "en")["No illnesses have been reported."] == (
        "Northfield Dairy Cooperative"
    )


def test_news_report_without_a_speaker_keeps_unattributed_sentences_unattributed():
    body = "Floods hit the valley\nThe river rose 3 metres overnight.\n"
    assert _claimants(body, "en")["The river rose 3 metres overnight."] is None


def test_first_person_pronoun_is_never_the_claimant():
    body = "We cut the budget by 30 percent in 2024."
    for sentence in extract_claims(body, "en", has_title_line=False).sentences:
        assert (sentence.claimant or "").lower() not in ("we", "i", "it's", "you")


def test_a_headline_with_a_colon_names_no_speaker():
    body = (
        "Polizeipräsidium Südstadt\n"
        "Pressemitteilung\n"
        "Verkehrskontrollen: 312 Verstöße an einem Tag\n"
        "Zwei Fahrer standen unter Alkoholeinfluss.\n"
    )
    claimant = _claimants(body, "de")["Zwei Fahrer standen unter Alkoholeinfluss."]
    assert claimant == "Polizeipräsidium Südstadt"


def test_each_name_of_a_comment_thread_speaks_for_its_line():
    body = (
        "Kommentare zum Beitrag: Mieten steigen weiter\n"
        "Lisa Braun: Unsere Miete ist seit 2021 um 20 Prozent gestiegen.\n"
        "Oliver Krüger: Die Mietpreisbremse bringt nichts.\n"
        "Julia Weber: Der Bund gibt seit 2006 kein Geld mehr für Sozialwohnungen.\n"
        "Sven Hofmann: Wieso redet keiner über die Grundsteuer?\n"
    )
    claimants = _claimants(body, "de")
    assert claimants["Lisa Braun: Unsere Miete ist seit 2021 um 20 Prozent gestiegen."] == (
        "Lisa Braun"
    )
    line = "Julia Weber: Der Bund gibt seit 2006 kein Geld mehr für Sozialwohnungen."
    assert claimants[line] == "Julia Weber"


def test_one_name_before_a_colon_in_an_article_is_no_speaker():
    body = (
        "Mieten steigen weiter\n"
        "Lisa Braun: Mieterin seit 30 Jahren\n"
        "Die Mieten in der Stadt sind 2024 um acht Prozent gestiegen.\n"
        "Das meldete das Statistische Landesamt am Montag.\n"
        "Der Mieterverein kritisierte die Entwicklung.\n"
    )
    assert "Lisa Braun" not in {c for c in _claimants(body, "de").values() if c}


_FEED = (
    "Posts about the library closures\n"
    "Westbrook Readers Group (@wbreaders): The council closed four branch libraries in 2025.\n"
    "lena m (@lenam_): this is so sad\n"
    "Cllr Omar Shah (@OmarShahCllr): I voted against every one of those closures.\n"
    "Tim Ellis (@timellis): Visits fell by 40 percent after the opening hours were cut\n"
)


def test_a_feed_labelled_with_handles_gives_each_post_its_display_name():
    claimants = _claimants(_FEED, "en")
    line = "Westbrook Readers Group (@wbreaders): The council closed four branch libraries in 2025."
    assert claimants[line] == "Westbrook Readers Group"
    tim = "Tim Ellis (@timellis): Visits fell by 40 percent after the opening hours were cut"
    assert claimants[tim] == "Tim Ellis"
    omar = "Cllr Omar Shah (@OmarShahCllr): I voted against every one of those closures."
    assert "Omar Shah" in claimants[omar]


def test_a_feed_line_without_full_stop_is_no_headline():
    result = extract_claims(_FEED, "en")
    tim = next(s for s in result.sentences if s.text.startswith("Tim Ellis"))
    assert "headline" not in tim.reasons
    assert tim.start in {c.start for c in result.candidates}


def test_a_bare_handle_before_a_colon_is_the_sender():
    body = (
        "Replies\n"
        "@wbreaders: The council closed four branch libraries in 2025.\n"
        "@lenam_: this is so sad\n"
        "@timellis: Visits fell by 40 percent after the hours were cut.\n"
        "@wbreaders: The mobile library now stops only twice a month.\n"
    )
    claimants = _claimants(body, "en")
    assert claimants["@timellis: Visits fell by 40 percent after the hours were cut."] == (
        "timellis"
    )
    line = "@wbreaders: The mobile library now stops only twice a month."
    assert claimants[line] == "wbreaders"


def test_a_single_reply_opening_with_a_handle_and_colon_names_no_sender():
    body = "@USER: Das stimmt nicht, die Steuer wurde 2019 um 3 Prozent erhöht."
    assert [s.claimant for s in extract_claims(body, "de").sentences] == [None]
