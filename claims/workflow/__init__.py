"""The editorial workflow: the only code that changes a claim's status.

Every action is one transaction that locks the claim's row, checks status, role and
inputs against the fresh row, applies the change with a compare-and-set on `version`
and writes one history row. A refused action changes nothing.

The package is split by concern: `actions` (the action table), `transitions` (perform,
edit, reanchor), `creation` (new claims), `ledger` (sources and notes) and `pickup`
(take next). Callers import from `claims.workflow` only.
"""

from claims.workflow.actions import ACTIONS, Action, actions_for_status, available_actions
from claims.workflow.creation import create_claim, create_claims, free_span, save_new_claim
from claims.workflow.ledger import SOURCE_FIELDS, add_note, add_source, change_source
from claims.workflow.pickup import take_next
from claims.workflow.transitions import edit, perform, reanchor

__all__ = [
    "ACTIONS",
    "SOURCE_FIELDS",
    "Action",
    "actions_for_status",
    "add_note",
    "add_source",
    "available_actions",
    "change_source",
    "create_claim",
    "create_claims",
    "edit",
    "free_span",
    "perform",
    "reanchor",
    "save_new_claim",
    "take_next",
]
