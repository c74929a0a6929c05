"""Claimant detection: who makes the claim in a sentence."""

import pytest

from claims.extraction import ClaimantContext, attribute, extract_claims


def _claimant(sentence: str, language: str, context: ClaimantContext | None = None):
    return attribute(sentence, language, context or ClaimantContext()).claimant


def test_laut_names_the_source():
    assert _claimant("Laut der Zeitung Axios hat der Minister zugestimmt.", "de") == "Axios"


def test_nach_angaben_names_the_publisher():
    claimant = _claimant("Nach Angaben des Robert Koch-Instituts starben 3.200 Menschen.", "de")
    assert "Koch" in claimant


def test_according_to_names_the_source():
    claimant = _claimant("Prices rose 3%, according to the Office for National Statistics.", "en")
    assert claimant == "Office for National Statistics"


def test_subject_before_said_is_the_claimant():
    assert (
        _claimant("The Commerce Department said orders fell 1.4%.", "en") == "Commerce Department"
    )


def test_inverted_said_takes_the_name_after_the_verb():
    sentence = '"Costs are rising," said Dr. Alicia Moreno, chief economist at Halvorsen Bank.'
    assert _claimant(sentence, "en") == "Alicia Moreno"


def test_german_inversion_after_adverb():
    context = ClaimantContext()
    _claimant("Ein Berater des Präsidenten Donald Trump deutete das an.", "de", context)
    claimant = _claimant(
        "Gleichzeitig wies ein anderer Berater darauf hin, dass es zu früh sei.", "de", context
    )
    assert "Berater" in claimant and "Trump" in claimant


def test_title_is_kept_off_the_name():
    assert (
        _claimant("Außenminister Marco Rubio erklärte, beide Seiten müssten nachgeben.", "de")
        == "Marco Rubio"
    )
    assert (
        _claimant("Treasury Secretary Mark Delaney told reporters that duties rose.", "en")
        == "Mark Delaney"
    )
    assert _claimant("GDL-Chef Thomas Brenner begründete den Streik.", "de") == "Thomas Brenner"


def test_plural_subject_with_named_member_uses_the_member():
    claimant = _claimant("Ukrainische Führer, darunter Präsident Zelensky, bestätigten das.", "de")
    assert "Zelensky" in claimant


def test_list_of_named_representatives():
    sentence = (
        "Früher hatten Vertreter der Regierung—insbesondere Außenminister Marco Rubio und "
        "Sondergesandter Steve Witkoff—mitgeteilt, dass es ein Treffen gab."
    )
    claimant = _claimant(sentence, "de")
    assert "Rubio" in claimant and "Witkoff" in claimant


def test_pronoun_takes_the_previous_claimant_german():
    context = ClaimantContext()
    _claimant("Bürgermeister Jonas Reuter kündigte neue Messungen an.", "de", context)
    assert (
        _claimant("Er räumte ein, dass die Leitungen alt seien.", "de", context) == "Jonas Reuter"
    )


def test_pronoun_takes_the_previous_claimant_english():
    body = (
        "Prof. Lena Hartmann said the glacier lost 4% of its volume.\n"
        "She said the losses had doubled since 2010."
    )
    sentences = extract_claims(body, "en", has_title_line=False).sentences
    assert sentences[1].claimant == "Lena Hartmann"


def test_country_taking_a_stance_is_the_claimant():
    assert _claimant("Russland hat die Idee lange abgelehnt.", "de") == "Russland"


def test_vague_source_gives_no_claimant():
    assert _claimant("Experten heben hervor, dass Diplomatie notwendig ist.", "de") is None
    assert _claimant("Some analysts say the slowdown could spread.", "en") is None


def test_organisation_in_prepositional_phrase_is_not_the_speaker():
    claimant = _claimant(
        "He told the newspaper Le Temps that three cantons applied.",
        "en",
        ClaimantContext(last_claimant="Daniel Roth"),
    )
    assert claimant == "Daniel Roth"


def _claimants(body: str, language: str) -> list[str | None]:
    return [s.claimant for s in extract_claims(body, language, has_title_line=False).sentences]


def test_generic_noun_resolves_to_the_named_organisation():
    body = (
        "Der Mieterverein Halle kritisierte die Pläne.\n"
        "Nach Berechnungen des Vereins steigen die Mieten um 9 Prozent."
    )
    assert _claimants(body, "de")[1] == "Mieterverein Halle"


