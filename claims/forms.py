"""Forms of the claim page. They validate input; claims.workflow decides and changes."""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from claims.conflicts import comparable
from claims.errors import EditConflict, WorkflowError
from claims.models import Claim, ClaimantType, Note, Priority, Rating, Stance
from claims.roles import assignable_users
from claims.rulebook import EDITOR_FIELDS
from claims.validators import (
    COMMENT_MAX,
    EXCERPT_MAX,
    NOTE_BODY_MAX,
    VERDICT_SUMMARY_MAX,
    validate_sane_date,
)
from claims.widgets import QuickSelect


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class ClaimForm(forms.Form):
    """Every claim form carries the version it was rendered from (optimistic locking)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, claim: Claim, **kwargs):
        self.claim = claim
        # Labels sit above their fields; a trailing colon adds nothing there.
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("initial", {})["version"] = claim.version
        super().__init__(*args, **kwargs)

    def add_workflow_error(self, error: WorkflowError) -> None:
        field = error.field if error.field in self.fields else None
        self.add_error(field, error.message)

    def add_validation_error(self, error: ValidationError) -> None:
        """Errors from a model's full_clean, put next to the field they concern."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, errors in error.error_dict.items():
            self.add_error(field if field in self.fields else None, errors)

    def with_current_version(self) -> "ClaimForm":
        """The same input, re-aimed at the claim's current version after a stale submit.

        The user sees what changed on the page and can send their input again.
        """
        data = self.data.copy()
        data[self.add_prefix("version")] = str(self.claim.version)
        fresh = type(self)(data, claim=self.claim, **self._extra_kwargs())
        fresh.is_valid()
        return fresh

    def _extra_kwargs(self) -> dict:
        return {}

    # Fields whose non-empty input counts as unsent work worth keeping as a draft.
    draft_fields: tuple[str, ...] = ()

    def draft_values(self) -> dict | None:
        """The raw input of this form, when the user typed something, for a kept draft."""
        if not self.is_bound:
            return None
        raw = {name: self.data.get(self.add_prefix(name), "") for name in self.fields}
        if not any(str(raw[name]).strip() for name in self.draft_fields):
            return None
        raw.pop("version", None)
        return raw


class EditForm(ClaimForm):
    """A form that edits claim fields and sends the values it displayed.

    The workflow compares only the fields the user changed with the fresh row
    (claims.conflicts), so changes by others to other fields never refuse the save.
    """

    original = forms.CharField(widget=forms.HiddenInput, required=False)

    tracked: tuple[str, ...] = ()

    def __init__(self, *args, claim: Claim, **kwargs):
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("original", self._originals_of(claim))
        super().__init__(*args, claim=claim, **kwargs)
        self.conflicts: list[tuple[str, str, str]] = []

    def _originals_of(self, claim: Claim) -> str:
        return json.dumps(
            {
                name: comparable(name, getattr(claim, "rating_id" if name == "rating" else name))
                for name in self.tracked
            }
        )

    def original_values(self) -> dict | None:
        """What the user saw, per field; None when the form did not send it (old pages)."""
        try:
            values = json.loads(self.data.get(self.add_prefix("original")) or "null")
        except ValueError:
            return None
        return values if isinstance(values, dict) else None

    def changes(self) -> dict:
        """Only the fields the user changed; all of them when the originals are unknown."""
        original = self.original_values()
        values = {name: self._value(name) for name in self.tracked}
        if original is None:
            return values
        return {
            name: value
            for name, value in values.items()
            if comparable(name, value) != original.get(name)
        }

    def _value(self, name: str):
        return self.cleaned_data[name]

    def draft_values(self) -> dict | None:
        if not self.is_bound or not self.is_valid() or not self.changes():
            return None
        raw = {name: self.data.get(self.add_prefix(name), "") for name in self.fields}
        raw.pop("version", None)
        return raw

    def with_current_version(self) -> "ClaimForm":
        fresh = super().with_current_version()
        # Sending the kept input again now means "mine replaces theirs".
        data = fresh.data.copy()
        data[fresh.add_prefix("original")] = self._originals_of(self.claim)
        fresh.data = data
        fresh.full_clean()
        return fresh

    def add_conflicts(self, error: EditConflict) -> None:
        for name, values in error.extra.get("conflicts", {}).items():
            if name in self.fields:
                self.conflicts.append(
                    (name, str(self.fields[name].label), self._display(name, values["theirs"]))
                )

    def _display(self, name: str, value) -> str:
        if value is None:
            return "—"
        field = self.fields[name]
        if name == "due_at":
            moment = parse_datetime(value)
            if moment is not None:
                return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")
        choices = getattr(field, "choices", None)
        if choices is not None:
            labels = {str(key): label for key, label in choices}
            return str(labels.get(str(value), value))
        return str(value)


class SourceForm(ClaimForm):
    url = forms.URLField(label=_("Source URL"), max_length=1000, assume_scheme="https")
    title = forms.CharField(label=_("Title"), max_length=500, required=False)
    publisher = forms.CharField(label=_("Publisher"), max_length=200, required=False)
    stance = forms.ChoiceField(label=_("Stance"), choices=Stance.choices)
    excerpt = forms.CharField(
        label=_("Quoted excerpt"),
        max_length=EXCERPT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    archive_url = forms.URLField(
        label=_("Archive URL"), max_length=1000, required=False, assume_scheme="https"
    )
    accessed_at = forms.DateField(
        label=_("Accessed on"),
        required=False,
        widget=DateInput(),
        validators=[validate_sane_date],
        help_text=_("Leave empty for today."),
    )

    prefix = "source"
    draft_fields = ("url", "title", "publisher", "excerpt", "archive_url")


class NoteForm(ClaimForm):
    kind = forms.ChoiceField(label=_("Kind"), choices=Note.Kind.choices, initial=Note.Kind.NOTE)
    body = forms.CharField(
        label=_("Note"), max_length=NOTE_BODY_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )
    contacted_at = forms.DateField(
        label=_("Claimant contacted on"),
        required=False,
        widget=DateInput(),
        validators=[validate_sane_date],
        help_text=_("Right of reply only."),
    )
    replied_at = forms.DateField(
        label=_("Claimant answered on"),
        required=False,
        widget=DateInput(),
        validators=[validate_sane_date],
        help_text=_("Right of reply only."),
    )

    prefix = "note"
    draft_fields = ("body",)


class RatingChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Rating) -> str:
        return obj.label()


