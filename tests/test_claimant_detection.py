"""Claimant detection: who makes the claim in a sentence."""

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
