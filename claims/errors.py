"""Errors the domain code raises; each carries a code for programs and a sentence for people.

The API maps them to HTTP statuses (see claims/api), pages show the message.
"""


class WorkflowError(Exception):
    code = "workflow_error"
    http_status = 400

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        field: str | None = None,
        **extra,
    ):
        super().__init__(message)
        self.message = str(message)
        if code:
            self.code = code
        self.field = field
        self.extra = extra


class ActionNotAllowed(WorkflowError):
    """The action does not apply to the claim's current status (HTTP 409)."""

    code = "action_not_allowed"
    http_status = 409


class NotPermitted(WorkflowError):
    """The user's role does not allow this (HTTP 403)."""

    code = "not_permitted"
    http_status = 403


class MissingInput(WorkflowError):
    """Something the action needs is missing or invalid (HTTP 400)."""

    code = "invalid_input"
    http_status = 400


class StaleClaim(WorkflowError):
    """Someone else changed the claim since the caller read it (HTTP 412)."""

    code = "stale_claim"
    http_status = 412


class EditConflict(StaleClaim):
    """Someone else changed a field the caller changed too, since the caller read it (HTTP 412).

    `extra["conflicts"]` maps each such field to {"theirs": current value, "yours": the
    caller's value}; fields only one side touched never conflict.
    """

    code = "edit_conflict"
