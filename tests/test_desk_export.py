"""`export_desk` / `import_desk`: the whole desk in one document, and back, losing nothing."""

import json

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

from claims import desk, workflow
from claims.models import Claim, ClaimEvent, Note, Rating
from claims.models.ingest import Snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def busy_desk(claim_in, make_claim, editor, editor2, reviewer, reviewer2):
    published = claim_in("published")
    first = workflow.add_note(published, reviewer, body="Called the ministry.")
    workflow.add_note(published, reviewer, body="Ministry answered.", supersedes=first)
    workflow.add_note(
        published,
        editor,
        body="Asked the mayor.",
        kind="right_of_reply",
        contacted_at="2026-11-02",
    )
    hand_made = workflow.create_claim(
        reviewer2, text="Die Mieten stiegen um 30 Prozent.", language="de"
    )
    # Who made the claim is an editor's field.
    workflow.edit(hand_made, editor, {"claimant": "Verband"})
    hand_made.similar_claims.add(published)
    workflow.perform(hand_made, "reject", editor, comment="Opinion, not a fact.")
    in_review = claim_in("in_review")
    workflow.add_source(
        in_review,
        reviewer,
        url="https://stats.example.org/table",
        stance="context",
        excerpt="Tabelle 3 – „Nitrat“",
        accessed_at="2026-10-01",
    )
    snapshot = Snapshot.objects.create(
        url="https://stats.example.org/table",
        final_url="https://stats.example.org/table",
        content_type="text/html",
        content=b"<html>\x00\xff binary-safe</html>",
        sha256="0" * 64,
        size=30,
    )
    evidence = in_review.evidence.get()
    evidence.snapshot = snapshot
    evidence.save(update_fields=["snapshot"])
    editor2.is_active = False
    editor2.save()
    Rating.objects.filter(code="unproven").update(definition_en="Nobody knows yet.")
    return published


def wipe_database() -> None:
    """Empty every table the desk lives in, as a freshly migrated database has them."""
    through = Claim.similar_claims.through
    models = [through, *reversed(list(apps.get_app_config("claims").get_models()))]
    models += [Token, User.groups.through, User.user_permissions.through, User]
    for model in models:
        if model is not Rating:
            model.objects.all()._raw_delete(using="default")


def export_text(tmp_path, name: str) -> str:
    path = tmp_path / name
    call_command("export_desk", str(path))
    return path.read_text(encoding="utf-8")


def test_export_is_one_json_document_with_every_section(tmp_path, busy_desk):
    document = json.loads(export_text(tmp_path, "desk.json"))
    assert document["format"] == "factcheck-desk"
    assert list(document)[2:] == desk.SECTION_NAMES
    assert {u["username"] for u in document["users"]} >= {"ed", "ed2", "rev", "rev2"}
    assert "id" not in document["users"][0]
    claim = next(c for c in document["claims"] if c["id"] == busy_desk.pk)
    assert claim["created_by"] == "ed" and claim["assignee"] == "rev"
    assert claim["verdict_authors"] == ["rev"]
    assert {e["actor"] for e in document["history"]} >= {"ed", "rev"}
    assert len(document["notes"]) == 3


def test_export_import_export_gives_the_identical_document(tmp_path, busy_desk):
    first = export_text(tmp_path, "first.json")
    wipe_database()
    assert desk.desk_is_empty()
    call_command("import_desk", str(tmp_path / "first.json"))
    second = export_text(tmp_path, "second.json")
    assert second == first
    # What was restored works as before: people, four-eyes authors and the ledger.
    restored = Claim.objects.get(pk=busy_desk.pk)
    assert restored.status == "published"
    assert restored.verdict_authors == [User.objects.get(username="rev").pk]
    assert User.objects.get(username="ed").groups.filter(name="editors").exists()
    assert not User.objects.get(username="ed2").is_active
    assert Note.objects.filter(supersedes__isnull=False).count() == 1
    # New rows get fresh ids after the imported ones.
    later = workflow.create_claim(
        User.objects.get(username="ed"), text="Ein neuer Satz.", language="de"
    )
    assert later.pk > max(c["id"] for c in json.loads(first)["claims"])


