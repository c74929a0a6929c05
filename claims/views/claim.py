"""The claim page: where a reviewer researches, writes and submits a verdict.

Each form posts to its own URL; success redirects back (POST-redirect-GET), a refusal
renders the page again with the user's input kept and the reason shown.
"""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import workflow
from claims.errors import StaleClaim, WorkflowError
from claims.forms import (
    ActionForm,
    ClaimForm,
    DetailsForm,
    NoteForm,
    SourceForm,
    VerdictForm,
)
from claims.history_display import describe
from claims.importing import reason_labels
from claims.models import Claim, Rating
from claims.permissions import (
    EDITOR_FIELDS,
    VERDICT_FIELDS,
    can_add_note,
    can_work_evidence,
    editable_fields,
)
from claims.roles import assignable_users
from claims.views.access import desk_member_required


def _page_claim(pk: int) -> Claim:
    return get_object_or_404(Claim.objects.with_ledger(), pk=pk)


def _page_context(request: HttpRequest, claim: Claim, bound: dict[str, ClaimForm]) -> dict:
    user = request.user
    editable = editable_fields(user, claim)
    ratings = list(Rating.objects.active())
    forms: dict[str, ClaimForm | None] = {
        "source": SourceForm(claim=claim) if can_work_evidence(user, claim) else None,
        "note": NoteForm(claim=claim) if can_add_note(user, claim) else None,
        "verdict": (
            VerdictForm(claim=claim, ratings=ratings) if editable >= VERDICT_FIELDS else None
        ),
        "details": DetailsForm(claim=claim) if editable >= EDITOR_FIELDS else None,
    }
    names = workflow.available_actions(claim, user)
    reviewers = None
    if any(workflow.ACTIONS[name].needs_assignee for name in names):
        reviewers = list(assignable_users())
    action_forms = [
        bound.get(f"action-{name}")
        or ActionForm(claim=claim, action=workflow.ACTIONS[name], reviewers=reviewers)
        for name in names
    ]
    # A refused action that is no longer offered stays on the page so its text is not lost.
    action_forms += [
        form
        for key, form in bound.items()
        if key.startswith("action-") and form.action.name not in names
    ]
    forms.update({k: v for k, v in bound.items() if not k.startswith("action-")})
    context_parts = None
    if claim.article_id and claim.start is not None and not claim.anchor_lost:
        context_parts = claim.article.context_around(claim.start, claim.end)
    return {
        "claim": claim,
        "reasons": list(zip(claim.reasons, reason_labels(claim.reasons), strict=True)),
        "context_parts": context_parts,
        "evidence": list(claim.evidence.all()),
        "notes": list(claim.notes.all()),
        "events": list(claim.events.all()),
        "history": describe(claim.events.all()),
        "similar": list(claim.similar_claims.all()),
        "ratings": ratings,
        "forms": forms,
        "action_forms": action_forms,
    }


@desk_member_required
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _page_claim(pk)
    return render(request, "claims/claim_detail.html", _page_context(request, claim, {}))


def _handle(
    request: HttpRequest,
    pk: int,
    key: str,
    form: ClaimForm,
    apply: Callable[[Claim, dict], object],
    success: str,
) -> HttpResponse:
    claim = form.claim
    status = 400
    if form.is_valid():
        try:
            apply(claim, form.cleaned_data)
        except StaleClaim as error:
            messages.error(request, error.message)
            claim.refresh_from_db()
            form = form.with_current_version()
            form.add_error(None, error.message)
            status = error.http_status
        except WorkflowError as error:
            form.add_workflow_error(error)
            status = error.http_status
        except ValidationError as error:
            form.add_validation_error(error)
        else:
            messages.success(request, success)
            return redirect(claim)
    context = _page_context(request, _page_claim(pk), {key: form})
    context["open_form"] = key
    return render(request, "claims/claim_detail.html", context, status=status)


@require_POST
@desk_member_required
def claim_add_source(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=pk)

    def apply(claim: Claim, data: dict) -> None:
        workflow.add_source(
            claim,
            request.user,
            expected_version=data["version"],
            url=data["url"],
            stance=data["stance"],
            excerpt=data["excerpt"],
            accessed_at=data["accessed_at"],
            title=data["title"],
            publisher=data["publisher"],
            archive_url=data["archive_url"],
        )

    form = SourceForm(request.POST, claim=claim)
    return _handle(request, pk, "source", form, apply, _("Source added to the evidence ledger."))


@require_POST
@desk_member_required
def claim_add_note(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=pk)

    def apply(claim: Claim, data: dict) -> None:
        workflow.add_note(
            claim,
            request.user,
            expected_version=data["version"],
            body=data["body"],
            kind=data["kind"],
            contacted_at=data["contacted_at"],
            replied_at=data["replied_at"],
        )

    form = NoteForm(request.POST, claim=claim)
    return _handle(request, pk, "note", form, apply, _("Note added."))


EDIT_FORMS = {"verdict": VerdictForm, "details": DetailsForm}


@require_POST
@desk_member_required
def claim_edit(request: HttpRequest, pk: int, part: str) -> HttpResponse:
    form_class = EDIT_FORMS.get(part)
    if form_class is None:
        raise Http404
    claim = get_object_or_404(Claim.objects.select_related("rating"), pk=pk)
    form = form_class(request.POST, claim=claim)

    def apply(claim: Claim, data: dict) -> None:
        workflow.edit(claim, request.user, form.changes(), expected_version=data["version"])

    return _handle(request, pk, part, form, apply, _("Changes saved."))


@require_POST
@desk_member_required
def claim_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in workflow.ACTIONS:
        raise Http404
    claim = get_object_or_404(Claim, pk=pk)
    form = ActionForm(request.POST, claim=claim, action=workflow.ACTIONS[action])

    def apply(claim: Claim, data: dict) -> None:
        workflow.perform(
            claim,
            action,
            request.user,
            comment=data.get("comment", ""),
            assignee=data.get("assignee"),
            expected_version=data["version"],
        )

    done = _("Done: %(action)s.") % {"action": workflow.ACTIONS[action].label}
    return _handle(request, pk, f"action-{action}", form, apply, done)
