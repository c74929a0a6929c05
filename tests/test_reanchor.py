"""Re-anchoring after a new article version goes through the workflow like every change."""

import pytest

from claims import workflow
from claims.errors import StaleClaim
from claims.importing import import_article
from claims.models import Claim

pytestmark = pytest.mark.django_db

URL = "https://news.example.org/zoll"
V1 = (
    "Zölle bringen weniger ein\n"
    "Finanzminister Karl Brandt sagte, der Staat habe 18 Milliarden Euro an Zöllen eingenommen.\n"
    "Beobachter nannten die Zahl überraschend.\n"
)
V2 = V1.replace(
    "Zölle bringen weniger ein\n", "Zölle bringen weniger ein\nAktualisiert am Mittwoch.\n"
)


def test_new_version_moves_the_claim_with_compare_and_set_and_history(editor):
    claim = import_article(editor, body=V1, url=URL).claims[0]
    before = Claim.objects.get(pk=claim.pk)
    import_article(editor, body=V2, url=URL)
    after = Claim.objects.get(pk=claim.pk)
    assert V2[after.start : after.end] == after.text
    assert after.version == before.version + 1
    assert after.updated_at > before.updated_at
    event = after.events.get(action="reanchor")
    assert event.actor == editor
    assert event.changes["start"] == {"from": before.start, "to": after.start}


def test_reanchor_refuses_a_stale_version(editor):
    claim = import_article(editor, body=V1, url=URL).claims[0]
    seen = claim.version
    workflow.edit(claim, editor, {"priority": 4})
    with pytest.raises(StaleClaim):
        workflow.reanchor(
            claim, editor, start=None, end=None, anchor_lost=True, expected_version=seen
        )
    claim.refresh_from_db()
    assert not claim.anchor_lost
    assert not claim.events.filter(action="text_gone").exists()


def test_text_still_gone_on_the_next_version_writes_no_second_row(editor):
    claim = import_article(editor, body=V1, url=URL).claims[0]
    gone = V1.replace(claim.text, "Der Minister äußerte sich nicht.")
    import_article(editor, body=gone, url=URL)
    import_article(editor, body=gone + "Nachtrag.\n", url=URL)
    claim.refresh_from_db()
    assert claim.anchor_lost
    assert claim.events.filter(action="text_gone").count() == 1
