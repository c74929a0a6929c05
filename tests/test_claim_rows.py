"""Rows written in Python (`claims.rows`) say what their templates said.

`tests/reference/` keeps the templates the queue's claim rows and the dashboard's workload
rows used to be rendered with; the sentence forms are compared with
`make_claim_form.html`, which still renders a form shown again with its errors. Each
writer must give the same markup for every kind of row, in English and German, with
every value escaped.
"""

import itertools
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.template import engines
from django.utils import timezone, translation

from claims.models import Article, Claim, Priority, Rating, Status
from claims.rows import claim_rows

REFERENCE = engines["django"].from_string(
    (Path(__file__).parent / "reference" / "claim_rows.html").read_text()
)

# Whatever a person could type into a claim, a claimant, a title or a username.
HOSTILE = "<script>alert('x')</script> & \"quoted\""
LONG_TITLE = "Ein Artikel über Wärmepumpen, Förderung & Co. – mit einem Titel, der lang ist"


def _normal(html: str) -> str:
    # The template put newlines and indentation between tags; both sides are compared
    # with each such run as one newline (spaces within a line stay significant).
    return re.sub(r"\s*\n\s*", "\n", str(html)).strip()


def _reference(claims, empty_text: str) -> str:
    return REFERENCE.render({"claims": claims, "empty_text": empty_text})


def _varied_claims() -> list[Claim]:
    """Unsaved claims covering each branch of a row, in many combinations."""
    now = timezone.now()
    user = get_user_model()
    articles = [
        None,
        Article(pk=11, title="Short title"),
        Article(pk=12, title=LONG_TITLE + HOSTILE),
    ]
    ratings = [
        None,
        Rating(code="false", label_en="False & misleading", label_de="Falsch & irreführend"),
    ]
    assignees = [None, user(pk=5, username="ana"), user(pk=6, username="o'neil<b>")]
    dues = [None, now - timedelta(days=2, hours=3), now + timedelta(days=4, minutes=30)]
    since = [
        now - timedelta(minutes=7, seconds=20),
        now - timedelta(days=3, hours=5, minutes=30),
        now - timedelta(days=400),
    ]
    claims = []
    combinations = itertools.product(Status.values, Priority.values, articles, assignees, dues)
    for number, (status, priority, article, assignee, due) in enumerate(combinations):
        claim = Claim(
            pk=1000 + number,
            text=[f"Claim {number}: {HOSTILE}", "Plain claim text", "Zahlen: 4.000 Stellen"][
                number % 3
            ],
            claimant=["", "Minister Müller", HOSTILE][number % 3 - 1],
            status=status,
            priority=priority,
            article=article,
            rating=ratings[number % 2],
            assignee=assignee,
            due_at=due,
            status_changed_at=since[number % 3],
        )
        if number % 4:
            claim.sent_back = number % 4 == 1
        claims.append(claim)
    return claims


@pytest.mark.parametrize("language", ["en", "de"])
def test_rows_are_the_templates_rows_for_every_kind_of_claim(language):
    claims = _varied_claims()
    with translation.override(language):
        ours = claim_rows(claims, "No claims match.")
        reference = _reference(claims, "No claims match.")
    assert _normal(ours) == _normal(reference)
    assert ours.count('<li class="claim-row') == len(claims)


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_row_alone_is_the_templates_row(language):
    with translation.override(language):
        for claim in _varied_claims()[::7]:
            assert _normal(claim_rows([claim], "")) == _normal(_reference([claim], ""))


def test_an_empty_list_shows_the_empty_text_escaped():
    ours = claim_rows([], "Nothing & <nobody>")
    assert _normal(ours) == _normal(_reference([], "Nothing & <nobody>"))
    assert "Nothing &amp; &lt;nobody&gt;" in ours


def test_nothing_typed_by_a_person_becomes_markup():
    html = claim_rows(_varied_claims(), "")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "o&#x27;neil&lt;b&gt;" in html


def test_german_rows_use_the_german_catalogue():
    claim = Claim(pk=1, text="Text", status=Status.QUEUED, status_changed_at=timezone.now())
    with translation.override("de"):
        german = claim_rows([claim], "")
    english = claim_rows([claim], "")
    assert german != english
    with translation.override("de"):
        assert str(Status.QUEUED.label) in german


