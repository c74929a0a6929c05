"""The desk teaches the check-worthiness scorer.

Every editor's ``accept`` of an imported candidate says "check-worthy", every
``reject`` says "not check-worthy" (a later ``restore`` withdraws the verdict).
:func:`train_checkworthiness` refits the weights on those decisions plus the
project's own annotated articles, starting from the shipped model, measures
old and new weights on a slice of the decisions held back from the fit, and
writes the new weights only when they do at least as well.

A plain function so that ``manage.py train_checkworthiness`` and a periodic
job can both call it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.extraction import extract_claims
from claims.extraction.evaluation import load_gold
from claims.extraction.model import LinearModel, active_model, save_model
from claims.extraction.training import Example, Figures, figures, train_model
from claims.models import Claim, ClaimEvent

DECISIONS = ("accept", "reject", "restore")
HELD_BACK_EVERY = 4  # every fourth decision of each kind measures, the rest trains
GOLD_WEIGHT = 1.0
DESK_WEIGHT = 4.0  # the desk's own judgement counts more than the generic articles


class NotEnoughDecisions(Exception):
    code = "not_enough_decisions"


@dataclass(frozen=True)
class TrainingReport:
    decisions: int
    held_back: int
    before: Figures
    after: Figures
    kept_old: bool
    model_id: str
    path: str


def desk_labels() -> dict[int, bool]:
    """Claim id → check-worthy, from the last accept or reject of each imported claim."""
    labels: dict[int, bool] = {}
    events = (
        ClaimEvent.objects.filter(action__in=DECISIONS, claim__article__isnull=False)
        .order_by("claim_id", "created_at", "id")
        .values_list("claim_id", "action")
    )
    for claim_id, action in events:
        if action == "restore":
            labels.pop(claim_id, None)
        else:
            labels[claim_id] = action == "accept"
    return labels


# A decision as the fit and the measure see it: the claim, its example, and the
# kind of text it was scored as ("comment" or None), whose cut decides it.
DeskExample = tuple[int, Example, str | None]
# A held-back example with its kind of text.
HeldExample = tuple[Example, str | None]


def desk_examples(labels: dict[int, bool]) -> list[DeskExample]:
    """(claim id, example, genre) for each labelled claim whose sentence is still in its article."""
    claims = (
        Claim.objects.filter(pk__in=labels, start__isnull=False)
        .select_related("article")
        .only("id", "start", "end", "article__body", "article__language")
        .order_by("article_id", "start")
    )
    examples: list[DeskExample] = []
    cache: dict[int, object] = {}
    for claim in claims:
        article = claim.article
        if article.pk not in cache:
            cache[article.pk] = extract_claims(article.body, article.language)
        extraction = cache[article.pk]
        for sentence, features in zip(extraction.sentences, extraction.features, strict=True):
            if sentence.start <= claim.start < sentence.end:
                example = (features, labels[claim.pk], extraction.language, DESK_WEIGHT)
                examples.append((claim.pk, example, extraction.genre))
                break
    return examples


def gold_examples(gold_dir: Path | None = None) -> list[Example]:
    """The project's annotated articles, if the checkout has them."""
    return list(_gold_examples(gold_dir or Path(settings.BASE_DIR) / "bench" / "gold"))


@lru_cache(maxsize=2)
def _gold_examples(gold_dir: Path) -> tuple[Example, ...]:
    # The same files give the same features for the life of the process.
    examples: list[Example] = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold, body = load_gold(path)
        extraction = extract_claims(body, gold.get("language"))
        spans = {(s["start"], s["end"]): s.get("checkworthy") for s in gold["sentences"]}
        for sentence, features in zip(extraction.sentences, extraction.features, strict=True):
            label = spans.get((sentence.start, sentence.end))
            if label is not None:
                examples.append((features, bool(label), extraction.language, GOLD_WEIGHT))
    return tuple(examples)


def split_held_back(examples: Sequence[DeskExample]) -> tuple[list[Example], list[HeldExample]]:
    """Every n-th accept and every n-th reject (by claim id) is held back."""
    train: list[Example] = []
    held: list[HeldExample] = []
    seen = {True: 0, False: 0}
    for _claim_id, example, genre in sorted(examples, key=lambda item: item[0]):
        label = example[1]
        seen[label] += 1
        if seen[label] % HELD_BACK_EVERY == 0:
            held.append((example, genre))
        else:
            train.append(example)
    return train, held


def measure(model: LinearModel, held: Sequence[HeldExample]) -> Figures:
    """Figures of ``model`` on held-back decisions, each at the cut it was proposed by.

    A pasted sentence or a reader comment is proposed at its genre's cut
    ("en:comment"), so it is measured there too, not at the language's.
    """
    predicted = [
        model.score(features, language, genre) >= 0.5 for (features, _, language, _), genre in held
    ]
    return figures(predicted, [example[1] for example, _ in held])


def train_checkworthiness(
    *, output: str | Path | None = None, min_decisions: int = 20, dry_run: bool = False
) -> TrainingReport:
    """Refit on the desk's decisions; write the weights unless they do worse than the old."""
    path = Path(output or settings.FACTCHECK_CHECKWORTHINESS_MODEL)
    labels = desk_labels()
    examples = desk_examples(labels)
    train, held = split_held_back(examples)
    held_labels = [example[1] for example, _ in held]
    if len(examples) < min_decisions or not any(held_labels) or all(held_labels):
        raise NotEnoughDecisions(
            _(
                "The desk has %(count)d usable accept or reject decisions on imported claims; "
                "training needs at least %(needed)d, with both accepts and rejects."
            )
            % {"count": len(examples), "needed": min_decisions}
        )
    old = active_model()
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    new, _metrics, _probabilities = train_model(
        train + gold_examples(),
        model_id=f"desk-{stamp}",
        prior=old,
        keep_thresholds=old.thresholds,
        card={
            "training_data": [
                f"{len(train)} accept/reject decisions of the desk, weight {DESK_WEIGHT}",
                f"the project's annotated articles (bench/gold), weight {GOLD_WEIGHT}",
                f"weights pulled towards the previous model {old.model_id}",
            ],
            "held_back": len(held),
        },
    )
    before, after = measure(old, held), measure(new, held)
    kept_old = after.f1 < before.f1
    if not kept_old:
        new.card["held_back_figures"] = {"before": before.as_dict(), "after": after.as_dict()}
        if not dry_run:
            save_model(new, path)
    return TrainingReport(
        decisions=len(examples),
        held_back=len(held),
        before=before,
        after=after,
        kept_old=kept_old,
        model_id=old.model_id if kept_old else new.model_id,
        path=str(path),
    )
