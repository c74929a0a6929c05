"""Which notifications a person wants, per kind, in the app and by e-mail."""

from django import forms
from django.db import transaction

from claims.models import NotificationKind, NotificationPreference

CHANNELS = ("in_app", "email")


class PreferencesForm(forms.Form):
    """Two checkboxes per kind; a kind with both on is stored as no row at all."""

    def __init__(self, *args, user, **kwargs):
        self.user = user
        stored = {p.kind: p for p in NotificationPreference.objects.filter(user=user)}
        super().__init__(*args, **kwargs)
        self.rows = []
        for kind in NotificationKind:
            preference = stored.get(kind.value)
            row = []
            for channel in CHANNELS:
                name = f"{kind.value}__{channel}"
                self.fields[name] = forms.BooleanField(
                    label=NotificationPreference._meta.get_field(channel).verbose_name,
                    required=False,
                    initial=getattr(preference, channel) if preference else True,
                )
                row.append(self[name])
            self.rows.append((kind.label, row))

    def save(self) -> None:
        with transaction.atomic():
            NotificationPreference.objects.filter(user=self.user).delete()
            NotificationPreference.objects.bulk_create(
                [
                    NotificationPreference(
                        user=self.user,
                        kind=kind.value,
                        in_app=self.cleaned_data[f"{kind.value}__in_app"],
                        email=self.cleaned_data[f"{kind.value}__email"],
                    )
                    for kind in NotificationKind
                    if not all(self.cleaned_data[f"{kind.value}__{c}"] for c in CHANNELS)
                ]
            )
