"""End-to-end checks on every hand-labelled article in bench/gold."""

from pathlib import Path

import pytest

from claims.extraction import extract_claims
from claims.extraction.evaluation import claimant_matches, evaluate, evaluate_file, load_gold

GOLD_DIR = Path(__file__).resolve().parent.parent / "bench" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))
SEED = GOLD_DIR / "ukraine-us-troops.de.gold.json"


def test_gold_files_exist():
    assert len(GOLD_FILES) >= 5
    assert SEED in GOLD_FILES


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_consistent(path):
    gold, body = load_gold(path)
    for sentence in gold["sentences"]:
        assert body[sentence["start"] : sentence["end"]] == sentence["text"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_sentence_indexes_the_original_body(path):
    gold, body = load_gold(path)
    result = extract_claims(body, gold["language"])
    assert result.language == gold["language"]
    for sentence in result.sentences + result.candidates:
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
    assert result.title == body.split("\n", 1)[0].strip()


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_language_is_detected(path):
    gold, body = load_gold(path)
    assert extract_claims(body).language == gold["language"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_f1_on_each_article(path):
    assert evaluate_file(path).f1 >= 0.85


def test_seed_article_quality():
    result = evaluate_file(SEED)
    assert result.f1 >= 0.95
    assert result.claimant_accuracy >= 0.9
    assert result.offset_exactness == 1.0


def test_offsets_survive_unusual_whitespace():
    body = "Titel\r\n\r\n\t Laut Amt stieg der Wert um 5 %.\u00a0Er sagte: „Ja.“  \n\nEnde"
    for sentence in extract_claims(body, "de").sentences:
        assert body[sentence.start : sentence.end] == sentence.text


def test_claimant_matching_is_diacritics_insensitive():
    assert claimant_matches("Marco Rubio; Steve Wítkoff", "Steve Witkoff")
    assert claimant_matches("Berater des US-Präsidenten Donald Trump", "adviser to Donald Trump")
    assert claimant_matches("Russland", "Russia")
    assert not claimant_matches("Marco Rubio", "Volodymyr Zelensky")
    assert not claimant_matches(None, "Russia")


def _one_sentence_article(gold_claimant, found_claimant):
    from claims.extraction.pipeline import Candidate, Extraction

    text = "The agency counted 40 closures in 2024."
    gold = {
        "article": "x.txt",
        "sentences": [
            {"start": 0, "end": len(text), "checkworthy": True, "claimant": gold_claimant}
        ],
    }
    candidate = Candidate(text, 0, len(text), found_claimant, 0.9)
    return evaluate(gold, text, Extraction("en", None, [candidate], [candidate]))


def test_a_claimant_given_where_gold_names_nobody_is_a_false_attribution():
    result = _one_sentence_article(None, "Rail Agency")
    assert (result.unattributed_total, result.false_attributions) == (1, 1)
    assert result.false_attribution_share == 1.0
    # The false attribution must not count towards claimant accuracy either way.
    assert result.claimants_total == 0


def test_no_claimant_where_gold_names_nobody_is_no_false_attribution():
    result = _one_sentence_article(None, None)
    assert (result.unattributed_total, result.false_attributions) == (1, 0)
    assert result.false_attribution_share == 0.0


def test_false_attributions_add_up_over_articles():
    total = _one_sentence_article(None, "Rail Agency")
    total.add(_one_sentence_article(None, None))
    total.add(_one_sentence_article("Rail Agency", "Rail Agency"))
    assert (total.false_attributions, total.unattributed_total) == (1, 2)
    assert total.claimants_correct == total.claimants_total == 1
