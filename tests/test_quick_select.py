"""QuickSelect writes the same <select> as Django's template-rendered one, only faster."""

import re

import pytest
from django import forms
from django.utils.translation import gettext_lazy

from claims.widgets import QuickSelect

CHOICES = [
    ("", "anyone"),
    ("me", "me"),
    ("o'neil", "O'Neil & <Söhne>"),
    (7, "seven"),
    ("Group", [("a", "Alpha"), ("b", 'B "quoted"')]),
    # The same value twice: Django selects only the first.
    ("me", "me again"),
    ("lazy", gettext_lazy("nobody")),
]


def _normal(html: str) -> str:
    # Django's templates put newlines and indentation between the tags.
    return re.sub(r">\s+<", "><", str(html)).strip()


@pytest.mark.parametrize("value", [None, "", "me", "o'neil", 7, "b", "not a choice"])
@pytest.mark.parametrize("attrs", [None, {"id": "id_who", "required": True, "class": "x"}])
def test_same_markup_as_djangos_select(value, attrs):
    ours = QuickSelect(choices=CHOICES).render("who", value, attrs=attrs)
    django = forms.Select(choices=CHOICES).render("who", value, attrs=attrs)
    assert _normal(ours) == _normal(django)
    assert "&lt;Söhne&gt;" in ours  # labels escaped


@pytest.mark.django_db
def test_the_queue_filter_and_the_assign_form_use_it():
    from claims.filters import QueueFilter
    from claims.forms import ActionForm

    form = QueueFilter(data={}, queryset=None).form
    assert isinstance(form.fields["assignee"].widget, QuickSelect)
    assert isinstance(ActionForm.base_fields["assignee"].widget, QuickSelect)
