"""Status changes and field edits of one claim, each a compare-and-set under a row lock."""

from datetime import datetime

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims import conflicts, history, rulebook
from claims.errors import ActionNotAllowed, MissingInput, NotPermitted, StaleClaim
from claims.models import Claim, Rating, Status
from claims.statusguard import status_writes
from claims.workflow.actions import ACTIONS, actions_for_status


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
