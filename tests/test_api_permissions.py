"""Who may do what through the API, for every endpoint and action (CONTRACT.md, Roles).

Each row names a request on a fresh claim and the status each kind of caller gets:
anonymous, logged in without a group, reader, the claim's assignee, another reviewer,
an editor and a superuser.
"""

import pytest
from rest_framework.test import APIClient

from claims import workflow
from tests.conftest import ARTICLE_BODY

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "outsider", "reader", "assignee", "other_reviewer", "editor", "superuser")
FIXTURES = {
    "outsider": "outsider",
    "reader": "reader",
    "assignee": "reviewer",
    "other_reviewer": "reviewer2",
    "editor": "editor",
    "superuser": "superuser",
}

# (name, status the claim is walked to, method, path under /api/ with {id}, body, expected)
R, W = 200, 201
CASES = [
    ("list claims", "in_review", "get", "claims/", None, (401, 403, R, R, R, R, R)),
    ("read claim", "in_review", "get", "claims/{id}/", None, (401, 403, R, R, R, R, R)),
    ("list sources", "in_review", "get", "claims/{id}/sources/", None, (401, 403, R, R, R, R, R)),
    ("list notes", "in_review", "get", "claims/{id}/notes/", None, (401, 403, R, R, R, R, R)),
    ("history", "in_review", "get", "claims/{id}/history/", None, (401, 403, R, R, R, R, R)),
    ("list articles", "in_review", "get", "articles/", None, (401, 403, R, R, R, R, R)),
    ("read article", "in_review", "get", "articles/{article}/", None, (401, 403, R, R, R, R, R)),
    ("ratings", "in_review", "get", "ratings/", None, (401, 403, R, R, R, R, R)),
    ("one rating", "in_review", "get", "ratings/false/", None, (401, 403, R, R, R, R, R)),
    ("fact-checks", "published", "get", "factchecks/", None, (R, R, R, R, R, R, R)),
    ("fact-check", "published", "get", "factchecks/{id}/", None, (R, R, R, R, R, R, R)),
    ("unpublished fact-check", "submitted", "get", "factchecks/{id}/", None, (404,) * 7),
    ("claimreview", "published", "get", "claims/{id}/claimreview/", None, (R,) * 7),
    (
        "claimreview preview",
        "submitted",
        "get",
        "claims/{id}/claimreview/",
        None,
        (404, 404, 404, 404, 404, R, R),
    ),
    ("schema", "new", "get", "schema/", None, (R,) * 7),
    ("docs", "new", "get", "docs/", None, (R,) * 7),
    (
        "create claim",
        "new",
        "post",
        "claims/",
        {"text": "Von Hand.", "language": "de"},
        (401, 403, 403, W, W, W, W),
    ),
    (
        "add note",
        "in_review",
        "post",
        "claims/{id}/notes/",
        {"body": "Notiz."},
        (401, 403, 403, W, W, W, W),
    ),
    (
        "add source",
        "in_review",
        "post",
        "claims/{id}/sources/",
        {"url": "https://amt.example.org/a", "stance": "context"},
        (401, 403, 403, W, 403, W, W),
    ),
    (
        "set verdict",
        "in_review",
        "patch",
        "claims/{id}/",
        {"rating": "true", "verdict_summary": "Stimmt."},
        (401, 403, 403, R, 403, R, R),
    ),
    (
        "edit priority",
        "in_review",
        "patch",
        "claims/{id}/",
        {"priority": 4, "due_at": "2031-01-01T00:00:00Z"},
        (401, 403, 403, 403, 403, R, R),
    ),
    (
        "edit claimant and summary",
        "queued",
        "patch",
        "claims/{id}/",
        {"claimant": "Umweltamt", "summary": "Nitrat"},
        (401, 403, 403, 403, 403, R, R),
    ),
    (
        "import article",
        "new",
        "post",
        "articles/",
        {"body": ARTICLE_BODY.replace("48", "51"), "title": "Neu"},
        (401, 403, 403, 403, 403, W, W),
    ),
    ("queue next", "queued", "post", "queue/next/", {}, (401, 403, 403, R, R, R, R)),
    ("accept", "new", "post", "claims/{id}/accept/", {}, (401, 403, 403, 403, 403, R, R)),
    (
        "reject",
        "queued",
        "post",
        "claims/{id}/reject/",
        {"comment": "Meinung."},
        (401, 403, 403, 403, 403, R, R),
    ),
    ("restore", "rejected", "post", "claims/{id}/restore/", {}, (401, 403, 403, 403, 403, R, R)),
    ("take", "queued", "post", "claims/{id}/take/", {}, (401, 403, 403, R, R, R, R)),
    (
        "assign",
        "queued",
        "post",
        "claims/{id}/assign/",
        {"assignee": "rev2"},
        (401, 403, 403, 403, 403, R, R),
    ),
    ("release", "in_review", "post", "claims/{id}/release/", {}, (401, 403, 403, R, 403, R, R)),
    (
        "submit",
        "submittable",
        "post",
        "claims/{id}/submit/",
        {},
        (401, 403, 403, R, 403, 403, 403),
    ),
    (
        "send back",
        "submitted",
        "post",
        "claims/{id}/send_back/",
        {"comment": "Quelle fehlt."},
        (401, 403, 403, 403, 403, R, R),
    ),
    ("publish", "submitted", "post", "claims/{id}/publish/", {}, (401, 403, 403, 403, 403, R, R)),
    (
        "reopen",
        "published",
        "post",
        "claims/{id}/reopen/",
        {"comment": "Zahl korrigiert."},
        (401, 403, 403, 403, 403, R, R),
    ),
]


