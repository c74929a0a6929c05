"""Importing through the domain code: new versions of an article, similar earlier claims."""

import pytest

from claims import workflow
from claims.errors import MissingInput, NotPermitted
from claims.importing import import_article
from claims.models import Article, Claim

pytestmark = pytest.mark.django_db

URL = "https://news.example.org/orders"
V1 = (
    "Factory orders fall sharply\n"
    "New orders for manufactured goods fell 1.4% in December, the Commerce Department said.\n"
    "Treasury Secretary Mark Delaney said the government collected $18 billion in duties.\n"
    "Analysts called the figures a warning sign.\n"
)


def test_new_version_moves_claims_and_flags_lost_text(editor):
    first = import_article(editor, body=V1, url=URL)
    claims = {c.text: c for c in first.claims}
    assert len(claims) == 2
    v2 = V1.replace(
        "Factory orders fall sharply\n",
        "Factory orders fall sharply\nUpdated on Wednesday with new figures.\n",
    ).replace(
        "Treasury Secretary Mark Delaney said the government collected $18 billion in duties.\n",
        "",
    )
    second = import_article(editor, body=v2, url=URL)
    originals = Claim.objects.filter(pk__in=[c.pk for c in first.claims])
    assert Article.objects.count() == 1
    assert second.article.body == v2
    assert (second.reanchored, second.lost) == (1, 1)
    for claim in originals:
        if claim.anchor_lost:
            assert claim.start is None and "Delaney" in claim.text
            assert claim.events.filter(action="text_gone").exists()
        else:
            assert v2[claim.start : claim.end] == claim.text
            assert claim.events.filter(action="reanchor").exists()


def test_reimport_of_same_text_is_a_no_op(editor):
    import_article(editor, body=V1, url=URL)
    again = import_article(editor, body=V1, url=URL)
    assert again.created is False
    assert Claim.objects.count() == 2
    assert not Claim.objects.filter(events__action="reanchor").exists()


def test_dry_run_stores_nothing(editor):
    result = import_article(editor, body=V1, dry_run=True)
    assert result.candidates and Article.objects.count() == 0 and Claim.objects.count() == 0


def test_similar_earlier_claim_is_linked(editor, reviewer):
    earlier = workflow.create_claim(
        editor,
        text="New orders for manufactured goods fell 1.4% in December, "
        "said the Commerce Department.",
        language="en",
    )
    result = import_article(editor, body=V1)
    assert result.matches, "the near-identical sentence is recognised"
    linked = Claim.objects.filter(similar_claims=earlier)
    assert linked.count() == 1 and "1.4%" in linked.get().text


def test_reviewer_cannot_import(reviewer):
    with pytest.raises(NotPermitted):
        import_article(reviewer, body=V1)
    assert Article.objects.count() == 0


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_empty_text_is_refused(editor, body):
    with pytest.raises(MissingInput) as info:
        import_article(editor, body=body)
    assert info.value.field == "body"
    assert Article.objects.count() == 0


def test_short_claim_inside_a_long_one_is_not_a_match(editor):
    workflow.create_claim(editor, text="Orders fell.", language="en")
    result = import_article(editor, body=V1)
    assert result.matches == {}
