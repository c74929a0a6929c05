"""The editorial workflow: the only code that changes a claim's status.

Every action is one transaction that locks the claim's row, checks status, role and
inputs against the fresh row, applies the change with a compare-and-set on `version`
and writes one history row. A refused action changes nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from claims import conflicts, history, notifications, rulebook, statusguard
from claims.errors import ActionNotAllowed, MissingInput, NotPermitted, StaleClaim
from claims.extraction import detect_language
from claims.models import Claim, ClaimEvent, ClaimSource, Note, Rating, Source, Status
from claims.statusguard import status_writes


def _nobody(current: Claim, by, assignee):
    return None


def _keep(current: Claim, by, assignee):
    return current.assignee


def _the_taker(current: Claim, by, assignee):
    return by


def _the_chosen_reviewer(current: Claim, by, assignee):
    if assignee is None:
        raise MissingInput(_("Choose the reviewer to assign the claim to."), field="assignee")
    if not assignee.is_active or not rulebook.is_reviewer.test(assignee):
        raise MissingInput(
            _("%(user)s is not a reviewer and cannot be assigned claims.")
            % {"user": assignee.get_username()},
            field="assignee",
        )
    return assignee


def _verdict_complete(current: Claim) -> None:
    if current.rating_id is None:
        raise MissingInput(_("Choose a rating before submitting the verdict."), field="rating")
    if not current.verdict_summary.strip():
        raise MissingInput(
            _("Write a verdict summary before submitting the verdict."),
            field="verdict_summary",
        )
    if not current.evidence.exists():
        raise MissingInput(
            _("Add at least one source before submitting the verdict."), field="sources"
        )


def _ready_to_publish(current: Claim) -> None:
    if not current.summary.strip():
        raise MissingInput(
            _("Write the short summary (claim reviewed) before publishing."),
            field="summary",
            code="summary_missing",
        )
    # The approval belongs to the verdict submitted: an edit of it after the last submit
    # (which the rulebook refuses, but a repair by hand might not) needs a new submit.
    last_submit = current.events.filter(action="submit").order_by("-id").first()
    if last_submit is None or (
        current.events.filter(id__gt=last_submit.id, action="edit")
        .filter(changes__has_any_keys=sorted(rulebook.VERDICT_FIELDS))
        .exists()
    ):
        raise ActionNotAllowed(
            _("The verdict changed after it was submitted; send it back for a new submission."),
            code="verdict_changed",
        )


def _no_stamps(current: Claim, now) -> dict:
    return {}


def _publish_stamps(current: Claim, now) -> dict:
    stamps = {"last_published_at": now}
    if current.first_published_at is None:
        stamps["first_published_at"] = now
    return stamps


@dataclass(frozen=True)
class Action:
    """One row of the contract's action table: its statuses, guards and effects.

    Who may start it is the rulebook's permission `claims.<name>_claim`; `allowed_for`
    only describes that rule for the API documentation.
    """

    name: str
    label: Promise
    sources: tuple[str, ...]
    target: str
    allowed_for: str
    comment_label: Promise | None = None
    needs_assignee: bool = False
    # The claim's holder after the action: (current, by, assignee) -> user or None.
    next_assignee: Callable = _keep
    # Checks on the locked row beyond role and status; each raises a WorkflowError.
    guards: tuple[Callable[[Claim], None], ...] = ()
    # Extra columns the action stamps: (current, now) -> dict.
    stamps: Callable = _no_stamps

    # The earlier claim this one repeats (`duplicate_of`), recorded with the rejection.
    needs_duplicate: bool = False

    @property
    def permission(self) -> str:
        return f"claims.{self.name}_claim"


ACTIONS: dict[str, Action] = {
    a.name: a
    for a in [
        Action(
            "accept",
            _("Accept into queue"),
            (Status.NEW,),
            Status.QUEUED,
            "editors",
            next_assignee=_nobody,
        ),
        Action(
            "reject",
            _("Reject"),
            (Status.NEW, Status.QUEUED),
            Status.REJECTED,
            "editors",
            comment_label=_("Reason"),
            next_assignee=_nobody,
        ),
        Action(
            "reject_duplicate",
            _("Reject as duplicate"),
            (Status.NEW, Status.QUEUED),
            Status.REJECTED,
            "editors",
            next_assignee=_nobody,
            needs_duplicate=True,
        ),
        Action(
            "restore",
            _("Restore"),
            (Status.REJECTED,),
            Status.NEW,
            "editors",
            next_assignee=_nobody,
        ),
        Action(
            "take",
            _("Take"),
            (Status.QUEUED,),
            Status.IN_REVIEW,
            "reviewers and editors",
            next_assignee=_the_taker,
        ),
        Action(
            "assign",
            _("Assign"),
            (Status.QUEUED, Status.IN_REVIEW),
            Status.IN_REVIEW,
            "editors",
            needs_assignee=True,
            next_assignee=_the_chosen_reviewer,
        ),
        Action(
            "release",
            _("Release"),
            (Status.IN_REVIEW,),
            Status.QUEUED,
            "the assignee or editors",
            next_assignee=_nobody,
        ),
        Action(
            "submit",
            _("Submit verdict"),
            (Status.IN_REVIEW,),
            Status.SUBMITTED,
            "the assignee",
            guards=(_verdict_complete,),
        ),
        Action(
            "send_back",
            _("Send back"),
            (Status.SUBMITTED,),
            Status.IN_REVIEW,
            "editors",
            comment_label=_("Comment for the reviewer"),
        ),
        Action(
            "publish",
            _("Publish"),
            (Status.SUBMITTED,),
            Status.PUBLISHED,
            "editors who neither hold the claim nor set its rating or verdict summary",
            guards=(_ready_to_publish,),
            stamps=_publish_stamps,
        ),
        Action(
            "reopen",
            _("Reopen"),
            (Status.PUBLISHED,),
            Status.IN_REVIEW,
            "editors",
            comment_label=_("Correction note (public)"),
        ),
    ]
}


def actions_for_status(status: str) -> list[str]:
    return [a.name for a in ACTIONS.values() if status in a.sources]


def available_actions(claim: Claim, user) -> list[str]:
    """Actions this user may start on this claim now (inputs are checked on submit)."""
    return [
        name
        for name in actions_for_status(claim.status)
        if rulebook.can(user, ACTIONS[name].permission, claim)
    ]


def _lock(claim: Claim, expected_version: int | None) -> Claim:
    current = Claim.objects.select_for_update(of=("self",)).get(pk=claim.pk)
    if expected_version is not None and current.version != expected_version:
        raise StaleClaim(
            _(
                "Someone else changed this claim meanwhile. "
                "Reload it to see their changes, then try again."
            )
        )
    return current


def _username(user) -> str | None:
    return user.get_username() if user else None


def _save_change(current: Claim, updates: dict) -> None:
    """Compare-and-set on version: a concurrent writer that slipped through loses cleanly."""
    now = timezone.now()
    updates = {**updates, "version": models.F("version") + 1, "updated_at": now}
    changed = Claim.objects.filter(pk=current.pk, version=current.version)
    if "status" in updates:
        # The database refuses status changes from anyone without the workflow's pass.
        with status_writes():
            rows = changed.update(**updates)
    else:
        rows = changed.update(**updates)
    if rows != 1:
        raise StaleClaim(_("Someone else changed this claim meanwhile. Reload it and try again."))


def perform(
    claim: Claim,
    action_name: str,
    by,
    *,
    comment: str = "",
    assignee=None,
    duplicate_of=None,
    expected_version: int | None = None,
) -> Claim:
    action = ACTIONS.get(action_name)
    if action is None:
        raise ActionNotAllowed(
            _("Unknown action “%(action)s”.") % {"action": action_name},
            code="unknown_action",
        )
    comment = (comment or "").strip()
    with transaction.atomic():
        current = _lock(claim, expected_version)
        if current.status not in action.sources:
            raise ActionNotAllowed(
                _(
                    "“%(action)s” does not apply to a claim that is %(status)s; "
                    "possible now: %(allowed)s."
                )
                % {
                    "status": current.get_status_display(),
                    "action": action.label,
                    "allowed": ", ".join(
                        str(ACTIONS[name].label) for name in actions_for_status(current.status)
                    )
                    or "—",
                },
                allowed=actions_for_status(current.status),
            )
        rulebook.check(by, action.permission, current, action=action.label)
        if action.comment_label and not comment:
            raise MissingInput(
                _("“%(action)s” needs this: %(field)s.")
                % {"field": action.comment_label, "action": action.label},
                field="comment",
            )
        new_assignee = action.next_assignee(current, by, assignee)
        for guard in action.guards:
            guard(current)
        original = _duplicate_target(current, duplicate_of) if action.needs_duplicate else None

        now = timezone.now()
        updates: dict = {"status": action.target, "assignee": new_assignee}
        if action.target != current.status:
            updates["status_changed_at"] = now
        updates.update(action.stamps(current, now))
        changes = {}
        if (new_assignee.pk if new_assignee else None) != current.assignee_id:
            changes["assignee"] = {
                "from": _username(current.assignee),
                "to": _username(new_assignee),
            }
        if (original.pk if original else None) != current.duplicate_of_id:
            # Set by "reject as duplicate", cleared by any later move (restore).
            updates["duplicate_of"] = original
            changes["duplicate_of"] = {
                "from": current.duplicate_of_id,
                "to": original.pk if original else None,
            }
        _save_change(current, updates)
        history.record(
            current,
            actor=by,
            action=action.name,
            from_status=current.status,
            to_status=action.target,
            changes=changes,
            comment=comment,
        )
    claim.refresh_from_db()
    return claim


def _duplicate_target(current: Claim, duplicate_of) -> Claim:
    """The earlier claim a rejected duplicate points to; a duplicate's duplicate points to
    the original, so links never form chains."""
    if duplicate_of in (None, ""):
        raise MissingInput(
            _("Give the number of the earlier claim this one duplicates."), field="duplicate_of"
        )
    pk = duplicate_of.pk if isinstance(duplicate_of, Claim) else duplicate_of
    original = Claim.objects.filter(pk=pk).first() if str(pk).isdigit() else None
    if original is None:
        raise MissingInput(
            _("There is no claim #%(id)s.") % {"id": pk}, field="duplicate_of", code="not_found"
        )
    if original.duplicate_of_id is not None:
        original = original.duplicate_of
    if original.pk == current.pk:
        raise MissingInput(
            _("A claim cannot be a duplicate of itself."), field="duplicate_of", code="self"
        )
    return original


def _display(field: str, value) -> object:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, models.Model):
        return str(value.pk)
    return value


def edit(
    claim: Claim,
    by,
    changes: dict,
    *,
    expected_version: int | None = None,
    original: dict | None = None,
) -> Claim:
    """Change editable fields; one history row lists every field that changed.

    With `original` (the values the user saw, per field) the check is per field instead
    of per version: a change to a field the user did not touch never refuses the save,
    and a field both sides changed raises `EditConflict` with both values.
    """
    with transaction.atomic():
        current = _lock(claim, expected_version)
        if original is not None:
            conflicts.check(current, changes, original)
        refused = sorted(set(changes) - rulebook.editable_fields(by, current))
        if refused:
            raise _refuse_fields(by, current, refused)
        updates: dict = {}
        diff: dict = {}
        for field, value in changes.items():
            value = _clean_value(current, field, value)
            old = getattr(current, "rating_id" if field == "rating" else field)
            if field == "due_at":
                old = _to_minute(old)
            new = value.code if field == "rating" and value is not None else value
            if old == new:
                continue
            updates[field] = value
            diff[field] = {"from": _display(field, old), "to": _display(field, new)}
        if not diff:
            return claim
        for field, value in updates.items():
            setattr(current, field, value)
        if by is not None and updates.keys() & rulebook.VERDICT_FIELDS:
            # Whoever sets part of the verdict may not be the one who publishes it.
            authors = list(current.verdict_authors or [])
            if by.pk not in authors:
                updates["verdict_authors"] = current.verdict_authors = [*authors, by.pk]
        current.full_clean(exclude=["similar_claims"])
        _save_change(current, updates)
        history.record(
            current,
            actor=by,
            action="edit",
            from_status=current.status,
            to_status=current.status,
            changes=diff,
        )
    claim.refresh_from_db()
    return claim


def _refuse_fields(by, current: Claim, refused: list[str]) -> NotPermitted:
    """The first refused field's rule says why; unknown fields are named as such."""
    known = [f for f in refused if f in rulebook.EDITABLE_FIELDS]
    if not known:
        return NotPermitted(
            _("These fields cannot be changed: %(fields)s.") % {"fields": ", ".join(refused)},
            field=refused[0],
            code="read_only",
        )
    if current.status == Status.PUBLISHED:
        return NotPermitted(
            _("A published claim cannot be edited; reopen it with a correction note first."),
            field=known[0],
        )
    error = rulebook.refusal(rulebook.field_permission(known[0]), by, current)
    if error.code == "not_permitted":
        error = NotPermitted(
            _("You may not change %(fields)s on this claim now.") % {"fields": ", ".join(refused)},
            field=known[0],
        )
    error.field = known[0]
    return error