def _claim(status: str, claim_in, editor, reviewer, rating):
    if status == "submittable":
        claim = claim_in("in_review")
        workflow.edit(claim, reviewer, {"rating": rating, "verdict_summary": "Falsch."})
        workflow.add_source(claim, reviewer, url="https://amt.example.org/b", stance="refutes")
        return claim
    return claim_in(status)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "status", "method", "path", "body", "expected"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_permission_matrix(
    request,
    role,
    name,
    status,
    method,
    path,
    body,
    expected,
    claim_in,
    editor,
    reviewer,
    reviewer2,
    rating,
):
    claim = _claim(status, claim_in, editor, reviewer, rating)
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(request.getfixturevalue(FIXTURES[role]))
    url = "/api/" + path.format(id=claim.pk, article=claim.article_id)
    kwargs = {"format": "json"} if body is not None else {}
    response = (
        getattr(client, method)(url, body, **kwargs)
        if body is not None
        else getattr(client, method)(url)
    )
    wanted = expected[ROLES.index(role)]
    assert response.status_code == wanted, (name, role, response.content[:300])
    if wanted >= 400 and path not in ("docs/",):
        assert response.json()["error"]["code"]


def test_logged_in_user_without_group_sees_only_published_claims(outsider, claim_in):
    published = claim_in("published")
    claim_in("submitted")
    client = APIClient()
    client.force_authenticate(outsider)
    ids = [c["id"] for c in client.get("/api/factchecks/").json()["results"]]
    assert ids == [published.pk]


def test_reader_cannot_write_anything(reader, claim_in):
    claim = claim_in("queued")
    client = APIClient()
    client.force_authenticate(reader)
    for action in ["take", "reject", "assign"]:
        assert client.post(f"/api/claims/{claim.pk}/{action}/", {}).status_code == 403
    claim.refresh_from_db()
    assert claim.status == "queued"


def test_token_authentication_works(reviewer, claim_in):
    from rest_framework.authtoken.models import Token

    claim = claim_in("queued")
    token = Token.objects.create(user=reviewer)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get(f"/api/claims/{claim.pk}/").status_code == 200
    assert client.post(f"/api/claims/{claim.pk}/take/").json()["assignee"] == "rev"


def test_session_authentication_needs_csrf_for_writes(reviewer, claim_in):
    claim = claim_in("queued")
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.get(f"/api/claims/{claim.pk}/").status_code == 200
    response = client.post(f"/api/claims/{claim.pk}/take/")
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]["message"]
