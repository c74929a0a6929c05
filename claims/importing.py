"""Import an article: store its text exactly as given, find its claims, link similar ones.

The text work is in claims.extraction (plain functions); this module decides what is
stored. Re-importing the same text changes nothing; a changed text under the same URL
replaces the article's body and moves its claims to their new spans.
"""

import re
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from rapidfuzz import fuzz

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
from claims.models import Article, Claim, Rating
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


_WORD = re.compile(r"\w+")
# Stored claims looked at per candidate: the database preselects them, RapidFuzz decides.
PRESELECT = 20
# Stored claims sharing a long word that are compared per text, at most (PostgreSQL).
PRESELECT_POOL = 1_000
# pg_trgm's similarity below which a stored claim is not even a candidate. Claims that
# RapidFuzz calls similar (token_set_ratio >= 0.85, comparable length) share far more.
TRIGRAM_FLOOR = 0.25
# Long words probed per sentence: each is one read of the trigram index.
PROBES = 3
# Without trigram indexes (SQLite) the newest claims sharing a long word are looked at.
FALLBACK_POOL = 2_000


def find_matches(texts: list[str], language: str, exclude_article: Article | None = None):
    """For each text, stored claims (any article) that say nearly the same.

    The database preselects a few stored claims per text (trigram similarity on
    PostgreSQL, a bounded word match elsewhere), so the cost does not grow with the
    desk; RapidFuzz then scores only those. A match must also be of comparable length,
    so a short claim is not "already checked" merely because its words appear in a long one.
    """
    if not texts:
        return {}
    exclude_id = exclude_article.pk if exclude_article is not None else None
    if connection.vendor == "postgresql":
        pools = _preselect_trigram(texts, language, exclude_id)
    else:
        pools = _preselect_words(texts, language, exclude_id)
    ratings = {r.code: r for r in Rating.objects.all()} if any(pools.values()) else {}
    result: dict[int, list[Match]] = {}
    for index, text in enumerate(texts):
        query = normalise(text)
        found = []
        for claim_id, stored_text, status, rating_id in pools.get(index, []):
            choice = normalise(stored_text)
            score = fuzz.token_set_ratio(query, choice)
            if score < SIMILAR_THRESHOLD * 100 or not _comparable_length(query, choice):
                continue
            rating = ratings[rating_id].label(language) if rating_id in ratings else None
            found.append(Match(claim_id, stored_text, status, rating, round(score / 100, 2)))
        if found:
            found.sort(key=lambda m: (-m.score, m.claim_id))
            result[index] = found[:5]
    return result


def _long_words(text: str) -> list[str]:
    """Stems of the three longest words of a text (five letters or more), lower-cased.

    A near-duplicate often inflects its longest words differently ("Pflegestelle" and
    "Pflegestellen", "cut" and "cuts" aside): a word of seven letters or more is
    probed without its last two, which covers the common endings of both languages.
    """
    words = sorted(set(_WORD.findall(text.lower())), key=lambda w: (len(w), w))[-PROBES:]
    return [w[:-2] if len(w) >= 7 else w for w in words if len(w) >= 5]


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _preselect_trigram(texts: list[str], language: str, exclude_id: int | None) -> dict:
    """One statement: for each text, the stored claims most similar by trigrams.

    Candidates are the claims that contain the stem of one of the text's three longest
    words (`_long_words`): each is a substring match the trigram index over UPPER(text)
    (migration 0003) answers from the posting lists of that word's trigrams, so the cost
    follows how often the word occurs, not the desk's size. (Asking the index for
    "similar" directly, with pg_trgm's `%`, reads the posting lists of every trigram of
    the sentence, common ones like "DER" included: seconds per sentence on a desk of a
    million claims.) A near-duplicate shares its long words, if perhaps inflected. At
    most PRESELECT_POOL candidates per text are compared, so a word that occurs
    everywhere cannot make one sentence expensive; the PRESELECT most
    similar above TRIGRAM_FLOOR go on to RapidFuzz.
    """
    probes = [(i, _long_words(text)) for i, text in enumerate(texts)]
    probes = [(i, words) for i, words in probes if words]
    if not probes:
        return {}
    table = Claim._meta.db_table
    sql = f"""
        SELECT q.idx, c.id, c.text, c.status, c.rating_id
          FROM unnest(%s::int[], %s::text[], %s::text[], %s::text[], %s::text[])
               AS q(idx, body, one, two, three)
         CROSS JOIN LATERAL (
               SELECT id, text, status, rating_id
                 FROM (
                       SELECT id, text, status, rating_id
                         FROM "{table}"
                        WHERE (UPPER(text::text) LIKE UPPER(q.one)
                               OR UPPER(text::text) LIKE UPPER(q.two)
                               OR UPPER(text::text) LIKE UPPER(q.three))
                          AND language = %s
                          AND (%s::bigint IS NULL OR article_id IS NULL
                               OR article_id <> %s::bigint)
                        LIMIT %s
                      ) AS pool
                WHERE similarity(UPPER(text::text), UPPER(q.body)) >= %s
                ORDER BY similarity(UPPER(text::text), UPPER(q.body)) DESC, id
                LIMIT %s
         ) AS c
    """
    params = [
        [i for i, _words in probes],
        [texts[i] for i, _words in probes],
        [_like(words[0]) for _i, words in probes],
        [_like(words[len(words) // 2]) for _i, words in probes],
        [_like(words[-1]) for _i, words in probes],
        language,
        exclude_id,
        exclude_id,
        PRESELECT_POOL,
        TRIGRAM_FLOOR,
        PRESELECT,
    ]
    pools: dict[int, list] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for index, *row in cursor.fetchall():
            pools.setdefault(index, []).append(row)
    return pools


def _preselect_words(texts: list[str], language: str, exclude_id: int | None) -> dict:
    """Without trigram indexes: the newest stored claims that share a long word.

    Bounded (FALLBACK_POOL rows in all), so memory stays flat on any desk; a desk that
    needs to find old near-duplicates among millions of claims runs on PostgreSQL.
    """
    # Stems as written (diacritics kept), so they occur in the stored texts as they are.
    words = {w for text in texts for w in _long_words(text)}
    if not words:
        return {}
    condition = Q()
    for word in words:
        condition |= Q(text__icontains=word)
    stored = Claim.objects.filter(condition, language=language)
    if exclude_id is not None:
        stored = stored.exclude(article_id=exclude_id)
    rows = list(
        stored.order_by("-id").values_list("id", "text", "status", "rating_id")[:FALLBACK_POOL]
    )
    return dict.fromkeys(range(len(texts)), rows)


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
        fresh, links = [], []
        for index, candidate in enumerate(candidates):
            if any(candidate.start < end and start < candidate.end for start, end in taken):
                continue
            fresh.append(
                Claim(
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
            )
            links.append([m.claim_id for m in matches.get(index, [])])
        # Set-based: the claims and their history rows in one INSERT each.
        workflow.create_claims(by, fresh)
        through = Claim.similar_claims.through
        through.objects.bulk_create(
            [
                through(from_claim_id=claim.pk, to_claim_id=similar)
                for claim, similar_ids in zip(fresh, links, strict=True)
                for similar in similar_ids
            ]
        )
        result.claims.extend(fresh)
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
