"""Forms for the admin's workflow actions (single claim and bulk)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from claims import rulebook
from claims.errors import NotPermitted
from claims.models import Claim, ClaimSource, Priority, Source
from claims.roles import assignable_users
from claims.workflow import Action


class VersionsField(forms.CharField):
    """The versions of the claims the editor saw on the page: "id:version,id:version".

    Every admin action carries them, so a claim someone changed meanwhile is refused
    (like a stale If-Match in the API) instead of acted on unseen.
    """

    widget = forms.HiddenInput

    def to_python(self, value) -> dict[int, int]:
        value = super().to_python(value)
        versions: dict[int, int] = {}
        for part in filter(None, value.split(",")):
            pk, _sep, version = part.partition(":")
            if not (pk.isdigit() and version.isdigit() and len(pk) < 19 and len(version) < 10):
                raise forms.ValidationError(
                    _("The page was incomplete; reload it and try again."), code="versions"
                )
            versions[int(pk)] = int(version)
        return versions

    @staticmethod
    def encode(claims) -> str:
        return ",".join(f"{claim.pk}:{claim.version}" for claim in claims)


class SeenVersionsForm(forms.Form):
    versions = VersionsField(
        error_messages={"required": _("The page was incomplete; reload it and try again.")}
    )


class ActionInputForm(SeenVersionsForm):
    """What an action needs: a comment, an assignee, or only a confirmation; always the
    versions of the claims as shown."""

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


class PriorityForm(SeenVersionsForm):
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

    # The admin sets the requesting user on the form class (ClaimAdmin.get_form).
    user = None

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
        self._check_rulebook()
        return cleaned

    def _check_rulebook(self) -> None:
        """Refuse here what the workflow would refuse, so the admin never reports success
        beside an error."""
        if self.user is None:
            return
        changed = [name for name in self.changed_data if name in rulebook.EDITABLE_FIELDS]
        if self.instance.pk is None:
            try:
                rulebook.check(self.user, "claims.create_claim")
                rulebook.check_create_fields(
                    self.user, {name: self.cleaned_data.get(name) for name in changed}
                )
            except NotPermitted as error:
                raise forms.ValidationError(error.message, code=error.code) from None
            return
        fresh = Claim.objects.filter(pk=self.instance.pk).first()
        if fresh is None:
            return
        refused = sorted(set(changed) - rulebook.editable_fields(self.user, fresh))
        if refused:
            error = rulebook.refusal(rulebook.field_permission(refused[0]), self.user, fresh)
            raise forms.ValidationError(
                _("%(reason)s (%(fields)s)")
                % {"reason": error.message, "fields": ", ".join(refused)},
                code=error.code,
            )


class LedgerFormSet(forms.BaseInlineFormSet):
    """New evidence lines and notes are checked against the rulebook before anything is
    saved; existing ones are read-only. The admin sets `user` on the class."""

    user = None
    permission = ""

    def clean(self) -> None:
        super().clean()
        new = [
            form
            for form in self.extra_forms
            if form.has_changed() and not self._should_delete_form(form)
        ]
        if not new or self.user is None or self.instance.pk is None:
            return
        claim = Claim.objects.filter(pk=self.instance.pk).first()
        if claim is not None and not rulebook.can(self.user, self.permission, claim):
            raise forms.ValidationError(
                rulebook.refusal(self.permission, self.user, claim).message, code="not_permitted"
            )
        if self.model is ClaimSource:
            cited = set(claim.evidence.values_list("source_id", flat=True)) if claim else set()
            for form in new:
                source = form.cleaned_data.get("source")
                if source is not None and source.pk in cited:
                    form.add_error(
                        "source", _("This source is already in the claim's evidence ledger.")
                    )
                elif source is not None:
                    cited.add(source.pk)


class SourceAdminForm(forms.ModelForm):
    """A source's details; refused in clean() once a published fact-check cites it."""

    user = None

    class Meta:
        model = Source
        fields = ["url", "title", "publisher", "published_on", "archive_url"]

    def clean(self):
        cleaned = super().clean()
        refused = (
            self.instance.pk
            and self.user is not None
            and self.changed_data
            and not rulebook.can(self.user, "claims.change_source", self.instance)
        )
        if refused:
            raise forms.ValidationError(
                rulebook.refusal("claims.change_source", self.user, self.instance).message,
                code="cited_by_published",
            )
        return cleaned