def _clean_value(current: Claim, field: str, value):
    if field == "rating":
        if value in (None, ""):
            return None
        if isinstance(value, Rating):
            return value
        rating = Rating.objects.active().filter(code=value).first()
        if rating is None:
            raise MissingInput(
                _("“%(code)s” is not a rating on the scale.") % {"code": value},
                field="rating",
            )
        return rating
    if field in ("summary", "claimant", "verdict_summary", "text", "source_url"):
        return (value or "").strip()
    if field == "due_at":
        return _to_minute(value)
    return value


def _to_minute(value):
    """Due dates are kept to the minute, the precision of the forms that edit them.

    A default due date with seconds and microseconds came back from the claim page's
    date-time field cut to the minute, and every save of the details recorded a due
    date "change" nobody made.
    """
    if not isinstance(value, datetime):
        return value
    return value.replace(second=0, microsecond=0)


def create_claim(
    by,
    *,
    text: str,
    language: str | None = None,
    article=None,
    start=None,
    end=None,
    **fields,
) -> Claim:
    """A claim in status `new`, from an article span or entered by hand.

    With an article but no span, the text is anchored at its first occurrence that is
    not a claim yet. Without a language, the article's (or the detected one) is used.
    """
    if by is not None:
        rulebook.check(by, "claims.create_claim")
        rulebook.check_create_fields(by, fields)
    if article is not None and start is None and end is None:
        start, end = free_span(article, text)
    if not language:
        language = article.language if article is not None else detect_language(text)
    claim = Claim(
        text=(text or "").strip() if article is None else text,
        language=language,
        article=article,
        start=start,
        end=end,
        **fields,
    )
    return save_new_claim(claim, by)


