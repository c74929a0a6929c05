"""Repeated parts of pages written in Python rather than through the template engine.

The queue shows up to a hundred claim rows, an article page about a hundred sentence
forms, the dashboard a row per reviewer; through templates each row cost a dozen or more
tag and filter evaluations (a URL reversed, labels looked up through the model's
choices, a translation looked up per tag), which was most of those pages' time. Here
labels and translations are looked up once per list, and every value from the database
goes through Django's escaping. The markup is what the templates wrote, whitespace
between tags aside; `tests/test_claim_rows.py` holds each writer to its template.
"""

from collections.abc import Iterable

from django.template.defaultfilters import timesince_filter, truncatechars
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.formats import get_format, localize
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

from claims.models import Claim, Priority, Status

# Reversed once per list with this id, then the id is put in its place: a claim URL
# differs from another only in the id.
_PLACEHOLDER_ID = 987654321


def _claim_url():
    """A function from a claim id to its page's URL (escaped, as the `url` tag writes it)."""
    pattern = str(reverse("claim-detail", args=[_PLACEHOLDER_ID]))
    head, found, tail = pattern.partition(str(_PLACEHOLDER_ID))
    if not found or str(_PLACEHOLDER_ID) in tail:
        return lambda pk: conditional_escape(reverse("claim-detail", args=[pk]))
    head, tail = conditional_escape(head), conditional_escape(tail)
    return lambda pk: f"{head}{pk}{tail}"


def _translated(text: str) -> SafeString:
    # Catalogue texts are written into the page as they are, as the template tags do.
    return mark_safe(gettext(text))  # noqa: S308


def claim_rows(claims: Iterable[Claim], empty_text: str) -> SafeString:
    """The `<ul class="claim-list">` of the queue: one row per claim, or `empty_text`.

    Expects the claims with `article`, `rating` and `assignee` selected (`with_related()`)
    and, optionally, the `sent_back` flag of `claims.views.queue.mark_sent_back`.
    """
    claim_url = _claim_url()
    statuses = {value: str(label) for value, label in Status.choices}
    priorities = {value: str(label) for value, label in Priority.choices}
    sent_back = format_html('<span class="badge sent-back">{}</span>', _translated("sent back"))
    by = _translated("by")
    overdue_flag = format_html('<strong class="overdue-flag">{}</strong> ', _translated("Overdue"))
    due = _translated("due")
    with_name = gettext("with %(name)s")
    in_status = gettext("%(since)s in this status")
    now = timezone.now()
    short_datetime = get_format("SHORT_DATETIME_FORMAT")
    articles: dict[int, SafeString] = {}
    ratings: dict[str, SafeString] = {}
    rows = []
    for claim in claims:
        overdue = claim.is_overdue
        meta = [
            format_html(
                '<span class="badge status-{}">{}</span>',
                claim.status,
                statuses.get(claim.status, claim.status),
            )
        ]
        if getattr(claim, "sent_back", False):
            meta.append(sent_back)
        meta.append(
            format_html(
                '<span class="badge priority-{}">{}</span>',
                claim.priority,
                priorities.get(claim.priority, claim.priority),
            )
        )
        if claim.claimant:
            meta.append(format_html("<span>{} {}</span>", by, claim.claimant))
        if claim.article:
            if claim.article_id not in articles:
                articles[claim.article_id] = format_html(
                    '<span>· <a href="{}">{}</a></span>',
                    reverse("article-detail", args=[claim.article_id]),
                    truncatechars(claim.article.title, 60),
                )
            meta.append(articles[claim.article_id])
        if claim.rating:
            if claim.rating_id not in ratings:
                ratings[claim.rating_id] = format_html("<span>· {}</span>", claim.rating.label())
            meta.append(ratings[claim.rating_id])
        if claim.assignee:
            name = with_name % {"name": conditional_escape(claim.assignee.get_username())}
            meta.append(format_html("<span>· {}</span>", mark_safe(name)))  # noqa: S308
        times = []
        if claim.due_at:
            local_due = template_localtime(claim.due_at)
            times.append(
                format_html(
                    '<span class="due">{}{} <time datetime="{}">{}</time></span>',
                    overdue_flag if overdue else "",
                    due,
                    # What the `date` filter writes for "c" and for the short format.
                    local_due.isoformat(),
                    dateformat.format(local_due, short_datetime),
                )
            )
        since = in_status % {
            "since": conditional_escape(timesince_filter(claim.status_changed_at, now))
        }
        times.append(format_html('<span class="since">{}</span>', mark_safe(since)))  # noqa: S308
        rows.append(
            format_html(
                '<li class="claim-row{}">\n<div class="claim-row-main">\n'
                '<a class="claim-link clamp" href="{}" title="{}">{}</a>\n'
                '<div class="meta">\n{}\n</div>\n</div>\n'
                '<div class="claim-row-times">\n{}\n</div>\n</li>',
                " overdue" if overdue else "",
                mark_safe(claim_url(claim.pk)),  # noqa: S308
                claim.text,
                claim.text,
                mark_safe("\n".join(meta)),  # noqa: S308
                mark_safe("\n".join(times)),  # noqa: S308
            )
        )
    if not rows:
        rows.append(format_html('<li class="empty">{}</li>', empty_text))
    return mark_safe('<ul class="claim-list">\n' + "\n".join(rows) + "\n</ul>")  # noqa: S308


