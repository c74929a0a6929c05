"""Request and response examples for the OpenAPI document."""

from drf_spectacular.utils import OpenApiExample

CLAIM = {
    "id": 42,
    "status": "in_review",
    "assignee": "reviewer",
    "version": 5,
    "text": "Laut dem Umweltamt lag der Nitratwert im Mai bei 48 Milligramm pro Liter.",
    "article": 7,
    "start": 39,
    "end": 113,
    "claimant": "Umweltamt",
    "summary": "Nitratwert im Mai bei 48 mg/l",
    "language": "de",
    "source_url": "",
    "priority": 3,
    "due_at": "2026-05-04T18:00:00+02:00",
    "is_overdue": False,
    "rating": "mostly_true",
    "rating_label": "größtenteils richtig",
    "verdict_summary": "Der Messwert stimmt, stammt aber aus April.",
    "checkworthiness": 0.82,
    "reasons": ["number", "named source"],
    "similar_claims": [
        {"id": 12, "text": "Nitrat bei 48 mg/l", "status": "published", "rating": "true"}
    ],
    "available_actions": ["release", "submit"],
    "public_url": None,
    "anchor_lost": False,
    "status_changed_at": "2026-05-01T09:12:00+02:00",
    "first_published_at": None,
    "last_published_at": None,
    "created_by": "editor",
    "created_at": "2026-05-01T08:00:00+02:00",
    "updated_at": "2026-05-01T09:30:00+02:00",
    "sources": [
        {
            "id": 3,
            "url": "https://umweltamt.example.org/messwerte-2026",
            "title": "Messwerte 2026",
            "publisher": "Umweltamt",
            "published_on": "2026-04-30",
            "archive_url": "",
            "stance": "supports",
            "excerpt": "Nitrat: 48 mg/l",
            "accessed_at": "2026-05-01",
            "added_by": "reviewer",
            "added_at": "2026-05-01T09:20:00+02:00",
        }
    ],
    "notes": [
        {
            "id": 9,
            "kind": "right_of_reply",
            "body": "Pressestelle angefragt.",
            "author": "reviewer",
            "contacted_at": "2026-05-01",
            "replied_at": None,
            "supersedes": None,
            "created_at": "2026-05-01T09:25:00+02:00",
        }
    ],
}

CLAIM_DETAIL = {
    **CLAIM,
    "history": [
        {
            "id": 30,
            "action": "take",
            "from_status": "queued",
            "to_status": "in_review",
            "actor": "reviewer",
            "changes": {"assignee": {"from": None, "to": "reviewer"}},
            "comment": "",
            "created_at": "2026-05-01T09:12:00+02:00",
        }
    ],
}

CLAIM_RESPONSE = OpenApiExample("A claim in review", value=CLAIM_DETAIL, response_only=True)
CLAIM_LIST_RESPONSE = OpenApiExample(
    "A page of claims",
    value={
        "next": "http://127.0.0.1:8000/api/claims/?cursor=cD0yMDI2&page_size=1",
        "previous": None,
        "results": [CLAIM],
    },
    response_only=True,
)
CLAIM_CREATE_REQUEST = OpenApiExample(
    "A claim entered by hand",
    value={
        "text": "Die Stadt hat 2,4 Millionen Euro investiert.",
        "claimant": "Anna Berg",
        "language": "de",
        "priority": 3,
        "source_url": "https://social.example.org/@annaberg/1",
    },
    request_only=True,
)
CLAIM_PATCH_REQUEST = OpenApiExample(
    "Set the verdict",
    value={
        "rating": "mostly_true",
        "verdict_summary": "Der Messwert stimmt, stammt aber aus April.",
    },
    request_only=True,
)
ACTION_REQUEST = OpenApiExample(
    "Send back with a comment",
    value={"comment": "Please add the primary source."},
    request_only=True,
)
ASSIGN_REQUEST = OpenApiExample(
    "Assign to a reviewer", value={"assignee": "reviewer2"}, request_only=True
)
SOURCE_REQUEST = OpenApiExample(
    "A source that supports the claim",
    value={
        "url": "https://umweltamt.example.org/messwerte-2026",
        "title": "Messwerte 2026",
        "publisher": "Umweltamt",
        "stance": "supports",
        "excerpt": "Nitrat: 48 mg/l",
        "accessed_at": "2026-05-01",
    },
    request_only=True,
)
NOTE_REQUEST = OpenApiExample(
    "Right of reply",
    value={
        "kind": "right_of_reply",
        "body": "Pressestelle angefragt.",
        "contacted_at": "2026-05-01",
    },
    request_only=True,
)
ARTICLE_REQUEST = OpenApiExample(
    "Import an article",
    value={
        "title": "Stadtrat beschließt neues Wassergesetz",
        "body": "Stadtrat beschließt neues Wassergesetz\nLaut dem Umweltamt lag der Nitratwert "
        "im Mai bei 48 Milligramm pro Liter.",
        "url": "https://news.example.org/wasser",
        "outlet": "Stadtanzeiger",
        "language": "auto",
    },
    request_only=True,
)
FACTCHECK_RESPONSE = OpenApiExample(
    "A published fact-check",
    value={
        "id": 42,
        "url": "http://127.0.0.1:8000/factchecks/42/",
        "claimreview_url": "http://127.0.0.1:8000/api/claims/42/claimreview/",
        "text": CLAIM["text"],
        "summary": CLAIM["summary"],
        "claimant": "Umweltamt",
        "language": "de",
        "appeared_at": "https://news.example.org/wasser",
        "rating": "mostly_true",
        "rating_label": "größtenteils richtig",
        "verdict_summary": CLAIM["verdict_summary"],
        "first_published_at": "2026-05-02T10:00:00+02:00",
        "last_published_at": "2026-05-02T10:00:00+02:00",
        "sources": [],
        "corrections": [],
    },
    response_only=True,
)
CLAIMREVIEW_RESPONSE = OpenApiExample(
    "ClaimReview JSON-LD",
    value={
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "http://127.0.0.1:8000/factchecks/42/",
        "claimReviewed": "Nitratwert im Mai bei 48 mg/l",
        "author": {
            "@type": "Organization",
            "name": "Fact-check Desk",
            "url": "http://127.0.0.1:8000/",
        },
        "inLanguage": "de",
        "datePublished": "2026-05-02T10:00:00+02:00",
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "größtenteils richtig",
            "ratingValue": 4,
            "bestRating": 5,
            "worstRating": 1,
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Thing", "name": "Umweltamt"},
            "datePublished": "2026-05-01T07:00:00+02:00",
            "appearance": {"@type": "CreativeWork", "url": "https://news.example.org/wasser"},
        },
    },
    response_only=True,
)
