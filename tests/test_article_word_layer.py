"""News articles weigh their words a second time, under the article layer.

The layer ("lex:article:<language>:") is fitted on the project's labelled news
batches on top of the held weights; text that is no article (a pasted
sentence, a reader comment, a thread) never carries it, so the public debate
and comment figures cannot move with it.
"""

from claims.extraction import extract_claims
from claims.extraction.model import active_model

ARTICLE_DE = (
    "Busverkehr im Landkreis\n\n"
    "Die Gewerkschaft fordert 6 Prozent mehr Lohn für die Fahrer.\n\n"
    "Der Kreis hat im vergangenen Jahr 41 Busse gekauft."
)
ARTICLE_EN = (
    "Ferry timetable cut\n\n"
    "The operator cut 14 winter sailings last year.\n\n"
    "The islanders' group is urging the council to step in."
)


def _layer(features: dict[str, float]) -> set[str]:
    return {name for name in features if name.startswith("lex:article:")}


def test_sentences_of_an_article_carry_the_article_words_in_both_languages():
    german = extract_claims(ARTICLE_DE, "de")
    english = extract_claims(ARTICLE_EN, "en")
    assert "lex:article:de:fordern" in german.features[1]
    assert "lex:article:en:urge" in english.features[2]
    # The layer names the same lemmas the language's own word features do.
    assert "lex:en:urge" in english.features[2]


def test_a_pasted_sentence_a_comment_and_a_thread_carry_no_article_words():
    alone = extract_claims("The operator cut 14 winter sailings last year.", "en")
    untitled = extract_claims(ARTICLE_EN, "en", has_title_line=False)
    thread = extract_claims(
        "Ferry timetable cut\n\n"
        "Petra Wagner: The operator cut 14 sailings last winter.\n"
        "Uwe Richter: Not true, it was 12 sailings.\n"
        "Jas Gill: The council paid £40,000 towards the service.\n"
        "Mo Reid: And the fares went up by a fifth.",
        "en",
    )
    for extraction in (alone, untitled, thread):
        assert not any(_layer(f) for f in extraction.features)


def test_the_article_layer_moves_an_article_sentence_and_nothing_else():
    shipped = active_model()
    stripped = shipped.without("lex:article:")
    article = extract_claims(ARTICLE_DE, "de").features[1]
    alone = extract_claims(
        "Die Gewerkschaft fordert 6 Prozent mehr Lohn für die Fahrer.", "de"
    ).features[0]
    assert shipped.probability(article) != stripped.probability(article)
    assert shipped.probability(alone) == stripped.probability(alone)


def test_a_sentence_the_words_alone_carry_over_the_cut_still_gives_a_reason():
    body = (
        "Renten steigen im Juli\n\n"
        "Die Renten steigen zum 1. Juli um 3,7 Prozent.\n\n"
        "Die Erhöhung folgt im Wesentlichen der Lohnentwicklung des Vorjahres."
    )
    last = extract_claims(body, "de").sentences[-1]
    assert last.checkworthiness >= 0.5
    assert last.reasons == ["typical_wording"]
    # Only a reason for the reviewer: the model never weighs it.
    assert "typical_wording" not in extract_claims(body, "de").features[-1]