def free_span(article, text: str) -> tuple[int, int]:
    """The first occurrence of `text` in the article that is not a claim yet."""
    taken = set(article.claims.values_list("start", "end"))
    start = article.body.find(text) if text else -1
    while start != -1:
        if (start, start + len(text)) not in taken:
            return start, start + len(text)
        start = article.body.find(text, start + 1)
    raise MissingInput(
        _("The text does not appear in the article, or every occurrence is already a claim."),
        field="text",
    )


def save_new_claim(claim: Claim, by) -> Claim:
    """Store an unsaved claim in status `new` and write its first history row.

    `by` is None only for the trusted command line (the importer run by an operator).
    """
    if by is not None:
        rulebook.check(by, "claims.create_claim")
    if claim.pk is not None or claim.status != Status.NEW:
        raise ActionNotAllowed(_("Only a new, unsaved claim can be created."))
    claim.created_by = by
    if claim.due_at is None and settings.FACTCHECK_DEFAULT_DUE_DAYS:
        claim.due_at = _to_minute(
            timezone.now() + timedelta(days=settings.FACTCHECK_DEFAULT_DUE_DAYS)
        )
    claim.full_clean(exclude=["similar_claims"])
    # A verdict given with a new claim is set through edit(), like any later verdict, so
    # its author is recorded for the four-eyes rule and the rule for setting it applies.
    verdict = {}
    if by is not None:
        if claim.rating_id is not None:
            verdict["rating"], claim.rating = claim.rating, None
        if claim.verdict_summary:
            verdict["verdict_summary"], claim.verdict_summary = claim.verdict_summary, ""
    with transaction.atomic():
        claim.save()
        history.record(claim, actor=by, action="create", from_status="", to_status=claim.status)
        if verdict:
            edit(claim, by, verdict)
    return claim