def test_the_company_resolves_to_the_named_company():
    body = (
        "Orbion Corp. said on Friday that it had closed two plants.\n"
        "The closures affect 800 workers, the company said in a statement."
    )
    assert _claimants(body, "en")[1] == "Orbion Corp."


def test_source_sentence_names_the_claimant_of_the_sentence_before():
    body = (
        "Das Statistische Landesamt hat am Montag seinen Bericht vorgestellt.\n"
        "Die Zahl der Geburten sank um 4 Prozent. Das geht aus dem Bericht hervor."
    )
    claimants = _claimants(body, "de")
    assert claimants[1] == claimants[2] == "Statistische Landesamt"


def test_passive_report_from_her_ministry_is_the_minister():
    context = ClaimantContext()
    _claimant("Finanzministerin Eva Brandt (FDP) verwies auf den Haushalt.", "de", context)
    claimant = _claimant(
        "Die Mittel seien um 3 Mio. Euro erhöht worden, wurde aus ihrem Ministerium mitgeteilt.",
        "de",
        context,
    )
    assert claimant == "Eva Brandt"


def test_apposition_between_subject_and_verb_is_skipped():
    sentence = "Harlow Foods Inc., the Ohio-based snack maker, said sales fell 3%."
    assert _claimant(sentence, "en") == "Harlow Foods Inc."
    sentence = "Sen. Ana Ruiz, who chairs the Budget Committee, said costs rose."
    assert _claimant(sentence, "en") == "Ana Ruiz"


def test_court_spokesperson_and_judges_resolve_to_the_court():
    body = (
        "Das Landgericht Bonn hat die Klage abgewiesen.\n"
        "Nach Auffassung der Richter fehlten Belege, wie ein Gerichtssprecher sagte."
    )
    assert _claimants(body, "de")[1] == "Landgericht Bonn"


def test_surname_alone_goes_back_to_the_full_name():
    context = ClaimantContext()
    _claimant("Harbour master Sean Doyle said 40 boats had been moved.", "en", context)
    sentence = "Doyle, who has run the port since 2019, told reporters the quay was closed."
    assert _claimant(sentence, "en", context) == "Sean Doyle"


def test_pronoun_after_subordinate_opener_finds_the_person():
    context = ClaimantContext()
    _claimant("When Grace Mbeki took office, the ward had 12 beds.", "en", context)
    assert _claimant("She said the ward now has 30 beds.", "en", context) == "Grace Mbeki"


def test_police_spokesman_compound_names_the_police():
    assert _claimant("Ein Polizeisprecher sagte, der Fahrer sei leicht verletzt.", "de") == (
        "Polizei"
    )


def test_die_behoerde_goes_back_to_the_named_authority():
    context = ClaimantContext()
    _claimant("Die Staatsanwaltschaft Görlitz ermittelt gegen den Betreiber.", "de", context)
    sentence = "Der Betrieb wurde geschlossen, wie ein Sprecher der Behörde mitteilte."
    assert _claimant(sentence, "de", context) == "Staatsanwaltschaft Görlitz"


def test_company_introduced_by_its_trade_is_das_unternehmen():
    context = ClaimantContext()
    _claimant("Der Maschinenhersteller Krohne Werkzeugbau baut 300 Stellen ab.", "de", context)
    sentence = "Das teilte das Unternehmen am Freitag mit."
    assert _claimant(sentence, "de", context) == "Krohne Werkzeugbau"


def test_researchers_go_back_to_their_university():
    context = ClaimantContext()
    _claimant(
        "The trial was run by researchers at the University of Bergen, the journal said.",
        "en",
        context,
    )
    sentence = "The researchers followed 800 patients in 14 U.S. states."
    assert _claimant(sentence, "en", context) == "University of Bergen"


def test_impersonal_man_in_reported_speech_keeps_the_speaker():
    context = ClaimantContext()
    _claimant("Werksleiterin Olga Brandl sagte, die Linie stehe still.", "de", context)
    assert _claimant("Man rechne mit zwei Wochen Ausfall.", "de", context) == "Olga Brandl"


