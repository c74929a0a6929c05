"""Unsent input kept per user and claim, so one form's button never loses another's text.

The claim page posts the verdict, source and note parts as one form; whichever part the
button saves, the other parts' input is kept here (in the user's server-side session)
and shown again on the next page.
"""

from django.http import HttpRequest

SESSION_KEY = "claim_drafts"


def for_claim(request: HttpRequest, claim_pk: int) -> dict[str, dict]:
    return dict(request.session.get(SESSION_KEY, {}).get(str(claim_pk), {}))


def keep(request: HttpRequest, claim_pk: int, part: str, values: dict | None) -> None:
    """Store a part's input, or forget it when `values` is None."""
    drafts = request.session.get(SESSION_KEY, {})
    claim_drafts = drafts.get(str(claim_pk), {})
    if values is None:
        if part not in claim_drafts:
            return
        claim_drafts.pop(part)
    else:
        claim_drafts[part] = values
    if claim_drafts:
        drafts[str(claim_pk)] = claim_drafts
    else:
        drafts.pop(str(claim_pk), None)
    request.session[SESSION_KEY] = drafts
