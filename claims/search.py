"""Searching claims by words, the same way on every list (queue, admin, API).

Each word must occur somewhere in the claim's text, claimant or short summary; with
`titles=True` a word may also match the title of the claim's article. Substring matches
(`icontains`) are answered on PostgreSQL by trigram indexes over the same expressions
(migration 0003); SQLite scans, which is fine for the desks it serves.

Article titles are looked up first, as a short list of ids: an OR across the join to the
articles table would stop PostgreSQL from combining the claim indexes and make it read
every claim.
"""

from django.db.models import Q, QuerySet

from claims.models import Article

# More words than this add little to a search and each one costs an index lookup.
MAX_WORDS = 6
# Articles whose title matches a word, newest first; enough to find any article by name.
MAX_TITLE_MATCHES = 200


def words(value: str | None) -> list[str]:
    return (value or "").split()[:MAX_WORDS]


def claim_words_q(word: str) -> Q:
    return Q(text__icontains=word) | Q(claimant__icontains=word) | Q(summary__icontains=word)


def articles_titled(word: str, limit: int = MAX_TITLE_MATCHES) -> list[int]:
    """Ids of the newest articles whose title contains the word."""
    found = Article.objects.filter(title__icontains=word).order_by("-id")
    return list(found.values_list("id", flat=True)[:limit])


def search_claims(queryset: QuerySet, value: str | None, *, titles: bool = False) -> QuerySet:
    for word in words(value):
        condition = claim_words_q(word)
        if titles:
            article_ids = articles_titled(word)
            if article_ids:
                condition |= Q(article_id__in=article_ids)
        queryset = queryset.filter(condition)
    return queryset