def test_would_after_a_statement_continues_the_speaker():
    body = (
        "Headline\n\nDean Mary Otto said the library would open at night. "
        "Students would need a card to enter."
    )
    result = extract_claims(body, "en")
    assert result.sentences[-1].claimant == result.sentences[-2].claimant
    assert "attributed_statement" in result.sentences[-1].reasons


def test_counted_nouns_are_not_a_german_name():
    sentence = "Gefunden wurden mehrere Kartons Zigaretten, teilte der Zoll mit."
    assert _claimant(sentence, "de") != "Kartons Zigaretten"


def test_the_agency_is_the_organisation_named_earlier_in_the_sentence():
    context = ClaimantContext()
    attribute("Der Zoll sagte, 40 Kisten seien beschlagnahmt worden.", "de", context)
    sentence = "The NTSB has sent nine investigators to the site, the agency said on Sunday."
    assert _claimant(sentence, "en", context) == "NTSB"


def test_das_hat_x_mitgeteilt_names_the_source_of_the_sentence_before():
    body = (
        "Titel\n\n"
        "Die Grundsteuer steigt im kommenden Jahr um 4,5 Prozent. "
        "Das hat die Stadtverwaltung am Freitag mitgeteilt."
    )
    first = extract_claims(body, "de").sentences[1]
    assert first.claimant == "Stadtverwaltung"


def test_english_chef_is_no_title():
    assert _claimant("The union's chef negotiator said wages rose 4%.", "en") is None


def test_german_chef_is_a_title():
    claimant = _claimant("GDL-Chef Claus Weselsky sagte, die Löhne stiegen um 4 Prozent.", "de")
    assert claimant == "Claus Weselsky"


@pytest.mark.parametrize(
    "sentence",
    [
        "It's the highest rate in a decade, they said.",
        "You said yourself that taxes rose 4%.",
        "The department said spending rose 4%.",
    ],
)
def test_pronouns_and_bare_common_nouns_are_never_claimants(sentence):
    claimant = _claimant(sentence, "en")
    assert claimant is None or claimant[:1].isupper() and claimant.lower() not in ("it's", "you")


def test_chunker_reads_the_stream_with_abbreviations_split_at_their_dots():
    from claims.extraction.chunking import chunker_tokens
    from claims.extraction.sentences import split_with_tokens

    sentence = "Dr. Alicia Moreno of Northgate Homes Inc. said the U.S. union's chef resigned."
    stream = [tok for _, _, found in split_with_tokens(sentence, "en") for tok in found]
    words = [tok.text for tok in chunker_tokens(stream, sentence)]
    assert words[:3] == ["Dr", ".", "Alicia"]
    assert words[words.index("Inc") : words.index("Inc") + 2] == ["Inc", "."]
    assert words[words.index("U") : words.index("U") + 4] == ["U", ".", "S", "."]
    assert "union's" in words
    for tok in chunker_tokens(stream, sentence):
        assert sentence[tok.start : tok.end] == tok.text


def test_chunker_leaves_out_quoted_words():
    from claims.extraction.chunking import chunker_tokens
    from claims.extraction.sentences import split_with_tokens

    sentence = "„Der Minister sagte nichts“, erklärte Anna Berg."
    stream = [tok for _, _, found in split_with_tokens(sentence, "de") for tok in found]
    words = [tok.text for tok in chunker_tokens(stream, sentence)]
    assert "Minister" not in words and "Berg" in words


@pytest.mark.parametrize(
    "sentence",
    [
        "„Der Minister sagte nichts“, erklärte Anna Berg.",
        "“The minister said nothing,” Anna Berg explained.",
        '"The minister said nothing," Anna Berg explained.',
        "»Der Minister sagte nichts«, erklärte Anna Berg.",
        "«Der Minister sagte nichts», erklärte Anna Berg.",
        "„Der Minister sagte ‚nichts‘ dazu“, erklärte Anna Berg.",
    ],
)
def test_quotation_is_masked_in_german_english_and_guillemet_styles(sentence):
    from claims.extraction.chunking import mask_quotes

    masked = mask_quotes(sentence)
    assert "inister" not in masked and "Anna Berg" in masked
    assert len(masked) == len(sentence)


def test_quotation_marks_are_known_by_their_unicode_class_not_by_a_list():
    from claims.extraction.chunking import mask_quotes

    # Swedish ”…” and Swiss single guillemets ‹…› were never listed by hand.
    masked = mask_quotes("”Ministern sa ingenting”, sa Anna Berg om ‹Ministern›.")
    assert "Ministern" not in masked and "Anna Berg" in masked


