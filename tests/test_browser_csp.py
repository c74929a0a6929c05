"""The Content-Security-Policy blocks nothing the desk itself needs (real Chromium)."""

import pytest
from django.urls import reverse

from tests.browser_support import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _watch_csp(page) -> list[str]:
    """Collect the browser's Content-Security-Policy complaints for this page."""
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_pages_admin_and_api_docs_work_under_the_policy(live_server, new_page, make_claim):
    claim = make_claim()
    from django.contrib.auth.models import User

    User.objects.filter(username="ed").update(is_superuser=True)
    base = live_server.url
    page = new_page()
    violations = _watch_csp(page)
    login(page, base, "ed")
    for url in [
        reverse("queue"),
        reverse("claim-detail", args=[claim.pk]),
        reverse("article-detail", args=[claim.article_id]),
        reverse("dashboard"),
        "/admin/",
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_claim_change", args=[claim.pk]),
        reverse("admin:claims_article_change", args=[claim.article_id]),
    ]:
        page.goto(base + url)
        page.wait_for_load_state("load")
    # The admin's date widgets are drawn by its scripts: they ran.
    assert page.locator(".datetimeshortcuts").count() > 0
    page.goto(f"{base}/api/docs/")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "Fact-check tracker API" in page.locator(".swagger-ui .info .title").inner_text()
    assert violations == []
