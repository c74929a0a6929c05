"""Forms for the admin's workflow actions (single claim and bulk)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Priority
from claims.roles import assignable_users
from claims.workflow import Action


class ActionInputForm(forms.Form):
    """What an action needs: a comment, an assignee, or nothing but a confirmation."""

    def __init__(self, *args, action: Action, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        if action.comment_label:
            self.fields["comment"] = forms.CharField(
                label=action.comment_label, widget=forms.Textarea(attrs={"rows": 3})
            )
        if action.needs_assignee:
            self.fields["assignee"] = forms.ModelChoiceField(
                label=_("Reviewer"), queryset=assignable_users()
            )
        if action.needs_duplicate:
            self.fields["duplicate_of"] = forms.IntegerField(
                label=_("Duplicate of claim #"), min_value=1
            )


class PriorityForm(forms.Form):
    priority = forms.TypedChoiceField(label=_("Priority"), choices=Priority.choices, coerce=int)


class ClaimAdminForm(forms.ModelForm):
    """The change form remembers which version it showed, so a stale save is refused."""

    version_seen = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        # The admin narrows this to the fieldsets it shows; status is not editable at all.
        fields = [
            "text",
            "claimant",
            "summary",
            "language",
            "priority",
            "due_at",
            "source_url",
            "rating",
            "verdict_summary",
            "article",
            "start",
            "end",
            "checkworthiness",
            "reasons",
            "similar_claims",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["version_seen"] = self.instance.version

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("version_seen")
        if self.instance.pk and seen is not None:
            current = Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
            if current and current[0] != seen:
                raise forms.ValidationError(
                    _(
                        "Someone else changed this claim while you were editing it. "
                        "Copy your changes, reload the page and apply them again."
                    ),
                    code="stale",
                )
        return cleaned
