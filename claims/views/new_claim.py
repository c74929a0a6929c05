"""A claim entered by hand, e.g. one seen on social media, for reviewers and editors."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import workflow
from claims.errors import WorkflowError
from claims.models import Claim
from claims.rulebook import can, creatable_fields
from claims.views.access import desk_member_required


class NewClaimForm(forms.ModelForm):
    class Meta:
        model = Claim
        fields = ["text", "claimant", "source_url", "language"]
        labels = {"text": gettext_lazy("The claim, word for word")}
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["source_url"].required = True
        self.fields["source_url"].assume_scheme = "https"
        if user is not None and "claimant" not in creatable_fields(user):
            # Who made the claim is an editor's field (claims.rulebook).
            del self.fields["claimant"]


@desk_member_required
def new_claim(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "claims.create_claim"):
        raise PermissionDenied
    form = NewClaimForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            claim = workflow.create_claim(
                request.user,
                text=data["text"],
                language=data["language"],
                **({"claimant": data["claimant"]} if "claimant" in data else {}),
                source_url=data["source_url"],
            )
        except WorkflowError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Claim created; an editor will triage it."))
            return redirect(claim)
    status = 400 if form.is_bound else 200
    return render(request, "claims/new_claim.html", {"form": form}, status=status)