def workload_rows(people: Iterable) -> SafeString:
    """The dashboard's `<tr>` per person: name, open claims, overdue ones (emphasised).

    `people` are users with `open_claims` and `overdue_claims` set
    (`claims.dashboard.workload`); every reviewer is listed, a few hundred on a big desk.
    """
    rows = [
        format_html(
            '<tr><td>{}</td><td class="num">{}</td><td class="num">{}</td></tr>',
            person.get_full_name() or person.get_username(),
            localize(person.open_claims),
            format_html('<strong class="overdue-flag">{}</strong>', localize(person.overdue_claims))
            if person.overdue_claims
            else "0",
        )
        for person in people
    ]
    if not rows:
        rows.append(
            format_html('<tr><td colspan="3">{}</td></tr>', _translated("No reviewers yet."))
        )
    return mark_safe("\n".join(rows))  # noqa: S308


class MakeClaimForms:
    """The "make this a claim" form of each sentence of an article, before any input.

    The article page and the triage page show one per sentence, about a hundred, which
    differ only in the sentence; what they share (labels, the priority options, the
    people to assign, the token) is written once here. A form shown again with the
    user's input and its errors still goes through `make_claim_form.html`, which this
    writes the same markup as for a form nobody has filled in (`tests/test_claim_rows.py`).
    """

    def __init__(
        self,
        *,
        article,
        back: str,
        csrf_token,
        is_editor: bool,
        priorities,
        reviewer_options: str,
    ) -> None:
        self.action = reverse("article-make-claim", args=[article.pk])
        self.back = back
        self.language = article.language
        self.make = _translated("Make this a claim")
        self.text_label = _translated("Claim text")
        self.help = _translated(
            "Shorten it to the part that is the claim; it must be text of this sentence."
        )
        self.claimant_label = _translated("Claimant")
        # As the csrf_token tag writes it.
        if csrf_token and csrf_token != "NOTPROVIDED":
            self.token = format_html(
                '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', csrf_token
            )
        else:
            self.token = ""
        self.editor_fields = self._editor_fields(priorities, reviewer_options) if is_editor else ""

    def _editor_fields(self, priorities, reviewer_options: str) -> str:
        """Priority and assignee, with `<index>` where the sentence's number goes.

        Escaping turns every `<` of a label or a name into `&lt;`, so the only `<index>`
        left in the markup are the ones written here.
        """
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (value, " selected" if value == Priority.NORMAL else "", label)
                for value, label in priorities
            ),
        )
        return format_html(
            '<div class="field">\n<label for="make-priority-<index>">{}</label>\n'
            '<select id="make-priority-<index>" name="priority">\n{}\n</select>\n</div>\n'
            '<div class="field">\n<label for="make-assignee-<index>">{}</label>\n'
            '<select id="make-assignee-<index>" name="assignee">\n'
            '<option value="">{}</option>\n{}\n</select>\n</div>\n',
            _translated("Priority"),
            options,
            _translated("Assign to"),
            _translated("nobody yet"),
            reviewer_options,
        )

    def render(self, row) -> SafeString:
        """The form of `row` (a `claims.triage.SentenceRow`) with the sentence as its text."""
        return format_html(
            '<details class="make-claim">\n<summary>{make}</summary>\n'
            '<form method="post" action="{action}" class="make-claim-form">\n{token}\n'
            '<input type="hidden" name="start" value="{start}">\n'
            '<input type="hidden" name="end" value="{end}">\n'
            '<input type="hidden" name="back" value="{back}">\n'
            '<div class="field">\n<label for="make-text-{index}">{text_label}</label>\n'
            '<textarea id="make-text-{index}" name="text" rows="2" lang="{language}" '
            'aria-describedby="make-help-{index}">{text}</textarea>\n'
            '<p class="help" id="make-help-{index}">{help}</p>\n</div>\n'
            '<div class="field">\n<label for="make-claimant-{index}">{claimant_label}</label>\n'
            '<input id="make-claimant-{index}" name="claimant" maxlength="300" '
            'value="{claimant}">\n</div>\n{editor_fields}'
            '<button type="submit" class="button">{make}</button>\n</form>\n</details>',
            make=self.make,
            action=self.action,
            token=self.token,
            start=row.start,
            end=row.end,
            back=self.back,
            index=row.index,
            text_label=self.text_label,
            language=self.language,
            text=row.text,
            help=self.help,
            claimant_label=self.claimant_label,
            claimant=row.claimant,
            editor_fields=mark_safe(  # noqa: S308
                self.editor_fields.replace("<index>", str(conditional_escape(row.index)))
            ),
        )
