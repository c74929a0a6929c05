"""Word features of the learned scorer: per language pack, shrunk harder than the cues."""

import pytest

from claims.extraction import extract_claims, training
from claims.extraction.model import LinearModel, load_model, save_model
from claims.extraction.training import fit_staged, fit_weights


def _features(sentence: str, language: str) -> dict[str, float]:
    return extract_claims(sentence, language, has_title_line=False).features[0]


def test_english_pack_adds_function_words_and_pairs_with_figures_folded():
    features = _features("We cut taxes by 20 percent.", "en")
    assert "lex:en:we" in features
    assert "lex:en:<num> percent" in features
    assert "lex:en:cut tax" in features


def test_german_pack_keeps_content_words_only():
    features = _features("Wir haben die Steuern um 20 Prozent gesenkt.", "de")
    assert not any(" " in name for name in features if name.startswith("lex:"))
    assert "lex:de:wir" not in features


def _examples() -> list:
    rows = []
    for i in range(60):
        features = {f"w{i % 7}": 1.0, "figure": float(i % 3 == 0)}
        rows.append((features, i % 3 == 0 or i % 7 == 2, "en", 1.0))
    return rows


def test_conjugate_gradients_find_the_weights_of_the_direct_solve(monkeypatch):
    direct, direct_bias = fit_weights(_examples(), l2=0.5, fixed={"figure": 1.5})
    monkeypatch.setattr(training, "DIRECT_SOLVE_LIMIT", 0)
    iterative, iterative_bias = fit_weights(_examples(), l2=0.5, fixed={"figure": 1.5})
    assert iterative_bias == pytest.approx(direct_bias, abs=1e-3)
    for name, weight in direct.items():
        assert iterative[name] == pytest.approx(weight, abs=1e-3)
    assert iterative["figure"] == pytest.approx(1.5, abs=1e-3)


def test_word_penalty_shrinks_words_but_not_the_named_cues():
    rows = [({"figure": 1.0, "lex:en:tax": 1.0}, True, "en", 1.0)] * 30
    rows += [({"lex:en:tax": 1.0}, False, "en", 1.0)] * 10 + [({}, False, "en", 1.0)] * 1000
    loose, _ = fit_weights(rows, l2=1.0)
    tight, _ = fit_weights(rows, l2=1.0, lexical_l2=50.0)
    assert abs(tight["lex:en:tax"]) < abs(loose["lex:en:tax"])
    assert tight["figure"] >= loose["figure"]


def test_words_cannot_raise_a_sentence_a_negative_cue_marks():
    model = LinearModel(
        "w",
        {"lex:en:call for": 3.0, "lex:en:maybe": -2.0},
        0.0,
        words_never_lift=frozenset({"advice"}),
    )
    assert model.probability({"advice": 1.0, "lex:en:call for": 1.0}) == pytest.approx(0.5)
    assert model.probability({"lex:en:call for": 1.0}) > 0.9
    assert model.probability({"advice": 1.0, "lex:en:maybe": 1.0}) < 0.5


def test_word_sum_is_capped_by_the_bound():
    model = LinearModel("w", {"lex:en:a": 2.0, "lex:en:b": 2.0, "cue": 2.0}, 0.0, lexical_bound=1.0)
    capped = model.probability({"lex:en:a": 1.0, "lex:en:b": 1.0})
    assert capped == pytest.approx(model.probability({"cue": 0.5}))


def test_bound_and_lift_rule_survive_saving(tmp_path):
    model = LinearModel("w", {}, 0.0, {"en": 0.3}, {}, 1.5, frozenset({"opinion"}))
    save_model(model, tmp_path / "w.json")
    assert load_model(tmp_path / "w.json") == model


def test_cues_fitted_first_keep_their_weight_against_words():
    # "should" always comes with the advice cue: fitted together the two
    # share the weight; fitted cues first, the cue keeps all of it.
    rows = [({"advice": 1.0, "lex:en:should": 1.0}, False, "en", 1.0)] * 300
    rows += [({}, True, "en", 1.0)] * 400 + [({}, False, "en", 1.0)] * 400
    rows += [({"lex:en:should": 1.0}, False, "en", 1.0)] * 20
    together, _ = fit_staged(rows)
    first, _ = fit_staged(rows, cues_first=True)
    assert first["advice"] < together["advice"] < 0


def test_german_word_features_come_only_with_reader_comments():
    sentence = "Der Bundestag hat die Steuern um 20 Prozent gesenkt."
    comment = extract_claims(sentence, "de", has_title_line=False)
    article = extract_claims(
        "Steuerreform beschlossen\n\n" + sentence + "\n\nDie Opposition stimmte dagegen.", "de"
    )
    assert comment.genre == "comment"
    assert "lex:de:steuer" in comment.features[0]
    assert not any(n.startswith("lex:article:") for n in comment.features[0])
    assert article.genre is None
    assert not any(n.startswith("lex:de:") for f in article.features for n in f)


def _comment_rows() -> list:
    rows = []
    for i in range(80):
        evidence = i % 2 == 0
        features = {"cue": 1.0, "lex:en:other": 1.0}
        features["lex:de:bericht" if evidence else "lex:de:halt"] = 1.0
        rows.append((features, evidence, "de", 1.0))
    return rows


def test_comment_words_are_fitted_on_top_of_a_model_that_stays_as_it_was():
    base = LinearModel("base", {"cue": 0.2, "lex:en:other": 0.7}, -0.4)
    words = training.fit_words_over(base, _comment_rows(), prefix="lex:de:", l2=1.0)
    assert set(words) == {"lex:de:bericht", "lex:de:halt"}
    assert words["lex:de:bericht"] > 0 > words["lex:de:halt"]


def test_comment_words_learn_only_what_the_held_model_does_not_already_say():
    rows = [({**f, "evidence": 1.0} if y else f, y, lang, w) for f, y, lang, w in _comment_rows()]
    blind = LinearModel("blind", {}, 0.0)
    knowing = LinearModel("knowing", {"evidence": 4.0}, -2.0)
    alone = training.fit_words_over(blind, rows, prefix="lex:de:", l2=1.0)
    on_top = training.fit_words_over(knowing, rows, prefix="lex:de:", l2=1.0)
    assert abs(on_top["lex:de:bericht"]) < abs(alone["lex:de:bericht"])


def test_a_refit_from_a_prior_counts_the_words_it_holds_instead_of_absorbing_them():
    # The article layer ("lex:article:en:…") is not refitted from desk
    # decisions; its prior weight carries the positives, so the bias need not
    # rise to explain them.
    with_word = {"lex:article:en:audit": 1.0}
    rows = [({"named_actor": 1.0} | with_word, True, "en", 1.0)] * 20
    rows += [(with_word, True, "en", 1.0)] * 20
    rows += [({"named_actor": 1.0}, False, "en", 1.0)] * 20 + [({}, False, "en", 1.0)] * 20
    prior = LinearModel("prior", {"named_actor": 0.0, "lex:article:en:audit": 4.0}, 0.0)
    weights, bias = fit_weights(rows, prior=prior)
    assert weights["lex:article:en:audit"] == 4.0
    assert bias < -1.0
