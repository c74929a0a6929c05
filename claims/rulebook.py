"""The rulebook: who may do what to which claim, asked by every door.

Each rule is a `rules` predicate over (user, claim); each permission is one named rule,
`claims.<action>_claim` for the workflow's actions and a few more for edits, evidence,
notes, creating and importing. Django's `user.has_perm(perm, claim)` answers from here
(`rules.permissions.ObjectPermissionBackend`), and so do the workflow, the API, the pages
and the admin. `refusal()` turns a failed rule into the sentence the user sees.

The workflow asks `can()`, which does not let superusers past the four-eyes rule:
`user.has_perm` says yes to every active superuser, the rulebook does not.
"""

from dataclasses import dataclass

import rules
from django.utils.translation import gettext_lazy as _

from claims.errors import NotPermitted
from claims.models import Claim, Status
from claims.roles import EDITORS, READERS, REVIEWERS, group_names

# --- predicates ------------------------------------------------------------------


@rules.predicate
def is_editor(user) -> bool:
    return bool(
        user and user.is_authenticated and (user.is_superuser or EDITORS in group_names(user))
    )


@rules.predicate
def _in_reviewers(user) -> bool:
    return REVIEWERS in group_names(user)


@rules.predicate
def _in_readers(user) -> bool:
    return READERS in group_names(user)


# Editors can do all a reviewer can; everyone of the desk may read unpublished work.
is_reviewer = is_editor | _in_reviewers
is_desk_member = is_reviewer | _in_readers


@rules.predicate
def is_assignee(user, claim: Claim | None) -> bool:
    return bool(
        claim is not None and user and user.is_authenticated and claim.assignee_id == user.pk
    )


@rules.predicate
def is_verdict_author(user, claim: Claim | None) -> bool:
    """Whoever set the rating or the verdict summary of this claim, at any time."""
    if claim is None or not (user and user.is_authenticated):
        return False
    return user.pk in (claim.verdict_authors or [])


def _status_is(*statuses: str):
    @rules.predicate
    def predicate(user, claim: Claim | None) -> bool:
        return claim is not None and claim.status in statuses

    predicate.name = "status_is_" + "_".join(statuses)
    return predicate


is_published = _status_is(Status.PUBLISHED)
is_submitted = _status_is(Status.SUBMITTED)
is_in_review = _status_is(Status.IN_REVIEW)


@rules.predicate
def is_unanchored_draft(user, claim: Claim | None) -> bool:
    """A hand-made claim nobody has started researching: its wording may still change."""
    return (
        claim is not None
        and claim.status in (Status.NEW, Status.QUEUED)
        and claim.article_id is None
    )


@rules.predicate
def is_cited_by_published(user, source) -> bool:
    """A source some published fact-check cites: readers rely on it as it is."""
    if source is None or getattr(source, "pk", None) is None:
        return False
    return source.citations.filter(claim__status=Status.PUBLISHED).exists()


@rules.predicate
def has_published_claims(user, article) -> bool:
    """An article a published fact-check was drawn from: readers see it as it is."""
    if article is None or getattr(article, "pk", None) is None:
        return False
    return article.claims.filter(status=Status.PUBLISHED).exists()


# The verdict and its evidence: the assignee while researching, editors until it is
# submitted (then it is sent back first, so what is published is what was submitted).
works_verdict = (is_assignee & is_in_review) | (is_editor & ~is_submitted & ~is_published)
# Four-eyes: the publisher neither holds the claim nor wrote any part of its verdict.
four_eyes = ~is_assignee & ~is_verdict_author


# --- permissions ------------------------------------------------------------------


@dataclass(frozen=True)
class Refusal:
    """When `explains` holds for a refused user, `message` says why (with `code`)."""

    explains: object
    message: object
    code: str = "not_permitted"


MESSAGES: dict[str, object] = {}
REFUSALS: dict[str, tuple[Refusal, ...]] = {}


