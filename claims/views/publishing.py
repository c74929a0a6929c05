"""What the claim page shows around publication: the preview, the ClaimReview that will
go out, and why the four-eyes rule keeps someone from publishing.
"""

import json

from django.conf import settings
from django.utils.translation import gettext as _

from claims import rulebook
from claims.claimreview import claim_review
from claims.models import Claim, Status
from claims.rulebook import can


def four_eyes_reasons(claim: Claim, user) -> list[str]:
    """Why the rulebook's four-eyes rule keeps this editor from publishing this claim."""
    reasons = []
    if claim.assignee_id == user.pk:
        reasons.append(_("you hold this claim as its reviewer"))
    if user.pk in (claim.verdict_authors or []):
        reasons.append(_("you set its rating or verdict summary"))
    return reasons


def publication_context(claim: Claim, user) -> dict:
    """The publish step's parts for a submitted claim; nothing for other statuses."""
    if claim.status != Status.SUBMITTED:
        return {}
    review = claim_review(claim, settings.FACTCHECK_PUBLIC_URL)
    blocked = []
    if rulebook.is_editor.test(user) and not can(user, "claims.publish_claim", claim):
        blocked = four_eyes_reasons(claim, user) or [
            _("the four-eyes rule applies to you for this claim")
        ]
    return {
        "claim_review_preview": json.dumps(review, ensure_ascii=False, indent=2),
        "publish_blocked": blocked,
    }


def take_warning(user) -> str:
    if rulebook.is_editor.test(user):
        return _(
            "If you take this claim you cannot publish it yourself: another editor must "
            "(four-eyes rule)."
        )
    return ""
