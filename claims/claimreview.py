"""schema.org ClaimReview for a claim, the format fact-checkers exchange with search engines.

Only what the claim really has goes in: numeric rating values only for ratings on the
scale, `dateModified` only when a published verdict was reopened and published again.
"""

from django.conf import settings

from claims.models import Claim, ClaimantType, Rating


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def claim_review(claim: Claim, base_url: str, scale: tuple[int, int] | None = None) -> dict:
    """The JSON-LD dict; `scale` is (worst, best), looked up once when not given."""
    public_url = base_url.rstrip("/") + claim.public_url()
    review: dict = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": public_url,
        # The desk's hand-written short form; never the claim cut off mid-word.
        "claimReviewed": claim.summary or claim.text,
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORGANIZATION_NAME,
            "url": settings.FACTCHECK_ORGANIZATION_URL,
        },
        "inLanguage": claim.language,
        "itemReviewed": _item_reviewed(claim),
    }
    if claim.first_published_at:
        review["datePublished"] = _iso(claim.first_published_at)
    if claim.was_corrected:
        review["dateModified"] = _iso(claim.last_published_at)
    if claim.rating_id:
        review["reviewRating"] = _review_rating(claim.rating, claim.language, scale)
    return review


def _item_reviewed(claim: Claim) -> dict:
    item: dict = {"@type": "Claim"}
    if claim.claimant:
        kind = "Organization" if claim.claimant_kind == ClaimantType.ORGANIZATION else "Person"
        item["author"] = {"@type": kind, "name": claim.claimant}
    article = claim.article
    appearance_url = (article.url if article else "") or claim.source_url
    if appearance_url:
        appearance: dict = {"@type": "CreativeWork", "url": appearance_url}
        if article:
            appearance["headline"] = article.title
            if article.outlet:
                appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
            if article.published_at:
                appearance["datePublished"] = _iso(article.published_at)
        item["appearance"] = appearance
    claim_date = (article.published_at if article else None) or claim.created_at
    item["datePublished"] = _iso(claim_date)
    return item


def _review_rating(rating: Rating, language: str, scale: tuple[int, int] | None) -> dict:
    result: dict = {"@type": "Rating", "alternateName": rating.label(language)}
    if rating.on_scale:
        worst, best = scale or Rating.scale_bounds()
        result.update(ratingValue=rating.position, bestRating=best, worstRating=worst)
    return result