def test_apostrophe_neither_opens_nor_closes_a_quotation():
    from claims.extraction.chunking import mask_quotes

    sentence = "In the ’90s the union’s members voted ‘no’, Anna Berg’s notes show."
    assert mask_quotes(sentence) == sentence.replace("‘no’", "    ")


def test_spokesperson_of_a_possessive_organisation_names_the_organisation():
    sentence = (
        "Fares rose 8 percent in March, the National Parks Service’s spokeswoman told reporters."
    )
    assert _claimant(sentence, "en") == "National Parks Service"


def test_report_of_a_possessive_organisation_names_the_publisher():
    sentence = (
        "Twelve ships ran aground in 2024, according to the Harbour Authority's annual report."
    )
    assert _claimant(sentence, "en") == "Harbour Authority"


def test_party_in_brackets_after_a_name_is_not_the_claimant():
    sentence = "Rep. Lisa Ortega (D-Texas) said the county's warning sirens failed."
    assert _claimant(sentence, "en") == "Lisa Ortega"


def test_digits_of_a_link_make_no_name():
    assert _claimant("Details at asa2024.com show 40 entries.", "en") is None


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Weitere Filialen sind nicht betroffen.", "de"),
        ("Zahlreiche Anwohner haben die Pläne abgelehnt.", "de"),
        ("Sonstigen Kunden wurde der Preis erstattet.", "de"),
        ("Several Democrats said the bill would fail.", "en"),
        ("Other Products Are Not Affected By The Recall.", "en"),
    ],
)
def test_a_counted_common_noun_is_never_the_claimant(sentence, language):
    assert _claimant(sentence, language) is None


def test_a_counted_common_noun_does_not_hide_the_speaker_of_a_press_release():
    body = (
        "Pressemitteilung\n"
        "Feldmark Molkerei ruft Joghurt zurück\n"
        "Die Feldmark Molkerei ruft vorsorglich 3.000 Becher Joghurt zurück.\n"
        "Weitere Filialen sind nicht betroffen.\n"
    )
    sentence = next(s for s in extract_claims(body, "de").sentences if "Weitere" in s.text)
    assert sentence.claimant == "Feldmark Molkerei"


def test_a_counted_vague_word_stays_a_vague_source():
    attribution = attribute("Viele Menschen haben das Angebot abgelehnt.", "de", ClaimantContext())
    assert attribution.claimant is None and attribution.vague


def test_a_name_opening_with_an_adjective_is_still_a_name():
    assert _claimant("Die Deutsche Bahn hat den Antrag abgelehnt.", "de") == "Deutsche Bahn"


def _thread_claimants(lines: list[str], language: str) -> dict[str, str | None]:
    body = "\n".join(lines) + "\n"
    return {s.text: s.claimant for s in extract_claims(body, language).sentences}


_GERMAN_THREAD = [
    "Kommentare: Sanktionen beim Bürgergeld",
    "Emma Vogt: Laut Bundesagentur wurden 2024 rund 20.000 Leistungen gekürzt.",
    "Lukas Brand: Die Polizei hat im Mai 300 Verfahren eingestellt, das hat die Stadt bestätigt.",
    "Mia Keller: Hartz IV wurde 2023 umbenannt und die Regelsätze stiegen um 12 Prozent.",
    "Jonas Peters: Ministerin Anna Berg sagte, die Zahl der Kürzungen sei um 5 Prozent gestiegen.",
    "Lea Fuchs: Völlig übertrieben das alles.",
]


def test_in_a_thread_a_source_the_comment_cites_does_not_replace_its_sender():
    claimants = _thread_claimants(_GERMAN_THREAD, "de")
    assert claimants[_GERMAN_THREAD[1]] == "Emma Vogt"
    assert claimants[_GERMAN_THREAD[2]] == "Lukas Brand"


def test_in_a_thread_a_noun_opening_the_comment_does_not_replace_its_sender():
    assert _thread_claimants(_GERMAN_THREAD, "de")[_GERMAN_THREAD[3]] == "Mia Keller"