class VerdictForm(EditForm):
    rating = RatingChoiceField(
        label=_("Rating"),
        queryset=Rating.objects.active(),
        to_field_name="code",
        required=False,
        widget=forms.RadioSelect,
        empty_label=None,
    )
    verdict_summary = forms.CharField(
        label=_("Verdict summary"),
        max_length=VERDICT_SUMMARY_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What is right or wrong about the claim, in a few sentences for readers."),
    )

    prefix = "verdict"
    tracked = ("rating", "verdict_summary")

    def __init__(self, *args, claim: Claim, ratings: list[Rating] | None = None, **kwargs):
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("rating", claim.rating_id)
        initial.setdefault("verdict_summary", claim.verdict_summary)
        super().__init__(*args, claim=claim, **kwargs)
        self.ratings = ratings
        if ratings is not None:
            # The page already loaded the scale; reuse it instead of querying again.
            self.fields["rating"].choices = [(r.code, r.label()) for r in ratings]

    def _extra_kwargs(self) -> dict:
        return {"ratings": self.ratings}

    def _value(self, name: str):
        value = self.cleaned_data[name]
        if name == "rating":
            return value.code if value else None
        return value


class DetailsForm(EditForm):
    """Editors' fields: priority, due date, short summary, claimant, where it appeared."""

    priority = forms.TypedChoiceField(label=_("Priority"), choices=Priority.choices, coerce=int)
    due_at = forms.DateTimeField(
        label=_("Due"), required=False, widget=DateTimeInput(), validators=[validate_sane_date]
    )
    summary = forms.CharField(
        label=_("Claim reviewed (short form)"),
        max_length=75,
        required=False,
        help_text=Claim._meta.get_field("summary").help_text,
    )
    claimant = forms.CharField(label=_("Claimant"), max_length=300, required=False)
    claimant_type = forms.ChoiceField(
        label=_("Claimant is a"),
        choices=[("", _("guess from the name")), *ClaimantType.choices],
        required=False,
        help_text=_("Published as Person or Organization in the ClaimReview."),
    )
    source_url = forms.URLField(
        label=_("Where it appeared"), max_length=1000, required=False, assume_scheme="https"
    )

    prefix = "details"
    tracked = tuple(sorted(EDITOR_FIELDS))

    def __init__(self, *args, claim: Claim, **kwargs):
        initial = kwargs.setdefault("initial", {})
        for name in EDITOR_FIELDS:
            initial.setdefault(name, getattr(claim, name))
        super().__init__(*args, claim=claim, **kwargs)


class ReviewerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.get_full_name() or obj.get_username()


class ActionForm(ClaimForm):
    """One workflow action; the comment and assignee fields exist only where it needs them."""

    comment = forms.CharField(max_length=COMMENT_MAX, widget=forms.Textarea(attrs={"rows": 2}))
    assignee = ReviewerChoiceField(
        label=_("Reviewer"), queryset=assignable_users(), widget=QuickSelect
    )
    duplicate_of = forms.IntegerField(
        label=_("Duplicate of claim #"),
        min_value=1,
        help_text=_("The number of the earlier claim that says the same."),
    )

    def __init__(self, *args, claim: Claim, action, reviewers=None, **kwargs):
        self.action = action
        self.reviewers = reviewers
        kwargs.setdefault("prefix", f"action-{action.name}")
        super().__init__(*args, claim=claim, **kwargs)
        if action.comment_label:
            self.fields["comment"].label = action.comment_label
        else:
            del self.fields["comment"]
        if not action.needs_duplicate:
            del self.fields["duplicate_of"]
        if not action.needs_assignee:
            del self.fields["assignee"]
        elif reviewers is not None:
            field = self.fields["assignee"]
            field.choices = [("", "---------")] + [
                (u.pk, field.label_from_instance(u)) for u in reviewers
            ]
        if action.name == "publish":
            self._add_publish_fields(claim)
        # A caution shown beside the button (the four-eyes consequence of taking a claim).
        self.warning = ""

    def _add_publish_fields(self, claim: Claim) -> None:
        """Publishing from the page: the claim-reviewed short form and a confirmation."""
        self.fields["summary"] = forms.CharField(
            label=_("Claim reviewed, as published"),
            max_length=75,
            initial=claim.summary,
            help_text=_(
                "Required before publishing: at most 75 characters, written by hand; "
                "search engines show it as the claim reviewed."
            ),
            error_messages={
                "required": _("Write the claim-reviewed short form (at most 75 characters).")
            },
        )
        self.fields["confirm"] = forms.BooleanField(
            label=_("I checked the preview and the ClaimReview above; publish it."),
            error_messages={"required": _("Confirm that you checked the preview.")},
        )

    def _extra_kwargs(self) -> dict:
        return {"action": self.action, "reviewers": self.reviewers}