def _rule(name: str, predicate, message, *refusals: Refusal) -> None:
    rules.set_perm(name, predicate)
    MESSAGES[name] = message
    REFUSALS[name] = refusals


EDITORS_ONLY = _("Only editors may use “%(action)s”.")

_rule("claims.read_desk", is_desk_member, _("Only members of the desk may read unpublished work."))
_rule("claims.create_claim", is_reviewer, _("Only reviewers and editors may create claims."))
_rule("claims.import_article", is_editor, _("Only editors may import articles."))
_rule("claims.manage_integrations", is_editor, _("Only editors may manage feeds and webhooks."))
_rule("claims.add_note", is_reviewer, _("Only reviewers and editors may add notes."))
_rule(
    "claims.add_source",
    works_verdict,
    _("Only the claim's assignee during review, or an editor, may add sources."),
    Refusal(is_published, _("A published claim cannot change; reopen it with a correction note.")),
    Refusal(
        is_submitted,
        _("The verdict was submitted for publication; send it back to change its evidence."),
        "verdict_submitted",
    ),
)
_rule("claims.take_next", is_reviewer, _("Only reviewers and editors may take claims."))

# Workflow actions: the role part. Whether the action applies to the claim's status is
# the action table's business (claims.workflow.ACTIONS), answered with 409, not 403.
ACTION_RULES = {
    "accept": (is_editor, EDITORS_ONLY),
    "reject": (is_editor, EDITORS_ONLY),
    "reject_duplicate": (is_editor, EDITORS_ONLY),
    "restore": (is_editor, EDITORS_ONLY),
    "take": (is_reviewer, _("Only reviewers and editors may use “%(action)s”.")),
    "assign": (is_editor, EDITORS_ONLY),
    "release": (
        is_assignee | is_editor,
        _("Only the claim's assignee or an editor may use “%(action)s”."),
    ),
    "submit": (is_assignee, _("Only the claim's assignee may use “%(action)s”.")),
    "send_back": (is_editor, EDITORS_ONLY),
    "publish": (is_editor & four_eyes, EDITORS_ONLY),
    "reopen": (is_editor, EDITORS_ONLY),
}
for _name, (_predicate, _message) in ACTION_RULES.items():
    _rule(f"claims.{_name}_claim", _predicate, _message)
REFUSALS["claims.publish_claim"] = (
    Refusal(
        is_editor & ~four_eyes,
        _(
            "Four-eyes rule: the claim must be published by an editor who neither holds it "
            "nor set its rating or verdict summary."
        ),
        "four_eyes",
    ),
)

# Field edits, in groups that share a rule.
FIELD_GROUPS: dict[str, frozenset[str]] = {
    "details": frozenset({"priority", "due_at", "claimant", "claimant_type", "source_url"}),
    "summary": frozenset({"summary"}),
    "verdict": frozenset({"rating", "verdict_summary"}),
    "draft": frozenset({"text", "language"}),
}
_rule("claims.edit_details_claim", is_editor & ~is_published, _("Only editors may change this."))
_rule(
    "claims.edit_summary_claim",
    (is_editor & ~is_published) | (is_assignee & is_in_review),
    _("Only editors, or the assignee during review, may change the short summary."),
)
_rule(
    "claims.edit_verdict_claim",
    works_verdict,
    _("Only the claim's assignee during review, or an editor, may set the verdict."),
    Refusal(
        is_submitted,
        _("The verdict was submitted for publication; send it back to change it."),
        "verdict_submitted",
    ),
)
_rule(
    "claims.edit_draft_claim",
    is_editor & is_unanchored_draft,
    _("The claim's wording can change only while it is a hand-made new or queued claim."),
)
EDITABLE_FIELDS = frozenset().union(*FIELD_GROUPS.values())
EDITOR_FIELDS = FIELD_GROUPS["details"] | FIELD_GROUPS["summary"]
VERDICT_FIELDS = FIELD_GROUPS["verdict"]