def test_in_a_thread_reported_speech_keeps_its_named_speaker():
    assert _thread_claimants(_GERMAN_THREAD, "de")[_GERMAN_THREAD[4]] == "Anna Berg"
    feed = [
        "Posts about the tram line",
        "Leah Price (@leahp): Operator Trammo says riders made 2.1 million trips in 2025.",
        "Ben Ito (@benito): the trams are always late",
        "Sue Ward (@sueward): The line cost 40 million pounds to build.",
        "Ali Noor (@alinoor): Bring back the buses.",
    ]
    claimants = _thread_claimants(feed, "en")
    assert claimants[feed[1]] == "Trammo"
    assert claimants[feed[3]] == "Sue Ward"


def test_laut_in_a_news_article_still_names_the_source():
    body = (
        "Mehr Kürzungen beim Bürgergeld\n"
        "Laut Bundesagentur wurden 2024 rund 20.000 Leistungen gekürzt.\n"
        "Die Zahl stieg damit um 8 Prozent.\n"
    )
    claimants = {s.text: s.claimant for s in extract_claims(body, "de").sentences}
    assert claimants["Laut Bundesagentur wurden 2024 rund 20.000 Leistungen gekürzt."] == (
        "Bundesagentur"
    )


def test_a_moderator_telling_a_candidate_what_they_said_is_the_claimant():
    turns = [
        "Transcript: mayoral debate",
        "PARK: Ms. Lowe, you have said you would cut bus fares by half. How?",
        "LOWE: The city spent 12 million dollars on consultants last year.",
        "DIAZ: That figure includes the audit the council ordered.",
        "PARK: Mr. Diaz, your answer.",
    ]
    claimants = _thread_claimants(turns, "en")
    assert claimants["PARK: Ms. Lowe, you have said you would cut bus fares by half."] == "Park"


def test_so_and_a_name_closing_the_sentence_names_the_source():
    body = (
        "Bürgermeisterin Anke Brandis (CDU) stellte den Haushalt vor.\n"
        "Die Stadt baue 2027 drei neue Kitas, so Brandis.\n"
        "Zugleich steige die Zahl der Erzieherinnen um 40."
    )
    claimants = [s.claimant for s in extract_claims(body, "de", has_title_line=False).sentences]
    assert claimants[1:] == ["Anke Brandis", "Anke Brandis"]


def test_so_with_a_function_goes_back_to_the_person_with_it():
    body = (
        "Umweltministerin Carla Weisgerber eröffnete die Anlage.\n"
        "Die Anlage spare jährlich 9.000 Tonnen CO2, so die Ministerin."
    )
    claimants = [s.claimant for s in extract_claims(body, "de", has_title_line=False).sentences]
    assert claimants[1] == "Carla Weisgerber"


def test_so_inside_a_sentence_names_nobody():
    assert _claimant("Die Preise stiegen so stark wie seit 1992 nicht mehr.", "de") is None


@pytest.mark.parametrize("group", ["SPD-Fraktion", "Linken-Fraktion"])
def test_wie_a_parliamentary_group_said_names_the_group(group):
    sentence = f"Wie die {group} mitteilte, fehlen den Schulen 1.200 Lehrkräfte."
    assert _claimant(sentence, "de") == group


def test_subject_after_the_verb_when_an_object_comes_first():
    sentence = "Den Schaden schätzt die Stadtverwaltung auf rund 80.000 Euro."
    assert _claimant(sentence, "de") == "Stadtverwaltung"


def test_an_object_before_the_verb_is_never_the_subject():
    assert _claimant("Den Schaden schätzt man auf rund 80.000 Euro.", "de") is None


def test_apposition_after_a_name_before_who_keeps_the_name():
    sentence = (
        "That was the view of Tomas Berglund, an economist at Norrvik Bank, "
        "who noted that exports fell 4 percent."
    )
    assert _claimant(sentence, "en") == "Tomas Berglund"


def test_verb_in_a_relative_clause_of_the_apposition_is_not_the_statement():
    sentence = (
        "Representative Dana Whitfield, the Maine Republican who wrote the amendment, "
        "said 31 ferry routes had been cut since 2018."
    )
    assert _claimant(sentence, "en") == "Dana Whitfield"


def test_an_ampersand_joins_the_words_of_a_firms_name():
    body = "Harbor Gas & Electric said it had replaced 300 miles of pipe."
    assert extract_claims(body, "en", has_title_line=False).sentences[0].claimant == (
        "Harbor Gas & Electric"
    )