@pytest.mark.django_db
def test_the_queue_page_writes_its_rows_with_it(client, reviewer, editor):
    from claims import workflow

    claim = workflow.perform(
        workflow.create_claim(editor, text="A claim in the queue", language="de"), "accept", editor
    )
    client.force_login(reviewer)
    response = client.get("/queue/")
    html = response.content.decode()
    rows = claim_rows(response.context["page"].object_list, "No claims match.")
    assert _normal(rows) in _normal(html)
    assert f'href="/claims/{claim.pk}/"' in html


# The sentence forms of the article and triage pages.

MAKE_FORM = engines["django"].get_template("claims/includes/make_claim_form.html")
MAKE_FORM_TAG = engines["django"].from_string(
    "{% load claims_extras %}{% for row in rows %}{% make_claim_form row back %}\n{% endfor %}"
)


def _sentence_rows():
    from claims.triage import SentenceRow

    texts = ["Die Arbeitslosigkeit stieg um 4 %.", HOSTILE, "Plain {index} <index> sentence"]
    return [
        SentenceRow(
            index=number,
            text=text,
            start=number * 100,
            end=number * 100 + len(text),
            score=0.5,
            reasons=[],
            claimant=claimant,
            candidate=bool(number % 2),
        )
        for number, (text, claimant) in enumerate(
            itertools.product(texts, ["", "Ministerin Schulz", HOSTILE])
        )
    ]


def _make_form_context(is_editor: bool, back: str, csrf_token) -> dict:
    from django.utils.html import format_html_join

    from claims.models import Priority

    people = [(5, "Ana Lima"), (6, "o'neil<b>"), (7, "{index}")]
    return {
        "article": Article(pk=42, language="de", title="Artikel"),
        "rows": _sentence_rows(),
        "back": back,
        "is_editor": is_editor,
        "priorities": Priority.choices,
        "reviewer_options": format_html_join("", '<option value="{}">{}</option>', people),
        "csrf_token": csrf_token,
    }


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("is_editor", [True, False])
@pytest.mark.parametrize("back", ["article", "triage"])
@pytest.mark.parametrize("csrf_token", ["t0k3n", None])
def test_sentence_forms_are_the_templates_forms(language, is_editor, back, csrf_token):
    context = _make_form_context(is_editor, back, csrf_token)
    with translation.override(language):
        ours = MAKE_FORM_TAG.render(context)
        reference = "".join(MAKE_FORM.render({**context, "row": row}) for row in context["rows"])
    assert _normal(ours) == _normal(reference)
    assert ours.count("<details") == len(context["rows"])


def test_sentence_forms_escape_the_sentence_and_the_people():
    html = MAKE_FORM_TAG.render(_make_form_context(True, "article", "t0k3n"))
    assert "<script>" not in html
    assert "o&#x27;neil&lt;b&gt;" in html
    # Each sentence's fields carry its own number, names that look like one do not.
    assert 'id="make-priority-4"' in html
    assert ">{index}</option>" in html


@pytest.mark.parametrize("language", ["en", "de"])
def test_status_and_priority_labels_are_djangos(language):
    status, priority = Claim._meta.get_field("status"), Claim._meta.get_field("priority")
    with translation.override(language):
        for value in [*Status.values, "no such status"]:
            claim = Claim(status=value)
            assert claim.get_status_display() == claim._get_FIELD_display(status)
        for value in [*Priority.values, 99]:
            claim = Claim(priority=value)
            assert claim.get_priority_display() == claim._get_FIELD_display(priority)


# The dashboard's workload table.

WORKLOAD = engines["django"].from_string(
    (Path(__file__).parent / "reference" / "workload_rows.html").read_text()
)
WORKLOAD_TAG = engines["django"].from_string("{% load claims_extras %}{% workload_rows workload %}")


def _people():
    user = get_user_model()
    people = []
    for number, (first, last, open_claims, overdue) in enumerate(
        [
            ("", "", 0, 0),
            ("Ana", "Lima", 3, 1),
            ("<b>Bo</b>", "& Co", 1234, 0),
            ("", "", 12, 12),
        ]
    ):
        person = user(pk=number + 1, username=f"user-{number}<i>", first_name=first, last_name=last)
        person.open_claims, person.overdue_claims = open_claims, overdue
        people.append(person)
    return people


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("empty", [False, True])
def test_workload_rows_are_the_templates_rows(language, empty):
    people = [] if empty else _people()
    with translation.override(language):
        ours = WORKLOAD_TAG.render({"workload": people})
        reference = WORKLOAD.render({"workload": people})
    assert _normal(ours) == _normal(reference)
    assert "<b>" not in ours and "<i>" not in ours
