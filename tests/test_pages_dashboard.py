"""The editors' dashboard and the figures behind it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims import dashboard as stats
from claims import workflow
from claims.models import Claim, ClaimEvent

# Every test here needs the database, even those that pick their users by name.
pytestmark = pytest.mark.django_db

DASHBOARD = reverse("dashboard")


def test_anonymous_is_sent_to_login(client, db):
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("who", ["reviewer", "reader", "outsider"])
def test_only_editors_see_the_dashboard(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(DASHBOARD).status_code == 403


def test_dashboard_counts_claims_per_status_and_overdue(client, editor, claim_in, make_claim):
    claim_in("published")
    late = make_claim("Late claim", due_at=timezone.now() - timedelta(days=1))
    client.force_login(editor)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    counts = {status: n for status, _label, n, _estimated in response.context["per_status"]}
    assert counts == {
        "new": 1,
        "queued": 0,
        "in_review": 0,
        "submitted": 0,
        "published": 1,
        "rejected": 0,
    }
    assert response.context["overdue"] == 1 == Claim.objects.overdue().filter(pk=late.pk).count()
    assert "<svg" in response.content.decode()


def test_workload_counts_open_claims_per_reviewer(editor, reviewer, reviewer2, claim_in):
    claim_in("in_review")
    claim_in("published")  # finished work does not count
    rows = {user.username: user.open_claims for user in stats.workload()}
    assert rows == {"rev": 1, "rev2": 0}


def _set_event_time(claim, action: str, when) -> None:
    ClaimEvent.objects.filter(claim=claim, action=action).update(created_at=when)


def test_median_time_runs_from_acceptance_to_first_publication(editor, reviewer, make_claim):
    from tests.conftest import advance

    assert stats.median_time_to_publish() is None
    now = timezone.now()
    durations = [timedelta(hours=2), timedelta(hours=10), timedelta(hours=30)]
    for i, duration in enumerate(durations):
        claim = advance(make_claim(f"Claim {i}"), "published", editor=editor, reviewer=reviewer)
        _set_event_time(claim, "accept", now - duration)
        _set_event_time(claim, "publish", now)
    # A later re-publication after a correction does not move the first publication.
    workflow.perform(claim, "reopen", editor, comment="Fixed a number.")
    workflow.perform(claim, "submit", reviewer)
    workflow.perform(claim, "publish", editor)
    republished = ClaimEvent.objects.filter(claim=claim, action="publish").order_by("-id")[0]
    ClaimEvent.objects.filter(pk=republished.pk).update(created_at=now + timedelta(days=9))
    median = stats.median_time_to_publish()
    assert abs(median - timedelta(hours=10)) < timedelta(seconds=1)


def test_published_per_week_fills_empty_weeks(editor, reviewer, claim_in):
    claim_in("published")
    bars = stats.published_per_week(weeks=4)
    assert [b.count for b in bars] == [0, 0, 0, 1]
    assert bars[-1].week == timezone.localdate() - timedelta(days=timezone.localdate().weekday())


def test_week_chart_scales_bars_to_the_highest_week():
    bars = [stats.WeekBar(week=timezone.localdate(), count=n) for n in (0, 2, 4)]
    chart = stats.week_chart(bars, width=300, height=200)
    assert [b.height for b in chart.bars][0] == 0
    assert chart.bars[2].height == 2 * chart.bars[1].height
    assert chart.bars[2].y + chart.bars[2].height == chart.baseline


def test_dashboard_renders_in_german_with_plain_svg_numbers(client, editor, claim_in):
    claim_in("published")
    client.force_login(editor)
    html = client.get(DASHBOARD, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    # Coordinates must stay machine numbers, never "12,5" from German number formatting.
    assert 'y="' in svg
    for attribute in ("x", "y", "width", "height"):
        for value in svg.split(f' {attribute}="')[1:]:
            assert "," not in value.split('"')[0]
