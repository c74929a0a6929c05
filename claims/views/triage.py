"""Triage after import, and "make this a claim" on the article page.

Each POST is one decision through claims.workflow (via claims.triage) and redirects back;
a refusal renders the page again with the reason and the user's input kept.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from claims import rulebook, triage, workflow
from claims.errors import WorkflowError
from claims.models import Article, Claim, Status
from claims.roles import assignable_users
from claims.templatetags.claims_extras import highlight_segments
from claims.views.access import desk_member_required, editor_required

TRIAGE_OPS = ("accept", "reject", "update", "accept_ticked", "reject_ticked")


def _claims_of(article: Article) -> list[Claim]:
    return list(article.claims.select_related("assignee", "rating").order_by("start", "id"))


def triage_context(
    request: HttpRequest, article: Article, claims: list[Claim], make_form=None
) -> dict:
    """What the triage page and the article page's sentence list need, in fixed queries."""
    rows, unplaced = triage.sentence_rows(article, claims)
    if make_form is not None:
        key = f"{make_form.data.get('start')}-{make_form.data.get('end')}"
        for row in rows:
            if row.key == key:
                row.make_form = make_form
    editor = rulebook.is_editor.test(request.user)
    reviewers = list(assignable_users()) if editor else []
    return {
        "article": article,
        "rows": rows,
        "unplaced": unplaced,
        "can_make_claims": rulebook.is_reviewer.test(request.user),
        "is_editor": editor,
        "reviewers": reviewers,
        # Every sentence's form offers the same people: their options are rendered once,
        # not once per sentence (a hundred sentences times a few hundred people).
        "reviewer_options": format_html_join(
            "",
            '<option value="{}">{}</option>',
            ((user.pk, user.get_full_name() or user.get_username()) for user in reviewers),
        ),
        "priorities": triage.Priority.choices,
        "candidate_count": sum(1 for row in rows if row.candidate),
    }


@editor_required
def article_triage(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    if request.method == "POST":
        return _triage_post(request, article)
    context = triage_context(request, article, _claims_of(article))
    return render(request, "claims/triage.html", context)


def _triage_post(request: HttpRequest, article: Article) -> HttpResponse:
    op = request.POST.get("op", "")
    if op not in TRIAGE_OPS:
        messages.error(request, _("Unknown triage step."))
        return _rerender(request, article, status=400)
    try:
        if op in ("accept_ticked", "reject_ticked"):
            done = _ticked(request, article, op)
            messages.success(
                request,
                ngettext("%(count)d claim done.", "%(count)d claims done.", done) % {"count": done},
            )
            return redirect("article-triage", pk=article.pk)
        claim = get_object_or_404(
            article.claims.select_related("assignee"), pk=_int(request, "claim")
        )
        anchor = _single(request, claim, op)
    except WorkflowError as error:
        messages.error(request, error.message)
        return _rerender(request, article, status=error.http_status)
    except ValidationError as error:
        # A sentence the model refuses as a claim (no words, too long): nothing was stored.
        messages.error(request, " ".join(error.messages))
        return _rerender(request, article, status=400)
    if anchor is None:
        return _rerender(request, article, status=400)
    messages.success(request, _("Saved: claim #%(id)s.") % {"id": claim.pk})
    return redirect(reverse("article-triage", args=[article.pk]) + anchor)


def _int(request: HttpRequest, name: str) -> int:
    value = request.POST.get(name, "")
    return int(value) if value.isdigit() else 0


def _single(request: HttpRequest, claim: Claim, op: str) -> str | None:
    """One claim's step; the anchor to return to, or None after a form error (in messages)."""
    if op == "update":
        form = triage.TriageEditForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return None
        triage.update_claim(claim, request.user, form.cleaned_data)
    else:
        workflow.perform(
            claim,
            op,
            request.user,
            comment=request.POST.get("reason", ""),
            expected_version=_int(request, "version") or None,
        )
    return f"#claim-{claim.pk}"


def _ticked(request: HttpRequest, article: Article, op: str) -> int:
    picked = set(request.POST.getlist("pick"))
    rows, _unplaced = triage.sentence_rows(article, _claims_of(article))
    chosen = [row for row in rows if row.key in picked]
    if not chosen:
        raise triage.MissingInput(_("Tick at least one sentence first."), field="pick")
    if op == "accept_ticked":
        return triage.accept_sentences(article, request.user, chosen)
    claims = [
        claim
        for row in chosen
        for claim in row.claims
        if claim.status in (Status.NEW, Status.QUEUED)
    ]
    if not claims:
        raise triage.MissingInput(
            _("None of the ticked sentences has a claim that can still be rejected."),
            field="pick",
        )
    return triage.decide(claims, request.user, "reject", reason=request.POST.get("reason", ""))


def _rerender(
    request: HttpRequest, article: Article, *, status: int, make_form=None
) -> HttpResponse:
    context = triage_context(request, article, _claims_of(article), make_form)
    return render(request, "claims/triage.html", context, status=status)


@require_POST
@desk_member_required
def article_make_claim(request: HttpRequest, pk: int) -> HttpResponse:
    """A sentence, or part of one, becomes a claim; from the triage page or the article page."""
    article = get_object_or_404(Article, pk=pk)
    back = (
        "triage"
        if request.POST.get("back") == "triage" and rulebook.is_editor.test(request.user)
        else ""
    )
    form = triage.MakeClaimForm(
        request.POST, article=article, editor=rulebook.is_editor.test(request.user)
    )
    status = 400
    if form.is_valid():
        try:
            claim = triage.make_claim(article, request.user, form.cleaned_data)
        except WorkflowError as error:
            form.add_error(None, error.message)
            status = error.http_status
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, _("Claim #%(id)s made from the sentence.") % {"id": claim.pk})
            if back:
                return redirect(reverse("article-triage", args=[pk]) + f"#claim-{claim.pk}")
            return redirect(claim)
    if back:
        return _rerender(request, article, status=status, make_form=form)
    return render_article(request, article, status=status, make_form=form)


def render_article(
    request: HttpRequest, article: Article, *, status: int = 200, make_form=None
) -> HttpResponse:
    claims = _claims_of(article)
    context = {
        "article": article,
        "segments": highlight_segments(article.body, claims),
        "claims": claims,
        "statuses": Status.choices,
    }
    if rulebook.is_reviewer.test(request.user):
        context.update(triage_context(request, article, claims, make_form))
    return render(request, "claims/article_detail.html", context, status=status)