def add_source(
    claim: Claim,
    by,
    *,
    url: str,
    stance: str,
    excerpt: str = "",
    accessed_at=None,
    expected_version: int | None = None,
    **details,
) -> ClaimSource:
    """One line in the evidence ledger; the source itself is shared by URL."""
    with transaction.atomic():
        # Checked against the locked row: the claim may have been released meanwhile.
        current = _lock(claim, expected_version)
        rulebook.check(by, "claims.add_source", current)
        source = Source.objects.get_or_create_for_url(url, **details)
        if ClaimSource.objects.filter(claim=current, source=source).exists():
            raise MissingInput(
                _("This source is already in the claim's evidence ledger."), field="url"
            )
        entry = ClaimSource(
            claim=current, source=source, stance=stance, excerpt=excerpt, added_by=by
        )
        if accessed_at:
            entry.accessed_at = accessed_at
        entry.full_clean(exclude=["claim", "source"])
        entry.save()
        # Every change of the evidence is on the claim's history.
        history.record(
            current,
            actor=by,
            action="add_source",
            from_status=current.status,
            to_status=current.status,
            changes={"sources": {"from": None, "to": source.url}},
        )
        # The cited page is kept as it is now, fetched by a job once this commits.
        from claims.ingest import request_snapshot  # ingest imports the importer, which imports us

        request_snapshot(entry)
    return entry


