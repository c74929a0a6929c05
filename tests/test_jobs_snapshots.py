"""Evidence snapshots: a cited page is fetched once by a job and kept with its SHA-256."""

import hashlib

import pytest

from claims import workflow
from claims.models import ClaimSource, Snapshot
from tests.jobs_support import Route, run_jobs

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("job_settings")]

EVIDENCE = (
    "<html><head><title>Nitrate report</title></head><body><p>Nitrate: 38 mg/l in May.</p>"
    "<script>document.title='pwned'</script></body></html>"
)


@pytest.fixture
def claim(editor, reviewer, make_claim):
    claim = make_claim()
    workflow.perform(claim, "accept", editor)
    return workflow.perform(claim, "take", reviewer)


def test_an_added_source_is_snapshotted_once(web, claim, reviewer):
    url = web.page("/report", EVIDENCE)
    entry = workflow.add_source(claim, reviewer, url=url, stance="refutes")
    assert entry.snapshot_id is None
    run_jobs()
    entry.refresh_from_db()
    assert entry.snapshot.sha256 == hashlib.sha256(EVIDENCE.encode()).hexdigest()
    assert bytes(entry.snapshot.content) == EVIDENCE.encode()
    # The page changes later: the desk keeps what it cited.
    web.page("/report", "<html><body>Nothing to see.</body></html>")
    run_jobs()
    assert len(web.requests_to("/report")) == 1
    assert Snapshot.objects.count() == 1


def test_the_claim_page_links_the_snapshot_served_as_inert_text(client, web, claim, reviewer):
    entry = workflow.add_source(claim, reviewer, url=web.page("/r", EVIDENCE), stance="refutes")
    run_jobs()
    entry.refresh_from_db()
    client.force_login(reviewer)
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    assert f'href="/snapshots/{entry.snapshot_id}/"' in page
    response = client.get(f"/snapshots/{entry.snapshot_id}/")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content.decode() == EVIDENCE


def test_snapshots_are_not_public(client, web, claim, reviewer):
    entry = workflow.add_source(claim, reviewer, url=web.page("/r", EVIDENCE), stance="refutes")
    run_jobs()
    entry.refresh_from_db()
    assert client.get(f"/snapshots/{entry.snapshot_id}/").status_code == 302  # to the login


def test_a_source_that_cannot_be_fetched_shows_why(client, web, claim, reviewer):
    web.routes["/pdf"] = Route(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
    workflow.add_source(claim, reviewer, url=web.url("/pdf"), stance="context")
    run_jobs()
    entry = ClaimSource.objects.get()
    assert entry.snapshot_id is None and "application/pdf" in entry.snapshot_error
    client.force_login(reviewer)
    assert "no snapshot" in client.get(f"/claims/{claim.pk}/").content.decode()


def test_a_source_added_in_a_rolled_back_change_is_not_fetched(web, claim, reviewer):
    url = web.page("/r", EVIDENCE)
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        workflow.add_source(claim, reviewer, url=url, stance="refutes")
        raise RuntimeError("rolled back")
    run_jobs()
    assert not web.requests_to("/r") and not Snapshot.objects.exists()
