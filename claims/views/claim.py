"""The claim page: where a reviewer researches, writes and submits a verdict.

Each button posts to its own URL; success redirects back (POST-redirect-GET), a refusal
renders the page again with the user's input kept and the reason shown. The verdict,
source and note parts are one HTML form, so whichever part a button saves, the input
in the other parts is kept as a draft (claims.views.drafts) instead of being lost.
"""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.utils import ErrorDict
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import workflow
from claims.errors import EditConflict, StaleClaim, WorkflowError
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
from claims.roles import assignable_users
from claims.rulebook import EDITOR_FIELDS, VERDICT_FIELDS, can, editable_fields, refusal
from claims.views import drafts, publishing
from claims.views.access import desk_member_required

# The parts of the page's one working form, by prefix.
WORK_FORMS: dict[str, type[ClaimForm]] = {
    "verdict": VerdictForm,
    "source": SourceForm,
    "note": NoteForm,
}


def _page_claim(pk: int) -> Claim:
    return get_object_or_404(Claim.objects.with_ledger(), pk=pk)


def _page_context(
    request: HttpRequest,
    claim: Claim,
    bound: dict[str, ClaimForm],
    kept: dict[str, dict] | None = None,
) -> dict:
    user = request.user
    if kept is None:
        kept = drafts.for_claim(request, claim.pk)

    def initial(part: str) -> dict:
        return dict(kept.get(part) or {})

    editable = editable_fields(user, claim)
    ratings = list(Rating.objects.active())
    forms: dict[str, ClaimForm | None] = {
        "source": (
            SourceForm(claim=claim, initial=initial("source"))
            if can(user, "claims.add_source", claim)
            else None
        ),
        "note": (
            NoteForm(claim=claim, initial=initial("note"))
            if can(user, "claims.add_note", claim)
            else None
        ),
        "verdict": (
            VerdictForm(claim=claim, ratings=ratings, initial=initial("verdict"))
            if editable >= VERDICT_FIELDS
            else None
        ),
        "details": DetailsForm(claim=claim) if editable >= EDITOR_FIELDS else None,
    }
    names = workflow.available_actions(claim, user)
    if forms["verdict"] is not None:
        # "Submit verdict" sits below the verdict form and saves it first.
        names = [name for name in names if name != "submit"]
    reviewers = None
    if any(workflow.ACTIONS[name].needs_assignee for name in names):
        reviewers = list(assignable_users())
    action_forms = [
        bound.get(f"action-{name}")
        or ActionForm(claim=claim, action=workflow.ACTIONS[name], reviewers=reviewers)
        for name in names
    ]
    for form in action_forms:
        if form.action.name == "take":
            form.warning = publishing.take_warning(user)
    # A refused action that is no longer offered stays on the page so its text is not lost.
    action_forms += [
        form
        for key, form in bound.items()
        if key.startswith("action-") and form.action.name not in names
    ]
    forms.update({k: v for k, v in bound.items() if not k.startswith("action-")})
    if forms["verdict"] is not None and "submit" in bound:
        forms["verdict"] = bound["submit"]
    events = list(claim.events.all())
    context_parts = None
    if claim.article_id and claim.start is not None and not claim.anchor_lost:
        context_parts = claim.article.context_around(claim.start, claim.end)
    return {
        "claim": claim,
        "reasons": list(zip(claim.reasons, reason_labels(claim.reasons), strict=True)),
        "context_parts": context_parts,
        "evidence": list(claim.evidence.all()),
        "notes": list(claim.notes.all()),
        "events": events,
        "sent_back": _sent_back(claim, events),
        **publishing.publication_context(claim, user),
        "history": describe(claim.events.all()),
        "similar": list(claim.similar_claims.all()),
        "can_mark_duplicate": "reject_duplicate" in names,
        "can_reuse_verdict": forms["verdict"] is not None,
        "ratings": ratings,
        "forms": forms,
        "action_forms": action_forms,
        "can_submit": forms["verdict"] is not None
        and "submit" in workflow.available_actions(claim, user),
        "submit_label": workflow.ACTIONS["submit"].label,
        # Parts holding kept input open themselves, so nobody overlooks it.
        "drafted": {part for part, values in kept.items() if values},
        "verdict_draft": bool(kept.get("verdict")) and "verdict" not in bound,
        "has_work_form": any(forms[part] for part in WORK_FORMS),
    }


def _sent_back(claim: Claim, events: list) -> object | None:
    """The editor's send-back, while the claim is still back in review because of it."""
    if claim.status != "in_review":
        return None
    moves = [e for e in events if e.from_status != e.to_status]
    if moves and moves[-1].action == "send_back":
        return moves[-1]
    return None


@desk_member_required
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _page_claim(pk)
    bound = {}
    reuse = request.GET.get("reuse", "")
    if reuse:
        form = _reused_verdict_form(request, claim, reuse)
        if form is not None:
            bound["verdict"] = form
    return render(request, "claims/claim_detail.html", _page_context(request, claim, bound))


