"""Importing is set-based: a fixed number of statements, however many claims an article has."""

import pytest
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext

from claims import workflow
from claims.importing import find_matches, import_article
from claims.models import Claim, ClaimEvent

pytestmark = pytest.mark.django_db

SENTENCE = "Minister {n} said the city spent {n}.{n} million euros on {n} new bridges in 2023."


def _body(count: int) -> str:
    return "Spending on bridges\n" + "\n".join(SENTENCE.format(n=n + 10) for n in range(count))


def _import_statements(editor, count: int) -> int:
    with CaptureQueriesContext(connection) as ctx:
        result = import_article(editor, body=_body(count), language="en")
    assert len(result.claims) == count
    return len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()])


def test_import_runs_the_same_statements_for_3_or_30_claims(editor):
    # An earlier similar claim, so both imports link similar claims (one more INSERT).
    workflow.create_claim(editor, text=SENTENCE.format(n=10), language="en")
    small = _import_statements(editor, 3)
    large = _import_statements(editor, 30)
    assert large == small


def test_every_imported_claim_has_its_create_history_row(editor):
    result = import_article(editor, body=_body(5), language="en")
    created = ClaimEvent.objects.filter(action="create", claim__in=result.claims)
    assert created.count() == 5
    assert {e.actor_id for e in created} == {editor.pk}
    assert all(c.status == "new" and c.due_at is not None for c in result.claims)


def test_a_constraint_violation_stores_nothing(editor, article):
    taken = workflow.create_claim(
        editor,
        text="Das ist ein gutes Zeichen für alle.",
        language="de",
        article=article,
    )
    twin = Claim(text=taken.text, language="de", article=article, start=taken.start, end=taken.end)
    other = Claim(text="Laut dem Umweltamt", language="de", article=article, start=39, end=57)
    before = (Claim.objects.count(), ClaimEvent.objects.count())
    with pytest.raises(IntegrityError):
        workflow.create_claims(editor, [other, twin])
    assert (Claim.objects.count(), ClaimEvent.objects.count()) == before


def test_similar_claims_are_preselected_by_the_database(editor):
    earlier = workflow.create_claim(
        editor,
        text="Minister 12 said the city spent 12.12 million euros on 12 new bridges in 2023.",
        language="en",
    )
    workflow.create_claim(editor, text="Completely unrelated statement about rain.", language="en")
    with CaptureQueriesContext(connection) as ctx:
        matches = find_matches([SENTENCE.format(n=12)], "en")
    assert [m.claim_id for m in matches[0]] == [earlier.pk]
    statements = " ".join(q["sql"] for q in ctx.captured_queries)
    if connection.vendor == "postgresql":
        assert "CROSS JOIN LATERAL" in statements and "similarity(" in statements
    else:
        assert "LIMIT 2000" in statements


def test_imported_claims_link_their_similar_earlier_claims(editor):
    earlier = workflow.create_claim(
        editor,
        text="The mayor said 40,000 people used the new ferry in its first month.",
        language="en",
    )
    body = (
        "Ferry and bridges\n"
        + SENTENCE.format(n=10)
        + "\nThe mayor said that 40,000 people used the new ferry in its first month.\n"
    )
    result = import_article(editor, body=body, language="en")
    linked = {
        c.text[:9]: list(c.similar_claims.values_list("pk", flat=True)) for c in result.claims
    }
    assert linked == {"Minister ": [], "The mayor": [earlier.pk]}


def test_near_duplicates_are_found_through_their_long_words_with_umlauts(editor):
    earlier = workflow.create_claim(
        editor,
        text="Die Straßenbahnverbindungen der Stadt wurden 2023 um 40 Prozent gekürzt.",
        language="de",
    )
    other = "Die Stadt hat 2023 neue Busse gekauft, sagte der Bürgermeister."
    workflow.create_claim(editor, text=other, language="de")
    matches = find_matches(
        ["Die Straßenbahnverbindungen der Stadt wurden 2023 um 40 Prozent gekürzt!"], "de"
    )
    assert [m.claim_id for m in matches[0]] == [earlier.pk]


def test_near_duplicates_are_found_when_their_longest_words_are_inflected(editor):
    # Neither of the two longest words occurs as written in the earlier claim.
    earlier = workflow.create_claim(
        editor,
        text="Die Krankenhausgesellschaft meldet 300 unbesetzte Pflegestelle in der Region.",
        language="de",
    )
    matches = find_matches(
        ["Die Krankenhausgesellschaften melden 300 unbesetzte Pflegestellen in der Region."],
        "de",
    )
    assert [m.claim_id for m in matches.get(0, [])] == [earlier.pk]


def test_preselection_reads_the_trigram_index_with_a_bounded_pool(editor):
    from claims.importing import FALLBACK_POOL, PRESELECT_POOL

    workflow.create_claim(editor, text="Minister 12 said the city spent 12 euros.", language="en")
    with CaptureQueriesContext(connection) as ctx:
        find_matches([SENTENCE.format(n=12)], "en")
    if connection.vendor != "postgresql":
        # No trigram index: the newest claims sharing a long word, a bounded number.
        (preselect,) = [q for q in ctx.captured_queries if "LIKE" in q["sql"]]
        assert f"LIMIT {FALLBACK_POOL}" in preselect["sql"]
        return
    (preselect,) = [q for q in ctx.captured_queries if "LATERAL" in q["sql"]]
    # Candidates by substring (an index read per word), never pg_trgm's `%` over the
    # whole sentence, whose cost grows with the desk.
    assert f"LIMIT {PRESELECT_POOL}" in preselect["sql"]
    assert " %% " not in preselect["sql"] and " % " not in preselect["sql"]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + preselect["sql"].replace("%", "%%"))
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "claim_text_trgm_idx" in plan
