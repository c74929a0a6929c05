"""`manage.py train_checkworthiness`: the desk's accepts and rejects teach the scorer."""

import json

import pytest
from django.core.management import CommandError, call_command

from claims import desk_training, workflow
from claims.extraction.model import SHIPPED_WEIGHTS, load_model
from claims.extraction.training import Figures
from claims.importing import import_article
from claims.models import Claim

pytestmark = pytest.mark.django_db

SENTENCES = [
    "The council spent {n} million dollars on roads in {year}, the mayor said.",
    "Unemployment fell to {n} percent in {year}, according to the labour office.",
    "The company cut {n} jobs at its plant in {year}.",
]


def _article_body(i: int) -> str:
    lines = [f"Report number {i}"]
    for k, template in enumerate(SENTENCES):
        lines.append(template.format(n=i * 3 + k + 2, year=2000 + i))
    return "\n".join(lines) + "\n"


@pytest.fixture
def decided_desk(editor):
    """Imported candidates, every first one accepted and the rest rejected."""
    for i in range(12):
        result = import_article(editor, body=_article_body(i), title=f"Report {i}", language="en")
        for k, claim in enumerate(result.claims):
            if k == 0:
                workflow.perform(claim, "accept", editor)
            else:
                workflow.perform(claim, "reject", editor, comment="Not check-worthy.")
    return Claim.objects.count()


def test_labels_come_from_the_last_accept_or_reject(decided_desk, editor):
    claim = Claim.objects.filter(status="rejected").first()
    workflow.perform(claim, "restore", editor)
    labels = desk_training.desk_labels()
    assert claim.pk not in labels
    assert set(labels.values()) == {True, False}


def test_training_reports_before_and_after_and_writes_weights(decided_desk, tmp_path, capsys):
    output = tmp_path / "desk.json"
    call_command("train_checkworthiness", "--output", str(output), "--min-decisions", "10")
    out = capsys.readouterr().out
    assert "before:" in out and "after:" in out
    if output.exists():
        written = load_model(output)
        assert written.model_id.startswith("desk-")
        assert written.card["held_back_figures"]["after"]["n"] > 0
    else:
        assert "keeping" in out


def test_worse_weights_are_not_written(decided_desk, tmp_path, monkeypatch):
    shipped_id = load_model(SHIPPED_WEIGHTS).model_id

    def measure(model, examples):
        good = model.model_id == shipped_id
        return Figures(1.0, 1.0, 1.0 if good else 0.5, len(examples))

    monkeypatch.setattr(desk_training, "measure", measure)
    output = tmp_path / "desk.json"
    report = desk_training.train_checkworthiness(output=output, min_decisions=10)
    assert report.kept_old and report.model_id == shipped_id
    assert not output.exists()


def test_dry_run_writes_nothing(decided_desk, tmp_path, monkeypatch):
    monkeypatch.setattr(
        desk_training, "measure", lambda model, examples: Figures(1, 1, 1, len(examples))
    )
    output = tmp_path / "desk.json"
    report = desk_training.train_checkworthiness(output=output, min_decisions=10, dry_run=True)
    assert not report.kept_old
    assert not output.exists()


def test_too_few_decisions_is_refused_with_exit_status_2(editor, tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("train_checkworthiness", "--output", str(tmp_path / "w.json"))
    assert error.value.returncode == 2
    assert "20" in str(error.value)  # the minimum, in whichever language is active
    assert not (tmp_path / "w.json").exists()


def test_bad_minimum_is_refused(tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("train_checkworthiness", "--min-decisions", "0")
    assert error.value.returncode == 2


def test_imported_claims_record_which_model_scored_them(editor):
    result = import_article(editor, body=_article_body(1), title="Report", language="en")
    assert result.claims
    shipped = json.loads(SHIPPED_WEIGHTS.read_text(encoding="utf-8"))["id"]
    assert {claim.scored_by for claim in result.claims} == {shipped}


def test_admin_shows_which_model_scored_the_claim(client, editor):
    result = import_article(editor, body=_article_body(2), title="Report", language="en")
    client.force_login(editor)
    response = client.get(f"/admin/claims/claim/{result.claims[0].pk}/change/")
    assert response.status_code == 200
    assert result.claims[0].scored_by in response.content.decode()


def test_held_back_comments_are_measured_at_the_comment_cut():
    # A model whose comment cut (0.9) lies far above its language cut (0.3):
    # a comment scored 0.6 was not proposed, so a "not check-worthy" verdict
    # on it is a correct rejection, not a false positive.
    import math

    from claims.extraction.model import LinearModel

    model = LinearModel(
        "m", {"x": math.log(0.6 / 0.4)}, 0.0, thresholds={"en": 0.3, "en:comment": 0.9}
    )
    held = [
        (({"x": 1.0}, False, "en", 1.0), "comment"),
        (({"x": 1.0}, True, "en", 1.0), None),
    ]
    figures = desk_training.measure(model, held)
    assert (figures.precision, figures.recall) == (1.0, 1.0)


def test_desk_decisions_on_pasted_sentences_carry_their_kind_of_text(editor):
    article = import_article(
        editor, body="The county spent 12 million dollars on roads last year.", language="en"
    )
    news = import_article(editor, body=_article_body(1), title="Report 1", language="en")
    for result in (article, news):
        workflow.perform(result.claims[0], "accept", editor)
    genres = {
        claim_id: genre
        for claim_id, _e, genre in desk_training.desk_examples(desk_training.desk_labels())
    }
    assert genres == {article.claims[0].pk: "comment", news.claims[0].pk: None}