def _reused_verdict_form(request: HttpRequest, claim: Claim, reuse: str) -> VerdictForm | None:
    """The verdict form pre-filled from an earlier published fact-check.

    Nothing is stored here: the editor reads it, changes what differs and saves the
    verdict, which goes through workflow.edit like any other.
    """
    if not editable_fields(request.user, claim) >= VERDICT_FIELDS:
        messages.error(request, _("You may not set this claim's verdict now."))
        return None
    earlier = (
        Claim.objects.published().select_related("rating").filter(pk=reuse).first()
        if reuse.isdigit()
        else None
    )
    if earlier is None or earlier.pk == claim.pk:
        messages.error(
            request, _("Only the verdict of another published fact-check can be reused.")
        )
        return None
    messages.info(
        request,
        _(
            "Rating and verdict summary are filled in from the published fact-check #%(id)s. "
            "Check them and press “Save verdict” to confirm; nothing is stored until then."
        )
        % {"id": earlier.pk},
    )
    return VerdictForm(
        claim=claim,
        initial={"rating": earlier.rating_id, "verdict_summary": earlier.verdict_summary},
    )


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
    part = "verdict" if key == "submit" else key
    if form.is_valid():
        try:
            apply(claim, form.cleaned_data)
        except StaleClaim as error:
            messages.error(request, error.message)
            claim.refresh_from_db()
            form = form.with_current_version()
            if isinstance(error, EditConflict):
                form.add_conflicts(error)
            form.add_error(None, error.message)
            status = error.http_status
        except WorkflowError as error:
            form.add_workflow_error(error)
            status = error.http_status
        except ValidationError as error:
            form.add_validation_error(error)
        else:
            messages.success(request, success)
            drafts.keep(request, pk, part, None)
            for other, values in _posted_drafts(request, claim, part).items():
                drafts.keep(request, pk, other, values)
            return redirect(claim)
    # A refusal answers with everything the user typed, in every part of the page.
    kept = drafts.for_claim(request, pk) | _posted_drafts(request, claim, part)
    context = _page_context(request, _page_claim(pk), {key: form}, kept)
    context["open_form"] = part
    return render(request, "claims/claim_detail.html", context, status=status)


def _posted_drafts(request: HttpRequest, claim: Claim, handled: str) -> dict[str, dict | None]:
    """The input of the page's other parts that came with this post (None: nothing typed)."""
    found: dict[str, dict | None] = {}
    for part, form_class in WORK_FORMS.items():
        if part == handled or f"{part}-version" not in request.POST:
            continue
        found[part] = form_class(request.POST, claim=claim).draft_values()
    return found


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
    submitting = part == "verdict" and request.POST.get("do") == "submit"

    def apply(claim: Claim, data: dict) -> None:
        original = form.original_values()
        workflow.edit(
            claim,
            request.user,
            form.changes(),
            # Pages send what they showed, so only real conflicts refuse the save.
            expected_version=None if original is not None else data["version"],
            original=original,
        )
        if submitting:
            # The verdict is saved (and stays saved) even if submitting is refused.
            drafts.keep(request, pk, "verdict", None)
            messages.info(request, _("Verdict saved."))
            workflow.perform(claim, "submit", request.user, expected_version=claim.version)

    if submitting:
        done = _("Done: %(action)s.") % {"action": workflow.ACTIONS["submit"].label}
        return _handle(request, pk, "submit", form, apply, done)
    return _handle(request, pk, part, form, apply, _("Changes saved."))


@require_POST
@desk_member_required
def claim_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in workflow.ACTIONS:
        raise Http404
    claim = get_object_or_404(Claim, pk=pk)
    form = ActionForm(request.POST, claim=claim, action=workflow.ACTIONS[action])
    perm = f"claims.{action}_claim"
    if not can(request.user, perm, claim):
        # Who may act is answered before what they typed (the publish form's fields).
        label = workflow.ACTIONS[action].label
        error = refusal(perm, request.user, claim, action=label)
        form.is_valid()
        form._errors = ErrorDict()
        form.add_error(None, error.message)
        context = _page_context(request, _page_claim(pk), {f"action-{action}": form})
        return render(request, "claims/claim_detail.html", context, status=error.http_status)

    def apply(claim: Claim, data: dict) -> None:
        version = data["version"]
        with transaction.atomic():
            if action == "publish" and data["summary"] != claim.summary:
                # The short form typed beside the button goes out with this publication.
                workflow.edit(
                    claim, request.user, {"summary": data["summary"]}, expected_version=version
                )
                version = claim.version
            workflow.perform(
                claim,
                action,
                request.user,
                comment=data.get("comment", ""),
                assignee=data.get("assignee"),
                duplicate_of=data.get("duplicate_of"),
                expected_version=version,
            )

    done = _("Done: %(action)s.") % {"action": workflow.ACTIONS[action].label}
    return _handle(request, pk, f"action-{action}", form, apply, done)
