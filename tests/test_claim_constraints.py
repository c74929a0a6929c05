"""Invariants held by the database itself, and the span rules mirrored in clean()."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims import workflow
from claims.models import Claim
from claims.statusguard import status_writes

pytestmark = pytest.mark.django_db


def test_span_must_match_article_text(editor, article):
    with pytest.raises(ValidationError) as info:
        workflow.create_claim(
            editor, text="Something else entirely", language="de", article=article, start=0, end=10
        )
    assert "text" in info.value.message_dict
    assert Claim.objects.count() == 0


@pytest.mark.parametrize(("start", "end"), [(10, 10), (20, 5), (0, 100_000)])
def test_span_must_be_ordered_and_inside_article(editor, article, start, end):
    with pytest.raises(ValidationError):
        workflow.create_claim(
            editor,
            text=article.body[start:end] or "x",
            language="de",
            article=article,
            start=start,
            end=end,
        )
    assert Claim.objects.count() == 0


def test_hand_entered_claim_has_no_span(editor):
    with pytest.raises(ValidationError):
        workflow.create_claim(editor, text="A post said so.", language="en", start=0, end=5)
    claim = workflow.create_claim(
        editor, text="A post said so.", language="en", source_url="https://social.example.org/p/1"
    )
    assert claim.status == "new" and claim.article is None


def test_reader_cannot_create_claim(reader):
    from claims.errors import NotPermitted

    with pytest.raises(NotPermitted):
        workflow.create_claim(reader, text="A post said so.", language="en")


def test_database_refuses_start_after_end(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(text="x", language="de", article=article, start=9, end=3)


def test_database_refuses_claim_in_review_without_assignee(article):
    # With the workflow's pass, so the constraint (not the status guard) is what refuses.
    with pytest.raises(IntegrityError), transaction.atomic(), status_writes():
        Claim.objects.create(text="x", language="de", status="in_review")


def test_database_refuses_published_claim_without_verdict():
    with pytest.raises(IntegrityError), transaction.atomic(), status_writes():
        Claim.objects.create(text="x", language="de", status="published")


def test_database_refuses_unknown_status():
    with pytest.raises(IntegrityError), transaction.atomic(), status_writes():
        Claim.objects.create(text="x", language="de", status="approved")


def test_database_refuses_two_claims_on_one_span(make_claim, article):
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(
            text=claim.text, language="de", article=article, start=claim.start, end=claim.end
        )


def test_claim_from_article_without_span_takes_first_free_occurrence(editor, article):
    sentence = "Das ist ein gutes Zeichen für alle."
    claim = workflow.create_claim(editor, text=sentence, article=article)
    assert article.body[claim.start : claim.end] == sentence
    assert claim.language == article.language


def test_text_missing_from_article_is_refused(editor, article):
    from claims.errors import MissingInput

    with pytest.raises(MissingInput) as info:
        workflow.create_claim(editor, text="Nicht im Artikel.", article=article)
    assert info.value.field == "text"
    assert Claim.objects.count() == 0