SOURCE_FIELDS = ("url", "title", "publisher", "published_on", "archive_url")


def change_source(source: Source, by, changes: dict) -> Source:
    """Correct a shared source's details; every claim citing it records the change.

    Refused while a published fact-check cites it: readers rely on what it showed.
    """
    with transaction.atomic():
        current = Source.objects.select_for_update().get(pk=source.pk)
        rulebook.check(by, "claims.change_source", current)
        diff = {}
        for field, value in changes.items():
            if field not in SOURCE_FIELDS:
                raise NotPermitted(
                    _("These fields cannot be changed: %(fields)s.") % {"fields": field},
                    field=field,
                    code="read_only",
                )
            old = getattr(current, field)
            if old != value:
                diff[f"source.{field}"] = {
                    "from": _display(field, old),
                    "to": _display(field, value),
                }
                setattr(current, field, value)
        if not diff:
            return current
        current.full_clean()
        current.save(update_fields=[name.split(".", 1)[1] for name in diff])
        for claim in Claim.objects.filter(evidence__source=current).distinct():
            history.record(
                claim,
                actor=by,
                action="source_changed",
                from_status=claim.status,
                to_status=claim.status,
                changes=diff,
                comment=current.url,
            )
    source.refresh_from_db()
    return source


def add_note(
    claim: Claim,
    by,
    *,
    body: str,
    kind: str = Note.Kind.NOTE,
    expected_version: int | None = None,
    **fields,
) -> Note:
    rulebook.check(by, "claims.add_note", claim)
    with transaction.atomic():
        current = _lock(claim, expected_version)
        note = Note(claim=current, author=by, body=(body or "").strip(), kind=kind, **fields)
        note.full_clean()
        note.save()
        notifications.from_note(note)
    return note


def reanchor(
    claim: Claim,
    by,
    *,
    start: int | None,
    end: int | None,
    anchor_lost: bool,
    expected_version: int | None = None,
) -> Claim:
    """Move a claim to its text in a new version of its article, or flag the text gone.

    The importer calls this for every claim of a changed article; like every change it
    is a compare-and-set on `version` with one history row (`reanchor` or `text_gone`).
    `by` is None for the command line.
    """
    with transaction.atomic():
        current = _lock(claim, expected_version)
        changes = {
            "start": {"from": current.start, "to": start},
            "end": {"from": current.end, "to": end},
        }
        _save_change(current, {"start": start, "end": end, "anchor_lost": anchor_lost})
        history.record(
            current,
            actor=by,
            action="text_gone" if anchor_lost else "reanchor",
            from_status=current.status,
            to_status=current.status,
            changes=changes,
        )
    claim.refresh_from_db()
    return claim


def take_next(by) -> Claim | None:
    """Assign the most urgent queued claim to `by`; never hands one claim to two callers."""
    rulebook.check(by, "claims.take_next")
    if connection.vendor == "postgresql":
        return _take_next_in_one_statement(by)
    for _attempt in range(5):
        with transaction.atomic():
            # SQLite: the IMMEDIATE transaction already holds the database's write lock.
            claim = Claim.objects.queued().queue_order().first()
            if claim is None:
                return None
            try:
                return perform(claim, "take", by)
            except (StaleClaim, ActionNotAllowed):
                continue
    return None


