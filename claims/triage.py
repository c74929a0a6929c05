"""Triage of an imported article: every sentence with its score, and what the desk made of it.

The sentences are recomputed from the stored body with the same extraction the import
used (`claims.importing.analyse`), so the page shows what the detector saw. Every change
goes through claims.workflow: a sentence (or a part of it) becomes a claim with
`create_claim`, decisions are `perform("accept" | "reject" | "assign")`, claimant and
priority are `edit`.
"""

import hashlib
from dataclasses import dataclass, field

from django import forms
from django.core.cache import cache
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from claims import workflow
from claims.errors import MissingInput, WorkflowError
from claims.extraction.model import active_model
from claims.importing import analyse, reason_labels
from claims.models import Article, Claim, Priority, Status
from claims.roles import assignable_users
from claims.validators import is_storable_claim_text

# How long an article's split and scored sentences are kept for its pages.
SENTENCES_CACHE_SECONDS = 24 * 3600


@dataclass
class SentenceRow:
    """One sentence of the article and the claims whose span starts inside it."""

    index: int
    text: str
    start: int
    end: int
    score: float
    reasons: list[tuple[str, str]]
    claimant: str
    candidate: bool
    claims: list[Claim] = field(default_factory=list)
    # The refused "make this a claim" form of this sentence, shown again with its input.
    make_form: object = None

    @property
    def key(self) -> str:
        return f"{self.start}-{self.end}"

    @property
    def pre_ticked(self) -> bool:
        """Candidates nobody decided on yet start ticked."""
        return self.candidate and (
            not self.claims or any(c.status == Status.NEW for c in self.claims)
        )

    @property
    def whole(self) -> Claim | None:
        """The claim that is exactly this sentence, if there is one."""
        return next((c for c in self.claims if (c.start, c.end) == (self.start, self.end)), None)


def _extraction(article: Article):
    """The import's extraction of the stored body, or None if the body cannot be read.

    Splitting and scoring a long article takes a good part of a second; the result depends
    only on the body (its content hash), title, language and the scorer's weights, so it is
    kept in the cache under exactly those and the article's pages reuse it.
    """
    title = hashlib.sha256(article.title.encode()).hexdigest()[:16]
    key = (
        f"article-sentences:{article.content_hash}:{article.language}:{title}:"
        f"{active_model().fingerprint}"
    )
    extraction = cache.get(key)
    if extraction is None:
        try:
            extraction = analyse(article.body, title=article.title, language=article.language)[2]
        except MissingInput:
            return None
        cache.set(key, extraction, SENTENCES_CACHE_SECONDS)
    return extraction


def sentence_rows(article: Article, claims: list[Claim]) -> tuple[list[SentenceRow], list[Claim]]:
    """The article's sentences with their claims, and the claims no sentence holds.

    `claims` are the article's claims; no query is made per sentence.
    """
    extraction = _extraction(article)
    if extraction is None:
        return [], list(claims)
    candidates = {(c.start, c.end) for c in extraction.candidates}
    rows = [
        SentenceRow(
            index=i,
            text=s.text,
            start=s.start,
            end=s.end,
            score=s.checkworthiness,
            reasons=list(zip(s.reasons, reason_labels(list(s.reasons)), strict=True)),
            claimant=s.claimant or "",
            candidate=(s.start, s.end) in candidates,
        )
        for i, s in enumerate(extraction.sentences)
    ]
    unplaced = []
    for claim in sorted(claims, key=lambda c: (c.start is None, c.start or 0, c.pk)):
        row = _row_holding(rows, claim)
        if row is None:
            unplaced.append(claim)
        else:
            row.claims.append(claim)
    return rows, unplaced


def _row_holding(rows: list[SentenceRow], claim: Claim) -> SentenceRow | None:
    if claim.start is None or claim.anchor_lost:
        return None
    # Sentences are sorted by start: the last one starting at or before the claim holds it.
    low, high = 0, len(rows)
    while low < high:
        middle = (low + high) // 2
        if rows[middle].start <= claim.start:
            low = middle + 1
        else:
            high = middle
    row = rows[low - 1] if low else None
    return row if row is not None and claim.start < row.end else None


def sentence_scores(article: Article, start: int, end: int) -> tuple[float | None, list[str]]:
    """The detector's score and reasons for the sentence at exactly this span, if any."""
    extraction = _extraction(article)
    if extraction is None:
        return None, []
    for sentence in extraction.sentences:
        if (sentence.start, sentence.end) == (start, end):
            return sentence.checkworthiness, list(sentence.reasons)
    return None, []


