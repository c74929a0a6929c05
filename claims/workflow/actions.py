"""The action table: every status change, who may start it, what it needs and does."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from claims import rulebook
from claims.errors import ActionNotAllowed, MissingInput
from claims.models import Claim, Status


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