def _take_next_statement(by, now) -> tuple[str, list, ClaimEvent]:
    """The SQL of the one-statement pickup, its parameters and the history row it writes."""
    claims, events = Claim._meta.db_table, ClaimEvent._meta.db_table
    # The queue order as SQL, from the same expressions as queue_order() and its index.
    queued = Claim.objects.queued().queue_order().values("id")[:1]
    select_sql, select_params = queued.query.get_compiler(connection=connection).as_sql()
    event = ClaimEvent(
        actor=by,
        action="take",
        from_status=Status.QUEUED,
        to_status=Status.IN_REVIEW,
        changes={"assignee": {"from": None, "to": _username(by)}},
        comment="",
        created_at=now,
    )
    # Every column of the history row but its id and claim, from the model's own fields,
    # so the statement follows the model when columns are added.
    fields = [f for f in ClaimEvent._meta.concrete_fields if f.name not in ("id", "claim")]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join("%s" for _f in fields)
    values = [f.get_db_prep_save(getattr(event, f.attname), connection) for f in fields]
    sql = f"""
        WITH picked AS (
            {select_sql} FOR UPDATE SKIP LOCKED
        ), taken AS (
            UPDATE "{claims}" AS claim
               SET status = %s, assignee_id = %s, status_changed_at = %s,
                   updated_at = %s, version = claim.version + 1
              FROM picked
             WHERE claim.id = picked.id AND claim.status = %s
               AND set_config(%s, 'on', true) = 'on'
         RETURNING claim.*
        ), logged AS (
            INSERT INTO "{events}" (claim_id, {columns})
            SELECT taken.id, {placeholders} FROM taken
         RETURNING id AS event_id, claim_id
        )
        SELECT taken.*, logged.event_id, set_config(%s, '', true) AS pass_returned
          FROM taken JOIN logged ON logged.claim_id = taken.id
    """
    params = [
        *select_params,
        Status.IN_REVIEW,
        by.pk,
        now,
        now,
        Status.QUEUED,
        statusguard.SETTING,
        *values,
        statusguard.SETTING,
    ]
    return sql, params, event


def _take_next_in_one_statement(by) -> Claim | None:
    """PostgreSQL: pick, lock, assign and log in one statement.

    `FOR UPDATE SKIP LOCKED` passes over rows another caller is taking, so concurrent
    callers never wait for each other and never get the same claim; the UPDATE's
    `status = 'queued'` re-check and the history INSERT run in the same statement, so a
    claim is never taken without its history row. The answer is the updated row itself.

    The status guard (claims.statusguard) is passed inside the same statement: the
    UPDATE's condition turns the transaction-local pass on for the row it changes (the
    condition is evaluated before the row is written and its trigger fires), and the
    final SELECT turns it off again once the row is written.
    """
    sql, params, event = _take_next_statement(by, timezone.now())
    with transaction.atomic():
        rows = list(Claim.objects.raw(sql, params))
        if not rows:
            # Nothing taken: make sure the status pass is not left on in this transaction.
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config(%s, '', true)", [statusguard.SETTING])
            return None
        claim = rows[0]
        event.id, event.claim = claim.event_id, claim
        history.written_by_statement([event])
    claim.assignee = by
    return claim


def create_claims(by, claims: list[Claim]) -> list[Claim]:
    """Store many unsaved claims in status `new`, set-based: the importer's path.

    Each claim is validated in Python once (its fields and its span, no queries); the
    claims and their first history rows are then written with one INSERT per batch each.
    Constraints the database enforces (one claim per span, known values) are left to it:
    a violation aborts the caller's transaction, so nothing partial is stored.
    `by` is None only for the trusted command line.
    """
    if by is not None:
        rulebook.check(by, "claims.create_claim")
    due = (
        _to_minute(timezone.now() + timedelta(days=settings.FACTCHECK_DEFAULT_DUE_DAYS))
        if settings.FACTCHECK_DEFAULT_DUE_DAYS
        else None
    )
    for claim in claims:
        if claim.pk is not None or claim.status != Status.NEW:
            raise ActionNotAllowed(_("Only a new, unsaved claim can be created."))
        claim.created_by = by
        if claim.due_at is None:
            claim.due_at = due
        # Field checks and the span rules without the per-claim queries of full_clean():
        # related rows are in hand, uniqueness is the database's constraint.
        claim.clean_fields(exclude=["article", "created_by", "assignee", "rating"])
        claim.clean()
    with transaction.atomic():
        Claim.objects.bulk_create(claims, batch_size=500)
        history.record_many(
            [
                ClaimEvent(
                    claim=claim, actor=by, action="create", from_status="", to_status=Status.NEW
                )
                for claim in claims
            ],
            batch_size=500,
        )
    return claims
