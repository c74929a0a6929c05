"""Admin pages and API lists for jobs, feeds and webhooks: open for editors, constant queries."""

import pytest
from rest_framework import status
from rest_framework.test import APIClient

from claims.ingest import start_import
from claims.models import Feed, ImportJob, WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def some_of_everything(editor):
    for n in range(3):
        start_import(editor, [f"https://news.example.org/{n}-a", f"https://news.example.org/{n}-b"])
        feed = Feed.objects.create(url=f"https://news.example.org/feed-{n}.xml", error_count=n)
        endpoint = WebhookEndpoint.objects.create(
            url=f"https://hooks.example.org/{n}", secret="x" * 20, events=["claim.created"]
        )
        WebhookDelivery.objects.create(endpoint=endpoint, event="claim.created", payload={})
    return feed


@pytest.mark.parametrize(
    "page",
    [
        "/admin/claims/importjob/",
        "/admin/claims/feed/",
        "/admin/claims/feed/?health=failing",
        "/admin/claims/webhookendpoint/",
        "/admin/claims/webhookdelivery/",
        "/admin/claims/feed/add/",
        "/admin/claims/webhookendpoint/add/",
    ],
)
def test_editors_open_the_ingestion_admin_pages(client, editor, some_of_everything, page):
    client.force_login(editor)
    assert client.get(page).status_code == 200


def test_change_pages_show_jobs_and_delivery_logs(client, superuser, some_of_everything):
    client.force_login(superuser)
    for obj in (ImportJob.objects.first(), WebhookDelivery.objects.first(), some_of_everything):
        url = f"/admin/claims/{obj._meta.model_name}/{obj.pk}/change/"
        assert client.get(url).status_code == 200


def test_admin_refuses_a_webhook_to_a_private_address(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/claims/webhookendpoint/add/",
        {"url": "http://169.254.169.254/latest", "secret": "s" * 20, "events": ["claim.created"]},
    )
    assert response.status_code == 200 and "private or local address" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.parametrize(
    ("url", "queries"), [("/api/jobs/", 2), ("/api/feeds/", 2), ("/api/webhooks/", 2)]
)
def test_lists_run_constant_queries(
    editor, some_of_everything, django_assert_num_queries, url, queries
):
    client = api(editor)
    client.get(url)  # warm the permission caches
    # The count and the page, however many batches (their job counts are annotated).
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == status.HTTP_200_OK
    assert len(response.json()["results"]) >= 3


def test_a_batch_in_the_job_list_counts_its_jobs(editor, some_of_everything):
    batch = api(editor).get("/api/jobs/").json()["results"]
    counts = next(job["counts"] for job in batch if job["kind"] == "batch")
    assert counts == {"queued": 2, "running": 0, "done": 0, "failed": 0, "total": 2}


@pytest.mark.parametrize("page", ["/admin/claims/feed/", "/admin/claims/webhookendpoint/add/"])
def test_staff_with_model_permissions_but_no_editor_role_cannot_manage_integrations(
    client, django_user_model, page
):
    from django.contrib.auth.models import Permission

    staff = django_user_model.objects.create_user("staffer", password="pw", is_staff=True)
    staff.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="claims", content_type__model__in=["feed", "webhookendpoint"]
        )
    )
    client.force_login(staff)
    assert client.get(page).status_code == 403
    api = client.get("/api/webhooks/")
    assert api.status_code == 403
    assert api.json()["error"]["message"] == "Only editors may manage feeds and webhooks."
