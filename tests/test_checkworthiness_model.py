"""The learned scorer: weights in a file with a model card, plain dot product."""

import json

import pytest

from claims.extraction import extract_claims
from claims.extraction import model as model_module
from claims.extraction.model import (
    SHIPPED_WEIGHTS,
    LinearModel,
    ModelFileError,
    active_model,
    load_model,
    save_model,
    use_model_file,
)
from claims.extraction.training import best_threshold, figures, fit_weights


@pytest.fixture
def preferred(tmp_path):
    path = tmp_path / "desk.json"
    use_model_file(path)
    yield path
    use_model_file(None)


def test_shipped_weights_carry_a_model_card_with_thresholds_per_language():
    shipped = load_model(SHIPPED_WEIGHTS)
    assert set(shipped.thresholds) >= {"de", "en"}
    assert shipped.card["training_data"]
    assert shipped.card["metrics"]["en"]["cross_validated"]["f1"] > 0


def test_score_is_half_exactly_at_the_language_threshold():
    model = LinearModel("t", {"a": 1.0}, 0.0, {"en": 0.7311, "de": 0.5})
    assert model.score({"a": 1.0}, "en") == pytest.approx(0.5, abs=1e-3)
    assert model.score({}, "de") == pytest.approx(0.5, abs=1e-3)


def test_saved_weights_load_back_unchanged(tmp_path):
    model = LinearModel("round", {"x": 0.25}, -1.0, {"en": 0.4}, {"note": "ok"})
    save_model(model, tmp_path / "w.json")
    assert load_model(tmp_path / "w.json") == model


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "{}",
        json.dumps({"id": "x", "bias": 0, "weights": {}, "thresholds": {"en": 1.5}}),
    ],
)
def test_broken_weights_file_is_refused_with_a_code(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelFileError) as error:
        load_model(path)
    assert error.value.code in ("unreadable", "invalid", "threshold")


def test_preferred_weights_score_when_present(preferred):
    save_model(LinearModel("desk-test", {}, 5.0, {"en": 0.5, "de": 0.5}), preferred)
    extraction = extract_claims("Nothing much happened here today.", "en", has_title_line=False)
    assert extraction.model_id == "desk-test"
    assert extraction.candidates  # a bias of 5 proposes everything


def test_missing_or_broken_preferred_weights_fall_back_to_the_shipped_ones(preferred):
    assert active_model().model_id == load_model(SHIPPED_WEIGHTS).model_id
    preferred.write_text("{broken", encoding="utf-8")
    assert active_model().model_id == load_model(SHIPPED_WEIGHTS).model_id


def test_changed_weights_file_is_read_again(preferred):
    save_model(LinearModel("first", {}, 0.0, {"en": 0.5}), preferred)
    assert active_model().model_id == "first"
    model_module._cache.clear()  # the same second on a coarse clock
    save_model(LinearModel("second", {}, 0.0, {"en": 0.5}), preferred)
    assert active_model().model_id == "second"


def test_fit_learns_the_direction_of_a_cue():
    examples = [({"figure": 1.0}, True, "en", 1.0)] * 20 + [({}, False, "en", 1.0)] * 20
    weights, bias = fit_weights(examples, l2=0.1)
    assert weights["figure"] > 1 and bias < 0


def test_fixed_weights_stay_where_they_were_set():
    examples = [({"link": 1.0}, False, "en", 1.0)] * 10 + [({}, True, "en", 1.0)] * 10
    weights, _ = fit_weights(examples, fixed={"link": 1.0})
    assert weights["link"] == pytest.approx(1.0, abs=1e-3)


def test_best_threshold_maximises_f1():
    probabilities = [0.9, 0.8, 0.4, 0.3, 0.1]
    labels = [True, True, True, False, False]
    assert best_threshold(probabilities, labels) == 0.4
    assert figures([p >= 0.4 for p in probabilities], labels).f1 == 1.0
