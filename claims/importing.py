"""Import an article: store its text exactly as given, find its claims, link similar ones.

The text work is in claims.extraction (plain functions); this module decides what is
stored. Re-importing the same text changes nothing; a changed text under the same URL
replaces the article's body and moves its claims to their new spans.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process

from claims import rulebook, webhooks, workflow
from claims.errors import MissingInput
from claims.extraction import (
    REASON_LABELS,
    SIMILAR_THRESHOLD,
    SUPPORTED_LANGUAGES,
    Candidate,
    ExtractionInputError,
    claim_summary,
    detect_language,
    extract_claims,
    validate_body,
)
from claims.extraction.similarity import normalise
from claims.models import Article, Claim
from claims.models.articles import content_hash
from claims.validators import is_storable_claim_text


@dataclass
class Match:
    """A stored claim that says nearly the same as a candidate."""

    claim_id: int
    text: str
    status: str
    rating: str | None
    score: float


@dataclass
class ImportResult:
    article: Article
    candidates: list[Candidate]
    claims: list[Claim] = field(default_factory=list)
    matches: dict[int, list[Match]] = field(default_factory=dict)  # candidate index → matches
    created: bool = True
    reanchored: int = 0
    lost: int = 0


def reason_labels(codes: list[str] | None) -> list[str]:
    """Readable, translated labels for check-worthiness reason codes."""
    return [gettext(REASON_LABELS[code]) if code in REASON_LABELS else code for code in codes or []]


def clean_language(language: str | None, body: str) -> str:
    if language in (None, "", "auto"):
        return detect_language(body)
    if language not in SUPPORTED_LANGUAGES:
        raise MissingInput(
            _("Unknown language “%(code)s”: use de, en or auto.") % {"code": language},
            field="language",
        )
    return language


def _title_line(body: str) -> str:
    return body.lstrip().split("\n", 1)[0].strip()


def analyse(body: str, *, title: str | None = None, language: str | None = None):
    """Validate and extract without touching the database: (language, title, extraction)."""
    try:
        validate_body(body)
    except ExtractionInputError as exc:
        raise MissingInput(exc.message, code=exc.code, field="body") from None
    language = clean_language(language, body)
    # The first line is the headline unless a title is given that differs from it.
    has_title_line = title is None or _title_line(body) == title.strip()
    extraction = extract_claims(body, language, has_title_line=has_title_line)
    title = (title or "").strip() or extraction.title or _title_line(body)[:300]
    return language, title[:300], extraction


def find_matches(texts: list[str], language: str, exclude_article: Article | None = None):
    """For each text, stored claims (any article) that say nearly the same.

    One pass of RapidFuzz over the normalised texts of every stored claim in the
    language; a match must also be of comparable length, so a short claim is not
    "already checked" merely because its words appear in a long one.
    """
    stored = Claim.objects.filter(language=language).select_related("rating")
    if exclude_article is not None and exclude_article.pk:
        stored = stored.exclude(article=exclude_article)
    pool = list(stored.only("id", "text", "status", "rating__label_de", "rating__label_en"))
    if not pool or not texts:
        return {}
    choices = [normalise(claim.text) for claim in pool]
    result: dict[int, list[Match]] = {}
    for index, text in enumerate(texts):
        query = normalise(text)
        found = []
        for _choice, score, position in process.extract(
            query,
            choices,
            scorer=fuzz.token_set_ratio,
            score_cutoff=SIMILAR_THRESHOLD * 100,
            limit=20,
        ):
            if not _comparable_length(query, choices[position]):
                continue
            claim = pool[position]
            rating = claim.rating.label(language) if claim.rating else None
            found.append(Match(claim.pk, claim.text, claim.status, rating, round(score / 100, 2)))
        if found:
            result[index] = found[:5]
    return result


def _comparable_length(a: str, b: str) -> bool:
    shorter, longer = sorted((len(a.split()), len(b.split())))
    return longer > 0 and shorter / longer >= 0.6


def import_article(
    by,
    *,
    body: str,
    title: str | None = None,
    url: str = "",
    outlet: str = "",
    language: str | None = None,
    published_at=None,
    dry_run: bool = False,
    keep: set[int] | None = None,
    keep_sentences: set[int] | None = None,
) -> ImportResult:
    """Store the article and its candidate claims (status `new`).

    `by` is the importing user, or None for the command line. `keep` limits which
    candidates (by index) become claims, for the admin's preview; `keep_sentences`
    adds sentences (by index) the detector did not propose.
    """
    if by is not None:
        rulebook.check(by, "claims.import_article")
    language, title, extraction = analyse(body, title=title, language=language)
    candidates = [
        c
        for i, c in enumerate(extraction.candidates)
        # A span too long or without words could not be stored as a claim: leave it out.
        if (keep is None or i in keep) and is_storable_claim_text(c.text)
    ]
    if keep_sentences:
        chosen = {(c.start, c.end) for c in candidates}
        extra = [
            s
            for i, s in enumerate(extraction.sentences)
            if i in keep_sentences
            and (s.start, s.end) not in chosen
            and is_storable_claim_text(s.text)
        ]
        candidates = sorted([*candidates, *extra], key=lambda c: c.start)
    existing = Article.objects.filter(content_hash=content_hash(body)).first()
    if existing is not None:
        # The same text was imported before: nothing changes.
        return ImportResult(
            article=existing,
            candidates=candidates,
            claims=list(existing.claims.order_by("start")),
            created=False,
        )
    previous = Article.objects.filter(url=url).first() if url else None
    article = previous or Article(imported_by=by)
    article.title, article.url, article.outlet = title, url, outlet
    article.language, article.published_at = language, published_at
    article.set_body(body)
    matches = find_matches([c.text for c in candidates], language, exclude_article=previous)
    result = ImportResult(article=article, candidates=candidates, matches=matches)
    if dry_run:
        result.created = previous is None
        return result
    with transaction.atomic():
        article.full_clean(exclude=["content_hash"])
        article.save()
        taken: list[tuple[int, int]] = []
        if previous is not None:
            result.created = False
            taken = _reanchor(article, by, result)
        for index, candidate in enumerate(candidates):
            if any(candidate.start < end and start < candidate.end for start, end in taken):
                continue
            claim = workflow.create_claim(
                by,
                text=candidate.text,
                language=language,
                article=article,
                start=candidate.start,
                end=candidate.end,
                claimant=(candidate.claimant or "")[:300],
                checkworthiness=candidate.checkworthiness,
                reasons=list(candidate.reasons),
                scored_by=extraction.model_id[:80],
                summary=claim_summary(candidate.text),
            )
            similar = [m.claim_id for m in matches.get(index, [])]
            if similar:
                claim.similar_claims.add(*similar)
            result.claims.append(claim)
        webhooks.record_article_imported(article)
    return result


def _reanchor(article: Article, by, result: ImportResult) -> list[tuple[int, int]]:
    """Move the article's claims to their text in the new body; flag those whose text is gone."""
    taken = []
    for claim in article.claims.select_for_update().order_by("start"):
        position = _nearest(article.body, claim.text, claim.start or 0)
        old = {"start": claim.start, "end": claim.end}
        if position is None:
            updates = {"start": None, "end": None, "anchor_lost": True}
            result.lost += 1
        else:
            updates = {"start": position, "end": position + len(claim.text), "anchor_lost": False}
            taken.append((updates["start"], updates["end"]))
            result.reanchored += 1
        if (old["start"], claim.anchor_lost) == (updates["start"], updates["anchor_lost"]):
            continue
        workflow.reanchor(claim, by, expected_version=claim.version, **updates)
    return taken


def _nearest(body: str, text: str, around: int) -> int | None:
    """The occurrence of `text` in `body` closest to where it used to be."""
    positions = []
    index = body.find(text)
    while index != -1:
        positions.append(index)
        index = body.find(text, index + 1)
    return min(positions, key=lambda p: abs(p - around)) if positions else None