class MakeClaimForm(forms.Form):
    """A sentence, or the part of it the user kept, becomes a claim (no JavaScript needed).

    `start` and `end` are the sentence's span; the text may be shortened to any part of it.
    """

    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    text = forms.CharField(
        label=_("Claim text"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Shorten it to the part that is the claim; it must be text of this sentence."),
    )
    claimant = forms.CharField(label=_("Claimant"), max_length=300, required=False)
    priority = forms.TypedChoiceField(
        label=_("Priority"), choices=Priority.choices, coerce=int, initial=Priority.NORMAL
    )
    assignee = forms.ModelChoiceField(
        label=_("Assign to"), queryset=assignable_users(), required=False
    )

    def __init__(self, *args, article: Article, editor: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        if not editor:
            # Priority and assignment are editors' decisions; reviewers propose claims.
            del self.fields["priority"]
            del self.fields["assignee"]
            # Who made the claim is an editor's field too (claims.rulebook).
            del self.fields["claimant"]

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        body = self.article.body
        start, end = cleaned["start"], cleaned["end"]
        if not start < end <= len(body):
            raise forms.ValidationError(
                _("This sentence is not in the article any more; reload the page."), code="span"
            )
        text = cleaned["text"].replace("\r\n", "\n").strip()
        if not is_storable_claim_text(text):
            self.add_error("text", _("Keep at least a word of the sentence."))
            return cleaned
        taken = set(self.article.claims.values_list("start", "end"))
        position = body.find(text, start, end)
        while position != -1 and (position, position + len(text)) in taken:
            position = body.find(text, position + 1, end)
        if position == -1:
            message = (
                _("This part of the sentence is already a claim.")
                if body.find(text, start, end) != -1
                else _("The claim text must be a part of the sentence, word for word.")
            )
            self.add_error("text", message)
            return cleaned
        cleaned.update(text=text, span=(position, position + len(text)))
        return cleaned


def make_claim(article: Article, by, data: dict) -> Claim:
    """Store the chosen text as a claim; with an assignee it is accepted and assigned too.

    One transaction: if accepting or assigning is refused, no claim is left behind.
    """
    start, end = data["span"]
    score, reasons = sentence_scores(article, data["start"], data["end"])
    fields = {"claimant": data.get("claimant", "").strip()}
    if "priority" in data:
        fields["priority"] = data["priority"]
    if (start, end) == (data["start"], data["end"]) and score is not None:
        fields.update(checkworthiness=score, reasons=reasons)
    with transaction.atomic():
        claim = workflow.create_claim(
            by, text=data["text"], article=article, start=start, end=end, **fields
        )
        if data.get("assignee"):
            workflow.perform(claim, "accept", by)
            workflow.perform(claim, "assign", by, assignee=data["assignee"])
    return claim


class TriageEditForm(forms.Form):
    """Claimant, priority and assignee of a claim in the article, changed from the triage page."""

    claim = forms.IntegerField(widget=forms.HiddenInput)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    claimant = forms.CharField(label=_("Claimant"), max_length=300, required=False)
    priority = forms.TypedChoiceField(label=_("Priority"), choices=Priority.choices, coerce=int)
    assignee = forms.ModelChoiceField(
        label=_("Assign to"), queryset=assignable_users(), required=False
    )


def update_claim(claim: Claim, by, data: dict) -> Claim:
    """Edit what changed; assigning a new claim accepts it first. All or nothing."""
    changes = {
        name: data[name] for name in ("claimant", "priority") if data[name] != getattr(claim, name)
    }
    with transaction.atomic():
        if changes:
            workflow.edit(claim, by, changes, expected_version=data["version"])
        assignee = data.get("assignee")
        if assignee is not None and assignee.pk != claim.assignee_id:
            if claim.status == Status.NEW:
                workflow.perform(claim, "accept", by)
            workflow.perform(claim, "assign", by, assignee=assignee)
    return claim


def decide(claims: list[Claim], by, action: str, *, reason: str = "") -> int:
    """Accept or reject several claims at once; one refusal undoes them all."""
    done = 0
    with transaction.atomic():
        for claim in claims:
            try:
                workflow.perform(claim, action, by, comment=reason)
            except WorkflowError as error:
                error.message = f"#{claim.pk}: {error.message}"
                raise
            done += 1
    return done


def accept_sentences(article: Article, by, rows: list[SentenceRow]) -> int:
    """Each ticked sentence goes into the queue: its new claim is accepted, or one is made."""
    done = 0
    with transaction.atomic():
        for row in rows:
            claim = row.whole
            if claim is None and not row.claims:
                claim = workflow.create_claim(
                    by,
                    text=row.text,
                    article=article,
                    start=row.start,
                    end=row.end,
                    claimant=row.claimant,
                    checkworthiness=row.score,
                    reasons=[code for code, _label in row.reasons],
                )
            targets = [claim] if claim is not None else row.claims
            done += decide([c for c in targets if c.status == Status.NEW], by, "accept")
    return done
