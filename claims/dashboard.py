"""Figures for the editors' dashboard, as plain query functions."""

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone

from claims.models import Claim, ClaimEvent, Status
from claims.models.claims import OPEN_STATUSES
from claims.roles import REVIEWERS


def claims_per_status() -> list[tuple[str, str, int]]:
    """(status, label, count) for every status, zeros included, in workflow order."""
    counts = dict(Claim.objects.values_list("status").annotate(n=Count("id")).order_by())
    return [(value, label, counts.get(value, 0)) for value, label in Status.choices]


def overdue_count() -> int:
    return Claim.objects.overdue().count()


def workload() -> list:
    """Open claims held per person, busiest first; reviewers without work show 0."""
    user_model = get_user_model()
    reviewers = user_model.objects.filter(groups__name=REVIEWERS, is_active=True).values("pk")
    users = user_model.objects.annotate(
        open_claims=Count("assigned_claims", filter=Q(assigned_claims__status__in=OPEN_STATUSES)),
        overdue_claims=Count(
            "assigned_claims",
            filter=Q(
                assigned_claims__status__in=OPEN_STATUSES,
                assigned_claims__due_at__lt=timezone.now(),
            ),
        ),
    )
    return list(
        users.filter(Q(pk__in=reviewers) | Q(open_claims__gt=0)).order_by(
            "-open_claims", "username"
        )
    )


def median_time_to_publish() -> timedelta | None:
    """Median from a claim's acceptance into the queue to its first publication.

    A claim accepted twice (rejected, restored, accepted again) counts from its last
    acceptance before it was first published.
    """
    first_published: dict[int, datetime] = {}
    accepted: dict[int, list[datetime]] = {}
    rows = ClaimEvent.objects.filter(action__in=["accept", "publish"]).values_list(
        "claim_id", "action", "created_at"
    )
    for claim_id, action, when in rows.order_by("created_at", "id"):
        if action == "publish":
            first_published.setdefault(claim_id, when)
        else:
            accepted.setdefault(claim_id, []).append(when)
    durations = []
    for claim_id, published in first_published.items():
        before = [t for t in accepted.get(claim_id, []) if t <= published]
        if before:
            durations.append((published - before[-1]).total_seconds())
    if not durations:
        return None
    return timedelta(seconds=statistics.median(durations))


@dataclass(frozen=True)
class WeekBar:
    week: date
    count: int


def published_per_week(weeks: int = 12, today: date | None = None) -> list[WeekBar]:
    """Claims first published in each of the last `weeks` weeks (Monday-based), oldest first."""
    today = today or timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=weeks - 1)
    start = timezone.make_aware(datetime.combine(first_monday, datetime.min.time()))
    rows = (
        Claim.objects.filter(first_published_at__gte=start)
        .annotate(week=TruncWeek("first_published_at"))
        .values_list("week")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts: dict[date, int] = {}
    for week, n in rows:
        day = week.date() if isinstance(week, datetime) else week
        counts[day] = counts.get(day, 0) + n
    return [
        WeekBar(first_monday + timedelta(weeks=i), counts.get(first_monday + timedelta(weeks=i), 0))
        for i in range(weeks)
    ]


@dataclass(frozen=True)
class ChartBar:
    week: date
    count: int
    x: float
    y: float
    height: float
    width: float
    label_x: float
    value_y: float


@dataclass(frozen=True)
class Chart:
    bars: list[ChartBar]
    width: int
    height: int
    baseline: float
    maximum: int
    axis_start: int
    axis_end: int
    label_y: int


def week_chart(bars: list[WeekBar], width: int = 640, height: int = 220) -> Chart:
    """Geometry of a bar chart, so the template draws plain SVG without any script."""
    top, bottom, left = 20, 40, 10
    plot_height = height - top - bottom
    maximum = max((b.count for b in bars), default=0)
    slot = (width - 2 * left) / max(len(bars), 1)
    result = []
    for i, bar in enumerate(bars):
        bar_height = plot_height * bar.count / maximum if maximum else 0
        x = left + i * slot + slot * 0.15
        y = top + plot_height - bar_height
        result.append(
            ChartBar(
                week=bar.week,
                count=bar.count,
                x=round(x, 1),
                y=round(y, 1),
                height=round(bar_height, 1),
                width=round(slot * 0.7, 1),
                label_x=round(left + i * slot + slot / 2, 1),
                value_y=round(y - 4, 1),
            )
        )
    return Chart(
        bars=result,
        width=width,
        height=height,
        baseline=top + plot_height,
        maximum=maximum,
        axis_start=left,
        axis_end=width - left,
        label_y=height - bottom + 18,
    )


WAITING_LIMIT = 20


def waiting_for_second_editor(user, limit: int = WAITING_LIMIT) -> list[Claim]:
    """Submitted claims this editor may not publish (four-eyes): they hold the claim or
    set its rating or verdict summary, so another editor must. Oldest submission first,
    one bounded query.
    """
    verdict_edits = ClaimEvent.objects.filter(claim=OuterRef("pk"), actor=user).filter(
        Q(changes__has_key="rating") | Q(changes__has_key="verdict_summary")
    )
    return list(
        Claim.objects.filter(status=Status.SUBMITTED)
        .filter(Q(assignee=user) | Exists(verdict_edits))
        .select_related("assignee")
        .order_by("status_changed_at", "id")[:limit]
    )
