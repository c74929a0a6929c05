"""Figures for the editors' dashboard, as plain query functions."""

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
)
from django.utils import timezone
from django.utils.translation import get_language

from claims.models import Claim, ClaimEvent, Status
from claims.roles import REVIEWERS

# Statuses in which someone holds the claim and is still working on it.
HELD_STATUSES = [Status.IN_REVIEW, Status.SUBMITTED]
# The median covers this many of the latest first publications: a figure editors read
# as "how fast are we lately", computed from an index in the same time on any desk.
MEDIAN_WINDOW = 1_000
OVERDUE_CAP = 1_000
# Each status is counted exactly up to this many claims, then estimated (PostgreSQL).
STATUS_COUNT_CAP = 5_000


def figures() -> dict:
    """Everything the dashboard shows, kept for a short while.

    The counts per status read the whole table (an index, but all of it); a cache of
    FACTCHECK_DASHBOARD_CACHE_SECONDS makes the page cost the same however many editors
    reload it. The other figures read bounded parts of indexes.
    """
    seconds = settings.FACTCHECK_DASHBOARD_CACHE_SECONDS
    key = f"dashboard-figures:{get_language()}"
    cached = cache.get(key) if seconds else None
    if cached is not None:
        return cached
    per_status = claims_per_status()
    overdue = overdue_count()
    result = {
        "per_status": per_status,
        "total": sum(count for _status, _label, count, _estimated in per_status),
        "overdue": overdue,
        "overdue_capped": overdue >= OVERDUE_CAP,
        "workload": workload(),
        "median_to_publish": median_time_to_publish(),
        "median_window": MEDIAN_WINDOW,
        "chart": week_chart(published_per_week()),
    }
    if seconds:
        cache.set(key, result, seconds)
    return result


def claims_per_status(cap: int = STATUS_COUNT_CAP) -> list[tuple[str, str, int, bool]]:
    """(status, label, count, estimated) for every status, zeros included, in workflow order.

    Each status is counted exactly up to `cap` rows of its index. Past that, on PostgreSQL,
    the figure is the planner's estimate (table size times the status's share in the
    statistics that autovacuum keeps fresh), so the page costs the same on any desk size;
    the tile marks it as an estimate. Elsewhere (SQLite, small desks) counts are exact.
    """
    if connection.vendor != "postgresql":
        counts = dict(Claim.objects.values_list("status").annotate(n=Count("*")).order_by())
        return [(value, label, counts.get(value, 0), False) for value, label in Status.choices]
    result, estimates = [], None
    for value, label in Status.choices:
        count = Claim.objects.filter(status=value).order_by()[:cap].count()
        estimated = False
        if count >= cap:
            estimates = _status_estimates() if estimates is None else estimates
            if value in estimates:
                count, estimated = max(cap, estimates[value]), True
            else:
                count = Claim.objects.filter(status=value).count()
        result.append((value, label, count, estimated))
    return result


def _status_estimates() -> dict[str, int]:
    """Rows per status as PostgreSQL's statistics estimate them; empty before any ANALYZE."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT c.reltuples, s.most_common_vals::text::text[], s.most_common_freqs
               FROM pg_class c LEFT JOIN pg_stats s
                 ON s.schemaname = current_schema() AND s.tablename = c.relname
                AND s.attname = 'status'
               WHERE c.oid = %s::regclass""",
            [Claim._meta.db_table],
        )
        row = cursor.fetchone()
    if row is None or row[0] is None or row[0] < 0 or row[1] is None:
        return {}
    rows, values, shares = row
    return {value: round(rows * share) for value, share in zip(values, shares, strict=True)}


def overdue_count(cap: int = OVERDUE_CAP) -> int:
    """Open claims past their due date, counted up to `cap` (the page shows "1,000+")."""
    return Claim.objects.overdue().order_by()[:cap].count()


def workload() -> list:
    """Open claims held per person, busiest first; reviewers without work show 0.

    Counted from the held claims (a partial index), not by joining every claim to its user.
    """
    now = timezone.now()
    held = (
        Claim.objects.filter(status__in=HELD_STATUSES)
        .values_list("assignee_id")
        # Only columns of the held-claims index (no id), so the index alone answers
        # instead of a visit to every held claim's row.
        .annotate(open_claims=Count("*"), overdue_claims=Count("due_at", filter=Q(due_at__lt=now)))
        .order_by()
    )
    counts = {assignee: (n, late) for assignee, n, late in held}
    user_model = get_user_model()
    people = user_model.objects.filter(
        Q(groups__name=REVIEWERS, is_active=True) | Q(pk__in=list(counts))
    ).distinct()
    result = []
    for person in people:
        person.open_claims, person.overdue_claims = counts.get(person.pk, (0, 0))
        result.append(person)
    return sorted(result, key=lambda p: (-p.open_claims, p.get_username()))