def test_import_refuses_a_desk_that_is_not_empty(tmp_path, busy_desk):
    export_text(tmp_path, "desk.json")
    before = Claim.objects.count(), ClaimEvent.objects.count()
    with pytest.raises(CommandError) as info:
        call_command("import_desk", str(tmp_path / "desk.json"))
    assert info.value.returncode == 2
    assert "not" in str(info.value) and "\n" not in str(info.value)
    assert (Claim.objects.count(), ClaimEvent.objects.count()) == before


def _broken_documents(text: str) -> dict[str, str]:
    lines = text.splitlines(keepends=True)
    claims_at = lines.index('"claims": [\n')
    bad_claim = json.loads(lines[claims_at + 1].rstrip(",\n"))
    bad_claim["text"] = ""
    stranger = json.loads(lines[claims_at + 1].rstrip(",\n"))
    stranger["created_by"] = "nobody-knows-me"
    extra = json.loads(lines[claims_at + 1].rstrip(",\n"))
    extra["mood"] = "happy"
    return {
        "garbage": "this is not json\n",
        "cut short": "".join(lines[: len(lines) // 2]),
        "broken claim": "".join(
            [*lines[: claims_at + 1], json.dumps(bad_claim) + ",\n", *lines[claims_at + 2 :]]
        ),
        "unknown user": "".join(
            [*lines[: claims_at + 1], json.dumps(stranger) + ",\n", *lines[claims_at + 2 :]]
        ),
        "unknown field": "".join(
            [*lines[: claims_at + 1], json.dumps(extra) + ",\n", *lines[claims_at + 2 :]]
        ),
        "wrong version": text.replace('"version": 1', '"version": 99', 1),
    }


def test_import_of_a_bad_document_stores_nothing(tmp_path, busy_desk):
    text = export_text(tmp_path, "desk.json")
    wipe_database()
    ratings = list(Rating.objects.order_by("code").values_list("code", "definition_en"))
    for name, broken in _broken_documents(text).items():
        path = tmp_path / f"{name}.json"
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(CommandError) as info:
            call_command("import_desk", str(path))
        assert info.value.returncode == 2, name
        assert "\n" not in str(info.value), name
        assert desk.desk_is_empty(), name
        assert list(Rating.objects.order_by("code").values_list("code", "definition_en")) == (
            ratings
        ), name


def test_import_of_a_missing_file_exits_2(tmp_path):
    with pytest.raises(CommandError) as info:
        call_command("import_desk", str(tmp_path / "nope.json"))
    assert info.value.returncode == 2


def test_export_streams_claims_in_batches(tmp_path, make_claim, editor, monkeypatch):
    for n in range(5):
        workflow.create_claim(editor, text=f"Behauptung Nummer {n} stimmt.", language="de")
    monkeypatch.setattr(desk, "BATCH", 2)
    writes = []

    class Recorder:
        def write(self, text: str) -> None:
            writes.append(text)

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        counts = desk.export_desk(Recorder())
    assert counts["claims"] == 5
    similar_lookups = [q for q in queries.captured_queries if "similar_claims" in q["sql"]]
    assert len(similar_lookups) == 3  # one per batch of two claims
    assert len(writes) > counts["claims"]  # written record by record, not at the end


def test_groups_named_in_the_document_are_created(tmp_path, busy_desk):
    text = export_text(tmp_path, "desk.json")
    text = text.replace('"groups": ["reviewers"]', '"groups": ["reviewers", "fact-desk-night"]', 1)
    (tmp_path / "desk.json").write_text(text, encoding="utf-8")
    wipe_database()
    call_command("import_desk", str(tmp_path / "desk.json"))
    assert Group.objects.get(name="fact-desk-night").user_set.count() == 1
