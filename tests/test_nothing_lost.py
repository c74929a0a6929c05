"""Deleting a user, an article or a rating never takes claims, notes, sources or history along."""

import pytest
from django.contrib.auth.models import User
from django.db.models import ProtectedError
from django.urls import reverse

from claims import workflow
from claims.models import Article, Claim, ClaimEvent, ClaimSource, Note, Rating

pytestmark = pytest.mark.django_db


@pytest.fixture
def worked_claim(claim_in, reviewer):
    claim = claim_in("submitted")
    workflow.add_note(claim, reviewer, body="Called the office.")
    return claim


def _ledger_counts() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Claim, Note, ClaimSource, ClaimEvent))


@pytest.mark.parametrize("who", ["editor", "reviewer"])
def test_deleting_a_user_who_worked_on_claims_is_refused(request, worked_claim, who):
    user = request.getfixturevalue(who)
    before = _ledger_counts()
    with pytest.raises(ProtectedError):
        user.delete()
    assert _ledger_counts() == before
    worked_claim.refresh_from_db()
    assert worked_claim.created_by is not None


def test_deleting_an_article_or_a_used_rating_is_refused(worked_claim):
    before = _ledger_counts()
    with pytest.raises(ProtectedError):
        Article.objects.get(pk=worked_claim.article_id).delete()
    with pytest.raises(ProtectedError):
        Rating.objects.get(code=worked_claim.rating_id).delete()
    assert _ledger_counts() == before


def test_admin_explains_to_deactivate_instead_of_deleting(
    client, superuser, worked_claim, reviewer
):
    client.force_login(superuser)
    url = reverse("admin:auth_user_delete", args=[reviewer.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "untick “Active”" in response.content.decode()
    response = client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert User.objects.filter(pk=reviewer.pk).exists()


def test_admin_bulk_delete_of_users_is_refused_with_the_same_advice(
    client, superuser, worked_claim, reviewer
):
    client.force_login(superuser)
    response = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "delete_selected", "_selected_action": [reviewer.pk], "post": "yes"},
    )
    assert response.status_code == 200
    assert "untick “Active”" in response.content.decode()
    assert User.objects.filter(pk=reviewer.pk).exists()


def test_a_user_without_any_work_can_still_be_deleted(client, superuser, outsider):
    client.force_login(superuser)
    response = client.post(reverse("admin:auth_user_delete", args=[outsider.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=outsider.pk).exists()