def median_time_to_publish(window: int = MEDIAN_WINDOW) -> timedelta | None:
    """Median from a claim's acceptance into the queue to its first publication.

    Over the `window` latest first publications; each duration is computed in the
    database from the history, the middle one picked here. A claim accepted twice
    (rejected, restored, accepted again) counts from its last acceptance before it was
    first published.
    """
    latest = (
        Claim.objects.filter(first_published_at__isnull=False)
        .order_by("-first_published_at", "-id")
        .values("id")[:window]
    )
    # The first publication as the history recorded it, and the last acceptance before it.
    published = (
        ClaimEvent.objects.filter(claim=OuterRef("pk"), action="publish")
        .order_by("created_at", "id")
        .values("created_at")[:1]
    )
    accepted = (
        ClaimEvent.objects.filter(
            claim=OuterRef("pk"), action="accept", created_at__lte=OuterRef("published_at")
        )
        .order_by("-created_at", "-id")
        .values("created_at")[:1]
    )
    durations = (
        Claim.objects.filter(pk__in=Subquery(latest))
        .annotate(published_at=Subquery(published))
        .annotate(accepted_at=Subquery(accepted))
        # No acceptance before the first publication also means none when there is no
        # publication at all (the comparison with NULL finds nothing).
        .filter(accepted_at__isnull=False)
        .annotate(
            duration=ExpressionWrapper(
                F("published_at") - F("accepted_at"), output_field=DurationField()
            )
        )
        .order_by()
        .values_list("duration", flat=True)
    )
    # At most `window` durations, each computed by the database from the history; one
    # query for all of them costs half of counting them first and then reading the middle
    # by offset, which computed every duration twice.
    ordered = sorted(durations)
    if not ordered:
        return None
    middle = ordered[(len(ordered) - 1) // 2 : len(ordered) // 2 + 1]
    return sum(middle, timedelta()) / len(middle)


@dataclass(frozen=True)
class WeekBar:
    week: date
    count: int


def published_per_week(weeks: int = 12, today: date | None = None) -> list[WeekBar]:
    """Claims first published in each of the last `weeks` weeks (Monday-based), oldest first.

    One statement of one count per week, each over its own range of the first-publication
    index. Grouping the rows by their week instead converted every publication's time to
    the local time zone (about 4,000 a week on a million-claim desk): ten times the cost.
    """
    today = today or timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=weeks - 1 - i) for i in range(weeks + 1)]
    # Local midnights, as the weeks are the desk's weeks.
    bounds = [timezone.make_aware(datetime.combine(day, datetime.min.time())) for day in mondays]
    counts, params = [], []
    for start, end in itertools.pairwise(bounds):
        week = Claim.objects.filter(first_published_at__gte=start, first_published_at__lt=end)
        sql, week_params = (
            week.order_by().values("pk").query.get_compiler(connection=connection).as_sql()
        )
        counts.append(f"(SELECT COUNT(*) FROM ({sql}) AS week_rows)")
        params.extend(week_params)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(counts), params)
        row = cursor.fetchone()
    return [WeekBar(monday, count) for monday, count in zip(mondays, row, strict=False)]


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
    if connection.vendor == "postgresql":
        # The rulebook's own record of verdict authors, read from a partial GIN index over
        # the submitted claims; with the held claims' index a few rows, not every
        # submitted claim and its history.
        authored = Q(verdict_authors__contains=[user.pk])
    else:
        # SQLite cannot look inside a JSON list; its desks are small: ask the history.
        authored = Exists(
            ClaimEvent.objects.filter(claim=OuterRef("pk"), actor=user).filter(
                Q(changes__has_key="rating") | Q(changes__has_key="verdict_summary")
            )
        )
    return list(
        Claim.objects.filter(status=Status.SUBMITTED)
        .filter(Q(assignee=user) | authored)
        .select_related("assignee")
        .order_by("status_changed_at", "id")[:limit]
    )
