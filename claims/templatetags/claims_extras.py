"""Template helpers of the pages: labels, status colours, safe highlighting, JSON-LD."""

import json
from dataclasses import dataclass
from datetime import timedelta

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.timesince import timesince
from django.utils.translation import gettext

from claims import rows
from claims.models import Status

register = template.Library()


@register.filter
def status_label(value: str) -> str:
    try:
        return str(Status(value).label)
    except ValueError:
        return value


@register.filter
def event_label(event) -> str:
    """What a history row did, in words."""
    from claims.workflow import ACTIONS

    if event.action in ACTIONS:
        return str(ACTIONS[event.action].label)
    return {"create": gettext("Created"), "edit": gettext("Edited")}.get(event.action, event.action)


@dataclass(frozen=True)
class Segment:
    text: str
    claim: object | None = None


def highlight_segments(body: str, claims) -> list[Segment]:
    """Split an article's text into plain pieces and claim spans.

    The template prints every piece with autoescaping on, so the article's text can
    never become markup. Overlapping spans keep the earlier one.
    """
    spans = sorted(
        (c for c in claims if c.start is not None and c.end is not None and not c.anchor_lost),
        key=lambda c: (c.start, c.end),
    )
    segments: list[Segment] = []
    position = 0
    for claim in spans:
        if claim.start < position or claim.end > len(body):
            continue
        if claim.start > position:
            segments.append(Segment(body[position : claim.start]))
        segments.append(Segment(body[claim.start : claim.end], claim))
        position = claim.end
    if position < len(body):
        segments.append(Segment(body[position:]))
    return segments


# The characters that could end a <script> element or open a comment in HTML.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(value: dict) -> SafeString:
    """JSON for a <script type="application/ld+json"> element, safe against breaking out."""
    text = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    # Safe: every character HTML gives meaning to inside <script> is escaped above.
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308


@register.filter
def duration_text(value: timedelta | None) -> str:
    """A duration in words ("2 days, 3 hours"), in the current language."""
    if value is None:
        return ""
    now = timezone.now()
    return timesince(now - value, now)


@register.filter
def percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


@register.simple_tag
def claim_rows(claims, empty_text: str) -> SafeString:
    """The list of claims with status, people and times (`claims.rows`)."""
    return rows.claim_rows(claims, empty_text)


@register.simple_tag(takes_context=True)
def make_claim_form(context, row, back: str) -> SafeString:
    """A sentence's "make this a claim" form before any input (`claims.rows.MakeClaimForms`).

    What the forms share is prepared once per page render.
    """
    key = ("make_claim_forms", back)
    forms = context.render_context.get(key)
    if forms is None:
        forms = context.render_context[key] = rows.MakeClaimForms(
            article=context["article"],
            back=back,
            csrf_token=context.get("csrf_token"),
            is_editor=bool(context.get("is_editor")),
            priorities=context.get("priorities", ()),
            reviewer_options=context.get("reviewer_options", ""),
        )
    return forms.render(row)


@register.simple_tag
def workload_rows(people) -> SafeString:
    """The dashboard's rows of open and overdue claims per person (`claims.rows`)."""
    return rows.workload_rows(people)