# What a claim created by hand may carry, by role.
CREATE_FIELDS_ALL = frozenset({"text", "article", "language", "source_url"})
CREATE_FIELDS_EDITOR = frozenset({"claimant", "summary", "priority", "due_at"})

# The admin's model permissions, answered per object by the same rules (the admin's
# ObjectPermissionsModelAdmin idea): a published claim opens read-only; nothing is
# deleted; ledger lines and notes are never changed in place.
_rule("claims.view_claim", is_desk_member, _("Only members of the desk may read claims."))
_rule("claims.add_claim", is_reviewer, _("Only reviewers and editors may create claims."))
_rule(
    "claims.change_claim",
    is_editor & ~is_published,
    _("A published claim cannot be edited; reopen it with a correction note first."),
)
_rule("claims.delete_claim", rules.always_deny, _("Claims are never deleted; reject them."))
_rule("claims.change_claimsource", rules.always_deny, _("Evidence entries are never changed."))
_rule("claims.delete_claimsource", rules.always_deny, _("Evidence entries are never deleted."))
_rule(
    "claims.change_source",
    is_editor & ~is_cited_by_published,
    _(
        "A published fact-check cites this source, so it is not changed in place: reopen "
        "the claim with a correction note, or add the corrected source as a new one."
    ),
)
_rule("claims.delete_source", rules.always_deny, _("Sources are never deleted."))
_rule(
    "claims.change_article",
    is_editor & ~has_published_claims,
    _(
        "A published fact-check was drawn from this article, so its details are not "
        "changed in place: reopen the claim with a correction note first."
    ),
)
_rule("claims.change_note", rules.always_deny, _("Notes are never changed; add a new one."))
_rule("claims.delete_note", rules.always_deny, _("Notes are never deleted."))


# --- asking -----------------------------------------------------------------------


def can(user, perm: str, obj=None) -> bool:
    """The rulebook's answer, the same for superusers (no shortcut past four-eyes)."""
    return rules.has_perm(perm, user, obj)


def refusal(perm: str, user, obj=None, **params) -> NotPermitted:
    """The user-facing reason a rule failed, as the exception the workflow raises."""
    for reason in REFUSALS.get(perm, ()):
        if reason.explains.test(user, obj):
            return NotPermitted(
                str(reason.message) % params if params else reason.message, code=reason.code
            )
    message = MESSAGES[perm]
    return NotPermitted(str(message) % params if params else str(message))


def check(user, perm: str, obj=None, **params) -> None:
    """Raise NotPermitted with the rule's message unless the rulebook allows it."""
    if not can(user, perm, obj):
        raise refusal(perm, user, obj, **params)


def editable_fields(user, claim: Claim) -> frozenset[str]:
    """The fields this user may change on this claim now."""
    fields: set[str] = set()
    for group, names in FIELD_GROUPS.items():
        if can(user, f"claims.edit_{group}_claim", claim):
            fields |= names
    return frozenset(fields)


def field_permission(field: str) -> str:
    for group, names in FIELD_GROUPS.items():
        if field in names:
            return f"claims.edit_{group}_claim"
    raise KeyError(field)


def check_create_fields(user, values) -> None:
    """Refuse (403) the fields of a new claim this user may not set, naming each; a field
    left empty sets nothing and passes."""
    given = {name for name, value in values.items() if value not in (None, "")}
    refused = sorted((given & (CREATE_FIELDS_ALL | CREATE_FIELDS_EDITOR)) - creatable_fields(user))
    if refused:
        message = _("Only editors may set %(fields)s on a new claim.") % {
            "fields": ", ".join(refused)
        }
        raise NotPermitted(message, field=refused[0], fields={name: [message] for name in refused})


def creatable_fields(user) -> frozenset[str]:
    """Fields this user may set on a claim they create by hand."""
    if not can(user, "claims.create_claim"):
        return frozenset()
    if can(user, "claims.edit_details_claim"):
        return CREATE_FIELDS_ALL | CREATE_FIELDS_EDITOR
    return CREATE_FIELDS_ALL
