"""Pages for the desk (queue, claim, article, dashboard) and for the public."""

from claims.views.articles import article_detail
from claims.views.claim import (
    claim_action,
    claim_add_note,
    claim_add_source,
    claim_detail,
    claim_edit,
)
from claims.views.dashboard import dashboard
from claims.views.jobs import job_detail, snapshot
from claims.views.new_claim import new_claim
from claims.views.notifications import inbox, mark_all_read, mark_read, preferences
from claims.views.public import factcheck_detail, factcheck_list, methodology
from claims.views.queue import home, queue, queue_export, take_next
from claims.views.triage import article_make_claim, article_triage

__all__ = [
    "article_detail",
    "article_make_claim",
    "article_triage",
    "claim_action",
    "claim_add_note",
    "claim_add_source",
    "claim_detail",
    "claim_edit",
    "dashboard",
    "factcheck_detail",
    "factcheck_list",
    "home",
    "job_detail",
    "inbox",
    "mark_all_read",
    "mark_read",
    "methodology",
    "new_claim",
    "preferences",
    "queue",
    "queue_export",
    "snapshot",
    "take_next",
]
